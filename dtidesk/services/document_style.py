"""Use case “Cách viết số trong đề mục”: the file's one rule for numbers below 10 in a plan's headings."""

from __future__ import annotations

from ..domain.heading_numbers import DEFAULT_NUMBER_STYLE, NUMBER_STYLES, SETTING_KEY
from ..errors import ValidationError
from ..store import AgencyFile
from .changes import Changes


def number_style(af: AgencyFile) -> str:
    """The style set for the file, or the default (seed 000's habit) when none is, or an unknown one."""
    style = af.repo.settings.get(SETTING_KEY, DEFAULT_NUMBER_STYLE)
    return style if style in NUMBER_STYLES else DEFAULT_NUMBER_STYLE


def set_number_style(af: AgencyFile, style: str) -> Changes:
    """User action “Xuất → Cách viết số trong đề mục”: one commit; setting the current style writes nothing."""
    if style not in NUMBER_STYLES:
        choices = "; ".join(f"{k} ({v})" for k, v in NUMBER_STYLES.items())
        raise ValidationError(f"Cách viết số “{style}” không có. Chọn một trong: {choices}.", "Cách viết số")
    if style == number_style(af):
        return Changes()
    with af.transaction():
        af.repo.settings.set(SETTING_KEY, style)
        af.repo.log.add("set_number_style", "settings", None, style)
    return Changes.of("settings")
