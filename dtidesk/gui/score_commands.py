"""Undoable actions of the Criteria tab: each is an OpCommand whose redo/undo call the scoring use cases."""

from __future__ import annotations

import copy
from decimal import Decimal

from PySide6.QtCore import QCoreApplication

from ..domain.index_draft import IndexDraft
from ..domain.validation import parse_decimal_input
from ..errors import DtideskError
from ..services import assess, index_import, scoring
from ..services.changes import Changes
from .session import OpCommand, Session

_UNPARSED = object()


def edit_score(session: Session, assessment_id: int, indicator_id: int, code: str, field: str,
               value: object) -> bool:
    """One score cell ("sửa điểm thẩm định 2.4"); undo writes back the exact stored value."""
    af = session.af
    current = scoring.current_score(af, assessment_id, indicator_id)
    old: Decimal | None = getattr(current, field) if current else None
    try:
        new: object = parse_decimal_input(value, "")
    except DtideskError:
        new = _UNPARSED  # the use case refuses it below, with its own message naming the field
    if new is not _UNPARSED and new == old:
        return True
    if field == "self_score":
        text = QCoreApplication.translate("CriteriaTab", "edit self score {0}").format(code)
    else:
        text = QCoreApplication.translate("CriteriaTab", "edit appraised score {0}").format(code)
    return session.execute(OpCommand(
        session, text,
        do=lambda: scoring.set_score(af, assessment_id, indicator_id, field, value),
        undo=lambda: scoring.set_score(af, assessment_id, indicator_id, field, old),
    ))


def score_refusal(session: Session, indicator_id: int, field: str, value: object) -> str | None:
    """Why a typed score would be refused (Vietnamese, naming the criterion), or None; writes nothing."""
    try:
        scoring.check_score_input(session.af, indicator_id, field, value)
    except DtideskError as exc:
        return exc.message
    return None


def current_rank(session: Session, assessment_id: int, indicator_id: int | None
                 ) -> tuple[int | None, int | None]:
    return scoring.current_rank(session.af, assessment_id, indicator_id)


def edit_rank(session: Session, assessment_id: int, indicator_id: int | None, label: str,
              rank: int | None, rank_of: int | None) -> bool:
    """The rank of a component index or of the total ("đứng thứ 3/18")."""
    old = current_rank(session, assessment_id, indicator_id)
    if old == (rank, rank_of):
        return True
    af = session.af
    text = QCoreApplication.translate("CriteriaTab", "edit rank {0}").format(label)
    return session.execute(OpCommand(
        session, text,
        do=lambda: scoring.set_rank(af, assessment_id, indicator_id, rank, rank_of),
        undo=lambda: scoring.set_rank(af, assessment_id, indicator_id, *old),
    ))


# -- the method panel and the index import (issue 15) --------------------------------------------------------
class SetInputsCommand(OpCommand):
    """A criterion's inputs (the method panel); its score, its component's and the total follow. Undo puts the
    score row back exactly as it was, an override included."""

    def __init__(self, session: Session, assessment_id: int, indicator_id: int, code: str, raw: list[str]):
        af = session.af
        before = copy.deepcopy(scoring.current_score(af, assessment_id, indicator_id))
        values = list(raw)
        super().__init__(
            session, QCoreApplication.translate("CriteriaTab", "enter the inputs of {0}").format(code),
            do=lambda: assess.set_inputs(af, assessment_id, indicator_id, values),
            undo=lambda: assess.restore_score(af, assessment_id, indicator_id, before))
        self.before = before


class OverrideScoreCommand(OpCommand):
    """A self score typed over the computed one, with its reason; a blank value goes back to the computed one."""

    def __init__(self, session: Session, assessment_id: int, indicator_id: int, code: str, value: object,
                 reason: str):
        af = session.af
        before = copy.deepcopy(scoring.current_score(af, assessment_id, indicator_id))
        super().__init__(
            session, QCoreApplication.translate("CriteriaTab", "change the score of {0}").format(code),
            do=lambda: assess.override_score(af, assessment_id, indicator_id, value, reason),
            undo=lambda: assess.restore_score(af, assessment_id, indicator_id, before))
        self.before = before


class ImportIndexCommand(OpCommand):
    """Tệp → Nhập bộ chỉ số: the draft written as a new index version; undo removes that version (refused
    while an assessment uses it), redo writes it again."""

    def __init__(self, session: Session, draft: IndexDraft, year: int | None, name: str | None,
                 code: str | None):
        af = session.af
        done: list[index_import.ImportedIndex] = []

        def do() -> Changes:
            imported, changes = index_import.import_index(af, draft, year, name, code)
            done[:] = [imported]
            return changes

        def undo() -> Changes:
            return index_import.remove_index(af, done[0].framework_id)

        label = code or draft.name or draft.source
        super().__init__(session, QCoreApplication.translate("CriteriaTab", "import index {0}").format(label),
                         do=do, undo=undo)
        self._done = done

    @property
    def imported(self) -> index_import.ImportedIndex | None:
        """The version the last redo wrote (None before the first)."""
        return self._done[0] if self._done else None
