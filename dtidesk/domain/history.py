"""The change history: one line of the change log, the filters over it and its words for the officer."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation

from .status import STATUS_LABELS
from .vnformat import fmt_date, fmt_score


@dataclass(frozen=True)
class ChangeEntry:
    """One written change: who made it, on which computer, when, and what it changed from what to what."""

    id: int
    at: str  # ISO date and time, local to the computer that wrote it
    who: str
    computer: str
    action: str
    entity: str
    entity_id: int | None
    summary: str
    before: dict | None = None
    after: dict | None = None

    @property
    def kind(self) -> str:
        return kind_of(self.entity)

    def as_json(self) -> dict:
        """The keys `dtidesk-cli changes --json` prints."""
        return {"at": self.at, "who": self.who, "computer": self.computer, "action": self.action,
                "entity": self.entity, "entity_id": self.entity_id, "summary": self.summary,
                "before": self.before, "after": self.after}


# The kinds of change the history filters by, and the tables whose lines each one gathers.
KINDS: dict[str, tuple[str, ...]] = {
    "task": ("tasks", "task_units", "task_progress"),
    "score": ("scores", "group_results", "assessments"),
    "evidence": ("evidence",),
    "form": ("form_values", "form_submissions", "forms"),
    "unit": ("units", "unit_aliases", "agency"),
    "plan": ("plans", "targets", "projects", "directives", "report_texts"),
    "index": ("frameworks", "indicators", "indicator_links"),
    "other": (),
}
KIND_LABELS = {
    "task": "Nhiệm vụ", "score": "Điểm, kết quả chấm", "evidence": "Tài liệu kiểm chứng",
    "form": "Biểu mẫu, số liệu", "unit": "Đơn vị, cơ quan", "plan": "Kế hoạch, chỉ tiêu, dự án, văn bản",
    "index": "Bộ chỉ số", "other": "Khác",
}
_KIND_OF = {entity: kind for kind, entities in KINDS.items() for entity in entities}
KNOWN_ENTITIES = tuple(_KIND_OF)

# Items whose own history can be asked for (the context menus, `history.item_history`).
ITEM_KINDS = ("task", "score", "form_value", "unit")


def kind_of(entity: str) -> str:
    return _KIND_OF.get(entity, "other")


@dataclass(frozen=True)
class ItemRef:
    """One item: a task, a criterion's score, a unit, or a form's cell (form id, year, period, unit, row)."""

    entity: str
    entity_id: int
    year: int | None = None
    period: str | None = None
    unit_id: int | None = None
    row_code: str | None = None


@dataclass(frozen=True)
class HistoryFilter:
    """Who ("" = everyone), from and to which day (inclusive), which kinds (empty = all), which item."""

    who: str = ""
    since: dt.date | None = None
    until: dt.date | None = None
    kinds: tuple[str, ...] = ()
    item: ItemRef | None = None

    def entities(self) -> tuple[tuple[str, ...], bool]:
        """The tables the kinds stand for, and whether lines of tables no kind names ("Khác") are wanted."""
        chosen = [e for k in self.kinds for e in KINDS.get(k, ())]
        return tuple(chosen), "other" in self.kinds

    def at_bounds(self) -> tuple[str | None, str | None]:
        """`at` from (inclusive) and to (exclusive) as ISO text: the whole of the last day counts."""
        low = self.since.isoformat() if self.since else None
        high = (self.until + dt.timedelta(days=1)).isoformat() if self.until else None
        return low, high


ACTION_LABELS = {
    "add_task": "Thêm nhiệm vụ", "update_task": "Sửa nhiệm vụ", "delete_task": "Xóa nhiệm vụ",
    "restore_task": "Khôi phục nhiệm vụ", "duplicate_task": "Nhân bản nhiệm vụ", "move_task": "Đổi thứ tự nhiệm vụ",
    "set_task_units": "Đổi đơn vị của nhiệm vụ", "set_progress": "Ghi tiến độ", "set_status_many":
    "Đổi tình trạng nhiều nhiệm vụ", "restore_statuses": "Hoàn tác tình trạng",
    "set_score": "Sửa điểm", "set_score_note": "Ghi chú điểm", "set_inputs": "Nhập số liệu tiêu chí",
    "override_score": "Sửa điểm tự chấm", "restore_score": "Hoàn tác điểm", "set_explanation": "Giải trình",
    "set_rank": "Sửa thứ hạng", "set_rating": "Sửa xếp loại", "create_assessment": "Tạo năm tự chấm",
    "remove_assessment": "Xóa năm tự chấm", "import_results": "Nhập kết quả thẩm định",
    "undo_import_results": "Hoàn tác nhập kết quả",
    "add_evidence": "Thêm tài liệu kiểm chứng", "update_evidence": "Sửa tài liệu kiểm chứng",
    "delete_evidence": "Xóa tài liệu kiểm chứng", "attach_evidence": "Đính kèm tệp",
    "replace_evidence_file": "Thay tệp đính kèm", "remove_evidence": "Bỏ tài liệu khỏi tiêu chí",
    "restore_evidence": "Khôi phục tài liệu kiểm chứng",
    "set_form_values": "Nhập số liệu biểu mẫu", "set_table_rows": "Nhập bảng số liệu",
    "consolidate_form": "Tổng hợp biểu mẫu", "delete_submission": "Xóa số liệu đơn vị gửi",
    "add_form": "Thêm biểu mẫu", "remove_form": "Xóa biểu mẫu", "import_form_files": "Nhập tệp biểu mẫu",
    "add_unit": "Thêm đơn vị", "update_unit": "Sửa đơn vị", "delete_unit": "Xóa đơn vị",
    "restore_unit": "Khôi phục đơn vị", "merge_units": "Gộp đơn vị", "undo_merge_units": "Tách lại đơn vị",
    "update_agency": "Sửa thông tin cơ quan",
    "create_plan": "Tạo kế hoạch", "delete_plan": "Xóa kế hoạch", "remove_plan": "Xóa kế hoạch",
    "import_plan": "Nhập kế hoạch", "undo_import_plan": "Hoàn tác nhập kế hoạch",
    "roll_forward": "Lập kế hoạch năm sau", "import_list": "Nhập danh sách từ Excel",
    "undo_import_list": "Hoàn tác nhập danh sách", "set_report_text": "Sửa nội dung báo cáo",
    "add_target": "Thêm chỉ tiêu", "update_target": "Sửa chỉ tiêu", "delete_target": "Xóa chỉ tiêu",
    "set_target_value": "Ghi kết quả chỉ tiêu", "add_project": "Thêm dự án", "update_project": "Sửa dự án",
    "delete_project": "Xóa dự án", "add_directive": "Thêm văn bản", "update_directive": "Sửa văn bản",
    "delete_directive": "Xóa văn bản", "set_directive_tasks": "Gắn nhiệm vụ với văn bản",
    "import_index": "Nhập bộ chỉ số", "import_catalog": "Nhập danh mục chỉ số", "add_indicator": "Thêm tiêu chí",
    "update_indicator": "Sửa tiêu chí", "delete_indicator": "Xóa tiêu chí", "create_version": "Tạo phiên bản chỉ số",
    "copy_version": "Sao chép phiên bản chỉ số", "update_version": "Sửa phiên bản chỉ số",
    "remove_index": "Xóa bộ chỉ số", "save_links": "Đối chiếu tiêu chí giữa các phiên bản",
    "new_file": "Tạo tệp", "build_demo": "Tạo tệp mẫu", "set_number_style": "Đổi cách ghi số",
}


def action_label(action: str) -> str:
    return ACTION_LABELS.get(action, action.replace("_", " "))


FIELD_LABELS = {
    # tasks
    "content": "Nội dung", "objective": "Mục tiêu", "output": "Sản phẩm", "units_note": "Ghi chú đơn vị",
    "timeline": "Thời gian thực hiện", "due_date": "Hạn hoàn thành", "status": "Tình trạng",
    "completed_on": "Ngày hoàn thành", "result": "Kết quả", "code": "Số thứ tự", "group_id": "Nhóm",
    "criterion_id": "Tiêu chí", "criterion": "Tiêu chí", "target_id": "Chỉ tiêu", "lead_label": "Nhãn chủ trì",
    "lead_written": "Đơn vị chủ trì (như văn bản)", "coop_label": "Nhãn phối hợp",
    "coop_written": "Đơn vị phối hợp (như văn bản)", "lead": "Đơn vị chủ trì", "coop": "Đơn vị phối hợp",
    "progress": "Tiến độ",
    # scores
    "self_score": "Điểm tự chấm", "appraised_score": "Điểm thẩm định", "note": "Ghi chú",
    "inputs": "Số liệu", "computed": "Điểm tính từ số liệu", "override_reason": "Lý do sửa điểm",
    # units
    "name": "Tên", "short_name": "Tên viết tắt", "kind": "Loại", "active": "Đang hoạt động",
    # table forms
    "rows": "Số dòng",
}
_SCORE_FIELDS = {"self_score", "appraised_score", "computed"}
_DATE_FIELDS = {"due_date", "completed_on"}
# Keys that say where a change happened (the year and period of a form's figures), not what changed.
CONTEXT_KEYS = ("year", "period", "unit_id", "form")
EMPTY = "(trống)"


def show_value(key: str, value: object) -> str:
    """A stored value in the officer's words: dates as dd/mm/yyyy, scores with a decimal comma, statuses named."""
    if value is None or value == "" or value == []:
        return EMPTY
    if key in _DATE_FIELDS and isinstance(value, str):
        try:
            return fmt_date(dt.date.fromisoformat(value))
        except ValueError:
            return value
    if key == "status" and isinstance(value, str):
        return next((label for s, label in STATUS_LABELS.items() if s.value == value), value)
    if key in _SCORE_FIELDS:
        try:
            return fmt_score(Decimal(str(value)))
        except (InvalidOperation, ValueError):
            return str(value)
    if isinstance(value, bool):
        return "có" if value else "không"
    if isinstance(value, list):
        return "; ".join(str(v) for v in value) or EMPTY
    if isinstance(value, dict):
        return "; ".join(f"{k}: {v}" for k, v in value.items())
    return " ".join(str(value).split())


def _label(key: str) -> str:
    return FIELD_LABELS.get(key, key)


@dataclass(frozen=True)
class FieldChange:
    field: str
    label: str
    old: str
    new: str


def field_changes(before: dict | None, after: dict | None) -> list[FieldChange]:
    """Each field that differs, old and new in words. A form's figures ({"values": {row: value}}) give one line
    per row ("Dòng 1.1")."""
    before, after = before or {}, after or {}
    out: list[FieldChange] = []
    for key in [*before, *(k for k in after if k not in before)]:
        if key in CONTEXT_KEYS:
            continue
        old, new = before.get(key), after.get(key)
        if key == "values" and isinstance(old or new, dict):
            old, new = old or {}, new or {}
            for row in [*old, *(r for r in new if r not in old)]:
                if old.get(row) != new.get(row):
                    out.append(FieldChange(f"values.{row}", f"Dòng {row}", show_value(row, old.get(row)),
                                           show_value(row, new.get(row))))
            continue
        if old != new:
            out.append(FieldChange(key, _label(key), show_value(key, old), show_value(key, new)))
    return out


def describe_change(before: dict | None, after: dict | None, limit: int = 400) -> str:
    """“Tình trạng: Chưa thực hiện → Hoàn thành; Hạn hoàn thành: 31/12/2024 → 30/06/2024”."""
    text = "; ".join(f"{c.label}: {c.old} → {c.new}" for c in field_changes(before, after))
    return text if len(text) <= limit else text[: limit - 1] + "…"


@dataclass
class HistoryPage:
    """A page of the history, newest first; `more` when older lines follow."""

    entries: list[ChangeEntry] = field(default_factory=list)
    more: bool = False


def fmt_at(at: str) -> str:
    """“2024-06-14T09:15:02” → “14/06/2024 09:15”."""
    try:
        moment = dt.datetime.fromisoformat(at)
    except ValueError:
        return at
    return f"{moment:%d/%m/%Y %H:%M}"


COLUMNS = ("Thời gian", "Người sửa", "Máy tính", "Loại", "Thao tác", "Nội dung", "Thay đổi")


def entry_cells(entry: ChangeEntry) -> tuple[str, str, str, str, str, str, str]:
    """One line of the history as the window and the Excel export show it (COLUMNS)."""
    return (fmt_at(entry.at), entry.who or "(không ghi)", entry.computer, KIND_LABELS[entry.kind],
            action_label(entry.action), entry.summary, describe_change(entry.before, entry.after))


def describe_filter(f: HistoryFilter, item_title: str = "") -> str:
    """The filter in words, for the export's subtitle: “Người sửa: nguyenvana; từ 01/06/2024”."""
    parts = [item_title] if item_title else []
    if f.who:
        parts.append(f"Người sửa: {f.who}")
    if f.since and f.until:
        parts.append(f"từ {fmt_date(f.since)} đến {fmt_date(f.until)}")
    elif f.since:
        parts.append(f"từ {fmt_date(f.since)}")
    elif f.until:
        parts.append(f"đến {fmt_date(f.until)}")
    if f.kinds:
        parts.append("Loại: " + ", ".join(KIND_LABELS.get(k, k) for k in f.kinds))
    return "; ".join(parts) or "Mọi thay đổi"
