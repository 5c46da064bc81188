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
    assert main(["number-style", str(demo_path), "odd"]) != 0  # argparse refuses an unknown style
