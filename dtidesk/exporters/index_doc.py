"""An index version as PDF and Excel: the decision's appendix as the program understood it, to check on paper."""

from __future__ import annotations

from pathlib import Path

from ..domain.index_sheet import IndexSheet
from ..domain.vnformat import fmt_score
from . import SIZE_APPENDIX_LABEL, SIZE_APPENDIX_TITLE, SIZE_TABLE
from .appendix import AppendixTable, Cell, Column, Formula, HeaderCell, Row, TitleLine
from .atomic import write_atomically

HEADERS = ("STT", "Chỉ số / tiêu chí", "Điểm tối đa", "Cách tính điểm (theo văn bản)", "Chương trình hiểu là",
           "Tài liệu kiểm chứng")
MAX_COL = 2


class IndexTable(AppendixTable):
    @property
    def sheet_name(self) -> str:
        return "Bộ chỉ số"


def _max_cell(value, refs: list[int] | None) -> Cell:
    """A maximum: a group's and the total's are the sum of their rows (a live SUM in Excel)."""
    f = Formula("sum", [(r, MAX_COL) for r in refs]) if refs else None
    return Cell(fmt_score(value), value, f)


def index_table(m: IndexSheet) -> IndexTable:
    """The table both writers print: one row per component index and criterion, then the total."""
    rows: list[Row] = []
    for r in m.rows:
        group = r.kind == "group"
        counted = [k for k in r.children if not m.rows[k].deduction]
        maximum = _max_cell(r.max_score, counted if group else None)
        if r.deduction:  # printed as the document states it, e.g. "-2"; Excel keeps it out of every sum
            maximum.text = f"{fmt_score(r.max_score)}\n(điểm trừ)"
        rows.append(Row([Cell(r.code), Cell(r.name), maximum, Cell(r.method_text), Cell(r.understood),
                         Cell(r.evidence)], "group" if group else "item"))
    top = [k for k in m.top if not m.rows[k].deduction]
    rows.append(Row([Cell(), Cell("Tổng cộng"), _max_cell(m.total, top), Cell(), Cell(), Cell()], "total"))
    heading = [TitleLine(m.name.upper(), SIZE_APPENDIX_LABEL, bold=True),
               TitleLine(m.reference, SIZE_APPENDIX_TITLE, italic=True),
               TitleLine(m.version_line, SIZE_TABLE)]
    notes = [m.count_line()]
    if m.rating_bands:
        notes.append(f"Xếp loại: {m.bands_line()}.")
    notes.append("Cột “Chương trình hiểu là” là cách DTI Desk sẽ tính điểm; hãy đối chiếu với cột “Cách tính "
                 "điểm (theo văn bản)” và với văn bản giấy.")
    return IndexTable(
        kind="index", label="", title=m.name, reference=m.reference,
        columns=[Column(12, "center"), Column(59), Column(17, "center"), Column(62), Column(56), Column(46)],
        header=[HeaderCell(t, 0, c) for c, t in enumerate(HEADERS)], header_rows=1, rows=rows,
        heading=heading, notes=notes)


def write_index_pdf(m: IndexSheet, path: Path | str) -> Path:
    """Landscape A4, the header row on every page, pages numbered from 2 as NĐ 30 asks."""
    from .pdf import write_appendix_pdf

    t = index_table(m)
    meta = {"title": f"{m.name} ({m.code}, {m.version_year})", "subject": m.reference}
    return write_atomically(path, ".pdf", lambda tmp: write_appendix_pdf(t, tmp, meta))


def write_index_xlsx(m: IndexSheet, path: Path | str) -> Path:
    """One sheet: document text as text cells, each group's and the total's maximum a live SUM."""
    from .xlsx import write_appendix_xlsx

    t = index_table(m)
    # Above the table, not under it: a sheet cannot keep them with the last rows, and on a page of their
    # own they would sit under the repeated header row.
    t.heading += [TitleLine(n, SIZE_TABLE, italic=True) for n in t.notes]
    t.notes = []
    return write_appendix_xlsx(t, Path(path))
