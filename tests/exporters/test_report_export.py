"""The periodic report: its document model, its appendices, and the PDF, Word and Excel files read back."""

from __future__ import annotations

import datetime as dt
import json
import re
import shutil
from pathlib import Path

import pdfplumber
import pytest
from docx import Document
from docx.oxml.ns import qn
from openpyxl import load_workbook

from dtidesk.domain.models import Directive
from dtidesk.errors import NotFound, ValidationError
from dtidesk.exporters.report import PLACEHOLDER, build_report_document
from dtidesk.exporters.report_appendix import appendix_labels, build_report_appendices
from dtidesk.resources import resource_path
from dtidesk.services import forms as fo
from dtidesk.services import tasks as task_ops
from dtidesk.services.export import export_report
from dtidesk.services.report import report_model, report_summary, set_report_text
from dtidesk.store import open_agency_file

D = dt.date
SEED = Path(__file__).resolve().parent.parent / "fixtures" / "seed004"
TODAY = D(2024, 7, 1)  # after the cut-off: the report is as of 14/06/2024
TITLE = ("Kết quả thực hiện công tác cải cách hành chính 6 tháng đầu năm 2024, phương hướng, nhiệm vụ "
         "6 tháng cuối năm 2024")
RESULTS = "Sở đã hoàn thành đúng tiến độ các nhiệm vụ trọng tâm của quý I.\nTỷ lệ hồ sơ giải quyết đúng hạn đạt 100%."
PROPOSAL = "Đề nghị Sở Nội vụ tổ chức tập huấn nghiệp vụ cải cách hành chính."
HEADINGS = ["I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH", "II. KẾT QUẢ THỰC HIỆN CÔNG TÁC CẢI CÁCH HÀNH CHÍNH",
            "III. ĐÁNH GIÁ CHUNG", "IV. PHƯƠNG HƯỚNG, NHIỆM VỤ 6 THÁNG CUỐI NĂM 2024", "V. ĐỀ XUẤT, KIẾN NGHỊ"]
AREAS = ["1. Công tác chỉ đạo, điều hành", "2. Cải cách thể chế",
         "3. Cải cách thủ tục hành chính, thực hiện cơ chế một cửa, một cửa liên thông",
         "4. Cải cách tổ chức bộ máy hành chính nhà nước", "5. Cải cách chế độ công vụ", "6. Cải cách tài chính công",
         "7. Xây dựng và phát triển Chính phủ điện tử, Chính phủ số"]
FORM_TITLE = "THỐNG KÊ SỐ LIỆU VỀ KẾT QUẢ THỰC HIỆN CÔNG TÁC CẢI CÁCH HÀNH CHÍNH"


def norm(text: str) -> str:
    return " ".join(text.replace("\u00a0", " ").split())


@pytest.fixture(scope="session")
def report_path(demo_template, tmp_path_factory) -> Path:
    """The demo's CCHC plan (2) with six months of 2024 behind it: statuses, directives, forms, texts."""
    path = tmp_path_factory.mktemp("report") / "report.dtidesk"
    shutil.copy(demo_template, path)
    with open_agency_file(path) as af:
        with af.transaction():
            for kind, number, issued, summary, plan_id in [
                    ("Kế hoạch", "12/KH-STP", D(2024, 1, 22), "Tuyên truyền cải cách hành chính năm 2024", 2),
                    ("Quyết định", "45/QĐ-STP", D(2024, 3, 5), "Kiện toàn Tổ công tác cải cách hành chính", None),
                    ("Công văn", "300/STP-VP", D(2024, 8, 1), "Văn bản ngoài kỳ báo cáo", 2),
                    ("Công văn", "301/STP-VP", D(2024, 2, 1), "Văn bản của kế hoạch khác", 1)]:
                af.repo.directives.insert(Directive(0, kind, number, issued, summary, "Sở Tư pháp", plan_id=plan_id))
        tasks = af.repo.tasks.for_plan(2)
        q1 = next(t for t in tasks if t.timeline == "Quý I/2024")
        q2 = [t for t in tasks if t.timeline == "Quý II/2024"]
        regular = next(t for t in tasks if t.timeline == "Thường xuyên")
        office = next(u.id for u in af.repo.units.all() if u.name == "Văn phòng Sở")
        task_ops.set_task_units(af, q1.id, "lead", [office])  # not started, due 31/03: overdue
        task_ops.update_task(af, q2[0].id, status="done", completed_on=D(2024, 5, 2))  # on time
        task_ops.update_task(af, q2[1].id, status="in_progress")
        task_ops.update_task(af, regular.id, timeline="Tháng 2/2024", status="done", completed_on=D(2024, 3, 10))
        stats = fo.get_form(af, "cchc-stats")
        seed = json.loads((SEED / "phuluc02_values.json").read_text(encoding="utf-8"))
        figures = {k: v for k, v in seed.items() if stats.template.has(k) and stats.template.row(k).editable}
        figures.pop("7.6.2.1")  # seed 004 typed "100%" into a count row
        fo.set_values(af, stats.id, 2024, "H1", None, figures)
        tthc = fo.get_form(af, "tthc-results")
        fo.set_table_rows(af, tthc.id, 2024, "H1", None,
                          json.loads((SEED / "tthc_results_rows.json").read_text(encoding="utf-8")))
        set_report_text(af, 2, 2024, "H1", "results", RESULTS)
        set_report_text(af, 2, 2024, "H1", "proposals", PROPOSAL)
    return path


@pytest.fixture
def af(report_path):
    with open_agency_file(report_path, readonly=True) as f:
        yield f


@pytest.fixture
def model(af):
    return report_model(af, 2, 2024, "H1", today=TODAY)


@pytest.fixture(scope="session")
def files(report_path, tmp_path_factory) -> dict[str, Path]:
    out = tmp_path_factory.mktemp("report-out")
    with open_agency_file(report_path, readonly=True) as f:
        # Phụ lục 02 says the plan has 6 tasks, the file 33 (a figure stated twice): the officer confirmed.
        return {fmt: export_report(f, 2, 2024, "H1", fmt, out / f"bao-cao.{fmt}", today=TODAY,
                                   accept_differences=True) for fmt in ("pdf", "docx", "xlsx")}


def texts(doc) -> list[str]:
    return [p.text for p in doc.body]


# -- the document model ---------------------------------------------------------------------------------
def test_header_title_and_sections(model):
    doc = build_report_document(model)
    assert (doc.parent_agency, doc.agency, doc.doc_type) == ("UBND TỈNH TUYÊN QUANG", "SỞ TƯ PHÁP", "BÁO CÁO")
    assert doc.number_line == "Số:       /BC-STP" and doc.place_date == "Tuyên Quang, ngày      tháng 6 năm 2024"
    assert doc.title == TITLE
    body = texts(doc)
    assert [t for t in body if t in HEADINGS] == HEADINGS
    assert [p.text for p in doc.body if p.style == "section"] == HEADINGS
    assert body[0].startswith("Thực hiện Kế hoạch cải cách hành chính năm 2024, Sở Tư pháp báo cáo kết quả")
    assert "(số liệu tính từ ngày 15/12/2023 đến ngày 14/06/2024)" in body[0]
    assert body[-1] == "Sở Tư pháp trân trọng báo cáo./."
    assert doc.signature_lines == ["GIÁM ĐỐC"] and doc.recipients[-1] == "Lưu: VT, VP.NHHương."
    assert not any(re.search(r"\bNone\b|\bTrue\b|\bFalse\b|\bnan\b", t) for t in body)


def section(body: list[str], first: str, after: str) -> list[str]:
    return body[body.index(first) + 1:body.index(after)]


def test_results_by_the_seven_cchc_areas(model):
    """Seed 004 II.1–7: every area in order, the plan's task groups placed in theirs by title."""
    body = texts(build_report_document(model))
    assert [t for t in body if t in AREAS] == AREAS
    c = model.progress
    head = section(body, HEADINGS[1], AREAS[0])
    assert head[0] == RESULTS.splitlines()[0]  # the officer's general paragraph leads section II
    # One source for the plan's completion: rows 1.2.1 / 1.2.2 / 1.2 of Phụ lục 02 (6, 2, 33,33%).
    assert head[2] == ("Kế hoạch cải cách hành chính năm 2024 đề ra 06 nhiệm vụ; tính đến ngày 14/06/2024 đã "
                       "hoàn thành 02 nhiệm vụ, đạt 33,33% (chi tiết tại Phụ lục 02).")
    assert head[3].startswith(f"Trong kỳ báo cáo, Kế hoạch có {c['planned']:02d} nhiệm vụ phải thực hiện")
    assert "hoàn thành 02 (đúng hạn 01, quá hạn 01)" in head[3] and head[3].endswith("(chi tiết tại Phụ lục 01).")
    assert "tỷ lệ hoàn thành" not in " ".join(body)  # no second rate beside the form's
    # Plan groups: I. Cải cách TTHC → 3, II. Chế độ công vụ → 5, III. Chính quyền điện tử → 7, IV. Chỉ đạo → 1.
    counts = {a.title: a.counts["planned"] for a in model.by_area}
    area = {k: section(body, AREAS[k - 1], AREAS[k] if k < 7 else HEADINGS[2]) for k in range(1, 8)}
    for k, title in ((1, "Chỉ đạo điều hành CCHC"), (3, "Cải cách thủ tục hành chính"), (5, "Cải cách chế độ công vụ"),
                     (7, "Xây dựng và phát triển Chính quyền điện tử, Chính quyền số")):
        assert area[k][0].startswith(f"Nhiệm vụ của Kế hoạch thuộc lĩnh vực này trong kỳ: {counts[title]:02d} "
                                     "nhiệm vụ"), (k, area[k][0])
    assert area[2][:2] == ["Số liệu thống kê:", "- Tổng số VBQPPL ban hành: 4 văn bản (số VBQPPL do cấp tỉnh ban "
                                                "hành: 4 văn bản)."]
    assert not any(t.startswith("Nhiệm vụ của Kế hoạch") for k in (2, 4, 6) for t in area[k])
    assert "- Thực hiện nhiệm vụ UBND tỉnh, Chủ tịch UBND tỉnh giao: tổng số nhiệm vụ được giao: 26 nhiệm vụ; số " \
           "nhiệm vụ đã hoàn thành đúng hạn: 20 nhiệm vụ." in area[1]
    assert "- Xây dựng và vận hành Hệ thống họp trực tuyến: 3 cấp;" in area[7]  # a choice prints its answer
    assert area[3][area[3].index("Nhiệm vụ đã hoàn thành:") + 1].endswith("hoàn thành ngày 10/03/2024; quá hạn).")
    assert area[7][area[7].index("Nhiệm vụ đã hoàn thành:") + 1].endswith(
        "(Phòng Chuyển đổi số; hoàn thành ngày 02/05/2024).")
    assert area[7][area[7].index("Nhiệm vụ quá hạn, chưa hoàn thành:") + 1].endswith(
        "(đơn vị chủ trì: Văn phòng Sở; hạn hoàn thành: 31/03/2024).")
    assert area[6] == ["Số liệu thống kê:", "- Thực hiện tự chủ tài chính của đơn vị sự nghiệp (ĐVSN) (lũy kế đến "
                       "thời điểm báo cáo): tổng số ĐVSN công lập: 1 đơn vị; số ĐVSN do Nhà nước bảo đảm chi thường "
                       "xuyên: 1 đơn vị."]


def test_tthc_table_by_field_in_the_body(model):
    """Seed 004 II.2.1: the totals in a sentence, then the table of results by field, in area 3."""
    doc = build_report_document(model)
    body = texts(doc)
    i = next(i for i, p in enumerate(doc.body) if p.table is not None)
    assert body.index(AREAS[2]) < i < body.index(AREAS[3])
    assert body[i - 1] == ("Kết quả giải quyết thủ tục hành chính từ ngày 15/12/2023 đến ngày 14/06/2024: tiếp nhận "
                           "56 hồ sơ; đã giải quyết 56 hồ sơ (trước hạn 56, đúng hạn 0, quá hạn 0), tỷ lệ giải quyết "
                           "đúng hạn 100%. Kết quả theo từng lĩnh vực:")
    table = doc.body[i].table
    assert [h.text for h in table.header if h.row == 1] == ["Tổng số hồ sơ", "Trước hạn", "Đúng hạn", "Quá hạn"]
    assert [r.cells[1].text for r in table.rows[:2]] == ["Cộng I+II+III", "Lĩnh vực Báo chí"]
    assert table.rows[0].cells[2].value == 56 and table.rows[1].kind == "group"
    # Rows 3.3.1.x of Phụ lục 02 are the table's totals: not stated a second time in the body.
    assert not any("giải quyết đúng hạn:" in t for t in body)


def test_directives_of_the_period_only(model):
    body = texts(build_report_document(model))
    assert "Trong kỳ báo cáo, Sở Tư pháp đã ban hành 02 văn bản chỉ đạo, điều hành công tác cải cách hành chính " \
           "(chi tiết tại Phụ lục 03), gồm:" in body
    assert "- Kế hoạch số 12/KH-STP ngày 22/01/2024 của Sở Tư pháp: Tuyên truyền cải cách hành chính năm 2024;" in body
    assert "- Quyết định số 45/QĐ-STP ngày 05/03/2024 của Sở Tư pháp: Kiện toàn Tổ công tác cải cách hành chính." \
        in body
    assert not any("300/STP-VP" in t or "301/STP-VP" in t for t in body)


def test_text_blocks_and_placeholders(model):
    body = texts(build_report_document(model))
    assert body[body.index(HEADINGS[1]) + 1:body.index(HEADINGS[1]) + 3] == RESULTS.splitlines()
    assert body[body.index("V. ĐỀ XUẤT, KIẾN NGHỊ") + 1] == PROPOSAL
    assessment = section(body, HEADINGS[2], HEADINGS[3])
    assert [t for t in assessment if t != PLACEHOLDER] == ["1. Mặt tích cực", "2. Tồn tại, hạn chế", "3. Nguyên nhân"]
    for heading in ("1. Mặt tích cực", "2. Tồn tại, hạn chế", "3. Nguyên nhân", HEADINGS[3]):
        j = body.index(heading)
        assert body[j + 1] == body[j + 2] == PLACEHOLDER and set(PLACEHOLDER) == {"…"}


def test_every_appendix_is_cited_in_order(model):
    body = " ".join(texts(build_report_document(model)))
    labels = list(appendix_labels(model).values())
    assert labels == sorted(labels)
    for label in labels:
        assert f"(chi tiết tại {label})" in body, label


def test_other_periods_and_plan_kinds(af):
    dti = build_report_document(report_model(af, 1, 2023, "Y", today=TODAY))
    assert dti.title == ("Kết quả thực hiện nhiệm vụ nâng cao Chỉ số chuyển đổi số (DTI) năm 2023, phương hướng, "
                         "nhiệm vụ năm 2024")
    assert "- 1. Chỉ số “Nhận thức số”" in "\n".join(texts(dti))
    assert "IV. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2024" in texts(dti)
    assert "II. KẾT QUẢ THỰC HIỆN NHIỆM VỤ" in texts(dti) and AREAS[0] not in texts(dti)  # its own groups
    assert "1. Mặt tích cực" in texts(dti)
    q1 = report_model(af, 2, 2024, "Q1", today=TODAY)
    assert build_report_document(q1).title.endswith("quý I năm 2024, phương hướng, nhiệm vụ quý II năm 2024")
    m9 = report_model(af, 2, 2024, "m9", today=TODAY)
    assert build_report_document(m9).title.endswith("9 tháng năm 2024, phương hướng, nhiệm vụ quý IV năm 2024")
    adhoc = build_report_document(report_model(af, 2, 2024, "ADHOC", today=D(2024, 4, 2)))
    assert adhoc.title.endswith("năm 2024 (tính đến ngày 02/04/2024), phương hướng, nhiệm vụ thời gian tới")
    assert adhoc.place_date == "Tuyên Quang, ngày      tháng 4 năm 2024"


def test_bad_requests(af):
    with pytest.raises(NotFound, match="kế hoạch số hiệu 99"):
        report_model(af, 99, 2024, "H1")
    with pytest.raises(ValidationError, match="Kỳ báo cáo “Q5” không hợp lệ"):
        report_model(af, 2, 2024, "Q5")


# -- the appendices -------------------------------------------------------------------------------------
def test_appendix_labels_keep_the_forms_numbers(model):
    assert appendix_labels(model) == {"progress": "Phụ lục 01", "form:cchc-stats": "Phụ lục 02",
                                      "directives": "Phụ lục 03"}  # the TTHC table is in the body
    tables = build_report_appendices(model)
    assert [(t.label, t.kind, t.landscape) for t in tables] == [
        ("Phụ lục 01", "progress", True), ("Phụ lục 02", "form", False), ("Phụ lục 03", "directives", True)]
    assert all(t.reference == "(Kèm theo Báo cáo số       /BC-STP ngày      tháng 6 năm 2024 của Sở Tư pháp)"
               for t in tables)


def test_labels_of_more_forms(report_path, tmp_path):
    path = tmp_path / "more.dtidesk"
    shutil.copy(report_path, path)
    custom = json.loads(resource_path("forms/cchc-sector-stats.json").read_text(encoding="utf-8"))
    custom.update(code="province-extra", appendix_label="Phụ lục 02")  # clashes with cchc-stats
    (tmp_path / "extra.json").write_text(json.dumps(custom, ensure_ascii=False), encoding="utf-8")
    with open_agency_file(path) as f:
        fo.add_form_from_json(f, tmp_path / "extra.json")
        for code in ("cchc-sector-stats", "province-extra"):
            fo.set_values(f, fo.get_form(f, code).id, 2024, "H1", None, {"1": "1"})
        m = report_model(f, 2, 2024, "H1", today=TODAY)
    assert appendix_labels(m) == {"progress": "Phụ lục 01", "form:cchc-stats": "Phụ lục 02",
                                  "directives": "Phụ lục 03", "form:province-extra": "Phụ lục 04",
                                  "form:cchc-sector-stats": "Phụ lục 08"}
    tables = build_report_appendices(m)
    assert [t.sheet_name for t in tables] == [f"Phụ lục 0{n}" for n in (1, 2, 3, 4, 8)]
    assert [t.kind for t in tables] == ["progress", "form", "directives", "form", "form"]
    body = texts(build_report_document(m))
    assert "8. Số liệu thống kê khác" in body and "Các chỉ tiêu chính của biểu thống kê (chi tiết tại Phụ lục 04):" \
        in body  # a province's own form, after the seven areas
    area7 = " ".join(section(body, AREAS[6], "8. Số liệu thống kê khác"))
    assert "Số liệu thống kê thuộc lĩnh vực phụ trách (chi tiết tại Phụ lục 08):" in area7


def test_single_appendix_is_unnumbered(af):
    m = report_model(af, 2, 2023, "Y", today=TODAY)  # no directives, no figures in 2023
    assert [t.label for t in build_report_appendices(m)] == ["Phụ lục"]


def test_statistics_form_appendix(model):
    form = build_report_appendices(model)[1]
    assert [h.text for h in form.header if h.row == 0] == [
        "STT", "Chỉ tiêu thống kê (Sử dụng trong kỳ báo cáo hàng quý, 6 tháng, năm)", "Kết quả thống kê", "Ghi chú"]
    assert [h.text for h in form.header if h.row == 1] == ["Đơn vị tính", "Số liệu"]
    rows = {r.cells[0].text: r for r in form.rows}
    assert len(rows) == len(model.forms[0].form.template.rows)
    assert rows["1"].kind == "group" and rows["1.2.1"].kind == "item"
    assert rows["7.1"].cells[2].text == "Chưa = 0; Hoàn thành = 1" and rows["7.1"].cells[3].text == "0"
    ratio = rows["1.2"].cells[3]
    assert ratio.text == "33,33%" and ratio.formula.op == "ratio" and ratio.number_format == "0.00%"
    index = [r.cells[0].text for r in form.rows]
    assert ratio.formula.refs == [(index.index("1.2.2"), 3), (index.index("1.2.1"), 3)]
    assert rows["1.1"].cells[1].text == "Số văn bản chỉ đạo CCHC đã ban hành\n(Kết luận, chỉ thị, công văn chỉ đạo, " \
                                        "quán triệt)"


def test_progress_and_directives_appendices(model):
    progress, _form, directives = build_report_appendices(model)
    total = next(r for r in progress.rows if r.kind == "total")
    assert total.cells[2].value == model.progress["planned"] and total.cells[2].formula.op == "sum"
    assert total.cells[3].value == 2 and total.cells[9].formula.op == "ratio"
    assert [h.text for h in progress.header][-1] == "Tỷ lệ hoàn thành trong kỳ"  # not the plan's (Phụ lục 02)
    assert [r.cells[1].text for r in progress.rows if r.kind == "group"] == ["Theo lĩnh vực", "Theo đơn vị chủ trì"]
    assert [r.cells[2].text for r in directives.rows] == ["12/KH-STP", "45/QĐ-STP"]
    assert [r.cells[3].text for r in directives.rows] == ["22/01/2024", "05/03/2024"]


def test_summary_json(model):
    s = report_summary(model)
    assert s["title"] == TITLE and s["cutoff"] == {"from": "2023-12-15", "to": "2024-06-14"}
    assert s["counts"]["overdue"] == 1 and [u["unit"] for u in s["by_unit"]] == ["Văn phòng Sở", "Phòng Chuyển đổi số"]
    assert {"task", "lead_units", "due_date"} <= set(s["overdue"][0])
    assert [d["number"] for d in s["directives"]] == ["12/KH-STP", "45/QĐ-STP"]
    assert s["forms"][0]["code"] == "cchc-stats" and s["forms"][0]["findings"] == []
    figures = {k["row"]: k for k in s["forms"][0]["key_figures"]}
    assert figures["1.2"] == {"row": "1.2", "label": "Tỷ lệ hoàn thành Kế hoạch CCHC năm", "value": "33,33%",
                              "text": "33,33%"}
    assert (figures["7.2"]["value"], figures["7.2"]["text"]) == ("2", "3 cấp")
    assert s["texts"]["results"] == RESULTS and s["texts"]["causes"] == ""
    assert list(s["texts"])[1:3] == ["area_1", "area_2"] and "positives" in s["texts"]
    assert [c["figure"] for c in s["conflicts"]] == ["Số nhiệm vụ đề ra trong Kế hoạch CCHC năm"]
    assert [p["value"] for p in s["conflicts"][0]["places"]] == ["6", "33"]
    json.dumps(s, ensure_ascii=False)


# -- the files ------------------------------------------------------------------------------------------
def test_pdf(files):
    with pdfplumber.open(files["pdf"]) as pdf:
        pages = [norm(p.extract_text() or "") for p in pdf.pages]
        sizes = [(round(p.width), round(p.height)) for p in pdf.pages]
    text = " ".join(pages)
    assert "BÁO CÁO" in pages[0] and TITLE in text
    for heading in HEADINGS + AREAS + ["1. Mặt tích cực", RESULTS.splitlines()[1], PROPOSAL, "Nơi nhận:"]:
        assert heading in text, heading
    starts = {label: next(i for i, p in enumerate(pages) if p.startswith(label)) for label in
              ("Phụ lục 01", "Phụ lục 02", "Phụ lục 03")}
    body = " ".join(pages[:starts["Phụ lục 01"]])
    assert "Tên hồ sơ tiếp nhận" in body and "Cộng I+II+III 56 56 56" in body  # the TTHC table in the body
    assert list(starts.values()) == sorted(starts.values()) and starts["Phụ lục 01"] > 0
    assert sizes[0] == (595, 842) and sizes[starts["Phụ lục 01"]] == (842, 595)
    assert sizes[starts["Phụ lục 02"]] == (595, 842) and sizes[starts["Phụ lục 03"]] == (842, 595)
    assert FORM_TITLE in pages[starts["Phụ lục 02"]] and "33,33%" in pages[starts["Phụ lục 02"]]
    # Phụ lục 02 runs over several pages: numbered 2, 3… from its own start, its header row on each page.
    for k, page in enumerate(pages[starts["Phụ lục 02"] + 1:starts["Phụ lục 03"]], start=2):
        assert page.startswith(f"{k} Chỉ tiêu thống kê") and "Đơn vị tính Số liệu" in page[:200]
    assert starts["Phụ lục 03"] - starts["Phụ lục 02"] >= 3
    assert "THỐNG KÊ CÁC VĂN BẢN CHỈ ĐẠO" in pages[starts["Phụ lục 03"]] and "45/QĐ-STP" in text
    assert "Phụ lục 04" not in text and "None" not in text


def test_docx(files):
    doc = Document(str(files["docx"]))
    paras = [p.text for p in doc.paragraphs]
    assert "BÁO CÁO" in paras and TITLE in paras and all(h in paras for h in HEADINGS)
    assert PLACEHOLDER in paras and PROPOSAL in paras
    for label in ("Phụ lục 01", "Phụ lục 02", "Phụ lục 03"):
        assert label in paras
    assert FORM_TITLE in " ".join(paras) and "Phụ lục 04" not in paras
    sections = doc.sections
    assert len(sections) == 4
    assert [s.page_width > s.page_height for s in sections] == [False, True, False, True]
    # The TTHC table in the body (after the header blocks and the table of Hình 1's figures).
    tthc = next(t for t in doc.tables if t.cell(0, 1).text == "Tên hồ sơ tiếp nhận")
    assert tthc.cell(2, 1).text == "Cộng I+II+III"
    assert tthc.rows[0]._tr.trPr.find(qn("w:tblHeader")) is not None
    for s in sections[1:]:
        assert s._sectPr.find(qn("w:pgNumType")).get(qn("w:start")) == "1" and s.different_first_page_header_footer
    cells = {c.text for t in doc.tables for row in t.rows for c in row.cells}
    assert {"33,33%", "Chưa = 0; Hoàn thành = 1", "Cộng I+II+III", "45/QĐ-STP"} <= cells
    form = next(t for t in doc.tables if t.cell(0, 0).text == "STT" and "Chỉ tiêu" in t.cell(0, 1).text)
    assert form.rows[0]._tr.trPr.find(qn("w:tblHeader")) is not None


def test_xlsx(files):
    wb = load_workbook(files["xlsx"])
    assert wb.sheetnames == ["Phụ lục 01", "Phụ lục 02", "Phụ lục 03"]
    ws = wb["Phụ lục 02"]
    assert ws["A1"].value == "Phụ lục 02" and ws["A2"].value.startswith(FORM_TITLE)
    rows = {ws.cell(r, 1).value: r for r in range(7, ws.max_row + 1)}
    r12, r121, r122 = rows["1.2"], rows["1.2.1"], rows["1.2.2"]
    assert ws.cell(r12, 4).value == f'=IF(N(D{r121})=0,"",D{r122}/D{r121})'
    assert ws.cell(r121, 4).value == 6 and ws.cell(rows["7.1"], 3).value == "Chưa = 0; Hoàn thành = 1"
    assert ws.cell(rows["1"], 2).font.b and not ws.cell(r121, 2).font.b
    assert ws.page_setup.orientation == "portrait" and wb["Phụ lục 01"].page_setup.orientation == "landscape"
    progress = wb["Phụ lục 01"]
    total = next(r for r in range(7, progress.max_row + 1) if progress.cell(r, 2).value == "Cộng")
    assert progress.cell(total, 3).value.startswith("=SUM(C")


def test_empty_plan_prints_but_has_no_spreadsheet(report_path, tmp_path):
    path = tmp_path / "empty.dtidesk"
    shutil.copy(report_path, path)
    with open_agency_file(path) as f:
        with f.transaction():
            pid = f.repo.plans.insert(kind="digital", year=2030, title="Kế hoạch chuyển đổi số năm 2030")
        doc = build_report_document(report_model(f, pid, 2030, "H1", today=TODAY))
        assert doc.title.startswith("Kết quả thực hiện công tác chuyển đổi số 6 tháng đầu năm 2030")
        body = texts(doc)
        assert "Trong kỳ báo cáo không có văn bản chỉ đạo, điều hành mới được ban hành." in body
        assert "Trong kỳ báo cáo, Kế hoạch không có nhiệm vụ nào đến hạn thực hiện." in body
        assert not any(t.startswith("4. Số liệu") for t in body) and "4. Kết quả đạt được" in body
        assert not any("Phụ lục" in t for t in body)
        with pytest.raises(ValidationError, match="chưa có phụ lục nào"):
            export_report(f, pid, 2030, "H1", "xlsx", tmp_path / "x.xlsx", today=TODAY)
        with pdfplumber.open(export_report(f, pid, 2030, "H1", "pdf", tmp_path / "x.pdf", today=TODAY)) as pdf:
            assert "Phụ lục" not in " ".join(p.extract_text() for p in pdf.pages)
    assert sorted(p.name for p in tmp_path.iterdir() if not p.name.endswith(".dtidesk")) == ["x.pdf"]


def test_numbered_plan_of_another_kind(report_path, tmp_path):
    path = tmp_path / "other.dtidesk"
    shutil.copy(report_path, path)
    with open_agency_file(path) as f:
        with f.transaction():
            pid = f.repo.plans.insert(kind="other", year=2024, title="Kế hoạch phòng, chống tham nhũng năm 2024",
                                      number=9, issued_day=26, issued_month=1, issued_year=2024)
        doc = build_report_document(report_model(f, pid, 2024, "M9", today=TODAY))
    assert doc.title == ("Kết quả thực hiện Kế hoạch “Phòng, chống tham nhũng năm 2024” 9 tháng năm 2024, "
                         "phương hướng, nhiệm vụ quý IV năm 2024")
    assert doc.body[0].text.startswith("Thực hiện Kế hoạch số 09/KH-STP ngày 26/01/2024, Sở Tư pháp báo cáo")
    assert doc.place_date == "Tuyên Quang, ngày      tháng 9 năm 2024"
