"""Workbooks built the way officers keep their lists: merged title rows, group rows, odd spellings."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from openpyxl import Workbook
from openpyxl.styles import Font

CCHC_PLAN = 2  # the demo's CCHC plan of 2024 (seed 002), with groups I, 1, 2 …
DTI_PLAN = 1  # the demo's DTI plan of 2023, linked to the 2022 assessment of DTI-TQ-SO


def build_xlsx(path: Path, header: list, rows: list[list], *, titles: tuple[str, ...] = (),
               merges: tuple[str, ...] = (), bold: tuple[int, ...] = (), sheet: str = "Phụ lục",
               before: list[list] | None = None, extra_sheets: tuple[str, ...] = ()) -> Path:
    """Title rows merged across the table, the header, then the rows (None = empty cell, [] = blank line).
    `bold` and `merges` use Excel row numbers; `before` adds rows between the titles and the header."""
    wb = Workbook()
    for name in extra_sheets:  # sheets in front of the list (a cover page, notes)
        ws = wb.create_sheet(name, 0)
        ws["A1"] = "Ghi chú: danh sách ở trang sau"
    ws = wb.active if not extra_sheets else wb.worksheets[-1]
    ws.title = sheet
    width = len(header)
    last = chr(ord("A") + width - 1)
    for i, text in enumerate(titles, start=1):
        ws.cell(i, 1, text)
        ws.merge_cells(f"A{i}:{last}{i}")
    for extra in before or []:
        ws.append(extra)
    ws.append(header)
    for row in rows:
        ws.append(row)
    for rng in merges:
        ws.merge_cells(rng)
    for r in bold:
        for c in range(1, width + 1):
            ws.cell(r, c).font = Font(bold=True)
    wb.save(path)
    return path


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def xlsx(tmp_path):
    def make(name: str, header: list, rows: list[list], **kw) -> Path:
        return build_xlsx(tmp_path / name, header, rows, **kw)
    return make
