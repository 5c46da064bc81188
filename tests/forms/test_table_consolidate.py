"""Table forms: the agency's table merged from the units', set_table_rows all or nothing, and the CLI."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from dtidesk.cli import main
from dtidesk.domain.forms import complete_table, merge_tables, row_label
from dtidesk.errors import ValidationError
from dtidesk.services import forms as fo

from .conftest import UNITS, seed
from .test_checks import template
from .test_table_xlsx import fill

TEMPLATE = template("tthc-results")

F1, F2 = "Báo chí", "Xuất bản, In và phát hành"
P1, P2, P3 = ("Cấp giấy phép xuất bản bản tin (địa phương)", "Cho phép hợp báo (trong nước)",
              "Cấp giấy phép xuất bản tài liệu không kinh doanh")


def line(field: str, procedure: str, received: int, early: int, on_time: int = 0, late: int = 0, note: str = "") -> dict:
    row = {"kind": "procedure", "field": field, "procedure": procedure, "received": str(received),
           "resolved": str(early + on_time + late), "early": str(early), "on_time": str(on_time), "late": str(late)}
    return {**row, "note": note} if note else row


def table(*lines: dict) -> list[dict]:
    fields = []
    for x in lines:
        if x["field"] not in fields:
            fields.append(x["field"])
    return complete_table(TEMPLATE, [r for f in fields for r in ({"kind": "field", "field": f},
                                                                  *(x for x in lines if x["field"] == f))])


def figures(rows: list[dict]) -> list[tuple]:
    return [(r["kind"], r.get("stt", ""), row_label(TEMPLATE, rows, i), r.get("received"), r.get("resolved"),
             r.get("early"), r.get("on_time"), r.get("late"), r.get("note")) for i, r in enumerate(rows)]


def test_consolidation_of_three_units_equals_the_hand_sum(af, units):
    form = fo.get_form(af, "tthc-results")
    a, b, c = (units[n].id for n in UNITS)
    fo.set_table_rows(af, form.id, 2022, "H1", a, table(line(F1, P1, 11, 11), line(F2, P3, 43, 40, 3)))
    # the same procedure typed without diacritics and in capitals is the same line
    fo.set_table_rows(af, form.id, 2022, "H1", b, table(line("bao chi", "CHO PHEP HOP BAO (trong nuoc)", 2, 1, 0, 1,
                                                             "1 hồ sơ trễ"), line(F1, P1, 4, 4)))
    fo.set_table_rows(af, form.id, 2022, "H1", c, table(line("Bưu chính", "Cấp văn bản xác nhận", 1, 1),
                                                         line(F1, P2, 3, 3, note="họp báo")))
    result, changes = fo.consolidate(af, form.id, 2022, "H1")
    assert changes.touches("form_values") and result.units == [units[n] for n in UNITS] and result.missing == []
    # first appearance decides order and spelling: units in the file's order, so P2 is written as unit b wrote it
    by_hand = [
        ("total", "", "Cộng I+II+III", "64", "64", "60", "3", "1", None),
        ("field", "I", "Lĩnh vực Báo chí", "20", "20", "19", "0", "1", None),  # 11 + 2 + 4 + 3
        ("procedure", "1", P1, "15", "15", "15", "0", "0", None),  # a 11 + b 4
        ("procedure", "2", "CHO PHEP HOP BAO (trong nuoc)", "5", "5", "4", "0", "1", "1 hồ sơ trễ; họp báo"),
        ("field", "II", "Lĩnh vực Xuất bản, In và phát hành", "43", "43", "40", "3", "0", None),
        ("procedure", "1", P3, "43", "43", "40", "3", "0", None),
        ("field", "III", "Lĩnh vực Bưu chính", "1", "1", "1", "0", "0", None),
        ("procedure", "1", "Cấp văn bản xác nhận", "1", "1", "1", "0", "0", None),
    ]
    assert figures(result.rows) == by_hand
    assert fo.table_rows(af, form.id, 2022, "H1") == result.rows
    assert fo.check_form(af, form.id, 2022, "H1") == []
    again, _ = fo.consolidate(af, form.id, 2022, "H1")  # the agency's own table is never summed into itself
    assert again.rows == result.rows


def test_missing_units_and_empty_consolidation(af, units):
    form = fo.get_form(af, "tthc-results")
    result, _ = fo.consolidate(af, form.id, 2022, "Q1")
    assert result.units == [] and result.missing == [units[n] for n in UNITS] and result.rows == [{"kind": "total"}]
    fo.set_table_rows(af, form.id, 2022, "Q1", units[UNITS[1]].id, seed("tthc_results_rows.json"))
    result, _ = fo.consolidate(af, form.id, 2022, "Q1")
    assert result.missing == [units[UNITS[0]], units[UNITS[2]]]
    assert [r.get("received") for r in result.rows] == ["56", "12", "11", "1", "1", "1", "43", "43"]


def test_merge_keeps_groups_together_in_first_seen_order():
    one = table(line(F2, P3, 1, 1))
    two = table(line(F1, P1, 2, 2), line(F2, "Cấp phép in", 3, 3))
    merged = merge_tables(TEMPLATE, [one, two])
    assert [row_label(TEMPLATE, merged, i) for i in range(len(merged))] == [
        "Cộng I+II", "Lĩnh vực Xuất bản, In và phát hành", P3, "Cấp phép in", "Lĩnh vực Báo chí", P1]
    assert [r.get("stt", "") for r in merged] == ["", "I", "1", "2", "II", "1"]
    assert merged[1]["received"] == "4" and merged[0]["received"] == "6"


def test_set_table_rows_all_or_nothing(af, units):
    form = fo.get_form(af, "tthc-results")
    uid = units[UNITS[0]].id
    fo.set_table_rows(af, form.id, 2022, "H1", uid, table(line(F1, P1, 1, 1)))
    before = fo.table_rows(af, form.id, 2022, "H1", uid)
    bad = table(line(F1, P1, 1, 1), line(F1, P2, 2, 2))
    bad[2]["early"], bad[3]["late"] = "một", "2,5"
    with pytest.raises(ValidationError) as err:
        fo.set_table_rows(af, form.id, 2022, "H1", uid, bad)
    assert "Dòng 3, cột “Trước hạn” (số nguyên): “một” không phải là số." in err.value.message
    assert "Dòng 4, cột “Quá hạn”: phải là số nguyên" in err.value.message and err.value.field == "3"
    assert fo.table_rows(af, form.id, 2022, "H1", uid) == before
    stats = fo.get_form(af, "cchc-stats")
    with pytest.raises(ValidationError, match="không phải dạng bảng"):
        fo.set_table_rows(af, stats.id, 2022, "H1", uid, [])


def cli(capsys, *args: object) -> tuple[int, str, str]:
    code = main(["form", *map(str, args)])
    out = capsys.readouterr()
    return code, out.out, out.err


def test_cli_export_import_check_consolidate(af_path, tmp_path, capsys):
    base = ["--form", "tthc-results", "--year", "2022", "--period", "H1"]
    f1, f2 = tmp_path / "vp.xlsx", tmp_path / "ttr.xlsx"
    assert cli(capsys, af_path, "export", *base, "--unit", UNITS[0], "--out", f1)[0] == 0
    assert cli(capsys, af_path, "export", *base, "--unit", "thanh tra so", "--prefill", "--out", f2)[0] == 0
    fill(f1)
    fill(f2, [("Lĩnh vực", "Báo chí"), (None, P2, 2, 2, 2)])
    code, out, _ = cli(capsys, af_path, "import", f1, f2)
    assert code == 0
    assert f"Đã nhận: vp.xlsx — {UNITS[0]}, 6 tháng đầu năm 2022, 6 dòng." in out
    assert "[cảnh báo] vp.xlsx, trang “Giải quyết thủ tục hành chính”, ô E13:" in out

    code, out, _ = cli(capsys, af_path, "check", *base, "--unit", UNITS[1], "--json")
    assert code == 0 and json.loads(out) == []
    code, out, _ = cli(capsys, af_path, "consolidate", *base, "--json")
    data = json.loads(out)
    assert code == 0 and set(data) == {"form", "year", "period", "units", "missing", "rows"}
    assert data["units"] == UNITS[:2] and data["missing"] == [UNITS[2]]
    assert [(r["kind"], r.get("received")) for r in data["rows"][:4]] == [
        ("total", "57"), ("field", "14"), ("procedure", "11"), ("procedure", "3")]
    code, out, _ = cli(capsys, af_path, "consolidate", *base)
    assert code == 0 and "Cộng I+II" in out and "Chưa gửi số liệu: Phòng Bưu chính, Viễn thông." in out
    code, out, _ = cli(capsys, af_path, "check", *base, "--json")
    assert code == 0 and {f["severity"] for f in json.loads(out)} == {"warning"}  # resolved 45 > received 43
    assert cli(capsys, af_path, "export", *base, "--out", tmp_path / "tthc.xlsx")[0] == 0


def test_cli_refused_table_file_names_the_cell(af_path, tmp_path, capsys):
    path = tmp_path / "vp.xlsx"
    assert cli(capsys, af_path, "export", "--form", "tthc-results", "--year", "2022", "--period", "H1",
               "--unit", UNITS[0], "--out", path)[0] == 0

    def edit(ws):
        ws["E10"] = "mười một"

    fill(path, edit=edit)
    r = subprocess.run([sys.executable, "-m", "dtidesk.cli", "form", str(af_path), "import", str(path)],
                       capture_output=True, text=True)
    assert r.returncode == 1 and "Traceback" not in r.stderr + r.stdout
    assert "Từ chối: vp.xlsx" in r.stdout
    assert ("vp.xlsx, trang “Giải quyết thủ tục hành chính”, ô E10: Dòng 10, cột “Tổng số hồ sơ” (số nguyên): "
            "“mười một” không phải là số.") in r.stdout


def test_set_table_rows_recomputes_what_the_form_sums(af):
    form = fo.get_form(af, "tthc-results")
    rows = [{"kind": "total", "received": "999"},
            {"kind": "field", "field": F1, "received": "7", "resolved": "7"},  # stale: its lines say 3
            {"kind": "procedure", "procedure": P1, "received": "3", "resolved": "3", "early": "3"},
            {"kind": "field", "field": "Bưu chính", "received": "5", "resolved": "5", "on_time": "5"}]  # no lines
    fo.set_table_rows(af, form.id, 2022, "H1", None, rows, recompute=True)
    back = fo.table_rows(af, form.id, 2022, "H1")
    assert figures(back) == [
        ("total", "", "Cộng I+II", "8", "8", "3", "5", None, None),
        ("field", "I", "Lĩnh vực Báo chí", "3", "3", "3", None, None, None),
        ("procedure", "1", P1, "3", "3", "3", None, None, None),
        ("field", "II", "Lĩnh vực Bưu chính", "5", "5", None, "5", None, None)]
    assert back[2]["field"] == F1  # a line belongs to the field above it
    fo.set_table_rows(af, form.id, 2022, "H1", None, rows)  # as typed, for the checks to judge
    assert fo.table_rows(af, form.id, 2022, "H1")[0] == {"kind": "total", "received": "999"}
    assert any(f.row == "2" and f.col == "received" for f in fo.check_form(af, form.id, 2022, "H1"))
