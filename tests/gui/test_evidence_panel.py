"""The evidence panel of the Criteria tab (issue 16): files dropped or chosen are kept in the agency file, opened,
copied out, replaced and removed with undo; the explanation; the appraiser's findings; refusals in Vietnamese."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QFileDialog

from dtidesk.domain.models import Evidence
from dtidesk.gui import jobs
from dtidesk.gui.criteria_tab import CriteriaTab
from dtidesk.gui.evidence_dialog import EvidenceDialog
from dtidesk.gui.session import Session
from dtidesk.services import evidence as evs
from dtidesk.services import scoring
from dtidesk.services.assess import criterion_state
from dtidesk.store import open_agency_file


@pytest.fixture
def session(demo_path):
    s = Session(open_agency_file(demo_path))
    yield s
    s.close()


@pytest.fixture
def failures(session):
    messages: list[str] = []
    session.failed.connect(messages.append)
    return messages


@pytest.fixture
def tab(qtbot, session):
    t = CriteriaTab()
    qtbot.addWidget(t)
    t.set_session(session)
    t.set_year(2022)
    return t


@pytest.fixture
def answers(monkeypatch):
    """What the details dialog answers: a function of the blank item it is given, one per call."""
    given: list = []

    def ask(parent, ev, code, *, criteria=(), files=()):
        return given.pop(0)(ev) if given else ev

    monkeypatch.setattr(EvidenceDialog, "ask", staticmethod(ask))
    return given


def scan(tmp_path: Path, name: str, body: bytes) -> Path:
    p = tmp_path / name
    p.write_bytes(body)
    return p


def panel_for(tab, code: str):
    tab.select(tab.view.tree.by_code(code).id)
    panel = tab.evidence
    assert panel.node is not None and panel.node.code == code
    return panel


def stored(session, tab, code: str) -> list[Evidence]:
    return scoring.evidence_of(session.af, tab.view.assessment.id, tab.view.tree.by_code(code).id)


def drop(panel, files: list[Path]) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(f)) for f in files])
    enter = QDragEnterEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
    panel.dragEnterEvent(enter)
    assert enter.isAccepted()
    event = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)
    panel.dropEvent(event)
    assert jobs.wait_idle()


def attach_one(panel, tmp_path, name="kh.pdf", body=b"%PDF scan 1", **details) -> Evidence:
    answers_fn = details.pop("answers")
    answers_fn.append(lambda ev: replace(ev, **details))
    panel.attach([scan(tmp_path, name, body)])
    assert jobs.wait_idle()
    return panel.selected()


def test_drop_two_files_stores_two_items_each_its_own_undo_step(tab, session, answers, tmp_path, failures):
    panel = panel_for(tab, "2.4")
    a, b = scan(tmp_path, "ke-hoach.pdf", b"%PDF plan"), scan(tmp_path, "bao-cao.docx", b"docx report")
    answers.append(lambda ev: replace(ev, doc_number="12/KH", doc_date=date(2022, 3, 15), issuer="UBND tỉnh"))
    drop(panel, [a, b])
    items = stored(session, tab, "2.4")
    assert sorted((e.title, e.file_name, e.doc_number, e.issuer, e.size) for e in items) == [
        ("bao-cao", "bao-cao.docx", "12/KH", "UBND tỉnh", 11), ("ke-hoach", "ke-hoach.pdf", "12/KH", "UBND tỉnh", 9)]
    assert panel.list.count() == 2 and failures == []
    assert session.undo_stack.count() == 2
    session.undo_stack.undo()
    assert [e.file_name for e in stored(session, tab, "2.4")] == ["ke-hoach.pdf"]
    assert panel.list.count() == 1
    session.undo_stack.redo()
    assert len(stored(session, tab, "2.4")) == 2


def test_open_writes_a_temporary_copy_and_save_copy_has_the_same_bytes(tab, session, answers, tmp_path,
                                                                      monkeypatch):
    panel = panel_for(tab, "2.4")
    body = bytes(range(256)) * 4000
    ev = attach_one(panel, tmp_path, "quyet-dinh.pdf", body, answers=answers, title="Quyết định 40")
    assert ev is not None and ev.title == "Quyết định 40"
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    assert panel.open_button.isEnabled()
    panel.open_selected()
    assert jobs.wait_idle()
    temp = Path(opened[0].toLocalFile())
    assert temp.name == "quyet-dinh.pdf" and temp.read_bytes() == body
    assert temp.parent != tmp_path

    dest = tmp_path / "out" / "ban-sao.pdf"
    dest.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(dest), ""))
    panel.save_copy_selected()
    assert jobs.wait_idle()
    assert dest.read_bytes() == body


def test_replace_file_and_undo(tab, session, answers, tmp_path, monkeypatch, failures):
    panel = panel_for(tab, "2.4")
    ev = attach_one(panel, tmp_path, "cu.pdf", b"old scan", answers=answers)
    new = scan(tmp_path, "moi.pdf", b"new, better scan")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(new), ""))
    panel.replace_selected()
    assert jobs.wait_idle() and failures == []
    after = evs.get(session.af, ev.id)
    assert (after.file_name, after.size, after.title) == ("moi.pdf", 16, ev.title)
    assert "moi.pdf" in panel.list.item(0).toolTip()
    session.undo_stack.undo()
    back = evs.get(session.af, ev.id)
    assert (back.file_name, back.blob) == ("cu.pdf", ev.blob)
    session.undo_stack.redo()
    assert evs.get(session.af, ev.id).file_name == "moi.pdf"


def test_remove_and_undo_brings_the_file_back(tab, session, answers, tmp_path, monkeypatch):
    panel = panel_for(tab, "2.4")
    ev = attach_one(panel, tmp_path, "bien-ban.pdf", b"minutes " * 1000, answers=answers)
    panel.delete_selected()
    assert stored(session, tab, "2.4") == [] and panel.list.count() == 0
    session.undo_stack.undo()
    assert [e.id for e in stored(session, tab, "2.4")] == [ev.id]
    dest = tmp_path / "lai.pdf"
    assert evs.save_copy(session.af, ev.id, dest).read_bytes() == b"minutes " * 1000


def test_edit_item_with_other_criteria_and_undo(tab, session, answers, tmp_path):
    panel = panel_for(tab, "2.4")
    ev = attach_one(panel, tmp_path, answers=answers)
    other = tab.view.tree.by_code("2.1").id
    answers.append(lambda e: replace(e, title="Kế hoạch số hóa", also_criteria=[other]))
    panel.edit_selected()
    assert evs.get(session.af, ev.id).also_criteria == [other]
    assert "2.1" in panel.list.item(0).toolTip()
    # Under 2.1 it shows as an item of 2.4; Remove there only unlinks it.
    panel = panel_for(tab, "2.1")
    assert [e.id for e in panel.items] == [ev.id] and "2.4" in panel.list.item(0).toolTip()
    panel.list.item(0).setSelected(True)
    panel.delete_selected()
    assert evs.get(session.af, ev.id).also_criteria == []
    session.undo_stack.undo()
    session.undo_stack.undo()
    assert evs.get(session.af, ev.id).title == ev.title and evs.get(session.af, ev.id).also_criteria == []


def test_explanation_saved_on_ctrl_enter_and_undone(tab, session, qtbot):
    # 4.1 made to require evidence (the index editor's use case), and the demo has none for it
    from dtidesk.services.index_edit import update_indicator

    ind = session.af.repo.frameworks.indicator(tab.view.tree.by_code("4.1").id)
    session.notify(update_indicator(session.af, ind.id, code=ind.code, name=ind.name, max_score=ind.max_score,
                                    method_text=ind.scoring_note,
                                    evidence="Quyết định phân công cán bộ chuyên trách CNTT, CĐS"))
    panel = panel_for(tab, "4.1")
    aid, iid = tab.view.assessment.id, tab.view.tree.by_code("4.1").id
    assert panel.explain_box.isVisibleTo(panel)
    assert "4.1" in " ".join(f.criterion for f in panel.current_findings())
    assert "Chưa có tài liệu kiểm chứng" in panel.findings.text()
    assert panel.explain_box.styleSheet()  # shown prominently: required and nothing attached
    panel.explanation.setPlainText("Văn bản đang trình ký, sẽ bổ sung trước 30/11.")
    qtbot.keyClick(panel.explanation, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert criterion_state(session.af, aid, iid).score.explanation == "Văn bản đang trình ký, sẽ bổ sung trước 30/11."
    assert "Chưa có tài liệu kiểm chứng" not in panel.findings.text()  # explained
    assert session.undo_stack.count() == 1
    session.undo_stack.undo()
    state = criterion_state(session.af, aid, iid)
    assert (state.score.explanation if state.score else "") == ""
    assert panel.explanation.toPlainText() == ""


def test_findings_show_a_document_dated_outside_the_period(tab, session, answers, tmp_path):
    panel = panel_for(tab, "2.4")
    attach_one(panel, tmp_path, answers=answers, doc_date=date(2019, 3, 15), doc_number="")
    text = panel.findings.text()
    assert panel.findings.isVisibleTo(panel)
    assert "nằm ngoài kỳ đánh giá" in text and "chưa ghi số" in text
    assert "#a61b1b" in text and "#b45309" in text  # red for the date, amber for the number


def test_missing_file_refused_in_vietnamese_nothing_written(tab, session, answers, tmp_path, failures):
    panel = panel_for(tab, "2.4")
    panel.attach([tmp_path / "khong-co.pdf"])
    assert jobs.wait_idle()
    assert failures and "Không tìm thấy tệp" in failures[0]
    assert stored(session, tab, "2.4") == [] and session.undo_stack.count() == 0


def test_old_item_with_a_path_is_shown_and_its_file_taken_in(tab, session, tmp_path, failures):
    panel = panel_for(tab, "2.4")
    old = scan(tmp_path, "tren-may.pdf", b"a file named by path only")
    aid, iid = tab.view.assessment.id, tab.view.tree.by_code("2.4").id
    eid, _ = scoring.add_evidence(session.af, Evidence(0, aid, iid, "Quyết định cũ", "5/QĐ", date(2022, 5, 5),
                                                       location=str(old)))
    panel.refresh()
    panel.list.item(0).setSelected(True)
    assert str(old) in panel.list.item(0).toolTip()
    assert panel.old_button.isVisibleTo(panel) and panel.open_button.isEnabled()
    panel.keep_old_file()
    assert jobs.wait_idle() and failures == []
    ev = evs.get(session.af, eid)
    assert ev.blob and ev.file_name == "tren-may.pdf"
    session.undo_stack.undo()
    assert evs.get(session.af, eid).blob is None and evs.get(session.af, eid).location == str(old)


def test_dialog_for_one_file_defaults_the_title_and_for_several_shares_the_details(qtbot, tmp_path):
    blank = Evidence(id=0, assessment_id=1, indicator_id=1, title="")
    one = EvidenceDialog(blank, "2.4", files=[scan(tmp_path, "Kế hoạch 12.pdf", b"x")])
    qtbot.addWidget(one)
    assert one.title_edit.text() == "Kế hoạch 12"
    one.date_edit.setText("31/2/2022")
    one.accept()
    assert "Ngày văn bản" in one.error_label.text()  # refused in Vietnamese, naming the field
    several = EvidenceDialog(blank, "2.4", files=[scan(tmp_path, "a.pdf", b"a"), scan(tmp_path, "b.pdf", b"b")])
    qtbot.addWidget(several)
    assert not several.title_edit.isEnabled()
    several.number_edit.setText("3/BC")
    several.accept()
    assert (several.evidence.title, several.evidence.doc_number) == ("", "3/BC")


def test_explanation_typed_then_another_criterion_chosen_is_saved_for_the_first(tab, session):
    panel = panel_for(tab, "4.1")
    aid, iid = tab.view.assessment.id, tab.view.tree.by_code("4.1").id
    panel.explanation.setPlainText("Đang bổ sung.")
    panel_for(tab, "2.4")
    assert criterion_state(session.af, aid, iid).score.explanation == "Đang bổ sung."
    assert panel.explanation.toPlainText() == "" and session.undo_stack.count() == 1
