"""The Overview tab (issue 18): built when first shown, follows the plan, redraws after an edit, saves PNGs."""

from __future__ import annotations

import pytest
from PySide6.QtCharts import QHorizontalStackedBarSeries
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from dtidesk.gui.dashboard_view import CARDS, DashboardView
from dtidesk.gui.main_window import MainWindow
from dtidesk.services import forms as form_ops
from dtidesk.services.tasks import update_task

# The offscreen platform says so for any shown window; the tab reads the file when it is on screen.
pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


@pytest.fixture
def window(qtbot, demo_path):
    w = MainWindow()
    qtbot.addWidget(w)
    w.resize(1366, 768)
    w.show()
    assert w.open_path(demo_path)
    yield w
    w.set_session(None)


def show_tab(window: MainWindow) -> DashboardView:
    window.ui.tabs.setCurrentWidget(window.dashboard_page)
    QApplication.processEvents()  # the tab's widgets are shown, and so read the file
    return window.dashboard


def _stacked(view: DashboardView, key: str) -> dict[str, list[float]]:
    (series,) = view.cards[key].view.chart().series()
    assert isinstance(series, QHorizontalStackedBarSeries)
    return {s.label(): [s.at(i) for i in range(s.count())] for s in series.barSets()}


def test_the_tab_is_built_when_shown_and_draws_every_chart(window):
    assert window._dashboard is None  # nothing read or imported at start
    index = window.ui.tabs.indexOf(window.dashboard_page)
    assert window.ui.tabs.tabText(index) == "Tổng quan"
    view = show_tab(window)
    assert view.data is not None and view.data.progress.plan_id == window.plan_combo.currentData()
    trends = view.cards["trends"].view
    assert trends.isVisible() and "DTI-TQ-SO" in trends.chart().title()
    assert trends.categories()[0] == "Tổng điểm"  # the bottom bar: the axis runs bottom-up
    units = _stacked(view, "units")
    assert set(units) == {"Hoàn thành đúng hạn", "Hoàn thành quá hạn", "Quá hạn, chưa hoàn thành",
                          "Đang thực hiện", "Chưa thực hiện"}
    # A task led by two units is in both their bars.
    assert sum(map(sum, units.values())) == sum(r.counts["planned"] for r in view.data.progress.by_unit) >= 49
    assert view.data.progress.overall["planned"] == 49
    assert view.index_combo.count() == 6 and view.cards["criteria"].view.isVisible()
    # The demo's units have sent no form: a hint, no empty chart, nothing to save.
    forms = view.cards["forms"]
    assert not forms.view.isVisible() and forms.hint.isVisible() and not forms.save_button.isEnabled()


def test_an_edit_redraws_the_shown_tab(window):
    view = show_tab(window)
    af = window.session.af
    task = next(t for t in af.repo.tasks.for_plan(window.plan_combo.currentData()) if t.status != "done")

    def done() -> float:
        bars = _stacked(view, "units")
        return sum(bars["Hoàn thành đúng hạn"]) + sum(bars["Hoàn thành quá hạn"])

    before = done()
    window.session.notify(update_task(af, task.id, status="done"))
    assert done() == before + max(len(task.lead_unit_ids), 1)
    units = form_ops.submitting_units(af)
    form = af.repo.forms.find("cchc-stats")
    row = next(r.code for r in form.template.rows if r.type != "group" and r.formula is None)
    window.session.notify(form_ops.set_values(af, form.id, window.dashboard.data.progress.year, "Q1",
                                              units[0].id, {row: 1}))
    assert view.form_combo.count() == 1 and view.cards["forms"].view.isVisible()
    sent = _stacked(view, "forms")["Đã gửi"]
    assert sent[-1] == 1 and sum(sent) == 1  # the first unit (top bar, last appended) sent one period


def test_each_chart_saves_as_png(window, tmp_path):
    view = show_tab(window)
    for key in CARDS:
        path = tmp_path / f"{key}.png"
        saved = view.save_png(key, path)
        assert saved == (key != "forms")
        if saved:
            image = QImage(str(path))
            assert not image.isNull() and image.width() > 300 and image.height() > 150


def test_the_save_dialog_writes_where_the_officer_chose(window, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    show_tab(window)
    target = tmp_path / "bieu-do"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    window.dashboard.cards["units"].save_button.click()
    assert QImage(str(target) + ".png").width() > 300
    assert "bieu-do.png" in window.statusBar().currentMessage()


def test_a_file_without_plans_or_scores_shows_hints(qtbot, tmp_path):
    from dtidesk.domain.models import Agency
    from dtidesk.gui.session import Session
    from dtidesk.services.files import new_file

    session = Session(new_file(tmp_path / "e.dtidesk", Agency(agency="SỞ"), ["Văn phòng"], frameworks=False))
    view = DashboardView()
    qtbot.addWidget(view)
    view.set_session(session)
    view.show()
    QApplication.processEvents()
    assert view.data is not None and view.data.trends is None and view.data.progress is None
    assert all(not c.view.isVisible() and c.hint.text() for c in view.cards.values())
    session.close()
