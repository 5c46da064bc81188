"""The print preview: the PDF that will print, sized to the screen, open on page 1, with a Print button."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPointF, QRect, QSize, Qt
from PySide6.QtGui import QAction, QColor, QFont, QKeySequence, QPalette, QShowEvent
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QSizePolicy,
    QSpinBox,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from .print_pages import print_pdf

PREFERRED = QSize(1100, 900)  # wide enough for a landscape appendix at a readable size
ZOOM_STEP = 1.25


def preview_size(available: QRect) -> QSize:
    """The dialog's size inside the screen's free area (taskbar excluded), room left for the title bar:
    on a 1366×768 screen with a 40 px taskbar this is 1100×668, never taller than the screen."""
    return QSize(min(PREFERRED.width(), available.width() - 40), min(PREFERRED.height(), available.height() - 60))


class PrintPreviewDialog(QDialog):
    """One PDF as it will print; QPdfView renders only the pages in sight, so it shows page 1 at once."""

    def __init__(self, parent: QWidget, path: Path, title: str):
        super().__init__(parent)
        self.path = path
        self.title = title
        self.setWindowTitle(self.tr("Print preview — {0}").format(title))
        self.document = QPdfDocument(self)
        self.document.load(str(path))
        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setPageSpacing(12)
        palette = self.view.palette()
        palette.setColor(QPalette.ColorRole.Dark, QColor("#7f7f7f"))  # QPdfView's backdrop: pages stand out
        self.view.setPalette(palette)
        self._zoom_chosen = False
        self.navigator = self.view.pageNavigator()
        self.navigator.currentPageChanged.connect(self._page_shown)

        bar = QToolBar(self)
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.print_action = self._action(bar, self.tr("&Print…"), self.print_now, QKeySequence.StandardKey.Print)
        self.print_action.setToolTip(self.tr("Choose a printer and print these pages"))
        bold = QFont(self.font())
        bold.setBold(True)
        self.print_action.setFont(bold)
        bar.addSeparator()
        self._action(bar, self.tr("◀ Previous"), lambda: self.go_to(self.current_page() - 1),
                     QKeySequence(Qt.Key.Key_PageUp))
        bar.addWidget(QLabel(" " + self.tr("Page") + " "))
        self.page_spin = QSpinBox()
        self.page_spin.setRange(1, max(1, self.document.pageCount()))
        self.page_spin.setKeyboardTracking(False)
        self.page_spin.valueChanged.connect(lambda n: self.go_to(n - 1))
        bar.addWidget(self.page_spin)
        self.count_label = QLabel(" " + self.tr("of {0}").format(self.document.pageCount()) + " ")
        bar.addWidget(self.count_label)
        self._action(bar, self.tr("Next ▶"), lambda: self.go_to(self.current_page() + 1),
                     QKeySequence(Qt.Key.Key_PageDown))
        bar.addSeparator()
        self._action(bar, self.tr("Fit &width"), lambda: self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth))
        self._action(bar, self.tr("Whole &page"), lambda: self.view.setZoomMode(QPdfView.ZoomMode.FitInView))
        self._action(bar, self.tr("Zoom out"), lambda: self.zoom(1 / ZOOM_STEP), QKeySequence.StandardKey.ZoomOut)
        self._action(bar, self.tr("Zoom in"), lambda: self.zoom(ZOOM_STEP), QKeySequence.StandardKey.ZoomIn)
        spacer = QWidget()
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        bar.addWidget(spacer)
        self._action(bar, self.tr("Close"), self.close)

        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(0)
        lay.addWidget(bar)
        lay.addWidget(self.view, 1)
        self.fit_to_screen()
        self.go_to(0)

    def _action(self, bar: QToolBar, text: str, slot, shortcut=None) -> QAction:
        act = QAction(text, self)
        if shortcut is not None:
            act.setShortcut(shortcut)
        act.triggered.connect(slot)
        bar.addAction(act)
        return act

    def fit_to_screen(self) -> None:
        parent = self.parentWidget()
        screen = (parent or self).screen()
        available = screen.availableGeometry()
        size = preview_size(available)
        self.resize(size)
        centre = parent.window().frameGeometry().center() if parent is not None else available.center()
        rect = QRect(0, 0, size.width(), size.height())
        rect.moveCenter(centre)
        # Kept on the screen: the title bar must never end up above its top edge.
        rect.moveLeft(max(available.left(), min(rect.left(), available.right() - rect.width())))
        rect.moveTop(max(available.top() + 30, min(rect.top(), available.bottom() - rect.height())))
        self.move(rect.topLeft())

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt API)
        super().showEvent(event)
        if not self._zoom_chosen:  # the viewport has its size now
            self._zoom_chosen = True
            self.choose_zoom()

    def choose_zoom(self) -> None:
        """Actual size (100 %) when every page fits across, as portrait A4 does; otherwise the size at which
        the widest page fits (a landscape appendix on a 1366-pixel screen), the same for every page, so a
        report's portrait text is not blown up to the width of its landscape tables."""
        pages = range(self.document.pageCount())
        widest = max((self.document.pagePointSize(i).width() for i in pages), default=0.0)
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(min(1.0, self._fitted_factor(widest)))
        self.go_to(0)

    def current_page(self) -> int:
        return self.navigator.currentPage()

    def go_to(self, page: int) -> None:
        page = max(0, min(page, self.document.pageCount() - 1))
        self.navigator.jump(page, QPointF(), self.navigator.currentZoom())
        self._page_shown(page)

    def _page_shown(self, page: int) -> None:
        self.page_spin.blockSignals(True)
        self.page_spin.setValue(page + 1)
        self.page_spin.blockSignals(False)

    def zoom(self, step: float) -> None:
        if self.view.zoomMode() != QPdfView.ZoomMode.Custom:  # start from what the fit mode shows
            factor = self._fitted_factor()
            self.view.setZoomMode(QPdfView.ZoomMode.Custom)
            self.view.setZoomFactor(factor)
        self.view.setZoomFactor(max(0.2, min(5.0, self.view.zoomFactor() * step)))

    def _fitted_factor(self, width_pt: float | None = None) -> float:
        """The zoom factor at which a page `width_pt` wide (default: the current page) fits across the view;
        in whole-page mode, at which the current page fits (QPdfView keeps 1.0 in its fit modes)."""
        page = self.document.pagePointSize(max(0, self.current_page()))
        width = width_pt or page.width()
        if width <= 0:
            return 1.0
        dpi = self.logicalDpiX() / 72
        margins = self.view.documentMargins()
        area = self.view.viewport().size()
        across = (area.width() - margins.left() - margins.right()) / (width * dpi)
        if width_pt is None and self.view.zoomMode() == QPdfView.ZoomMode.FitInView:
            return min(across, (area.height() - margins.top() - margins.bottom()) / (page.height() * dpi))
        return across

    def print_now(self):
        """The system's print dialog, then the pages to the printer (returns the job, for tests)."""
        return print_pdf(self, self.path, self.title)

    def done(self, result: int) -> None:
        self.document.close()  # Windows cannot remove an open file: closed before `finished` reaches the owner
        super().done(result)
