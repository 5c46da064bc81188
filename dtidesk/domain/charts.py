"""Charts as data: what a figure plots, built once from the dashboard model and drawn by the window (QtCharts)
and by the exporters (reportlab, a PNG for Word) alike, so that the screen and the paper show the same figure.

Labels default to the Vietnamese words documents print; the window passes its translated twins.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from .dashboards import (
    FORM_STATE_LABELS,
    FORM_STATES,
    MISSING,
    NOT_DUE,
    SENT,
    FormCompletion,
    ProgressRow,
    ScoreTrends,
)
from .periods import PERIOD_LABELS

LINE, STACKED_HBAR, HBAR = "line", "stacked_hbar", "hbar"
# How a Word export names the table of a figure's words (its w:tblCaption, “Số liệu Hình 1”): the plan
# importer leaves such a table out, should the officer import the document again.
FIGURE_DATA = "Số liệu Hình"

# Distinct on paper in colour and still apart in grey (a report is often printed black and white).
PALETTE = ("#2c64a6", "#d9822b", "#3a9a5b", "#c23b3b", "#7b5ea7", "#8c6d31", "#2a9d9d", "#d45d9e", "#9bb53a",
           "#5b7fbf", "#b5651d", "#6b6b6b")
TOTAL_COLOR = "#111111"

# The outcomes a progress chart stacks, each from the status.summarise keys it adds up. A task done with no
# deadline (recurring, conditional) cannot be late: it counts with those done on time.
PROGRESS_STACK = (("done_on_time", ("done_on_time", "done")), ("done_late", ("done_late",)),
                  ("overdue", ("overdue",)), ("in_progress", ("in_progress",)), ("not_started", ("not_started",)))
PROGRESS_LABELS = {"done_on_time": "Hoàn thành đúng hạn", "done_late": "Hoàn thành quá hạn",
                   "overdue": "Quá hạn, chưa hoàn thành", "in_progress": "Đang thực hiện",
                   "not_started": "Chưa thực hiện"}
PROGRESS_COLORS = {"done_on_time": "#3a9a5b", "done_late": "#9cc46a", "overdue": "#c23b3b",
                   "in_progress": "#e3b23c", "not_started": "#b5b5b5"}
FORM_COLORS = {SENT: "#3a9a5b", MISSING: "#c23b3b", NOT_DUE: "#d4d4d4"}


@dataclass(frozen=True)
class Series:
    label: str
    values: tuple[float | None, ...]  # one per category; None: no value (a year the index was not scored)
    color: str  # "#rrggbb"
    bold: bool = False  # the total's line


@dataclass(frozen=True)
class ChartFigure:
    kind: str  # LINE (categories along the bottom), STACKED_HBAR or HBAR (categories down the side, first on top)
    title: str
    categories: tuple[str, ...]
    series: tuple[Series, ...]
    axis_label: str  # what the values are: "% điểm tối đa", "Số nhiệm vụ"
    percent: bool = False  # values are percents: the axis runs 0–100
    category_label: str = ""  # the heading of the categories in a table of the figure's data

    @property
    def empty(self) -> bool:
        return not self.categories or not any(v for s in self.series for v in s.values)

    @property
    def value_max(self) -> float:
        """The top of the value axis: 100 for percents, else the largest bar (stacks added up), at least 1."""
        if self.percent:
            return 100.0
        if self.kind == STACKED_HBAR:
            top = max((sum(s.values[i] or 0 for s in self.series) for i in range(len(self.categories))), default=0)
        else:
            top = max((v or 0 for s in self.series for v in s.values), default=0)
        return float(max(top, 1))


def _pct(value: Decimal | None) -> float | None:
    return None if value is None else float(value.quantize(Decimal("0.1"), rounding=ROUND_HALF_UP))


def trend_figure(t: ScoreTrends, title: str | None = None, axis: str = "% điểm tối đa",
                 year_label: str = "Chỉ số", total_label: str | None = None) -> ChartFigure:
    """Each component index and the total, percent of the year's maximum, one line each across the years;
    with a single assessed year there is no line to draw, and the figure is that year's bars."""
    labels = [total_label if x.total and total_label else x.label for x in t.lines]
    if len(t.years) >= 2:
        series = tuple(Series(labels[i], tuple(_pct(p.percent) if (p := x.at(y)) else None for y in t.years),
                              TOTAL_COLOR if x.total else PALETTE[i % len(PALETTE)], bold=x.total)
                       for i, x in enumerate(t.lines))
        span = f"{t.years[0]}–{t.years[-1]}"
        return ChartFigure(LINE, title or f"Điểm các chỉ số thành phần và tổng điểm qua các năm {span} (% điểm tối đa)",
                           tuple(str(y) for y in t.years), series, axis, percent=True, category_label=year_label)
    year = t.years[0] if t.years else 0
    values = tuple(_pct(p.percent) if (p := x.at(year)) else None for x in t.lines)
    return ChartFigure(HBAR, title or f"Điểm các chỉ số thành phần và tổng điểm năm {year} (% điểm tối đa)",
                       tuple(labels), (Series(str(year), values, PALETTE[0]),), axis, percent=True,
                       category_label=year_label)


def progress_figure(rows: Sequence[ProgressRow], title: str, labels: Mapping[str, str] = PROGRESS_LABELS,
                    axis: str = "Số nhiệm vụ", category_label: str = "Đơn vị") -> ChartFigure:
    """One bar per unit (or criterion, or component index), its tasks stacked by outcome."""
    series = tuple(Series(labels[key], tuple(float(sum(r.counts.get(k, 0) for k in keys)) for r in rows),
                          PROGRESS_COLORS[key]) for key, keys in PROGRESS_STACK)
    return ChartFigure(STACKED_HBAR, title, tuple(r.label for r in rows), series, axis,
                       category_label=category_label)


def form_figure(f: FormCompletion, title: str | None = None, labels: Mapping[str, str] = FORM_STATE_LABELS,
                axis: str = "Số kỳ báo cáo", category_label: str = "Đơn vị") -> ChartFigure:
    """One bar per unit: of the year's periods, how many it sent, how many it has not, how many are to come."""
    series = tuple(Series(labels[state], tuple(float(r.count(state)) for r in f.rows), FORM_COLORS[state])
                   for state in FORM_STATES)
    periods = ", ".join(PERIOD_LABELS[p].lower() for p in f.periods)
    return ChartFigure(STACKED_HBAR, title or f"Tình hình gửi {f.title} năm {f.year} ({periods})",
                       tuple(r.unit for r in f.rows), series, axis, category_label=category_label)
