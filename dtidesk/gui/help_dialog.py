"""Help → User guide (F1): the illustrated guide shipped in resources/guide, with its topics and a search box."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QEvent, Qt, QUrl
from PySide6.QtGui import QImage, QKeySequence, QShortcut, QTextCursor, QTextDocument
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ..resources import resource_path
from . import i18n

GUIDE_FOLDER = "guide"
_IMAGE = re.compile(r"!\[[^\]]*\]\(([^)\s]+)")


def guide_file(lang: str | None = None) -> Path:
    """The guide in the interface language, or the Vietnamese one (the complete guide) when there is none."""
    folder = resource_path(GUIDE_FOLDER)
    own = folder / f"{lang or i18n.active_language()}.md"
    return own if own.is_file() else folder / "vi.md"


def guide_images(path: Path) -> list[str]:
    """Image file names the guide refers to, in order."""
    return _IMAGE.findall(path.read_text(encoding="utf-8"))


class HelpDialog(QDialog):
    def __init__(self, parent: QWidget | None = None, lang: str | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("User guide — DTI Desk"))
        self.path = guide_file(lang)
        layout = QVBoxLayout(self)

        find_row = QHBoxLayout()
        find_row.addWidget(QLabel(self.tr("Find:")))
        self.find_edit = QLineEdit()
        self.find_edit.setPlaceholderText(self.tr("A word in the guide, e.g. evidence (Enter: next match)"))
        self.find_edit.setClearButtonEnabled(True)
        find_row.addWidget(self.find_edit, 1)
        self.find_status = QLabel()
        find_row.addWidget(self.find_status)
        layout.addLayout(find_row)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        self.topics = QListWidget()
        self.topics.setToolTip(self.tr("Topics of the guide"))
        self.browser = QTextBrowser()
        self.browser.setOpenExternalLinks(False)
        # The guide is always longer than the window; a fixed scroll bar keeps the width images are fitted to.
        self.browser.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        # Images in the guide are plain file names next to it: resolved through the search path.
        self.browser.setSearchPaths([str(self.path.parent)])
        splitter.addWidget(self.topics)
        splitter.addWidget(self.browser)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([230, 900])
        layout.addWidget(splitter, 1)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

        self.browser.setMarkdown(self.path.read_text(encoding="utf-8"))
        self._natural = self.image_sizes()
        self._fitted_to = -1
        self.browser.viewport().installEventFilter(self)
        self._headings = self._collect_headings()
        for _pos, title in self._headings:
            self.topics.addItem(title)
        self.topics.currentRowChanged.connect(self.show_topic)
        self.find_edit.returnPressed.connect(self.find_next)
        self.find_edit.textChanged.connect(self._find_from_top)
        QShortcut(QKeySequence.StandardKey.Find, self, self.find_edit.setFocus)
        QShortcut(QKeySequence.StandardKey.FindNext, self, self.find_next)
        QShortcut(QKeySequence.StandardKey.FindPrevious, self, lambda: self.find_next(backward=True))
        self.resize(1180, 720)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt API)
        if watched is self.browser.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_images()
        return super().eventFilter(watched, event)

    def _fit_images(self) -> None:
        """Shrink screenshots wider than the reading area (never enlarge them), keeping their proportions."""
        doc = self.browser.document()
        avail = max(200, self.browser.viewport().width() - int(2 * doc.documentMargin()) - 8)
        if avail == self._fitted_to:
            return
        self._fitted_to = avail
        cursor = QTextCursor(doc)
        block = doc.begin()
        while block.isValid():
            for it in block:
                frag = it.fragment()
                fmt = frag.charFormat()
                if not fmt.isImageFormat():
                    continue
                image = fmt.toImageFormat()
                natural = self._natural.get(image.name())
                if natural is None:
                    continue
                width = min(natural[0], avail)
                image.setWidth(width)
                image.setHeight(natural[1] * width / natural[0])
                cursor.setPosition(frag.position())
                cursor.setPosition(frag.position() + frag.length(), QTextCursor.MoveMode.KeepAnchor)
                cursor.setCharFormat(image)
            block = block.next()

    def _collect_headings(self) -> list[tuple[int, str]]:
        """(position, text) of every level-2 heading: the guide's topics."""
        found = []
        block = self.browser.document().begin()
        while block.isValid():
            if block.blockFormat().headingLevel() == 2:
                found.append((block.position(), block.text().strip()))
            block = block.next()
        return found

    def text(self) -> str:
        return self.browser.toPlainText()

    def topic_titles(self) -> list[str]:
        return [title for _pos, title in self._headings]

    def show_topic(self, row: int) -> None:
        if not 0 <= row < len(self._headings):
            return
        pos = self._headings[row][0]
        cursor = QTextCursor(self.browser.document())
        cursor.setPosition(pos)
        rect_top = self.browser.document().documentLayout().blockBoundingRect(cursor.block()).top()
        self.browser.setTextCursor(cursor)
        self.browser.verticalScrollBar().setValue(int(rect_top))

    def _find_from_top(self) -> None:
        cursor = self.browser.textCursor()
        cursor.movePosition(QTextCursor.MoveOperation.Start)
        self.browser.setTextCursor(cursor)
        self.find_next()

    def find_next(self, backward: bool = False) -> bool:
        needle = self.find_edit.text().strip()
        if not needle:
            self.find_status.setText("")
            return False
        flags = QTextDocument.FindFlag.FindBackward if backward else QTextDocument.FindFlag(0)
        found = self.browser.find(needle, flags)
        if not found:  # wrap around once
            cursor = self.browser.textCursor()
            cursor.movePosition(QTextCursor.MoveOperation.End if backward else QTextCursor.MoveOperation.Start)
            self.browser.setTextCursor(cursor)
            found = self.browser.find(needle, flags)
        self.find_status.setText("" if found else self.tr("Not found"))
        return found

    def image_sizes(self) -> dict[str, tuple[int, int]]:
        """(width, height) of every image the guide refers to, as the browser loads it; unloadable ones left out."""
        sizes: dict[str, tuple[int, int]] = {}
        for name in guide_images(self.path):
            data = self.browser.loadResource(QTextDocument.ResourceType.ImageResource.value, QUrl(name))
            image = data if isinstance(data, QImage) else QImage.fromData(data) if data else QImage()
            if not image.isNull():
                sizes[name] = (image.width(), image.height())
        return sizes


def show_guide(parent: QWidget) -> HelpDialog:
    """Open the guide beside the window (modeless, so the officer can follow the steps), or raise it."""
    dlg = parent.findChild(HelpDialog)
    if dlg is None:
        dlg = HelpDialog(parent)
        dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dlg.show()
    dlg.raise_()
    dlg.activateWindow()
    return dlg
