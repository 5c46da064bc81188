"""`dtidesk-cli import-index` and `assess`: the public JSON keys, one undo step, nothing written on a refusal."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from dtidesk.cli import main
from dtidesk.errors import ValidationError
from dtidesk.services.assess import criterion_state, override_score, set_inputs
from dtidesk.services.index_import import import_index, read_index, remove_index
from dtidesk.store import open_agency_file

from .test_index_decisions import TABLE

FIXTURES = Path(__file__).parent.parent / "fixtures" / "index"


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def bare(tmp_path) -> Path:
    path = tmp_path / "a.dtidesk"
    assert main(["new", str(path), "--agency", "SỞ TƯ PHÁP"]) == 0
    return path


@pytest.fixture
def decision(tmp_path) -> Path:
    p = tmp_path / "qd.txt"
    p.write_text(TABLE, encoding="utf-8")
    return p


def _json(capsys) -> dict:
    return json.loads(capsys.readouterr().out)


def test_dry_run_shows_the_index_and_writes_nothing(bare, capsys):
    before = sha(bare)
    capsys.readouterr()
    assert main(["import-index", str(bare), str(FIXTURES / "tayninh_2747_table.docx"), "--dry-run", "--json"]) == 0
    data = _json(capsys)
    assert sha(bare) == before
    assert data["code"] == "DTI-TN" and data["total_max"] == 18
    (comp,) = data["components"]
    assert (comp["code"], comp["name"], comp["max"]) == ("I", "CÁC TIÊU CHÍ VỀ CƠ SỞ HẠ TẦNG THÔNG TIN", 18)
    first = comp["criteria"][0]
    assert set(first) >= {"code", "name", "max", "method"} and first["method"]["kind"] == "ratio"
    assert data["issues"] == [{"line": 8, "message": "I “CÁC TIÊU CHÍ VỀ CƠ SỞ HẠ TẦNG THÔNG TIN”: ghi tối đa 18 "
                                                     "điểm nhưng các tiêu chí cộng lại 10 điểm."}]


def test_import_then_assess_then_scores(bare, decision, capsys):
    assert main(["import-index", str(bare), str(decision), "--json"]) == 0
    data = _json(capsys)
    assert data["code"] == "DTI-DT-SO" and data["year"] == 2023 and data["total_max"] == 1030
    code = data["code"]
    # a ratio: inputs in the order the method states them; the year's self-assessment is created
    assert main(["assess", str(bare), "--year", "2024", "--framework", code, "--criterion", "1.2",
                 "--inputs", "45", "50", "--json"]) == 0
    got = _json(capsys)
    assert (got["criterion"], got["max"], got["score"]) == ("1.2", 20, 18)
    assert got["method"]["kind"] == "ratio"
    assert [(i["name"], i["label"], i["value"]) for i in got["inputs"]] == [
        ("a", "Số hồ sơ nộp trực tuyến", 45), ("b", "Tổng số hồ sơ", 50)]
    # a choice by its option number; a percentage with a decimal comma
    assert main(["assess", str(bare), "--year", "2024", "--framework", code, "--criterion", "1.1",
                 "--inputs", "2"]) == 0
    assert main(["assess", str(bare), "--year", "2024", "--framework", code, "--criterion", "2.9",
                 "--inputs", "92,4", "--json"]) == 0
    capsys.readouterr()
    assert main(["scores", str(bare), "--year", "2024", "--framework", code, "--json"]) == 0
    scores = _json(capsys)
    nodes = {n["code"]: n for n in scores["nodes"]}
    assert nodes["1"]["self_score"] == 23 and nodes["2"]["self_score"] == 748.13  # 92,4 %: 3/4 × 997,5
    assert nodes["1.2"]["method"]["kind"] == "ratio" and nodes["1.2"]["inputs"][0]["value"] == 45
    assert nodes["1.1"]["computed"] == 5


def test_a_deduction_comes_off_its_component_which_never_goes_below_zero(bare, decision, capsys):
    main(["import-index", str(bare), str(decision)])
    capsys.readouterr()
    args = ["assess", str(bare), "--year", "2023", "--criterion", "2.11", "--json", "--inputs"]
    assert main(args + ["3"]) == 0
    assert _json(capsys)["score"] == -1.5
    main(["scores", str(bare), "--year", "2023", "--json"])
    nodes = {n["code"]: n for n in _json(capsys)["nodes"]}
    assert nodes["2"]["self_score"] == 0 and nodes["2"]["max_score"] == 1000  # the deduction adds no maximum
    assert main(["assess", str(bare), "--year", "2023", "--criterion", "2.10", "--inputs", "1"]) == 0
    capsys.readouterr()
    main(["scores", str(bare), "--year", "2023", "--json"])
    assert {n["code"]: n for n in _json(capsys)["nodes"]}["2"]["self_score"] == 1  # 2,5 − 1,5


@pytest.mark.parametrize("inputs,message", [
    (["45"], None),  # too few is fine (b still missing), but:
    (["45", "50", "7"], "cần 2 số liệu"),
    (["bốn mươi", "50"], "không phải là một số"),
    (["-3", "50"], "không được âm"),
])
def test_bad_inputs_are_refused_and_change_nothing(bare, decision, capsys, inputs, message):
    main(["import-index", str(bare), str(decision)])
    before = sha(bare)
    code = main(["assess", str(bare), "--year", "2023", "--criterion", "1.2", "--inputs", *inputs])
    err = capsys.readouterr().err
    if message is None:
        assert code == 0
        return
    assert code == 1 and message in err and sha(bare) == before


def test_assess_refuses_a_group_and_a_council_scored_criterion(bare, decision, capsys):
    main(["import-index", str(bare), str(decision)])
    assert main(["assess", str(bare), "--year", "2023", "--criterion", "2", "--inputs", "1"]) == 1
    assert "là chỉ số (nhóm)" in capsys.readouterr().err
    assert main(["assess", str(bare), "--year", "2023", "--criterion", "9.9", "--inputs", "1"]) == 1


def test_override_needs_a_reason_which_is_kept_and_inputs_still_recompute(bare, decision):
    with open_agency_file(bare) as af:
        done, _ = import_index(af, read_index(decision))
        from dtidesk.services.assess import assess

        data, _ = assess(af, 2023, "1.2", ["10", "20"], done.code)
        a = af.repo.assessments.find(done.framework_id, 2023)
        ind = af.repo.frameworks.indicator_by_code(done.framework_id, "1.2")
        with pytest.raises(ValidationError, match="Lý do"):
            override_score(af, a.id, ind.id, "12", "")
        override_score(af, a.id, ind.id, "12", "Hội đồng đã công nhận số liệu bổ sung")
        set_inputs(af, a.id, ind.id, ["15", "20"])
        state = criterion_state(af, a.id, ind.id)
        assert (state.score.self_score, state.score.computed, state.overridden) == (12, 15, True)
        assert state.score.override_reason == "Hội đồng đã công nhận số liệu bổ sung"
        override_score(af, a.id, ind.id, "", "")  # back to the computed score
        assert criterion_state(af, a.id, ind.id).score.self_score == 15


def test_import_is_one_undo_step_and_a_second_import_gets_its_own_code(bare, decision):
    with open_agency_file(bare) as af:
        first, _ = import_index(af, read_index(decision))
        second, _ = import_index(af, read_index(decision))
        assert (first.code, second.code) == ("DTI-DT-SO", "DTI-DT-SO-2")
        remove_index(af, second.framework_id)
        assert [f.code for f in af.repo.frameworks.all()] == ["DTI-DT-SO"]
        from dtidesk.services.assess import assess

        assess(af, 2023, "1.2", ["1", "2"], first.code)
        with pytest.raises(ValidationError, match="đang có kết quả đánh giá"):
            remove_index(af, first.framework_id)


def test_an_index_without_a_year_asks_for_one(bare, tmp_path, capsys):
    p = tmp_path / "x.txt"
    p.write_text("1. Nhận thức số (20 điểm)\n1.1. Có chuyên mục CĐS (20đ)\n- Có: Điểm tối đa\n- Không: 0 điểm\n",
                 encoding="utf-8")
    before = sha(bare)
    assert main(["import-index", str(bare), str(p)]) == 1
    assert "năm áp dụng" in capsys.readouterr().err and sha(bare) == before
    assert main(["import-index", str(bare), str(p), "--year", "2025", "--json"]) == 0
    data = _json(capsys)
    assert data["year"] == 2025 and data["components"][0]["criteria"][0]["method"]["kind"] == "absolute"
