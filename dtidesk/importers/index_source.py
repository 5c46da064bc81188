"""A province's index decision as numbered lines, whatever it came as: Word (.docx, the appendix as a table
or as a list), Excel (.xlsx, a table), text (.txt or pasted; tables as tab-separated lines)."""

from __future__ import annotations

import csv
import io
import re
import unicodedata
from datetime import datetime
from decimal import Decimal
from pathlib import Path

from ..domain.index_draft import IndexDraft
from ..errors import ValidationError
from .index_grammar import parse_index
from .plan_model import PlanSource, SourceLine
from .plan_text import MAX_BYTES, PASTED, _decode, load_source
from .xlsx_parts import open_book
from .xlsx_sheet import read_sheet


def _cell_text(value: object) -> str:
    """A cell as the officer sees it: numbers in Vietnamese writing ("2,5"), dates dd/mm/yyyy."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        d = Decimal(repr(value)).normalize()
        text = format(d, "f")
        return text.replace(".", ",")
    if isinstance(value, datetime):
        return value.strftime("%d/%m/%Y")
    # lines kept: a method cell lists its cases one per line
    return "\n".join(" ".join(line.split()) for line in str(value).splitlines() if line.strip())


def read_xlsx(path: Path) -> PlanSource:
    """The sheet holding the index (the first whose rows name a maximum or a method; else the first) as
    table rows; a row's cells are its columns from A to the last one used."""
    with open_book(path) as book:
        visible = [s.name for s in book.sheets if s.state == "visible"] or [s.name for s in book.sheets]
        chosen = None
        sheets = {}
        for name in visible:
            data = sheets[name] = read_sheet(book, name)
            from ..domain.text import fold

            for r in sorted(data.cells)[:40]:
                texts = " ".join(fold(str(c.value)) for c in data.cells[r].values() if isinstance(c.value, str))
                if "toi da" in texts or "cach tinh" in texts or "phuong phap" in texts:
                    chosen = name
                    break
            if chosen:
                break
        data = sheets[chosen or visible[0]]
    lines: list[SourceLine] = []
    width = data.max_col
    for r in sorted(data.cells):
        row = data.cells[r]
        cells = [_cell_text(row[c].value) if c in row else "" for c in range(1, width + 1)]
        if not any(cells):
            continue
        filled = [c for c in cells if c]
        lines.append(SourceLine(r, " ".join(filled), [], cells))
    return PlanSource(path.name, lines, {}, {}, "dòng")


def _clean(text: str) -> str:
    """Markup of text renderings removed (**bold**, <b>), spaces collapsed; a single "*" stays: decisions
    write "1/2*Điểm tối đa"."""
    text = unicodedata.normalize("NFC", text).replace("\u00a0", " ").replace("\u200b", "")
    text = re.sub(r"</?[a-zA-Z][^>]{0,40}>", " ", text).replace("**", "").replace("__", "")
    return " ".join(text.split())


def source_from_text(text: str, name: str = PASTED) -> PlanSource:
    """Lines of text; a line with tabs is a table row (its cells between the tabs)."""
    bad = sum(1 for c in text if ord(c) < 32 and c not in "\t\n\r\f")
    if text and bad > max(3, len(text) // 200):
        raise ValidationError(f"“{name}” không phải văn bản: có ký tự nhị phân (tệp hình ảnh, nén hoặc "
                              "bị hỏng?).", "Tệp")
    if re.search(r'(?:^|\t)"[^"\t\n]*\n', text):
        return _quoted_table(text, name)
    lines: list[SourceLine] = []
    for number, raw in enumerate(text.splitlines(), start=1):
        if not raw.strip():
            continue
        if "\t" in raw:
            cells = [_clean(c) for c in raw.split("\t")]
            if sum(1 for c in cells if c) >= 1 and len(cells) >= 2:
                lines.append(SourceLine(number, " ".join(c for c in cells if c), [], cells))
                continue
        lines.append(SourceLine(number, _clean(raw)))
    return PlanSource(name, lines, {}, {}, "dòng")


def _quoted_table(text: str, name: str) -> PlanSource:
    """Rows copied out of a spreadsheet: cells between tabs, a cell holding line breaks in double quotes."""
    lines: list[SourceLine] = []
    reader = csv.reader(io.StringIO(text), delimiter="\t", quotechar='"', strict=False)
    start = 1
    for row in reader:
        cells = ["\n".join(_clean(p) for p in c.splitlines() if p.strip()) for c in row]
        if any(cells):
            if len(cells) >= 2:
                lines.append(SourceLine(start, " ".join(c for c in cells if c), [], cells))
            else:
                lines.append(SourceLine(start, cells[0].replace("\n", " ")))
        start = reader.line_num + 1
    return PlanSource(name, lines, {}, {}, "dòng")


def load_index_source(path: Path | str) -> PlanSource:
    path = Path(path)
    if not path.is_file():
        raise ValidationError(f"Không tìm thấy tệp “{path}”.", "Tệp")
    if path.suffix.lower() == ".xlsx":
        return read_xlsx(path)
    if path.suffix.lower() in (".xls", ".doc", ".pdf", ".odt", ".rtf"):
        raise ValidationError(f"Tệp “{path.name}”: chưa đọc được định dạng {path.suffix.lower()}. Hãy lưu văn bản "
                              "thành .docx (Word), .xlsx (Excel) hoặc .txt rồi nhập lại.", "Tệp")
    if path.suffix.lower() == ".docx" or path.read_bytes()[:4] == b"PK\x03\x04":
        return load_source(path)
    if path.stat().st_size > MAX_BYTES:
        raise ValidationError(f"Tệp “{path.name}” quá lớn cho một văn bản.", "Tệp")
    return source_from_text(_decode(path.read_bytes(), path.name), path.name)


def read_index_file(path: Path | str) -> IndexDraft:
    """The index a decision file states; refused when it holds no criterion with a maximum."""
    draft = parse_index(load_index_source(path))
    _require_criteria(draft)
    return draft


def read_index_text(text: str, name: str = PASTED) -> IndexDraft:
    draft = parse_index(source_from_text(text, name))
    _require_criteria(draft)
    return draft


def _require_criteria(draft: IndexDraft) -> None:
    if not draft.criteria() or all(c.max_score is None for c in draft.criteria()):
        raise ValidationError(
            f"“{draft.source}” không có bộ chỉ số đọc được: không tìm thấy chỉ số và tiêu chí có điểm tối đa "
            "(bảng có cột “Điểm tối đa”, hoặc danh sách ghi “(10 điểm)” sau tên tiêu chí).", "Tệp")
