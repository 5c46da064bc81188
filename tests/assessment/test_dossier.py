"""The self-assessment dossier (issue 16): table in three formats, cover letter in two, evidence files numbered
as the table cites them, `self-assessment.json` read back; nothing left on a cancelled run; user text stays
text in Excel; each criterion's live formula gives what the method computes."""

from __future__ import annotations

import hashlib
import re
import zipfile
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook

from dtidesk.cli import main
from dtidesk.domain.dossier import JSON_NAME
from dtidesk.domain.methods import Award, Band, Case, Input, Method, compute
from dtidesk.errors import Cancelled, ValidationError
from dtidesk.exporters.dossier_table import score_formula
from dtidesk.services import dossier
from dtidesk.services import evidence as ev
from dtidesk.services.assess import set_inputs
from dtidesk.services.index_edit import update_indicator
from dtidesk.store import open_agency_file

NASTY = '=HYPERLINK("x")'
DOCS = ["01-cong-van-2022.docx", "01-cong-van-2022.pdf", "02-bang-tu-danh-gia-2022.docx",
        "02-bang-tu-danh-gia-2022.pdf", "02-bang-tu-danh-gia-2022.xlsx"]


def _bytes(seed: int, size: int) -> bytes:
    return (hashlib.sha256(str(seed).encode()).digest() * (size // 32 + 1))[:size]


@pytest.fixture
def dossier_file(demo_path, tmp_path) -> Path:
    """The demo (DTI-TQ-SO, 2022) with three attached files (one supporting two criteria), one explanation,
    and criterion 3.1 scored by a ratio method from its inputs, its name a formula-looking text."""
    src = tmp_path / "src"
    src.mkdir()
    (src / "kh.pdf").write_bytes(b"%PDF-1.4\n" + _bytes(1, 5000))
    (src / "anh.jpg").write_bytes(_bytes(2, 3000))
    (src / "qc.docx").write_bytes(_bytes(3, 2000))
    with open_agency_file(demo_path) as af:
        fw, a = ev.find_assessment(af, 2022, "DTI-TQ-SO")
        crit = {c: ev.criterion_by_code(af, fw, c) for c in ("1.2", "2.4", "3.1", "4.1")}
        update_indicator(af, crit["3.1"].id, code="3.1", name=NASTY, max_score="10",
                         method_text="a = Số máy tính kết nối mạng; b = Tổng số máy tính; Điểm = a/b × Điểm tối đa",
                         evidence="")
        set_inputs(af, a.id, crit["3.1"].id, ["45", "50"])
        ev.attach_file(af, a.id, crit["2.4"].id, src / "kh.pdf", title="Kế hoạch số hóa", number="12/KH-STP",
                       doc_date="15/3/2022", issuer="Sở Tư pháp", also=[crit["3.1"].id])
        ev.attach_file(af, a.id, crit["2.4"].id, src / "anh.jpg", title="Ảnh: hệ thống/phần mềm?")
        ev.attach_file(af, a.id, crit["1.2"].id, src / "qc.docx", title="Quy chế chuyên mục", number="05/QĐ-STP",
                       doc_date="01/02/2022")
        ev.set_explanation(af, a.id, crit["4.1"].id, "Chưa bố trí được cán bộ chuyên trách; đã đề nghị bổ sung.")
    return demo_path


EXPECTED_FILES = {  # path in the dossier -> the attached file's bytes (seed, size)
    "2.4/2.4-01 Kế hoạch số hóa.pdf": b"%PDF-1.4\n" + _bytes(1, 5000),
    "2.4/2.4-02 Ảnh hệ thống phần mềm.jpg": _bytes(2, 3000),
    "3.1/3.1-01 Kế hoạch số hóa.pdf": b"%PDF-1.4\n" + _bytes(1, 5000),
    "1.2/1.2-01 Quy chế chuyên mục.docx": _bytes(3, 2000),
}


def _contents(out: Path) -> dict[str, bytes]:
    if out.suffix == ".zip":
        with zipfile.ZipFile(out) as z:
            return {n: z.read(n) for n in z.namelist()}
    return {p.relative_to(out).as_posix(): p.read_bytes() for p in out.rglob("*") if p.is_file()}


@pytest.mark.parametrize("name", ["ho-so", "ho-so.zip"])
def test_dossier_holds_table_cover_numbered_evidence_and_json_read_back(dossier_file, tmp_path, name):
    out = tmp_path / name
    with open_agency_file(dossier_file, readonly=True) as af:
        done = dossier.write_dossier(af, 2022, out, "DTI-TQ-SO")
        expected = dossier.gather(af, 2022, "DTI-TQ-SO")
    assert done.files == 4 and done.path == out
    files = _contents(out)
    assert sorted(files) == sorted([*DOCS, *EXPECTED_FILES, JSON_NAME])
    for path, data in EXPECTED_FILES.items():
        assert files[path] == data, path
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".~")] == []
    back = dossier.read_dossier(out)
    assert back == expected
    c24 = next(c for c in back.criteria if c.code == "2.4")
    assert [e.citation() for e in c24.evidence][0] == "2.4-01 Kế hoạch số hóa số 12/KH-STP ngày 15/03/2022 (Sở Tư pháp)"
    c31 = next(c for c in back.criteria if c.code == "3.1")
    assert (c31.name, c31.method.kind, [i.value for i in c31.inputs], c31.self_score) == \
        (NASTY, "ratio", [Decimal(45), Decimal(50)], Decimal(9))
    assert c31.evidence[0].same_as == "2.4-01" and not c31.evidence[0].own
    assert next(c for c in back.criteria if c.code == "4.1").explanation.startswith("Chưa bố trí")
    if out.is_dir():
        assert dossier.check_files(out, back) == []
        (out / "2.4" / "2.4-02 Ảnh hệ thống phần mềm.jpg").write_bytes(b"changed")
        assert "2.4-02" in dossier.check_files(out, back)[0]


def test_the_table_cites_what_the_folder_holds_in_every_format(dossier_file, tmp_path):
    import docx
    import pdfplumber

    out = tmp_path / "hs"
    with open_agency_file(dossier_file, readonly=True) as af:
        dossier.write_dossier(af, 2022, out, "DTI-TQ-SO")
    with pdfplumber.open(out / "02-bang-tu-danh-gia-2022.pdf") as pdf:
        text = " ".join((p.extract_text() or "") for p in pdf.pages).replace("\n", " ")
    for ref in ("2.4-01", "2.4-02", "3.1-01", "1.2-01", "12/KH-STP", "a = 45", "b = 50"):
        assert ref in text
    words = " ".join(c.text for t in docx.Document(out / "02-bang-tu-danh-gia-2022.docx").tables
                     for row in t.rows for c in row.cells)
    assert "2.4-01 Kế hoạch số hóa số 12/KH-STP ngày 15/03/2022 (Sở Tư pháp)" in words and NASTY in words
    with pdfplumber.open(out / "01-cong-van-2022.pdf") as pdf:
        cover = pdf.pages[0].extract_text().replace("\n", " ")
    assert "V/v gửi kết quả tự đánh giá Chỉ số" in cover and "Kính gửi:" in cover and "Nơi nhận:" in cover


def test_user_text_stays_text_and_scores_sum_live_in_excel(dossier_file, tmp_path):
    out = tmp_path / "hs"
    with open_agency_file(dossier_file, readonly=True) as af:
        dossier.write_dossier(af, 2022, out, "DTI-TQ-SO")
    ws = load_workbook(out / "02-bang-tu-danh-gia-2022.xlsx").active
    cells = {c.coordinate: c for row in ws.iter_rows() for c in row if c.value is not None}
    named = [c for c in cells.values() if c.value == NASTY]
    assert len(named) == 1 and named[0].data_type == "s"
    row = named[0].row
    assert (ws.cell(row + 0, 5).value, ws.cell(row + 1, 5).value) == (45, 50)
    score = ws.cell(row, 6)
    assert score.data_type == "f" and f"E{row}/E{row + 1}" in score.value and score.value.startswith("=IF(N(")
    formulas = [c.value for c in cells.values() if c.data_type == "f"]
    assert sum(1 for f in formulas if f.startswith("=SUM(")) >= 2 * 7  # six components and the total, two columns
    assert all(f.startswith(("=SUM(", "=MAX(SUM(", "=IF(N(")) for f in formulas)
    total = next(c for c in cells.values() if c.value == "Tổng cộng")
    assert ws.cell(total.row, 6).value.startswith("=SUM(")


@pytest.mark.parametrize("name", ["ho-so", "ho-so.zip"])
@pytest.mark.parametrize("at", [0, 6, -1])
def test_a_cancelled_run_leaves_nothing(dossier_file, tmp_path, name, at):
    out = tmp_path / "out" / name
    out.parent.mkdir()
    calls: list[tuple[int, int]] = []

    def progress(done: int, total: int, text: str = "") -> None:
        calls.append((done, total))
        if (at >= 0 and done == at) or (at < 0 and done == total - 1):  # -1: the last moment
            raise Cancelled()

    with open_agency_file(dossier_file, readonly=True) as af, pytest.raises(Cancelled):
        dossier.write_dossier(af, 2022, out, "DTI-TQ-SO", progress=progress)
    assert list(out.parent.iterdir()) == []
    assert calls and all(b == calls[0][1] for _a, b in calls)


def test_an_earlier_dossier_is_replaced_and_a_foreign_folder_refused(dossier_file, tmp_path):
    out = tmp_path / "hs"
    with open_agency_file(dossier_file, readonly=True) as af:
        dossier.write_dossier(af, 2022, out, "DTI-TQ-SO")
        (out / "ghi-chu.txt").write_text("cũ")
        dossier.write_dossier(af, 2022, out, "DTI-TQ-SO")
        assert not (out / "ghi-chu.txt").exists() and (out / JSON_NAME).is_file()
        other = tmp_path / "khac"
        other.mkdir()
        (other / "a.txt").write_text("x")
        with pytest.raises(ValidationError, match="đã có tệp khác"):
            dossier.write_dossier(af, 2022, other, "DTI-TQ-SO")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["demo.dtidesk", "hs", "khac", "src"]


def test_cli_lists_what_is_missing_then_writes(dossier_file, tmp_path, capsys):
    out = tmp_path / "hs.zip"
    assert main(["dossier", str(dossier_file), "--year", "2022", "--out", str(out)]) == 0
    captured = capsys.readouterr()
    assert "Tiêu chí 2.4: “Ảnh: hệ thống/phần mềm?” chưa ghi số" in captured.err
    assert "4 tệp tài liệu kiểm chứng" in captured.out and out.is_file()
    assert dossier.read_dossier(out).year == 2022


def test_read_back_refuses_what_is_not_a_dossier(tmp_path):
    (tmp_path / JSON_NAME).write_text('{"format": "khac"}', encoding="utf-8")
    with pytest.raises(ValidationError, match="không phải dữ liệu tự đánh giá"):
        dossier.read_dossier(tmp_path)
    with pytest.raises(ValidationError, match="Không tìm thấy"):
        dossier.read_dossier(tmp_path / "none.zip")


# -- the live formula of a criterion gives what the method computes ------------------------------------------
def _excel(formula: str, values: list[Decimal]) -> Decimal | str:
    """A tiny evaluator for the functions score_formula writes (both branches of IF are evaluated)."""
    def rnd(x, p):
        return float(Decimal(repr(x)).quantize(Decimal(1).scaleb(-int(p)), rounding=ROUND_HALF_UP))

    env = {"MIN": min, "MAX": max, "ROUND": rnd, "N": float, "AND": lambda *a: all(a),
           "IF": lambda c, a, b: a if c else b, "CHOOSE": lambda i, *a: a[int(i) - 1]}
    text = re.sub(r"E(\d+)", lambda m: repr(float(values[int(m.group(1)) - 1])), formula[1:])
    text = re.sub(r"(?<![<>=])=(?!=)", "==", text)
    try:
        return Decimal(repr(eval(text, env)))  # noqa: S307 - our own formula text
    except ZeroDivisionError:
        return "div0"


P = Award("points", Decimal(0))
METHODS = [
    (Method("ratio", (Input("a", ""), Input("b", ""))), Decimal(10), [(45, 50), (3, 7), (60, 50), (1, 3)]),
    (Method("ratio", (Input("a", ""), Input("b", "")), target=Decimal(80)), Decimal(5), [(45, 50), (29, 100)]),
    (Method("ratio", (Input("tl", "", "percent"),)), Decimal(20), [(92.4,), (120,), (0,)]),
    (Method("count", (Input("n", "", "count"),), per_item=Decimal("2.5")), Decimal(10), [(0,), (3,), (9,)]),
    (Method("deduction", (Input("n", "", "count"),), per_item=Decimal("0.5"), cap=Decimal(2)), Decimal(-3),
     [(0,), (3,), (9,)]),
    (Method("absolute"), Decimal(5), [(1,), (0,)]),
    (Method("parts", cases=(Case("x", Award("points", Decimal(2))), Case("y", Award("fraction", Decimal("0.5"))),
                            Case("z", Award("points", Decimal(4))))), Decimal(8), [(1, 1, 1), (0, 1, 0), (1, 0, 1)]),
    (Method("choice", cases=(Case("x", Award("fraction", Decimal(1))), Case("y", Award("points", Decimal(3))))),
     Decimal(6), [(1,), (2,)]),
    (Method("bands", (Input("a", ""), Input("b", "")), measure="ratio", bands=(
        Band(Decimal(90), True, None, False, Award("fraction", Decimal(1))),
        Band(Decimal(29), True, Decimal(90), False, Award("proportional", Decimal(1))),
        Band(None, False, Decimal(29), False, P))), Decimal(10), [(95, 100), (29, 100), (28, 100), (9, 10)]),
    (Method("bands", (Input("x", ""),), measure="value", bands=(
        Band(Decimal(3), False, None, False, Award("points", Decimal(5))),
        Band(Decimal(1), True, Decimal(3), True, Award("points", Decimal(2))))), Decimal(5), [(0,), (1,), (3,), (4,)]),
]


@pytest.mark.parametrize(("method", "maximum", "cases"), METHODS, ids=[m[0].kind for m in METHODS])
def test_the_criterion_formula_gives_the_computed_score(method, maximum, cases):
    for raw in cases:
        values = [Decimal(str(v)) for v in raw]
        expected = compute(method, maximum, values).score
        formula = score_formula(method, maximum, [f"E{i + 1}" for i in range(len(values))])
        assert formula is not None
        assert _excel(formula, values) == expected, (formula, raw)


def test_no_formula_for_council_scored_and_date_methods():
    assert score_formula(Method(), Decimal(10), ["E1"]) is None
    assert score_formula(Method("bands", measure="date", bands=(
        Band(None, False, Decimal(315), True, Award("points", Decimal(1))),)), Decimal(1), ["E1"]) is None
