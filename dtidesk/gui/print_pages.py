"""Sending a PDF to a printer: the system's print dialog, then every page rendered at the printer's resolution."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QPointF, QRect, QRectF, QSize, QSizeF, Qt
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument, QPdfDocumentRenderOptions
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QMainWindow, QMessageBox, QWidget

from ..domain.progress import Progress
from ..errors import Cancelled, DtideskError
from .jobs import Job, run_job

# Above 600 dpi a raster page of text looks no sharper on paper, while memory and spool size grow fourfold
# with every doubling (a 1200 dpi PDF "printer" would ask for 9,900 × 14,000 pixels a page).
MAX_DPI = 600
BAND_PX = 1024  # rows rendered at a time: a 600 dpi A4 page is ~140 MB whole, ~20 MB a band


def main_window(widget: QWidget) -> QMainWindow | None:
    """The main window above a widget or a dialog (whose window() is the dialog itself)."""
    w: QWidget | None = widget
    while w is not None and not isinstance(w, QMainWindow):
        w = w.parentWidget()
    return w


def _orientation(size: QSizeF) -> QPageLayout.Orientation:
    wide = size.width() > size.height()
    return QPageLayout.Orientation.Landscape if wide else QPageLayout.Orientation.Portrait


def _draw_page(painter: QPainter, printer: QPrinter, doc: QPdfDocument, page: int, dpi: int) -> None:
    """One PDF page onto the printer's paper: actual size, centred, shrunk only if the paper is smaller."""
    points = doc.pagePointSize(page)
    width, height = round(points.width() / 72 * dpi), round(points.height() / 72 * dpi)
    paper = printer.paperRect(QPrinter.Unit.DevicePixel)  # full-page mode: painter origin = paper corner
    device_dpi = printer.resolution()
    scale = device_dpi / dpi
    fit = min(1.0, paper.width() / (width * scale), paper.height() / (height * scale))
    scale *= fit
    left = (paper.width() - width * scale) / 2
    top = (paper.height() - height * scale) / 2
    options = QPdfDocumentRenderOptions()
    options.setScaledSize(QSize(width, height))
    grey = printer.colorMode() == QPrinter.ColorMode.GrayScale
    for y in range(0, height, BAND_PX):
        rows = min(BAND_PX, height - y)
        options.setScaledClipRect(QRect(0, y, width, rows))
        band = doc.render(page, QSize(width, rows), options)
        # pdfium leaves the paper transparent; printer drivers are slow with alpha, so flatten on white.
        flat = QImage(width, rows, QImage.Format.Format_Grayscale8 if grey else QImage.Format.Format_RGB32)
        flat.fill(Qt.GlobalColor.white)
        p = QPainter(flat)
        p.drawImage(QPointF(0, 0), band)
        p.end()
        painter.drawImage(QRectF(left, top + y * scale, width * scale, rows * scale), flat)


class PdfPrinter(QObject):
    """The print dialog for one PDF, then the pages sent as a job (cancellable between pages)."""

    def __init__(self, parent: QWidget, path: Path, title: str):
        super().__init__(parent)
        self.parent_widget = parent
        self.path = path
        self.title = title

    def start(self, on_done: Callable[[int], None] | None = None) -> Job | None:
        """Ask the system's print dialog; None when the officer cancels it or the PDF cannot be read."""
        doc = QPdfDocument(self)
        doc.load(str(self.path))
        count = doc.pageCount()
        first = doc.pagePointSize(0) if count else QSizeF(595, 842)
        doc.close()
        if count < 1:
            QMessageBox.warning(self.parent_widget, self.tr("Not printed"),
                                self.tr("The PDF to print could not be read: {0}").format(self.path.name))
            return None
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.title)
        printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))  # NĐ 30 documents are A4
        printer.setPageOrientation(_orientation(first))
        printer.setFullPage(True)  # the PDF carries the decree's margins; the printer adds none
        dialog = QPrintDialog(printer, self.parent_widget)
        dialog.setWindowTitle(self.tr("Print — {0}").format(self.title))
        dialog.setMinMax(1, count)
        dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintPageRange, True)
        dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintCurrentPage, False)
        dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintSelection, False)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        dialog.deleteLater()
        if not accepted:
            return None
        pages = self._pages(printer, count)
        if printer.copyCount() > 1 and not printer.supportsMultipleCopies():
            pages = pages * printer.copyCount()  # the driver cannot: send the pages that many times
        self.printer = printer  # kept alive until the job has painted on it

        def done(sent: int) -> None:
            window = main_window(self.parent_widget)
            if window is not None:
                where = printer.outputFileName() or printer.printerName()
                window.statusBar().showMessage(self.tr("Sent {0} page(s) to {1}.").format(sent, where), 10000)
            self.deleteLater()
            if on_done is not None:
                on_done(sent)

        def failed(message: str) -> None:
            QMessageBox.warning(self.parent_widget, self.tr("Not printed"), message)
            self.deleteLater()

        return run_job(self.parent_widget, self.tr("Print"), lambda progress: self.send(printer, pages, progress),
                       done, on_failed=failed, on_cancelled=self.deleteLater,
                       text=self.tr("Sending the pages to the printer…"))

    def send(self, printer: QPrinter, pages: list[int], progress: Progress) -> int:
        """Paint `pages` (0-based) on the printer, each in its own orientation; returns how many were sent.

        Runs on the job's worker: QPainter on a QPrinter is allowed off the window's thread, and the
        document is opened here rather than shared with the preview."""
        doc = QPdfDocument()
        if doc.load(str(self.path)) != QPdfDocument.Error.None_:
            raise DtideskError(self.tr("The PDF to print could not be read: {0}").format(self.path.name))
        dpi = min(printer.resolution(), MAX_DPI)
        painter = QPainter()
        try:
            for n, page in enumerate(pages):
                progress(n, len(pages), self.tr("Sending page {0} ({1} of {2}) to the printer…")
                         .format(page + 1, n + 1, len(pages)))
                # Before begin()/newPage(): a report's portrait text and landscape appendices print as laid out.
                printer.setPageOrientation(_orientation(doc.pagePointSize(page)))
                if n == 0:
                    if not painter.begin(printer):
                        raise DtideskError(self.tr("The printer could not be opened. Check it and print again."))
                elif not printer.newPage():
                    raise DtideskError(self.tr("The printer took no more pages. Check it and print again."))
                _draw_page(painter, printer, doc, page, dpi)
        except Cancelled:
            printer.abort()
            raise
        finally:
            if painter.isActive():
                painter.end()
            doc.close()
        return len(pages)

    @staticmethod
    def _pages(printer: QPrinter, count: int) -> list[int]:
        if printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
            first, last = printer.fromPage(), min(printer.toPage() or count, count)
            return list(range(first - 1, last))
        return list(range(count))


def print_pdf(parent: QWidget, path: Path, title: str, on_done: Callable[[int], None] | None = None) -> Job | None:
    """The system's print dialog for `path`, then its pages to the chosen printer (a job)."""
    return PdfPrinter(parent, path, title).start(on_done)
