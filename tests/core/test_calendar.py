"""The calendar of everything due (issue 18): reports, the self-assessment, tasks, units' forms; .ics; `due`."""

from __future__ import annotations

import datetime as dt
import json
import re
from datetime import date

import pytest

from dtidesk.cli.main import main
from dtidesk.domain.calendar import KEEP_OVERDUE_DAYS, LEAD_DAYS, Calendar, DueItem, DueKind, make_item
from dtidesk.domain.models import Agency, Task
from dtidesk.domain.periods import period_rule_words, submission_date
from dtidesk.exporters.ics import calendar_ics, escape_text, fold
from dtidesk.importers.index_grammar import read_submission
from dtidesk.services.calendar import build_calendar, export_due_pdf, export_ics
from dtidesk.services.files import new_file

TODAY = date(2025, 6, 1)
OWN = {"Q1": "13/03", "H1": "13/06", "M9": "13/09", "Y": "08/11"}  # seed 002: "trước ngày 13/3" …


@pytest.fixture
def af(tmp_path):
    f = new_file(tmp_path / "lich.dtidesk", Agency(agency="SỞ THỬ NGHIỆM", agency_name="Sở Thử nghiệm"),
                 ["Văn phòng Sở", "Phòng Kế hoạch, Tài chính", "Thanh tra Sở"], frameworks=False)
    yield f
    f.close()


def _plan(af, year: int, reporting: dict | None = None, title: str = "Kế hoạch CCHC") -> int:
    with af.transaction():
        return af.repo.plans.insert(kind="cchc", year=year, title=f"{title} năm {year}", reporting=reporting or {})


def _task(af, plan_id: int, due: date | None, status: str = "not_started", code: str = "1", unit: int = 2) -> int:
    with af.transaction():
        return af.repo.tasks.insert(Task(id=0, plan_id=plan_id, code=code, content="Rà soát, công bố thủ tục; "
                                         "cập nhật “dữ liệu”", due_date=due, status=status, lead_unit_ids=[unit]))


def _of(cal: Calendar, kind: DueKind) -> list[DueItem]:
    return [i for i in cal.items if i.kind == kind]


# -- reports -----------------------------------------------------------------------------------------------
def test_reports_use_the_plans_own_dates_and_start_two_weeks_ahead(af):
    pid = _plan(af, 2025, OWN)
    reports = {i.period: i for i in _of(build_calendar(af, TODAY), DueKind.REPORT)}
    assert list(reports) == ["Q1", "H1", "M9", "Y"]
    h1 = reports["H1"]
    assert h1.date == date(2025, 6, 12)  # "trước ngày 13/6": the last day is 12/6
    assert h1.start == h1.date - dt.timedelta(days=LEAD_DAYS[DueKind.REPORT]) == date(2025, 5, 29)
    assert (h1.days_left, h1.overdue, h1.warning) == (11, False, True)
    assert h1.title == "Báo cáo 6 tháng đầu năm 2025" and h1.plan == "2025 — Kế hoạch CCHC năm 2025"
    assert h1.plan_id == pid and h1.note == "" and h1.key == f"report/{pid}/2025/H1"
    assert reports["Y"].date == date(2025, 11, 7) and reports["M9"].warning is False


def test_a_plan_without_dates_gets_the_default_and_says_so(af):
    _plan(af, 2025)
    reports = {i.period: i for i in _of(build_calendar(af, TODAY), DueKind.REPORT)}
    assert reports["H1"].date == date(2025, 6, 20)  # 581/BNV-CCHC: no later than the 20th
    assert "581/BNV-CCHC" in reports["H1"].note


def test_a_passed_report_is_overdue_for_a_while_then_only_in_the_calendar(af):
    _plan(af, 2025, OWN)
    q1 = date(2025, 3, 12)
    soon_after = {i.period: i for i in _of(build_calendar(af, q1 + dt.timedelta(days=10)), DueKind.REPORT)}
    assert soon_after["Q1"].overdue and soon_after["Q1"].days_left == -10
    later = build_calendar(af, q1 + dt.timedelta(days=KEEP_OVERDUE_DAYS + 1))
    gone = {i.period: i for i in _of(later, DueKind.REPORT)}["Q1"]
    assert not gone.overdue and gone not in later.due(30) and gone in later.items


# -- the self-assessment -------------------------------------------------------------------------------------
def test_the_assessment_date_comes_from_the_index_version(af):
    with af.transaction():
        fid = af.repo.frameworks.insert("DTI-TQ", 2022, "Bộ chỉ số DTI sở, ngành")
        af.repo.frameworks.update_framework(fid, period={"start": "12-01", "start_year": -1, "end": "11-30",
                                                         "end_year": 0, "submit": "12-15", "submit_year": 0})
        af.repo.assessments.insert(fid, 2024)
    items = {i.year: i for i in _of(build_calendar(af, date(2025, 11, 20)), DueKind.ASSESSMENT)}
    # the 2024 assessment in the file, and this year's, which is not started yet
    assert set(items) == {2024, 2025}
    now = items[2025]
    assert now.date == date(2025, 12, 14) and now.start == date(2025, 11, 14)
    assert (now.days_left, now.warning, now.overdue) == (24, True, False)
    assert items[2024].overdue is False and items[2024].days_left < -KEEP_OVERDUE_DAYS
    assert now.framework_code == "DTI-TQ" and now.title == "Gửi hồ sơ tự đánh giá năm 2025"


def test_no_submission_date_no_assessment_item(af):
    with af.transaction():
        fid = af.repo.frameworks.insert("DTI-TQ", 2022, "Bộ chỉ số")
        af.repo.assessments.insert(fid, 2025)
    assert _of(build_calendar(af, TODAY), DueKind.ASSESSMENT) == []


def test_submission_date_reads_the_period_json():
    assert submission_date({"submit": "12-15", "submit_year": 0}, 2025) == date(2025, 12, 14)
    assert submission_date({"submit": "01-11", "submit_year": 1}, 2025) == date(2026, 1, 10)
    assert submission_date({"start": "12-01", "end": "11-30"}, 2025) is None
    assert submission_date({"submit": "13-40"}, 2025) is None and submission_date(None, 2025) is None
    assert period_rule_words({"start": "12-01", "start_year": -1, "end": "11-30", "end_year": 0, "submit": "12-15",
                              "submit_year": 0}) == "từ 01/12 năm trước đến 30/11; gửi hồ sơ tự đánh giá trước ngày 15/12"


@pytest.mark.parametrize(("text", "expected"), [
    ("Các cơ quan gửi báo cáo tự đánh giá, chấm điểm về Sở Thông tin và Truyền thông trước ngày 15/12 hằng năm.",
     {"submit": "12-15", "submit_year": 0}),
    ("Nộp hồ sơ tự chấm điểm chậm nhất là ngày 10 tháng 01 năm sau.", {"submit": "01-11", "submit_year": 1}),
    ("Hoàn thành tự đánh giá chậm nhất ngày 31/12.", {"submit": "01-01", "submit_year": 1}),
    ("Báo cáo 6 tháng gửi trước ngày 15/6.", {}),  # a periodic report, not the self-assessment
    ("Gửi kết quả tự đánh giá trước ngày 31/02.", {}),
])
def test_read_submission(text, expected):
    assert read_submission([text]) == expected


def test_a_submission_before_the_period_ends_is_next_years():
    period = {"start": "12-01", "start_year": -1, "end": "11-30", "end_year": 0}
    assert read_submission(["gửi kết quả tự đánh giá trước ngày 10/01"], period) == {"submit": "01-10",
                                                                                        "submit_year": 1}


def test_an_imported_decision_keeps_its_submission_date():
    from dtidesk.importers.index_source import read_index_text
    from tests.index.test_index_decisions import TABLE

    draft = read_index_text(TABLE.replace(
        "Thời gian đánh giá: từ ngày 01/12 năm trước đến ngày 30/11 năm đánh giá.",
        "Thời gian đánh giá: từ ngày 01/12 năm trước đến ngày 30/11 năm đánh giá.\n"
        "Các cơ quan gửi báo cáo tự đánh giá, chấm điểm trước ngày 15/12 hằng năm."))
    assert draft.period == {"start": "12-01", "start_year": -1, "end": "11-30", "end_year": 0, "submit": "12-15",
                            "submit_year": 0}


# -- tasks ------------------------------------------------------------------------------------------------------
def test_tasks_not_done_with_their_lead_unit_a_week_ahead(af):
    pid = _plan(af, 2025)
    late = _task(af, pid, date(2025, 5, 20), code="1")
    soon = _task(af, pid, date(2025, 6, 5), "in_progress", code="2", unit=3)
    _task(af, pid, date(2025, 5, 1), "done", code="3")
    _task(af, pid, None, code="4")  # recurring: never due
    tasks = {i.task_id: i for i in _of(build_calendar(af, TODAY), DueKind.TASK)}
    assert set(tasks) == {late, soon}
    assert tasks[late].overdue and tasks[late].days_left == -12 and tasks[late].unit == "Phòng Kế hoạch, Tài chính"
    assert tasks[soon].start == date(2025, 5, 29) and tasks[soon].warning and tasks[soon].unit == "Thanh tra Sở"
    assert tasks[late].title.startswith("1. Rà soát") and tasks[late].key == f"task/{late}"
    # a task stays overdue until it is done, however long ago its date
    far = build_calendar(af, date(2027, 1, 1))
    assert {i.task_id for i in far.due(30) if i.kind == DueKind.TASK} == {late, soon}


# -- units' forms ---------------------------------------------------------------------------------------------
def test_units_that_have_not_sent_their_figures(af):
    _plan(af, 2025, OWN)
    form = af.repo.forms.find("cchc-stats")
    units = {u.name: u.id for u in af.repo.units.all()}
    with af.transaction():  # one unit sent quý I; the collection is under way
        af.repo.forms.set_submission(form.id, 2025, "Q1", units["Thanh tra Sở"], "2025-03-10T09:00:00")
    cal = build_calendar(af, TODAY)
    forms = _of(cal, DueKind.UNIT_FORM)
    q1 = [i for i in forms if i.period == "Q1" and i.year == 2025]
    assert sorted(i.unit for i in q1) == ["Phòng Kế hoạch, Tài chính", "Văn phòng Sở"]
    assert all(i.overdue and i.date == date(2025, 3, 12) for i in q1)  # the plan's 13/3 is before the 14th cut-off
    h1 = [i for i in forms if i.period == "H1" and i.year == 2025]  # not started: every unit, ten days ahead
    assert len(h1) == 3 and h1[0].date == date(2025, 6, 12) and h1[0].start == date(2025, 6, 2)
    assert h1[0].form.startswith("Phụ lục 02 — ") and h1[0].title.endswith("gửi số liệu biểu mẫu Phụ lục 02, "
                                                                            "6 tháng đầu năm 2025")
    # without a plan's earlier date the units' figures are due at the cut-off, "trước ngày 15 của tháng cuối quý"
    m9 = [i for i in forms if i.period == "M9" and i.year == 2026]
    assert m9 and m9[0].date == date(2026, 9, 14) and m9[0].unit_id is not None


def test_a_unit_that_sends_drops_out(af):
    form = af.repo.forms.find("cchc-stats")
    with af.transaction():
        for u in af.repo.units.all():
            af.repo.forms.set_submission(form.id, 2025, "H1", u.id, "2025-06-01T09:00:00")
    assert not [i for i in _of(build_calendar(af, TODAY), DueKind.UNIT_FORM) if i.period == "H1" and i.year == 2025]


# -- the list and the CLI ------------------------------------------------------------------------------------------
def test_due_lists_overdue_and_what_falls_due_within_the_days(af):
    pid = _plan(af, 2025, OWN)
    _task(af, pid, date(2024, 1, 1), code="9")
    _task(af, pid, date(2025, 8, 1), code="8")
    cal = build_calendar(af, TODAY)
    due = cal.due(30)
    assert all(i.overdue or 0 <= i.days_left <= 30 for i in due)
    assert [i.date for i in due] == sorted(i.date for i in due)
    assert not [i for i in due if i.kind == DueKind.TASK and i.date == date(2025, 8, 1)]
    assert [i for i in cal.due(61) if i.kind == DueKind.TASK and i.date == date(2025, 8, 1)]


def test_cli_due_json_keys_and_files(af, tmp_path, capsys):
    pid = _plan(af, 2025, OWN)
    _task(af, pid, date(2025, 5, 20))
    path = af.path
    af.close()
    ics, pdf = tmp_path / "lich.ics", tmp_path / "han.pdf"
    assert main(["due", str(path), "--json", "--days", "20", "--today", "01/06/2025", "--ics", str(ics),
                 "--pdf", str(pdf)]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert rows and all(list(r) == ["kind", "title", "date", "start", "plan", "form", "unit", "days_left", "overdue"]
                        for r in rows)
    task = next(r for r in rows if r["kind"] == "task")
    assert (task["date"], task["days_left"], task["overdue"]) == ("2025-05-20", -12, True)
    assert {r["kind"] for r in rows} == {"task", "report", "unit_form"}
    assert ics.read_bytes().startswith(b"BEGIN:VCALENDAR\r\n") and pdf.read_bytes().startswith(b"%PDF")
    assert main(["due", str(path), "--days", "-3"]) == 1
    assert "không hợp lệ" in capsys.readouterr().err
    assert main(["due", str(path), "--ics", str(tmp_path / "lich.txt")]) == 1
    assert "đuôi .ics" in capsys.readouterr().err


def test_exports_are_atomic_and_named(af, tmp_path):
    _plan(af, 2025, OWN)
    folder = tmp_path / "xuat"
    folder.mkdir()
    out = export_due_pdf(af, folder / "han.pdf", 30, TODAY)
    assert out.read_bytes()[:4] == b"%PDF" and [p.name for p in folder.iterdir()] == ["han.pdf"]  # no temp left
    with pytest.raises(Exception, match="không tồn tại"):
        export_ics(af, tmp_path / "nowhere" / "lich.ics", TODAY)


# -- the .ics text --------------------------------------------------------------------------------------------------
def _unfold(text: str) -> list[str]:
    return re.sub(r"\r\n[ \t]", "", text).split("\r\n")


def _events(text: str) -> list[dict[str, str]]:
    out, current = [], None
    for line in _unfold(text):
        m = re.match(r"^([A-Z-]+)((?:;[A-Z-]+=[^:;]+)*):(.*)$", line)
        if not m:
            continue
        name, params, value = m.groups()
        if name == "BEGIN" and value == "VEVENT":
            current = {}
        elif name == "END" and value == "VEVENT":
            out.append(current)
            current = None
        elif current is not None and name not in current:  # the event's own, not its alarm's
            current[name + params] = value
    return out


def _unescape(value: str) -> str:
    return re.sub(r"\\([\\;,nN])", lambda m: "\n" if m[1] in "nN" else m[1], value)


def test_ics_fields_escaping_folding_and_crlf(af):
    pid = _plan(af, 2025, OWN, title="Kế hoạch cải cách hành chính; chuyển đổi số, chính quyền số")
    tid = _task(af, pid, date(2025, 6, 5))
    cal = build_calendar(af, TODAY)
    text = calendar_ics(cal, dt.datetime(2025, 6, 1, 3, 4, 5, tzinfo=dt.UTC))
    raw = text.encode("utf-8")
    assert raw.startswith(b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:") and raw.endswith(b"END:VCALENDAR\r\n")
    assert b"\n" not in raw.replace(b"\r\n", b"") and b"\r" not in raw.replace(b"\r\n", b"")
    assert all(len(line) <= 75 for line in raw.split(b"\r\n"))
    assert any(line.startswith(b" ") for line in raw.split(b"\r\n"))  # long lines were folded
    for line in raw.split(b"\r\n"):
        line.decode("utf-8")  # never cut inside a character
    events = _events(text)
    assert len(events) == len(cal.items) and len({e["UID"] for e in events}) == len(events)
    task = next(e for e in events if e["UID"].startswith(f"task-{tid}-"))
    assert task["DTSTART;VALUE=DATE"] == "20250605" and task["DTEND;VALUE=DATE"] == "20250606"
    assert task["DTSTAMP"] == "20250601T030405Z" and task["UID"].endswith("@dtidesk")
    assert _unescape(task["SUMMARY"]) == "1. Rà soát, công bố thủ tục; cập nhật “dữ liệu”"
    assert "\\;" in task["SUMMARY"] and "\\," in task["SUMMARY"]
    desc = _unescape(task["DESCRIPTION"])
    assert desc.splitlines()[:2] == ["Loại: Nhiệm vụ", "Kế hoạch: 2025 — Kế hoạch cải cách hành chính; chuyển đổi "
                                                       "số, chính quyền số năm 2025"]
    # the alarm rings at 08:00 on the day the warning starts: 7 days ahead of a task
    block = text[text.index(f"UID:task-{tid}-"):]
    assert re.search(r"BEGIN:VALARM\r\nACTION:DISPLAY\r\n.*?TRIGGER:-P6DT16H\r\nEND:VALARM", block, re.S)
    # the UID is the same on the next export: Outlook updates the event instead of adding a copy
    again = _events(calendar_ics(build_calendar(af, date(2025, 6, 2))))
    assert [e["UID"] for e in again] == [e["UID"] for e in events]


def test_escape_and_fold_rules():
    assert escape_text("a\\b;c,d\ne") == "a\\\\b\\;c\\,d\\ne"
    line = "SUMMARY:" + "Việc cần làm " * 20
    folded = fold(line).encode("utf-8").split(b"\r\n")
    assert all(len(part) <= 75 for part in folded) and all(p.startswith(b" ") for p in folded[1:])
    assert b"".join([folded[0], *(p[1:] for p in folded[1:])]).decode("utf-8") == line


def test_make_item_alarm_days_match_lead_times():
    item = make_item(DueKind.ASSESSMENT, "x", date(2025, 12, 14), TODAY, "a/1", stays_open=False)
    assert item.start == date(2025, 11, 14) and (item.date - item.start).days == LEAD_DAYS[DueKind.ASSESSMENT]
