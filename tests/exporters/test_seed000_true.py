"""Keep it true: the 2023 plan regenerated from the demo data against seed 000, section II piece by piece.

Seed 000 (Sở Tư pháp Tuyên Quang, Kế hoạch … năm 2023) is what the demo is built from; the same comparison
runs on seed 000 imported into a new file and printed again. Section II is cut into
the same pieces on both sides — index headings, criterion headings, task bodies, lead and coordinating unit
lines, deadlines, footnotes — and every piece must be equal, or be in ALLOWED below with both values and why.

What is compared, and what is not (layout, not words):
* a heading by its number, its name (quotes and a leading "Về" dropped: the seed leaves eight quotes
  unbalanced and writes “Về nhận thức số” where it means "Chỉ số về …") and every number of its
  score clause as printed ("05", "1,67/5", "01/18"); its wording around them is the program's one phrasing
  (the seed words its six index headings three ways: "Chỉ số"/"Chỉ tiêu"/"Tiêu chí", "đạt"/"đạt được");
* bodies, labels and values with "*" emphasis, "- " bullets and spaces ignored, and a unit or deadline line's
  final ".", ";" or "," too (the program ends every such line with "."; the seed omits it eleven times);
* a footnote by the criterion it marks and its text, the final "." ignored.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from dtidesk.domain.models import Agency
from dtidesk.exporters.document import PlanDocument, build_plan_document
from dtidesk.services.export import plan_data
from dtidesk.services.files import new_file
from dtidesk.services.plan_import import commit_plan_import, preview_plan_import
from dtidesk.store import AgencyFile

SEED000 = Path(__file__).resolve().parents[1] / "importers" / "fixtures" / "seed000_plan_stp_tuyenquang.txt"
SUP = "⁰¹²³⁴⁵⁶⁷⁸⁹"
TO_SUP = str.maketrans("0123456789", SUP)
FROM_SUP = str.maketrans(SUP, "0123456789")

# (piece, code) -> (seed, regenerated, why). Every difference must be here, and everything here must differ.
ALLOWED: dict[tuple[str, str], tuple[str, str, str]] = {
    ("numbers", "1"): ("05 2022 50/50 3/18", "04 2022 50/50 03/18",
                       "The index counts 1.1 as one criterion of 20 points where the seed counts the two things it "
                       "names (05); the rank follows the one padding rule (01/18, 06/18, 04/18 elsewhere)."),
    ("numbers", "1.1"): ("2022 10/10", "2022 20/20", "The seed gives each of the two named things 10/10."),
    ("numbers", "2.3"): ("2022 05/05", "2022 5/5", "Padding: the seed writes 5/5 on seven other criteria."),
    ("numbers", "2.4"): ("2022 1,67/05 3,33", "2022 1,67/5 3,33", "Padding, as 2.3."),
    ("numbers", "5"): ("03 2022 20/30 06/18", "03 2022 20/30 10 06/18",
                       "A partial score prints its deduction (as indices 2, 3, 4 do); the seed omits it here."),
    ("numbers", "6"): ("25 2022 189,53 04/18", "25 2022 189,53/250 60,47 04/18",
                       "The seed gives no maximum for index 6; the index has one (25 criteria of 10)."),
    ("numbers", "6.11"): ("2022 9,67/10", "2022 9,67/10 0,33", "A partial score prints its deduction (2.4, 3.5, 4.1)."),
    ("numbers", "6.12"): ("2022 9,86/10", "2022 9,86/10 0,14", "As 6.11."),
    ("name", "2"): ("Thẻ ché số", "Thể chế số", "Typo in the seed; the index spells the name right."),
    ("coop label", "1.2"): ("Đơn vị, phối hợp", "Đơn vị phối hợp", "Stray comma in the seed, dropped in the demo."),
    ("footnote", "4.1"): ("Sở Tư pháp tự chấm đạt 5/5 điểm; thẩm định 2/5 điểm, thiếu tài liệu kiểm kiểm chứng",
                          "Sở Tư pháp tự chấm đạt 5/5 điểm; thẩm định 2/5 điểm, thiếu tài liệu kiểm chứng",
                          "Doubled word in the seed; the score's note is kept once."),
    **{("footnote", code): (f"Sở Tư pháp tự chấm {s}; thẩm định {a}", f"Sở Tư pháp tự chấm đạt {s}; thẩm định {a}",
                            "Footnotes 6–13 drop “đạt”; the program words all 13 as footnotes 1–5 do.")
       for code, s, a in (("6.7", "10/10 điểm", "0/10 điểm"), ("6.8", "10/10 điểm", "0/10 điểm"),
                          ("6.9", "10/10 điểm", "0/10 điểm"), ("6.11", "10/10 điểm", "9,67/10 điểm"),
                          ("6.12", "10/10 điểm", "9,86/10 điểm"), ("6.18", "10/10 điểm", "0/10 điểm"),
                          ("6.23", "0/10 điểm", "0/10 điểm"), ("6.25", "0/10 điểm", "0/10 điểm"))},
}
DEMO_ONLY = {("coop label", "1.2"), ("footnote", "4.1")}
# Paragraphs the program adds to section II that the 2023 plan does not have: left out of the comparison.
ADDED = {
    r"^Theo bảng kết quả đánh giá năm \d{4}, .* bị trừ điểm ở \d+ tiêu chí":
        "the criteria that lost points, most first (points at stake), before the first index",
    r"\(chi tiết tại Phụ lục [IVX\d]+ kèm theo\)\.?$":
        "the body cites each appendix the plan carries (Nghị định 30); the 2023 plan carried none",
    r"^Hình \d+: |\bHình \d+\.?$":
        "the chart of the indices' scores, its caption and the sentence citing it",
}


def _added(paragraph: str) -> bool:
    return any(re.search(pattern, paragraph) for pattern in ADDED)


@dataclass
class Piece:
    """An index or a criterion of section II with what is printed under it."""

    code: str
    heading: str
    markers: list[str] = field(default_factory=list)
    body: list[str] = field(default_factory=list)
    fields: dict[str, tuple[str, str]] = field(default_factory=dict)  # lead | coop | timeline -> (label, value)


@dataclass
class Section:
    lead_in: list[str]
    pieces: dict[str, Piece]
    footnotes: dict[str, str]


_FOOTNOTE = re.compile(f"^([{SUP}]+)\\s*(.+)$")
_NUMBERED = re.compile(r"^(\d(?:\.\d{1,2})?)\.\s+(.+)$")
_FIELD = re.compile(r"^(Đơn vị[^:]{0,30}|Thời gian thực hiện)\s*:\s*(.*)$")


def _plain(line: str) -> str:
    return " ".join(line.replace("*", "").split())


def _kind(label: str) -> str:
    return "timeline" if label.startswith("Thời gian") else "coop" if "phối hợp" in label else "lead"


def cut_section_two(lines: list[str], rejoin: bool = True) -> Section:
    """Section II of a plan in the seed's text form: from its "II." heading to the "III." one. `rejoin`: the
    seed's paragraphs cut by a page break or a footnote are joined again (a document's paragraphs are whole)."""
    start = next(i for i, x in enumerate(lines) if _plain(x).startswith("II. "))
    end = next(i for i, x in enumerate(lines) if _plain(x).startswith("III. "))
    lead_in: list[str] = []
    pieces: dict[str, Piece] = {}
    # Footnotes wherever they sit: the seed's on the page of their reference, the document's at the end.
    footnotes = {m.group(1).translate(FROM_SUP): m.group(2) for x in lines if (m := _FOOTNOTE.match(_plain(x)))}
    current: Piece | None = None
    for raw in lines[start + 1:end]:
        line = _plain(raw)
        if not line or _FOOTNOTE.match(line):
            continue
        markers = [x.translate(FROM_SUP) for x in re.findall(f"[{SUP}]+", line)]
        line = re.sub(f"[{SUP}]+", "", line).strip()
        if m := _NUMBERED.match(line):
            current = pieces[m.group(1)] = Piece(m.group(1), m.group(2), markers)
            continue
        unbulleted = re.sub(r"^-\s*", "", line)
        if current is not None and (m := _FIELD.match(unbulleted)):
            current.fields[_kind(m.group(1))] = (m.group(1), m.group(2).rstrip(" .;,"))
            continue
        body = current.body if current is not None else lead_in
        # A paragraph cut by a page break or a footnote ("… kênh truyền" / "thông chuyển đổi số …") is one.
        if rejoin and body and not body[-1].endswith((".", ";", ":", "!", "?")):
            body[-1] = f"{body[-1]} {line}"
        else:
            body.append(line)
    return Section(lead_in, pieces, footnotes)


def heading_parts(heading: str) -> tuple[str, str]:
    """(name, numbers of the score clause) of "Chỉ số “Thể chế số” (gồm 08 tiêu chí; … 46,67/50 điểm …)"."""
    text = re.sub(r"^(?:Chỉ số(?: về)?|Chỉ tiêu|Tiêu chí)\s*:?\s*", "", heading)
    text = re.sub("[“”\"]", "", text).strip(" .")
    opening = text.rindex("(")
    name, clause = text[:opening].strip(" ,"), text[opening:]
    name = re.sub(r"^Về\s+(\w)", lambda m: m.group(1).upper(), name)  # "Chỉ số “Về nhận thức số”": "Chỉ số về …"
    return name, " ".join(re.findall(r"\d+(?:,\d+)?(?:/\d+(?:,\d+)?)?", clause))


def document_lines(doc: PlanDocument) -> list[str]:
    """The regenerated document in the seed's text form: footnote references as superscripts."""
    lines = [("".join(r.text.translate(TO_SUP) if r.footnote else r.text for r in p.runs)) for p in doc.body]
    return lines + [f"{str(n).translate(TO_SUP)} {text}" for n, text in doc.footnotes.items()]


def differences(seed: Section, ours: Section) -> dict[tuple[str, str], tuple[str, str]]:
    out: dict[tuple[str, str], tuple[str, str]] = {}

    def same(key: tuple[str, str], a: object, b: object) -> None:
        if a != b:
            out[key] = (str(a), str(b))

    same(("pieces", "II"), list(seed.pieces), list(ours.pieces))
    for code, s in seed.pieces.items():
        o = ours.pieces.get(code)
        if o is None:
            continue
        (s_name, s_numbers), (o_name, o_numbers) = heading_parts(s.heading), heading_parts(o.heading)
        same(("name", code), s_name, o_name)
        same(("numbers", code), s_numbers, o_numbers)
        same(("body", code), s.body, [x for x in o.body if not _added(x)])
        for kind in ("lead", "coop", "timeline"):
            (s_label, s_value), (o_label, o_value) = s.fields.get(kind, ("", "")), o.fields.get(kind, ("", ""))
            same((f"{kind} label", code), s_label, o_label)
            same((kind, code), s_value, o_value)
        same(("footnote", code), " | ".join(seed.footnotes.get(m, "?").rstrip(".") for m in s.markers),
             " | ".join(ours.footnotes.get(m, "?").rstrip(".") for m in o.markers))
    same(("footnotes", "II"), len(seed.footnotes), len(ours.footnotes))
    same(("lead-in", "II"), seed.lead_in, [x for x in ours.lead_in if not _added(x)])
    return out


def seed_section() -> Section:
    return cut_section_two(SEED000.read_text(encoding="utf-8").splitlines())


def imported_plan(tmp_path) -> tuple[AgencyFile, int]:
    """Seed 000 imported into a new file of Sở Tư pháp with the shipped index, every unit created."""
    af = new_file(tmp_path / "stp.dtidesk", Agency(agency="SỞ TƯ PHÁP", agency_name="Sở Tư pháp", short_code="STP"))
    preview = preview_plan_import(af, SEED000)
    assert preview.framework.framework is not None and preview.framework.framework.code == "DTI-TQ-SO"
    plan_id, _ = commit_plan_import(af, preview)
    return af, plan_id


@pytest.fixture(params=["demo", "import"])
def regenerated(request, tmp_path) -> tuple[str, Section]:
    """Section II printed from the demo file's 2023 plan, and from seed 000 imported into a new file."""
    if request.param == "demo":
        af = request.getfixturevalue("demo")
        return "demo", cut_section_two(document_lines(build_plan_document(plan_data(af, 1))), rejoin=False)
    af, plan_id = imported_plan(tmp_path)
    try:
        return "import", cut_section_two(document_lines(build_plan_document(plan_data(af, plan_id))), rejoin=False)
    finally:
        af.close()


def test_the_plan_is_seed_000_but_for_the_listed_differences(regenerated):
    source, ours = regenerated
    seed = seed_section()
    assert len(seed.pieces) == 6 + 49 and len(seed.footnotes) == 13  # the cutting itself reads the seed whole
    # The import keeps what the document wrote, its slips included; the demo's data corrects these two.
    allowed = {k: v for k, v in ALLOWED.items() if source == "demo" or k not in DEMO_ONLY}
    found = differences(seed, ours)
    unexplained = {k: v for k, v in found.items() if allowed.get(k, (None, None))[:2] != v}
    assert unexplained == {}, "differences from seed 000 not in ALLOWED (seed, regenerated): " + repr(unexplained)
    stale = sorted(set(allowed) - set(found))
    assert stale == [], f"ALLOWED lists differences that are gone: remove {stale}"


def test_every_unit_line_and_footnote_is_the_seeds(regenerated):
    """The measures of issue 17, each 49/49 (13/13): lead and coordinating lines, their labels, footnotes."""
    source, ours = regenerated
    seed = seed_section()
    codes = [c for c in seed.pieces if "." in c]
    for kind in ("lead", "coop", "timeline"):
        equal = [c for c in codes if seed.pieces[c].fields[kind] == ours.pieces[c].fields[kind]]
        expected = 48 if source == "demo" and kind == "coop" else 49  # the demo's 1.2 label, as ALLOWED says
        assert len(equal) == expected, (kind, sorted(set(codes) - set(equal)))
    assert len(ours.footnotes) == 13


def test_import_keeps_the_words_matching_reads_apart(tmp_path):
    """Matching may normalise (a unit of the file per name), printing may not (the line as written)."""
    af, plan_id = imported_plan(tmp_path)
    try:
        tasks = {af.repo.frameworks.indicator(t.criterion_id).code: t for t in af.repo.tasks.for_plan(plan_id)}
        names = {u.id: u.name for u in af.repo.units.all()}
        t = tasks["2.4"]
        assert (t.lead_label, t.lead_written) == ("Đơn vị thực hiện",
                                                  "Văn phòng Sở, Phòng Bổ trợ và hành chính tư pháp, Thanh tra Sở")
        assert [names[i] for i in t.lead_unit_ids] == ["Văn phòng Sở", "Phòng Bổ trợ và hành chính tư pháp",
                                                      "Thanh tra Sở"]
        t = tasks["6.11"]
        assert t.lead_label == "Đơn vị, cá nhân thực hiện"
        assert t.lead_written == ("Công chức tiếp nhận hồ sơ yêu cầu giải quyết thủ tục hành chính; các phòng, "
                                  "đơn vị xử lý, giải quyết hồ sơ thủ tục hành chính")
        assert tasks["6.20"].coop_label == "Đơn vị, cá nhân phối hợp"
        assert tasks["1.2"].coop_label == "Đơn vị, phối hợp"
    finally:
        af.close()
