"""The request for review of an appraised result: a Công văn in Nghị định 30 layout (Phụ lục III, Mẫu 1.5), as
PDF and Word — letterhead, number, V/v under the number, place and date, "Kính gửi", body, the table of criteria
with the evidence cited, "Nơi nhận" and the signature block."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

from .. import exporters as nd
from ..domain.models import Agency, Assessment, Framework
from ..domain.results import ReviewItem, ReviewRequest
from ..domain.vnformat import DATE_BLANK, fmt_date_padded, fmt_issue_date, fmt_number

COLUMNS = (("Mã", 13.0), ("Tiêu chí", 50.0), ("Điểm tối đa", 15.0), ("Điểm tự chấm", 15.0),
           ("Điểm thẩm định", 17.0), ("Tài liệu kiểm chứng", 55.0))


def index_phrase(fw: Framework) -> str:
    if fw.kind == "DTI":
        return "Chỉ số đánh giá mức độ chuyển đổi số (DTI)"
    if fw.kind == "PAR":
        return "Chỉ số cải cách hành chính (PAR Index)"
    return fw.name


def province_of(fw: Framework, agency: Agency) -> str:
    if fw.province.strip():
        return fw.province.strip()
    parent = agency.parent_agency or agency.parent_agency_short
    for word in ("TỈNH ", "THÀNH PHỐ "):
        if word in parent.upper():
            return parent.upper().split(word, 1)[1].strip().title()
    return agency.place.strip()


def default_addressee(fw: Framework, agency: Agency) -> str:
    province = province_of(fw, agency)
    where = f" tỉnh {province}" if province else ""
    if fw.kind == "DTI":
        return f"Ban Chỉ đạo Chuyển đổi số{where}"
    if fw.kind == "PAR":
        return f"Hội đồng thẩm định Chỉ số cải cách hành chính{where}"
    return f"Hội đồng thẩm định {fw.name}"


def _recipients(agency: Agency) -> list[str]:
    keep = next((r.strip().lstrip("-").strip() for r in agency.default_recipients
                 if r.strip().lstrip("- ").startswith("Lưu")), "Lưu: VT, VP.")
    lead = "Lãnh đạo Sở;" if agency.agency_name.startswith("Sở") else "Lãnh đạo cơ quan;"
    return ["Như trên;", lead, keep.rstrip(";,") + ("" if keep.endswith(".") else ".")]


def evidence_text(item: ReviewItem) -> str:
    """The evidence cited for one criterion, one numbered document a line (title, number, date, issuer)."""
    lines = []
    for k, e in enumerate(item.evidence, start=1):
        text = e.title.strip()
        if e.number.strip():
            text += f", số {e.number.strip()}"
        if e.date is not None:
            text += f" ngày {fmt_date_padded(e.date)}"
        if e.issuer.strip():
            text += f" của {e.issuer.strip()}"
        lines.append(f"{k}. {text}")
    if item.explanation.strip():
        lines.append(f"Giải trình: {item.explanation.strip()}")
    return "\n".join(lines)


def build_review_request(agency: Agency, fw: Framework, assessment: Assessment, items: list[ReviewItem],
                         today: date, addressee: str = "") -> ReviewRequest:
    name = agency.agency_name.strip() or agency.agency.strip().capitalize() or "Cơ quan"
    phrase = index_phrase(fw)
    year = assessment.year
    to = addressee.strip() or default_addressee(fw, agency)
    symbol = f"{agency.short_code}-VP" if agency.short_code else "VP"
    decision = assessment.decision.strip().rstrip(".")
    got = f"{name} đã nhận được kết quả thẩm định {phrase} năm {year}" + (f" tại {decision}" if decision else "")
    n = len(items)
    intro = [f"{got}. Qua rà soát, đối chiếu với hồ sơ tự đánh giá và tài liệu kiểm chứng đã gửi, {name} nhận thấy "
             f"{n:02d} tiêu chí có điểm thẩm định thấp hơn điểm tự chấm trong khi {name} đã có tài liệu kiểm chứng "
             "đáp ứng yêu cầu của tiêu chí, cụ thể như sau:"]
    own = sum((i.self_score for i in items), Decimal(0))
    appraised = sum((i.appraised for i in items), Decimal(0))
    closing = [f"Tổng điểm tự chấm của {n:02d} tiêu chí nêu trên là {fmt_number(own)} điểm, điểm thẩm định là "
               f"{fmt_number(appraised)} điểm (chênh lệch {fmt_number(own - appraised)} điểm).",
               f"Để kết quả đánh giá phản ánh đúng kết quả thực hiện của cơ quan, {name} kính đề nghị {to} xem xét, "
               "thẩm định lại điểm các tiêu chí nêu trên. Tài liệu kiểm chứng của từng tiêu chí được gửi kèm theo "
               "Công văn này.",
               f"{name} trân trọng đề nghị./."]
    return ReviewRequest(
        parent_agency=(agency.parent_agency_short or agency.parent_agency).upper(), agency=agency.agency.upper(),
        agency_name=name, number_line=f"Số: {DATE_BLANK}/{symbol}",
        place_date=fmt_issue_date(agency.place, None, today.month, today.year),
        subject=f"đề nghị xem xét lại kết quả thẩm định {phrase} năm {year}", addressee=to, intro=intro, items=items,
        closing=closing, recipients=_recipients(agency), signature_lines=[agency.head_title.strip().upper() or "GIÁM ĐỐC"],
        signer_name=agency.head_name.strip(),
        meta={"title": f"V/v đề nghị xem xét lại kết quả thẩm định năm {year}", "author": name})


def table_rows(d: ReviewRequest) -> list[list[str]]:
    """Body rows of the table (criterion: name, then the council's comment), then the sum row."""
    rows = []
    for i in d.items:
        name = i.name + (f"\nÝ kiến thẩm định: {i.comment}" if i.comment.strip() else "")
        rows.append([i.code, name, fmt_number(i.max_score), fmt_number(i.self_score), fmt_number(i.appraised),
                     evidence_text(i)])
    own = sum((i.self_score for i in d.items), Decimal(0))
    appr = sum((i.appraised for i in d.items), Decimal(0))
    mx = sum((i.max_score or Decimal(0) for i in d.items), Decimal(0))
    rows.append(["", "Cộng", fmt_number(mx), fmt_number(own), fmt_number(appr), ""])
    return rows


# -- PDF --------------------------------------------------------------------------------------------------------
def write_review_pdf(d: ReviewRequest, out: Path) -> Path:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.platypus import KeepTogether, Paragraph, Spacer, Table, TableStyle

    from .fonts import register_reportlab_fonts, rl_font
    from .pdf import _BARE, CELL_FONT, Rule, _closing, _doc, esc, style

    fonts = register_reportlab_fonts()
    agency_w = max(stringWidth(line, rl_font(True), nd.SIZE_AGENCY) for line in d.agency.splitlines() or [""])
    left = [Paragraph(esc(d.parent_agency), style(nd.SIZE_AGENCY)),
            Paragraph(f"<b>{esc(d.agency)}</b>", style(nd.SIZE_AGENCY)),
            Rule(min(agency_w, nd.HEADER_LEFT_MM * mm) * 0.45)]
    right = [Paragraph(f"<b>{nd.NATIONAL_TITLE}</b>", style(nd.SIZE_NATIONAL)),
             Paragraph(f"<b>{nd.MOTTO}</b>", style(nd.SIZE_MOTTO)),
             Rule(stringWidth(nd.MOTTO, rl_font(True), nd.SIZE_MOTTO))]
    num = [Spacer(1, nd.SIZE_PLACE_DATE - nd.SIZE_NUMBER), Paragraph(esc(d.number_line), style(nd.SIZE_NUMBER, leading=16))]
    when = Paragraph(f"<i>{esc(d.place_date)}</i>", style(nd.SIZE_PLACE_DATE, leading=16))
    # NĐ 30, ô 5b: the V/v of a công văn stands under the number, 12 pt, 6 pt below it.
    vv = Paragraph(esc(f"V/v {d.subject}"), style(12, leading=14))
    header = Table([[left, right], [num, when], [vv, ""]], colWidths=[nd.HEADER_LEFT_MM * mm, nd.HEADER_RIGHT_MM * mm],
                   style=TableStyle([*_BARE, ("TOPPADDING", (0, 1), (-1, 1), 6), ("TOPPADDING", (0, 2), (-1, 2), 6)]))
    body_st = style(nd.SIZE_BODY, align="justify", leading=nd.BODY_LEADING, indent=nd.FIRST_LINE_INDENT_MM * mm,
                    after=nd.PARA_SPACE_AFTER)
    story = [header, Spacer(1, 16),
             Paragraph(esc(f"Kính gửi: {d.addressee}."), style(nd.SIZE_BODY, leading=nd.BODY_LEADING)),
             Spacer(1, 12)]
    story += [Paragraph(esc(p), body_st) for p in d.intro]
    head_st = style(nd.SIZE_TABLE, bold=True, leading=14)
    cell_st = {a: style(nd.SIZE_TABLE, align=a, leading=14) for a in ("left", "center")}
    data: list[list] = [[Paragraph(esc(h), head_st) for h, _w in COLUMNS]]
    rows = table_rows(d)
    for k, row in enumerate(rows):
        last = k == len(rows) - 1
        cells = []
        for c, text in enumerate(row):
            markup = esc(text).replace("\n", "<br/>")
            if c == 1 and "\nÝ kiến thẩm định: " in text:  # the council's comment in italics under the name
                name, comment = text.split("\nÝ kiến thẩm định: ", 1)
                markup = f"{esc(name)}<br/><i>Ý kiến thẩm định: {esc(comment)}</i>"
            if last:
                markup = f"<b>{markup}</b>"
            cells.append(Paragraph(markup, cell_st["left" if c in (1, 5) else "center"]) if text else "")
        data.append(cells)
    table = Table(data, colWidths=[w * mm for _h, w in COLUMNS], repeatRows=1, splitInRow=1,
                  style=TableStyle([("GRID", (0, 0), (-1, -1), 0.5, "black"), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                                    CELL_FONT, ("VALIGN", (0, 0), (-1, 0), "MIDDLE"),
                                    ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3),
                                    ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]))
    story += [table, Spacer(1, 10)]
    paras = [Paragraph(esc(p), body_st) for p in d.closing]
    story += paras[:-1]
    story.append(KeepTogether([paras[-1], Spacer(1, 8), _closing(d)]))
    doc = _doc(out, A4, {**d.meta, "subject": f"{d.meta.get('title', '')} — font: {fonts.label}"})
    doc.build(story)
    return out


# -- Word -------------------------------------------------------------------------------------------------------
def write_review_docx(d: ReviewRequest, out: Path) -> Path:
    from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls
    from docx.shared import Mm, Pt

    from .docx import _ALIGN, _cell, _new, _plain_table, _save, para, rule, ruled, top_line
    from .fonts import text_mm

    doc = _new(nd.SIZE_BODY, meta=d.meta)
    top_line(doc)
    head = _plain_table(doc, 3, [nd.HEADER_LEFT_MM, nd.HEADER_RIGHT_MM])
    left, right = _cell(head, 0, 0), _cell(head, 0, 1)
    para(left, d.parent_agency, nd.SIZE_AGENCY)
    para(left, d.agency, nd.SIZE_AGENCY, bold=True)
    rule(left, min(text_mm(d.agency, nd.SIZE_AGENCY, bold=True), nd.HEADER_LEFT_MM) * 0.45, nd.HEADER_LEFT_MM)
    para(right, nd.NATIONAL_TITLE, nd.SIZE_NATIONAL, bold=True)
    para(right, nd.MOTTO, nd.SIZE_MOTTO, bold=True)
    rule(right, text_mm(nd.MOTTO, nd.SIZE_MOTTO, bold=True), nd.HEADER_RIGHT_MM)
    para(_cell(head, 1, 0), d.number_line, nd.SIZE_NUMBER, before=6)
    para(_cell(head, 1, 1), d.place_date, nd.SIZE_PLACE_DATE, italic=True, before=6)
    para(_cell(head, 2, 0), f"V/v {d.subject}", 12, before=6)
    _cell(head, 2, 1).add_paragraph()
    para(doc, f"Kính gửi: {d.addressee}.", nd.SIZE_BODY, before=18, after=12)

    def body(text: str):
        p = para(doc, align="justify", after=nd.PARA_SPACE_AFTER)
        f = p.paragraph_format
        f.first_line_indent, f.line_spacing = Mm(nd.FIRST_LINE_INDENT_MM), Pt(nd.BODY_LEADING)
        p.add_run(text)
        return p

    for text in d.intro:
        body(text)
    rows = table_rows(d)
    t = _plain_table(doc, len(rows) + 1, [w for _h, w in COLUMNS])
    ruled(t)
    t.rows[0]._tr.get_or_add_trPr().append(parse_xml(f'<w:tblHeader {nsdecls("w")} w:val="true"/>'))
    for c, (h, _w) in enumerate(COLUMNS):
        cell = t.rows[0].cells[c]
        cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
        cell.paragraphs[0].alignment = _ALIGN["center"]
        run = cell.paragraphs[0].add_run(h)
        run.bold, run.font.size = True, Pt(nd.SIZE_TABLE)
    for k, row in enumerate(rows, start=1):
        last = k == len(rows)
        for c, text in enumerate(row):
            cell = t.rows[k].cells[c]
            for n, line in enumerate(text.split("\n")):
                p = cell.paragraphs[0] if n == 0 else cell.add_paragraph()
                p.alignment = _ALIGN["left" if c in (1, 5) else "center"]
                run = p.add_run(line)
                run.font.size = Pt(nd.SIZE_TABLE)
                run.bold = last or None
                run.italic = (c == 1 and line.startswith("Ý kiến thẩm định:")) or None
    paras = [body(text) for text in d.closing]
    paras[0].paragraph_format.space_before = Pt(nd.PARA_SPACE_AFTER)  # a gap under the table
    paras[-1].paragraph_format.keep_with_next = True  # the signature never stands alone on a page
    end = _plain_table(doc, 1, [nd.HEADER_LEFT_MM, nd.HEADER_RIGHT_MM])
    end.rows[0]._tr.get_or_add_trPr().append(parse_xml(f'<w:cantSplit {nsdecls("w")}/>'))
    left, right = _cell(end, 0, 0), _cell(end, 0, 1)
    para(left, "Nơi nhận:", nd.SIZE_RECIPIENTS_LABEL, bold=True, italic=True, align="left", before=8)
    for r in d.recipients:
        para(left, f"- {r}", nd.SIZE_RECIPIENTS, align="left")
    for i, line in enumerate(d.signature_lines):
        para(right, line, nd.SIZE_BODY, bold=True, before=6 if i == 0 else 0)
    para(right, d.signer_name, nd.SIZE_BODY, bold=True, before=nd.SIGNATURE_SPACE_MM * 72 / 25.4)
    _save(doc, out)
    return out
