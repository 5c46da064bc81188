"""One builder per list kind: tasks, targets, projects, units, criterion scores, directives, from sheet rows."""

from __future__ import annotations

from ..domain.list_fields import number_limit
from ..domain.status import TaskStatus
from ..domain.text import fold
from ..domain.timeline import parse_timeline
from ..domain.units import NameIndex
from ..domain.validation import check_percent, check_score
from ..domain.vnformat import fmt_number
from ..errors import ValidationError
from .list_directives import build_directives
from .list_records import ListRecord, Reader, check_dates_exist, find_indicator, heading_level, place_groups
from .list_values import (
    OVERDUE_WORDS,
    cell_text,
    parse_rank,
    parse_status,
    parse_threshold,
    parse_unit_kind,
)


def _num(value) -> str:
    return fmt_number(value, max_decimals=3)


TASK_DETAILS = ("output", "timeline", "due_date", "criterion", "status", "completed_on", "result")


def build_tasks(r: Reader) -> list[ListRecord]:
    records: list[ListRecord] = []
    for row in r.table.rows:
        level = heading_level(r, row, TASK_DETAILS, "content", ("objective",), ("lead_unit", "coop_units"))
        if level is not None:
            title = r.text(row, "objective", own=True) or r.text(row, "content", own=True) or r.title(row)
            records.append(ListRecord(row.number, "group", {
                "code": r.code(row), "title": title, "lead_units": r.unit_names(row, "lead_unit"),
                "coop_units": r.unit_names(row, "coop_units")}, level))
            continue
        content = r.text(row, "content")
        if not content:
            if r.has_any(row, ("code", "objective", "lead_unit", "coop_units", *TASK_DETAILS)):
                r.bad(row, "content", "không được để trống (mỗi dòng nhiệm vụ phải ghi nhiệm vụ).")
            continue
        v: dict[str, object] = {"code": r.code(row), "content": content, "objective": r.text(row, "objective"),
                                "output": r.text(row, "output"), "result": r.text(row, "result"),
                                "lead_units": r.unit_names(row, "lead_unit"),
                                "coop_units": r.unit_names(row, "coop_units")}
        _timeline(r, row, v)
        v["criterion_code"] = r.text(row, "criterion")
        status_text = r.text(row, "status")
        status = parse_status(status_text) if status_text else TaskStatus.NOT_STARTED
        if status is None and any(w in fold(status_text) for w in OVERDUE_WORDS):
            r.bad(row, "status", "“quá hạn” được tính tự động từ thời hạn; ghi nhận là “Đang thực hiện”.",
                  "warning")
            status = TaskStatus.IN_PROGRESS
        elif status is None:
            r.bad(row, "status", f"“{status_text}” không phải tình trạng (Chưa thực hiện, Đang thực hiện, "
                                 "Hoàn thành).")
        v["status"] = str(status or TaskStatus.NOT_STARTED)
        v["completed_on"] = r.date(row, "completed_on")
        records.append(ListRecord(row.number, "item", v))
    place_groups(records)
    _inherit(records)
    return records


def _timeline(r: Reader, row, v: dict) -> None:
    raw = r.raw(row, "timeline")
    text = r.text(row, "timeline")
    v["timeline"], v["due_date"] = text, None
    if text and check_dates_exist(r, row, "timeline", text) and r.plan_year:
        v["due_date"] = parse_timeline(text, r.plan_year).due_date
    if hasattr(raw, "year") and hasattr(raw, "month"):  # a real date cell
        v["due_date"] = raw.date() if hasattr(raw, "date") else raw
    given = r.date(row, "due_date")
    if given is not None:
        v["due_date"] = given


def _inherit(records: list[ListRecord]) -> None:
    """Units written on a heading row apply to the tasks under it that name none; a task row without
    a number continues the objective of the task above (the merged “Mục tiêu” cell of seed 002)."""
    previous: ListRecord | None = None
    for rec in records:
        if rec.kind == "group":
            previous = None
            continue
        g = rec.parent
        while g is not None and not (rec.values["lead_units"] and rec.values["coop_units"]):
            for key in ("lead_units", "coop_units"):
                if not rec.values[key] and records[g].values[key]:
                    rec.values[key] = list(records[g].values[key])  # type: ignore[call-overload]
            g = records[g].parent
        if previous is not None and not rec.values["code"] and not rec.values["objective"] \
                and previous.parent == rec.parent:
            rec.values["objective"] = previous.values["objective"]
        previous = rec


def build_targets(r: Reader) -> list[ListRecord]:
    records: list[ListRecord] = []
    for row in r.table.rows:
        level = heading_level(r, row, ("threshold", "unit_of_measure"), "content", ("note",),
                              ("lead_unit", "monitor_unit"))
        if level is not None:
            records.append(ListRecord(row.number, "group", {"code": r.code(row), "title": r.text(
                row, "content", own=True) or r.title(row)}, level))
            continue
        content = r.text(row, "content")
        if not content:
            if r.has_any(row, ("threshold", "unit_of_measure", "lead_unit", "monitor_unit")):
                r.bad(row, "content", "không được để trống (mỗi dòng chỉ tiêu phải ghi nội dung).")
            continue
        stated = r.raw(row, "threshold")
        threshold = parse_threshold(stated) if cell_text(stated) else parse_threshold(content, whole_cell=False)
        if cell_text(stated) and threshold is None:
            r.bad(row, "threshold", f"không đọc được mức chỉ tiêu “{cell_text(stated)[:80]}” (viết như ≥ 97%, "
                                    "tối thiểu 97%, đạt trên 70%).")
        if threshold is not None and (not threshold.value.is_finite()
                                      or abs(threshold.value) >= number_limit("threshold")):
            r.bad(row, "threshold" if cell_text(stated) else "content",
                  f"mức chỉ tiêu quá lớn (phải nhỏ hơn {_num(number_limit('threshold'))}).")
            threshold = None
        unit = r.text(row, "unit_of_measure") or (threshold.unit if threshold else "")
        if threshold is not None and unit == "%":
            try:
                check_percent(threshold.value, "Mức chỉ tiêu")
            except ValidationError:
                r.bad(row, "threshold" if cell_text(stated) else "content",
                      f"tỷ lệ {_num(threshold.value)}% vượt quá 100%.")
        lead, monitor = r.unit_names(row, "lead_unit", True), r.unit_names(row, "monitor_unit", True)
        extra = lead[1:] + monitor[1:]
        note = "; ".join(x for x in [r.text(row, "note"), *extra] if x)
        records.append(ListRecord(row.number, "item", {
            "code": r.code(row), "content": content, "comparison": threshold.comparison if threshold else "",
            "threshold": threshold.value if threshold else None, "unit_of_measure": unit,
            "lead_units": lead[:1], "monitor_units": monitor[:1], "note": note}))
    place_groups(records)
    return records


def build_projects(r: Reader) -> list[ListRecord]:
    records: list[ListRecord] = []
    for row in r.table.rows:
        details = ("scale", "timeframe", "lead_unit", "budget_total", "budget_state", "budget_social")
        if heading_level(r, row, details, "name", ("note",)) is not None:
            r.bad(row, "code", f"dòng nhóm “{r.title(row)}” không phải dự án, bỏ qua.", "warning")
            continue
        name = r.text(row, "name")
        if not name:
            if r.has_any(row, details):
                r.bad(row, "name", "không được để trống (mỗi dòng dự án phải ghi tên dự án).")
            continue
        money = {k: r.number(row, k) for k in ("budget_total", "budget_state", "budget_social")}
        parts = [money["budget_state"], money["budget_social"]]
        if money["budget_total"] is not None and all(p is not None for p in parts) \
                and sum(parts) != money["budget_total"]:  # type: ignore[arg-type]
            r.bad(row, "budget_total", "tổng kinh phí khác ngân sách nhà nước cộng vốn xã hội hóa.", "warning")
        lead = r.unit_names(row, "lead_unit", True)
        note = "; ".join(x for x in [r.text(row, "note"), *lead[1:]] if x)
        records.append(ListRecord(row.number, "item", {
            "code": r.code(row), "name": name, "scale": r.text(row, "scale"), "timeframe": r.text(row, "timeframe"),
            "lead_units": lead[:1], "note": note, **money}))
    return records


def build_units(r: Reader) -> list[ListRecord]:
    records: list[ListRecord] = []
    seen: NameIndex[int] = NameIndex()  # names of the list so far → their row
    for row in r.table.rows:
        if heading_level(r, row, ("short_name", "kind"), "name") is not None:
            r.bad(row, "code", f"dòng nhóm “{r.title(row)}” không phải đơn vị, bỏ qua.", "warning")
            continue
        name = r.text(row, "name")
        if not name:
            if r.has_any(row, ("short_name", "kind")):
                r.bad(row, "name", "không được để trống.")
            continue
        kind_text = r.text(row, "kind")
        kind = parse_unit_kind(kind_text) if kind_text else "unit"
        if kind is None:
            r.bad(row, "kind", f"“{kind_text}” không phải loại đơn vị (Văn phòng, Phòng/đơn vị thuộc cơ quan, "
                               "Đơn vị sự nghiệp, Cơ quan bên ngoài, Nhóm đơn vị).")
        same = seen.find(name)
        if same is not None:
            r.bad(row, "name", f"“{name}” trùng với dòng {same}.")
            continue
        seen.add(name, row.number)
        existing = r.known.find(name)
        if existing is not None:
            r.bad(row, "name", f"đơn vị “{existing.name}” đã có trong tệp, giữ nguyên.", "warning")
        records.append(ListRecord(row.number, "item", {"name": name, "short_name": r.text(row, "short_name"),
                                                       "kind": kind or "unit", "exists": existing is not None}))
    return records


TOTAL_WORDS = ("tong", "tong cong", "tong diem", "tong so", "tong chi so", "cong")


def build_scores(r: Reader) -> list[ListRecord]:
    records: list[ListRecord] = []
    placed: dict[int, int] = {}
    stated: dict[int, tuple] = {}  # group record index → (row, its stated scores)
    for row in r.table.rows:
        code, name = r.text(row, "code", own=True), r.text(row, "name")
        filled = r.has_any(row, ("self_score", "appraised_score", "rank", "note"))
        if not filled:
            continue
        if fold(code).strip(" .:") in TOTAL_WORDS or (not code and fold(name).strip(" .:") in TOTAL_WORDS):
            rec = ListRecord(row.number, "total", {"indicator_id": None, "code": ""})
            _rank(r, row, rec)
            records.append(rec)
            continue
        if not code and not name:
            r.bad(row, "code" if "code" in r.letter else "name", "không được để trống (ghi mã tiêu chí).")
            continue
        ind = find_indicator(r.indicators, code, name)
        if ind is None:
            what = f"mã tiêu chí “{code}”" if code else f"tiêu chí “{name[:60]}”"
            r.bad(row, "code" if code else "name", f"{what} không có trong bộ chỉ số {r.framework_name}.")
            continue
        if ind.id in placed:
            r.bad(row, "code" if code else "name", f"tiêu chí {ind.code} đã có ở dòng {placed[ind.id]}.")
            continue
        placed[ind.id] = row.number
        rec = ListRecord(row.number, "group" if ind.kind == "group" else "item",
                         {"indicator_id": ind.id, "code": ind.code, "note": r.text(row, "note")})
        if ind.kind == "group":
            _rank(r, row, rec)
            stated[len(records)] = (row, {k: r.number(row, k, negative_ok=True)
                                          for k in ("self_score", "appraised_score")})
        else:
            _scores(r, row, rec, ind)
        records.append(rec)
    _check_totals(r, records, stated)
    return records


def _check_totals(r: Reader, records: list[ListRecord], stated: dict[int, tuple]) -> None:
    """A component index's stated score must be the sum of its criteria's (when all of them are listed)."""
    children: dict[int | None, list[int]] = {}
    for ind in r.indicators:
        children.setdefault(ind.parent_id, []).append(ind.id)
    by_id = {rec.values["indicator_id"]: rec for rec in records if rec.kind == "item"}
    kinds = {ind.id: ind.kind for ind in r.indicators}

    def leaves(iid: int) -> list[int]:
        out = []
        for c in children.get(iid, []):
            out += leaves(c) if kinds[c] == "group" else [c]
        return out

    for index, (row, values) in stated.items():
        crit = leaves(int(records[index].values["indicator_id"]))  # type: ignore[call-overload]
        for key, value in values.items():
            got = [by_id[c].values.get(key) if c in by_id else None for c in crit]
            if value is None or not crit or any(v is None for v in got):
                continue
            total = sum(got)  # type: ignore[arg-type]
            if total != value:
                r.bad(row, key, f"ghi {_num(value)} điểm nhưng các tiêu chí cộng lại được "
                                f"{_num(total)} điểm; điểm của chỉ số được tính từ các tiêu chí.", "warning")


def _scores(r: Reader, row, rec: ListRecord, ind) -> None:
    stated_max = r.number(row, "max_score")
    if stated_max is not None and ind.max_score is not None and stated_max != ind.max_score:
        r.bad(row, "max_score", f"điểm tối đa ghi {_num(stated_max)}, bộ chỉ số ghi "
                                f"{_num(ind.max_score)}; dùng điểm tối đa của bộ chỉ số.", "warning")
    for key in ("self_score", "appraised_score"):
        number = r.number(row, key, negative_ok=True)
        if number is not None:
            try:
                check_score(number, ind.max_score, f"tiêu chí {ind.code}")
            except ValidationError as exc:
                r.bad(row, key, exc.message)
                number = None
        rec.values[key] = number
    if r.text(row, "rank"):
        r.bad(row, "rank", "xếp hạng chỉ ghi cho chỉ số thành phần hoặc tổng điểm; bỏ qua.", "warning")


def _rank(r: Reader, row, rec: ListRecord) -> None:
    text = r.raw(row, "rank")
    rec.values["rank"] = rec.values["rank_of"] = None
    if not cell_text(text):
        return
    rank = parse_rank(text)
    if rank is None or rank[0] < 1 or (rank[1] is not None and rank[0] > rank[1]) \
            or max(rank[0], rank[1] or 0) >= number_limit("rank"):
        r.bad(row, "rank", f"“{cell_text(text)[:40]}” không phải thứ hạng (viết như 3 hoặc 3/18).")
        return
    rec.values["rank"], rec.values["rank_of"] = rank


BUILDERS = {"tasks": build_tasks, "targets": build_targets, "projects": build_projects, "units": build_units,
            "scores": build_scores, "directives": build_directives}
