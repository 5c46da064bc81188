"""The change history (issue 18): what the change log holds for the file or one item, filtered by person, date
and kind, a page at a time for the window, whole for `dtidesk-cli changes` and the Excel export.

The log lives in the file, so the history outlives the session; undo does not (it is the window's, in memory).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from pathlib import Path

from ..domain.history import ChangeEntry, HistoryFilter, HistoryPage, ItemRef, describe_filter
from ..domain.progress import Progress, no_progress
from ..domain.validation import parse_date_input
from ..errors import ValidationError
from ..store import AgencyFile

EVERYTHING = HistoryFilter()
PAGE = 200  # lines read at a time for the window: enough to fill a screen several times over


def task_item(task_id: int) -> ItemRef:
    return ItemRef("tasks", task_id)


def score_item(indicator_id: int) -> ItemRef:
    """A criterion's scores (self, appraised, inputs, the typed score and its reason), every year."""
    return ItemRef("scores", indicator_id)


def unit_item(unit_id: int) -> ItemRef:
    return ItemRef("units", unit_id)


def form_value_item(form_id: int, year: int, period: str, unit_id: int | None, row_code: str) -> ItemRef:
    """One cell of a form: a unit's figure (None: the agency's consolidated one) of a row for a period."""
    return ItemRef("form_values", form_id, year, str(period), unit_id, row_code)


def parse_day(text: str | None, label: str = "Ngày") -> dt.date | None:
    """dd/mm/yyyy as officers type it; a day that does not exist is refused naming the field."""
    return parse_date_input(text, label)


def check_filter(f: HistoryFilter) -> HistoryFilter:
    if f.since and f.until and f.since > f.until:
        raise ValidationError("Khoảng ngày không hợp lệ: “từ ngày” sau “đến ngày”.", "Từ ngày")
    return f


def _readable(af: AgencyFile, entries: list[ChangeEntry]) -> list[ChangeEntry]:
    """A task's criterion is kept by id; the history shows its code."""
    codes: dict[int, str] = {}
    out = []
    for e in entries:
        if not any("criterion_id" in (d or {}) for d in (e.before, e.after)):
            out.append(e)
            continue
        sides = []
        for d in (e.before, e.after):
            if d is None or "criterion_id" not in d:
                sides.append(d)
                continue
            cid = d["criterion_id"]
            if cid is not None and cid not in codes:
                ind = af.repo.frameworks.indicator(int(cid))
                codes[cid] = ind.code if ind else f"#{cid}"
            rest = {k: v for k, v in d.items() if k != "criterion_id"}
            sides.append({"criterion": codes.get(cid) if cid is not None else None, **rest})
        out.append(replace(e, before=sides[0], after=sides[1]))
    return out


def history_page(af: AgencyFile, f: HistoryFilter = EVERYTHING, older_than: int | None = None,
                 limit: int = PAGE, readable: bool = True) -> HistoryPage:
    """Newest first, after the line `older_than` (the last one the window shows); `more` when older ones follow.
    `readable`: ids the officer does not know (a task's criterion) shown by code; False keeps the log as written."""
    rows = af.repo.log.page(check_filter(f), older_than, limit + 1)
    entries = rows[:limit]
    return HistoryPage(_readable(af, entries) if readable else entries, more=len(rows) > limit)


def count(af: AgencyFile, f: HistoryFilter = EVERYTHING) -> int:
    return af.repo.log.count(check_filter(f))


def people(af: AgencyFile) -> list[str]:
    """Everyone the log names, for the “Người sửa” filter."""
    return af.repo.log.people()


def file_history(af: AgencyFile, f: HistoryFilter = EVERYTHING, progress: Progress = no_progress,
                 readable: bool = True) -> list[ChangeEntry]:
    """Every line matching `f`, newest first (`dtidesk-cli changes`, the export)."""
    total = count(af, f)
    out: list[ChangeEntry] = []
    older: int | None = None
    while True:
        page = history_page(af, f, older, 2000, readable)
        out += page.entries
        progress(len(out), total, "")
        if not page.more or not page.entries:
            return out
        older = page.entries[-1].id


def item_history(af: AgencyFile, item: ItemRef, f: HistoryFilter = EVERYTHING) -> list[ChangeEntry]:
    """The lines of one item (the context menus' “Lịch sử…”), newest first."""
    return file_history(af, replace(f, item=item))


def item_title(af: AgencyFile, item: ItemRef) -> str:
    """The item in words, for the view's heading and the export's subtitle."""
    if item.entity == "tasks":
        t = af.repo.tasks.get(item.entity_id)
        if t is None:
            return f"Nhiệm vụ #{item.entity_id} (đã xóa)"
        content = " ".join(t.content.split())
        content = content if len(content) <= 70 else content[:69] + "…"
        return f"Nhiệm vụ {t.code}: {content}" if t.code else f"Nhiệm vụ: {content}"
    if item.entity == "scores":
        ind = af.repo.frameworks.indicator(item.entity_id)
        return f"Điểm tiêu chí {ind.code}: {ind.name}" if ind else f"Điểm tiêu chí #{item.entity_id}"
    if item.entity == "units":
        unit = af.repo.units.get(item.entity_id)
        return f"Đơn vị: {unit.name}" if unit else f"Đơn vị #{item.entity_id} (đã xóa hoặc đã gộp)"
    if item.entity == "form_values":
        form = af.repo.forms.get(item.entity_id)
        code = form.code if form else f"#{item.entity_id}"
        unit = af.repo.units.get(item.unit_id) if item.unit_id is not None else None
        who = unit.name if unit else "số liệu tổng hợp"
        return f"Biểu {code}, dòng {item.row_code}, kỳ {item.period}/{item.year}, {who}"
    return f"{item.entity} #{item.entity_id}"


def export_history(af: AgencyFile, out: Path, f: HistoryFilter = EVERYTHING, title_of_item: str = "",
                   progress: Progress = no_progress) -> Path:
    """User action “Xuất Excel” of the history view: the lines the filter shows, newest first."""
    from ..exporters.history_xlsx import write_history_xlsx  # openpyxl: not loaded with the window

    entries = file_history(af, f, lambda done, total, _t: progress(done, 2 * total, "Đang đọc lịch sử…"))
    total = len(entries)
    name = af.repo.agency.get()
    heading = "Lịch sử thay đổi" + (f" — {name.agency}" if name.agency else "")
    subtitle = f"Tệp {af.path.name}; {describe_filter(f, title_of_item)}; {total} thay đổi"
    return write_history_xlsx(entries, heading, subtitle, out,
                              lambda done, _total, _t: progress(total + done, 2 * total, "Đang ghi tệp Excel…"))
