"""Charts as figures in the exports (issue 18): the plan's score trend and the report's progress by unit are
drawn in the PDF (a reportlab Drawing) and placed in Word as a picture with a table of its words."""

from __future__ import annotations

import datetime as dt
import struct
import zlib

import pdfplumber
import pytest
from docx import Document
from docx.oxml.ns import qn

from dtidesk.domain.charts import PROGRESS_COLORS, progress_figure, trend_figure
from dtidesk.domain.dashboards import ProgressRow
from dtidesk.exporters.charts import chart_drawing, figure_table
from dtidesk.exporters.document import build_plan_document
from dtidesk.exporters.raster import drawing_png
from dtidesk.exporters.report import build_report_document
from dtidesk.services.export import export, export_report, plan_data
from dtidesk.services.report import report_model

TODAY = dt.date(2023, 7, 1)


def norm(text: str) -> str:
    return " ".join(text.replace("\u00a0", " ").split())


def pixels(png: bytes) -> tuple[int, int, set[bytes]]:
    """Width, height and the set of colours of an 8-bit RGB PNG (what raster writes)."""
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    pos, idat, size = 8, b"", (0, 0)
    while pos < len(png):
        (length,), kind = struct.unpack(">I", png[pos:pos + 4]), png[pos + 4:pos + 8]
        data = png[pos + 8:pos + 8 + length]
        assert zlib.crc32(kind + data) == struct.unpack(">I", png[pos + 8 + length:pos + 12 + length])[0]
        if kind == b"IHDR":
            size = struct.unpack(">II", data[:8])
            assert data[8:10] == b"\x08\x02"  # 8 bits, RGB
        elif kind == b"IDAT":
            idat += data
        pos += 12 + length
    w, h = size
    raw = zlib.decompress(idat)
    assert len(raw) == h * (w * 3 + 1)
    colours = {raw[y * (w * 3 + 1) + 1 + x * 3:y * (w * 3 + 1) + 4 + x * 3] for y in range(0, h, 3)
               for x in range(0, w, 3)}
    return w, h, colours


@pytest.fixture
def two_years(demo):
    """The demo's index scored in 2021 as well (the plan's assessment is 2022): a trend with a line."""
    fw = demo.repo.assessments.all()[0].framework_id
    with demo.transaction():
        aid = demo.repo.assessments.insert(fw, 2021)
        for ind in demo.repo.frameworks.indicators(fw):
            if ind.kind == "criterion" and ind.max_score:
                demo.repo.assessments.set_score(aid, ind.id, ind.max_score / 2, ind.max_score / 2, "")
    return demo


def test_the_png_is_the_drawing_without_its_words():
    rows = [ProgressRow("Văn phòng Sở", {"done_on_time": 2, "overdue": 1, "planned": 3}),
            ProgressRow("Thanh tra Sở", {"not_started": 4, "planned": 4})]
    fig = progress_figure(rows, "Tiến độ")
    png = drawing_png(chart_drawing(fig, 300, text=False), dpi=144)
    w, h, colours = pixels(png)
    assert w == 600 and h > 40
    for key in ("done_on_time", "overdue", "not_started"):  # each stacked part painted in its colour
        assert bytes.fromhex(PROGRESS_COLORS[key][1:]) in colours
    assert bytes.fromhex(PROGRESS_COLORS["in_progress"][1:]) not in colours  # none in progress: no bar
    table = figure_table(fig)
    assert table.header == ["Đơn vị (các thanh từ trên xuống)", "Hoàn thành đúng hạn", "Hoàn thành quá hạn",
                            "Quá hạn, chưa hoàn thành", "Đang thực hiện", "Chưa thực hiện"]
    assert table.rows == [["Văn phòng Sở", "2", "0", "1", "0", "0"], ["Thanh tra Sở", "0", "0", "0", "0", "4"]]
    assert table.column_colors == [PROGRESS_COLORS[k] for k in
                                   ("done_on_time", "done_late", "overdue", "in_progress", "not_started")]


def test_the_plan_opens_section_two_with_the_trend_figure(two_years):
    data = plan_data(two_years, 1)
    assert data.trends.years == (2021, 2022)
    body = build_plan_document(data).body
    k = next(i for i, p in enumerate(body) if p.style == "figure")
    assert body[k - 1].text == ("Kết quả đánh giá các năm 2021–2022 của từng chỉ số thành phần và tổng điểm, tính "
                                "bằng tỷ lệ phần trăm so với điểm tối đa, được thể hiện tại biểu đồ Hình 1.")
    assert body[k].text == "Hình 1: Điểm các chỉ số thành phần và tổng điểm qua các năm 2021–2022 (% điểm tối đa)"
    assert body[k].figure == trend_figure(data.trends)
    first_index = next(i for i, p in enumerate(body) if p.text.startswith("1. Chỉ số “Nhận thức số”"))
    assert next(i for i, p in enumerate(body) if p.text.startswith("II. NỘI DUNG")) < k < first_index
    assert not any(p.figure for p in build_plan_document(plan_data(two_years, 2)).body)  # a CCHC plan: no scores


def test_the_plan_pdf_draws_the_figure(two_years, tmp_path):
    out = export(two_years, 1, "document", "pdf", tmp_path / "kh.pdf")
    with pdfplumber.open(out) as pdf:
        page = next(p for p in pdf.pages if "Hình 1:" in (p.extract_text() or ""))
        text = norm(page.extract_text())
        assert "Hình 1: Điểm các chỉ số thành phần và tổng điểm qua các năm 2021–2022 (% điểm tối đa)" in text
        # The drawing's own words: the years, the value axis, the legend.
        for words in ("2021", "2022", "100%", "1. Nhận thức số", "Tổng điểm", "% điểm tối đa"):
            assert words in text
        strokes = [c for c in page.curves + page.lines if c.get("stroking_color")]
        assert len(strokes) >= 7  # a line per component index and the total, and the axes and grid


def test_the_report_cites_and_draws_progress_by_unit(demo, tmp_path):
    m = report_model(demo, 1, 2023, "H1", TODAY)
    body = build_report_document(m).body
    k = next(i for i, p in enumerate(body) if p.style == "figure")
    assert body[k - 1].text == "Tiến độ thực hiện nhiệm vụ của từng đơn vị chủ trì được thể hiện tại biểu đồ Hình 1."
    assert body[k].text == ("Hình 1: Tiến độ thực hiện nhiệm vụ 6 tháng đầu năm 2023 theo đơn vị chủ trì (đến ngày "
                            "14/06/2023)")
    assert body[k].figure.categories == tuple(u.unit.name if u.unit else "Chưa giao đơn vị chủ trì"
                                              for u in m.by_unit)
    out = export_report(demo, 1, 2023, "H1", "pdf", tmp_path / "bc.pdf", today=TODAY, accept_differences=True)
    with pdfplumber.open(out) as pdf:
        page = next(p for p in pdf.pages if "Hình 1:" in (p.extract_text() or ""))
        text = norm(page.extract_text())
        assert "Số nhiệm vụ" in text and "Chưa thực hiện" in text and "Văn phòng Sở" in text
        red = tuple(round(int(PROGRESS_COLORS["overdue"][i:i + 2], 16) / 255, 4) for i in (1, 3, 5))
        bars = [r for r in page.rects if r.get("non_stroking_color") and
                tuple(round(c, 4) for c in r["non_stroking_color"]) == red]
        assert bars  # the overdue parts of the bars (the legend's swatch among them)


def test_the_word_report_holds_the_picture_and_its_table(demo, tmp_path):
    out = export_report(demo, 1, 2023, "H1", "docx", tmp_path / "bc.docx", today=TODAY, accept_differences=True)
    doc = Document(str(out))
    assert len(doc.inline_shapes) == 1
    blip = doc.inline_shapes[0]._inline.graphic.graphicData.pic.blipFill.blip
    image = doc.part.related_parts[blip.embed].blob
    w, _h, colours = pixels(image)
    assert w > 1000 and bytes.fromhex(PROGRESS_COLORS["not_started"][1:]) in colours
    texts = [p.text for p in doc.paragraphs]
    assert "Hình 1: Tiến độ thực hiện nhiệm vụ 6 tháng đầu năm 2023 theo đơn vị chủ trì (đến ngày 14/06/2023)" in texts
    table = next(t for t in doc.tables if t.cell(0, 0).text.startswith("Đơn vị (các thanh"))
    fills = [c._tc.tcPr.find(qn("w:shd")).get(qn("w:fill")) for c in table.rows[1].cells[1:]]
    assert fills == ["3A9A5B", "9CC46A", "C23B3B", "E3B23C", "B5B5B5"]
    m = report_model(demo, 1, 2023, "H1", TODAY)
    assert [table.cell(2 + i, 0).text for i in range(len(m.by_unit))] == [u.unit.name for u in m.by_unit]
    # The caption follows the picture and its table.
    body = list(doc.element.body)
    caption = next(e for e in body if e.tag == qn("w:p") and "Hình 1:" in "".join(e.itertext()))
    assert body.index(caption) == body.index(table._tbl) + 1


def test_the_word_plan_holds_the_trend_picture(two_years, tmp_path):
    out = export(two_years, 1, "document", "docx", tmp_path / "kh.docx")
    doc = Document(str(out))
    assert len(doc.inline_shapes) == 1
    table = next(t for t in doc.tables if t.cell(0, 2).text == "2021")
    assert [c.text for c in table.rows[0].cells] == ["", "Chỉ số", "2021", "2022"]
    assert table.rows[-1].cells[1].text == "Tổng điểm"
    assert table.rows[1].cells[2].text == "50%"  # half of every criterion in 2021


@pytest.mark.parametrize("n", [1, 12])
def test_value_axis_and_rows_fit_any_number_of_bars(n):
    rows = [ProgressRow(f"Đơn vị số {i} có một cái tên rất dài cần xuống dòng trên trục", {"planned": i,
                        "not_started": i}) for i in range(1, n + 1)]
    d = chart_drawing(progress_figure(rows, "x"), 470)
    assert d.width == 470 and 40 < d.height < 80 + 40 * n
    bare = chart_drawing(progress_figure(rows, "x"), 470, text=False)
    assert bare.height < d.height  # no room kept for the legend and the axis' words


def test_the_plan_importer_leaves_the_figure_out(two_years, tmp_path):
    """Imported again, the Word plan gives the same tasks: the citing sentence points at the chart, and the
    table of its words is named as a figure's data."""
    from dtidesk.importers.plan_docx import read_docx
    from dtidesk.services.plan_import import preview_plan_import

    out = export(two_years, 1, "document", "docx", tmp_path / "kh.docx")
    caption = Document(str(out)).tables[1]._tbl.tblPr.find(qn("w:tblCaption"))
    assert caption.get(qn("w:val")) == "Số liệu Hình 1"
    lines = [line.text for line in read_docx(out).lines]
    assert not any(t.startswith("Tổng điểm") for t in lines)
    tasks = preview_plan_import(two_years, out).plan.tasks()
    assert len(tasks) == len(two_years.repo.tasks.for_plan(1))
    assert not any("Hình 1" in t.content for t in tasks)


def test_a_year_without_a_score_breaks_the_line(tmp_path):
    from reportlab.graphics import renderPDF

    from dtidesk.domain.charts import LINE, ChartFigure, Series

    fig = ChartFigure(LINE, "t", ("2020", "2021", "2022", "2023"),
                      (Series("a", (10.0, None, 30.0, 40.0), "#2c64a6"), Series("b", (None,) * 4, "#d9822b"),
                       Series("c", (None, 50.0, None, None), "#3a9a5b")), "%", percent=True)
    renderPDF.drawToFile(chart_drawing(fig, 400), str(tmp_path / "gap.pdf"))
    with pdfplumber.open(tmp_path / "gap.pdf") as pdf:
        blue = [c for c in pdf.pages[0].curves + pdf.pages[0].lines if c["x1"] - c["x0"] > 20  # not the dots
                and tuple(round(x, 3) for x in (c.get("stroking_color") or ())) == (0.173, 0.392, 0.651)]
        assert len(blue) == 1  # 2022–2023 joined; 2020 stands alone as a dot
    _w, _h, colours = pixels(drawing_png(chart_drawing(fig, 400, text=False)))
    assert bytes.fromhex("3a9a5b") in colours  # the single point of “c” is drawn
