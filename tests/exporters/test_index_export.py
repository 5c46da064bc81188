"""Xuất bộ chỉ số: the index as the program understood it, as PDF and Excel, from the demo file, from an imported
decision and from the command line."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import openpyxl
import pdfplumber
import pytest

from dtidesk.cli import main
from dtidesk.domain.index_sheet import IndexSheet
from dtidesk.domain.vnformat import fmt_score
from dtidesk.errors import NotFound, ValidationError
from dtidesk.exporters import LANDSCAPE_FRAME_W_MM, MARGIN_LEFT_MM, MARGIN_TOP_MM
from dtidesk.exporters.index_doc import index_table
from dtidesk.services.index_export import export_index, index_sheet, index_version
from dtidesk.services.index_import import import_index, read_index
from dtidesk.store import open_agency_file

MM = 72 / 25.4
FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "index"
HOSTILE = '=HYPERLINK("x")'
# A pasted decision: nested groups, a deduction row, rating bands, and text a spreadsheet would run.
DECISION = "\n".join([
    "ỦY BAN NHÂN DÂN", "TỈNH ĐỒNG THÁP", "Số: 123/QĐ-UBND", "Đồng Tháp, ngày 15 tháng 3 năm 2023",
    "PHỤ LỤC", "BỘ CHỈ SỐ ĐÁNH GIÁ MỨC ĐỘ CHUYỂN ĐỔI SỐ CÁC SỞ, BAN, NGÀNH NĂM 2023",
    "STT\tChỉ số/Tiêu chí\tĐiểm tối đa\tCách tính điểm\tTài liệu kiểm chứng",
    "I\tNHÓM NỀN TẢNG\t\t\t",
    "1\tNhận thức số\t30\t\t",
    "1.1.\tNgười đứng đầu là Trưởng ban chỉ đạo\t10\tTrưởng ban là Giám đốc: Điểm tối đa; là Phó Giám đốc: "
    "1/2*Điểm tối đa; chưa có: 0 điểm\t=1+1",
    f"1.2.\t{HOSTILE}\t20\ta = Số hồ sơ nộp trực tuyến\tBáo cáo",
    "\t\t\tb = Tổng số hồ sơ",
    "\t\t\tĐiểm = a/b x Điểm tối đa",
    "2\tHoạt động\t1.000 điểm\t\t",
    "2.9\tCSDL vận hành\t997,5\t≥ 95%: Điểm tối đa; từ 90% đến dưới 95%: 3/4 × Điểm tối đa; dưới 90%: 0 điểm\t",
    "2.10\tDữ liệu mở\t2,5\tCó: 2,5 điểm\t",
    "2.11\tĐiểm trừ: báo cáo chậm\t-2,5\tMỗi báo cáo chậm trừ 0,5 điểm, tổng điểm trừ không quá 2,5 điểm\t",
    "\tTổng cộng\t1.030\t\t",
    "Ghi chú: Xếp loại Tốt: từ 80% tổng điểm trở lên; Khá: từ 65% đến dưới 80%; Trung bình: từ 50%.",
    "KT. CHỦ TỊCH",
])


def flat(text: str) -> str:
    return "".join(text.split())


def _x(table, col: int) -> tuple[float, float]:
    total = sum(c.width for c in table.columns)
    x0 = MARGIN_LEFT_MM * MM + sum(c.width for c in table.columns[:col]) / total * LANDSCAPE_FRAME_W_MM * MM
    return x0, x0 + table.columns[col].width / total * LANDSCAPE_FRAME_W_MM * MM


def column_words(pdf, table, col: int) -> list[dict]:
    """The body words of one table column on every page, top to bottom: below the (repeated) header row,
    above the lines under the table."""
    words = []
    for page in pdf.pages:
        every = page.extract_words(extra_attrs=["fontname"])
        x0, x1 = _x(table, 2)
        head = max(w["bottom"] for w in every if w["text"] == "đa" and "Bold" in w["fontname"] and x0 <= w["x0"] < x1)
        x0, x1 = _x(table, 1)
        end = [w["bottom"] for w in every if w["text"] == "cộng" and "Bold" in w["fontname"] and x0 <= w["x0"] < x1]
        x0, x1 = _x(table, col)
        words += [w for w in page.crop((x0, 0, x1, page.height)).extract_words(extra_attrs=["fontname"])
                  if w["top"] > head and (not end or w["top"] < end[0])]
    return words


def column_text(pdf, table, col: int) -> str:
    return flat("".join(w["text"] for w in column_words(pdf, table, col)))


@pytest.fixture(scope="module")
def tayninh(tmp_path_factory) -> Path:
    """A file made by `dtidesk-cli new` with Tây Ninh's decision 2747 imported as the 2024 version."""
    path = tmp_path_factory.mktemp("tn") / "tn.dtidesk"
    assert main(["new", str(path), "--agency", "SỞ TƯ PHÁP", "--parent", "UBND TỈNH TÂY NINH"]) == 0
    with open_agency_file(path) as af:
        import_index(af, read_index(FIXTURES / "tayninh_2747_table.docx"), year=2024)
    return path


@pytest.fixture(scope="module")
def dongthap(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("dt") / "dt.dtidesk"
    assert main(["new", str(path), "--agency", "SỞ TƯ PHÁP"]) == 0
    with open_agency_file(path) as af:
        import_index(af, read_index(text=DECISION), year=2023)
    return path


def _export(path: Path, code: str, fmt: str, out: Path) -> tuple[Path, IndexSheet]:
    with open_agency_file(path, readonly=True) as af:
        fw = index_version(af, code)
        return export_index(af, fw.id, fmt, out), index_sheet(af, fw.id)


# -- PDF ----------------------------------------------------------------------------------------
def test_demo_index_pdf_has_every_criterion_and_maximum(demo_template, tmp_path):
    out, model = _export(demo_template, "DTI-TQ-SO", "pdf", tmp_path / "bcs.pdf")
    table = index_table(model)
    with pdfplumber.open(out) as pdf:
        assert len(pdf.pages) > 2
        for page in pdf.pages:
            assert (round(page.width), round(page.height)) == (842, 595)  # landscape A4
            text = page.extract_text()
            assert "Cách tính điểm (theo văn bản)" in text and "Chương trình hiểu là" in text  # header repeated
            top = [w["text"] for w in page.extract_words() if w["bottom"] < MARGIN_TOP_MM * MM]
            assert top == ([] if page.page_number == 1 else [str(page.page_number)])  # NĐ 30 page numbers
        first = " ".join(pdf.pages[0].extract_text().split())
        assert first.startswith(model.name.upper())
        assert "(Kèm theo Quyết định số 02/QĐ-UBND ngày 24/6/2022 của Ủy ban nhân dân tỉnh Tuyên Quang)" in first
        assert "Phiên bản DTI-TQ-SO, năm áp dụng 2022" in first
        names = column_text(pdf, table, 1)
        for row in model.rows:
            assert flat(row.name) in names, row.code
        maxima = [w["text"] for w in column_words(pdf, table, 2)]
        assert maxima == [fmt_score(r.max_score) for r in model.rows] + ["450"]
        assert [fmt_score(model.rows[k].max_score) for k in model.top] == ["50", "50", "50", "20", "30", "250"]
        bold = {w["text"] for w in column_words(pdf, table, 1) if "Bold" in w["fontname"]}
        assert {"Nhận", "thức", "số", "Tổng", "cộng"} <= bold
        last = " ".join(pdf.pages[-1].extract_text().split())
        assert "Gồm 6 chỉ số thành phần, 49 tiêu chí; tổng điểm tối đa 450 điểm." in last


def test_imported_index_pdf_shows_the_documents_words_beside_the_programs(tayninh, tmp_path):
    out, model = _export(tayninh, "DTI-TN", "pdf", tmp_path / "tn.pdf")
    table = index_table(model)
    with pdfplumber.open(out) as pdf:
        first = " ".join(pdf.pages[0].extract_text().split())
        assert "(Kèm theo Quyết định số 2747/QĐ-UBND ngày 18/12/2019 của UBND tỉnh Tây Ninh)" in first
        assert "TRÊN ĐỊA BÀN TỈNH TÂY NINH" in first and "Tổng cộng" in first
        names = column_text(pdf, table, 1)
        assert flat("Tỷ lệ cán bộ, công chức được trang bị máy tính") in names
        assert flat("Hệ thống tường lửa/ cảnh báo truy cập trái phép mạng nội bộ") in names
        maxima = [w["text"] for w in column_words(pdf, table, 2)]
        assert maxima == ["10", "2", "2", "2", "2", "2", "10"]  # the group is what its criteria add up to
        assert flat("Điểm = Tỷ lệ% x Điểm tối đa") in column_text(pdf, table, 3)
        understood = column_text(pdf, table, 4)
        assert flat("Có: 2 điểm; không: 0 điểm") in understood
        assert flat("điểm = tỷ lệ × điểm tối đa") in understood and flat("đọc ở đoạn 9") in understood


def test_markup_in_a_name_is_printed_literally(dongthap, tmp_path):
    path = Path(shutil.copy(dongthap, tmp_path / "copy.dtidesk"))
    with open_agency_file(path) as af:
        ind = af.repo.frameworks.indicator_by_code(1, "2.9")
        af.repo.frameworks.update_indicator(ind.id, code=ind.code, name="<b>CSDL</b> & <font>", max_score=ind.max_score,
                                            scoring_note=ind.scoring_note, evidence_hint=ind.evidence_hint,
                                            method=ind.method)
    out, model = _export(path, "DTI-DT-SO", "pdf", tmp_path / "dt.pdf")
    with pdfplumber.open(out) as pdf:
        names = column_text(pdf, index_table(model), 1)
    assert flat("<b>CSDL</b> & <font>") in names and flat(HOSTILE) in names


# -- Excel --------------------------------------------------------------------------------------
def _sheet(path: Path):
    ws = openpyxl.load_workbook(path).active
    head = next(r for r in range(1, 10) if ws.cell(r, 1).value == "STT")
    return ws, head


def test_xlsx_text_cells_and_live_sums(dongthap, tmp_path):
    out, model = _export(dongthap, "DTI-DT-SO", "xlsx", tmp_path / "dt.xlsx")
    ws, head = _sheet(out)
    assert ws.title == "Bộ chỉ số" and ws.page_setup.orientation == "landscape"
    assert ws.print_title_rows == f"${head}:${head}" and ws.oddHeader.center.text == "&P"
    assert [ws.cell(head, c).value for c in range(1, 7)] == [
        "STT", "Chỉ số / tiêu chí", "Điểm tối đa", "Cách tính điểm (theo văn bản)", "Chương trình hiểu là",
        "Tài liệu kiểm chứng"]
    rows = {ws.cell(r, 1).value: r for r in range(head + 1, head + 1 + len(model.rows))}
    assert list(rows) == ["I", "1", "1.1", "1.2", "2", "2.9", "2.10", "2.11"]
    for r in rows.values():
        assert ws.cell(r, 1).data_type == "s" and ws.cell(r, 2).data_type == "s"  # codes stay text ("2.10")
    name = ws.cell(rows["1.2"], 2)
    assert name.value == HOSTILE and name.data_type == "s"
    assert ws.cell(rows["1.1"], 6).value == "=1+1" and ws.cell(rows["1.1"], 6).data_type == "s"
    assert ws.cell(rows["1.2"], 4).value == "a = Số hồ sơ nộp trực tuyến\nb = Tổng số hồ sơ\nĐiểm = a/b x Điểm tối đa"
    assert ws.cell(rows["1.1"], 5).value.startswith("Chọn một: Trưởng ban là Giám đốc: điểm tối đa")
    assert ws.cell(rows["1.1"], 3).value == 10 and ws.cell(rows["2.9"], 3).value == 997.5
    assert ws.cell(rows["2.11"], 3).value == -2.5
    # Groups and the total: the program's own SUMs; the deduction row is in none of them.
    assert ws.cell(rows["1"], 3).value == f"=SUM(C{rows['1.1']}:C{rows['1.2']})"
    assert ws.cell(rows["2"], 3).value == f"=SUM(C{rows['2.9']}:C{rows['2.10']})"
    assert ws.cell(rows["I"], 3).value == f"=SUM(C{rows['1']},C{rows['2']})"
    total = head + len(model.rows) + 1
    assert ws.cell(total, 2).value == "Tổng cộng" and ws.cell(total, 3).value == f"=SUM(C{rows['I']})"
    formulas = [(c.coordinate, c.value) for row in ws.iter_rows() for c in row if c.data_type == "f"]
    assert sorted(f for f, _ in formulas) == sorted(
        f"C{r}" for r in (rows["I"], rows["1"], rows["2"], total))
    assert ws.max_row == total  # the notes are above the table: under it they could sit alone on a page
    notes = [ws.cell(r, 1).value for r in range(4, head) if ws.cell(r, 1).value]
    assert notes[0] == "Gồm 1 chỉ số thành phần, 4 tiêu chí, 1 dòng điểm trừ; tổng điểm tối đa 1.030 điểm."
    assert notes[1] == "Xếp loại: Tốt: từ 80%; Khá: từ 65%; Trung bình: từ 50%."
    assert ws.cell(1, 1).value == "BỘ CHỈ SỐ ĐÁNH GIÁ MỨC ĐỘ CHUYỂN ĐỔI SỐ CÁC SỞ, BAN, NGÀNH NĂM 2023"
    assert ws.cell(2, 1).value == "(Kèm theo Quyết định số 123/QĐ-UBND ngày 15/3/2023 của UBND tỉnh Đồng Tháp)"


def test_demo_xlsx_total_sums_the_six_components(demo_template, tmp_path):
    out, model = _export(demo_template, "DTI-TQ-SO", "xlsx", tmp_path / "tq.xlsx")
    ws, head = _sheet(out)
    comps = [head + 1 + k for k in model.top]
    total = head + len(model.rows) + 1
    assert ws.cell(total, 3).value == "=SUM(" + ",".join(f"C{r}" for r in comps) + ")"
    for k, r in enumerate(model.rows):
        cell = ws.cell(head + 1 + k, 2)
        assert cell.value == r.name and cell.data_type == "s"
        if r.kind == "criterion":
            assert ws.cell(head + 1 + k, 3).value == r.max_score


# -- the use case and the command line -------------------------------------------------------------
def test_refusals(demo_template, tmp_path):
    with open_agency_file(demo_template, readonly=True) as af:
        fid = index_version(af, "DTI-TQ-SO").id
        with pytest.raises(ValidationError, match="chỉ xuất được pdf, xlsx"):
            export_index(af, fid, "docx", tmp_path / "x.docx")
        with pytest.raises(NotFound):
            export_index(af, 999, "pdf", tmp_path / "x.pdf")
        with pytest.raises(NotFound, match="không có phiên bản áp dụng cho năm 2020"):
            index_version(af, "DTI-TQ-SO", 2020)
        assert index_version(af, "DTI-TQ-SO", 2024).id == fid  # in force since 2022
        with pytest.raises(ValidationError, match="không tồn tại"):
            export_index(af, fid, "pdf", tmp_path / "no" / "x.pdf")
    assert list(tmp_path.iterdir()) == []


def test_cli_round_trip(tayninh, tmp_path, capsys):
    for fmt in ("pdf", "xlsx"):
        out = tmp_path / f"bcs.{fmt}"
        assert main(["export-index", str(tayninh), "--framework", "DTI-TN", "--year", "2024", "--format", fmt,
                     "--out", str(out)]) == 0
        assert capsys.readouterr().out.strip() == f"Đã xuất: {out}"
        assert out.read_bytes()[:4] in (b"%PDF", b"PK\x03\x04")
    ws, head = _sheet(tmp_path / "bcs.xlsx")
    assert ws.cell(head + 1, 2).value == "CÁC TIÊU CHÍ VỀ CƠ SỞ HẠ TẦNG THÔNG TIN"
    assert ws.cell(head + 7, 3).value == f"=SUM(C{head + 1})"


@pytest.mark.parametrize("args,code,message", [
    (["--framework", "DTI-XX", "--format", "pdf"], 1, "Không có bộ chỉ số mã “DTI-XX” trong tệp (có: DTI-TN)."),
    (["--framework", "DTI-TN", "--format", "docx"], 2, "chỉ xuất được pdf, xlsx"),
    (["--framework", "DTI-TN", "--year", "2019", "--format", "pdf"], 1, "không có phiên bản áp dụng cho năm 2019"),
])
def test_cli_refusals_are_one_vietnamese_line(tayninh, tmp_path, capsys, args, code, message):
    out = tmp_path / "x.pdf"
    assert main(["export-index", str(tayninh), *args, "--out", str(out)]) == code
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1 and err.startswith("dtidesk-cli: ") and message in err
    assert not out.exists()


# -- the model ------------------------------------------------------------------------------------
@pytest.mark.parametrize("decision,when,province,expected", [
    ("Quyết định số 2747/QĐ-UBND ngày 18/12/2019", None, "Tây Ninh",
     "(Kèm theo Quyết định số 2747/QĐ-UBND ngày 18/12/2019 của UBND tỉnh Tây Ninh)"),
    ("123/QĐ-UBND", date(2023, 3, 15), "Đồng Tháp", "(Kèm theo Quyết định số 123/QĐ-UBND ngày 15/3/2023 của UBND "
                                                    "tỉnh Đồng Tháp)"),
    ("Quyết định số 02/QĐ-UBND ngày 24/6/2022 của Ủy ban nhân dân tỉnh", None, "Tuyên Quang",
     "(Kèm theo Quyết định số 02/QĐ-UBND ngày 24/6/2022 của Ủy ban nhân dân tỉnh Tuyên Quang)"),
    ("Quyết định số 922/QĐ-BTTTT", None, "", "(Kèm theo Quyết định số 922/QĐ-BTTTT)"),
    ("", None, "Tây Ninh", "(Văn bản không ghi số, ngày của quyết định ban hành)"),
])
def test_reference_line(decision, when, province, expected):
    m = IndexSheet(name="Bộ chỉ số", code="X", version_year=2024, decision=decision, decision_date=when,
                   province=province)
    assert m.reference == expected
