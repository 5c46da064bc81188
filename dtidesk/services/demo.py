"""The demo file: Sở Tư pháp Tuyên Quang as seed 000 prints it, plus a sample CCHC plan (seed 002)."""

from __future__ import annotations

import json
from pathlib import Path

from ..domain.models import Agency, Task
from ..domain.scores import to_decimal
from ..domain.timeline import parse_timeline
from ..resources import resource_path
from ..store import AgencyFile
from .files import new_file


def demo_data() -> dict:
    return json.loads(resource_path("demo/stp-tuyenquang.json").read_text(encoding="utf-8"))


def build_demo(path: Path | str) -> AgencyFile:
    """User action “Mở tệp mẫu” / `dtidesk-cli demo OUT`."""
    data = demo_data()
    af = new_file(path, Agency(**data["agency"]))
    try:
        with af.transaction():
            _fill(af, data)
            af.repo.log.add("build_demo", "agency", 1, "Dữ liệu mẫu từ các văn bản gốc")
    except BaseException:
        af.close()
        Path(path).unlink(missing_ok=True)
        raise
    return af


def _fill(af: AgencyFile, data: dict) -> None:
    r = af.repo
    unit_ids = {}
    for u in data["units"]:
        unit_ids[u["name"]] = r.units.insert(u["name"], u.get("short_name", ""), u.get("kind", "unit"),
                                             u.get("active", True))
    assessment_ids = {}
    for a in data["assessments"]:
        fw = r.frameworks.find(a["framework"])
        assert fw is not None, a["framework"]
        aid = r.assessments.insert(fw.id, a["year"], a.get("decision", ""), a["total"].get("rank"),
                                   a["total"].get("rank_of"), a.get("rating", ""))
        assessment_ids[(a["framework"], a["year"])] = aid
        for code, res in a["groups"].items():
            ind = r.frameworks.indicator_by_code(fw.id, code)
            r.assessments.set_group_rank(aid, ind.id, res.get("rank"), res.get("rank_of"))
        for code, sc in a["criteria"].items():
            ind = r.frameworks.indicator_by_code(fw.id, code)
            r.assessments.set_score(aid, ind.id, to_decimal(sc.get("self")), to_decimal(sc.get("appraised")),
                                    sc.get("note", ""))
    for p in data["plans"]:
        link = p.get("assessment")
        aid = assessment_ids.get((link["framework"], link["year"])) if link else None
        fw = r.frameworks.find(link["framework"]) if link else None
        plan_id = r.plans.insert(
            kind=p["kind"], year=p["year"], title=p["title"], number=p.get("number"), symbol=p.get("symbol", ""),
            issued_day=p.get("issued_day"), issued_month=p.get("issued_month"),
            issued_year=p.get("issued_year"), legal_bases=p.get("legal_bases", []),
            preamble=p.get("preamble", ""), sections=p.get("sections", []),
            indicator_intros=p.get("indicator_intros", {}), recipients=p.get("recipients", []),
            signing_authority=p.get("signing_authority", ""), signer_title=p.get("signer_title", ""),
            signer_name=p.get("signer_name", ""), assessment_id=aid, reporting=p.get("reporting", {}),
            sample_note=p.get("sample_note", ""),
        )
        group_ids: dict[str, int] = {}
        position = 0

        def add_groups(nodes: list, parent_path: str, parent_id: int | None, plan_id: int = plan_id,
                       group_ids: dict[str, int] = group_ids) -> None:
            nonlocal position
            for g in nodes:
                position += 1
                path = f"{parent_path}/{g['code']}" if parent_path else g["code"]
                group_ids[path] = r.plans.insert_group(plan_id, parent_id, g["code"], g["title"], position)
                add_groups(g.get("children", []), path, group_ids[path])

        add_groups(p.get("groups", []), "", None)
        for pos, t in enumerate(p["tasks"], start=1):
            crit = r.frameworks.indicator_by_code(fw.id, t["criterion"]) if fw and t.get("criterion") else None
            r.tasks.insert(Task(
                id=0, plan_id=plan_id, content=t["content"], group_id=group_ids.get(t.get("group") or ""),
                criterion_id=crit.id if crit else None, position=pos, code=t.get("code", ""),
                objective=t.get("objective", ""), output=t.get("output", ""),
                lead_unit_ids=[unit_ids[n] for n in t.get("lead_units", [])],
                coop_unit_ids=[unit_ids[n] for n in t.get("coop_units", [])],
                units_note=t.get("units_note", ""), lead_label=t.get("lead_label", ""),
                lead_written=t.get("lead_written", ""), coop_label=t.get("coop_label", ""),
                coop_written=t.get("coop_written", ""), timeline=t.get("timeline", ""),
                due_date=parse_timeline(t.get("timeline", ""), p["year"]).due_date,
            ))
