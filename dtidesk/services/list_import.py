"""User action “Nhập danh sách từ Excel”: preview with a column mapping, then commit all or nothing."""

from __future__ import annotations

from pathlib import Path

from ..domain.list_fields import KIND_LABELS, KINDS, field_of, fields_of, words
from ..domain.models import Framework, Plan
from ..domain.plan_items import directive_key
from ..domain.progress import Progress, no_progress
from ..errors import NotFound, ValidationError
from ..importers.list_kinds import BUILDERS
from ..importers.list_records import ListProblem, Reader
from ..importers.list_values import cell_text
from ..importers.xlsx_lists import SheetTable, header_fields, read_table
from ..store import AgencyFile
from .changes import Changes
from .list_commit import remove_records, write_records
from .list_preview import TABLES, ImportReceipt, ListPreview, settings_key
from .list_template import write_list_template
from .scoring import find_framework

# The window and the command line take the list kinds, their fields and the cell reading from here.
__all__ = ["KINDS", "KIND_LABELS", "ImportReceipt", "ListPreview", "apply_list_import", "cell_text",
           "commit_list_import", "field_of", "fields_of", "parse_mapping", "preview_list_import", "undo_list_import",
           "write_list_template"]

REQUIRED = {"tasks": ("content",), "targets": ("content",), "projects": ("name",), "units": ("name",),
            "scores": (), "directives": ("summary",)}


def _remembered(af: AgencyFile, kind: str, table: SheetTable) -> dict[str, str] | None:
    saved = af.repo.settings.get(settings_key(kind, table))
    if not isinstance(saved, dict):
        return None
    keys = {f.key for f in fields_of(kind)}
    by_header = saved.get("columns", {})
    out = {c.letter: by_header[words(c.header)] for c in table.columns if by_header.get(words(c.header)) in keys}
    return out or None


def parse_mapping(kind: str, text: str) -> dict[str, str]:
    """“A=content,B=lead_unit,C=-” → {"A": "content", "B": "lead_unit", "C": ""} (“-” ignores a column)."""
    out: dict[str, str] = {}
    for part in (p.strip() for p in text.split(",") if p.strip()):
        letter, sep, key = part.partition("=")
        if not sep:
            raise ValidationError(f"Ghép cột “{part}” không hợp lệ: viết dạng CỘT=trường, ví dụ A=content.", "Ghép cột")
        out[letter.strip().upper()] = key.strip()
    return out


def _apply(kind: str, table: SheetTable, base: dict[str, str], user: dict[str, str]) -> dict[str, str]:
    keys = {f.key: f for f in fields_of(kind)}
    by_label = {words(f.label): f.key for f in fields_of(kind)}
    letters = {c.letter for c in table.columns}
    chosen: dict[str, str] = {}
    for letter, key in user.items():
        letter = letter.strip().upper()
        if letter not in letters:
            raise ValidationError(f"Cột “{letter}” không có trong trang “{table.sheet}” (các cột: "
                                  f"{', '.join(sorted(letters, key=lambda s: (len(s), s)))}).", "Ghép cột")
        key = key if key in keys or key in ("", "-") else by_label.get(words(key), key)
        if key not in keys and key not in ("", "-"):
            raise ValidationError(f"Trường “{key}” không có trong danh sách {KIND_LABELS[kind].lower()} (các "
                                  f"trường: {', '.join(keys)}).", "Ghép cột")
        if key in chosen.values() and key not in ("", "-"):
            raise ValidationError(f"Trường “{keys[key].label}” được ghép cho hai cột.", "Ghép cột")
        chosen[letter] = "" if key == "-" else key
    merged = {lt: k for lt, k in base.items() if lt not in chosen and k not in chosen.values()}
    merged.update({lt: k for lt, k in chosen.items() if k})
    return merged


def _context(af: AgencyFile, kind: str, plan_id: int | None, year: int | None,
             framework_code: str | None) -> tuple[Plan | None, int | None, Framework | None]:
    plan = None
    if plan_id is not None:
        plan = af.repo.plans.get(plan_id)
        if plan is None:
            raise NotFound("Không tìm thấy kế hoạch.")
    elif kind in ("tasks", "targets", "projects"):
        raise ValidationError(f"Hãy chọn kế hoạch nhận danh sách {KIND_LABELS[kind].lower()}.", "Kế hoạch")
    linked = af.repo.assessments.get(plan.assessment_id) if plan and plan.assessment_id else None
    if kind == "scores":
        year = year or (linked.year if linked else None)
        if year is None:
            raise ValidationError("Hãy chọn năm đánh giá nhận điểm.", "Năm")
    fw = None
    if kind in ("scores", "tasks"):
        if linked is not None and not framework_code:
            fw = af.repo.frameworks.get(linked.framework_id)
        else:
            try:
                fw = find_framework(af, framework_code, year or (plan.year - 1 if plan else None))
            except NotFound:
                if kind == "scores" or framework_code:
                    raise
    return plan, year, fw


def preview_list_import(af: AgencyFile, path: Path | str, kind: str, plan_id: int | None = None,
                        year: int | None = None, mapping: dict[str, str] | None = None, sheet: str | None = None,
                        framework_code: str | None = None) -> ListPreview:
    """Read the sheet and check every row; writes nothing. `mapping` overrides columns of the proposal."""
    if kind not in KINDS:
        raise ValidationError(f"Loại danh sách “{kind}” không hợp lệ (chọn: {', '.join(KINDS)}).", "Loại")
    plan, year, fw = _context(af, kind, plan_id, year, framework_code)
    table = read_table(path, kind, sheet)
    preview = ListPreview(Path(path), kind, table, {}, "proposed", plan_id=plan_id, year=year, framework=fw)
    if not table.header_row:
        names = ", ".join(f"“{f.label}”" for f in fields_of(kind) if f.key != "code")
        preview.problems.append(ListProblem(None, "", "", f"Không tìm thấy dòng tiêu đề của danh sách "
                                            f"{KIND_LABELS[kind].lower()} trong trang “{table.sheet}”: cần các "
                                            f"cột như {names}."))
        return preview
    remembered = _remembered(af, kind, table)
    base = remembered if remembered is not None else header_fields(kind, table)
    preview.mapping_source = "remembered" if remembered is not None else "proposed"
    if mapping:
        preview.mapping, preview.mapping_source = _apply(kind, table, base, mapping), "user"
    else:
        preview.mapping = dict(base)
    mapped = set(preview.mapping.values())
    missing = [f for f in fields_of(kind) if f.key in REQUIRED[kind] and f.key not in mapped]
    if kind == "scores":
        if not mapped & {"code", "name"}:
            missing.append(fields_of(kind)[0])
        if not mapped & {"self_score", "appraised_score", "rank"}:
            preview.problems.append(ListProblem(None, "", "", "Chưa chọn cột điểm tự chấm, điểm thẩm định "
                                                "hoặc xếp hạng."))
    for f in missing:
        preview.problems.append(ListProblem(None, "", f.label, f"chưa chọn cột cho trường “{f.label}”."))
    if preview.problems:
        return preview
    indicators = af.repo.frameworks.indicators(fw.id) if fw else []
    reader = Reader(kind, table, preview.mapping, af.repo.units.all(), plan.year if plan else None,
                    indicators, f"{fw.code} ({fw.version_year})" if fw else "")
    if kind == "directives":
        reader.directive_keys = {directive_key(d.number_symbol, d.issued_on) for d in af.repo.directives.all()}
    preview.records = BUILDERS[kind](reader)
    if kind == "tasks":
        _link_criteria(reader, preview, fw)
    preview.problems += reader.problems
    preview.new_units = list(reader.new_units.values()) if kind != "units" else []
    preview.unit_spellings = dict(reader.spellings)
    preview.problems.sort(key=lambda p: (p.row or 0, p.column))
    if not any(r.kind != "group" for r in preview.records) and not preview.errors:
        preview.problems.append(ListProblem(None, "", "", "Trang không có dòng dữ liệu nào dưới dòng tiêu đề."))
    return preview


def _link_criteria(reader: Reader, preview: ListPreview, fw: Framework | None) -> None:
    by_code = {i.code.lower(): i for i in reader.indicators}
    for rec in preview.records:
        code = str(rec.values.get("criterion_code") or "").strip().rstrip(".")
        rec.values["criterion_id"] = None
        if rec.kind != "item" or not code:
            continue
        ind = by_code.get(code.lower())
        if fw is None:
            reader.bad(rec.row, "criterion", "tệp chưa có bộ chỉ số để gắn tiêu chí.")
        elif ind is None:
            reader.bad(rec.row, "criterion", f"mã tiêu chí “{code}” không có trong bộ chỉ số {fw.code}.")
        elif ind.kind != "criterion":
            reader.bad(rec.row, "criterion", f"“{code}” là chỉ số thành phần, không phải tiêu chí.")
        else:
            rec.values["criterion_id"] = ind.id


def commit_list_import(af: AgencyFile, preview: ListPreview, create_units: bool = True,
                       progress: Progress = no_progress) -> Changes:
    """Write every record in one transaction, or nothing when the preview has an error (or is cancelled)."""
    return apply_list_import(af, preview, create_units, progress)[1]


def apply_list_import(af: AgencyFile, preview: ListPreview, create_units: bool = True,
                      progress: Progress = no_progress) -> tuple[ImportReceipt, Changes]:
    """commit_list_import, also returning what undo_list_import needs (the window's undo step)."""
    if preview.plan_id is not None and af.repo.plans.get(preview.plan_id) is None:
        raise NotFound("Không tìm thấy kế hoạch (có thể đã bị xóa).")
    if not preview.ok:
        shown = "; ".join(p.text() for p in preview.errors[:5])
        more = f" (và {len(preview.errors) - 5} lỗi khác)" if len(preview.errors) > 5 else ""
        raise ValidationError(f"Không nhập: tệp “{preview.path.name}” có {len(preview.errors)} lỗi — {shown}{more}.",
                              "Tệp")
    with af.transaction():
        summary, tables, receipt = write_records(af, preview, create_units, progress)
        receipt.settings_key = settings_key(preview.kind, preview.table)
        receipt.old_setting = af.repo.settings.get(receipt.settings_key)
        af.repo.settings.set(receipt.settings_key, {
            "columns": {words(c.header): preview.mapping[c.letter] for c in preview.table.columns
                        if c.letter in preview.mapping and words(c.header)}})
        af.repo.log.add("import_list", preview.kind, None, f"{preview.path.name}: {summary}")
    return receipt, Changes.of(*tables, "settings", summary=summary)


def undo_list_import(af: AgencyFile, receipt: ImportReceipt) -> Changes:
    """Undo of “Nhập danh sách”: what the import added is removed, the scores it replaced come back."""
    with af.transaction():
        remove_records(af, receipt)
        af.repo.log.add("undo_import_list", receipt.kind, None, "")
    return Changes.of(*TABLES[receipt.kind], "settings")
