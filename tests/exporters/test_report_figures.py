"""Issue 17: each figure of the periodic report printed from one source, the figures stated twice with two values
listed before the export (which goes on only when confirmed), the sector form as Phụ lục 08."""

from __future__ import annotations

import datetime as dt
import json
import shutil
from pathlib import Path

import pdfplumber
import pytest

from dtidesk.domain.models import Agency, Directive
from dtidesk.domain.report_figures import is_own, report_conflicts
from dtidesk.domain.report_model import cchc_area_of, report_blocks
from dtidesk.errors import FiguresDiffer
from dtidesk.exporters.report import PLACEHOLDER, build_report_document
from dtidesk.exporters.report_appendix import appendix_labels, build_report_appendices
from dtidesk.services import forms as fo
from dtidesk.services.export import export_report
from dtidesk.services.report import check_report, report_model
from dtidesk.store import open_agency_file

D = dt.date
TODAY = D(2024, 7, 1)
SEED = Path(__file__).resolve().parent.parent / "fixtures" / "seed004"


@pytest.fixture
def path(demo_path):
    """The demo with plan 2 (CCHC) and no figures yet for 6 tháng 2024."""
    return demo_path


def body_of(af, plan_id: int = 2, period: str = "H1") -> list[str]:
    return [p.text for p in build_report_document(report_model(af, plan_id, 2024, period, today=TODAY)).body]


def set_stats(af, values: dict[str, str]) -> None:
    fo.set_values(af, fo.get_form(af, "cchc-stats").id, 2024, "H1", None, values)


def test_directives_figure_has_one_source(path):
    """The issue's case: no directive in the list, Phụ lục 02 row 1.1 says 3. Section I states the form's 3
    (never “không có văn bản”), and the check names both places."""
    with open_agency_file(path) as af:
        set_stats(af, {"1.1": "3"})
        body = body_of(af)
        conflicts = check_report(af, 2, 2024, "H1", today=TODAY)
    assert "Trong kỳ báo cáo, Sở Tư pháp đã ban hành 03 văn bản chỉ đạo, điều hành công tác cải cách hành chính " \
           "(chi tiết tại Phụ lục 02)." in body
    assert not any("không có văn bản chỉ đạo" in t for t in body)
    assert [(c.figure, c.places) for c in conflicts] == [(
        "Số văn bản chỉ đạo CCHC đã ban hành (mục I)",
        (("Phụ lục 02 (dòng 1.1)", "3"), ("danh sách văn bản chỉ đạo của kỳ do Sở Tư pháp ban hành", "0")))]
    assert "Báo cáo in số của Phụ lục 02 (dòng 1.1)" in conflicts[0].message()


def test_completion_rate_has_one_source(path):
    """The form's 31,25% (5 of 16) is the rate the body prints; the tasks' own count is listed beside it."""
    with open_agency_file(path) as af:
        set_stats(af, {"1.2.1": "16", "1.2.2": "5"})
        body = body_of(af)
        conflicts = report_conflicts(report_model(af, 2, 2024, "H1", today=TODAY))
        planned = len(af.repo.tasks.for_plan(2))
    assert "Kế hoạch cải cách hành chính năm 2024 đề ra 16 nhiệm vụ; tính đến ngày 14/06/2024 đã hoàn thành 05 " \
           "nhiệm vụ, đạt 31,25% (chi tiết tại Phụ lục 02)." in body
    assert not any("0%" in t for t in body)
    assert [(c.figure, c.places[0][1], c.places[1][1]) for c in conflicts] == [
        ("Số nhiệm vụ đề ra trong Kế hoạch CCHC năm", "16", str(planned)),
        ("Số nhiệm vụ đã hoàn thành (lũy kế)", "5", "0")]


def test_without_the_form_the_lists_are_the_source(path):
    with open_agency_file(path) as af:
        body = body_of(af)
        planned = len(af.repo.tasks.for_plan(2))
        assert check_report(af, 2, 2024, "H1", today=TODAY) == []
    assert "Trong kỳ báo cáo không có văn bản chỉ đạo, điều hành mới được ban hành." in body
    assert f"Kế hoạch cải cách hành chính năm 2024 đề ra {planned} nhiệm vụ; tính đến ngày 14/06/2024 đã hoàn " \
           "thành 0 nhiệm vụ, đạt 0%." in body
    # Areas with nothing in the file: dotted lines to write on, as the other blocks.
    i = body.index("2. Cải cách thể chế")
    assert body[i + 1] == body[i + 2] == PLACEHOLDER


def test_tthc_table_against_the_form(path):
    with open_agency_file(path) as af:
        tthc = fo.get_form(af, "tthc-results")
        fo.set_table_rows(af, tthc.id, 2024, "H1", None,
                          json.loads((SEED / "tthc_results_rows.json").read_text(encoding="utf-8")))
        set_stats(af, {"3.3.1.1": "56", "3.3.1.2": "56"})
        assert check_report(af, 2, 2024, "H1", today=TODAY) == []
        set_stats(af, {"3.3.1.1": "50", "3.3.1.2": "56"})
        conflicts = check_report(af, 2, 2024, "H1", today=TODAY)
    assert [(c.figure, c.places) for c in conflicts] == [(
        "Số hồ sơ TTHC đã giải quyết xong",
        (("bảng kết quả giải quyết TTHC (trong thân báo cáo)", "56"), ("Phụ lục 02 (dòng 3.3.1.1)", "50")))]


def test_export_waits_for_the_officer(path, tmp_path):
    with open_agency_file(path) as af:
        set_stats(af, {"1.1": "3"})
        with pytest.raises(FiguresDiffer, match="1 số liệu được ghi ở hai nơi") as err:
            export_report(af, 2, 2024, "H1", "pdf", tmp_path / "bc.pdf", today=TODAY)
        assert len(err.value.conflicts) == 1 and "dòng 1.1" in err.value.message
        assert not (tmp_path / "bc.pdf").exists()
        out = export_report(af, 2, 2024, "H1", "pdf", tmp_path / "bc.pdf", today=TODAY, accept_differences=True)
    with pdfplumber.open(out) as pdf:
        assert "đã ban hành 03 văn bản chỉ đạo" in " ".join((p.extract_text() or "").replace("\n", " ")
                                                           for p in pdf.pages)


def test_sector_form_is_phu_luc_08_when_it_has_data(path, tmp_path):
    with open_agency_file(path) as af:
        m = report_model(af, 2, 2024, "H1", today=TODAY)
        assert "form:cchc-sector-stats" not in appendix_labels(m)  # no data: omitted
        sector = fo.get_form(af, "cchc-sector-stats")
        seed = json.loads((SEED / "phuluc08_values.json").read_text(encoding="utf-8"))
        fo.set_values(af, sector.id, 2024, "H1", None,
                      {k: v for k, v in seed.items() if not k.startswith("_") and sector.template.row(k).editable})
        m = report_model(af, 2, 2024, "H1", today=TODAY)
        body = [p.text for p in build_report_document(m).body]
    assert appendix_labels(m) == {"progress": "Phụ lục 01", "form:cchc-sector-stats": "Phụ lục 08"}
    assert [t.label for t in build_report_appendices(m)] == ["Phụ lục 01", "Phụ lục 08"]
    area7 = body[body.index("7. Xây dựng và phát triển Chính phủ điện tử, Chính phủ số"):body.index(
        "III. ĐÁNH GIÁ CHUNG")]
    i = area7.index("Số liệu thống kê thuộc lĩnh vực phụ trách (chi tiết tại Phụ lục 08):")
    assert "tỷ lệ TTHC cung cấp trực tuyến mức độ 3 và 4 đã tích hợp, công khai trên Cổng DVC quốc gia: 45,44%" \
        in area7[i + 4]


def test_report_of_another_plan_leaves_the_cchc_plan_rows_out(path):
    """A DTI plan states its own directives and completion; rows 1.1 and 1.2 of the CCHC form are another
    plan's figures and stay in Phụ lục 02 only."""
    with open_agency_file(path) as af:
        set_stats(af, {"1.1": "3", "1.2.1": "16", "1.2.2": "5", "2.1.1": "4"})
        body = body_of(af, plan_id=1)
        assert check_report(af, 1, 2024, "H1", today=TODAY) == []
    joined = "\n".join(body)
    assert "Tổng số VBQPPL ban hành: 4 văn bản" in joined
    assert "Số văn bản chỉ đạo CCHC" not in joined and "Tỷ lệ hoàn thành Kế hoạch CCHC" not in joined


def test_group_titles_find_their_area():
    assert [cchc_area_of(t) for t in (
        "Cải cách thủ tục hành chính", "Thực hiện cơ chế một cửa, một cửa liên thông", "Cải cách chế độ công vụ",
        "Xây dựng và phát triển Chính quyền điện tử, Chính quyền số", "Chỉ đạo điều hành CCHC",
        "Cải cách thể chế", "Cải cách tổ chức bộ máy hành chính", "Cải cách tài chính công",
        "Nâng cao chất lượng đội ngũ cán bộ, công chức", "Công tác khác")] == [3, 3, 5, 7, 1, 2, 4, 6, 5, None]
    assert list(report_blocks("cchc"))[:3] == ["results", "area_1", "area_2"]
    assert "area_1" not in report_blocks("dti") and "positives" in report_blocks("dti")


def test_own_directives():
    agency = Agency(agency="SỞ TƯ PHÁP", agency_name="Sở Tư pháp", short_code="STP")
    own = [Directive(0, "Kế hoạch", "12/KH-STP", None, "x"), Directive(0, "Công văn", "300/STP-VP", None, "x"),
           Directive(0, "Quyết định", "1/QĐ-UBND", None, "x", issuer="sở tư pháp")]
    others = [Directive(0, "Kế hoạch", "225/KH-UBND", None, "x"),
              Directive(0, "Kế hoạch", "12/KH-STP", None, "x", issuer="UBND tỉnh")]
    assert [is_own(d, agency) for d in own + others] == [True, True, True, False, False]


def test_every_label_cited_when_a_form_has_only_body_rows(path, tmp_path):
    """Phụ lục 02 holding only row 1.1 is still cited (section I), and a carried appendix always is."""
    copy = tmp_path / "c.dtidesk"
    shutil.copy(path, copy)
    with open_agency_file(copy) as af:
        set_stats(af, {"1.1": "0"})
        m = report_model(af, 2, 2024, "H1", today=TODAY)
        body = " ".join(p.text for p in build_report_document(m).body)
    for label in appendix_labels(m).values():
        assert label in body, label
