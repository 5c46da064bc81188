"""Before a workbook is loaded whole (the province's form, filled in place): bounded, or refused.

Filling the province's own workbook keeps its layout, so openpyxl loads it whole, and openpyxl makes an
object for every cell of every merged range: one merge over a whole sheet is 17 billion objects. The
file is first read the streaming way (size, zip, rows, columns and cells within the program's limits)
and its merged ranges are measured as written, unclipped.
"""

from __future__ import annotations

import zipfile
from pathlib import Path
from xml.etree.ElementTree import iterparse

from ..domain.vnformat import fmt_number
from .xlsx_parts import open_book
from .xlsx_sheet import read_sheet, split_ref

MAX_MERGED_CELLS = 200_000  # cells covered by merged ranges in one sheet; a real form has a few thousand


def _merged_area(zf: zipfile.ZipFile, part: str) -> tuple[int, str]:
    area, worst, worst_ref = 0, 0, ""
    with zf.open(part) as fh:
        for _event, el in iterparse(fh, events=("end",)):
            if el.tag.endswith("mergeCell"):
                first, _, last = el.get("ref", "").partition(":")
                a, b = split_ref(first), split_ref(last or first)
                if a and b:
                    cells = (abs(b[0] - a[0]) + 1) * (abs(b[1] - a[1]) + 1)
                    area += cells
                    if cells > worst:
                        worst, worst_ref = cells, el.get("ref", "")
            el.clear()
    return area, worst_ref


def check_for_full_load(path: Path | str) -> None:
    """Raise a Vietnamese refusal naming file, sheet and range if loading the workbook whole would not be
    bounded; return quietly otherwise."""
    with open_book(path) as book:
        for info in book.sheets:
            read_sheet(book, info.name)
        with zipfile.ZipFile(path) as zf:
            for info in book.sheets:
                area, ref = _merged_area(zf, info.part)
                if area > MAX_MERGED_CELLS:
                    raise book.refuse_at(info.name, ref, f"các vùng gộp ô phủ {fmt_number(area)} ô, vượt giới hạn "
                                         f"{fmt_number(MAX_MERGED_CELLS)} ô chương trình mở được; hãy bỏ gộp các ô "
                                         "thừa rồi thử lại.")
