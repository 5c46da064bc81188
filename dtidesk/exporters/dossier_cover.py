"""The dossier's cover letter: a Công văn “V/v gửi kết quả tự đánh giá …” in the layout of Nghị định 30/2020
(Phụ lục III, Mẫu 1.5: the subject under the number, “Kính gửi”, body, “Nơi nhận” and the signature), as
PDF and Word."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from xml.sax.saxutils import escape

from .. import exporters as nd
from ..domain.dossier import Dossier
from ..domain.vnformat import DATE_BLANK, fmt_issue_date, fmt_percent, fmt_score

SIZE_SUBJECT = 12  # ô 5b, the subject of a công văn: 12–13


@dataclass
class CoverLetter:
    parent_agency: str
    agency: str
    number_line: str
    subject: str  # ô 5b: "V/v …"
    place_date: str
    to: list[str]  # Kính gửi
    body: list[str]
    recipients: list[str]
    signature_lines: list[str]
    signer_name: str
    meta: dict[str, str] = field(default_factory=dict)


def agency_name(d: Dossier) -> str:
    a = d.agency
    return a.agency_name or a.agency.title() or "Cơ quan"


def subject(d: Dossier) -> str:
    return f"V/v gửi kết quả tự đánh giá {d.index_phrase()} năm {d.year}"


def reference_line(d: Dossier, symbol: str, issue_year: int) -> str:
    """“(Kèm theo Công văn số …/STP-VP ngày … tháng … năm … của Sở Tư pháp)” under the table's title: the
    number and date are left blank, to be written when the letter is registered."""
    return (f"(Kèm theo Công văn số {DATE_BLANK}/{symbol} {fmt_issue_date('', None, None, issue_year)} "
            f"của {agency_name(d)})")


def _pts(v) -> str:
    return fmt_score(v) if v is not None else "0"


def _recipients(d: Dossier) -> list[str]:
    """Công văn: "Như trên" first (NĐ 30, Mẫu 1.5), the agency's filing line last."""
    keep = [r.strip().lstrip("-").strip() for r in d.agency.default_recipients if r.strip()]
    filing = next((r for r in keep if r.lower().startswith("lưu")), "Lưu: VT, VP.")
    filing = filing.rstrip(";,") + ("" if filing.endswith(".") else ".")
    return ["Như trên;", filing]


def build_cover(d: Dossier, *, to: str, symbol: str, issue_year: int, files: int) -> CoverLetter:
    """The letter sending the table and the evidence; `files` is how many evidence files go with it."""
    a, name = d.agency, agency_name(d)
    ix = d.index
    start, end = d.period
    period = f"từ ngày {start.day:02d}/{start.month:02d}/{start.year} đến ngày {end.day:02d}/{end.month:02d}/{end.year}"
    basis = f"{ix.decision.strip()} ban hành {ix.name}" if ix.decision.strip() else ix.name
    body = [f"Thực hiện {basis}, {name} đã tổ chức tự đánh giá, chấm điểm các tiêu chí của {d.index_phrase()} "
            f"năm {d.year} (kỳ đánh giá {period})."]
    total = f"{_pts(d.self_score)}/{_pts(d.max_score)} điểm"
    if d.self_score is not None and d.max_score:
        total += f" (đạt {fmt_percent(d.self_score * 100 / d.max_score)})"
    tops = [g for g in d.groups if g.parent is None]
    body.append(f"Tổng điểm tự đánh giá của {name} đạt {total}" + (", cụ thể như sau:" if tops else "."))
    for i, g in enumerate(tops):
        end_mark = "." if i == len(tops) - 1 else ";"
        body.append(f"- {g.code}. {g.name}: {_pts(g.self_score)}/{_pts(g.max_score)} điểm{end_mark}")
    sent = "Bảng tự đánh giá, chấm điểm các tiêu chí (Phụ lục kèm theo)"
    if files:
        first = next((e.ref for c in d.criteria for e in c.evidence if e.path), "")
        sent += (f" và {files:02d} tệp tài liệu kiểm chứng, sắp xếp theo thư mục của từng tiêu chí, đánh số theo "
                 f"số hiệu ghi tại cột “Tài liệu kiểm chứng” của Bảng (ví dụ: {first})")
    body.append(f"{name} gửi kèm theo Công văn này {sent}.")
    explained = sum(1 for c in d.criteria if c.explanation.strip())
    if explained:
        body.append(f"Đối với {explained:02d} tiêu chí chưa có đủ tài liệu kiểm chứng, {name} đã giải trình tại "
                    "cột “Giải trình” của Bảng.")
    body.append(f"{name} trân trọng đề nghị {to} xem xét, thẩm định./.")
    return CoverLetter(
        parent_agency=(a.parent_agency_short or a.parent_agency).upper(), agency=a.agency.upper(),
        number_line=f"Số: {DATE_BLANK}/{symbol}", subject=subject(d),
        place_date=fmt_issue_date(a.place, None, None, issue_year), to=[to], body=body,
        recipients=_recipients(d), signature_lines=[(a.head_title or "GIÁM ĐỐC").upper()],
        signer_name=a.head_name.strip(), meta={"title": subject(d), "author": name})


# -- PDF -------------------------------------------------------------------------------------------------
def write_cover_pdf(c: CoverLetter, out: Path) -> Path:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.platypus import KeepTogether, Paragraph, Spacer, Table, TableStyle

    from .fonts import register_reportlab_fonts, rl_font
    from .pdf import _BARE, Rule, _closing, _doc, esc, style

    register_reportlab_fonts()
    agency_w = stringWidth(c.agency, rl_font(True), nd.SIZE_AGENCY)
    left = [Paragraph(escape(c.parent_agency), style(nd.SIZE_AGENCY)),
            Paragraph(f"<b>{escape(c.agency)}</b>", style(nd.SIZE_AGENCY)),
            Rule(min(agency_w, nd.HEADER_LEFT_MM * mm) * 0.45)]
    right = [Paragraph(f"<b>{nd.NATIONAL_TITLE}</b>", style(nd.SIZE_NATIONAL)),
             Paragraph(f"<b>{nd.MOTTO}</b>", style(nd.SIZE_MOTTO)),
             Rule(stringWidth(nd.MOTTO, rl_font(True), nd.SIZE_MOTTO))]
    # NĐ 30: "Số" and the date share a baseline; the subject (12 pt) 6 pt under the number, in its column.
    num = [Spacer(1, nd.SIZE_PLACE_DATE - nd.SIZE_NUMBER), Paragraph(esc(c.number_line), style(nd.SIZE_NUMBER, leading=16)),
           Paragraph(escape(c.subject), style(SIZE_SUBJECT, leading=14.5, before=6))]
    date = Paragraph(f"<i>{esc(c.place_date)}</i>", style(nd.SIZE_PLACE_DATE, leading=16))
    header = Table([[left, right], [num, date]], colWidths=[nd.HEADER_LEFT_MM * mm, nd.HEADER_RIGHT_MM * mm],
                   style=TableStyle([*_BARE, ("TOPPADDING", (0, 1), (-1, 1), 6)]))
    story = [header, Spacer(1, 18)]
    to_st = style(nd.SIZE_BODY, leading=nd.BODY_LEADING)
    if len(c.to) == 1:
        story.append(Paragraph(f"Kính gửi: {escape(c.to[0])}.", to_st))
    else:
        story.append(Paragraph("Kính gửi:", to_st))
        story += [Paragraph(escape(f"- {t};"), to_st) for t in c.to]
    story.append(Spacer(1, 12))
    body_st = style(nd.SIZE_BODY, align="justify", leading=nd.BODY_LEADING, indent=nd.FIRST_LINE_INDENT_MM * mm,
                    after=nd.PARA_SPACE_AFTER)
    story += [Paragraph(esc(p), body_st) for p in c.body]
    last = story.pop()
    story.append(KeepTogether([last, Spacer(1, 8), _closing(c)]))
    doc = _doc(out, A4, c.meta)
    doc.build(story)
    return out


# -- Word ------------------------------------------------------------------------------------------------
def write_cover_docx(c: CoverLetter, out: Path) -> Path:
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls
    from docx.shared import Mm, Pt

    from .docx import _cell, _new, _plain_table, _save, para, rule, top_line
    from .fonts import text_mm

    doc = _new(nd.SIZE_BODY, meta=c.meta)
    top_line(doc)
    head = _plain_table(doc, 2, [nd.HEADER_LEFT_MM, nd.HEADER_RIGHT_MM])
    left, right = _cell(head, 0, 0), _cell(head, 0, 1)
    para(left, c.parent_agency, nd.SIZE_AGENCY)
    para(left, c.agency, nd.SIZE_AGENCY, bold=True)
    rule(left, min(text_mm(c.agency, nd.SIZE_AGENCY, bold=True), nd.HEADER_LEFT_MM) * 0.45, nd.HEADER_LEFT_MM)
    para(right, nd.NATIONAL_TITLE, nd.SIZE_NATIONAL, bold=True)
    para(right, nd.MOTTO, nd.SIZE_MOTTO, bold=True)
    rule(right, text_mm(nd.MOTTO, nd.SIZE_MOTTO, bold=True), nd.HEADER_RIGHT_MM)
    num = _cell(head, 1, 0)
    para(num, c.number_line, nd.SIZE_NUMBER, before=6)
    para(num, c.subject, SIZE_SUBJECT, before=6)
    para(_cell(head, 1, 1), c.place_date, nd.SIZE_PLACE_DATE, italic=True, before=6)
    if len(c.to) == 1:
        para(doc, f"Kính gửi: {c.to[0]}.", nd.SIZE_BODY, before=18, after=12)
    else:
        para(doc, "Kính gửi:", nd.SIZE_BODY, before=18)
        for t in c.to:
            para(doc, f"- {t};", nd.SIZE_BODY)
    for text in c.body:
        p = para(doc, text, align="justify", after=nd.PARA_SPACE_AFTER)
        f = p.paragraph_format
        f.first_line_indent, f.line_spacing = Mm(nd.FIRST_LINE_INDENT_MM), Pt(nd.BODY_LEADING)
    p.paragraph_format.keep_with_next = True  # the signature never stands alone on a page
    end = _plain_table(doc, 1, [nd.HEADER_LEFT_MM, nd.HEADER_RIGHT_MM])
    end.rows[0]._tr.get_or_add_trPr().append(parse_xml(f'<w:cantSplit {nsdecls("w")}/>'))
    left, right = _cell(end, 0, 0), _cell(end, 0, 1)
    para(left, "Nơi nhận:", nd.SIZE_RECIPIENTS_LABEL, bold=True, italic=True, align="left", before=8)
    for r in c.recipients:
        para(left, f"- {r}", nd.SIZE_RECIPIENTS, align="left")
    for i, line in enumerate(c.signature_lines):
        para(right, line, nd.SIZE_BODY, bold=True, before=6 if i == 0 else 0)
    para(right, c.signer_name, nd.SIZE_BODY, bold=True, before=nd.SIGNATURE_SPACE_MM * 72 / 25.4)
    _save(doc, out)
    return out
