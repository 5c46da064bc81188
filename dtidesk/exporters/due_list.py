"""The list of what is due and overdue, printable: an A4 landscape table with the header row on every page."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .. import exporters as nd
from ..domain.calendar import KIND_LABELS, Calendar, DueItem, days_words
from ..domain.vnformat import fmt_date
from .appendix import AppendixTable, Cell, Column, HeaderCell, Row, TitleLine

TITLE = "DANH SÁCH CÔNG VIỆC SẮP ĐẾN HẠN VÀ QUÁ HẠN"


@dataclass
class DueTable(AppendixTable):
    @property
    def sheet_name(self) -> str:
        return "Sắp đến hạn"


def _where(item: DueItem) -> str:
    return "\n".join(x for x in (item.plan, item.form) if x)


def build_table(cal: Calendar, items: list[DueItem], days: int) -> DueTable:
    cols = [Column(8, "center"), Column(15, "center"), Column(60), Column(42), Column(28), Column(16, "center"),
            Column(15, "center")]
    header = [HeaderCell(t, 0, c) for c, t in enumerate(
        ("STT", "Loại", "Nội dung", "Kế hoạch / biểu mẫu", "Đơn vị", "Hạn", "Còn lại"))]
    rows = [Row([Cell(str(n), n), Cell(KIND_LABELS[i.kind]), Cell(i.title + (f"\n({i.note})" if i.note else "")),
                 Cell(_where(i)), Cell(i.unit), Cell(fmt_date(i.date), i.date), Cell(days_words(i))])
            for n, i in enumerate(items, start=1)]
    overdue = sum(1 for i in items if i.overdue)
    heading = [TitleLine(TITLE, nd.SIZE_APPENDIX_TITLE, bold=True),
               TitleLine(f"{cal.agency or 'Cơ quan'} — tính đến ngày {fmt_date(cal.today)}: {overdue} việc quá hạn, "
                         f"{len(items) - overdue} việc đến hạn trong {days} ngày tới", nd.SIZE_APPENDIX_TITLE,
                         italic=True)]
    notes = [] if items else [f"Không có việc nào quá hạn hoặc đến hạn trong {days} ngày tới."]
    return DueTable(kind="due", label="", title=TITLE, reference="", columns=cols, header=header, header_rows=1,
                    rows=rows, heading=heading, notes=notes)


def write_due_pdf(cal: Calendar, items: list[DueItem], days: int, out: Path) -> Path:
    from .pdf import write_appendix_pdf

    return write_appendix_pdf(build_table(cal, items, days), out, {"title": TITLE.capitalize(), "author": cal.agency})
