"""Word (.docx, python-docx) of the plan and its appendices: the PDF's structure, Times New Roman, NĐ 30 margins."""

from __future__ import annotations

import io
from pathlib import Path
from xml.sax.saxutils import escape

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.opc.constants import CONTENT_TYPE as CT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Mm, Pt
from docx.text.paragraph import Paragraph

from .. import exporters as nd
from .appendix import AppendixTable
from .document import PlanDocument
from .fonts import text_mm

_ALIGN = {"left": WD_ALIGN_PARAGRAPH.LEFT, "center": WD_ALIGN_PARAGRAPH.CENTER, "right": WD_ALIGN_PARAGRAPH.RIGHT,
          "justify": WD_ALIGN_PARAGRAPH.JUSTIFY}



def _save(doc, out: Path | str) -> None:
    """Built in memory, then written in one go: a full disk fails our plain write cleanly, where the zip
    left half-closed by a failed save would print a traceback from its finaliser."""
    buf = io.BytesIO()
    doc.save(buf)
    Path(out).write_bytes(buf.getvalue())

def _new(size: float, landscape: bool = False):
    doc = Document()
    normal = doc.styles["Normal"]
    normal.font.name = nd.DOC_FONT_NAME
    normal.font.size = Pt(size)
    normal.element.rPr.rFonts.set(qn("w:eastAsia"), nd.DOC_FONT_NAME)
    normal.paragraph_format.space_after = Pt(0)
    normal.paragraph_format.space_before = Pt(0)
    normal.paragraph_format.line_spacing = 1.0
    s = doc.sections[0]
    w, h = (nd.PAGE_H_MM, nd.PAGE_W_MM) if landscape else (nd.PAGE_W_MM, nd.PAGE_H_MM)
    s.page_width, s.page_height = Mm(w), Mm(h)
    if landscape:
        s.orientation = WD_ORIENT.LANDSCAPE
    s.top_margin, s.bottom_margin = Mm(nd.MARGIN_TOP_MM), Mm(nd.MARGIN_BOTTOM_MM)
    s.left_margin, s.right_margin = Mm(nd.MARGIN_LEFT_MM), Mm(nd.MARGIN_RIGHT_MM)
    s.header_distance = Mm(10)
    # NĐ 30: page numbers centred at the top, none on the first page.
    s.different_first_page_header_footer = True
    p = s.header.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p._p.append(parse_xml(
        f'<w:fldSimple {nsdecls("w")} w:instr="PAGE"><w:r><w:rPr><w:sz w:val="{nd.SIZE_PAGE_NUMBER * 2}"/></w:rPr>'
        f"<w:t>2</w:t></w:r></w:fldSimple>"))
    return doc


def para(container, text: str = "", size: float | None = None, bold: bool = False, italic: bool = False,
         align: str = "center", before: float = 0, after: float = 0) -> Paragraph:
    p = container.add_paragraph()
    p.alignment = _ALIGN[align]
    p.paragraph_format.space_before, p.paragraph_format.space_after = Pt(before), Pt(after)
    if text:
        r = p.add_run(text)
        r.bold, r.italic = bold or None, italic or None
        if size:
            r.font.size = Pt(size)
    return p


def rule(container, length_mm: float, width_mm: float, after: float = 0) -> None:
    """An empty paragraph whose bottom border, narrowed by indents, is a centred line of the given length."""
    p = para(container, after=after)
    side = Mm(max(width_mm - length_mm, 0) / 2)
    p.paragraph_format.left_indent = p.paragraph_format.right_indent = side
    p.paragraph_format.line_spacing = Pt(4)
    p._p.get_or_add_pPr().append(parse_xml(
        f'<w:pBdr {nsdecls("w")}><w:bottom w:val="single" w:sz="5" w:space="0" w:color="000000"/></w:pBdr>'))


def _plain_table(doc, rows: int, widths_mm: list[float]):
    t = doc.add_table(rows=rows, cols=len(widths_mm))
    t.autofit = False
    tblPr = t._tbl.tblPr
    tblPr.append(parse_xml(f'<w:tblLayout {nsdecls("w")} w:type="fixed"/>'))
    tblPr.append(parse_xml(f'<w:tblCellMar {nsdecls("w")}><w:left w:w="0" w:type="dxa"/>'
                           f'<w:right w:w="0" w:type="dxa"/></w:tblCellMar>'))
    for i, w in enumerate(widths_mm):
        t.columns[i].width = Mm(w)
        for cell in t.columns[i].cells:
            cell.width = Mm(w)
    return t


def _cell(t, r: int, c: int):
    cell = t.cell(r, c)
    cell._tc.remove(cell.paragraphs[0]._p)  # start empty; para() adds what is needed
    return cell


def _add_footnotes(doc, notes: dict[int, str]) -> None:
    sz = nd.SIZE_FOOTNOTE * 2
    body = "".join(
        f'<w:footnote w:id="{n}"><w:p><w:pPr><w:jc w:val="both"/></w:pPr>'
        f'<w:r><w:rPr><w:sz w:val="{sz}"/><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteRef/></w:r>'
        f'<w:r><w:rPr><w:sz w:val="{sz}"/></w:rPr><w:t xml:space="preserve"> {escape(t)}</w:t></w:r>'
        f"</w:p></w:footnote>" for n, t in notes.items())
    xml = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:footnotes {nsdecls("w")}>'
           f'<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
           f'<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p>'
           f"</w:footnote>{body}</w:footnotes>")
    part = Part(PackURI("/word/footnotes.xml"), CT.WML_FOOTNOTES, xml.encode("utf-8"), doc.part.package)
    doc.part.relate_to(part, RT.FOOTNOTES)


def write_plan_docx(d: PlanDocument, out: Path) -> Path:
    doc = _new(nd.SIZE_BODY)
    doc.core_properties.title = d.meta.get("title", "")
    doc.core_properties.author = d.meta.get("author", "")
    doc.core_properties.keywords = f"font: {nd.DOC_FONT_NAME}"
    plan_into(doc, d)
    _save(doc, out)
    return out


def plan_into(doc, d: PlanDocument) -> None:
    """Header blocks, title, body, recipients and signature appended to `doc`."""
    head = _plain_table(doc, 2, [nd.HEADER_LEFT_MM, nd.HEADER_RIGHT_MM])
    left, right = _cell(head, 0, 0), _cell(head, 0, 1)
    para(left, d.parent_agency, nd.SIZE_AGENCY)
    para(left, d.agency, nd.SIZE_AGENCY, bold=True)
    rule(left, min(text_mm(d.agency, nd.SIZE_AGENCY, bold=True), nd.HEADER_LEFT_MM) * 0.45, nd.HEADER_LEFT_MM)
    para(right, nd.NATIONAL_TITLE, nd.SIZE_NATIONAL, bold=True)
    para(right, nd.MOTTO, nd.SIZE_MOTTO, bold=True)
    rule(right, text_mm(nd.MOTTO, nd.SIZE_MOTTO, bold=True), nd.HEADER_RIGHT_MM)
    para(_cell(head, 1, 0), d.number_line, nd.SIZE_NUMBER, before=6)
    para(_cell(head, 1, 1), d.place_date, nd.SIZE_PLACE_DATE, italic=True, before=6)
    para(doc, d.doc_type.upper(), nd.SIZE_BODY, bold=True, before=18)
    para(doc, d.title, nd.SIZE_BODY, bold=True)
    rule(doc, 35, nd.PAGE_W_MM - nd.MARGIN_LEFT_MM - nd.MARGIN_RIGHT_MM, after=12)
    for p in d.body:
        w = para(doc, align="left" if p.style == "section" else "justify", after=nd.PARA_SPACE_AFTER,
                 before=4 if p.style == "section" else 0)
        f = w.paragraph_format
        f.first_line_indent, f.line_spacing, f.keep_with_next = Mm(nd.FIRST_LINE_INDENT_MM), Pt(nd.BODY_LEADING), \
            p.keep_with_next or None
        for r in p.runs:
            if r.footnote:
                w._p.append(parse_xml(
                    f'<w:r {nsdecls("w")}><w:rPr><w:b/><w:i/><w:vertAlign w:val="superscript"/></w:rPr>'
                    f'<w:footnoteReference w:id="{r.footnote}"/></w:r>'))
                continue
            run = w.add_run(r.text)
            run.bold, run.italic = r.bold or None, r.italic or None
    if d.footnotes:
        _add_footnotes(doc, d.footnotes)
    if d.body:
        w.paragraph_format.keep_with_next = True  # the signature never stands alone on a page
    end = _plain_table(doc, 1, [nd.HEADER_LEFT_MM, nd.HEADER_RIGHT_MM])
    end.rows[0]._tr.get_or_add_trPr().append(parse_xml(f'<w:cantSplit {nsdecls("w")}/>'))
    left, right = _cell(end, 0, 0), _cell(end, 0, 1)
    # Level with the 14 pt authority line: 2 pt more space for the 12 pt label.
    para(left, "Nơi nhận:", nd.SIZE_RECIPIENTS_LABEL, bold=True, italic=True, align="left", before=8)
    for r in d.recipients:
        para(left, f"- {r}", nd.SIZE_RECIPIENTS, align="left")
    for i, line in enumerate(d.signature_lines):
        para(right, line, nd.SIZE_BODY, bold=True, before=6 if i == 0 else 0)
    para(right, d.signer_name, nd.SIZE_BODY, bold=True, before=nd.SIGNATURE_SPACE_MM * 72 / 25.4)


def write_appendix_docx(t: AppendixTable, out: Path) -> Path:
    doc = _new(nd.SIZE_TABLE, landscape=True)
    doc.core_properties.title = f"{t.label} {t.title}"
    appendix_into(doc, t, nd.LANDSCAPE_FRAME_W_MM)
    _save(doc, out)
    return out


def appendix_into(doc, t: AppendixTable, frame_mm: float, cell_style=None) -> None:
    """Label, title, reference and the table (header rows repeated on each page) appended to `doc`;
    `cell_style` sets the paragraphs of every cell (the table's size where Normal is the body's)."""
    for line in t.title_lines():
        para(doc, line.text, line.size, bold=line.bold, italic=line.italic)
    rule(doc, 35, frame_mm, after=8)
    total = sum(c.width for c in t.columns)
    widths = [frame_mm * c.width / total for c in t.columns]
    table = _plain_table(doc, t.header_rows + len(t.rows), widths)
    table._tbl.tblPr.append(parse_xml(
        f'<w:tblBorders {nsdecls("w")}>' + "".join(
            f'<w:{e} w:val="single" w:sz="4" w:space="0" w:color="000000"/>'
            for e in ("top", "left", "bottom", "right", "insideH", "insideV")) + "</w:tblBorders>"))
    for side in table._tbl.tblPr.find(qn("w:tblCellMar")):
        side.set(qn("w:w"), "60")  # 3 pt, as in the PDF
    rows = table.rows
    for r in range(t.header_rows):
        rows[r]._tr.get_or_add_trPr().append(parse_xml(f'<w:tblHeader {nsdecls("w")} w:val="true"/>'))
    for h in t.header:
        cell = rows[h.row].cells[h.col]
        cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
        _fill(cell, h.text, "center", True)
    for i, row in enumerate(t.rows):
        cells = rows[t.header_rows + i].cells
        for c, cell in enumerate(row.cells):
            if cell.text:
                _fill(cells[c], cell.text, t.columns[c].align, row.kind != "item")
    for h in t.header:
        if h.rowspan > 1 or h.colspan > 1:
            rows[h.row].cells[h.col].merge(rows[h.row + h.rowspan - 1].cells[h.col + h.colspan - 1])
    hr = t.header_rows
    for r0, c0, r1, c1 in t.spans:
        rows[hr + r0].cells[c0].merge(rows[hr + r1].cells[c1])
    if cell_style is not None:
        for p in table._tbl.iter(qn("w:p")):
            Paragraph(p, table).style = cell_style
    for k, note in enumerate(t.notes):
        para(doc, note, nd.SIZE_TABLE, align="left", before=6 if k == 0 else 0, after=2)


def _fill(cell, text: str, align: str, bold: bool) -> None:
    p = cell.paragraphs[0]
    p.alignment = _ALIGN[align]
    for k, line in enumerate(text.split("\n")):
        if k:
            p = cell.add_paragraph()
            p.alignment = _ALIGN[align]
        p.add_run(line).bold = bold or None


def _new_section(doc, wide: bool) -> None:
    """A section from a new page, portrait or landscape, numbered from 1 (NĐ 30: each appendix is
    numbered separately); it inherits the page-number header and the blank first-page header."""
    s = doc.add_section(WD_SECTION.NEW_PAGE)
    w, h = (nd.PAGE_H_MM, nd.PAGE_W_MM) if wide else (nd.PAGE_W_MM, nd.PAGE_H_MM)
    s.orientation = WD_ORIENT.LANDSCAPE if wide else WD_ORIENT.PORTRAIT
    s.page_width, s.page_height = Mm(w), Mm(h)
    s.different_first_page_header_footer = True
    sect = s._sectPr
    for old in sect.findall(qn("w:pgNumType")):
        sect.remove(old)
    sect.find(qn("w:pgMar")).addnext(parse_xml(f'<w:pgNumType {nsdecls("w")} w:start="1"/>'))


def write_document_with_appendices_docx(d: PlanDocument, tables: list[AppendixTable], out: Path) -> Path:
    """The document, then each appendix in its own section from a new page: landscape unless the table
    says `landscape = False`, header rows repeated, pages numbered per appendix."""
    doc = _new(nd.SIZE_BODY)
    doc.core_properties.title = d.meta.get("title", "")
    doc.core_properties.author = d.meta.get("author", "")
    doc.core_properties.keywords = f"font: {nd.DOC_FONT_NAME}"
    plan_into(doc, d)
    cell_style = doc.styles.add_style("Bảng phụ lục", WD_STYLE_TYPE.PARAGRAPH)
    cell_style.style_id = "BangPhuLuc"  # an ASCII id, as Word writes its own
    cell_style.base_style = doc.styles["Normal"]
    cell_style.font.size = Pt(nd.SIZE_TABLE)
    for t in tables:
        wide = getattr(t, "landscape", True)
        _new_section(doc, wide)
        appendix_into(doc, t, nd.LANDSCAPE_FRAME_W_MM if wide else nd.FRAME_W_MM, cell_style)
    _save(doc, out)
    return out
