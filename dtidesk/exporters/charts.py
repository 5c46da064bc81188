"""A chart figure (domain.charts) as a reportlab Drawing for the PDF, and as a PNG with a table of its labels
for Word.

Word needs a picture, and reportlab's own rasteriser (renderPM) needs a Cairo backend that does not install
from the package registry for our Python: the PNG is drawn by exporters.raster from the very same Drawing,
built without its text, and the names and values go into a Word table under the picture (figure_table).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.charts.linecharts import HorizontalLineChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.graphics.widgets.markers import makeMarker
from reportlab.lib.colors import HexColor
from reportlab.lib.utils import simpleSplit

from ..domain.charts import HBAR, LINE, ChartFigure
from ..domain.vnformat import fmt_number
from .fonts import register_reportlab_fonts, rl_font

LABEL_SIZE = 9
LEADING = 10.5
GRID = HexColor("#d0d0d0")
AXIS = HexColor("#404040")


def nice_step(top: float, ticks: int = 5) -> float:
    """A round step (1, 2, 5 × 10ⁿ) that divides 0..top into about `ticks` parts; whole for counts."""
    raw = max(top / ticks, 1e-9)
    power = 10 ** math.floor(math.log10(raw))
    step = next(m * power for m in (1, 2, 5, 10) if m * power >= raw)
    return max(step, 1.0)


def _value_label(fig: ChartFigure):
    return (lambda v: f"{v:.0f}%") if fig.percent else (lambda v: fmt_number(v, 0))


def chart_drawing(fig: ChartFigure, width: float, text: bool = True) -> Drawing:
    """The figure `width` points wide; `text=False` leaves out every label and the legend (the PNG for Word,
    whose words stand in a table instead) and the room they take."""
    register_reportlab_fonts()
    d = _line(fig, width, text) if fig.kind == LINE else _bars(fig, width, text)
    # The renderer starts every drawing in Helvetica, which the PDF would then name without embedding it.
    d.initialFontName, d.initialFontSize = rl_font(), LABEL_SIZE
    return d


def _legend(fig: ChartFigure, width: float) -> tuple[Legend, float]:
    """The series' colours and names under the chart, in as many columns as fit; returns it and its height."""
    pairs = [(HexColor(s.color), s.label) for s in fig.series]
    longest = max((_text_w(label) for _c, label in pairs), default=0) + 24
    per_row = max(1, min(len(pairs), int(width // longest)))
    legend = Legend()
    legend.fontName, legend.fontSize = rl_font(), LABEL_SIZE
    legend.alignment, legend.boxAnchor = "right", "nw"
    legend.dx = legend.dy = 7
    legend.dxTextSpace = 4
    legend.deltax, legend.deltay = width / per_row, LEADING + 1
    legend.strokeWidth, legend.strokeColor = 0, None
    legend.columnMaximum = math.ceil(len(pairs) / per_row)
    legend.colorNamePairs = pairs
    return legend, legend.columnMaximum * (LEADING + 1) + 4


def _text_w(text: str) -> float:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    return stringWidth(text, rl_font(), LABEL_SIZE)


def _bars(fig: ChartFigure, width: float, text: bool) -> Drawing:
    n = max(len(fig.categories), 1)
    label_w = width * 0.36 if text else 0.0
    lines = [len(simpleSplit(c, rl_font(), LABEL_SIZE, label_w - 6)) if text else 1 for c in fig.categories] or [1]
    row = max(16.0, max(lines) * LEADING + 4) if text else 14.0
    # One series (a year's scores) needs no legend: the caption names it.
    legend, legend_h = _legend(fig, width) if text and len(fig.series) > 1 else (None, 0.0)
    axis_h = 32.0 if text else 6.0
    plot_h = row * n
    height = plot_h + axis_h + legend_h + 4
    d = Drawing(width, height)
    c = HorizontalBarChart()
    c.x, c.y = label_w, legend_h + axis_h
    c.width, c.height = width - label_w - (12 if text else 4), plot_h
    c.data = [[v or 0 for v in s.values] for s in fig.series]
    c.categoryAxis.categoryNames = list(fig.categories)
    c.categoryAxis.reverseDirection = 1  # the first category on top, as the table under the picture reads
    c.categoryAxis.strokeColor = AXIS
    c.categoryAxis.labels.fontName, c.categoryAxis.labels.fontSize = rl_font(), LABEL_SIZE
    c.categoryAxis.labels.maxWidth = label_w - 6
    c.categoryAxis.labels.textAnchor = "end"
    c.categoryAxis.labels.boxAnchor = "e"
    c.categoryAxis.labels.leading = LEADING
    c.categoryAxis.labels.visible = int(text)
    c.categoryAxis.tickLeft = 0
    if fig.kind != HBAR:
        c.categoryAxis.style = "stacked"
    c.barSpacing = 1
    c.groupSpacing = row * 0.25
    top = fig.value_max
    step = nice_step(top)
    c.valueAxis.valueMin, c.valueAxis.valueMax = 0, top if fig.percent else math.ceil(top / step) * step
    c.valueAxis.valueStep = 20 if fig.percent else step
    c.valueAxis.labels.fontName, c.valueAxis.labels.fontSize = rl_font(), LABEL_SIZE - 1
    c.valueAxis.labels.visible = int(text)
    c.valueAxis.labelTextFormat = _value_label(fig)
    c.valueAxis.visibleGrid = 1
    c.valueAxis.gridStrokeColor = GRID
    c.valueAxis.gridStrokeWidth = 0.4
    c.valueAxis.strokeColor = AXIS
    c.bars.strokeWidth = 0
    c.bars.strokeColor = None
    for i, s in enumerate(fig.series):
        c.bars[i].fillColor = HexColor(s.color)
    d.add(c)
    if text:
        d.add(String(c.x + c.width / 2, legend_h + 6, fig.axis_label, fontName=rl_font(), fontSize=LABEL_SIZE - 1,
                     textAnchor="middle", fillColor=AXIS))
    if legend is not None:
        legend.x, legend.y = 0, legend_h
        d.add(legend)
    return d


def _line(fig: ChartFigure, width: float, text: bool) -> Drawing:
    legend, legend_h = _legend(fig, width) if text else (None, 0.0)
    left = 34.0 if text else 4.0
    axis_h = 32.0 if text else 8.0
    plot_h = width * 0.42
    d = Drawing(width, plot_h + axis_h + legend_h + 8)
    c = HorizontalLineChart()
    c.x, c.y = left, legend_h + axis_h
    c.width, c.height = width - left - 10, plot_h
    # A year without a score breaks a line, as on screen: each run of years is a row of its own, joined when it
    # has two points or more (reportlab refuses a line of one point), in its series' colour.
    rows: list[tuple[list[float | None], int]] = []
    for k, s in enumerate(fig.series):
        for run in _runs(s.values):
            rows.append(([v if i in run else None for i, v in enumerate(s.values)], k))
    c.data = [r for r, _k in rows] or [[None] * len(fig.categories)]
    c.joinedLines = 0
    c.categoryAxis.categoryNames = list(fig.categories)
    c.categoryAxis.labels.fontName, c.categoryAxis.labels.fontSize = rl_font(), LABEL_SIZE
    c.categoryAxis.labels.visible = int(text)
    c.categoryAxis.strokeColor = AXIS
    c.valueAxis.valueMin, c.valueAxis.valueMax, c.valueAxis.valueStep = 0, 100, 20
    c.valueAxis.labels.fontName, c.valueAxis.labels.fontSize = rl_font(), LABEL_SIZE - 1
    c.valueAxis.labels.visible = int(text)
    c.valueAxis.labelTextFormat = _value_label(fig)
    c.valueAxis.visibleGrid = 1
    c.valueAxis.gridStrokeColor = GRID
    c.valueAxis.gridStrokeWidth = 0.4
    c.valueAxis.strokeColor = AXIS
    for i, (values, k) in enumerate(rows):
        s = fig.series[k]
        c.lines[i].strokeColor = HexColor(s.color)
        c.lines[i].strokeWidth = 2.4 if s.bold else 1.5
        c.lines[i].lineStyle = "joinedLine" if sum(v is not None for v in values) >= 2 else None
        c.lines[i].symbol = makeMarker("FilledCircle", size=5 if s.bold else 4, fillColor=HexColor(s.color),
                                       strokeColor=HexColor(s.color))
    d.add(c)
    if text:
        d.add(String(c.x + c.width / 2, legend_h + 6, fig.axis_label, fontName=rl_font(), fontSize=LABEL_SIZE - 1,
                     textAnchor="middle", fillColor=AXIS))
        legend.x, legend.y = 0, legend_h
        d.add(legend)
    return d


def _runs(values: tuple[float | None, ...]) -> list[set[int]]:
    """The positions of each run of values without a gap."""
    runs: list[set[int]] = []
    for i, v in enumerate(values):
        if v is None:
            continue
        if runs and i - 1 in runs[-1]:
            runs[-1].add(i)
        else:
            runs.append({i})
    return runs


# -- Word: the picture's words as a table ----------------------------------------------------------------
@dataclass(frozen=True)
class FigureTable:
    """What the PNG does not print: a header row, one row per line or bar, and the colour each row or column
    stands for (a swatch cell)."""

    header: list[str]
    rows: list[list[str]]
    row_colors: list[str]  # LINE: the swatch beside each row (first column); else empty
    column_colors: list[str]  # bars: the swatch under each series' heading (columns 1…); else empty


def figure_table(fig: ChartFigure) -> FigureTable:
    def fmt(v: float | None) -> str:
        if v is None:
            return "–"
        return f"{fmt_number(v, 1)}%" if fig.percent else fmt_number(v, 0)

    if fig.kind == LINE:
        return FigureTable(["", fig.category_label or "", *fig.categories],
                           [["", s.label, *(fmt(v) for v in s.values)] for s in fig.series],
                           [s.color for s in fig.series], [])
    # The picture has no words: the rows say which bar is which, in the picture's order.
    head = [f"{fig.category_label} (các thanh từ trên xuống)".strip(), *(s.label for s in fig.series)]
    rows = [[cat, *(fmt(s.values[i]) for s in fig.series)] for i, cat in enumerate(fig.categories)]
    return FigureTable(head, rows, [], [s.color for s in fig.series])
