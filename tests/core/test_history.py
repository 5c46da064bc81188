"""The change history (issue 18): who and which computer, what changed from what to what, the filters, one
item's history, `dtidesk-cli changes` and the Excel export."""

from __future__ import annotations

import datetime as dt
import getpass
import json
import platform
import shutil
import zipfile
from pathlib import Path

import openpyxl
import pytest

from dtidesk.cli.main import main as cli
from dtidesk.domain.history import HistoryFilter, describe_change
from dtidesk.errors import ValidationError
from dtidesk.services import assess, forms, history, scoring, units
from dtidesk.services import tasks as task_ops
from dtidesk.services.index_edit import update_indicator
from dtidesk.store import misc, open_agency_file

FIXTURES = Path(__file__).parent.parent / "fixtures" / "schema"
KEYS = {"at", "who", "computer", "action", "entity", "entity_id", "summary", "before", "after"}


def _first_task(af):
    return af.repo.tasks.for_plan(1)[0]


def _newest(af, **kw):
    return history.history_page(af, HistoryFilter(**kw), limit=1).entries[0]


def test_each_line_names_the_windows_user_and_the_computer(demo):
    t = _first_task(demo)
    task_ops.update_task(demo, t.id, result="Đã triển khai")
    line = _newest(demo)
    assert (line.who, line.computer) == (getpass.getuser(), platform.node())
    assert line.who and line.computer
    assert dt.datetime.fromisoformat(line.at) <= dt.datetime.now()
    assert history.people(demo) == [getpass.getuser()]


def test_a_task_edit_keeps_what_changed_from_what_to_what(demo):
    t = _first_task(demo)
    assert t.status == "not_started" and t.due_date is None
    task_ops.update_task(demo, t.id, status="done", due_date="30/6/2024", completed_on="15/6/2024")
    line = _newest(demo, item=history.task_item(t.id))
    assert (line.action, line.entity, line.entity_id) == ("update_task", "tasks", t.id)
    assert line.before == {"status": "not_started", "due_date": None, "completed_on": None}
    assert line.after == {"status": "done", "due_date": "2024-06-30", "completed_on": "2024-06-15"}
    assert describe_change(line.before, line.after) == (
        "Tình trạng: Chưa thực hiện → Hoàn thành; Hạn hoàn thành: (trống) → 30/6/2024; "
        "Ngày hoàn thành: (trống) → 15/6/2024")
    assert t.code in line.summary  # the line names the task, not only its fields
    # An edit that changes nothing writes no line.
    before = history.count(demo)
    task_ops.update_task(demo, t.id, status="done")
    assert history.count(demo) == before


def test_the_criterion_link_is_shown_by_code(demo):
    t = _first_task(demo)
    code = demo.repo.frameworks.indicator(t.criterion_id).code
    task_ops.update_task(demo, t.id, criterion_id=None)
    line = _newest(demo)
    assert line.before == {"criterion": code} and line.after == {"criterion": None}
    raw = history.file_history(demo, readable=False)[0]
    assert raw.before == {"criterion_id": t.criterion_id}


def test_units_and_bulk_status_and_progress_of_a_task(demo):
    t = _first_task(demo)
    names = {u.id: u.name for u in demo.repo.units.all()}
    other = next(u for u in names if u not in t.lead_unit_ids)
    task_ops.set_task_units(demo, t.id, "lead", [other])
    line = _newest(demo)
    assert line.before == {"lead": [names[u] for u in t.lead_unit_ids]} and line.after == {"lead": [names[other]]}
    second = demo.repo.tasks.for_plan(1)[1]
    task_ops.set_status_many(demo, [t.id, second.id], "in_progress")
    for tid in (t.id, second.id):  # one line per task: each task's own history shows it
        line = _newest(demo, item=history.task_item(tid))
        assert (line.before["status"], line.after["status"]) == ("not_started", "in_progress")
    task_ops.set_progress(demo, t.id, 2023, "Q1", "Đã xong 50%")
    line = _newest(demo)
    assert line.before == {"progress": ""} and line.after == {"progress": "Đã xong 50%"}


def test_a_score_edit_keeps_the_old_and_new_score(demo):
    a = demo.repo.assessments.all()[0]
    node = scoring.assessment_view(demo, a.year).tree.by_code("1.1")
    old = demo.repo.assessments.scores(a.id)[node.id].self_score
    scoring.set_score(demo, a.id, node.id, "self_score", "0,5")
    line = _newest(demo, item=history.score_item(node.id))
    assert line.action == "set_score" and line.entity == "scores"
    assert line.before == {"self_score": str(old) if old is not None else None}
    assert line.after == {"self_score": "0.5"}
    assert "→ 0,5" in describe_change(line.before, line.after)


def test_method_inputs_and_a_typed_score_keep_before_and_after(demo):
    a = demo.repo.assessments.all()[0]
    ind = scoring.assessment_view(demo, a.year).tree.by_code("3.1")
    update_indicator(demo, ind.id, code="3.1", name="Máy tính kết nối mạng", max_score="10",
                     method_text="a = Số máy tính kết nối mạng; b = Tổng số máy tính; Điểm = a/b × Điểm tối đa",
                     evidence="")
    assess.set_inputs(demo, a.id, ind.id, ["45", "50"])
    line = _newest(demo, item=history.score_item(ind.id))
    assert line.action == "set_inputs"
    assert line.after == {"inputs": ["45", "50"], "computed": "9", "self_score": "9"}
    assert line.before["inputs"] == []
    assert "Số liệu: (trống) → 45; 50" in describe_change(line.before, line.after)
    assess.override_score(demo, a.id, ind.id, "0", "Hội đồng chưa công nhận")
    line = _newest(demo, item=history.score_item(ind.id))
    assert line.after == {"self_score": "0", "override_reason": "Hội đồng chưa công nhận"}
    assert line.before["override_reason"] == ""


def test_form_cells_and_units_have_their_own_history(demo):
    unit = demo.repo.units.all()[0]
    forms.set_values(demo, 2, 2024, "Q1", unit.id, {"1.1": "3"})
    forms.set_values(demo, 2, 2024, "Q1", unit.id, {"1.1": "5", "1.2.1": "7"})
    forms.set_values(demo, 2, 2024, "H1", unit.id, {"1.1": "9"})
    cell = history.item_history(demo, history.form_value_item(2, 2024, "Q1", unit.id, "1.1"))
    assert [(e.before["values"]["1.1"], e.after["values"]["1.1"]) for e in cell] == [("3", "5"), (None, "3")]
    assert "Dòng 1.1: 3 → 5" in describe_change(cell[0].before, cell[0].after)
    assert len(history.item_history(demo, history.form_value_item(2, 2024, "Q1", unit.id, "1.2.1"))) == 1
    assert history.item_history(demo, history.form_value_item(2, 2024, "Q1", None, "1.1")) == []
    assert history.item_title(demo, history.form_value_item(2, 2024, "Q1", unit.id, "1.1")) == (
        f"Biểu cchc-stats, dòng 1.1, kỳ Q1/2024, {unit.name}")

    units.update_unit(demo, unit.id, short_name="VP")
    lines = history.item_history(demo, history.unit_item(unit.id))
    assert lines[0].before == {"short_name": unit.short_name} and lines[0].after == {"short_name": "VP"}


def test_filters_by_person_date_and_kind(demo, monkeypatch):
    t = _first_task(demo)
    task_ops.update_task(demo, t.id, result="một")
    monkeypatch.setattr(misc, "who_and_where", lambda: ("tranthib", "KHTC-PC"))
    task_ops.update_task(demo, t.id, result="hai")
    units.update_unit(demo, demo.repo.units.all()[0].id, short_name="VP")

    assert history.people(demo) == sorted([getpass.getuser(), "tranthib"])
    hers = history.file_history(demo, HistoryFilter(who="tranthib"))
    assert [e.action for e in hers] == ["update_unit", "update_task"]
    assert all(e.computer == "KHTC-PC" for e in hers)
    assert [e.action for e in history.file_history(demo, HistoryFilter(who="tranthib", kinds=("task",)))] == [
        "update_task"]
    assert [e.action for e in history.file_history(demo, HistoryFilter(kinds=("unit",)))][:1] == ["update_unit"]
    everything = history.count(demo)
    today = dt.date.today()
    assert history.count(demo, HistoryFilter(since=today, until=today)) == everything  # the whole last day
    assert history.count(demo, HistoryFilter(since=today + dt.timedelta(days=1))) == 0
    assert history.count(demo, HistoryFilter(until=today - dt.timedelta(days=1))) == 0
    with pytest.raises(ValidationError, match="từ ngày"):
        history.count(demo, HistoryFilter(since=today, until=today - dt.timedelta(days=1)))
    with pytest.raises(ValidationError, match="31/2/2024"):
        history.parse_day("31/2/2024", "Từ ngày")


def test_pages_are_newest_first_and_continue_where_they_stopped(demo):
    t = _first_task(demo)
    for n in range(12):
        task_ops.update_task(demo, t.id, result=f"lần {n}")
    f = HistoryFilter(item=history.task_item(t.id))
    first = history.history_page(demo, f, limit=5)
    second = history.history_page(demo, f, older_than=first.entries[-1].id, limit=5)
    last = history.history_page(demo, f, older_than=second.entries[-1].id, limit=5)
    assert first.more and second.more and not last.more
    results = [e.after["result"] for p in (first, second, last) for e in p.entries]
    assert results == [f"lần {n}" for n in reversed(range(12))]


def test_an_upgraded_file_keeps_its_old_lines(tmp_path):
    path = tmp_path / "v9.dtidesk"
    shutil.copy(FIXTURES / "v9.dtidesk", path)
    with open_agency_file(path) as af:
        af.repo.log.add("old", "tasks", 1, "trước khi có lịch sử")  # written the way any line is now
        af.conn.execute("UPDATE change_log SET who = '', computer = ''")
        task_ops.update_task(af, 1, result="mới")
        lines = history.file_history(af)
        assert [(e.who, e.before) for e in lines][-1] == ("", None)
        assert lines[0].who == getpass.getuser() and lines[0].after == {"result": "mới"}
        assert history.people(af) == [getpass.getuser()]


def test_cli_changes_json_keys_and_since(demo_path, capsys):
    with open_agency_file(demo_path) as af:
        task_ops.update_task(af, _first_task(af).id, status="in_progress")
    assert cli(["changes", str(demo_path), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data and all(set(d) == KEYS for d in data)
    assert data[0]["action"] == "update_task" and data[0]["before"] == {"status": "not_started"}
    assert data[0]["after"] == {"status": "in_progress"} and data[0]["who"] == getpass.getuser()
    tomorrow = (dt.date.today() + dt.timedelta(days=1)).strftime("%d/%m/%Y")
    assert cli(["changes", str(demo_path), "--since", tomorrow, "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == []
    assert cli(["changes", str(demo_path), "--since", "01/01/2000"]) == 0
    out = capsys.readouterr().out
    assert "Sửa nhiệm vụ" in out and "Tình trạng: Chưa thực hiện → Đang thực hiện" in out
    assert out.strip().endswith(f"{len(data)} thay đổi.")
    assert cli(["changes", str(demo_path), "--since", "31/02/2024"]) == 1
    assert "31/02/2024" in capsys.readouterr().err


def test_excel_export_keeps_user_text_as_text(demo, tmp_path):
    payload = '=HYPERLINK("x")'
    units.add_unit(demo, payload)  # the line's summary is the unit's name
    t = _first_task(demo)
    task_ops.update_task(demo, t.id, result=payload)
    out = history.export_history(demo, tmp_path / "lich-su.xlsx")
    ws = openpyxl.load_workbook(out).active
    texts = [c for row in ws.iter_rows() for c in row if isinstance(c.value, str) and "HYPERLINK" in c.value]
    assert any(c.value == payload for c in texts)  # the summary, as typed
    assert any(c.value.startswith("Kết quả: (trống) → " + payload) for c in texts)
    assert all(c.data_type == "s" for c in texts)
    with zipfile.ZipFile(out) as z:
        assert "<f>" not in z.read("xl/worksheets/sheet1.xml").decode()
    assert ws["A1"].value.startswith("LỊCH SỬ THAY ĐỔI")
    assert [c.value for c in ws[4]] == ["TT", "Thời gian", "Người sửa", "Máy tính", "Loại", "Thao tác", "Nội dung",
                                        "Thay đổi"]
    assert ws.max_row == 4 + history.count(demo)
    assert ws.page_setup.orientation == "landscape" and ws.print_title_rows == "$4:$4"


def test_cli_writes_the_excel_file(demo_path, tmp_path, capsys):
    out = tmp_path / "ls.xlsx"
    assert cli(["changes", str(demo_path), "--kind", "unit", "--xlsx", str(out)]) == 0
    assert out.exists() and str(out) in capsys.readouterr().out
