"""A chart in a Word body: the picture (exporters.raster, from the PDF's own Drawing without its words), the
table of what it shows — a colour swatch for each line or series, the names and the values — and the caption.
"""

from __future__ import annotations

import io

from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Mm, Pt

from .. import exporters as nd
from ..domain.charts import FIGURE_DATA
from .charts import chart_drawing, figure_table
from .document import Para
from .docx import _ALIGN, _plain_table, para, ruled, table_style
from .raster import drawing_png

DPI = 200
SWATCH_MM = 8


def _shade(cell, color: str) -> None:
    cell._tc.get_or_add_tcPr().append(parse_xml(
        f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{color.lstrip("#").upper()}"/>'))


def _write(cell, text: str, align: str, bold: bool = False) -> None:
    p = cell.paragraphs[0]
    p.alignment = _ALIGN[align]
    if text:
        p.add_run(text).bold = bold or None


def figure_into(doc, p: Para) -> None:
    """Picture, table and caption, kept on one page where they fit."""
    fig = p.figure
    width_pt = nd.FRAME_W_MM * 72 / 25.4
    png = drawing_png(chart_drawing(fig, width_pt, text=False), dpi=DPI)
    pic = para(doc, before=4, after=4)
    pic.paragraph_format.keep_with_next = True
    pic.add_run().add_picture(io.BytesIO(png), width=Mm(nd.FRAME_W_MM))
    t = figure_table(fig)
    lined = bool(t.row_colors)  # a line chart: a swatch column before the names
    first = nd.FRAME_W_MM * 0.42 if not lined else nd.FRAME_W_MM * 0.36
    n_values = len(t.header) - (2 if lined else 1)
    rest = nd.FRAME_W_MM - first - (SWATCH_MM if lined else 0)
    widths = ([SWATCH_MM] if lined else []) + [first] + [rest / max(n_values, 1)] * n_values
    extra = 0 if lined else 1  # bars: a row of swatches under the series' names
    table = _plain_table(doc, 1 + extra + len(t.rows), widths)
    ruled(table)
    rows = table.rows
    for c, text in enumerate(t.header):
        _write(rows[0].cells[c], text, "center", bold=True)
    if not lined:
        for c, color in enumerate(t.column_colors, start=1):
            _shade(rows[1].cells[c], color)
        rows[1].height = Mm(3)
    for r, values in enumerate(t.rows):
        cells = rows[1 + extra + r].cells
        for c, text in enumerate(values):
            _write(cells[c], text, "left" if c == (1 if lined else 0) else "center")
        if lined:
            _shade(cells[0], t.row_colors[r])
    number = p.text.split(":")[0].removeprefix("Hình").strip()
    table._tbl.tblPr.append(parse_xml(f'<w:tblCaption {nsdecls("w")} w:val="{FIGURE_DATA} {number}"/>'))
    style = table_style(doc)
    for row in rows:
        row._tr.get_or_add_trPr().append(parse_xml(f'<w:cantSplit {nsdecls("w")}/>'))
        for cell in row.cells:
            for q in cell.paragraphs:
                q.style = style
                q.paragraph_format.keep_with_next = True
    cap = para(doc, before=4, after=nd.PARA_SPACE_AFTER + 4)
    for r in p.runs:
        run = cap.add_run(r.text)
        run.italic, run.bold = r.italic or None, r.bold or None
        run.font.size = Pt(nd.SIZE_BODY - 1)
