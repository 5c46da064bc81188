"""Undoable actions of the index editor: each is an OpCommand whose redo/undo call the index_edit use cases.

A creation's undo deletes and keeps the snapshot, so its redo puts the same ids back (later commands on the
stack name them); a deletion's undo restores its snapshot."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from ..services import index_edit as uc
from ..services.changes import Changes
from .session import OpCommand, Session

translate = QCoreApplication.translate


def _created(session: Session, text: str, create: Callable[[], tuple[int, Changes]],
             delete: Callable[[int], tuple[object, Changes]], restore: Callable[[object], Changes],
             state: dict) -> bool:
    """Run a creation; state["id"] holds the new id once it exists."""
    kept: list[object] = []

    def do() -> Changes:
        if kept:
            return restore(kept.pop())
        state["id"], changes = create()
        return changes

    def undo() -> Changes:
        snapshot, changes = delete(state["id"])
        kept[:] = [snapshot]
        return changes

    return session.execute(OpCommand(session, text, do=do, undo=undo))


def create_version(session: Session, state: dict, code: str, year: object, name: str, kind: str, level: str,
                   decision: str, province: str) -> bool:
    af = session.af
    return _created(session, translate("IndexEditorDialog", "new index version {0}").format(code),
                    lambda: uc.create_version(af, code, year, name, kind, level, decision, province),
                    lambda fid: uc.delete_version(af, fid), lambda snap: uc.restore_version(af, snap), state)


def copy_version(session: Session, state: dict, framework_id: int, year: int) -> bool:
    af = session.af
    code = uc.get_version(af, framework_id).code
    return _created(session, translate("IndexEditorDialog", "copy index {0} to {1}").format(code, year),
                    lambda: uc.copy_version(af, framework_id, year),
                    lambda fid: uc.delete_version(af, fid), lambda snap: uc.restore_version(af, snap), state)


def delete_version(session: Session, framework_id: int) -> bool:
    af = session.af
    fw = uc.get_version(af, framework_id)
    kept: list[uc.VersionSnapshot] = []

    def do() -> Changes:
        snapshot, changes = uc.delete_version(af, framework_id)
        kept[:] = [snapshot]
        return changes

    text = translate("IndexEditorDialog", "delete index version {0}/{1}").format(fw.code, fw.version_year)
    return session.execute(OpCommand(session, text, do=do, undo=lambda: uc.restore_version(af, kept[0])))


def update_version(session: Session, framework_id: int, **fields) -> bool:
    af = session.af
    fw = uc.get_version(af, framework_id)
    old = {k: getattr(fw, k) for k in fields}

    def do() -> Changes:
        changes = uc.update_version(af, framework_id, **fields)
        if not changes.tables:
            command.setObsolete(True)
        return changes

    command = OpCommand(session, translate("IndexEditorDialog", "edit index version {0}").format(fw.code),
                        do=do, undo=lambda: uc.update_version(af, framework_id, **old))
    return session.execute(command)


def add_indicator(session: Session, state: dict, framework_id: int, parent_id: int | None, code: str, name: str,
                  max_score: object, *, kind: str, after_id: int | None = None) -> bool:
    af = session.af
    return _created(session, translate("IndexEditorDialog", "add {0}").format(code),
                    lambda: uc.add_indicator(af, framework_id, parent_id, code, name, max_score, kind=kind,
                                             after_id=after_id),
                    lambda iid: uc.delete_indicator(af, iid), lambda snap: uc.restore_indicator(af, snap), state)


def update_indicator(session: Session, indicator_id: int, **fields) -> bool:
    """Any of code, name, max_score, method_text, evidence; the others stay. Undo and redo put the
    indicator back exactly as it was before and after, its stored method included."""
    af = session.af
    before = uc.get_indicator(af, indicator_id)
    values = {"code": before.code, "name": before.name, "max_score": before.max_score,
              "method_text": before.scoring_note, "evidence": before.evidence_hint, **fields}
    after: list = []

    def do() -> Changes:
        if after:
            return uc.revert_indicator(af, after[0])
        changes = uc.update_indicator(af, indicator_id, **values)
        if not changes.tables:  # typed as it was: no step to undo (Session.execute skips it)
            command.setObsolete(True)
        after[:] = [uc.get_indicator(af, indicator_id)]
        return changes

    command = OpCommand(session, translate("IndexEditorDialog", "edit {0}").format(before.code), do=do,
                        undo=lambda: uc.revert_indicator(af, before))
    return session.execute(command)


def delete_indicator(session: Session, indicator_id: int) -> bool:
    af = session.af
    ind = uc.get_indicator(af, indicator_id)
    kept: list[uc.IndicatorSnapshot] = []

    def do() -> Changes:
        snapshot, changes = uc.delete_indicator(af, indicator_id)
        kept[:] = [snapshot]
        return changes

    text = translate("IndexEditorDialog", "delete {0}").format(ind.code)
    return session.execute(OpCommand(session, text, do=do, undo=lambda: uc.restore_indicator(af, kept[0])))
