"""`dtidesk-cli units FILE list|merge`: JSON shapes, a dry run that writes nothing, one-line errors."""

from __future__ import annotations

import hashlib
import json

from dtidesk.cli.main import main


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_list_json_names_spellings_and_usage(demo_path, capsys):
    code, out, _ = run(capsys, "units", str(demo_path), "list", "--json")
    assert code == 0
    data = json.loads(out)
    first = data[0]
    assert set(first) == {"id", "name", "short_name", "kind", "active", "aliases", "usage"}
    assert first["name"] == "Văn phòng Sở" and first["aliases"] == [] and first["usage"]["task_units"] > 0
    code, out, _ = run(capsys, "units", str(demo_path), "list")
    assert code == 0 and "#1" in out and "Văn phòng Sở" in out


def test_merge_json_then_the_merged_name_is_a_spelling(demo_path, capsys):
    before = digest(demo_path)
    code, out, _ = run(capsys, "units", str(demo_path), "merge", "--keep", "van phong so", "--from", "Thanh tra Sở",
                       "--dry-run", "--json")
    assert code == 0 and json.loads(out)["committed"] is False
    assert json.loads(out)["merged"]["usage"]["task_units"] == 3
    assert digest(demo_path) == before

    code, out, _ = run(capsys, "units", str(demo_path), "merge", "--keep", "VP Sở", "--from", "#2", "--json")
    assert code == 0
    data = json.loads(out)
    assert data["kept"] == {"id": 1, "name": "Văn phòng Sở"} and data["merged"] == {"id": 2, "name": "Thanh tra Sở"}
    assert data["committed"] is True and data["moved"]["task_units"] == 1
    assert "Thanh tra Sở" in data["aliases"]
    code, out, _ = run(capsys, "units", str(demo_path), "list", "--json")
    units = {u["name"]: u for u in json.loads(out)}
    assert "Thanh tra Sở" not in units and "Thanh tra Sở" in units["Văn phòng Sở"]["aliases"]

    code, out, _ = run(capsys, "units", str(demo_path), "merge", "--keep", "Văn phòng Sở",
                       "--from", "Phòng Chuyển đổi số")
    assert code == 0 and out.startswith("Đã gộp “Phòng Chuyển đổi số” vào “Văn phòng Sở”")


def test_merge_errors_are_one_line_and_change_nothing(demo_path, capsys):
    before = digest(demo_path)
    code, _, err = run(capsys, "units", str(demo_path), "merge", "--keep", "Văn phòng Sở", "--from", "Phòng Không Có")
    assert code == 1 and err.count("\n") == 1 and "Không có đơn vị “Phòng Không Có”" in err
    code, _, err = run(capsys, "units", str(demo_path), "merge", "--keep", "Văn phòng Sở", "--from", "VP")
    assert code == 1 and "hai đơn vị khác nhau" in err
    code, _, err = run(capsys, "units", str(demo_path), "merge", "--keep", "Văn phòng Sở")
    assert code == 2 and "--from" in err
    assert digest(demo_path) == before
