"""Bar chart of the component indices: self and appraised score as a percent of each index's maximum."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal
from functools import partial
from html import escape

from PySide6.QtCharts import QBarCategoryAxis, QBarSet, QChart, QChartView, QHorizontalBarSeries, QValueAxis
from PySide6.QtCore import QMargins, Qt
from PySide6.QtGui import QColor, QCursor, QFont, QPainter
from PySide6.QtWidgets import QToolTip, QWidget

from ..domain.scores import ScoreNode, ScoreTree, percent_of
from .locale_format import fmt_percent, fmt_score

SELF_COLOR = QColor("#a9c3e3")
APPRAISED_COLOR = QColor("#2c64a6")


class ScoreChart(QChartView):
    """Percent, not points: the indices have maxima from 20 to 250, and points would hide the small ones."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        chart = QChart()
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        chart.setBackgroundRoundness(0)
        chart.setMargins(QMargins(2, 2, 8, 2))
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        title_font = QFont(chart.titleFont())
        title_font.setBold(True)
        chart.setTitleFont(title_font)
        self.setChart(chart)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(220)
        self.groups: list[ScoreNode] = []  # in display order, top to bottom
        self.series: QHorizontalBarSeries | None = None
        self.set_tree(None)

    def set_tree(self, tree: ScoreTree | None) -> None:
        chart = self.chart()
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
            axis.deleteLater()
        self.series = None
        self.groups = [g for g in tree.total.children if g.kind == "group"] if tree else []
        chart.setTitle(self.tr("Score by component index (% of the maximum)"))
        if not self.groups:
            return
        # A horizontal category axis runs bottom-up: reverse so index 1 is on top, as in the tree.
        order = list(reversed(self.groups))
        series = QHorizontalBarSeries()
        series.setBarWidth(0.75)
        for label, attr, color in ((self.tr("Self score"), "self_score", SELF_COLOR),
                                   (self.tr("Appraised score"), "appraised_score", APPRAISED_COLOR)):
            bars = QBarSet(label)
            bars.setColor(color)
            bars.setBorderColor(color)
            for g in order:
                bars.append(self._percent(getattr(g, attr), g.max_score))
            bars.hovered.connect(partial(self._hovered, attr, order))
            series.append(bars)
        chart.addSeries(series)
        categories = QBarCategoryAxis()
        categories.append([self._label(g) for g in order])
        small = QFont(categories.labelsFont())
        # One point smaller keeps "6. Hoạt động chuyển đổi số" whole: the axis gets at most a third of the width.
        small.setPointSizeF(max(7.0, small.pointSizeF() - 1))
        categories.setLabelsFont(small)
        values = QValueAxis()
        values.setRange(0, 100)
        values.setTickCount(6)
        values.setLabelFormat("%d%%")
        values.setMinorTickCount(1)
        chart.addAxis(categories, Qt.AlignmentFlag.AlignLeft)
        chart.addAxis(values, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(categories)
        series.attachAxis(values)
        self.series = series

    @staticmethod
    def _label(g: ScoreNode) -> str:
        name = g.name if len(g.name) <= 40 else g.name[:39].rstrip() + "…"
        return escape(f"{g.code}. {name}")  # axis labels are HTML

    @staticmethod
    def _percent(value: Decimal | None, maximum: Decimal | None) -> float:
        p = percent_of(value, maximum)
        return float(p.quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)) if p is not None else 0.0

    def _hovered(self, attr: str, order: list[ScoreNode], status: bool, index: int) -> None:
        if not status or not 0 <= index < len(order):
            QToolTip.hideText()
            return
        g = order[index]
        value = getattr(g, attr)
        text = (self.tr("{0}. {1}\nSelf score: {2}/{3} ({4})") if attr == "self_score"
                else self.tr("{0}. {1}\nAppraised score: {2}/{3} ({4})"))
        QToolTip.showText(QCursor.pos(), text.format(
            g.code, g.name, fmt_score(value) or "–", fmt_score(g.max_score),
            fmt_percent(percent_of(value, g.max_score), 1) or "–"), self)

    def bar_sets(self) -> list[QBarSet]:
        return list(self.series.barSets()) if self.series else []

    def categories(self) -> list[str]:
        axes = [a for a in self.chart().axes() if isinstance(a, QBarCategoryAxis)]
        return list(axes[0].categories()) if axes else []
