"""Menu actions over the whole file (issue 18): Công cụ → Lịch sử thay đổi… and Sửa → Tìm trong cả tệp….

Kept apart from their windows, which are imported when first opened: the window's start does not pay for them.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

translate = QCoreApplication.translate  # called with literals so that pyside6-lupdate finds them


def _follow_open_file(action: QAction, window) -> None:
    """Enabled exactly while a file is open, read-only files included (as Tìm… and Lịch sử thao tác are)."""
    follow = window.ui.actionFind
    action.setEnabled(follow.isEnabled())
    follow.enabledChanged.connect(action.setEnabled)


def install_history_action(window) -> QAction:
    """Công cụ → Lịch sử thay đổi…: who changed what in the file, beside the window."""
    tools = window.findChild(QMenu, "menuTools")
    action = QAction(translate("HistoryDialog", "Change &history…"), window)
    action.setStatusTip(translate("HistoryDialog", "Who changed what in this file, on which computer, and when"))
    tools.insertAction(getattr(window, "options_action", None), action)
    _follow_open_file(action, window)

    def run() -> None:
        if window.session is not None:
            from .history_view import show_history

            window.last_history = show_history(window, window.session)

    action.triggered.connect(run)
    window.change_history_action = action
    return action


def install_search_action(window) -> QAction:
    """Sửa → Tìm trong cả tệp… (Ctrl+Shift+F), after Tìm… (Ctrl+F, the tab's own filter)."""
    action = QAction(translate("SearchDialog", "Find in the &whole file…"), window)
    action.setShortcut(QKeySequence("Ctrl+Shift+F"))
    action.setStatusTip(translate("SearchDialog", "Tasks, targets, directives and evidence of every plan and year"))
    menu = window.ui.menuEdit
    actions = menu.actions()
    find = window.ui.actionFind
    after = actions[actions.index(find) + 1] if find in actions and actions.index(find) + 1 < len(actions) else None
    menu.insertAction(after, action)
    _follow_open_file(action, window)

    def run() -> None:
        if window.session is None:
            return
        from .search_dialog import SearchDialog, go_to

        dialog = getattr(window, "search_dialog", None)
        if dialog is None or dialog.session is not window.session:
            dialog = SearchDialog(window.session, window)
            dialog.chosen.connect(lambda hit: go_to(window, hit))
            window.search_dialog = dialog
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()
        dialog.search.setFocus()
        dialog.search.selectAll()

    action.triggered.connect(run)
    window.find_all_action = action
    return action
