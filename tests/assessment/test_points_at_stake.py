"""Points at stake on the demo file (seed 000's 2022 result): ranked by points lost and by points recoverable,
the split by evidence, deduction rows, linked tasks across plans and index versions, the CLI, the PDF and Excel
exports, and next year's plan (roll-forward, section II) starting from the same ranking."""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal as D

import openpyxl
import pdfplumber
import pytest

from dtidesk.cli.main import main
from dtidesk.domain.models import Evidence
from dtidesk.errors import NotFound, ValidationError
from dtidesk.exporters.document import build_plan_document
from dtidesk.services import scoring
from dtidesk.services import tasks as task_uc
from dtidesk.services.catalogs import import_framework
from dtidesk.services.export import plan_data
from dtidesk.services.framework_map import propose_links, save_links
from dtidesk.services.points_at_stake import export_points, points_at_stake
from dtidesk.services.rollforward import preview_roll_forward

BY_LOST = ["6.7", "6.8", "6.9", "6.18", "5.3", "3.2", "6.23", "6.25", "3.5", "2.4", "4.1", "6.11", "6.12"]


def _id(af, code: str, fw_code: str = "DTI-TQ-SO", version: int | None = None) -> int:
    fw = [f for f in af.repo.frameworks.all() if f.code == fw_code and version in (None, f.version_year)][0]
    return af.repo.frameworks.indicator_by_code(fw.id, code).id


def _row(stake, code: str):
    return next(r for r in stake.rows if r.code == code)


def test_ranked_by_points_lost_with_seed_000_figures(demo):
    stake = points_at_stake(demo, 2022)
    assert [r.code for r in stake.ranked("lost")] == BY_LOST
    r24, r41 = _row(stake, "2.4"), _row(stake, "4.1")
    # 2.4: appraised 1,67 of 5 → 3,33 lost; self 1,67 as well → nothing the council cut.
    assert (r24.lost, r24.basis, r24.recoverable) == (D("3.33"), "appraised", 0)
    # 4.1: self 5, appraised 2 (“thiếu tài liệu kiểm chứng”) → 3 lost, all 3 recoverable, no evidence in the file.
    assert (r41.lost, r41.recoverable, r41.recoverable_with_evidence, r41.recoverable_without_evidence) == (3, 3, 0, 3)
    fw = scoring.find_framework(demo, None, 2022)
    tree = scoring.score_tree(demo, fw, demo.repo.assessments.find(fw.id, 2022))
    assert stake.totals()["lost"] == tree.total.max_score - tree.total.appraised_score == D("95.26")
    assert stake.totals()["recoverable"] == tree.total.self_score - tree.total.appraised_score == D("50.47")
    assert all(len(r.tasks) == 1 and r.tasks[0].plan_year == 2023 for r in stake.rows)  # plan 1 (2023)
    assert stake.next_plan_source == 1 and [p.year for p in stake.plans] == [2023]


def test_recoverable_split_by_evidence_and_ranked(demo):
    a = demo.repo.assessments.for_year(2022)[0]
    scoring.add_evidence(demo, Evidence(0, a.id, _id(demo, "4.1"), "Quyết định phân công cán bộ chuyên trách",
                                        doc_number="12/QĐ-STP", doc_date=date(2022, 3, 1)))
    stake = points_at_stake(demo, 2022)
    r41 = _row(stake, "4.1")
    assert (r41.recoverable_with_evidence, r41.recoverable_without_evidence, r41.evidence_count) == (3, 0, 1)
    assert [r.code for r in stake.ranked("recoverable")] == [
        "6.7", "6.8", "6.9", "6.18", "5.3", "4.1", "6.11", "6.12", "3.2", "6.23", "6.25", "3.5", "2.4"]
    t = stake.totals()
    assert (t["recoverable_with_evidence"], t["recoverable_without_evidence"]) == (3, D("47.47"))


def test_not_appraised_counts_from_the_self_score_and_says_so(demo):
    a = demo.repo.assessments.for_year(2022)[0]
    scoring.set_score(demo, a.id, _id(demo, "6.11"), "appraised_score", "")
    assert "6.11" not in {r.code for r in points_at_stake(demo, 2022).rows}  # self 10 of 10: nothing lost yet
    scoring.set_score(demo, a.id, _id(demo, "6.11"), "self_score", "6")
    row = _row(points_at_stake(demo, 2022), "6.11")
    assert (row.basis, row.lost, row.appraised, row.recoverable) == ("self", 4, False, 0)
    assert "6.11" not in {f.code for f in preview_roll_forward(demo, 1).flagged}  # not lost at appraisal yet


DEDUCTIONS = {"code": "TEST-DED", "version_year": 2022, "name": "Bộ chỉ số có điểm trừ", "indicators": [
    {"code": "1", "name": "Chính quyền số", "children": [
        {"code": "1.1", "name": "Cổng thông tin điện tử", "max_score": 10},
        {"code": "1.2", "name": "Dịch vụ công trực tuyến", "max_score": 10},
        {"code": "1.3", "name": "Điểm trừ: chậm gửi báo cáo", "max_score": -5}]}]}


@pytest.fixture
def deductions(demo):
    with demo.transaction():
        fid, _ = import_framework(demo, DEDUCTIONS)
        aid = demo.repo.assessments.insert(fid, 2022)
        for code, own, appraised in (("1.1", 10, 8), ("1.2", 10, 10), ("1.3", -1, -3)):
            demo.repo.assessments.set_score(aid, _id(demo, code, "TEST-DED"), D(own), D(appraised), "")
    return fid


def test_a_deduction_row_loses_the_points_it_took(demo, deductions):
    stake = points_at_stake(demo, 2022, "TEST-DED")
    assert [(r.code, r.lost, r.recoverable, r.deduction_row) for r in stake.ranked("lost")] == [
        ("1.3", 3, 2, True), ("1.1", 2, 2, False)]
    assert stake.as_dict()["criteria"][0]["deduction_row"] is True


def test_tasks_of_this_and_next_year_plans_across_index_versions(demo, deductions):
    renumbered = {**DEDUCTIONS, "version_year": 2023, "indicators": [
        {"code": "1", "name": "Chính quyền số", "children": [
            {"code": "1.1", "name": "Dịch vụ công trực tuyến", "max_score": 10},
            {"code": "1.2", "name": "Cổng thông tin điện tử", "max_score": 10},
            {"code": "1.3", "name": "Điểm trừ: chậm gửi báo cáo", "max_score": -5}]}]}
    with demo.transaction():
        new_id, _ = import_framework(demo, renumbered)
        this = demo.repo.plans.insert(kind="dti", year=2022, title="Kế hoạch thử năm 2022")
        nxt = demo.repo.plans.insert(kind="dti", year=2023, title="Kế hoạch thử năm 2023")
        later = demo.repo.plans.insert(kind="dti", year=2024, title="Kế hoạch thử năm 2024")
    save_links(demo, deductions, new_id, propose_links(demo, deductions, new_id).links)
    task_uc.add_task(demo, this, "Nâng cấp cổng thông tin", criterion_id=_id(demo, "1.1", "TEST-DED", 2022))
    task_uc.add_task(demo, nxt, "Duy trì cổng thông tin", criterion_id=_id(demo, "1.2", "TEST-DED", 2023))
    task_uc.add_task(demo, later, "Cổng thông tin năm 2024", criterion_id=_id(demo, "1.1", "TEST-DED", 2022))
    stake = points_at_stake(demo, 2022, "TEST-DED")
    tasks = [(t.plan_year, t.criterion_code, t.content) for t in _row(stake, "1.1").tasks]
    assert tasks == [(2022, "1.1", "Nâng cấp cổng thông tin"), (2023, "1.2", "Duy trì cổng thông tin")]
    assert _row(stake, "1.3").tasks == []
    assert stake.next_plan_source == nxt  # the newest plan on this index up to next year


def test_json_keys_and_order_from_the_cli(demo_path, capsys):
    assert main(["points-at-stake", str(demo_path), "--year", "2022", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert set(data) == {"framework", "framework_version", "year", "by", "definitions", "plans", "totals", "criteria"}
    assert (data["framework"], data["year"], data["by"]) == ("DTI-TQ-SO", 2022, "lost")
    assert set(data["totals"]) == {"lost", "recoverable", "recoverable_with_evidence", "recoverable_without_evidence"}
    first = data["criteria"][0]
    assert set(first) == {"rank", "code", "name", "component", "max_score", "self_score", "appraised_score", "lost",
                          "basis", "recoverable", "recoverable_with_evidence", "recoverable_without_evidence",
                          "evidence_count", "deduction_row", "tasks"}
    assert set(first["tasks"][0]) == {"plan_id", "plan_year", "code", "content", "status", "criterion"}
    assert [c["code"] for c in data["criteria"]] == BY_LOST and [c["rank"] for c in data["criteria"]] == list(
        range(1, 14))
    c24 = next(c for c in data["criteria"] if c["code"] == "2.4")
    assert (c24["max_score"], c24["appraised_score"], c24["lost"], c24["recoverable"]) == (5, 1.67, 3.33, 0)
    assert main(["points-at-stake", str(demo_path), "--year", "2022", "--by", "recoverable", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["by"] == "recoverable" and data["criteria"][4]["code"] == "5.3"
    assert main(["points-at-stake", str(demo_path), "--year", "2022"]) == 0
    text = capsys.readouterr().out
    assert "mất 95,26 điểm" in text and "Điểm có thể giành lại = điểm tự chấm − điểm thẩm định" in text


def test_cli_refusals(demo_path, tmp_path, capsys):
    assert main(["points-at-stake", str(demo_path), "--year", "2021"]) == 1
    assert "Chưa có kết quả đánh giá năm 2021" in capsys.readouterr().err
    assert main(["points-at-stake", str(demo_path), "--year", "2022", "--format", "pdf"]) == 2
    assert main(["points-at-stake", str(demo_path), "--year", "2022", "--format", "pdf",
                 "--out", str(tmp_path / "a.xlsx")]) == 2
    assert main(["points-at-stake", str(demo_path), "--year", "2022", "--by", "most"]) == 2
    assert not list(tmp_path.glob("a.*"))


def test_service_refusals(demo, tmp_path):
    with pytest.raises(NotFound):
        points_at_stake(demo, 2030)
    with pytest.raises(ValidationError, match="pdf, xlsx"):
        export_points(demo, 2022, "docx", tmp_path / "a.docx")
    with pytest.raises(ValidationError, match="Xếp theo"):
        export_points(demo, 2022, "pdf", tmp_path / "a.pdf", by="most")


def test_pdf_export_is_a_landscape_table_with_totals(demo_path, tmp_path):
    out = tmp_path / "diem.pdf"
    assert main(["points-at-stake", str(demo_path), "--year", "2022", "--format", "pdf", "--out", str(out)]) == 0
    with pdfplumber.open(out) as pdf:
        assert all(p.width > p.height for p in pdf.pages)
        text = " ".join(" ".join((p.extract_text() or "").split()) for p in pdf.pages)
    assert "ĐIỂM BỊ MẤT VÀ ĐIỂM CÓ THỂ GIÀNH LẠI THEO TIÊU CHÍ NĂM 2022" in text
    assert "Tổng cộng 95,26 0 50,47" in text
    assert text.index(" 6.7 ") < text.index(" 3.5 ") < text.index(" 2.4 ") < text.index(" 6.12 ")
    assert "KH 2023:" in text and "Điểm bị mất = điểm tối đa − điểm thẩm định" in text


def test_xlsx_export_cells_and_the_total_formula(demo, tmp_path):
    a = demo.repo.assessments.for_year(2022)[0]
    task = next(t for t in demo.repo.tasks.for_plan(1) if t.criterion_id == _id(demo, "4.1"))
    task_uc.update_task(demo, task.id, content="=HYPERLINK(\"http://x\",\"bấm\")")  # text, never a formula
    scoring.add_evidence(demo, Evidence(0, a.id, _id(demo, "4.1"), "Quyết định phân công"))
    out = export_points(demo, 2022, "xlsx", tmp_path / "diem.xlsx", by="recoverable")
    ws = openpyxl.load_workbook(out).active
    head = [c.value for c in ws[4]]
    assert head[:7] == ["STT", "Mã số", "Tiêu chí", "Điểm tối đa", "Điểm tự chấm", "Điểm thẩm định", "Điểm bị mất"]
    assert [c.value for c in ws[5]][7:9] == ["Có tài liệu kiểm chứng", "Chưa có tài liệu kiểm chứng"]
    rows = {ws.cell(r, 2).value: r for r in range(6, 19)}
    assert [ws.cell(r, 2).value for r in range(6, 19)][:6] == ["6.7", "6.8", "6.9", "6.18", "5.3", "4.1"]
    r41 = rows["4.1"]
    assert [ws.cell(r41, c).value for c in range(1, 10)] == [6, "4.1", ws.cell(r41, 3).value, 5, 5, 2, 3, 3, 0]
    assert ws.cell(r41, 10).data_type == "s" and ws.cell(r41, 10).value.startswith("- KH 2023: =HYPERLINK")
    assert [ws.cell(19, c).value for c in (3, 7, 8, 9)] == ["Tổng cộng", "=SUM(G6:G18)", "=SUM(H6:H18)",
                                                             "=SUM(I6:I18)"]
    assert sum(ws.cell(r, 7).value for r in range(6, 19)) == pytest.approx(95.26)
    assert ws.page_setup.orientation == "landscape" and ws.print_title_rows == "$4:$5"


def test_roll_forward_flags_criteria_in_the_order_of_points_lost(demo):
    flagged = preview_roll_forward(demo, 1).flagged
    assert [f.code for f in flagged] == [r.code for r in points_at_stake(demo, 2022).lost_in_appraisal()] == BY_LOST
    assert [f.deduction for f in flagged] == sorted((f.deduction for f in flagged), reverse=True)


def test_section_two_names_the_criteria_that_lost_points_first(demo):
    body = [p.text for p in build_plan_document(plan_data(demo, 1)).body]
    i = next(k for k, t in enumerate(body) if t.startswith("II. NỘI DUNG"))
    k = next(k for k, t in enumerate(body) if t.startswith("Theo bảng kết quả đánh giá"))
    first_index = next(k for k, t in enumerate(body) if t.startswith("1. Chỉ số “Nhận thức số”"))
    assert i < k < first_index  # in section II, before the indices
    assert body[k] == (
        "Theo bảng kết quả đánh giá năm 2022, Sở Tư pháp bị trừ điểm ở 13 tiêu chí; theo thứ tự số điểm bị trừ từ "
        "cao xuống thấp: 6.7 (10 điểm), 6.8 (10 điểm), 6.9 (10 điểm), 6.18 (10 điểm), 5.3 (10 điểm), 3.2 (10 điểm), "
        "6.23 (10 điểm), 6.25 (10 điểm), 3.5 (8,46 điểm), 2.4 (3,33 điểm), 4.1 (03 điểm), 6.11 (0,33 điểm) và 6.12 "
        "(0,14 điểm). Kế hoạch ưu tiên cải thiện các tiêu chí này theo thứ tự trên.")
    assert not any(t.startswith("Theo bảng kết quả") for t in
                   (p.text for p in build_plan_document(plan_data(demo, 2)).body))  # a CCHC plan: no scores
