"""Every PDF and Word file the program writes, read back: each font a PDF names is embedded; each Word file is
Vietnamese, carries the agency as author, its title and today's date, and keeps Word's element order."""

from __future__ import annotations

import datetime as dt
import re
import shutil
import zipfile
from pathlib import Path

import pytest
from docx import Document
from docx.oxml.ns import qn
from pdfminer.pdfdocument import PDFDocument
from pdfminer.pdfpage import PDFPage
from pdfminer.pdfparser import PDFParser
from pdfminer.pdftypes import resolve1

from dtidesk.store import open_agency_file

AGENCY = "Sở Tư pháp"


def _name(value) -> str:
    value = resolve1(value)
    return getattr(value, "name", str(value))


def pdf_fonts(path: Path) -> dict[str, bool]:
    """BaseFont → embedded, for every font in the resources of every page and of the forms they draw."""
    fonts: dict[str, bool] = {}
    seen: set[int] = set()

    def walk(resources) -> None:
        resources = resolve1(resources) or {}
        for ref in (resolve1(resources.get("Font")) or {}).values():
            font = resolve1(ref)
            kind = _name(font.get("Subtype"))
            if kind == "Type3":  # glyphs drawn by the PDF's own content streams
                fonts[_name(font.get("Name", "Type3"))] = True
                continue
            desc = font
            if kind == "Type0":
                desc = resolve1(resolve1(font["DescendantFonts"])[0])
            desc = resolve1(desc.get("FontDescriptor")) or {}
            fonts[_name(font.get("BaseFont"))] = any(k in desc for k in ("FontFile", "FontFile2", "FontFile3"))
        for ref in (resolve1(resources.get("XObject")) or {}).values():
            obj = resolve1(ref)
            if id(obj) not in seen and _name(obj.attrs.get("Subtype")) == "Form":
                seen.add(id(obj))
                walk(obj.attrs.get("Resources"))

    with path.open("rb") as fh:
        for page in PDFPage.create_pages(PDFDocument(PDFParser(fh))):
            walk(page.resources)
    return fonts


@pytest.fixture(scope="module")
def files(rich_path, tmp_path_factory) -> list[Path]:
    """Each kind of PDF and Word file, through the use cases the window and the command line call."""
    from dtidesk.exporters.docx import write_document_with_appendices_docx
    from dtidesk.exporters.pdf import write_document_with_appendices_pdf
    from dtidesk.exporters.report import build_report_document
    from dtidesk.exporters.report_appendix import build_report_appendices
    from dtidesk.services import dossier, printing, review_request
    from dtidesk.services import evidence as ev
    from dtidesk.services import forms as fo
    from dtidesk.services.export import available_exports, export
    from dtidesk.services.index_export import export_index
    from dtidesk.services.report import report_model

    out = tmp_path_factory.mktemp("files")
    path = out / "file.dtidesk"
    shutil.copy(rich_path, path)
    made: list[Path] = []
    with open_agency_file(path) as af:
        for plan in (1, 2):
            for what, fmts in available_exports(af, plan).items():
                made += [export(af, plan, what, f, out / f"p{plan}-{what}.{f}") for f in fmts if f != "xlsx"]
        # The periodic report: its writers, whatever figures it states (the check before export is not theirs).
        model = report_model(af, 2, 2024, "H1", today=dt.date(2024, 7, 1))
        tables, report = build_report_appendices(model), build_report_document(model)
        made += [write_document_with_appendices_pdf(report, tables, out / "report.pdf"),
                 write_document_with_appendices_docx(report, tables, out / "report.docx")]
        stats = fo.get_form(af, "cchc-stats")
        made.append(printing.form_pdf(af, 2, stats.id, 2024, "H1", None, out / "form.pdf"))
        made.append(printing.task_list_pdf(af, 2, None, out / "tasks.pdf"))
        a = af.repo.assessments.all()[0]
        fw = af.repo.frameworks.get(a.framework_id)
        made.append(export_index(af, fw.id, "pdf", out / "index.pdf"))
        scan = out / "scan.pdf"
        scan.write_bytes(b"%PDF-1.4 scan")
        ev.attach_file(af, a.id, af.repo.frameworks.indicator_by_code(fw.id, "4.1").id, scan,
                       title="Quyết định phân công", number="45/QĐ-STP", doc_date="15/03/2022", issuer=AGENCY)
        made += [review_request.export_review_request(af, 2022, f, out / f"review.{f}", today=dt.date(2023, 5, 8))
                 for f in ("pdf", "docx")]
        dossier.write_dossier(af, 2022, out / "dossier", fw.code)
        made += sorted((out / "dossier").glob("0*.pdf")) + sorted((out / "dossier").glob("0*.docx"))
    return [Path(p) for p in made]


def test_every_export_kind_is_read(files):
    names = {p.name for p in files}
    assert {"p1-document.pdf", "p1-scores.pdf", "p2-appendix-projects.docx", "report.pdf", "form.pdf",
            "index.pdf", "review.pdf", "review.docx", "01-cong-van-2022.pdf", "02-bang-tu-danh-gia-2022.docx"} <= names
    assert len([p for p in files if p.suffix == ".pdf"]) >= 15 and len([p for p in files if p.suffix == ".docx"]) >= 10


def test_every_font_a_pdf_names_is_embedded(files):
    """reportlab names Helvetica (the canvas's and a table cell's default) unless told otherwise; a font named
    and not embedded fails PDF/A archiving and signature checks, and prints with whatever the printer has."""
    for path in (p for p in files if p.suffix == ".pdf"):
        fonts = pdf_fonts(path)
        assert fonts, path.name
        assert [f for f, embedded in fonts.items() if not embedded] == [], path.name
        assert not any("Helvetica" in f for f in fonts), path.name


def test_the_font_check_sees_an_unembedded_font(tmp_path):
    from reportlab.pdfgen.canvas import Canvas

    c = Canvas(str(tmp_path / "h.pdf"))
    c.drawString(100, 100, "x")
    c.save()
    assert pdf_fonts(tmp_path / "h.pdf") == {"Helvetica": False}


# ECMA-376 order of the paragraph and table properties the writers set: Word calls a file whose properties
# are out of order damaged, where LibreOffice says nothing.
PPR_ORDER = ["pStyle", "keepNext", "keepLines", "pageBreakBefore", "widowControl", "numPr", "pBdr", "shd", "tabs",
             "spacing", "ind", "jc", "rPr"]
TBLPR_ORDER = ["tblStyle", "tblW", "jc", "tblInd", "tblBorders", "shd", "tblLayout", "tblCellMar", "tblLook"]


def _in_order(element, order: list[str]) -> bool:
    tags = [child.tag.rsplit("}", 1)[1] for child in element]
    known = [order.index(t) for t in tags if t in order]
    return known == sorted(known) and len(set(tags)) == len(tags)


def test_every_word_file_is_vietnamese_with_the_agencys_properties(files):
    today = {dt.date.today(), dt.datetime.now(dt.UTC).date()}
    for path in (p for p in files if p.suffix == ".docx"):
        with zipfile.ZipFile(path) as z:
            xml = {n: z.read(n) for n in z.namelist() if n.endswith(".xml")}
        assert not [n for n, b in xml.items() if b"en-US" in b], path.name  # Word spell-checks as English
        doc = Document(str(path))
        defaults = doc.styles.element.find(qn("w:docDefaults")).find(f".//{qn('w:lang')}")
        assert defaults.get(qn("w:val")) == "vi-VN" and defaults.get(qn("w:eastAsia")) == "vi-VN", path.name
        cp = doc.core_properties
        assert cp.author == AGENCY and cp.last_modified_by == AGENCY, path.name
        assert cp.title.strip() and cp.language == "vi-VN", path.name
        assert cp.created.date() in today and cp.modified.date() in today, path.name
        assert "python-docx" not in cp.comments and b"2013" not in xml["docProps/core.xml"], path.name
        assert b"Microsoft Macintosh Word" not in z_read(path, "docProps/app.xml"), path.name
        body = doc.element.body
        assert all(_in_order(p, PPR_ORDER) for p in body.iter(qn("w:pPr"))), path.name
        assert all(_in_order(t, TBLPR_ORDER) for t in body.iter(qn("w:tblPr"))), path.name


def z_read(path: Path, name: str) -> bytes:
    with zipfile.ZipFile(path) as z:
        return z.read(name)


def test_word_titles_name_the_document(files):
    by_name = {p.name: p for p in files}
    assert Document(str(by_name["p1-document.docx"])).core_properties.title == \
        "Cải thiện chỉ số thành phần nâng cao mức độ chuyển đổi số năm 2023"
    title = Document(str(by_name["p2-appendix-projects.docx"])).core_properties.title
    assert re.match(r"Phụ lục III DANH MỤC CÁC DỰ ÁN", title), title
