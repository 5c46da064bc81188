"""When a write cannot be saved the window says what is true: no backup (go on or stop), or a program error
that left this one action unsaved."""

from __future__ import annotations

import hashlib

import pytest

from dtidesk.gui import session as session_mod
from dtidesk.gui.session import OpCommand, Session
from dtidesk.services import tasks as uc
from dtidesk.store import open_agency_file


def _sha(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def session(demo_path):
    s = Session(open_agency_file(demo_path))
    yield s
    s.close()


def _edit(session, text="Sửa nội dung"):
    tid = uc.task_rows(session.af, 1)[0].task.id
    return OpCommand(session, "sửa nhiệm vụ", lambda: uc.update_task(session.af, tid, content=text),
                     lambda: uc.update_task(session.af, tid, content="cũ"))


@pytest.fixture
def broken_backups(monkeypatch, tmp_path):
    blocker = tmp_path / "la-tep"
    blocker.write_text("x")
    monkeypatch.setenv("DTIDESK_BACKUP_DIR", str(blocker / "sao-luu"))


def test_no_backup_and_the_officer_stops(session, demo_path, broken_backups, monkeypatch):
    asked = []
    monkeypatch.setattr(session_mod, "ask_without_backup", lambda parent, msg: asked.append(msg) or False)
    before = _sha(demo_path)
    assert session.execute(_edit(session)) is False
    assert asked and "sao-luu" in asked[0] and "còn trống" in asked[0]
    assert _sha(demo_path) == before and session.undo_stack.count() == 0


def test_no_backup_and_the_officer_goes_on(session, demo_path, broken_backups, monkeypatch):
    monkeypatch.setattr(session_mod, "ask_without_backup", lambda parent, msg: True)
    assert session.execute(_edit(session, "Đã sửa")) is True
    assert uc.task_rows(session.af, 1)[0].task.content == "Đã sửa"
    assert session.execute(_edit(session, "Sửa lần hai")) is True  # asked once per opening, not every write


def test_a_program_error_says_which_change_was_not_saved(session, demo_path, monkeypatch, tmp_path):
    monkeypatch.setenv("DTIDESK_LOG", str(tmp_path / "nhat-ky.log"))
    session.af.ensure_backup()
    before = _sha(demo_path)
    messages = []
    session.failed.connect(messages.append)

    def bug():
        with session.af.transaction() as db:
            db.execute("UPDATE tasks SET content = 'nửa chừng'")
            raise KeyError("lỗi thử")

    assert session.execute(OpCommand(session, "đổi tên nhiệm vụ", bug, lambda: None)) is False
    assert _sha(demo_path) == before and session.undo_stack.count() == 0
    assert messages and "“đổi tên nhiệm vụ”" in messages[0] and str(tmp_path / "nhat-ky.log") in messages[0]
    assert "KeyError" in (tmp_path / "nhat-ky.log").read_text(encoding="utf-8")
