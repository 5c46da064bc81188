"""Read an exported Word or Excel file back, just enough to prove it opens (the installation self-test)."""

from __future__ import annotations

from pathlib import Path

import docx
import openpyxl


def docx_paragraphs(path: Path) -> list[str]:
    """The text of every paragraph of the document body that holds more than whitespace."""
    return [p.text for p in docx.Document(str(path)).paragraphs if p.text.strip()]


def xlsx_sheet_rows(path: Path) -> list[tuple[str, int]]:
    """(name, last used row) of every sheet, in workbook order."""
    wb = openpyxl.load_workbook(path)
    try:
        return [(ws.title, ws.max_row) for ws in wb.worksheets]
    finally:
        wb.close()
