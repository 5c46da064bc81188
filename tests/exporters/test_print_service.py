"""services.printing: the PDFs behind Tệp → In… — a filtered task list, the score sheet shown, a statistics form."""

from __future__ import annotations

import pdfplumber
import pytest

from dtidesk.errors import ValidationError
from dtidesk.services import forms as form_ops
from dtidesk.services.export import export, plan_data
from dtidesk.services.printing import form_pdf, score_sheet_pdf, task_list_pdf
from dtidesk.store import open_agency_file


def norm(text: str) -> str:
    return " ".join((text or "").replace("\u00a0", " ").split())


def read(path) -> tuple[str, list[bool]]:
    """All text, and landscape or not page by page."""
    with pdfplumber.open(path) as pdf:
        return norm(" ".join(p.extract_text() or "" for p in pdf.pages)), [p.width > p.height for p in pdf.pages]


def test_whole_task_list_is_the_task_appendix(demo_path, tmp_path):
    with open_agency_file(demo_path, readonly=True) as af:
        printed = task_list_pdf(af, 2, None, tmp_path / "p.pdf")
        exported = export(af, 2, "appendix-tasks", "pdf", tmp_path / "e.pdf")
    assert read(printed) == read(exported)


def test_filtered_dti_list_keeps_only_the_headings_of_its_tasks(demo_path, tmp_path):
    """A component index with no task left in the list loses its heading, as in the Tasks tab."""
    with open_agency_file(demo_path, readonly=True) as af:
        data = plan_data(af, 1)
        first = next(n for n in data.tree.nodes if n.kind == "group")
        under = {n.id for n in data.tree.nodes if n.parent == first.code}
        mine = [t for t in data.tasks if t.criterion_id in under]
        others = [n for n in data.tree.nodes if n.kind == "group" and n.code != first.code]
        text, shapes = read(task_list_pdf(af, 1, [t.id for t in mine], tmp_path / "p.pdf"))
        full, _ = read(export(af, 1, "appendix-tasks", "pdf", tmp_path / "e.pdf"))
    assert mine and others and all(shapes)
    assert f"Chỉ số “{first.name}”" in text
    for g in others:
        assert f"Chỉ số “{g.name}”" in full and f"Chỉ số “{g.name}”" not in text
    assert text.startswith(full[:60])  # same label, title and reference line as the appendix


def test_empty_filter_is_refused(demo_path, tmp_path):
    with open_agency_file(demo_path, readonly=True) as af, pytest.raises(ValidationError, match="không có nhiệm vụ"):
        task_list_pdf(af, 1, [], tmp_path / "p.pdf")
    assert not (tmp_path / "p.pdf").exists()


def test_score_sheet_of_the_year_shown_is_that_years_export(demo_path, tmp_path):
    """Plan 2 (CCHC) is selected, the Criteria tab shows 2022: the sheet is plan 1's, which is built on 2022."""
    with open_agency_file(demo_path, readonly=True) as af:
        printed = score_sheet_pdf(af, 2, 2022, None, tmp_path / "p.pdf")
        exported = export(af, 1, "scores", "pdf", tmp_path / "e.pdf")
        with pytest.raises(ValidationError, match="năm 2031"):
            score_sheet_pdf(af, 1, 2031, None, tmp_path / "none.pdf")
    assert read(printed) == read(exported)
    assert "KẾT QUẢ ĐÁNH GIÁ NĂM 2022" in read(printed)[0]


def test_statistics_form_as_the_report_prints_it(demo_path, tmp_path):
    with open_agency_file(demo_path, readonly=True) as af:
        forms = {f.code: f for f in form_ops.list_forms(af)}
        rows = forms["cchc-stats"]
        text, shapes = read(form_pdf(af, 2, rows.id, 2024, "H1", None, tmp_path / "f.pdf"))
        unit = form_ops.submitting_units(af)[0]
        unit_text, _ = read(form_pdf(af, 2, rows.id, 2024, "H1", unit.id, tmp_path / "u.pdf"))
        table = forms["tthc-results"]
        table_text, table_shapes = read(form_pdf(af, 2, table.id, 2024, "H1", None, tmp_path / "t.pdf"))
    assert text.startswith("Phụ lục") and norm(rows.template.title).upper()[:40] in text.upper()
    assert "(Kèm theo Báo cáo số" in text
    assert not any(shapes)  # the five-column form is portrait, as in the report
    assert f"(Số liệu của {unit.name})" in unit_text and "Kèm theo Báo cáo" not in unit_text
    # The TTHC table is printed in the report's body (seed 004 II.2.1): on its own it names its report.
    assert all(table_shapes) and "Phụ lục" not in table_text
    assert table_text.startswith("KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH 6 THÁNG ĐẦU NĂM 2024")
    assert "(Bảng số liệu của Báo cáo số" in table_text
