"""The plan PDF read back with pdfplumber: A4, NĐ 30 margins, header blocks, signature, page numbers, text."""

from __future__ import annotations

import re

import pdfplumber
import pytest

from dtidesk.exporters.fonts import find_fonts
from dtidesk.store import open_agency_file

MM = 72 / 25.4


def norm(text: str) -> str:
    return " ".join(text.replace("\u00a0", " ").split())


@pytest.fixture(scope="module")
def pdf(exported):
    with pdfplumber.open(exported(1, "document", "pdf")) as doc:
        yield doc


def words(page, text: str) -> list[dict]:
    """The words of `text` on the page (consecutive), with font name and size."""
    ws = page.extract_words(extra_attrs=["fontname", "size"], keep_blank_chars=False)
    parts = text.split()
    for i in range(len(ws) - len(parts) + 1):
        if [w["text"] for w in ws[i:i + len(parts)]] == parts:
            return ws[i:i + len(parts)]
    raise AssertionError(f"“{text}” not on page {page.page_number}")


def baseline(page, word: dict) -> float:
    return next(c["matrix"][5] for c in page.chars if c["x0"] >= word["x0"] - 0.01 and abs(c["top"] - word["top"]) < 1)


def test_a4_portrait_and_font_recorded(pdf):
    for page in pdf.pages:
        assert (round(page.width), round(page.height)) == (595, 842)
    assert pdf.metadata["Keywords"] == f"font: {find_fonts().label}"
    assert all("+" in c["fontname"] for p in pdf.pages for c in p.chars)  # subsets: embedded


def test_fonts_are_embedded(exported):
    raw = exported(1, "document", "pdf").read_bytes()
    assert raw.count(b"/FontFile2") >= 4


def test_margins_within_decree(pdf):
    lefts, rights, bottoms = [], [], []
    for page in pdf.pages:
        body = [c for c in page.chars if c["top"] > 20 * MM - 1]
        lefts.append(min(c["x0"] for c in body))
        rights.append(max(c["x1"] for c in body))
        bottoms.append(max(c["bottom"] for c in body))
        assert min(c["top"] for c in body) >= 20 * MM - 0.5
    assert 30 * MM - 0.5 <= min(lefts) <= 35 * MM
    assert 190 * MM <= max(rights) <= 195 * MM + 0.5  # justified lines reach the right margin
    assert 272 * MM <= max(bottoms) <= 277 * MM + 0.5


def test_header_blocks(pdf):
    p = pdf.pages[0]
    parent, agency = words(p, "UBND TỈNH TUYÊN QUANG"), words(p, "SỞ TƯ PHÁP")
    national, motto = words(p, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"), words(p, "Độc lập - Tự do - Hạnh phúc")
    number, date = words(p, "Số:") + words(p, "/KH-STP"), words(p, "Tuyên Quang, ngày")
    for ws, bold, italic, size in [(parent, False, False, 13), (agency, True, False, 13), (national, True, False, 13),
                                   (motto, True, False, 14), (number, False, False, 13), (date, False, True, 14)]:
        for w in ws:
            assert ("Bold" in w["fontname"]) == bold and ("Italic" in w["fontname"]) == italic, w
            assert w["size"] == pytest.approx(size)
    centre = lambda ws: (ws[0]["x0"] + ws[-1]["x1"]) / 2  # noqa: E731
    for ws in (parent, agency, number):  # left block, x 30–98 mm, centred on 64 mm
        assert 30 * MM <= ws[0]["x0"] and ws[-1]["x1"] <= 98 * MM and centre(ws) == pytest.approx(64 * MM, abs=3)
    for ws in (national, motto):  # right block, x 98–195 mm, centred on 146.5 mm
        assert 98 * MM <= ws[0]["x0"] and ws[-1]["x1"] <= 195 * MM
        assert centre(ws) == pytest.approx(146.5 * MM, abs=3)
    assert parent[0]["top"] == pytest.approx(national[0]["top"], abs=1)
    assert baseline(p, number[0]) == pytest.approx(baseline(p, date[0]), abs=0.3)  # ô 3 level with ô 4
    motto_w = motto[-1]["x1"] - motto[0]["x0"]
    rules = [ln for ln in p.lines if ln["top"] < 40 * MM]
    under_motto = [ln for ln in rules if 0 < ln["top"] - motto[0]["bottom"] < 3 * MM and ln["x0"] > 98 * MM]
    assert under_motto and under_motto[0]["x1"] - under_motto[0]["x0"] == pytest.approx(motto_w, abs=1)
    agency_w = agency[-1]["x1"] - agency[0]["x0"]
    under_agency = [ln for ln in rules if 0 < ln["top"] - agency[0]["bottom"] < 3 * MM and ln["x1"] < 98 * MM]
    assert under_agency and agency_w / 3 <= under_agency[0]["x1"] - under_agency[0]["x0"] <= agency_w / 2
    # The blanks for the number and the day are kept.
    assert re.search(r"Số:\s{3,}/KH-STP", p.extract_text(keep_blank_chars=True).replace("\u00a0", " "))


def test_title_and_legal_bases(pdf):
    p = pdf.pages[0]
    kind = words(p, "KẾ HOẠCH")
    assert "Bold" in kind[0]["fontname"] and kind[0]["size"] == 14
    assert (kind[0]["x0"] + kind[-1]["x1"]) / 2 == pytest.approx(112.5 * MM, abs=1)
    title = words(p, "Cải thiện chỉ số thành phần")
    assert all("Bold" in w["fontname"] for w in title)
    assert any(ln["top"] > title[0]["bottom"] and ln["top"] - title[0]["bottom"] < 4 * MM for ln in p.lines)
    basis = words(p, "Căn cứ Quyết định số 02/QĐ-UBND")
    assert all("Italic" in w["fontname"] for w in basis)


def test_recipients_left_signature_right_on_last_page(pdf):
    p = pdf.pages[-1]
    label = words(p, "Nơi nhận:")
    assert all("BoldItalic" in w["fontname"] and w["size"] == 12 for w in label)
    assert label[0]["x0"] == pytest.approx(30 * MM, abs=0.5)
    sign = words(p, "GIÁM ĐỐC")
    assert "Bold" in sign[0]["fontname"] and sign[0]["size"] == 14
    assert sign[0]["x0"] > 98 * MM
    assert (sign[0]["x0"] + sign[-1]["x1"]) / 2 == pytest.approx(146.5 * MM, abs=2)
    assert baseline(p, label[0]) == pytest.approx(baseline(p, sign[0]), abs=0.3)
    lines = [w for w in p.extract_words(extra_attrs=["size"]) if round(w["size"]) == 11 and w["top"] > label[0]["top"]]
    assert lines and all(w["x1"] < 98 * MM for w in lines)
    assert "Lưu: VT, VP.NHHương." in norm(p.extract_text())


def test_page_numbers_top_centre_from_page_two(pdf):
    first_top = [w for w in pdf.pages[0].extract_words() if w["top"] < 20 * MM]
    assert first_top == []
    for page in pdf.pages[1:]:
        top = [w for w in page.extract_words(extra_attrs=["size", "fontname"]) if w["top"] < 20 * MM]
        assert [w["text"] for w in top] == [str(page.page_number)]
        assert top[0]["size"] == 13 and "Bold" not in top[0]["fontname"]
        assert (top[0]["x0"] + top[0]["x1"]) / 2 == pytest.approx(112.5 * MM, abs=1)


def body_text(pdf) -> str:
    """The body without page numbers and footnotes (11 pt) or superscripts, pages joined."""
    keep = lambda o: o["object_type"] != "char" or (o["size"] > 11.5 and o["top"] > 20 * MM - 1)  # noqa: E731
    return norm(" ".join(p.filter(keep).extract_text() for p in pdf.pages))


def test_every_task_text_and_generated_headings(pdf, rich_path):
    text = body_text(pdf)
    with open_agency_file(rich_path, readonly=True) as af:
        tasks = af.repo.tasks.for_plan(1)
    assert len(tasks) == 49
    for t in tasks:
        for line in t.content.splitlines():
            assert norm(line) in text, line[:60]
    assert "1. Chỉ số “Nhận thức số” (gồm 04 tiêu chí; điểm số năm 2022 đạt được 50/50 điểm; đứng thứ 03/18 cơ quan)" in text
    assert ("2.4. Tiêu chí “Kế hoạch và triển khai việc số hóa kết quả giải quyết thủ tục hành chính còn hiệu lực "
            "của Sở ngành” (năm 2022 đạt 1,67/5 điểm, điểm trừ") in text  # then footnote 1's mark, raised
    assert "- Đơn vị thực hiện: Văn phòng Sở, Phòng Bổ trợ và hành chính tư pháp, Thanh tra Sở." in text  # as written
    assert "- Thời gian thực hiện: Quý IV/2023." in text
    assert "theo quy định./. Nơi nhận:" in text


def test_footnotes_at_the_bottom_of_their_page(pdf):
    found = 0
    for page in pdf.pages:
        notes = [c for c in page.chars if round(c["size"]) == 11 and c["top"] > 200 * MM]
        if not notes or "Nơi nhận" in page.extract_text():
            continue
        found += page.filter(lambda o: round(o.get("size", 11)) == 11 and o["top"] > 200 * MM).extract_text().count("tự chấm")
        ref_top = min(c["top"] for c in notes)
        assert all(c["top"] < ref_top for c in page.chars if c["size"] >= 14)  # body above the notes
    assert found == 13
    p41 = next(p for p in pdf.pages if "4.1. Tiêu chí" in p.extract_text())
    assert "thẩm định 2/5 điểm, thiếu tài liệu kiểm chứng." in norm(p41.extract_text())


def test_rule_under_the_title_is_a_third_to_half_of_its_line(pdf):
    """NĐ 30, ô 5a: the rule under the trích yếu is 1/3 to 1/2 as long as the line (it was 27 %)."""
    p = pdf.pages[0]
    kind = words(p, "KẾ HOẠCH")
    rule = min((ln for ln in p.lines if ln["top"] > kind[0]["bottom"]), key=lambda ln: ln["top"])
    title = [w for w in p.extract_words() if kind[0]["bottom"] < w["top"] < rule["top"]]
    rows: dict[int, list[dict]] = {}
    for w in title:
        rows.setdefault(round(w["top"]), []).append(w)
    line = max(max(w["x1"] for w in ws) - min(w["x0"] for w in ws) for ws in rows.values())
    assert 1 / 3 <= (rule["x1"] - rule["x0"]) / line <= 1 / 2
    assert (rule["x0"] + rule["x1"]) / 2 == pytest.approx(112.5 * MM, abs=0.5)
