"""The periodic report's data: task progress as of the cut-off, directives, figures, text blocks, deadlines."""

from __future__ import annotations

import datetime as dt

import pytest

from dtidesk.domain.models import Directive
from dtidesk.errors import ValidationError
from dtidesk.services import forms as fo
from dtidesk.services import tasks as task_ops
from dtidesk.services.deadlines import next_reports
from dtidesk.services.report import report_model, set_report_text

from .conftest import UNITS

D = dt.date


@pytest.fixture
def plan(af, units):
    vp, ttr = units[UNITS[0]].id, units[UNITS[1]].id
    with af.transaction():
        pid = af.repo.plans.insert(kind="cchc", year=2022, title="Kế hoạch CCHC năm 2022",
                                   reporting={"H1": "13/06", "Y": "08/11"})
        other = af.repo.plans.insert(kind="dti", year=2022, title="Kế hoạch DTI năm 2022")
        for issued, plan_id in ((D(2022, 1, 10), pid), (D(2021, 12, 20), None), (D(2022, 7, 1), pid),
                                (D(2022, 2, 1), other)):
            af.repo.directives.insert(Directive(0, "Công văn", "1/STTTT", issued, "Chỉ đạo", plan_id=plan_id))
    specs = [  # timeline, lead, status, completed on
        ("Quý I/2022", [vp], "done", D(2022, 3, 20)),  # done on time
        ("Tháng 5/2022", [ttr], "done", D(2022, 6, 10)),  # done late
        ("Quý II/2022", [vp], "not_started", None),  # due 30/6: in the 6-month report, not yet overdue on 14/6
        ("Thường xuyên", [vp], "in_progress", None),  # recurring: always in the report
        ("Tháng 4/2022", [], "not_started", None),  # overdue, no lead unit
        ("Tháng 3/2022", [ttr], "done", D(2022, 7, 1)),  # finished after the cut-off: overdue on 14/6
    ]
    for i, (timeline, lead, status, done_on) in enumerate(specs):
        tid, _ = task_ops.add_task(af, pid, f"Nhiệm vụ {i + 1}", lead_unit_ids=lead, timeline=timeline)
        task_ops.update_task(af, tid, status=status, completed_on=done_on)
    return pid


def test_report_model(af, plan, stats, units):
    fo.set_values(af, stats.id, 2022, "H1", None, {"1.2.1": "6", "1.2.2": "2"})
    set_report_text(af, plan, 2022, "H1", "results", "  Đã hoàn thành 2/6 nhiệm vụ.  ")
    m = report_model(af, plan, 2022, "H1", today=D(2022, 12, 1))
    assert m.title == "6 tháng đầu năm 2022" and m.cutoff == (D(2021, 12, 15), D(2022, 6, 14))
    assert m.as_of == D(2022, 6, 14)
    assert [t.content for t in m.tasks] == ["Nhiệm vụ 1", "Nhiệm vụ 2", "Nhiệm vụ 3", "Nhiệm vụ 4", "Nhiệm vụ 5",
                                            "Nhiệm vụ 6"]
    assert {k: v for k, v in m.progress.items() if v} == {"planned": 6, "done_on_time": 1, "done_late": 1,
                                                           "in_progress": 1, "overdue": 2, "not_started": 1}
    by_unit = {(u.unit.name if u.unit else None): {k: v for k, v in u.counts.items() if v} for u in m.by_unit}
    assert by_unit == {UNITS[0]: {"planned": 3, "done_on_time": 1, "in_progress": 1, "not_started": 1},
                       UNITS[1]: {"planned": 2, "done_late": 1, "overdue": 1},
                       None: {"planned": 1, "overdue": 1}}
    assert [d.issued_on for d in m.directives] == [D(2021, 12, 20), D(2022, 1, 10)]
    assert [f.form.code for f in m.forms] == ["cchc-stats"]
    assert m.forms[0].values.value("1.2") is not None and len(m.forms[0].missing_units) == 3
    assert m.texts == {"results": "Đã hoàn thành 2/6 nhiệm vụ."} and "next_tasks" in m.block_labels


def test_report_texts(af, plan):
    set_report_text(af, plan, 2022, "Y", "shortcomings", "Còn chậm.")
    set_report_text(af, plan, 2022, "Y", "shortcomings", "")
    assert report_model(af, plan, 2022, "Y").texts == {}
    with pytest.raises(ValidationError, match="Tên đoạn văn"):
        set_report_text(af, plan, 2022, "Y", "Kết quả", "x")


def test_next_reports(af, plan):
    with af.transaction():
        af.repo.plans.insert(kind="dti", year=2021, title="Cũ", reporting={"Y": "10/12"})
        broken = af.repo.plans.insert(kind="other", year=2022, title="Sai hạn", reporting={"H1": "31/02"})
    due = next_reports(af, D(2022, 6, 1))
    assert [(r.plan.title, r.period, r.year, r.deadline, r.days_left) for r in due] == [
        ("Kế hoạch CCHC năm 2022", "H1", 2022, D(2022, 6, 12), 11),
        ("Kế hoạch DTI năm 2022", "H1", 2022, D(2022, 6, 20), 19),  # the default schedule (581/BNV-CCHC)
        ("Sai hạn", "H1", 2022, D(2022, 6, 20), 19),  # unreadable dates fall back to the default
    ]
    assert due[2].plan.id == broken
    plan_, period, year, deadline, days = next_reports(af, D(2022, 6, 13))[0]  # a plain tuple too
    assert (period, deadline, days) == ("H1", D(2022, 6, 20), 7)
    assert [r.period for r in next_reports(af, D(2022, 11, 8)) if r.plan.id == plan] == []
