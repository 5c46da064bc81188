"""Text from users and documents never becomes a formula in any workbook the program writes.

Every text field the exports print is set to a hostile payload; every workbook kind is written; the only
formulas found afterwards are the program's own totals, ratios and numbering, and each payload is
stored as the text the officer typed."""

from __future__ import annotations

import sqlite3
import zipfile

import openpyxl
import pytest

from dtidesk.services.export import available_exports, export, export_report
from dtidesk.services.form_files import export_statistics_xlsx, export_unit_form
from dtidesk.services.forms import find_unit, get_form, list_forms
from dtidesk.services.list_template import write_list_template
from dtidesk.store import open_agency_file

PAYLOADS = ['=HYPERLINK("http://x.invalid/","Bấm để xem")', "=cmd|' /C calc'!A0", "+SUM(1,2)", "@SUM(A1)",
            "-2+3", "=1+1", "<b>đậm</b> & <font>"]
# The shapes of the program's own formulas: totals, differences, ratios, STT numbering.
OWN = ("=SUM(", "=IF(", "=ROUND(", "=IFERROR(", "=N(", "=0", "=COUNTIF(", "=ROMAN(")


def _poison(path):
    conn = sqlite3.connect(path)
    cols = {"tasks": ["content", "objective", "output", "result", "timeline"], "targets": ["content", "note"],
            "projects": ["name", "scale", "timeframe", "note"], "directives": ["summary", "issuer", "number_symbol"],
            "task_groups": ["title"], "indicators": ["name"], "plans": ["title"],
            "agency": ["agency", "agency_name", "parent_agency"]}
    for i, (table, names) in enumerate(cols.items()):
        for j, col in enumerate(names):
            conn.execute(f"UPDATE {table} SET {col} = ?", [PAYLOADS[(i + j) % len(PAYLOADS)]])
    for k, (uid,) in enumerate(conn.execute("SELECT id FROM units").fetchall()):
        conn.execute("UPDATE units SET name = ? WHERE id = ?", [f"{PAYLOADS[k % len(PAYLOADS)]} {k}", uid])
    conn.commit()
    conn.close()


def _formulas(path):
    wb = openpyxl.load_workbook(path)
    out, texts = [], []
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for c in row:
                if c.data_type == "f":
                    out.append((ws.title, c.coordinate, str(c.value)))
                elif isinstance(c.value, str):
                    texts.append(c.value)
    return out, texts


@pytest.fixture
def poisoned(demo_path):
    _poison(demo_path)
    return demo_path


def test_every_workbook_keeps_hostile_text_as_text(poisoned, tmp_path):
    written = []
    with open_agency_file(poisoned) as af:
        for plan in (1, 2):
            for what, fmts in available_exports(af, plan).items():
                if "xlsx" in fmts:
                    written.append(export(af, plan, what, "xlsx", tmp_path / f"{plan}-{what}.xlsx"))
        written.append(export_report(af, 2, 2024, "H1", "xlsx", tmp_path / "bao-cao.xlsx"))
        unit = find_unit(af, f"{PAYLOADS[0]} 0")
        for form in list_forms(af):
            written.append(export_unit_form(af, form.id, 2024, "H1", unit.id, tmp_path / f"{form.code}-don-vi.xlsx"))
            written.append(export_statistics_xlsx(af, form.id, 2024, "H1", tmp_path / f"{form.code}-tong-hop.xlsx"))
        assert get_form(af, "cchc-stats")
        for kind in ("tasks", "targets", "projects", "units", "scores"):
            written.append(write_list_template(kind, tmp_path / f"mau-{kind}.xlsx", af))
    assert len(written) >= 12
    seen = set()
    for path in written:
        formulas, texts = _formulas(path)
        hostile = [f for f in formulas if any(p[1:] in f[2] for p in PAYLOADS if len(p) > 6)]
        assert hostile == [], (path.name, hostile[:5])
        assert all(f[2].startswith(OWN) or f[2][1:2] in "ABCDEFGHIJKLMNOPQRSTUVWXYZ$" for f in formulas), path.name
        seen.update(p for p in PAYLOADS for t in texts if p in t)
        with zipfile.ZipFile(path) as z:  # and nothing hostile inside a formula element of the XML
            for name in z.namelist():
                if name.startswith("xl/worksheets/"):
                    xml = z.read(name).decode("utf-8")
                    assert "<f>HYPERLINK" not in xml and "<f>cmd|" not in xml and "<f>1+1" not in xml, (path.name, name)
    assert {PAYLOADS[0], PAYLOADS[1]} <= seen  # the payloads are there, as text


def test_markup_prints_literally_in_pdf_and_word(demo_path, tmp_path):
    import docx
    import pdfplumber

    conn = sqlite3.connect(demo_path)
    conn.execute("UPDATE tasks SET content = ? WHERE id = (SELECT MIN(id) FROM tasks WHERE plan_id = 1)",
                 ["Rà soát <b>đậm</b> & <font color='red'>đỏ</font> &amp; xong"])
    conn.commit()
    conn.close()
    with open_agency_file(demo_path, readonly=True) as af:
        pdf = export(af, 1, "document", "pdf", tmp_path / "kh.pdf")
        word = export(af, 1, "document", "docx", tmp_path / "kh.docx")
    with pdfplumber.open(pdf) as doc:
        text = " ".join((p.extract_text() or "") for p in doc.pages)
    assert "<b>đậm</b> & <font color='red'>đỏ</font> &amp; xong" in " ".join(text.split())
    body = " ".join(p.text for p in docx.Document(word).paragraphs)
    assert "<b>đậm</b> & <font color='red'>đỏ</font> &amp; xong" in body
