"""Word exports: open with python-docx; same paragraphs as the document model; A4, margins, footnotes, tables."""

from __future__ import annotations

import zipfile

import pytest
from docx import Document
from docx.oxml.ns import qn
from docx.text.paragraph import Paragraph

from dtidesk.exporters.appendix import build_appendix
from dtidesk.exporters.document import build_plan_document
from dtidesk.services.export import plan_data
from dtidesk.store import open_agency_file


def mm(*lengths) -> tuple[float, ...]:
    return tuple(round(x.mm, 1) for x in lengths)


def norm(text: str) -> str:
    return " ".join(text.split())


@pytest.fixture(scope="module")
def plan_docx(exported):
    return exported(1, "document", "docx")


def test_page_setup(plan_docx):
    s = Document(plan_docx).sections[0]
    assert mm(s.page_width, s.page_height) == (210, 297)
    assert mm(s.top_margin, s.bottom_margin, s.left_margin, s.right_margin) == (20, 20, 30, 15)
    assert s.different_first_page_header_footer
    assert 'w:instr="PAGE"' in s.header._element.xml
    assert s.first_page_header.paragraphs[0].text == ""


def test_header_blocks_in_borderless_table(plan_docx):
    doc = Document(plan_docx)
    head = doc.tables[0]
    left = [p.text for p in head.cell(0, 0).paragraphs if p.text]
    right = [p.text for p in head.cell(0, 1).paragraphs if p.text]
    assert left == ["UBND TỈNH TUYÊN QUANG", "SỞ TƯ PHÁP"]
    assert right == ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"]
    assert head.cell(0, 0).paragraphs[1].runs[0].bold and not head.cell(0, 0).paragraphs[0].runs[0].bold
    assert head.cell(1, 0).paragraphs[0].text == "Số:       /KH-STP"
    date = head.cell(1, 1).paragraphs[0]
    assert date.text == "Tuyên Quang, ngày      tháng 5 năm 2023" and date.runs[0].italic
    assert "w:tblBorders" not in head._tbl.xml
    assert sum(1 for p in head.cell(0, 1).paragraphs if p._p.find(qn("w:pPr")).find(qn("w:pBdr")) is not None) == 1


def test_same_paragraphs_as_the_model(plan_docx, rich_path):
    with open_agency_file(rich_path, readonly=True) as af:
        d = build_plan_document(plan_data(af, 1))
    doc = Document(plan_docx)
    texts = [p.text for p in doc.paragraphs if p.text]
    expected = ["KẾ HOẠCH", d.title] + ["".join(r.text for r in p.runs if not r.footnote) for p in d.body]
    assert texts == expected
    bases = [p for p in doc.paragraphs if p.text.startswith("Căn cứ")]
    assert all(r.italic for p in bases for r in p.runs)
    assert doc.styles["Normal"].font.name == "Times New Roman"


def test_real_footnotes(plan_docx):
    with zipfile.ZipFile(plan_docx) as z:
        notes = z.read("word/footnotes.xml").decode()
        body = z.read("word/document.xml").decode()
        assert "footnotes.xml" in z.read("word/_rels/document.xml.rels").decode()
    assert body.count("<w:footnoteReference") == 13  # seed 000's footnotes, every one
    assert "Sở Tư pháp tự chấm đạt 5/5 điểm; thẩm định 2/5 điểm, thiếu tài liệu kiểm chứng." in notes


def test_recipients_and_signature(plan_docx):
    end = Document(plan_docx).tables[-1]
    left = [p.text for p in end.cell(0, 0).paragraphs if p.text]
    assert left[0] == "Nơi nhận:" and left[-1] == "- Lưu: VT, VP.NHHương."
    label = end.cell(0, 0).paragraphs[0].runs[0]
    assert label.bold and label.italic and label.font.size.pt == 12
    assert [p.text for p in end.cell(0, 1).paragraphs if p.text] == ["GIÁM ĐỐC"]


@pytest.mark.parametrize("what", ["appendix-tasks", "appendix-projects", "appendix-directives", "appendix-targets"])
def test_appendix_landscape_table(exported, what):
    doc = Document(exported(2, what, "docx"))
    s = doc.sections[0]
    assert mm(s.page_width, s.page_height) == (297, 210)
    assert doc.paragraphs[0].text.startswith("Phụ lục")
    assert doc.paragraphs[2].text.startswith("(Kèm theo Kế hoạch số")
    table = doc.tables[0]
    assert table.rows[0]._tr.trPr.find(qn("w:tblHeader")) is not None  # repeated on every page


def test_task_appendix_cells(exported, rich_path):
    with open_agency_file(rich_path, readonly=True) as af:
        t = build_appendix(plan_data(af, 2), "tasks")
        tasks = af.repo.tasks.for_plan(2)
    table = Document(exported(2, "appendix-tasks", "docx")).tables[0]
    assert len(table.rows) == t.header_rows + len(t.rows)
    cells = {norm(c.text) for row in table.rows for c in row.cells}
    for task in tasks:
        assert norm(task.content) in cells
    r0, _, r1, _ = next(s for s in t.spans if s[1] == 1 and s[2] > s[0])
    first = table.rows[t.header_rows + r0].cells[1]
    assert first._tc is table.rows[t.header_rows + r1].cells[1]._tc  # one merged cell


def _rule_mm(p) -> float:
    """The length of the line a rule paragraph draws: the frame less its two indents."""
    f = p.paragraph_format
    return 165 - (f.left_indent or 0) / 36000 - (f.right_indent or 0) / 36000


def test_rule_under_the_title_as_in_the_pdf(plan_docx, exported):
    """NĐ 30, ô 5a: 1/3 to 1/2 of the title's line, and the same length as the PDF's (it was 35 mm against 40)."""
    import pdfplumber

    from dtidesk.exporters.fonts import widest_line_mm

    doc = Document(plan_docx)
    k = next(i for i, p in enumerate(doc.paragraphs) if p.text == "KẾ HOẠCH")
    title, rule = doc.paragraphs[k + 1], doc.paragraphs[k + 2]
    assert rule._p.pPr.find(qn("w:pBdr")) is not None
    share = _rule_mm(rule) / widest_line_mm(title.text, 14, 165, bold=True)
    assert 1 / 3 <= share <= 1 / 2
    with pdfplumber.open(exported(1, "document", "pdf")) as pdf:
        lines = [ln for ln in pdf.pages[0].lines if 50 * 72 / 25.4 < ln["top"] < 80 * 72 / 25.4]
    assert (lines[0]["x1"] - lines[0]["x0"]) * 25.4 / 72 == pytest.approx(_rule_mm(rule), abs=0.3)


def test_pages_break_as_in_the_pdf(plan_docx, exported):
    """What makes LibreOffice and Word lay page 1 out as the PDF does: the document opens on a 4 pt line (a table
    opening a document with footnotes gets a blank paragraph from LibreOffice, which pushed the header 5.7 mm
    down and "II." to page 2); a heading keeps the whole next paragraph with it, as the PDF's keepWithNext;
    table cells padded as the PDF's."""
    doc = Document(plan_docx)
    first = doc.element.body[0]
    assert first.tag == qn("w:p") and Paragraph(first, doc).paragraph_format.line_spacing.pt == 4
    paras = [p for p in doc.paragraphs if p.text]
    kept = [(a, b) for a, b in zip(paras, paras[1:], strict=False) if a.paragraph_format.keep_with_next]
    assert len(kept) > 50
    assert all(b.paragraph_format.keep_together or b.paragraph_format.keep_with_next for a, b in kept)
    table = Document(exported(2, "appendix-tasks", "docx")).tables[0]
    mar = {c.tag.rsplit("}", 1)[1]: c.get(qn("w:w")) for c in table._tbl.tblPr.find(qn("w:tblCellMar"))}
    assert mar == {"top": "40", "left": "60", "bottom": "60", "right": "60"}  # PDF: 2, 3, 3, 3 pt


@pytest.mark.slow
@pytest.mark.skipif(not __import__("shutil").which("soffice"), reason="LibreOffice not installed")
@pytest.mark.parametrize("plan", [1, 2])
def test_word_plan_in_libreoffice_pages_like_the_pdf(exported, tmp_path, plan):
    """Converted by LibreOffice: as many pages as the PDF, page 1's header, title and section II where the
    PDF has them (before: the header 4.6 mm low, "II." pushed to page 2 leaving 52 mm blank)."""
    import subprocess

    import pdfplumber

    src = exported(plan, "document", "docx")
    subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{tmp_path}/profile", "--convert-to",
                    "pdf", "--outdir", str(tmp_path), str(src)], check=True, capture_output=True, timeout=180)

    def tops(path) -> tuple[int, dict[str, float], float]:
        with pdfplumber.open(path) as pdf:
            ws = pdf.pages[0].extract_words()
            first = {k: next(w["top"] for w in ws if w["text"] == k) * 25.4 / 72 for k in ("UBND", "KẾ")}
            return len(pdf.pages), first, max(w["bottom"] for w in ws) * 25.4 / 72

    n_word, word, end_word = tops(tmp_path / f"{src.stem}.pdf")
    n_pdf, pdf, end_pdf = tops(exported(plan, "document", "pdf"))
    assert n_word == n_pdf
    assert all(abs(word[k] - pdf[k]) < 1 for k in pdf), (word, pdf)
    assert abs(end_word - end_pdf) < 3  # page 1 ends on the same line
