"""Plan documents in: a .txt file, pasted text or a .docx, read into a ParsedPlan (no SQL, no Qt)."""

from __future__ import annotations

from pathlib import Path

from ..errors import ValidationError
from .plan_grammar import clean, footnote_definition, take_markers
from .plan_model import ParsedPlan, PlanSource, SourceLine

PASTED = "văn bản dán vào"
MAX_BYTES = 20 * 1024 * 1024


def source_from_text(text: str, name: str = PASTED) -> PlanSource:
    """Lines of a text rendering; tab-separated lines are table rows, footnote lines are set aside."""
    bad = sum(1 for c in text if ord(c) < 32 and c not in "\t\n\r\f")
    if text and bad > max(3, len(text) // 200):
        raise ValidationError(f"“{name}” không phải văn bản: có ký tự nhị phân (tệp hình ảnh, nén hoặc "
                              "bị hỏng?).", "Tệp")
    lines: list[SourceLine] = []
    notes: dict[str, str] = {}
    note_lines: dict[str, int] = {}
    for number, raw in enumerate(text.splitlines(), start=1):
        if not raw.strip():
            continue
        if "\t" in raw:
            cells = [take_markers(clean(c))[0] for c in raw.split("\t")]
            if len(cells) >= 3:
                lines.append(SourceLine(number, " ".join(c for c in cells if c), [], cells))
                continue
        line = clean(raw)
        definition = footnote_definition(line)
        if definition:
            marker, note = definition
            notes[marker] = take_markers(note)[0]
            note_lines[marker] = number
            continue
        line, markers = take_markers(line)
        if line or markers:
            lines.append(SourceLine(number, line, markers))
    return PlanSource(name, lines, notes, note_lines, "dòng")


def _decode(data: bytes, name: str) -> str:
    if not data.strip():
        raise ValidationError(f"Tệp “{name}” trống.", "Tệp")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    if b"\x00" in data[:4096]:
        raise ValidationError(f"Tệp “{name}” không phải văn bản (có dữ liệu nhị phân).", "Tệp")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ValidationError(
            f"Tệp “{name}” không đọc được: văn bản phải lưu bằng bảng mã Unicode (UTF-8). "
            "Hãy mở tệp bằng Word hoặc Notepad và lưu lại với bảng mã UTF-8.", "Tệp") from None


def load_source(path: Path | str) -> PlanSource:
    """A plan file by its kind: .docx through python-docx, anything else as UTF-8 text."""
    path = Path(path)
    if not path.is_file():
        raise ValidationError(f"Không tìm thấy tệp “{path}”.", "Tệp")
    suffix = path.suffix.lower()
    if suffix in (".doc", ".pdf", ".odt", ".rtf", ".xls", ".xlsx"):
        raise ValidationError(f"Tệp “{path.name}”: chưa đọc được định dạng {suffix}. Hãy lưu văn bản thành "
                              ".docx (Word) hoặc .txt rồi nhập lại.", "Tệp")
    if path.stat().st_size > MAX_BYTES:
        raise ValidationError(f"Tệp “{path.name}” quá lớn cho một văn bản kế hoạch.", "Tệp")
    data = path.read_bytes()
    if suffix == ".docx" or data[:4] == b"PK\x03\x04":
        from .plan_docx import read_docx

        return read_docx(path)
    return source_from_text(_decode(data, path.name), path.name)


def parse_plan(source: PlanSource, known_units: list[str] | None = None) -> ParsedPlan:
    """The tree of a plan; refused when nothing of a plan (index, criterion, task) is in it."""
    from .plan_parser import PlanParser

    plan = PlanParser(source, known_units or []).run()
    structured = plan.criteria() or plan.projects or any(t.has_fields for t in plan.tasks()) or any(
        g.code and (g.tasks or g.children or g.targets) for g in plan.all_groups())
    if not structured:
        raise ValidationError(
            f"Không nhận ra kế hoạch trong “{source.name}”: không thấy chỉ số, tiêu chí hay nhiệm vụ nào "
            "(cần các mục đánh số như “1. Chỉ số …”, “1.1. Tiêu chí … (năm … đạt x/y điểm)” hoặc nhiệm vụ "
            "có “Đơn vị chủ trì:”, “Thời gian thực hiện:”).", "Tệp")
    return plan


def parse_plan_file(path: Path | str, known_units: list[str] | None = None) -> ParsedPlan:
    return parse_plan(load_source(path), known_units)


def parse_plan_text(text: str, known_units: list[str] | None = None, name: str = PASTED) -> ParsedPlan:
    if not text.strip():
        raise ValidationError("Chưa có nội dung: hãy dán văn bản kế hoạch hoặc chọn tệp.", "Văn bản")
    return parse_plan(source_from_text(text, name), known_units)
