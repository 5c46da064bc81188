"""Dashboards (issue 18): trends across index versions, task progress by unit and criterion, form completion."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from dtidesk.domain.charts import LINE, STACKED_HBAR, form_figure, progress_figure, trend_figure
from dtidesk.domain.dashboards import MISSING, NOT_DUE, SENT
from dtidesk.domain.models import Agency, Task
from dtidesk.domain.periods import Period
from dtidesk.services import forms as form_ops
from dtidesk.services.catalogs import import_framework
from dtidesk.services.dashboards import dashboard, form_completion, index_codes, score_trends, task_progress
from dtidesk.services.files import new_file
from dtidesk.services.framework_map import propose_links, save_links


def _fw(year: int, groups: list[tuple[str, str, list[tuple[str, str]]]]) -> dict:
    return {"code": "TREND", "version_year": year, "name": f"Bộ chỉ số thử {year}",
            "indicators": [{"code": g, "name": name, "children": [{"code": c, "name": n, "max_score": 10}
                                                                  for c, n in crits]} for g, name, crits in groups]}


# 2024 swaps the two component indices and renames the infrastructure one; its criteria are renumbered.
V2022 = [("1", "Nhận thức số", [("1.1", "Người đứng đầu là Trưởng Ban chỉ đạo chuyển đổi số"),
                                ("1.2", "Chuyên mục chuyển đổi số trên Cổng thông tin")]),
         ("2", "Hạ tầng số", [("2.1", "Mạng nội bộ kết nối mạng truyền số liệu chuyên dùng"),
                              ("2.2", "Hệ thống hội nghị truyền hình trực tuyến")])]
V2024 = [("1", "Hạ tầng và nền tảng số", [("1.1", "Mạng nội bộ kết nối mạng truyền số liệu chuyên dùng"),
                                          ("1.2", "Hệ thống hội nghị truyền hình trực tuyến")]),
         ("2", "Nhận thức số", [("2.1", "Người đứng đầu là Trưởng Ban chỉ đạo chuyển đổi số"),
                                ("2.2", "Chuyên mục chuyển đổi số trên Cổng thông tin")])]
SCORES = {(2022, 2022): {"1.1": 10, "1.2": 5, "2.1": 10, "2.2": 0},
          (2022, 2023): {"1.1": 10, "1.2": 10, "2.1": 10, "2.2": 5},
          (2024, 2024): {"1.1": 10, "1.2": 10, "2.1": 10, "2.2": 10}}


@pytest.fixture
def af(tmp_path):
    f = new_file(tmp_path / "a.dtidesk", Agency(agency="SỞ THỬ"), ["Văn phòng Sở", "Thanh tra Sở", "Phòng A"],
                 frameworks=False)
    yield f
    f.close()


@pytest.fixture
def versions(af):
    ids = {}
    with af.transaction():
        for year, groups in ((2022, V2022), (2024, V2024)):
            ids[year], _ = import_framework(af, _fw(year, groups))
        for (version, year), scores in SCORES.items():
            aid = af.repo.assessments.insert(ids[version], year)
            for code, v in scores.items():
                ind = af.repo.frameworks.indicator_by_code(ids[version], code)
                af.repo.assessments.set_score(aid, ind.id, Decimal(v), Decimal(v), "")
    return ids


def test_a_renumbered_and_renamed_index_continues_its_line_through_the_mapping(af, versions):
    proposal = propose_links(af, versions[2022], versions[2024])
    assert {(x.from_code, x.to_code, x.relation) for x in proposal.links} >= {("1.1", "2.1", "renumbered"),
                                                                               ("2.1", "1.1", "renumbered")}
    save_links(af, versions[2022], versions[2024], proposal.links)
    t = score_trends(af)
    assert t.code == "TREND" and t.years == (2022, 2023, 2024)
    infra, awareness, total = t.lines
    # Lines in the latest version's order and wording; the old codes and names are kept as its history.
    assert (infra.code, infra.name) == ("1", "Hạ tầng và nền tảng số")
    assert [(p.year, p.code, p.score, p.percent) for p in infra.points] == [
        (2022, "2", Decimal(10), Decimal("50.00")), (2023, "2", Decimal(15), Decimal("75.00")),
        (2024, "1", Decimal(20), Decimal("100.00"))]
    assert infra.former == ("2. Hạ tầng số",)
    assert [p.score for p in awareness.points] == [Decimal(15), Decimal(20), Decimal(20)]
    assert awareness.former == ("1. Nhận thức số",)
    assert total.total and [p.score for p in total.points] == [Decimal(25), Decimal(35), Decimal(40)]
    fig = trend_figure(t)
    assert fig.kind == LINE and fig.categories == ("2022", "2023", "2024")
    assert [s.label for s in fig.series] == ["1. Hạ tầng và nền tảng số", "2. Nhận thức số", "Tổng điểm"]
    assert fig.series[0].values == (50.0, 75.0, 100.0)


def test_without_links_an_index_of_the_same_name_continues_under_its_new_number(af, versions):
    t = score_trends(af)
    awareness = next(x for x in t.lines if x.name == "Nhận thức số")
    assert [(p.year, p.code) for p in awareness.points] == [(2022, "1"), (2023, "1"), (2024, "2")]
    # “Hạ tầng số” was renamed and renumbered: with no confirmed mapping it is only matched by its number,
    # which the other index took, so it ends in 2023 and the renamed one starts in 2024.
    assert [x.label for x in t.lines] == ["1. Hạ tầng và nền tảng số", "2. Nhận thức số", "2. Hạ tầng số",
                                          "Tổng điểm"]


def test_trends_up_to_a_year_and_of_a_single_year(af, versions):
    assert index_codes(af) == [("TREND", "Bộ chỉ số thử 2024")]
    t = score_trends(af, "TREND", until=2022)
    assert t.years == (2022,)
    fig = trend_figure(t)
    assert fig.kind == "hbar" and fig.categories == ("1. Nhận thức số", "2. Hạ tầng số", "Tổng điểm")
    assert score_trends(af, "TREND", until=2021) is None


def _task(plan_id: int, n: int, unit: int | None, status: str, due: dt.date | None, done: dt.date | None = None,
          criterion: int | None = None) -> Task:
    return Task(id=0, plan_id=plan_id, content=f"Nhiệm vụ {n}", position=n, code=str(n), status=status,
                due_date=due, completed_on=done, lead_unit_ids=[unit] if unit else [], criterion_id=criterion)


def test_progress_by_unit_and_by_criterion(af, versions):
    office, inspect, _a = (u.id for u in af.repo.units.all())
    crit = {c: af.repo.frameworks.indicator_by_code(versions[2024], c).id for c in ("1.1", "1.2", "2.1")}
    d = dt.date
    with af.transaction():
        pid = af.repo.plans.insert(kind="dti", year=2024, title="Kế hoạch 2024")
        for t in [_task(pid, 1, office, "done", d(2024, 3, 31), d(2024, 3, 20), crit["1.1"]),
                  _task(pid, 2, office, "done", d(2024, 3, 31), d(2024, 4, 5), crit["1.1"]),
                  _task(pid, 3, office, "in_progress", d(2024, 6, 30), criterion=crit["2.1"]),
                  _task(pid, 4, inspect, "not_started", d(2024, 12, 31), criterion=crit["1.2"]),
                  _task(pid, 5, inspect, "not_started", d(2024, 5, 31)),
                  _task(pid, 6, None, "done", None, d(2024, 2, 1))]:
            af.repo.tasks.insert(t)
    p = task_progress(af, pid, today=d(2024, 7, 1))
    rows = {r.label: r.counts for r in p.by_unit}
    assert list(rows) == ["Văn phòng Sở", "Thanh tra Sở", "Chưa giao đơn vị chủ trì"]
    assert {k: v for k, v in rows["Văn phòng Sở"].items() if v} == {"done_on_time": 1, "done_late": 1,
                                                                      "overdue": 1, "planned": 3}
    assert {k: v for k, v in rows["Thanh tra Sở"].items() if v} == {"overdue": 1, "not_started": 1, "planned": 2}
    assert [(r.code, r.parent, r.counts["planned"]) for r in p.by_criterion] == [("1.1", "1", 2), ("1.2", "1", 1),
                                                                                 ("2.1", "2", 1)]
    assert [(r.label, r.counts["planned"]) for r in p.by_index] == [
        ("1. Hạ tầng và nền tảng số", 3), ("2. Nhận thức số", 1), ("Nhiệm vụ khác", 2)]
    fig = progress_figure(p.by_unit, "Tiến độ")
    assert fig.kind == STACKED_HBAR and fig.categories[0] == "Văn phòng Sở"
    done_on_time = fig.series[0]
    assert done_on_time.values == (1.0, 0.0, 1.0)  # the task done with no deadline counts as on time
    assert fig.value_max == 3.0


def test_form_completion_by_unit_and_period(demo):
    form = demo.repo.forms.find("cchc-stats")
    units = form_ops.submitting_units(demo)
    assert form_completion(demo, 2024, dt.date(2024, 7, 1)) == ()  # nobody sent any form: nothing to show
    row = next(r.code for r in form.template.rows if r.type != "group" and r.formula is None)
    form_ops.set_values(demo, form.id, 2024, "Q1", units[0].id, {row: 1})
    form_ops.set_values(demo, form.id, 2024, "H1", units[1].id, {row: 2})
    (fc,) = form_completion(demo, 2024, dt.date(2024, 7, 1))
    assert fc.code == "cchc-stats" and fc.periods == (Period.Q1, Period.H1, Period.M9, Period.Y)
    assert [r.unit for r in fc.rows] == [u.name for u in units]
    assert fc.rows[0].states == (SENT, MISSING, NOT_DUE, NOT_DUE)
    assert fc.rows[0].sent_on[0] == dt.date.today()
    assert fc.rows[1].states == (MISSING, SENT, NOT_DUE, NOT_DUE)
    assert fc.count(Period.Q1, MISSING) == len(units) - 1
    fig = form_figure(fc)
    assert [s.label for s in fig.series] == ["Đã gửi", "Chưa gửi", "Chưa đến kỳ"]
    assert fig.series[0].values[:2] == (1.0, 1.0) and fig.value_max == 4.0


def test_the_dashboard_of_the_demo_file(demo):
    dash = dashboard(demo, 1, today=dt.date(2023, 7, 1))
    assert dash.codes == (("DTI-TQ-SO", dash.trends.name),)
    assert dash.trends.years == (2022,) and len(dash.trends.indices) == 6
    assert dash.progress.plan_id == 1 and dash.progress.by_criterion
    assert sum(r.counts["planned"] for r in dash.progress.by_index) == dash.progress.overall["planned"] == 49
    assert dash.row_count > 0
    assert dashboard(demo, None, code="NO-SUCH").progress is None


def test_cli_dashboard_json_and_text(demo_path, capsys):
    import json

    from dtidesk.cli.main import main as cli

    assert cli(["dashboard", str(demo_path), "--plan", "1", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["indices"][0]["code"] == "DTI-TQ-SO" and data["trends"]["years"] == [2022]
    total = data["trends"]["lines"][-1]
    assert total["label"] == "Tổng điểm" and total["former"] == [] and total["points"][0]["percent"] == 78.83
    assert data["progress"]["plan_id"] == 1 and data["progress"]["counts"]["planned"] == 49
    assert {r["index"] for r in data["progress"]["by_criterion"]} == {"1", "2", "3", "4", "5", "6"}
    assert cli(["dashboard", str(demo_path), "--plan", "1"]) == 0
    out = capsys.readouterr().out
    assert "Tổng điểm" in out and "Theo đơn vị chủ trì:" in out and "Văn phòng Sở" in out
    assert cli(["dashboard", str(demo_path), "--plan", "99"]) == 1
    assert "Không tìm thấy kế hoạch số hiệu 99" in capsys.readouterr().err
