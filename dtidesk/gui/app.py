"""`dtidesk`: the desktop program. `dtidesk FILE`, `dtidesk --demo`, `dtidesk --screenshot DIR FILE`."""

from __future__ import annotations

import argparse
import logging
import os
import sys
import tempfile
import traceback
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from .. import __version__

log = logging.getLogger("dtidesk")


def _log_path() -> Path:
    base = Path(QSettings().fileName()).parent if QCoreApplication.instance() else Path(tempfile.gettempdir())
    base.mkdir(parents=True, exist_ok=True)
    return base / "dtidesk.log"


def _excepthook(exc_type, exc, tb) -> None:
    """A bug, not a user mistake: log it whole, tell the user plainly, keep the program running."""
    text = "".join(traceback.format_exception(exc_type, exc, tb))
    try:
        with _log_path().open("a", encoding="utf-8") as fh:
            fh.write(text + "\n")
    except OSError:
        pass
    sys.__stderr__.write(text)
    if QApplication.instance() is not None and os.environ.get("QT_QPA_PLATFORM") != "offscreen":
        QMessageBox.critical(
            None, QCoreApplication.translate("App", "Unexpected error"),
            QCoreApplication.translate(
                "App", "DTI Desk met an unexpected error. Your data is safe: every change is saved as you "
                "make it.\n\nDetails were written to:\n{0}").format(_log_path()))


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
    p.add_argument("--version", action="version", version=f"DTI Desk {__version__}")
    return p.parse_args(argv)


def make_app(argv: list[str], lang: str | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv)
    QCoreApplication.setOrganizationName("DTIDesk")
    QCoreApplication.setApplicationName("DTI Desk")
    QCoreApplication.setApplicationVersion(__version__)
    from . import i18n

    i18n.install(app, lang)
    return app


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    args = parse_args(argv)
    if args.screenshot:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = make_app([sys.argv[0], *argv], args.lang)
    sys.excepthook = _excepthook
    from .main_window import MainWindow

    window = MainWindow()
    if args.screenshot:
        from .screenshots import take_screenshots

        return take_screenshots(window, Path(args.screenshot), Path(args.file) if args.file else None)
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
