"""`dtidesk-cli number-style`: show or set the file's rule for numbers below 10 in the plan's headings."""

from __future__ import annotations

import json

from dtidesk.cli.main import main
from dtidesk.exporters.document import build_plan_document
from dtidesk.services.export import plan_data
from dtidesk.store import open_agency_file


def test_show_set_and_refuse(demo_path, capsys):
    assert main(["number-style", str(demo_path), "--json"]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert shown["style"] == "mixed" and set(shown["styles"]) == {"mixed", "padded", "plain"}
    assert main(["number-style", str(demo_path), "plain"]) == 0
    assert "* plain" in capsys.readouterr().out
    with open_agency_file(demo_path, readonly=True) as af:
        body = [p.text for p in build_plan_document(plan_data(af, 1)).body]
    assert any(t.startswith("3. Chỉ số “Hạ tầng số” (gồm 5 tiêu chí;") and t.endswith("đứng thứ 1/18 cơ quan)")
               for t in body)
    # the paragraph of points lost follows the same rule: 4.1 lost 3 points
    lost = next(t for t in body if t.startswith("Theo bảng kết quả đánh giá năm 2022"))
    assert "4.1 (3 điểm)" in lost
    assert main(["number-style", str(demo_path), "mixed"]) == 0
    with open_agency_file(demo_path, readonly=True) as af:
        body = [p.text for p in build_plan_document(plan_data(af, 1)).body]
    assert "4.1 (03 điểm)" in next(t for t in body if t.startswith("Theo bảng kết quả đánh giá năm 2022"))
    assert main(["number-style", str(demo_path), "odd"]) != 0  # argparse refuses an unknown style
