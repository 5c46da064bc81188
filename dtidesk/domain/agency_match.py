"""Whose document is this? The agency a plan names, compared with the agency of the open file.

A plan imported into another agency's file would put that agency's tasks and scores under this one's
name. A plan says whose it is in its header (the agency block "SỞ NỘI VỤ" under "UBND TỈNH …"), in its
title or first paragraph ("… của Sở Nội vụ năm 2024"), in its number ("/KH-SNV") and in its place line
("Bắc Giang, ngày …"). Any of them naming someone else is worth a warning before importing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .text import fold

# Heads of an agency's name as documents print them (Nghị định 30: ô 2, tên cơ quan ban hành).
_HEADS = r"(?:so|ban|van phong|thanh tra|uy ban nhan dan|ubnd|cuc|chi cuc|trung tam|bo|ban quan ly)"
_OF = re.compile(r"\bcua\s+(" + _HEADS + r"\s+[a-z ,\-]+?)(?=\s+(?:nam|giai doan|ve|trong|tinh|huyen|thanh pho)\b|[.,;:(]|$)")


@dataclass(frozen=True)
class FileAgency:
    """What the open file knows of its agency (store: the agency profile)."""

    agency: str = ""
    agency_name: str = ""
    short_code: str = ""
    place: str = ""
    parent_agency: str = ""


def _core(name: str) -> str:
    f = fold(name)
    f = re.sub(r"\b(tinh|thanh pho|huyen)\s+[a-z ]+$", "", f)  # "Sở Nội vụ tỉnh Bắc Giang" = "Sở Nội vụ"
    return " ".join(f.replace("-", " ").replace(",", " ").split())


def same_agency(a: str, b: str) -> bool:
    ca, cb = _core(a), _core(b)
    return bool(ca and cb) and (ca == cb or ca.startswith(cb + " ") or cb.startswith(ca + " "))


def _fold_chars(text: str) -> str:
    """fold() character by character, so a match in the result is a slice of `text` (names keep their case)."""
    return "".join((fold(c) or " ")[0] if not c.isspace() else " " for c in text)


def named_agencies(header_lines: list[str], title: str, preamble: str) -> list[str]:
    """The agencies a plan names as its author: header agency lines first, then "của Sở …" phrases."""
    out = [h.strip() for h in header_lines if re.match(_HEADS + r"\b", fold(h)) and not fold(h).startswith(
        ("uy ban nhan dan", "ubnd"))]
    for text in (title, preamble.split("\n", 1)[0]):
        for m in _OF.finditer(_fold_chars(text)):
            out.append(text[m.start(1):m.end(1)].strip())
    return out


def other_agency_warnings(file: FileAgency, header_lines: list[str], title: str, preamble: str,
                          symbol: str, place: str) -> list[str]:
    """Vietnamese warnings when the document seems to be another agency's; empty when nothing says so."""
    mine = [n for n in (file.agency, file.agency_name) if n.strip()]
    if not mine:
        return []
    out = []
    names = named_agencies(header_lines, title, preamble)
    foreign = [n for n in names if not any(same_agency(n, m) for m in mine)]
    if foreign and not any(any(same_agency(n, m) for m in mine) for n in names):
        out.append(f"Văn bản có vẻ là của “{foreign[0]}”, không phải của {file.agency_name or file.agency} "
                   "(cơ quan của tệp này): hãy chắc chắn đã mở đúng tệp trước khi nhập.")
    code = re.search(r"[-/]([A-ZĐ]{2,10})\b", symbol or "")
    if code and file.short_code and fold(code.group(1)) != fold(file.short_code) and not out:
        out.append(f"Số ký hiệu “{symbol}” không có chữ viết tắt của cơ quan trong tệp ({file.short_code}): "
                   "hãy chắc chắn văn bản là của cơ quan mình.")
    if place and file.place and fold(place) != fold(file.place):
        out.append(f"Văn bản ghi địa danh “{place}”, tệp này là của cơ quan ở {file.place}.")
    return out
