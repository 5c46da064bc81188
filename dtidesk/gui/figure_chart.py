"""A chart figure (domain.charts) drawn with QtCharts: the same data the PDF and Word exports draw."""

from __future__ import annotations

from functools import partial
from html import escape
from pathlib import Path

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QHorizontalStackedBarSeries,
    QLineSeries,
    QValueAxis,
)
from PySide6.QtCore import QMargins, QPointF, Qt
from PySide6.QtGui import QColor, QCursor, QFont, QPainter, QPen
from PySide6.QtWidgets import QToolTip, QWidget

from ..domain.charts import HBAR, LINE, ChartFigure
from .locale_format import fmt_number

MAX_LABEL = 42  # characters of a category on the axis; the whole name is in the tooltip of its bars
ROW_PX = 22  # height of one bar row


def _short(text: str) -> str:
    return escape(text if len(text) <= MAX_LABEL else text[:MAX_LABEL - 1].rstrip() + "…")  # axis labels are HTML


class FigureChartView(QChartView):
    """One figure; `set_figure` redraws it. Bars grow the view's minimum height with their number."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        chart = QChart()
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        chart.setBackgroundRoundness(0)
        chart.setMargins(QMargins(2, 2, 8, 2))
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        self.setChart(chart)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(240)
        self.figure: ChartFigure | None = None

    def set_figure(self, fig: ChartFigure | None) -> None:
        chart = self.chart()
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
            axis.deleteLater()
        self.figure = fig
        if fig is None or not fig.categories:
            return
        if fig.kind == LINE:
            self._lines(fig)
        else:
            self._bars(fig)

    def _value_axis(self, fig: ChartFigure) -> QValueAxis:
        axis = QValueAxis()
        axis.setRange(0, fig.value_max)
        if fig.percent:
            axis.setTickCount(6)
            axis.setLabelFormat("%d%%")
        else:
            top = int(fig.value_max)
            axis.setTickCount(min(top, 10) + 1 if top <= 10 else 6)
            axis.setLabelFormat("%d")
            if top > 10:
                axis.applyNiceNumbers()
        axis.setTitleText(fig.axis_label)
        small = QFont(axis.titleFont())
        small.setBold(False)
        axis.setTitleFont(small)
        return axis

    def _lines(self, fig: ChartFigure) -> None:
        chart = self.chart()
        categories = QBarCategoryAxis()
        categories.append(list(fig.categories))
        values = self._value_axis(fig)
        chart.addAxis(categories, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(values, Qt.AlignmentFlag.AlignLeft)
        for s in fig.series:
            pen = QPen(QColor(s.color))
            pen.setWidthF(3.0 if s.bold else 2.0)
            # A year the index was not scored breaks its line: each run of years is a series of its own,
            # the first one named in the legend.
            runs: list[list[QPointF]] = [[]]
            for i, v in enumerate(s.values):
                if v is None:
                    runs.append([])
                else:
                    runs[-1].append(QPointF(i, v))
            first = True
            for points in (r for r in runs if r):
                line = QLineSeries()
                line.setName(s.label)
                line.setPen(pen)
                line.setPointsVisible(True)
                line.append(points)
                chart.addSeries(line)
                line.attachAxis(categories)
                line.attachAxis(values)
                if not first:
                    for marker in chart.legend().markers(line):
                        marker.setVisible(False)
                first = False
        self.setMinimumHeight(320)

    def _bars(self, fig: ChartFigure) -> None:
        chart = self.chart()
        series = QHorizontalBarSeries() if fig.kind == HBAR else QHorizontalStackedBarSeries()
        series.setBarWidth(0.7)
        n = len(fig.categories)
        # A horizontal category axis runs bottom-up: reversed, the first category is on top, as in the exports.
        for s in fig.series:
            bars = QBarSet(s.label)
            bars.setColor(QColor(s.color))
            bars.setBorderColor(QColor(s.color))
            for v in reversed(s.values):
                bars.append(v or 0.0)
            bars.hovered.connect(partial(self._hovered, fig, s.label))
            series.append(bars)
        chart.addSeries(series)
        categories = QBarCategoryAxis()
        categories.append([_short(c) for c in reversed(fig.categories)])
        # QtCharts cuts labels to "…" when the chart is first laid out narrow and does not widen them again;
        # ours are cut to MAX_LABEL already.
        categories.setTruncateLabels(False)
        values = self._value_axis(fig)
        chart.addAxis(categories, Qt.AlignmentFlag.AlignLeft)
        chart.addAxis(values, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(categories)
        series.attachAxis(values)
        chart.legend().setVisible(len(fig.series) > 1)
        self.setMinimumHeight(max(200, 110 + ROW_PX * n))

    def _hovered(self, fig: ChartFigure, label: str, status: bool, index: int) -> None:
        """The whole name of the bar's category (the axis may cut it) and the value under the pointer."""
        n = len(fig.categories)
        if not status or not 0 <= index < n:
            QToolTip.hideText()
            return
        row = n - 1 - index  # the bars were appended bottom-up
        values = next(s.values for s in fig.series if s.label == label)
        value = values[row] or 0
        shown = f"{fmt_number(value, 1)}%" if fig.percent else fmt_number(value, 0)
        QToolTip.showText(QCursor.pos(), f"{fig.categories[row]}\n{label}: {shown}", self)

    def categories(self) -> list[str]:
        axes = [a for a in self.chart().axes() if isinstance(a, QBarCategoryAxis)]
        return list(axes[0].categories()) if axes else []

    def save_png(self, path: Path | str) -> bool:
        """What is on screen, as a PNG (QChartView.grab)."""
        return self.grab().save(str(path), "PNG")
