"""Issue 16, “The results come back”: the province's appraised result read from Excel, Word and text into the year's
assessment (seed 000's figures: Sở Tư pháp Tuyên Quang 2022), what does not match shown and not guessed, one undo
step; and the Công văn asking for a review, citing the evidence."""

from __future__ import annotations

import hashlib
import json
from datetime import date
from decimal import Decimal
from pathlib import Path

import pdfplumber
import pytest
from docx import Document
from openpyxl import Workbook

from dtidesk.cli import main
from dtidesk.domain.results import norm_code
from dtidesk.errors import NotFound, ValidationError
from dtidesk.resources import resource_path
from dtidesk.services import evidence as ev
from dtidesk.services import scoring
from dtidesk.services.results_import import import_results, preview_results, read_results, restore_results
from dtidesk.services.review_request import export_review_request, review_candidates
from dtidesk.store import open_agency_file

DEMO = json.loads(resource_path("demo/stp-tuyenquang.json").read_text(encoding="utf-8"))
INDEX = json.loads(resource_path("frameworks/dti-tuyenquang-so.json").read_text(encoding="utf-8"))["frameworks"][0]
SCORES = DEMO["assessments"][0]["criteria"]  # seed 000: self and appraised per criterion
HEADER = ["Mã", "Tiêu chí", "Điểm tối đa", "Điểm tự chấm", "Điểm thẩm định", "Ghi chú"]
HEADING = ["BAN CHỈ ĐẠO CHUYỂN ĐỔI SỐ TỈNH TUYÊN QUANG",
           "KẾT QUẢ THẨM ĐỊNH CHỈ SỐ ĐÁNH GIÁ MỨC ĐỘ CHUYỂN ĐỔI SỐ NĂM 2022 CỦA SỞ TƯ PHÁP",
           "(Kèm theo Quyết định số 03/QĐ-BCĐ ngày 18/4/2023 của Ban Chỉ đạo Chuyển đổi số tỉnh)"]
COMPONENTS = {"1": ("50", 3), "2": ("46,67", 10), "3": ("31,54", 1), "4": ("17", 11), "5": ("20", 6),
              "6": ("189,53", 4)}  # seed 000's component scores and ranks among 18


def vn(text: str) -> str:
    return text.replace(".", ",")


def criteria_rows(extra: list[list[str]] | None = None) -> list[list[str]]:
    """Every component and criterion of the demo index with seed 000's figures, then the total."""
    rows = []
    for g in INDEX["indicators"]:
        rows.append([g["code"], g["name"], str(sum(c["max_score"] for c in g["children"])), "",
                     COMPONENTS[g["code"]][0], ""])
        for c in g["children"]:
            s = SCORES[c["code"]]
            rows.append([f"{c['code']}.", c["name"], str(c["max_score"]), vn(s["self"]), vn(s["appraised"]),
                         s.get("note", "")])
    rows += extra or []
    rows.append(["", "Tổng cộng", "450", "", "354,74", ""])
    return rows


def write_text(path: Path, rows: list[list[str]], heading: list[str] = HEADING, tail: str = "Xếp hạng: 3/18.") -> Path:
    lines = [*heading, "\t".join(HEADER), *("\t".join(r) for r in rows), tail]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def write_xlsx(path: Path, rows: list[list[str]]) -> Path:
    """Scores as number cells, codes as text (as the province types them)."""
    wb = Workbook()
    ws = wb.active
    for h in HEADING:
        ws.append([h])
    ws.append(HEADER)
    for r in rows:
        cells: list[object] = list(r)
        for k in (2, 3, 4):
            if r[k]:
                cells[k] = float(r[k].replace(",", "."))
        ws.append(cells)
    ws.append(["Xếp hạng: 3/18"])
    wb.save(path)
    return path


def write_docx(path: Path, rows: list[list[str]]) -> Path:
    doc = Document()
    for h in HEADING:
        doc.add_paragraph(h)
    t = doc.add_table(rows=1 + len(rows), cols=len(HEADER))
    for c, h in enumerate(HEADER):
        t.cell(0, c).text = h
    for r, row in enumerate(rows, start=1):
        for c, text in enumerate(row):
            t.cell(r, c).text = text
    doc.add_paragraph("Sở Tư pháp xếp thứ 3/18 cơ quan.")
    doc.save(path)
    return path


def clear_appraised(path: Path) -> None:
    """The file as it is before the results come back: self scores, no appraised scores, no total rank."""
    with open_agency_file(path) as af:
        a = af.repo.assessments.all()[0]
        for iid, s in af.repo.assessments.scores(a.id).items():
            af.repo.assessments.set_score(a.id, iid, s.self_score, None, "")
        for iid in af.repo.assessments.group_ranks(a.id):
            af.repo.assessments.delete_group_rank(a.id, iid)
        af.repo.assessments.update(a.id, rank=None, rank_of=None, decision="")


def state(af) -> tuple:
    a = af.repo.assessments.all()[0]
    return a, af.repo.assessments.scores(a.id), af.repo.assessments.group_ranks(a.id)


def by_code(af, code: str):
    a = af.repo.assessments.all()[0]
    ind = af.repo.frameworks.indicator_by_code(a.framework_id, code)
    return af.repo.assessments.scores(a.id).get(ind.id)


@pytest.mark.parametrize("fmt", ["txt", "xlsx", "docx"])
def test_a_one_agency_table_in_each_format_writes_seed_000s_result(demo_path, tmp_path, fmt):
    clear_appraised(demo_path)
    writer = {"txt": write_text, "xlsx": write_xlsx, "docx": write_docx}[fmt]
    src = writer(tmp_path / f"ket-qua.{fmt}", criteria_rows())
    table = read_results(src)
    assert table.year == 2022 and table.rank == 3 and table.rank_of == 18
    with open_agency_file(demo_path) as af:
        p = preview_results(af, table)
        assert not p.unmatched and len(p.writes) == 49
        assert not [i for i in p.issues if "cộng lại" in i.message]  # components and total add up
        import_results(af, p)
        s24, s41, s610 = by_code(af, "2.4"), by_code(af, "4.1"), by_code(af, "6.10")
        assert s24.appraised_score == Decimal("1.67") and s24.self_score == Decimal("1.67")
        assert (s41.self_score, s41.appraised_score, s41.note) == (Decimal(5), Decimal(2), "thiếu tài liệu kiểm chứng")
        assert s610.appraised_score == Decimal(10)  # "6.10" is not 6.1
        view = scoring.assessment_view(af, 2022)
        assert view.tree.total.appraised_score == Decimal("354.74") and view.tree.total.max_score == 450
        assert (view.assessment.rank, view.assessment.rank_of) == (3, 18)
        assert view.assessment.decision.startswith("Quyết định số 03/QĐ-BCĐ ngày 18/4/2023")


def test_unmatched_code_and_score_above_maximum_are_shown_not_written(demo_path, tmp_path):
    clear_appraised(demo_path)
    rows = criteria_rows([["7.1", "Tiêu chí không có trong bộ chỉ số", "10", "10", "8", ""]])
    rows = [["2.3", r[1], r[2], r[3], "7", r[5]] if r[0] == "2.3." else r for r in rows]  # 7 of a 5-point criterion
    src = write_text(tmp_path / "kq.txt", rows)
    with open_agency_file(demo_path) as af:
        p = preview_results(af, read_results(src))
        (unmatched,) = p.unmatched
        assert unmatched.row.code == "7.1" and "không có trong bộ chỉ số" in unmatched.message
        over = [m for m in p.matches if m.status == "over_max"]
        assert [m.indicator.code for m in over] == ["2.3"]
        line = over[0].row.line
        assert any(i.line == line and "vượt quá điểm tối đa 5" in i.message for i in p.issues)
        import_results(af, p)
        assert by_code(af, "2.3").appraised_score is None  # not written
        assert by_code(af, "2.4").appraised_score == Decimal("1.67")


def test_a_code_written_as_an_excel_number_is_not_guessed(demo_path, tmp_path):
    wb = Workbook()
    ws = wb.active
    ws.append(HEADER)
    ws.append([6.1, "Tỷ lệ CBCC có tài khoản thư điện tử chính thức", 10, 10, 9, ""])  # 6.1 or 6.10?
    ws.append([2.4, "Kế hoạch và triển khai việc số hóa", 5, 1.67, 1.67, ""])
    wb.save(tmp_path / "so.xlsx")
    with open_agency_file(demo_path) as af:
        p = preview_results(af, read_results(tmp_path / "so.xlsx"), year=2022)
    (unmatched,) = p.unmatched
    assert unmatched.row.code == "6,1" and "6.1 hoặc 6.10" in unmatched.message
    assert [m.indicator.code for m in p.matches if m.indicator] == ["2.4"]
    assert norm_code("2.4.") == norm_code("Tiêu chí 2.4") == "2.4" and norm_code("6.10") != norm_code("6.1")


def agencies_table(path: Path) -> Path:
    """18 sở with component scores and ranks (a two-row header): Sở Tư pháp as seed 000 prints it, the other 17
    rows made-up test data named as such."""
    names = [f"Sở Dữ liệu thử {k:02d}" for k in range(1, 18)]
    order = [*names[:2], "Sở Tư pháp", *names[2:]]
    comps = [g["name"] for g in INDEX["indicators"]]
    top = ["STT", "Cơ quan, đơn vị"] + [x for c in comps for x in (c, "")] + ["Tổng điểm", "Xếp hạng", "Xếp loại"]
    sub = ["", ""] + ["Điểm", "Xếp hạng"] * len(comps) + ["", "", ""]
    lines = ["BẢNG XẾP HẠNG MỨC ĐỘ CHUYỂN ĐỔI SỐ CÁC SỞ, BAN, NGÀNH TỈNH TUYÊN QUANG NĂM 2022",
             "\t".join(top), "\t".join(sub)]
    free = {code: [r for r in range(1, 19) if r != rank] for code, (_s, rank) in COMPONENTS.items()}
    for k, name in enumerate(order, start=1):
        cells = [str(k), name]
        if name == "Sở Tư pháp":
            for g in INDEX["indicators"]:
                cells += list(COMPONENTS[g["code"]][0:1]) + [str(COMPONENTS[g["code"]][1])]
            cells += ["354,74", "3", "Tốt"]
        else:
            for g in INDEX["indicators"]:  # scores in the order of their ranks around Sở Tư pháp's
                rank = free[g["code"]].pop(0)
                top = sum(c["max_score"] for c in g["children"])
                mine, my_rank = Decimal(COMPONENTS[g["code"]][0].replace(",", ".")), COMPONENTS[g["code"]][1]
                score = min(Decimal(top), max(Decimal(0), mine + (my_rank - rank) * Decimal(top) / 60))
                cells += [vn(f"{score:.2f}".rstrip("0").rstrip(".")), str(rank)]
            total = Decimal("354.74") + (3 - k) * (Decimal("12.3") if k < 3 else Decimal("9.1"))
            cells += [vn(f"{total:.2f}"), str(k), "Tốt" if total >= 360 else "Khá"]
        lines.append("\t".join(cells))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_a_table_of_18_agencies_gives_this_agencys_ranks(demo_path, tmp_path):
    clear_appraised(demo_path)
    src = agencies_table(tmp_path / "xep-hang.txt")
    with open_agency_file(demo_path) as af:
        p = preview_results(af, read_results(src))
        assert p.table.kind == "agencies" and len(p.table.agencies) == 18
        assert p.agency_row is not None and p.agency_row.name == "Sở Tư pháp"  # the file's agency
        assert sorted((g.indicator.code, g.rank, g.rank_of) for g in p.group_ranks) == [
            (c, r, 18) for c, (_s, r) in sorted(COMPONENTS.items())]
        import_results(af, p)
        a, _scores, ranks = state(af)
        assert (a.rank, a.rank_of, a.rating) == (3, 18, "Tốt")
        ids = {i.code: i.id for i in af.repo.frameworks.indicators(a.framework_id)}
        assert ranks[ids["2"]] == (10, 18) and ranks[ids["3"]] == (1, 18)


def test_an_unknown_agency_is_listed_never_guessed(demo_path, tmp_path, capsys):
    src = agencies_table(tmp_path / "xep-hang.txt")
    with open_agency_file(demo_path) as af:
        p = preview_results(af, read_results(src), agency="Sở Không Có Trong Bảng")
        assert p.agency_row is None and "Không thấy “Sở Không Có Trong Bảng”" in p.agency_message
        with pytest.raises(ValidationError):
            import_results(af, p)
    before = hashlib.sha256(demo_path.read_bytes()).hexdigest()
    assert main(["import-results", str(demo_path), str(src), "--agency", "Sở Không Có Trong Bảng"]) == 2
    assert "Không thấy" in capsys.readouterr().err
    assert hashlib.sha256(demo_path.read_bytes()).hexdigest() == before


def test_dry_run_writes_nothing_and_json_lists_the_rows(demo_path, tmp_path, capsys):
    clear_appraised(demo_path)
    src = write_text(tmp_path / "kq.txt", criteria_rows([["7.1", "Lạ", "10", "10", "8", ""]]))
    before = hashlib.sha256(demo_path.read_bytes()).hexdigest()
    assert main(["import-results", str(demo_path), str(src), "--dry-run", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["committed"] is False and data["writes"] == 49 and (data["rank"], data["rank_of"]) == (3, 18)
    assert [r["code"] for r in data["rows"] if r["status"] == "unmatched"] == ["7.1"]
    assert hashlib.sha256(demo_path.read_bytes()).hexdigest() == before
    assert main(["import-results", str(demo_path), str(src)]) == 0
    assert "Đã ghi 49 điểm thẩm định" in capsys.readouterr().out
    with open_agency_file(demo_path, readonly=True) as af:
        assert by_code(af, "4.1").appraised_score == Decimal(2)


def test_undo_restores_scores_ranks_and_rating(demo_path, tmp_path):
    src = write_text(tmp_path / "kq.txt", [r if r[0] != "4.1." else [*r[:4], "3", "đã bổ sung một phần"]
                                           for r in criteria_rows()], tail="Xếp hạng: 2/18. Xếp loại: Tốt")
    with open_agency_file(demo_path) as af:
        a = af.repo.assessments.all()[0]
        ind = af.repo.frameworks.indicator_by_code(a.framework_id, "4.1")
        af.repo.assessments.set_method_score(a.id, ind.id, ["1"], Decimal(5), Decimal(5), "")  # the officer's input
        before = state(af)
        snap, _ = import_results(af, preview_results(af, read_results(src)))
        after = by_code(af, "4.1")
        assert (after.appraised_score, after.note, after.self_score, after.inputs) == (
            Decimal(3), "đã bổ sung một phần", Decimal(5), ["1"])  # self score and inputs kept
        assert state(af)[0].rank == 2
        restore_results(af, snap)
        assert state(af) == before


def test_no_self_assessment_for_the_year_is_said_not_created(demo_path, tmp_path):
    src = write_text(tmp_path / "kq.txt", criteria_rows(), heading=["KẾT QUẢ THẨM ĐỊNH NĂM 2019"])
    with open_agency_file(demo_path) as af:
        n = len(af.repo.assessments.all())
        with pytest.raises(NotFound, match="chưa có kỳ tự đánh giá năm 2019"):
            preview_results(af, read_results(src))
        assert len(af.repo.assessments.all()) == n


def test_a_file_without_a_result_table_is_refused_in_vietnamese(tmp_path):
    (tmp_path / "x.txt").write_text("Kính gửi: Sở Tư pháp\nNội dung không có bảng.\n", encoding="utf-8")
    with pytest.raises(ValidationError, match="Không nhận ra bảng kết quả"):
        read_results(tmp_path / "x.txt")


# -- the request for review --------------------------------------------------------------------------------------
def attach(af, code: str, tmp_path: Path, title: str, number: str, when: str) -> None:
    a = af.repo.assessments.all()[0]
    ind = af.repo.frameworks.indicator_by_code(a.framework_id, code)
    scan = tmp_path / f"{number.replace('/', '-')}.pdf"
    scan.write_bytes(b"%PDF-1.4 scan " + number.encode())
    ev.attach_file(af, a.id, ind.id, scan, title=title, number=number, doc_date=when, issuer="Sở Tư pháp")


def test_review_request_cites_each_cut_criterion_and_its_evidence(demo_path, tmp_path):
    with open_agency_file(demo_path) as af:
        attach(af, "4.1", tmp_path, "Quyết định phân công công chức chuyên trách công nghệ thông tin", "45/QĐ-STP",
               "15/03/2022")
        c = review_candidates(af, 2022)
        assert [i.code for i in c.items] == ["4.1"]  # cut (5 → 2) and has evidence
        assert any(w.startswith("5.3 ") for w in c.without_evidence)  # cut, nothing attached: left out
        pdf = export_review_request(af, 2022, "pdf", tmp_path / "dn.pdf", today=date(2023, 5, 8))
        docx = export_review_request(af, 2022, "docx", tmp_path / "dn.docx", today=date(2023, 5, 8))
    with pdfplumber.open(pdf) as doc:
        text = " ".join((page.extract_text() or "") for page in doc.pages)
    flat = " ".join(text.split())
    for needed in ("V/v đề nghị xem xét lại kết quả thẩm định", "Kính gửi: Ban Chỉ đạo Chuyển đổi số tỉnh Tuyên Quang",
                   "4.1", "Cán bộ chuyên trách", "45/QĐ-STP", "15/03/2022", "thiếu tài liệu kiểm chứng",
                   "Nơi nhận:", "GIÁM ĐỐC", "Tuyên Quang, ngày"):
        assert needed in flat, needed
    words = Document(str(docx))
    body = "\n".join(p.text for p in words.paragraphs)
    cells = "\n".join(c.text for t in words.tables for row in t.rows for c in row.cells)
    assert "Kính gửi: Ban Chỉ đạo Chuyển đổi số tỉnh Tuyên Quang." in body
    assert "Quyết định phân công công chức chuyên trách công nghệ thông tin, số 45/QĐ-STP ngày 15/03/2022" in cells
    assert "V/v đề nghị xem xét lại kết quả thẩm định Chỉ số đánh giá mức độ chuyển đổi số (DTI) năm 2022" in cells


def test_review_request_cli_and_nothing_to_ask_for(demo_path, tmp_path, capsys):
    out = tmp_path / "dn.docx"
    assert main(["review-request", str(demo_path), "--year", "2022", "--format", "docx", "--out", str(out)]) == 1
    assert "không có tiêu chí nào" in capsys.readouterr().err and not out.exists()
    with open_agency_file(demo_path) as af:
        attach(af, "6.7", tmp_path, "Báo cáo tích hợp chế độ báo cáo", "120/BC-STP", "20/10/2022")
    assert main(["review-request", str(demo_path), "--year", "2022", "--format", "pdf", "--out",
                 str(tmp_path / "dn.pdf")]) == 0
    assert (tmp_path / "dn.pdf").read_bytes()[:5] == b"%PDF-"
