"""Công cụ → Bộ chỉ số…: the editor opens on the file's index versions; a maximum edited in the tree is one
undoable step; a copy for next year carries the criteria and their history; refusals are shown, not saved."""

from __future__ import annotations

import hashlib
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog

from dtidesk.gui import index_editor_dialog as dialog_module
from dtidesk.gui.index_editor_dialog import IndexEditorDialog
from dtidesk.gui.main_window import MainWindow
from dtidesk.services import index_edit as uc
from dtidesk.services.framework_map import criterion_history
from dtidesk.services.index_import import import_index, read_index
from dtidesk.services.plan_setup import create_assessment
from dtidesk.services.scoring import set_score
from dtidesk.store import create_agency_file

FIXTURE = Path(__file__).parent.parent / "fixtures" / "index" / "tayninh_2747_table.docx"
MAX = 2


@pytest.fixture
def index_path(tmp_path) -> Path:
    path = tmp_path / "tn.dtidesk"
    af = create_agency_file(path)
    import_index(af, read_index(FIXTURE), year=2024)
    af.close()
    return path


@pytest.fixture
def window(qtbot, index_path):
    w = MainWindow()
    w.setProperty("noModal", True)
    qtbot.addWidget(w)
    w.open_path(index_path)
    yield w
    w.set_session(None)


@pytest.fixture
def editor(window) -> IndexEditorDialog:
    window.index_editor_action.trigger()
    dlg = window.last_dialog
    assert isinstance(dlg, IndexEditorDialog)
    return dlg


def item(dlg: IndexEditorDialog, code: str):
    found = [it for it in _items(dlg.tree.invisibleRootItem()) if it.text(0) == code]
    assert found, code
    return found[0]


def _items(parent):
    for i in range(parent.childCount()):
        yield parent.child(i)
        yield from _items(parent.child(i))


def stored(dlg: IndexEditorDialog, code: str):
    return {i.code: i for i in uc.indicators_of(dlg.session.af, dlg.framework_id())}[code]


def test_the_tools_menu_opens_the_editor_on_the_imported_index(window, editor):
    tools = [a for a in window.menuBar().actions() if a.menu() and a.menu().objectName() == "menuTools"][0].menu()
    assert window.index_editor_action in tools.actions()
    assert window.index_editor_action.text() == "&Bộ chỉ số…"
    assert editor.windowTitle() == "Bộ chỉ số"
    assert editor.versions.topLevelItemCount() == 1
    v = editor.versions.topLevelItem(0)
    assert (v.text(0), v.text(1)) == ("DTI-TN", "2024")
    assert editor.name_edit.text().startswith("Bộ tiêu chí và phương pháp đánh giá")
    comp = editor.tree.topLevelItem(0)
    assert (comp.text(0), comp.text(2), comp.childCount()) == ("I", "10", 5)  # the sum of its criteria
    editor.tree.setCurrentItem(item(editor, "1"))
    assert editor.method_edit.toPlainText().startswith("Điểm = Tỷ lệ% x Điểm tối đa")
    assert editor.understood_label.text().startswith("Chương trình tính: Tỷ lệ (%)")


def test_edit_a_maximum_then_undo_and_redo(editor):
    stack = editor.session.undo_stack
    item(editor, "1").setText(2, "1,5")
    assert stored(editor, "1").max_score == Decimal("1.5")
    assert item(editor, "1").text(2) == "1,5" and item(editor, "I").text(2) == "9,5"
    assert stack.count() == 1 and stack.undoText() == "sửa 1"
    editor.undo_button.click()
    assert stored(editor, "1").max_score == Decimal(MAX)
    assert item(editor, "1").text(2) == "2" and item(editor, "I").text(2) == "10"
    editor.redo_button.click()
    assert stored(editor, "1").max_score == Decimal("1.5")


def test_a_refused_edit_is_shown_and_changes_nothing(editor, dialogs):
    af = editor.session.af
    a, _ = create_assessment(af, "DTI-TN", 2024)
    set_score(af, a.id, stored(editor, "1").id, "self_score", "1,8")
    af.ensure_backup()
    before = hashlib.sha256(af.path.read_bytes()).hexdigest()
    item(editor, "1").setText(2, "1")
    assert "năm 2024: tự chấm 1,8" in editor.error()
    assert item(editor, "1").text(2) == "2"  # the stored value again
    item(editor, "I").setText(2, "18")
    assert "không có điểm tối đa riêng" in editor.error()
    assert hashlib.sha256(af.path.read_bytes()).hexdigest() == before
    assert editor.session.undo_stack.count() == 0


def test_method_words_are_read_as_typed_and_applied(editor):
    editor.tree.setCurrentItem(item(editor, "2"))
    editor.method_edit.setPlainText("Mỗi văn bản: 1 điểm; tổng không quá Điểm tối đa")
    assert "Mỗi văn bản: 1 điểm" in editor.understood_label.text()
    editor.evidence_edit.setPlainText("Các văn bản ban hành")
    assert editor.apply_button.isEnabled()
    editor.apply_button.click()
    ind = stored(editor, "2")
    assert (ind.method.kind, ind.evidence_hint) == ("count", "Các văn bản ban hành")
    editor.undo_button.click()
    assert stored(editor, "2").method.kind == "absolute"


def test_copy_for_next_year_and_undo(editor):
    af = editor.session.af
    old_first = stored(editor, "1")
    editor.copy_button.click()
    assert editor.versions.topLevelItemCount() == 2
    assert editor.versions.currentItem().text(1) == "2025"
    new_id = editor.framework_id()
    copy = stored(editor, "1")
    assert copy.id != old_first.id and copy.max_score == old_first.max_score
    a, _ = create_assessment(af, "DTI-TN", 2024)
    set_score(af, a.id, old_first.id, "appraised_score", "1,5")
    assert [(h.year, h.relation) for h in criterion_history(af, copy.id)] == [(2024, "same")]
    editor.undo_button.click()
    assert editor.versions.topLevelItemCount() == 1
    editor.redo_button.click()  # back under the same ids, links included
    assert uc.get_version(af, new_id).version_year == 2025
    assert [h.year for h in criterion_history(af, copy.id)] == [2024]


def test_add_a_criterion_and_check_sums(editor, monkeypatch, dialogs):
    def fill(form: QDialog) -> int:
        form.name.setText("Cổng thông tin điện tử")
        form.max_score.setText("3")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(dialog_module.NewIndicatorDialog, "exec", fill)
    editor.tree.setCurrentItem(item(editor, "5"))
    editor.add_criterion_button.click()
    new = stored(editor, "6")  # the code proposed after 5
    assert (new.name, new.max_score) == ("Cổng thông tin điện tử", Decimal(3))
    assert editor.tree.currentItem().text(0) == "6" and item(editor, "I").text(2) == "13"
    editor.check_button.click()
    kind, title, text = dialogs[-1]
    assert title == "Kiểm tra tổng điểm"
    # the decision states 18 points for I; the excerpt's criteria, with the new one, add up to 13
    assert text.startswith("Cần xem lại:\n• I “CÁC TIÊU CHÍ VỀ CƠ SỞ HẠ TẦNG THÔNG TIN”: văn bản ghi tối đa 18 điểm "
                           "nhưng các tiêu chí cộng lại 13 điểm.")
    assert "6 tiêu chí, cộng lại 13 điểm" in text
    editor.delete_button.click()
    assert "6" not in {i.code for i in uc.indicators_of(editor.session.af, editor.framework_id())}
    editor.undo_button.click()
    assert stored(editor, "6").id == new.id
