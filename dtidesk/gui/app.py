"""`dtidesk`: the desktop program. `dtidesk FILE`, `dtidesk --demo`, `dtidesk --screenshot DIR FILE`."""

from __future__ import annotations

import argparse
import logging
import os
import sys
import tempfile
import traceback
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from .. import __version__
from ..buglog import log_path
from ..resources import resource_path

log = logging.getLogger("dtidesk")


def _log_path() -> Path:
    path = log_path()  # the one error log, shared with dtidesk-cli
    path.parent.mkdir(parents=True, exist_ok=True)
    return path


def _excepthook(exc_type, exc, tb) -> None:
    """A bug, not a user mistake: log it whole, tell the user plainly, keep the program running."""
    text = "".join(traceback.format_exception(exc_type, exc, tb))
    try:
        with _log_path().open("a", encoding="utf-8") as fh:
            fh.write(text + "\n")
    except OSError:
        pass
    if sys.__stderr__ is not None:  # None in the windowed Windows build (no console)
        sys.__stderr__.write(text)
    if QApplication.instance() is not None and os.environ.get("QT_QPA_PLATFORM") != "offscreen":
        QMessageBox.critical(
            None, QCoreApplication.translate("App", "Unexpected error"),
            QCoreApplication.translate(
                "App", "DTI Desk met an unexpected error. What you were doing at that moment may not have been "
                "saved; the changes made before it are in the file.\n\nDetails were written to:\n{0}")
            .format(_log_path()))


def demo_copy_path() -> Path:
    folder = Path(tempfile.gettempdir()) / "dtidesk-demo"
    folder.mkdir(parents=True, exist_ok=True)
    return folder / f"demo-{os.getpid()}.dtidesk"


def parse_args(argv: list[str]) -> argparse.Namespace:
    p = argparse.ArgumentParser(prog="dtidesk", description="DTI Desk")
    p.add_argument("file", nargs="?", help="tệp .dtidesk cần mở")
    p.add_argument("--demo", action="store_true", help="mở một bản sao mới của tệp mẫu")
    p.add_argument("--screenshot", metavar="DIR", help="chụp mỗi thẻ thành PNG vào DIR rồi thoát")
    p.add_argument("--lang", choices=["vi", "en"], help="ngôn ngữ giao diện")
    p.add_argument("--selftest", action="store_true",
                   help="tự kiểm tra bản cài đặt (tạo tệp tạm, xuất PDF, Word, Excel, dựng giao diện) rồi thoát")
    p.add_argument("--startup-time", action="store_true",
                   help="in số giây từ lúc chạy đến khi cửa sổ hiện ra rồi thoát")
    p.add_argument("--version", action="version", version=f"DTI Desk {__version__}")
    return p.parse_args(argv)


class _FirstPaint(QObject):
    """--startup-time: at the window's first paint print the seconds since the process started, then quit."""

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Paint:
            obj.removeEventFilter(self)
            from ..services.selftest import safe_print, seconds_since_process_start

            s = seconds_since_process_start()
            safe_print(f"Khởi động đến khi hiện cửa sổ: {s:.3f}".replace(".", ",") + f" giây (startup_seconds={s:.3f})")
            QTimer.singleShot(0, QApplication.quit)
        return False


def _selftest(lang: str) -> int:
    """The core steps (the same as `dtidesk-cli selftest`), then Qt: translations, the main window, QtPdf."""
    from ..services.selftest import run_selftest

    def gui_step(files: dict[str, Path]) -> str:
        from PySide6.QtPdf import QPdfDocument

        make_app([sys.argv[0]], lang)
        from .main_window import MainWindow

        window = MainWindow()  # built, never shown
        tab = window.ui.tabs.tabText(0)
        window.deleteLater()
        if lang == "vi" and tab == "Tasks":
            raise RuntimeError("chưa nạp được bản dịch tiếng Việt (i18n/dtidesk_vi.qm)")
        pdf = QPdfDocument()
        if pdf.load(str(files["pdf"])) != QPdfDocument.Error.None_ or pdf.pageCount() < 1:
            raise RuntimeError(f"QtPdf không đọc được “{files['pdf'].name}”")
        return f"Dựng được cửa sổ chính (thẻ “{tab}”), QtPdf đọc được tệp PDF ({pdf.pageCount()} trang)"

    return run_selftest(extra_steps=[("giao diện", gui_step)])


def make_app(argv: list[str], lang: str | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv)
    QCoreApplication.setOrganizationName("DTIDesk")
    QCoreApplication.setApplicationName("DTI Desk")
    QCoreApplication.setApplicationVersion(__version__)
    icon = resource_path("icons/dtidesk.png")
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    from . import i18n

    i18n.install(app, lang)
    return app


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    args = parse_args(argv)
    if args.screenshot:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if args.selftest:
        return _selftest(args.lang or "vi")
    app = make_app([sys.argv[0], *argv], args.lang)
    sys.excepthook = _excepthook
    from .main_window import MainWindow

    window = MainWindow()
    if args.screenshot:
        from .screenshots import take_screenshots

        return take_screenshots(window, Path(args.screenshot), Path(args.file) if args.file else None)
    if args.startup_time:
        window.installEventFilter(_FirstPaint(window))
    window.show()
    if args.demo:
        QTimer.singleShot(0, window.open_demo)
    elif args.file:
        QTimer.singleShot(0, lambda: window.open_path(Path(args.file)))
    else:
        QTimer.singleShot(0, window.reopen_last_or_start)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
