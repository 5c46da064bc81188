"""Find shipped resources the same way in a checkout, an installed wheel and a frozen build."""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path


@cache
def resources_root() -> Path:
    candidates = []
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        candidates.append(Path(frozen) / "resources")
    here = Path(__file__).resolve().parent
    candidates.append(here / "_resources")  # installed wheel (see pyproject package-dir)
    candidates.append(here.parent / "resources")  # source checkout
    for c in candidates:
        if (c / "frameworks").is_dir():
            return c
    raise FileNotFoundError("resources folder not found; looked in: " + ", ".join(map(str, candidates)))


def resource_path(rel: str) -> Path:
    return resources_root() / rel


@cache
def i18n_dir() -> Path:
    """Compiled translations (.qm): beside resources in every layout."""
    here = Path(__file__).resolve().parent
    frozen = getattr(sys, "_MEIPASS", None)
    for c in ([Path(frozen) / "i18n"] if frozen else []) + [here / "_i18n", here.parent / "i18n"]:
        if c.is_dir():
            return c
    return here.parent / "i18n"
