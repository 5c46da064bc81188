"""Templates as data: the shipped forms load, a user's JSON is validated with Vietnamese messages."""

from __future__ import annotations

import json

import pytest

from dtidesk.errors import ValidationError
from dtidesk.resources import resource_path
from dtidesk.services.forms import add_form_from_json, get_form, install_shipped_forms, list_forms


def small(**changes) -> dict:
    data = {
        "schema": "dtidesk-form/1", "code": "thu-nghiem", "version": 2024, "kind": "rows", "title": "Biểu thử",
        "subtitle": "", "source": "kiểm thử", "column_groups": [],
        "columns": {"code": "STT", "label": "Chỉ tiêu", "unit": "Đơn vị tính", "value": "Số liệu", "note": "Ghi chú"},
        "rows": [
            {"code": "1", "label": "Nhóm", "unit": "", "type": "group", "bold": True},
            {"code": "1.1", "label": "Tỷ lệ", "unit": "%", "type": "percent",
             "formula": {"op": "ratio", "args": ["1.1.2", "1.1.1"]}},
            {"code": "1.1.1", "label": "Tổng số", "unit": "Hồ sơ", "type": "integer"},
            {"code": "1.1.2", "label": "Đúng hạn", "unit": "Hồ sơ", "type": "integer"},
        ],
    }
    data.update(changes)
    return data


def write(tmp_path, data) -> str:
    path = tmp_path / "bieu.json"
    path.write_text(json.dumps(data, ensure_ascii=False) if not isinstance(data, str) else data, encoding="utf-8")
    return str(path)


def test_shipped_forms_installed_once(af):
    assert sorted(f.code for f in list_forms(af)) == ["cchc-sector-stats", "cchc-stats", "tthc-results"]
    assert install_shipped_forms(af) == []  # idempotent
    stats = get_form(af, "cchc-stats").template
    assert len(stats.rows) == 153 and sum(r.computed for r in stats.rows) == 20
    assert stats.is_cumulative("6.2.3") and not stats.is_cumulative("6.1.1")
    assert len(list(resource_path("forms").glob("*.json"))) == 3


def test_add_form_from_json(af, tmp_path):
    form_id, changes = add_form_from_json(af, write(tmp_path, small()))
    assert changes.touches("forms")
    assert get_form(af, form_id).template.row("1.1").formula.args == ("1.1.2", "1.1.1")
    with pytest.raises(ValidationError, match="đã có biểu mẫu “thu-nghiem” phiên bản 2024"):
        add_form_from_json(af, write(tmp_path, small()))


@pytest.mark.parametrize("data,expect", [
    ("{không phải json", "không phải JSON hợp lệ"),
    (small(schema="khac"), "không phải biểu mẫu thống kê"),
    (small(version="2024"), "phiên bản “version”"),
    (small(kind="cot"), "loại “kind”"),
    (small(rows=[{"code": "1.", "label": "A", "unit": "", "type": "integer"}]), "mã “1.” không đúng dạng"),
    (small(rows=[{"code": "1.1", "label": "A", "unit": "", "type": "integer"}]), "dòng cha 1"),
    (small(rows=[{"code": "1", "label": "A", "unit": "", "type": "so"}]), "loại “so” không hợp lệ"),
    (small(rows=[{"code": "1", "label": "A", "unit": "", "type": "choice"}]), "danh sách “choices”"),
    (small(rows=[{"code": "1", "label": "A", "unit": "", "type": "integer",
                  "formula": {"op": "ratio", "args": ["1", "1"]}}]), "chỉ dùng cho dòng “percent”"),
    (small(rows=[{"code": "1", "label": "A", "unit": "", "type": "integer", "formula": {"op": "sum", "args": ["2"]}},
                 {"code": "2", "label": "B", "unit": "", "type": "integer", "formula": {"op": "sum", "args": ["1"]}}]),
     "công thức vòng tròn"),
    (small(rows=[{"code": "1", "label": "A", "unit": "", "type": "integer", "formula": {"op": "sum", "args": ["9"]}}]),
     "dòng “9” không có"),
])
def test_bad_templates_refused_with_reasons(af, tmp_path, data, expect):
    before = len(list_forms(af))
    with pytest.raises(ValidationError) as info:
        add_form_from_json(af, write(tmp_path, data))
    assert expect in info.value.message
    assert len(list_forms(af)) == before


def test_every_problem_listed_at_once(tmp_path, af):
    bad = small(version=0, rows=[{"code": "1", "label": "", "unit": "", "type": "integer"},
                                 {"code": "1", "label": "B", "unit": "", "type": "integer"}])
    with pytest.raises(ValidationError) as info:
        add_form_from_json(af, write(tmp_path, bad))
    text = info.value.message
    assert "phiên bản" in text and "“label”" in text and "mã bị trùng" in text
