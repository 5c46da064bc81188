"""Serif fonts for exports: a system Times New Roman when installed, else the bundled Liberation Serif."""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from ..resources import resource_path

STYLES = ("regular", "bold", "italic", "bold_italic")
# Names registered with reportlab; the PDF itself carries each file's own PostScript name.
RL_NAMES = {"regular": "DTISerif", "bold": "DTISerif-Bold", "italic": "DTISerif-Italic",
            "bold_italic": "DTISerif-BoldItalic"}
RL_FAMILY = RL_NAMES["regular"]

# File stems of Times New Roman, folded to lower-case letters only.
_TNR_STEMS = {
    "times": "regular", "timesnewroman": "regular", "timesnewromanpsmt": "regular",
    "timesbd": "bold", "timesnewromanbold": "bold", "timesnewromanpsboldmt": "bold",
    "timesi": "italic", "timesnewromanitalic": "italic", "timesnewromanpsitalicmt": "italic",
    "timesbi": "bold_italic", "timesnewromanbolditalic": "bold_italic",
    "timesnewromanpsbolditalicmt": "bold_italic",
}
_BUNDLED = {"regular": "LiberationSerif-Regular.ttf", "bold": "LiberationSerif-Bold.ttf",
            "italic": "LiberationSerif-Italic.ttf", "bold_italic": "LiberationSerif-BoldItalic.ttf"}


@dataclass(frozen=True)
class FontSet:
    label: str  # "Times New Roman" or "Liberation Serif"
    files: dict[str, Path]

    @property
    def bundled(self) -> bool:
        return self.label != "Times New Roman"


def system_font_dirs() -> list[Path]:
    dirs: list[Path] = []
    if sys.platform == "win32":
        windir = Path(os.environ.get("WINDIR", r"C:\Windows"))
        dirs.append(windir / "Fonts")
        local = os.environ.get("LOCALAPPDATA")
        if local:
            dirs.append(Path(local) / "Microsoft" / "Windows" / "Fonts")
    elif sys.platform == "darwin":
        dirs += [Path("/Library/Fonts"), Path("/System/Library/Fonts/Supplemental"), Path.home() / "Library/Fonts"]
    else:
        dirs += [Path("/usr/share/fonts"), Path("/usr/local/share/fonts"), Path.home() / ".local/share/fonts",
                 Path.home() / ".fonts"]
    return dirs


def _times_in(dirs: Iterable[Path]) -> dict[str, Path]:
    found: dict[str, Path] = {}
    for d in dirs:
        if not d.is_dir():
            continue
        try:
            candidates = d.glob("times*.ttf") if sys.platform == "win32" else d.rglob("*.[tT][tT][fF]")
            for path in candidates:
                if not path.name.lower().startswith("times"):
                    continue
                style = _TNR_STEMS.get(re.sub(r"[^a-z]", "", path.stem.lower()))
                if style and style not in found:
                    found[style] = path
        except OSError:
            continue
    return found


def find_fonts(dirs: Iterable[Path] | None = None) -> FontSet:
    """Times New Roman if all four styles are installed; otherwise the bundled Liberation Serif.

    DTIDESK_EXPORT_FONT=bundled forces the bundled font (reproducible output, tests).
    """
    if os.environ.get("DTIDESK_EXPORT_FONT", "").lower() != "bundled":
        times = _times_in(system_font_dirs() if dirs is None else dirs)
        if all(s in times for s in STYLES):
            return FontSet("Times New Roman", times)
    return FontSet("Liberation Serif", {s: resource_path(f"fonts/{n}") for s, n in _BUNDLED.items()})


@cache
def register_reportlab_fonts() -> FontSet:
    """Register the four styles under RL_NAMES as one family (so <b>/<i> work); TTFs embed as subsets."""
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    fonts = find_fonts()
    for style in STYLES:
        pdfmetrics.registerFont(TTFont(RL_NAMES[style], str(fonts.files[style])))
    for (bold, italic), style in {(0, 0): "regular", (1, 0): "bold", (0, 1): "italic",
                                  (1, 1): "bold_italic"}.items():
        addMapping(RL_FAMILY, bold, italic, RL_NAMES[style])
    return fonts


def rl_font(bold: bool = False, italic: bool = False) -> str:
    key = "bold_italic" if bold and italic else "bold" if bold else "italic" if italic else "regular"
    return RL_NAMES[key]


def text_mm(text: str, size: float, bold: bool = False, italic: bool = False) -> float:
    """Width of a line of text in millimetres (Times New Roman and Liberation Serif share metrics)."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    register_reportlab_fonts()
    return stringWidth(text, rl_font(bold, italic), size) * 25.4 / 72


def widest_line_mm(text: str, size: float, width_mm: float, bold: bool = False, italic: bool = False) -> float:
    """Width of the longest line of `text` wrapped into `width_mm` (reportlab and Word both wrap greedily
    at spaces): what NĐ 30 measures the rule under a title against."""
    from reportlab.lib.units import mm
    from reportlab.lib.utils import simpleSplit

    register_reportlab_fonts()
    lines = simpleSplit(text, rl_font(bold, italic), size, width_mm * mm) or [""]
    return max(text_mm(line, size, bold, italic) for line in lines)

