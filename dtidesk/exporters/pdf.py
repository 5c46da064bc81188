"""PDF (reportlab) of the plan and of its appendices, laid out as Nghị định 30/2020 prescribes."""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    KeepTogether,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from .. import __version__
from .. import exporters as nd
from .appendix import AppendixTable
from .document import Para, PlanDocument
from .fonts import register_reportlab_fonts, rl_font, widest_line_mm

_ALIGN = {"left": TA_LEFT, "center": TA_CENTER, "right": TA_RIGHT, "justify": TA_JUSTIFY}
NOTE_GAP = 10  # pt between the body and the footnote rule
_SPACES = re.compile(r" {2,}")
# A table sets its cells' font (reportlab's default Helvetica, even round Paragraph cells): ours, so that every
# font the PDF names is embedded.
CELL_FONT = ("FONTNAME", (0, 0), (-1, -1), rl_font())
# The two-column blocks (header, recipients/signature): no borders, no padding, top-aligned.
_BARE = [CELL_FONT, ("VALIGN", (0, 0), (-1, -1), "TOP"),
         *[(p, (0, 0), (-1, -1), 0) for p in ("LEFTPADDING", "RIGHTPADDING", "TOPPADDING", "BOTTOMPADDING")]]


def style(size: float, bold: bool = False, italic: bool = False, align: str = "center",
          leading: float | None = None, indent: float = 0, after: float = 0, before: float = 0) -> ParagraphStyle:
    register_reportlab_fonts()
    return ParagraphStyle(f"s{size}{bold}{italic}{align}{leading}{indent}", fontName=rl_font(bold, italic),
                          fontSize=size, leading=leading or round(size * 1.15, 1), alignment=_ALIGN[align],
                          firstLineIndent=indent, spaceAfter=after, spaceBefore=before)


def esc(text: str) -> str:
    """Escape for reportlab markup; runs of spaces (blanks left for the number and date) stay wide."""
    return _SPACES.sub(lambda m: "&nbsp;" * len(m.group()), escape(text))


def markup(para: Para) -> str:
    out = []
    for r in para.runs:
        t = escape(r.text)
        if r.footnote:
            t = f"<super>{t}</super>"
        if r.italic:
            t = f"<i>{t}</i>"
        if r.bold:
            t = f"<b>{t}</b>"
        out.append(t)
    return "".join(out)


class Rule(Flowable):
    """A solid line of a given length centred in the available width (under the agency, motto, title)."""

    def __init__(self, length: float, before: float = 1.5 * mm, after: float = 0, thickness: float = 0.6):
        super().__init__()
        self.length, self.before, self.after, self.thickness = length, before, after, thickness

    def wrap(self, aW: float, aH: float) -> tuple[float, float]:
        self.aW = aW
        return aW, self.before + self.after + self.thickness

    def draw(self) -> None:
        x = (self.aW - self.length) / 2
        self.canv.setLineWidth(self.thickness)
        self.canv.line(x, self.after, x + self.length, self.after)


class NoteFrame(Frame):
    """A frame that gives up room at its bottom for the footnotes of what it has placed."""

    def __init__(self, *a, **kw):
        super().__init__(*a, **kw)
        self.notes: list[tuple[int, str]] = []

    def _reset(self) -> None:
        super()._reset()
        self._y1p = self._y1 + self._bottomPadding

    def add(self, flowable: Flowable, canv, trySplit: int = 0) -> int:
        ok = Frame._add(self, flowable, canv, trySplit)
        room = getattr(flowable, "note_room", 0)
        if ok and room:
            self._y += room
            self._y1p += room
            self.notes += flowable.notes
        return ok


class NotedParagraph(Paragraph):
    """A heading carrying footnotes: its height includes their room, so it moves whole if they do not fit."""

    def __init__(self, text: str, st: ParagraphStyle, notes: list[tuple[int, str]]):
        super().__init__(text, st)
        self.notes, self.note_room = notes, 0.0

    def wrap(self, aW: float, aH: float) -> tuple[float, float]:
        w, h = super().wrap(aW, aH)
        frame = getattr(self, "_frame", None)
        self.note_room = notes_height(self.notes, aW) + (0 if frame is not None and frame.notes else NOTE_GAP)
        return w, h + self.note_room

    def drawOn(self, canv, x: float, y: float, _sW: float = 0) -> None:
        super().drawOn(canv, x, y + self.note_room, _sW)

    def split(self, aW: float, aH: float) -> list:
        return []


def _note_para(n: int, text: str) -> Paragraph:
    return Paragraph(f"<super>{n}</super> {escape(text)}", style(nd.SIZE_FOOTNOTE, align="justify", leading=13.5))


def notes_height(notes: list[tuple[int, str]], width: float) -> float:
    return sum(_note_para(n, t).wrap(width, 1e6)[1] for n, t in notes)


def _draw_notes(canv, doc) -> None:
    for frame in doc.pageTemplate.frames:
        if not isinstance(frame, NoteFrame) or not frame.notes:
            continue
        paras = [_note_para(n, t) for n, t in frame.notes]
        heights = [p.wrap(frame._aW, 1e6)[1] for p in paras]
        y = frame._y1 + sum(heights)
        canv.setLineWidth(0.5)
        canv.line(frame._x1, y + 3, frame._x1 + 50 * mm, y + 3)
        for p, h in zip(paras, heights, strict=True):
            y -= h
            p.drawOn(canv, frame._x1, y)
        frame.notes = []


def _page_number(canv, doc) -> None:
    # NĐ 30: page numbers centred in the top margin, not shown on the first page.
    if canv.getPageNumber() > 1:
        w = canv._pagesize[0]
        canv.setFont(rl_font(), nd.SIZE_PAGE_NUMBER)
        canv.drawCentredString(nd.MARGIN_LEFT_MM * mm + (w - (nd.MARGIN_LEFT_MM + nd.MARGIN_RIGHT_MM) * mm) / 2,
                               canv._pagesize[1] - 12 * mm - nd.SIZE_PAGE_NUMBER * 0.7, str(canv.getPageNumber()))


def _doc(out: Path, pagesize: tuple[float, float], meta: dict[str, str], notes: bool = False,
         header: Table | None = None) -> BaseDocTemplate:
    fonts = register_reportlab_fonts()
    w, h = pagesize
    frame_cls = NoteFrame if notes else Frame
    fw, fh = w - (nd.MARGIN_LEFT_MM + nd.MARGIN_RIGHT_MM) * mm, h - (nd.MARGIN_TOP_MM + nd.MARGIN_BOTTOM_MM) * mm
    frame = frame_cls(nd.MARGIN_LEFT_MM * mm, nd.MARGIN_BOTTOM_MM * mm, fw, fh, 0, 0, 0, 0, id="body")
    doc = BaseDocTemplate(str(out), pagesize=pagesize, leftMargin=nd.MARGIN_LEFT_MM * mm,
                          rightMargin=nd.MARGIN_RIGHT_MM * mm, topMargin=nd.MARGIN_TOP_MM * mm,
                          bottomMargin=nd.MARGIN_BOTTOM_MM * mm, title=meta.get("title", ""),
                          author=meta.get("author", ""), subject=meta.get("subject", ""),
                          keywords=f"font: {fonts.label}", creator=f"DTI Desk {__version__}", allowSplitting=1,
                          # reportlab names Helvetica on every page unless told otherwise: unembedded,
                          # it fails archiving (PDF/A) and signing checks. Every font a PDF names is embedded.
                          initialFontName=rl_font(), initialFontSize=nd.SIZE_BODY)
    if header is None:
        doc.addPageTemplates([PageTemplate("page", [frame], onPage=_page_number,
                                           onPageEnd=_draw_notes if notes else lambda c, d: None)])
        return doc
    hh = header.wrap(fw, fh)[1]

    def repeat_header(canv, d) -> None:
        _page_number(canv, d)
        header.wrapOn(canv, fw, fh)
        header.drawOn(canv, nd.MARGIN_LEFT_MM * mm, nd.MARGIN_BOTTOM_MM * mm + fh - hh)

    rest = Frame(nd.MARGIN_LEFT_MM * mm, nd.MARGIN_BOTTOM_MM * mm, fw, fh - hh, 0, 0, 0, 0, id="rest")
    doc.addPageTemplates([PageTemplate("first", [frame], onPage=_page_number, onPageEnd=_close_table,
                                       autoNextPageTemplate="later"),
                          PageTemplate("later", [rest], onPage=repeat_header, onPageEnd=_close_table)])
    return doc


def _header(d: PlanDocument) -> Table:
    agency_w = max(stringWidth(line, rl_font(True), nd.SIZE_AGENCY) for line in d.agency.splitlines() or [""])
    left = [Paragraph(escape(d.parent_agency), style(nd.SIZE_AGENCY)),
            Paragraph(f"<b>{escape(d.agency)}</b>", style(nd.SIZE_AGENCY)),
            Rule(min(agency_w, nd.HEADER_LEFT_MM * mm) * 0.45)]
    right = [Paragraph(f"<b>{nd.NATIONAL_TITLE}</b>", style(nd.SIZE_NATIONAL)),
             Paragraph(f"<b>{nd.MOTTO}</b>", style(nd.SIZE_MOTTO)),
             Rule(stringWidth(nd.MOTTO, rl_font(True), nd.SIZE_MOTTO))]
    # "Số" (13 pt) and the italic date (14 pt) share one baseline (a first baseline sits one font size
    # below the cell top): the smaller line starts lower by the difference.
    num = [Spacer(1, nd.SIZE_PLACE_DATE - nd.SIZE_NUMBER),
           Paragraph(esc(d.number_line), style(nd.SIZE_NUMBER, leading=16))]
    date = Paragraph(f"<i>{esc(d.place_date)}</i>", style(nd.SIZE_PLACE_DATE, leading=16))
    return Table([[left, right], [num, date]], colWidths=[nd.HEADER_LEFT_MM * mm, nd.HEADER_RIGHT_MM * mm],
                 style=TableStyle([*_BARE, ("TOPPADDING", (0, 1), (-1, 1), 6)]))


def _title(d: PlanDocument) -> list[Flowable]:
    st = style(nd.SIZE_BODY, bold=True, leading=nd.BODY_LEADING)
    title = Paragraph(escape(d.title), st)
    line_mm = widest_line_mm(d.title, nd.SIZE_BODY, nd.FRAME_W_MM, bold=True)
    return [Spacer(1, 16), Paragraph(escape(d.doc_type.upper()), st), title,
            Rule(line_mm * nd.TITLE_RULE_SHARE * mm, before=3, after=12)]


def _closing(d: PlanDocument) -> Table:
    # NĐ 30: "Nơi nhận:" stands level with the first line of the signer's authority.
    left = [Spacer(1, nd.SIZE_BODY - nd.SIZE_RECIPIENTS_LABEL),
            Paragraph("<b><i>Nơi nhận:</i></b>", style(nd.SIZE_RECIPIENTS_LABEL, align="left"))]
    left += [Paragraph(escape(f"- {r}"), style(nd.SIZE_RECIPIENTS, align="left")) for r in d.recipients]
    st = style(nd.SIZE_BODY, bold=True)
    right = [Paragraph(escape(line), st) for line in d.signature_lines]
    right += [Spacer(1, nd.SIGNATURE_SPACE_MM * mm), Paragraph(escape(d.signer_name) or "&nbsp;", st)]
    return Table([[left, right]], colWidths=[nd.HEADER_LEFT_MM * mm, nd.HEADER_RIGHT_MM * mm],
                 style=TableStyle(_BARE))


def body_style(p: Para) -> ParagraphStyle:
    align = "left" if p.style == "section" else "justify"
    return style(nd.SIZE_BODY, align=align, leading=nd.BODY_LEADING, indent=nd.FIRST_LINE_INDENT_MM * mm,
                 after=nd.PARA_SPACE_AFTER, before=4 if p.style == "section" else 0)


def plan_story(d: PlanDocument) -> list[Flowable]:
    """The document's flowables: header, title, body, then recipients and signature kept with the last line."""
    story: list[Flowable] = [_header(d), *_title(d)]
    for p in d.body:
        if p.table is not None:  # a table in the body (the report's TTHC results by field)
            story += [header_table(p.table, nd.FRAME_W_MM * mm), *body_tables(p.table, nd.FRAME_W_MM * mm),
                      Spacer(1, nd.PARA_SPACE_AFTER)]
            continue
        if p.figure is not None:  # a chart, its caption “Hình N: …” under it, on one page
            story.append(figure_flowable(p))
            continue
        st = body_style(p)
        st.keepWithNext = p.keep_with_next
        notes = [(r.footnote, d.footnotes[r.footnote]) for r in p.runs if r.footnote]
        story.append(NotedParagraph(markup(p), st, notes) if notes else Paragraph(markup(p), st))
    last = story.pop() if d.body else Spacer(1, 0)
    story.append(KeepTogether([last, Spacer(1, 8), _closing(d)]))
    return story


def figure_flowable(p: Para) -> Flowable:
    """The chart drawn from its data (exporters.charts) across the text width, then its centred italic caption."""
    from .charts import chart_drawing

    drawing = chart_drawing(p.figure, nd.FRAME_W_MM * mm)
    drawing.hAlign = "CENTER"
    caption = Paragraph(markup(p), style(nd.SIZE_BODY - 1, align="center", leading=nd.BODY_LEADING,
                                         after=nd.PARA_SPACE_AFTER + 4))
    return KeepTogether([Spacer(1, 4), drawing, Spacer(1, 6), caption])


def write_plan_pdf(d: PlanDocument, out: Path) -> Path:
    fonts = register_reportlab_fonts()
    doc = _doc(out, A4, {**d.meta, "subject": f"{d.meta.get('title', '')} — font: {fonts.label}"}, notes=True)
    doc.build(plan_story(d))
    return out


# -- appendices -------------------------------------------------------------------------------
def appendix_heading(t: AppendixTable, width: float) -> list[Flowable]:
    """The lines above the table, then a short rule a third as long as the last of them (the reference)."""
    out: list[Flowable] = []
    lines = t.title_lines()
    for line in lines:
        text = esc(line.text)
        text = f"<i>{text}</i>" if line.italic else text
        text = f"<b>{text}</b>" if line.bold else text
        out.append(Paragraph(text, style(line.size, leading={14: 18, 13: 16}.get(line.size, line.size * 1.3))))
    last = lines[-1]
    ref_w = min(stringWidth(last.text, rl_font(last.bold, last.italic), last.size), width)
    return [*out, Rule(min(ref_w / 3, 40 * mm), before=2, after=10)]


def table_with_notes(t: AppendixTable, width: float) -> list[Flowable]:
    """The body tables, then the lines under the table (what a rating means, where the data came from),
    kept on the page of the table's last rows: never alone under a repeated header row."""
    if not t.notes or not t.rows:
        return list(body_tables(t, width))
    cut = len(t.rows) - 1  # the last row, with the rows of any merged range it belongs to
    while any(r0 < cut <= r1 for r0, _c0, r1, _c1 in t.spans):
        cut = min(r0 for r0, _c0, r1, _c1 in t.spans if r0 < cut <= r1)
    head = replace(t, rows=t.rows[:cut], spans=[s for s in t.spans if s[2] < cut])
    tail = replace(t, rows=t.rows[cut:], spans=[(r0 - cut, c0, r1 - cut, c1) for r0, c0, r1, c1 in t.spans
                                                 if r0 >= cut])
    st = style(nd.SIZE_TABLE, align="left", leading=15, after=2)
    notes = [Spacer(1, 6), *[Paragraph(esc(n).replace("\n", "<br/>"), st) for n in t.notes]]
    return [*body_tables(head, width), KeepTogether([*body_tables(tail, width), *notes])]


_CELL_STYLE = [CELL_FONT, ("GRID", (0, 0), (-1, -1), 0.5, "black"), ("VALIGN", (0, 0), (-1, -1), "TOP"),
               ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3),
               ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]
CHUNK_ROWS = 24


class BodyTable(Table):
    """Records where it ends on the page: a row split at a page break gets its bottom line there."""

    def drawOn(self, canv, x: float, y: float, _sW: float = 0) -> None:
        super().drawOn(canv, x, y, _sW)
        canv._dti_table_end = (canv.getPageNumber(), self._hAlignAdjust(x, _sW), y, self._width)


def _close_table(canv, doc) -> None:
    end = getattr(canv, "_dti_table_end", None)
    if end and end[0] == canv.getPageNumber():
        canv.setLineWidth(0.5)
        canv.line(end[1], end[2], end[1] + end[3], end[2])


def _widths(t: AppendixTable, width: float) -> list[float]:
    total = sum(c.width for c in t.columns)
    return [width * c.width / total for c in t.columns]


def header_table(t: AppendixTable, width: float) -> Table:
    head_st = style(nd.SIZE_TABLE, bold=True, leading=14)
    data: list[list] = [["" for _ in t.columns] for _ in range(t.header_rows)]
    cmds = [*_CELL_STYLE, ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]
    for h in t.header:
        data[h.row][h.col] = Paragraph(escape(h.text), head_st)
        if h.rowspan > 1 or h.colspan > 1:
            cmds.append(("SPAN", (h.col, h.row), (h.col + h.colspan - 1, h.row + h.rowspan - 1)))
    return Table(data, colWidths=_widths(t, width), style=TableStyle(cmds))


def body_tables(t: AppendixTable, width: float) -> list[BodyTable]:
    """The rows as a stack of short tables, cut between merged ranges.

    One long table would be re-measured with all its merged ranges at every page break (quadratic);
    stacked tables share their border lines, so the page looks the same.
    """
    widths = _widths(t, width)
    st = {(c.align, b): style(nd.SIZE_TABLE, bold=b, align=c.align, leading=14) for c in t.columns for b in (0, 1)}
    t = _unmerge_too_tall(t, widths, st)
    span_end = {}
    for r0, _c0, r1, _c1 in t.spans:
        span_end[r0] = max(span_end.get(r0, r0), r1)
    tables, start, reach = [], 0, -1
    for r in range(len(t.rows) + 1):
        if r == len(t.rows) or (r - start >= CHUNK_ROWS and r > reach):
            rows = t.rows[start:r]
            data = [[Paragraph(escape(c.text).replace("\n", "<br/>"), st[(t.columns[i].align, row.kind != "item")])
                     if c.text else "" for i, c in enumerate(row.cells)] for row in rows]
            cmds = _CELL_STYLE + [("SPAN", (c0, r0 - start), (c1, r1 - start))
                                  for r0, c0, r1, c1 in t.spans if start <= r0 < r]
            if data:
                tables.append(BodyTable(data, colWidths=widths, style=TableStyle(cmds), splitInRow=1))
            start = r
        reach = max(reach, span_end.get(r, r))
    return tables


TALLEST_MERGED = 380.0  # points: a merged cell must fit one page (the landscape frame under the header is ~449)


def _unmerge_too_tall(t: AppendixTable, widths: list[float], st: dict) -> AppendixTable:
    """A merged cell cannot break across pages, so one taller than a page (an objective of a thousand words
    shared by a few tasks) would stop the export. Such a range is unmerged and its text dealt out over its
    rows, one share each, so every row can break across pages like any other."""
    keep, rows = [], None
    for r0, c0, r1, c1 in t.spans:
        text = t.rows[r0].cells[c0].text
        col = t.columns[c0]
        width = sum(widths[c0:c1 + 1])
        tall = bool(text) and Paragraph(escape(text).replace("\n", "<br/>"),
                                        st[(col.align, 0)]).wrap(width - 6, 1e9)[1] > TALLEST_MERGED
        if not tall:
            keep.append((r0, c0, r1, c1))
            continue
        if rows is None:
            rows = [replace(row, cells=list(row.cells)) for row in t.rows]
        words = text.split(" ")
        n = r1 - r0 + 1
        share = -(-len(words) // n)
        for k in range(n):
            piece = " ".join(words[k * share:(k + 1) * share])
            row = rows[r0 + k]
            row.cells[c0] = replace(row.cells[c0], text=piece if k == 0 or not piece else f"(tiếp) {piece}")
    if rows is None:
        return t
    return replace(t, rows=rows, spans=keep)


def write_appendix_pdf(t: AppendixTable, out: Path, meta: dict[str, str] | None = None) -> Path:
    """Landscape appendix (portrait when the table says `landscape = False`, as a report's narrow form does);
    from page 2 on, the page template draws the header row above the frame."""
    wide = getattr(t, "landscape", True)
    width = (nd.LANDSCAPE_FRAME_W_MM if wide else nd.FRAME_W_MM) * mm
    header = header_table(t, width)
    doc = _doc(out, landscape(A4) if wide else A4, {"title": f"{t.label} {t.title}", **t.meta, **(meta or {})},
               header=header)
    doc.build([*appendix_heading(t, width), header, *table_with_notes(t, width)])
    return out


# -- a document followed by its appendices, in one file (the periodic report) -------------------------
def _draw_page_number(canv, n: int) -> None:
    w = canv._pagesize[0]
    canv.setFont(rl_font(), nd.SIZE_PAGE_NUMBER)
    canv.drawCentredString(nd.MARGIN_LEFT_MM * mm + (w - (nd.MARGIN_LEFT_MM + nd.MARGIN_RIGHT_MM) * mm) / 2,
                           canv._pagesize[1] - 12 * mm - nd.SIZE_PAGE_NUMBER * 0.7, str(n))


def _appendix_templates(name: str, header: Table, pagesize: tuple[float, float]) -> list[PageTemplate]:
    """A first page, then pages that draw the header row above the frame; numbered from the appendix's
    own first page (NĐ 30: each appendix is numbered separately, its page 1 without a number)."""
    w, h = pagesize
    fw, fh = w - (nd.MARGIN_LEFT_MM + nd.MARGIN_RIGHT_MM) * mm, h - (nd.MARGIN_TOP_MM + nd.MARGIN_BOTTOM_MM) * mm
    hh = header.wrap(fw, fh)[1]
    start = {"page": 1}

    def first(canv, d) -> None:
        start["page"] = canv.getPageNumber()

    def later(canv, d) -> None:
        _draw_page_number(canv, canv.getPageNumber() - start["page"] + 1)
        header.wrapOn(canv, fw, fh)
        header.drawOn(canv, nd.MARGIN_LEFT_MM * mm, nd.MARGIN_BOTTOM_MM * mm + fh - hh)

    whole = Frame(nd.MARGIN_LEFT_MM * mm, nd.MARGIN_BOTTOM_MM * mm, fw, fh, 0, 0, 0, 0, id=f"{name}-body")
    rest = Frame(nd.MARGIN_LEFT_MM * mm, nd.MARGIN_BOTTOM_MM * mm, fw, fh - hh, 0, 0, 0, 0, id=f"{name}-rest")
    return [PageTemplate(name, [whole], onPage=first, onPageEnd=_close_table, autoNextPageTemplate=f"{name}+",
                         pagesize=pagesize),
            PageTemplate(f"{name}+", [rest], onPage=later, onPageEnd=_close_table, pagesize=pagesize)]


def write_document_with_appendices_pdf(d: PlanDocument, tables: list[AppendixTable], out: Path) -> Path:
    """The document (portrait) and each appendix from a new page: landscape unless the table says
    `landscape = False`, the header row repeated on every page, pages numbered per appendix."""
    fonts = register_reportlab_fonts()
    doc = _doc(out, A4, {**d.meta, "subject": f"{d.meta.get('title', '')} — font: {fonts.label}"}, notes=True)
    story = plan_story(d)
    for i, t in enumerate(tables):
        wide = getattr(t, "landscape", True)
        width = (nd.LANDSCAPE_FRAME_W_MM if wide else nd.FRAME_W_MM) * mm
        header = header_table(t, width)
        doc.addPageTemplates(_appendix_templates(f"appendix{i}", header, landscape(A4) if wide else A4))
        story += [NextPageTemplate(f"appendix{i}"), PageBreak(), *appendix_heading(t, width), header,
                  *table_with_notes(t, width)]
    doc.build(story)
    return out
