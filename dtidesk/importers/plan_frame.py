"""The frame of a plan (header block, closing block) and headings found without a number or split in two."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..domain.text import fold
from .plan_grammar import Heading, scored_heading, sentence_case
from .plan_model import Issue, ParsedCriterion, ParsedGroup, ParsedPlan, SourceLine

if TYPE_CHECKING:
    from .plan_model import ParsedTask

_HEADER_WORDS = ("cong hoa xa hoi", "doc lap - tu do", "doc lap – tu do", "doc lap-tu do")


class FrameReader:
    """Header ("Số:", place and date, "KẾ HOẠCH", title, "Căn cứ …") and closing ("Nơi nhận:", signature)."""

    plan: ParsedPlan  # the mixed-in PlanParser supplies these and unrecognised()
    phase: str
    expect_title: bool

    def header(self, line: SourceLine, f: str) -> None:
        p, text = self.plan, line.text
        if m := re.match(r"so\s*:\s*(\d*)\s*/\s*(\S+)", f):
            p.number = int(m.group(1)) if m.group(1) else None
            p.symbol = text[m.start(2):m.end(2)].strip(" .")
        elif (m := re.match(r"^([^,]{2,40}),\s*ngay\b.*?nam\s+(\d{4})", f)) and len(f) < 90:
            p.place, p.issued_year = text[:m.end(1)].strip(), int(m.group(2))
            if d := re.search(r"ngay\s+(\d{1,2})\b", f):
                p.issued_day = int(d.group(1))
            if mo := re.search(r"thang\s+(\d{1,2})\b", f):
                p.issued_month = int(mo.group(1))
        elif f.startswith("ke hoach") and (text[:8].isupper() or len(f.split()) <= 2):
            p.title = text[len("KẾ HOẠCH"):].strip(" :-–")
            self.expect_title = not p.title
        elif (m := re.match(r"(bao cao|quyet dinh|to trinh|thong bao|chuong trinh|de an)\b", f)) \
                and text[:4].isupper() and not p.title:
            kind = text[:m.end()].strip()
            p.title = text[m.end():].strip(" :-–")
            self.expect_title = not p.title
            p.warnings.append(Issue(line.number, f"Văn bản là {kind}, không phải KẾ HOẠCH: hãy xem kỹ phần nhận ra "
                                                 "được trước khi nhập."))
        elif self.expect_title:
            p.title, self.expect_title = text.strip(), False
        elif f.startswith("can cu"):
            p.legal_bases.append(text)
        elif not p.title and (text.isupper() or f.startswith(_HEADER_WORDS) or f.startswith("so:")):
            if text.isupper() and not f.startswith(_HEADER_WORDS):
                p.header_lines.append(text.strip())  # the agency block: whose plan this is
            return  # agency lines, national title and motto
        elif p.title:
            p.preamble = f"{p.preamble}\n{text}".strip()
        else:
            self.unrecognised(line, "không thuộc phần đầu văn bản")

    def closing(self, line: SourceLine, f: str) -> None:
        p, text = self.plan, line.text
        if self.phase == "recipients" and text.startswith(("-", "+", "•")):
            p.recipients.append(text.lstrip("-+• ").strip())
            return
        letters = [c for c in text if c.isalpha()]
        if letters and all(c.isupper() for c in letters) and len(text) < 60:
            self.phase = "signature"
            if re.match(r"(kt|tm|tl|ttl|q)\.?\s", f):
                p.signing_authority = text
            elif not p.signer_title:
                p.signer_title = text
            elif not p.signer_name:
                p.signer_name = text.title()
            return
        if self.phase == "signature" and not p.signer_name and len(text.split()) <= 6 and text[:1].isupper():
            p.signer_name = text
            return
        self.unrecognised(line, "sau phần “Nơi nhận”")


class ScoreLines:
    """Scored headings that are not "number. text": unnumbered ones, and ones whose score is on the next line."""

    plan: ParsedPlan  # the mixed-in PlanParser supplies these and scored()
    path: list[ParsedGroup]
    open: list[ParsedTask]

    def unnumbered(self, line: SourceLine, text: str | None = None) -> bool:
        """A heading whose number Word's automatic list keeps out of the text ("Tiêu chí “…” (năm 2023 đạt
        8/10 điểm)"), or that carries its number after the keyword ("a) Tiêu chí 1.1: …"). An index when it
        counts its criteria (or no index is open yet), else a criterion."""
        text = text or line.text
        if len(text) > 400 or not re.match(r"(nhom |chi so|chi tieu|tieu chi)", fold(text)):
            return False
        sh = scored_heading(text)
        if sh is None or not sh.keyword or sh.clause.empty or not (sh.code or re.search(r"[“\"«‘(]", text)):
            return False
        if sh.code:
            self.scored(line, Heading(sh.code, text), sh, index="." not in sh.code)
            return True
        groups = [g for g in self.plan.groups if g.scored]
        top = self.path[0] if self.path and self.path[0].scored else None
        is_index = sh.clause.count is not None or top is None or (
            sh.clause.rank is not None and not fold(text).startswith("tieu chi"))
        if is_index:
            code = str(len(groups) + 1)
        else:
            code = f"{top.code}.{len([c for x in top.walk() for c in x.criteria]) + 1}"
        self.scored(line, Heading(code, text), sh, index=is_index)
        return True

    def score_line(self, box: ParsedCriterion | ParsedGroup | None, text: str) -> bool:
        """The score of a heading printed on the next line: a heading wrapped by a PDF-to-text copy
        ("… chuyển đổi số" / "năm” (năm 2023 đạt 8/10 điểm)"), or "Điểm năm 2023: 45/50; xếp thứ 3/18"."""
        if box is None or self.open or (isinstance(box, ParsedGroup) and (not box.scored or box.criteria
                                                                          or box.children or box.intro)):
            return False
        scored = box.max_score if isinstance(box, ParsedCriterion) else box.stated_score
        if scored is not None or (isinstance(box, ParsedCriterion) and box.appraised_score is not None):
            return False
        f = fold(text)
        wrapped = text[:1].islower() or text[:1] in "”\"’»("
        if not wrapped and not re.match(r"(diem|ket qua|nam \d{4}|dat|tong diem|tu cham)", f):
            return False
        sh = scored_heading(("Tiêu chí “" + box.name + " " + text) if wrapped else f"“{box.name}” ({text})")
        if sh is None or sh.clause.empty or (sh.clause.score is None and sh.clause.max_score is None):
            return False
        c = sh.clause
        if isinstance(box, ParsedCriterion):
            if wrapped:
                box.name = sh.names[0]
            box.max_score, box.appraised_score, box.deduction = c.max_score, c.score, c.deduction
            box.year = box.year or c.year
        else:
            if wrapped:
                box.name = sentence_case(sh.names[0])
            box.stated_score, box.stated_max, box.stated_deduction = c.score, c.max_score, c.deduction
            box.stated_count = box.stated_count or c.count
            box.rank, box.rank_of, box.year = box.rank or c.rank, box.rank_of or c.rank_of, box.year or c.year
        return True
