"""Frameworks (bộ chỉ số) and their criteria as the front ends pick them."""

from __future__ import annotations

from ..domain.models import Framework, Indicator
from ..store import AgencyFile


def list_frameworks(af: AgencyFile) -> list[Framework]:
    """Every framework version, by code then version year."""
    return af.repo.frameworks.all()


def find_version(af: AgencyFile, code: str, version_year: int | None = None) -> Framework | None:
    """The given version of a framework, or without a year its newest one; None when the file has none."""
    return af.repo.frameworks.find(code, version_year)


def criteria_of(af: AgencyFile, framework_id: int) -> list[Indicator]:
    """The framework's criteria (the scored leaves), in catalog order."""
    return [i for i in af.repo.frameworks.indicators(framework_id) if i.kind == "criterion"]


def indicator_by_code(af: AgencyFile, framework_id: int, code: str) -> Indicator | None:
    """A criterion or group of the framework by its printed code (“2.4”); None when there is none."""
    return af.repo.frameworks.indicator_by_code(framework_id, code)


def linkable_criteria(af: AgencyFile, assessment_id: int | None) -> tuple[list[Indicator], dict[int, Indicator]]:
    """The criteria a plan's task can be linked to, and every indicator by id (for names of links already
    made): the plan's own framework first, the other frameworks after (rarely used)."""
    fw_ids = [f.id for f in af.repo.frameworks.all()]
    if assessment_id is not None:
        a = af.repo.assessments.get(assessment_id)
        if a is not None:
            fw_ids = [a.framework_id] + [f for f in fw_ids if f != a.framework_id]
    every: list[Indicator] = []
    for fid in fw_ids:
        every.extend(af.repo.frameworks.indicators(fid))
    return [i for i in every if i.kind == "criterion"], {i.id: i for i in every}
