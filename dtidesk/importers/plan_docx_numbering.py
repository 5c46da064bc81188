"""Word's automatic list numbers ("1.", "1.1.", "a)", bullets), which are not in the paragraph's text."""

from __future__ import annotations

import re

from docx.oxml.ns import qn

from ..domain.vnformat import roman

_VAL = qn("w:val")


def _format(n: int, fmt: str) -> str:
    if fmt == "upperRoman":
        return roman(n)
    if fmt == "lowerRoman":
        return roman(n).lower()
    if fmt == "lowerLetter":
        return chr(ord("a") + (n - 1) % 26)
    if fmt == "upperLetter":
        return chr(ord("A") + (n - 1) % 26)
    if fmt == "decimalZero":
        return f"{n:02d}"
    return str(n)


def _val(el, tag: str, default: str | None = None) -> str | None:
    child = el.find(qn(tag)) if el is not None else None
    return child.get(_VAL, default) if child is not None else default


class ListNumbers:
    """Counts list paragraphs in document order, as Word does when it displays them."""

    def __init__(self, doc) -> None:
        self.levels: dict[str, dict[int, tuple[str, str, int]]] = {}  # numId -> ilvl -> (format, text, start)
        self.counters: dict[str, dict[int, int]] = {}
        self.style_numbers: dict[str, tuple[str, int]] = {}
        try:
            root = doc.part.numbering_part.element
        except (KeyError, NotImplementedError, AttributeError):
            return
        abstract: dict[str | None, dict[int, tuple[str, str, int]]] = {}
        for an in root.findall(qn("w:abstractNum")):
            lv = {}
            for lvl in an.findall(qn("w:lvl")):
                lv[int(lvl.get(qn("w:ilvl"), "0"))] = (
                    _val(lvl, "w:numFmt", "decimal") or "decimal", _val(lvl, "w:lvlText", "") or "",
                    int(_val(lvl, "w:start", "1") or 1))
            abstract[an.get(qn("w:abstractNumId"))] = lv
        for num in root.findall(qn("w:num")):
            self.levels[num.get(qn("w:numId"))] = abstract.get(_val(num, "w:abstractNumId"), {})
        for style in doc.styles.element.findall(qn("w:style")):
            ppr = style.find(qn("w:pPr"))
            num_pr = ppr.find(qn("w:numPr")) if ppr is not None else None
            num_id = _val(num_pr, "w:numId")
            if num_id:
                self.style_numbers[style.get(qn("w:styleId"))] = (num_id, int(_val(num_pr, "w:ilvl", "0") or 0))

    def label(self, p) -> str:
        """ "1.1. ", "a) ", "- " for a bullet, or "" for a paragraph outside any list."""
        ppr = p.find(qn("w:pPr"))
        num_pr = ppr.find(qn("w:numPr")) if ppr is not None else None
        num_id, ilvl = _val(num_pr, "w:numId"), int(_val(num_pr, "w:ilvl", "0") or 0)
        if num_id is None:
            style = _val(ppr, "w:pStyle")
            if style not in self.style_numbers:
                return ""
            num_id, ilvl = self.style_numbers[style]
        levels = self.levels.get(num_id)
        if not levels or num_id == "0":
            return ""
        fmt, text, start = levels.get(ilvl, ("decimal", f"%{ilvl + 1}.", 1))
        if fmt in ("bullet", "none"):
            return "- " if fmt == "bullet" else ""
        counters = self.counters.setdefault(num_id, {})
        counters[ilvl] = counters.get(ilvl, start - 1) + 1
        for deeper in [k for k in counters if k > ilvl]:
            del counters[deeper]

        def sub(m: re.Match[str]) -> str:
            i = int(m.group(1)) - 1
            f, _, st = levels.get(i, ("decimal", "", 1))
            return _format(counters.get(i, st), f)

        label = re.sub(r"%(\d)", sub, text).strip()
        return f"{label} " if label else ""
