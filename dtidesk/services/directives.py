"""Directives (văn bản chỉ đạo, điều hành): list, add, edit, delete/restore, and the tasks each gave rise to."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..domain.models import Directive
from ..domain.plan_items import doc_type_from_symbol
from ..domain.text import fold
from ..domain.vnformat import fmt_date, fmt_date_padded
from ..errors import NotFound, ValidationError
from ..store import AgencyFile
from .changes import Changes
from .plan_item_checks import check_date, check_plan, plan_of

EDITABLE = ("doc_type", "number_symbol", "issued_on", "summary", "issuer", "note", "plan_id")


@dataclass
class DirectiveRow:
    """A directive as the list shows it, with the tasks it gave rise to."""

    directive: Directive
    task_ids: list[int] = field(default_factory=list)
    task_labels: list[str] = field(default_factory=list)  # “1.2 Công khai bộ TTHC…”, in plan order
    search_key: str = ""

    @property
    def shared(self) -> bool:
        """Not tied to one plan: every plan's list shows it."""
        return self.directive.plan_id is None


def _task_label(code: str, content: str) -> str:
    text = " ".join(content.split())
    return f"{code} {text}".strip()


def directive_rows(af: AgencyFile, plan_id: int) -> list[DirectiveRow]:
    plan_of(af, plan_id)
    links = af.repo.directives.task_links()
    wanted = {tid for ids in links.values() for tid in ids}
    tasks = {}
    for tid in wanted:
        t = af.repo.tasks.get(tid)
        if t is not None:
            tasks[tid] = _task_label(t.code, t.content)
    rows = []
    for d in af.repo.directives.for_plan(plan_id):
        ids = [t for t in links.get(d.id, []) if t in tasks]
        labels = [tasks[t] for t in ids]
        rows.append(DirectiveRow(d, ids, labels, fold(" ".join([
            d.doc_type, d.number_symbol, fmt_date(d.issued_on), fmt_date_padded(d.issued_on), d.issuer, d.summary,
            d.note, *labels]))))
    return rows


def get_directive(af: AgencyFile, directive_id: int) -> Directive:
    d = af.repo.directives.get(directive_id)
    if d is None:
        raise NotFound("Không tìm thấy văn bản chỉ đạo (có thể đã bị xóa).")
    return d


def _clean(af: AgencyFile, values: dict) -> dict:
    out: dict = {}
    for key, value in values.items():
        if key not in EDITABLE:
            raise KeyError(key)
        if key == "summary":
            value = " ".join(str(value or "").split())
            if not value:
                raise ValidationError("Trích yếu: không được để trống.", "Trích yếu")
        elif key == "issued_on":
            value = check_date(value, "Ngày ban hành")
        elif key == "plan_id":
            value = check_plan(af, value)
        elif isinstance(value, str):
            value = value.strip()
        out[key] = value
    return out


def add_directive(af: AgencyFile, plan_id: int | None, summary: str, **fields) -> tuple[int, Changes]:
    """User action “Thêm văn bản chỉ đạo”; with no type given, the type is read from the number
    (“300/KH-UBND” is a Kế hoạch)."""
    values = _clean(af, {"summary": summary, "plan_id": plan_id, **fields})
    if not values.get("doc_type"):
        values["doc_type"] = doc_type_from_symbol(values.get("number_symbol", ""))
    with af.transaction():
        did = af.repo.directives.insert(Directive(
            id=0, doc_type=values.get("doc_type", ""), number_symbol=values.get("number_symbol", ""),
            issued_on=values.get("issued_on"), summary=values["summary"], issuer=values.get("issuer", ""),
            plan_id=values.get("plan_id"), note=values.get("note", "")))
        af.repo.log.add("add_directive", "directives", did, values["summary"][:80])
    return did, Changes.of("directives")


def update_directive(af: AgencyFile, directive_id: int, **fields) -> Changes:
    """Edit any of a directive's fields in one commit; a type left empty is read from the number."""
    current = get_directive(af, directive_id)
    values = _clean(af, fields)
    number = values.get("number_symbol", current.number_symbol)
    if not values.get("doc_type", current.doc_type) and number:
        values["doc_type"] = doc_type_from_symbol(number)
    with af.transaction():
        af.repo.directives.update(directive_id, **values)
        af.repo.log.add("update_directive", "directives", directive_id, ", ".join(values))
    return Changes.of("directives")


def set_directive_tasks(af: AgencyFile, directive_id: int, task_ids: list[int]) -> tuple[list[int], Changes]:
    """User action “Nhiệm vụ phát sinh từ văn bản”: replaces the directive's tasks; returns the old ones."""
    get_directive(af, directive_id)
    for tid in task_ids:
        if af.repo.tasks.get(tid) is None:
            raise NotFound("Không tìm thấy nhiệm vụ (có thể đã bị xóa).")
    old = af.repo.directives.task_ids(directive_id)
    with af.transaction():
        af.repo.directives.set_tasks(directive_id, list(task_ids))
        af.repo.log.add("set_directive_tasks", "directives", directive_id, f"{len(task_ids)} nhiệm vụ")
    return old, Changes.of("directive_tasks")


@dataclass
class DeletedDirective:
    directive: Directive
    task_ids: list[int]


def delete_directives(af: AgencyFile, directive_ids: list[int]) -> tuple[list[DeletedDirective], Changes]:
    """User action “Xóa văn bản chỉ đạo”: all the selected in one commit, returned whole for undo."""
    deleted = []
    with af.transaction():
        for did in directive_ids:
            d = get_directive(af, did)
            deleted.append(DeletedDirective(d, af.repo.directives.task_ids(did)))
            af.repo.directives.delete(did)
            af.repo.log.add("delete_directive", "directives", did, d.summary[:80])
    return deleted, Changes.of("directives", "directive_tasks")


def restore_directives(af: AgencyFile, deleted: list[DeletedDirective]) -> Changes:
    """Undo of delete_directives: same ids, and the links to tasks that still exist."""
    with af.transaction():
        for d in deleted:
            af.repo.directives.insert(d.directive)
            af.repo.directives.set_tasks(d.directive.id,
                                         [t for t in d.task_ids if af.repo.tasks.get(t) is not None])
            af.repo.log.add("restore_directive", "directives", d.directive.id, d.directive.summary[:80])
    return Changes.of("directives", "directive_tasks")
