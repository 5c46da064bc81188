"""Text that does not fit: cut between words with “…” (never inside a word), and a combo box that does so.

Officers' screens are often 1366×768, and the names they work with are long (“Các phòng, đơn vị thuộc Sở”,
“Thống kê số liệu về kết quả … tại các cơ quan chuyên môn …”). Qt's own elision cuts inside a word
(“Các phòng, đ…”) and a combo box does not elide at all; both read as a different word. What is cut here
always has its full text in a tooltip.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFontMetrics, QPaintEvent
from PySide6.QtWidgets import (
    QComboBox,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionComboBox,
    QStyleOptionViewItem,
    QStylePainter,
    QWidget,
)

ELLIPSIS = "…"
_TRAILING = " ,;:–—-"


def elide_words(text: str, width: int, fm: QFontMetrics) -> str:
    """`text` if it fits in `width` pixels, else as many whole words as fit followed by “…”. A first word
    wider than the room on its own is cut where it must be (there is nothing better to show)."""
    if fm.horizontalAdvance(text) <= width:
        return text
    words = text.split(" ")
    lo, hi = 0, len(words) - 1  # words kept; the whole text was tried above
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if fm.horizontalAdvance(" ".join(words[:mid]).rstrip(_TRAILING) + ELLIPSIS) <= width:
            lo = mid
        else:
            hi = mid - 1
    kept = " ".join(words[:lo]).rstrip(_TRAILING)
    if not kept:
        return fm.elidedText(text, Qt.TextElideMode.ElideRight, width)
    return kept + ELLIPSIS


def fit_names(names: list[str], width: int, fm: QFontMetrics) -> str:
    """A list of names in `width`: whole names first, then “+N” for those left out (“VP, TTr +2”), so a
    name is never shown in part unless even the first one alone does not fit."""
    full = ", ".join(names)
    if fm.horizontalAdvance(full) <= width or not names:
        return full
    for keep in range(len(names) - 1, 0, -1):
        text = f"{', '.join(names[:keep])} +{len(names) - keep}"
        if fm.horizontalAdvance(text) <= width:
            return text
    rest = f" +{len(names) - 1}" if len(names) > 1 else ""
    return elide_words(names[0], width - fm.horizontalAdvance(rest), fm) + rest


class ElidingComboBox(QComboBox):
    """Shows the chosen item cut between words with “…” when the box is narrower than its text, and the
    whole text as the box's tooltip. The list that drops down is at least `popup_width` wide."""

    def __init__(self, parent: QWidget | None = None, *, min_chars: int = 20, popup_width: int = 0):
        super().__init__(parent)
        # Sized by a few characters, not by its longest item: a 150-character form title must not push
        # the year and unit pickers off a 1366-pixel screen.
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(min_chars)
        self.popup_width = popup_width

    def full_text(self) -> str:
        """What the tooltip shows: the chosen item's own tooltip, else its whole text."""
        tip = self.itemData(self.currentIndex(), Qt.ItemDataRole.ToolTipRole) if self.currentIndex() >= 0 else None
        return str(tip or self.currentText())

    def event(self, e: QEvent) -> bool:
        # Asked when shown, not kept up to date: callers refill the box with its signals blocked.
        if e.type() == QEvent.Type.ToolTip:
            self.setToolTip(self.full_text())
        return super().event(e)

    def showPopup(self) -> None:  # noqa: N802 (Qt API)
        if self.popup_width:
            self.view().setMinimumWidth(max(self.popup_width, self.width()))
        self.view().setTextElideMode(Qt.TextElideMode.ElideRight)
        super().showPopup()

    def shown_text(self) -> str:
        """The text the box paints now (elided to its width)."""
        opt = QStyleOptionComboBox()
        self.initStyleOption(opt)
        rect = self.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, opt,
                                           QStyle.SubControl.SC_ComboBoxEditField, self)
        return elide_words(opt.currentText, rect.width() - 4, self.fontMetrics())

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt API)
        if self.isEditable():
            super().paintEvent(event)
            return
        painter = QStylePainter(self)
        opt = QStyleOptionComboBox()
        self.initStyleOption(opt)
        painter.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, opt)
        opt.currentText = self.shown_text()
        painter.drawControl(QStyle.ControlElement.CE_ComboBoxLabel, opt)


class WordElideDelegate(QStyledItemDelegate):
    """A table column whose text is cut between words with “…” (its model gives the whole text as tooltip)."""

    def initStyleOption(self, option: QStyleOptionViewItem, index) -> None:  # noqa: N802 (Qt API)
        super().initStyleOption(option, index)
        if option.text:
            widget = option.widget
            style = widget.style() if widget is not None else None
            room = option.rect.width() - 8
            if style is not None:
                margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, widget) + 1
                room = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, option, widget).width() - 2 * margin
            option.text = elide_words(option.text, room, option.fontMetrics)
