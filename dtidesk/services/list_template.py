"""User action “Tải mẫu”: the xlsx template of a list kind, offering the file's units and criteria."""

from __future__ import annotations

from pathlib import Path

from ..domain.models import Indicator
from ..errors import NotFound
from ..store import AgencyFile
from .scoring import find_framework


def write_list_template(kind: str, out: Path | str, af: AgencyFile | None = None) -> Path:
    """The template for one kind; with a file, its unit names are offered in drop-down lists (and the
    score template lists the criteria of its index)."""
    from ..exporters import list_template  # openpyxl loads on first use: the command line starts without it

    units: list[str] = []
    indicators: list[Indicator] = []
    if af is not None:
        units = [u.name for u in af.repo.units.all(include_inactive=False)]
        if kind == "scores":
            try:
                indicators = af.repo.frameworks.indicators(find_framework(af, None).id)
            except NotFound:
                pass
    return list_template.write_list_template(kind, out, units, indicators)
