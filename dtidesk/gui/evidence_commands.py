"""Undoable evidence actions of the Criteria tab (issue 16): attach, replace, edit, remove, the explanation.
Each is one OpCommand whose redo/undo call dtidesk.services.evidence; storing or copying out a file (a 300 MB
scan) runs as a job with progress, off the window's thread."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from ..domain.models import Evidence
from ..domain.progress import Progress
from ..errors import Cancelled, DtideskError
from ..services import evidence as evs
from ..services.changes import Changes
from .jobs import Job, run_job, run_op
from .session import OpCommand, Session, not_saved_message


def fmt_size(size: int | None) -> str:
    """1536 → "1,5 KB" in the interface's number format; None → ""."""
    from .locale_format import fmt_number

    if size is None:
        return ""
    value, unit = float(size), "B"
    for unit in ("B", "KB", "MB", "GB"):
        if value < 1024 or unit == "GB":
            break
        value /= 1024
    return f"{fmt_number(value, 0 if unit == 'B' else 1)} {unit}"


@dataclass
class AttachOutcome:
    """What a drop or “Đính kèm tệp…” did: the items stored (one undo step each), the files refused."""

    attached: list[Evidence] = field(default_factory=list)
    refused: list[str] = field(default_factory=list)
    cancelled: bool = False


class AttachedCommand(OpCommand):
    """One attached file: undo removes the item (its bytes stay in the file until it is closed), redo puts
    it back with the same id."""

    def __init__(self, session: Session, ev: Evidence, code: str):
        af = session.af
        super().__init__(
            session, QCoreApplication.translate("EvidenceCommands", "attach “{0}” to {1}").format(ev.file_name, code),
            do=lambda: evs.restore(af, ev), undo=lambda: evs.remove(af, ev.id)[1])
        self.evidence = ev


def _attach_one(session: Session, assessment_id: int, indicator_id: int, path: Path, details: Evidence,
                title: str, progress: Progress) -> Evidence:
    af = session.af
    ev, _ = evs.attach_file(af, assessment_id, indicator_id, path, title=title, number=details.doc_number,
                            doc_date=details.doc_date, issuer=details.issuer, also=list(details.also_criteria),
                            location=details.location, progress=progress)
    return evs.get(af, ev.id)


def attach_files(parent: QWidget, session: Session, assessment_id: int, indicator_id: int, code: str,
                 paths: list[Path], details: Evidence,
                 on_done: Callable[[AttachOutcome], None] | None = None) -> Job | None:
    """Store each file in the agency file as an item of criterion `code` with the details the officer gave
    (the title only when there is one file: several files take their own names). One undo step per file;
    a file refused (missing, unreadable, over 1 GB) is reported in Vietnamese and writes nothing."""
    if not paths or not session.prepare_write():
        return None
    several = len(paths) > 1

    def work(progress: Progress) -> AttachOutcome:
        out = AttachOutcome()
        for i, path in enumerate(paths):
            try:
                size = path.stat().st_size if path.is_file() else None
                progress(i * 1000, len(paths) * 1000, QCoreApplication.translate(
                    "EvidenceCommands", "Storing “{0}” ({1}) in the data file…").format(path.name, fmt_size(size)))
            except Cancelled:
                out.cancelled = True  # the files stored before Cancel keep their undo steps
                break
            def within(done: int, total: int, text: str, i: int = i) -> None:
                # a big scan is read twice (hash, store): the bar moves within the file, and Cancel works there
                progress(i * 1000 + done * 1000 // max(total, 1), len(paths) * 1000, text)

            try:
                out.attached.append(_attach_one(session, assessment_id, indicator_id, path, details,
                                                "" if several else details.title, within))
            except Cancelled:
                out.cancelled = True  # this file's transaction rolled back; those stored before keep theirs
                break
            except DtideskError as exc:
                out.refused.append(exc.message)
            except Exception as exc:  # a bug: that file's transaction rolled back, the others stand
                out.refused.append(not_saved_message(path.name, exc))
        return out

    def done(out: AttachOutcome) -> None:
        for ev in out.attached:
            command = AttachedCommand(session, ev, code)
            command.first_done = True
            session.undo_stack.push(command)
        if out.attached:
            session.notify(Changes.of("evidence"))
        if out.refused:
            session.failed.emit("\n".join(out.refused))
        if on_done is not None:
            on_done(out)

    title = QCoreApplication.translate("EvidenceCommands", "Attach evidence")
    return run_job(parent, title, work, done, on_failed=session.failed.emit)


def replace_file(parent: QWidget, session: Session, evidence: Evidence, path: Path, code: str,
                 text: str = "") -> Job | None:
    """“Thay tệp…” (and an old item's path taken into the file): another file for the same item. Undo puts
    the former file back; an item that had none loses the file again."""
    af = session.af
    state: dict[str, Evidence] = {}

    def do(progress: Progress) -> Changes:
        if "after" in state:  # redo: the file is in the agency file already
            return evs.update_item(af, state["after"])
        progress(0, 0, QCoreApplication.translate("EvidenceCommands", "Storing “{0}” in the data file…")
                 .format(path.name))
        before, changes = evs.replace_file(af, evidence.id, path)
        state["before"], state["after"] = before, evs.get(af, evidence.id)
        return changes

    def undo() -> Changes:
        before = state["before"]
        if before.blob:
            return evs.update_item(af, before)
        evs.remove(af, before.id)  # update_item keeps a file it is not given: take the item back as it was
        return evs.restore(af, before)

    text = text or QCoreApplication.translate("EvidenceCommands", "replace the file of “{0}” ({1})").format(
        evidence.title, code)
    return run_op(parent, session, text, do, undo,
                  title=QCoreApplication.translate("EvidenceCommands", "Replace the file"), cancellable=False)


def update_item(session: Session, evidence: Evidence, code: str) -> bool:
    """“Sửa…”: title, number, date, issuer, the other criteria, the note of the paper copy."""
    af = session.af
    try:
        old = evs.get(af, evidence.id)
    except DtideskError as exc:
        session.failed.emit(exc.message)
        return False
    if old == evidence:
        return True
    text = QCoreApplication.translate("EvidenceCommands", "edit evidence “{0}” ({1})").format(old.title, code)
    return session.execute(OpCommand(session, text, do=lambda: evs.update_item(af, evidence),
                                     undo=lambda: evs.update_item(af, old)))


def remove(session: Session, evidence: Evidence, indicator_id: int, code: str) -> bool:
    """“Xóa”: the item goes (undo brings it and its file back). An item of another criterion that also
    supports this one is only unlinked from this one."""
    af = session.af
    if evidence.indicator_id != indicator_id:
        unlinked = replace(evidence, also_criteria=[i for i in evidence.also_criteria if i != indicator_id])
        text = QCoreApplication.translate("EvidenceCommands", "unlink “{0}” from {1}").format(evidence.title, code)
        return session.execute(OpCommand(session, text, do=lambda: evs.update_item(af, unlinked),
                                         undo=lambda: evs.update_item(af, evidence)))
    removed: list[Evidence] = []

    def do() -> Changes:
        ev, changes = evs.remove(af, evidence.id)
        removed[:] = [ev]
        return changes

    text = QCoreApplication.translate("EvidenceCommands", "remove evidence “{0}” ({1})").format(evidence.title, code)
    return session.execute(OpCommand(session, text, do=do, undo=lambda: evs.restore(af, removed[0])))


def set_explanation(session: Session, assessment_id: int, indicator_id: int, code: str, text: str) -> bool:
    """“Giải trình” of a criterion; undo writes back the text it had."""
    af = session.af
    before: list[str] = []

    def do() -> Changes:
        old, changes = evs.set_explanation(af, assessment_id, indicator_id, text)
        if not before:
            before.append(old)
        return changes

    label = QCoreApplication.translate("EvidenceCommands", "explanation of {0}").format(code)
    return session.execute(OpCommand(session, label, do=do,
                                     undo=lambda: evs.set_explanation(af, assessment_id, indicator_id, before[0])[1]))


def open_file(parent: QWidget, session: Session, evidence: Evidence, then: Callable[[Path], None]) -> Job:
    """A temporary copy of the attached file under its own name, handed to `then` (the system viewer)."""
    af = session.af
    return run_job(parent, QCoreApplication.translate("EvidenceCommands", "Open the evidence file"),
                   lambda _progress: evs.file_for_opening(af, evidence.id), then, on_failed=session.failed.emit,
                   cancellable=False, text=QCoreApplication.translate(
                       "EvidenceCommands", "Copying “{0}” out of the data file…").format(evidence.file_name))


def save_copy(parent: QWidget, session: Session, evidence: Evidence, dest: Path,
              then: Callable[[Path], None]) -> Job:
    af = session.af
    return run_job(parent, QCoreApplication.translate("EvidenceCommands", "Save a copy"),
                   lambda _progress: evs.save_copy(af, evidence.id, dest), then, on_failed=session.failed.emit,
                   cancellable=False, text=QCoreApplication.translate(
                       "EvidenceCommands", "Writing “{0}”…").format(dest.name))
