"""Tab “Tổng quan”: the index's scores over the years, the selected plan's task progress by unit, component
index and criterion, and which units have sent their forms — charts each savable as a PNG (issue 18)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ..domain.charts import ChartFigure, form_figure, progress_figure, trend_figure
from ..domain.dashboards import MISSING, NOT_DUE, SENT, Dashboard, ProgressRow
from ..errors import DtideskError
from ..services.changes import Changes
from ..services.dashboards import NO_LEAD, OTHER_TASKS, dashboard
from .figure_chart import FigureChartView
from .labels import outcome_labels
from .locale_format import fmt_date
from .session import Session

# The tables whose change the figures read.
WATCHED = ("tasks", "task_units", "task_progress", "plans", "units", "scores", "assessments", "group_results",
           "frameworks", "indicators", "indicator_links", "form_values", "form_submissions", "forms")
CARDS = ("trends", "units", "indices", "criteria", "forms")


class ChartCard(QFrame):
    """A chart, the choices that go with it, and “Lưu hình (PNG)…”; a hint in its place when there is no data."""

    def __init__(self, key: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.key = key
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        self.header = QHBoxLayout()
        self.header.addStretch(1)
        self.save_button = QToolButton(self)
        self.save_button.setText(self.tr("Save as PNG…"))
        self.save_button.setToolTip(self.tr("Save this chart as a picture (PNG) to put in a document or slide"))
        self.header.addWidget(self.save_button)
        layout.addLayout(self.header)
        self.view = FigureChartView(self)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint.setStyleSheet("color: palette(mid); padding: 24px;")
        layout.addWidget(self.view, 1)
        layout.addWidget(self.hint)

    def add_choice(self, label: str, combo: QComboBox) -> None:
        self.choice = (QLabel(label, self), combo)
        for widget in self.choice:
            self.header.insertWidget(self.header.count() - 2, widget)

    def show_figure(self, fig: ChartFigure | None, hint: str) -> None:
        has = fig is not None and not fig.empty
        self.view.set_figure(fig if has else None)
        if has:
            self.view.chart().setTitle(fig.title)
        self.view.setVisible(has)
        self.save_button.setEnabled(has)
        self.hint.setText("" if has else hint)
        self.hint.setVisible(not has)


class DashboardView(QWidget):
    """Follows the window's plan selector; reads the file when shown, and again after a change while shown."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.session: Session | None = None
        self.plan_id: int | None = None
        self.data: Dashboard | None = None
        self._dirty = True
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.hide()
        outer.addWidget(self.message)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        outer.addWidget(scroll)
        page = QWidget()
        grid = QGridLayout(page)
        grid.setContentsMargins(4, 4, 4, 4)
        scroll.setWidget(page)
        self.cards = {key: ChartCard(key, page) for key in CARDS}
        self.code_combo = QComboBox(self)
        self.code_combo.setToolTip(self.tr("Index whose scores are shown over the years"))
        self.cards["trends"].add_choice(self.tr("Index:"), self.code_combo)
        self.index_combo = QComboBox(self)
        self.index_combo.setToolTip(self.tr("Component index whose criteria are shown"))
        self.cards["criteria"].add_choice(self.tr("Component index:"), self.index_combo)
        self.form_combo = QComboBox(self)
        self.form_combo.setToolTip(self.tr("Form whose sending is shown"))
        self.cards["forms"].add_choice(self.tr("Form:"), self.form_combo)
        # One chart a row, the window's width: unit and criterion names are long, and a narrow chart elides them.
        for row, key in enumerate(CARDS):
            grid.addWidget(self.cards[key], row, 0)
        grid.setRowStretch(len(CARDS), 1)  # a card with nothing to show stays small
        for card in self.cards.values():
            card.save_button.clicked.connect(lambda _=False, c=card: self.save_dialog(c.key))
        self.code_combo.activated.connect(lambda _i: self.load())
        self.index_combo.activated.connect(lambda _i: self._show_criteria())
        self.form_combo.activated.connect(lambda _i: self._show_form())

    # -- the main window's interface ------------------------------------------------------------------
    def set_session(self, session: Session | None) -> None:
        if self.session is not None:
            self.session.changed.disconnect(self._on_changed)
        self.session = session
        self.plan_id = None
        if session is not None:
            session.changed.connect(self._on_changed)
        self.code_combo.clear()
        self._invalidate()

    def set_plan(self, plan_id: int | None) -> None:
        if plan_id != self.plan_id or self.data is None:
            self.plan_id = plan_id
            self._invalidate()

    def _on_changed(self, changes: Changes) -> None:
        if changes.touches(*WATCHED):
            self._invalidate()

    def _invalidate(self) -> None:
        """Read again now if on screen, else when next shown: a hidden tab costs nothing."""
        self._dirty = True
        if self.isVisible():
            self.load()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt API)
        super().showEvent(event)
        if self._dirty:
            self.load()

    # -- reading and drawing --------------------------------------------------------------------------
    def load(self) -> None:
        self._dirty = False
        self.data = None
        self.message.hide()
        if self.session is not None:
            try:
                self.data = dashboard(self.session.af, self.plan_id, self.code_combo.currentData())
            except DtideskError as exc:
                self.message.setText(exc.message)
                self.message.show()
        self._fill_combos()
        self._show_trends()
        self._show_progress()
        self._show_criteria()
        self._show_form()

    def _fill_combos(self) -> None:
        d = self.data
        code = d.trends.code if d and d.trends else None
        self.code_combo.clear()
        for c, name in d.codes if d else ():
            self.code_combo.addItem(f"{c} — {name}", c)
        self.code_combo.setCurrentIndex(max(self.code_combo.findData(code), 0))
        self.code_combo.setEnabled(self.code_combo.count() > 1)
        current = self.index_combo.currentData()
        self.index_combo.clear()
        if d and d.progress and d.progress.by_criterion:
            for r in d.progress.by_index:
                if r.code:  # not “Nhiệm vụ khác”: tasks without a criterion
                    self.index_combo.addItem(r.label, r.code)
        self.index_combo.setCurrentIndex(max(self.index_combo.findData(current), 0))
        current = self.form_combo.currentData()
        self.form_combo.clear()
        for f in d.forms if d else ():
            self.form_combo.addItem(f.title, f.form_id)
        self.form_combo.setCurrentIndex(max(self.form_combo.findData(current), 0))
        for key, combo in (("criteria", self.index_combo), ("forms", self.form_combo)):
            for widget in self.cards[key].choice:
                widget.setVisible(combo.count() > 0)

    def _show_trends(self) -> None:
        t = self.data.trends if self.data else None
        fig = None
        if t is not None:
            title = (self.tr("{0}: component indices and the total over the years {1}–{2} (% of the maximum)")
                     .format(t.code, t.years[0], t.years[-1]) if len(t.years) > 1 else
                     self.tr("{0}: component indices and the total in {1} (% of the maximum)").format(t.code, t.years[0]))
            fig = trend_figure(t, title, self.tr("% of the maximum"), self.tr("Index"), self.tr("Total score"))
        self.cards["trends"].show_figure(fig, self.tr("The file has no assessment yet: enter a year's scores in the "
                                                      "Criteria tab, or import the appraisal results."))

    def _rows(self, rows: tuple[ProgressRow, ...]) -> list[ProgressRow]:
        names = {NO_LEAD: self.tr("No lead unit yet"), OTHER_TASKS: self.tr("Other tasks")}
        return [replace(r, label=names.get(r.label, r.label)) for r in rows]

    def _progress_figure(self, rows: list[ProgressRow], title: str, category: str) -> ChartFigure:
        return progress_figure(rows, title, outcome_labels() | {"overdue": self.tr("Overdue, not done")},
                               self.tr("Tasks"), category)

    def _show_progress(self) -> None:
        p = self.data.progress if self.data else None
        no_plan = self.tr("Choose a plan in the toolbar to see its task progress.")
        if p is None:
            self.cards["units"].show_figure(None, no_plan)
            self.cards["indices"].show_figure(None, no_plan)
            return
        as_of = fmt_date(p.as_of)
        self.cards["units"].show_figure(
            self._progress_figure(self._rows(p.by_unit), self.tr("Task progress by lead unit, as of {0}").format(as_of),
                                  self.tr("Unit")),
            self.tr("The plan has no tasks yet."))
        dti = bool(p.by_criterion)
        self.cards["indices"].show_figure(
            self._progress_figure(self._rows(p.by_index),
                                  (self.tr("Task progress by component index, as of {0}") if dti
                                   else self.tr("Task progress by area of the plan, as of {0}")).format(as_of),
                                  self.tr("Index") if dti else self.tr("Area")),
            self.tr("The plan's tasks are not grouped by area or criterion."))

    def _show_criteria(self) -> None:
        p = self.data.progress if self.data else None
        parent = self.index_combo.currentData()
        rows = [r for r in p.by_criterion if r.parent == parent] if p is not None else []
        fig = self._progress_figure(self._rows(tuple(rows)), self.tr("Task progress by criterion of index {0}, "
                                                                     "as of {1}").format(
            parent or "", fmt_date(p.as_of)), self.tr("Criterion")) if rows else None
        self.cards["criteria"].show_figure(fig, self.tr("No task of this plan is tied to a criterion."))

    def _show_form(self) -> None:
        forms = {f.form_id: f for f in self.data.forms} if self.data else {}
        f = forms.get(self.form_combo.currentData())
        fig = None
        if f is not None:
            labels = {SENT: self.tr("Sent"), MISSING: self.tr("Not sent"), NOT_DUE: self.tr("Not due yet")}
            fig = form_figure(f, self.tr("{0}, {1}: periods each unit has sent").format(f.title, f.year), labels,
                              self.tr("Reporting periods"), self.tr("Unit"))
        self.cards["forms"].show_figure(fig, self.tr("No unit has sent a statistics form yet."))

    # -- pictures ---------------------------------------------------------------------------------------
    def save_png(self, key: str, path: Path | str) -> bool:
        card = self.cards[key]
        return card.view.isVisibleTo(self) and card.view.save_png(path)

    def save_dialog(self, key: str) -> None:
        settings = QSettings()
        folder = Path(str(settings.value("last_folder", str(Path.home()))))
        names = {"trends": self.tr("score trends"), "units": self.tr("progress by unit"),
                 "indices": self.tr("progress by index"), "criteria": self.tr("progress by criterion"),
                 "forms": self.tr("forms sent")}
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the chart as a picture"),
                                              str(folder / f"{names[key]}.png"), self.tr("PNG pictures (*.png)"))
        if not path:
            return
        if not path.lower().endswith(".png"):
            path += ".png"
        if not self.save_png(key, path):
            QMessageBox.warning(self, self.tr("Not saved"), self.tr("The chart could not be saved to {0}: check that "
                                                                    "the folder exists and can be written.").format(path))
            return
        settings.setValue("last_folder", str(Path(path).parent))
        window = self.window()
        if hasattr(window, "statusBar"):
            window.statusBar().showMessage(self.tr("Chart saved: {0}").format(path), 8000)
