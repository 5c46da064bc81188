"""Appendix PDFs: landscape A4, heading lines, the header row on every page, every cell's text, totals."""

from __future__ import annotations

import pdfplumber
import pytest

from dtidesk.exporters import LANDSCAPE_FRAME_W_MM, MARGIN_LEFT_MM
from dtidesk.exporters.appendix import build_appendix
from dtidesk.services.export import plan_data
from dtidesk.store import open_agency_file

MM = 72 / 25.4


def norm(text: str) -> str:
    return " ".join(text.replace("\u00a0", " ").split())


def bold_words(page) -> set[str]:
    return {w["text"] for w in page.extract_words(extra_attrs=["fontname"]) if "Bold" in w["fontname"]}


def column_text(pdf, t, col: int) -> str:
    """Regular-weight text of one column over all pages (repeated headers and group rows are bold)."""
    total = sum(c.width for c in t.columns)
    x0 = MARGIN_LEFT_MM * MM + sum(c.width for c in t.columns[:col]) / total * LANDSCAPE_FRAME_W_MM * MM
    x1 = x0 + t.columns[col].width / total * LANDSCAPE_FRAME_W_MM * MM
    parts = []
    for page in pdf.pages:
        region = page.crop((x0, 0, x1, page.height)).filter(
            lambda o: o["object_type"] != "char" or "Bold" not in o["fontname"])
        parts.append(region.extract_text())
    return norm(" ".join(parts))


@pytest.mark.parametrize("what", ["appendix-tasks", "appendix-targets", "appendix-projects", "appendix-directives"])
def test_landscape_with_heading(exported, what):
    with pdfplumber.open(exported(2, what, "pdf")) as pdf:
        for page in pdf.pages:
            assert (round(page.width), round(page.height)) == (842, 595)
        first = norm(pdf.pages[0].extract_text())
        assert first.startswith("Phụ lục ")
        assert "(Kèm theo Kế hoạch số" in first and "của Sở Tư pháp)" in first
        label = [w for w in pdf.pages[0].extract_words(extra_attrs=["fontname", "size"]) if w["text"] == "Phụ"][0]
        assert "Bold" in label["fontname"] and label["size"] == 14


def test_task_appendix_header_on_every_page_and_every_task(exported, rich_path):
    with open_agency_file(rich_path, readonly=True) as af:
        t = build_appendix(plan_data(af, 2), "tasks")
        tasks = af.repo.tasks.for_plan(2)
    with pdfplumber.open(exported(2, "appendix-tasks", "pdf")) as pdf:
        assert len(pdf.pages) >= 3
        for page in pdf.pages:
            assert {"Số", "TT", "Mục", "tiêu", "Nhiệm", "vụ/hoạt", "động", "Kết", "quả/sản", "phẩm", "chủ", "trì",
                    "phối", "hợp", "hoàn", "thành"} <= bold_words(page), page.page_number
        tasks_col = column_text(pdf, t, 2)
        for task in tasks:
            for line in task.content.splitlines():
                assert norm(line) in tasks_col, line[:50]
        objectives = column_text(pdf, t, 1)
        for task in tasks:
            assert norm(task.objective) in objectives
        # Group rows (I, 1, 1.1) are bold.
        group = [w for w in pdf.pages[0].extract_words(extra_attrs=["fontname"]) if w["text"] == "Kiểm"][0]
        assert "Bold" in group["fontname"]


def test_task_appendix_merges_objective_cells(rich_path):
    with open_agency_file(rich_path, readonly=True) as af:
        t = build_appendix(plan_data(af, 2), "tasks")
    merged = [(r0, r1) for r0, c0, r1, c1 in t.spans if c0 == c1 == 1]
    assert merged, "consecutive tasks of one objective share the Mục tiêu cell"
    for r0, r1 in merged:
        assert t.rows[r0].cells[1].text and all(not t.rows[r].cells[1].text for r in range(r0 + 1, r1 + 1))


def test_projects_total_row(exported):
    with pdfplumber.open(exported(2, "appendix-projects", "pdf")) as pdf:
        text = norm(" ".join(p.extract_text() for p in pdf.pages))
        assert {"kinh", "phí", "(triệu", "đồng)", "Tổng", "số", "Ngân", "sách", "xã", "hội"} <= bold_words(pdf.pages[0])
    assert "Tổng cộng 1.870 1.750 120" in text


def test_directives_dates_vietnamese(exported):
    with pdfplumber.open(exported(2, "appendix-directives", "pdf")) as pdf:
        text = norm(pdf.pages[0].extract_text())
    assert "63/QĐ-UBND 30/9/2021" in text and "18/1/2022" in text


def test_score_sheet(exported):
    with pdfplumber.open(exported(1, "scores", "pdf")) as pdf:
        text = norm(" ".join(p.extract_text() for p in pdf.pages))
        assert "2 Thể chế số 50 46,67 46,67 3,33 93,34% 10/18" in text
        assert "Tổng cộng 450 405,21 354,74 95,26 78,83%" in text
        for page in pdf.pages:
            assert {"Mã", "Chỉ", "tiêu", "Tối", "Tự", "Thẩm", "định", "trừ", "Xếp", "hạng"} <= bold_words(page)
