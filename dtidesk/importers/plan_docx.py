"""A Word plan (.docx) as numbered lines: paragraphs, table rows, and the footnotes part read through its relationship."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

from docx import Document
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.exceptions import PackageNotFoundError
from docx.oxml.ns import qn
from lxml import etree

from ..domain.charts import FIGURE_DATA
from ..errors import ValidationError
from .plan_docx_numbering import ListNumbers
from .plan_grammar import clean, footnote_definition, take_markers
from .plan_model import PlanSource, SourceLine

_W_ID = qn("w:id")
_W_VAL = qn("w:val")


def _run_text(run) -> tuple[str, str | None]:
    """Text of one w:r, or ("", marker) for a footnote reference or a typed superscript number."""
    ref = run.find(qn("w:footnoteReference"))
    if ref is not None:
        return "", ref.get(_W_ID)
    parts = []
    for child in run:
        if child.tag == qn("w:t"):
            parts.append(child.text or "")
        elif child.tag in (qn("w:tab"), qn("w:br"), qn("w:cr")):
            parts.append(" ")
    text = "".join(parts)
    rpr = run.find(qn("w:rPr"))
    va = rpr.find(qn("w:vertAlign")) if rpr is not None else None
    if va is not None and va.get(_W_VAL) == "superscript" and text.strip().isdigit():
        return "", text.strip()
    return text, None


def _paragraph(p) -> tuple[str, list[str]]:
    """Text and footnote markers; a marker before any text is returned as "^n" (the paragraph is a
    footnote typed into the body, as documents converted from PDF have them)."""
    texts, markers = [], []
    for run in p.iter(qn("w:r")):
        text, marker = _run_text(run)
        if marker:
            markers.append(marker if "".join(texts).strip() else "^" + marker)
        texts.append(text)
    text, typed = take_markers(clean("".join(texts)))
    if not typed or not re.match(r"^\s*(?:[⁰¹²³⁴⁵⁶⁷⁸⁹]|\[\^?\d)", clean("".join(texts))):
        return text, markers + typed
    return text, markers + ["^" + typed[0]] + typed[1:]


def _cell_text(tc) -> str:
    return " ".join(t for t in (_paragraph(p)[0] for p in tc.iter(qn("w:p"))) if t)


def _rows(tbl) -> list[list[str]]:
    rows = []
    for tr in tbl.findall(qn("w:tr")):
        cells: list[str] = []
        for tc in tr.findall(qn("w:tc")):
            cells.append(_cell_text(tc))
            pr = tc.find(qn("w:tcPr"))
            span = pr.find(qn("w:gridSpan")) if pr is not None else None
            if span is not None:
                cells += [""] * (int(span.get(_W_VAL, "1")) - 1)
        rows.append(cells)
    return rows


def _footnotes(doc) -> dict[str, str]:
    notes: dict[str, str] = {}
    for rel in doc.part.rels.values():
        if rel.reltype != RT.FOOTNOTES or rel.is_external:
            continue
        root = etree.fromstring(rel.target_part.blob)
        for fn in root.iter(qn("w:footnote")):
            if fn.get(qn("w:type")) in ("separator", "continuationSeparator", "continuationNotice"):
                continue
            text = " ".join(t for t in (_paragraph(p)[0] for p in fn.iter(qn("w:p"))) if t)
            if text:
                notes[fn.get(_W_ID)] = text
    return notes


def read_docx(path: Path) -> PlanSource:
    """Every paragraph and table row in document order; two-column layout tables (header, signature)
    are read cell by cell as paragraphs, wider tables as rows of cells."""
    try:
        doc = Document(str(path))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError, etree.XMLSyntaxError):
        raise ValidationError(f"Tệp “{path.name}” không phải tệp Word (.docx) hợp lệ.", "Tệp") from None
    lines: list[SourceLine] = []
    typed_notes: dict[str, str] = {}
    note_lines: dict[str, int] = {}
    count = 0

    def add(text: str, markers: list[str], cells: list[str] | None = None) -> None:
        nonlocal count
        count += 1
        if markers and markers[0].startswith("^") and text:
            typed_notes[markers[0][1:]] = text
            note_lines[markers[0][1:]] = count
            return
        definition = footnote_definition(text) if text and cells is None else None
        if definition:
            typed_notes[definition[0]] = definition[1]
            note_lines[definition[0]] = count
            return
        if text or cells:
            lines.append(SourceLine(count, text, [m.lstrip("^") for m in markers], cells))

    numbers = ListNumbers(doc)
    for child in doc.element.body.iterchildren():
        if child.tag == qn("w:p"):
            text, markers = _paragraph(child)
            label = numbers.label(child) if text else ""
            add(label + text, markers)
        elif child.tag == qn("w:tbl"):
            caption = child.find(f"{qn('w:tblPr')}/{qn('w:tblCaption')}")
            if caption is not None and caption.get(qn("w:val"), "").startswith(FIGURE_DATA):
                continue  # the words of one of our charts (exporters.docx_figure), not the plan's content
            rows = _rows(child)
            if max((len(r) for r in rows), default=0) >= 3:
                for r in rows:
                    if any(r):
                        add(" ".join(c for c in r if c), [], r)
            else:
                for tc in child.iter(qn("w:tc")):
                    for p in tc.iter(qn("w:p")):
                        add(*_paragraph(p))
    notes = {**typed_notes, **_footnotes(doc)}
    return PlanSource(path.name, lines, notes, note_lines, "đoạn")
