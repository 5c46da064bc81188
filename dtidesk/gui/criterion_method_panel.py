"""The Criteria tab's scoring panel: how the selected criterion is scored (in the program's words and the
document's), one field per input, the computed score, the score that stands and what is still missing."""

from __future__ import annotations

import json
from collections.abc import Callable
from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ..domain.methods import KIND_NAMES, Input
from ..domain.scores import ScoreNode
from ..errors import DtideskError
from ..services.assess import CriterionState, criterion_state, parse_inputs
from ..services.scoring import check_score_input
from .locale_format import fmt_score
from .score_commands import OverrideScoreCommand, SetInputsCommand
from .session import Session

REFUSED = "QLineEdit, QComboBox { border: 1px solid #a61b1b; background: #fdecea; color: #7a0f0f; }"
GREY = "#4b5563"


def _trimmed(values: list[str]) -> list[str]:
    out = [str(v).strip() for v in values]
    while out and not out[-1]:
        out.pop()
    return out


class _ClickLabel(QLabel):
    """The wrapped text of a check box (a QCheckBox does not wrap): a click on it ticks the box."""

    def __init__(self, text: str, box: QCheckBox):
        super().__init__(text)
        self.box = box
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt API)
        if self.box.isEnabled() and event.button() == Qt.MouseButton.LeftButton:
            self.box.click()
        super().mouseReleaseEvent(event)


class _Field:
    """One input's widget, read and written as the text the use case takes ("92,4", "1", "30/6/2024")."""

    def __init__(self, inp: Input, widget: QWidget):
        self.input = inp
        self.widget = widget

    def value(self) -> str:
        w = self.widget
        if isinstance(w, QComboBox):
            return str(w.currentIndex()) if w.currentIndex() > 0 else ""
        if isinstance(w, QCheckBox):
            return "1" if w.isChecked() else "0"
        assert isinstance(w, QLineEdit)
        return w.text().strip()

    def show(self, value: str) -> None:
        w = self.widget
        w.blockSignals(True)
        if isinstance(w, QComboBox):
            try:
                n = int(value)
            except ValueError:
                n = 0
            w.setCurrentIndex(n if 0 <= n < w.count() else 0)
        elif isinstance(w, QCheckBox):
            w.setChecked(value.strip() == "1")
        elif isinstance(w, QLineEdit) and not (w.isModified() and (w.hasFocus() or w.styleSheet())):
            # not over what is being typed, nor over a refused value still shown with its reason
            w.setText(value)
            w.setModified(False)
            w.setCursorPosition(0)
        w.blockSignals(False)

    def mark(self, refused: bool) -> None:
        self.widget.setStyleSheet(REFUSED if refused else "")


class OverrideScoreDialog(QDialog):
    """“Sửa điểm…”: a self score other than the computed one, with the reason; blank goes back to the computed
    score. Refusals (not a number, above the maximum, no reason) are shown here and nothing is written."""

    def __init__(self, session: Session, state: CriterionState, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.state = state
        ind = state.indicator
        self.setWindowTitle(self.tr("Change the score of {0}").format(ind.code))
        self.setMinimumWidth(460)
        computed = fmt_score(state.score.computed) if state.score and state.score.computed is not None else ""
        info = QLabel(self.tr("Computed from the inputs: {0} (maximum {1})").format(
            computed or self.tr("not computed"), fmt_score(ind.max_score)))
        info.setWordWrap(True)
        self.score_edit = QLineEdit(fmt_score(state.score.self_score) if state.overridden and state.score else "")
        self.score_edit.setPlaceholderText(self.tr("blank: the computed score"))
        self.reason_edit = QPlainTextEdit(state.score.override_reason if state.score else "")
        self.reason_edit.setPlaceholderText(self.tr("e.g. the council counted the meeting of 12/3 as chaired by "
                                                    "the chairman"))
        self.reason_edit.setTabChangesFocus(True)
        self.reason_edit.setFixedHeight(80)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.tr("&Score:"), self.score_edit)
        form.addRow(self.tr("&Reason:"), self.reason_edit)
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #a61b1b;")
        self.error_label.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(info)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)

    def refusal(self) -> str | None:
        value = self.score_edit.text().strip()
        if not value:
            return None
        try:
            check_score_input(self.session.af, self.state.indicator.id, "self_score", value)
        except DtideskError as exc:
            return exc.message
        if not self.reason_edit.toPlainText().strip():
            return self.tr("Write why the score differs from the computed one.")
        return None

    def accept(self) -> None:
        message = self.refusal()
        if message:
            self.error_label.setText(message)
            self.error_label.show()
            return
        super().accept()


class CriterionMethodPanel(QWidget):
    """Every input typed here is one undoable command; the tree, the component and the total follow at once."""

    create_assessment_requested = Signal()
    evidence_requested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.session: Session | None = None
        self.assessment_id: int | None = None
        self.node: ScoreNode | None = None
        self.year: int | None = None
        self.state: CriterionState | None = None
        self.fields: list[_Field] = []
        self._built: tuple | None = None
        # A test answers the override dialog; the window runs it.
        self.ask_override: Callable[[OverrideScoreDialog], bool] = lambda d: d.exec() == QDialog.DialogCode.Accepted

        self.heading = QLabel()
        self.method_label = QLabel()
        self.text_label = QLabel()
        self.notes_label = QLabel()
        self.notes_label.setStyleSheet("color: #8a5a00;")
        self.inputs_box = QWidget()
        # A label above its field, both the panel's width: an input's label is often a whole sentence.
        self.form = QVBoxLayout(self.inputs_box)
        self.form.setContentsMargins(0, 0, 0, 0)
        self.form.setSpacing(3)
        self.none_button = QPushButton(self.tr("Record as not met"))
        self.none_button.setToolTip(self.tr("Record every item above as not met (0)"))
        self.none_button.clicked.connect(self._none_met)
        self.hint = QLabel()
        self.hint.setStyleSheet(f"color: {GREY};")
        self.create_button = QPushButton()
        self.create_button.clicked.connect(self.create_assessment_requested)
        self.refusal = QLabel()
        self.refusal.setStyleSheet("color: #a61b1b;")
        self.computed_label = QLabel()
        self.score_label = QLabel()
        self.override_button = QPushButton(self.tr("Change score…"))
        self.override_button.setToolTip(self.tr("Type a self score other than the computed one, with the reason"))
        self.override_button.clicked.connect(self.override)
        self.evidence_label = QLabel()
        self.evidence_button = QPushButton(self.tr("Evidence…"))
        self.evidence_button.setToolTip(self.tr("See and add the evidence of this criterion"))
        self.evidence_button.clicked.connect(self.evidence_requested)
        self.missing_label = QLabel()
        for label in (self.heading, self.method_label, self.text_label, self.notes_label, self.hint, self.refusal,
                      self.computed_label, self.score_label, self.evidence_label, self.missing_label):
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        for label in (self.heading, self.method_label, self.computed_label, self.score_label,
                      self.evidence_label, self.missing_label):
            label.setTextFormat(Qt.TextFormat.RichText)
        self.text_label.setTextFormat(Qt.TextFormat.RichText)

        content = QWidget()
        box = QVBoxLayout(content)
        box.setContentsMargins(6, 6, 6, 6)
        box.addWidget(self.heading)
        box.addWidget(self.method_label)
        box.addWidget(self.text_label)
        box.addWidget(self.notes_label)
        self.rules = [self._line(), self._line()]
        box.addWidget(self.rules[0])
        box.addWidget(self.inputs_box)
        box.addWidget(self.none_button, 0, Qt.AlignmentFlag.AlignLeft)
        box.addWidget(self.hint)
        box.addWidget(self.create_button, 0, Qt.AlignmentFlag.AlignLeft)
        box.addWidget(self.refusal)
        box.addWidget(self.computed_label)
        score_row = QHBoxLayout()
        score_row.addWidget(self.score_label, 1)
        score_row.addWidget(self.override_button, 0, Qt.AlignmentFlag.AlignTop)
        box.addLayout(score_row)
        box.addWidget(self.rules[1])
        evidence_row = QHBoxLayout()
        evidence_row.addWidget(self.evidence_label, 1)
        evidence_row.addWidget(self.evidence_button, 0, Qt.AlignmentFlag.AlignTop)
        box.addLayout(evidence_row)
        box.addWidget(self.missing_label)
        box.addStretch(1)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.setWidget(content)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.scroll)
        self.refresh()

    @staticmethod
    def _line() -> QFrame:
        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        return line

    # -- the interface the tab uses ----------------------------------------------------------
    def set_context(self, session: Session | None, assessment_id: int | None, node: ScoreNode | None,
                    year: int | None) -> None:
        same = node is not None and self.node is not None and node.id == self.node.id
        self.session, self.assessment_id, self.year = session, assessment_id, year
        self.node = node if node is not None and node.kind == "criterion" else None
        if not same:
            self._show_refusal("", None)
        self.refresh()

    def writable(self) -> bool:
        return bool(self.session and self.assessment_id and self.state and not self.session.af.readonly)

    def refresh(self) -> None:
        self.state = None
        if self.session is not None and self.node is not None:
            try:
                self.state = criterion_state(self.session.af, self.assessment_id, self.node.id)
            except DtideskError:
                self.state = None
        state = self.state
        shown = state is not None
        for w in (self.method_label, self.text_label, self.inputs_box, self.computed_label, self.score_label,
                  self.override_button, self.evidence_label, self.evidence_button, self.missing_label, *self.rules):
            w.setVisible(shown)
        if state is None:
            self._build_inputs(None)
            self.heading.setText("<b>{}</b>".format(escape(self.tr("Scoring"))))
            self.hint.setText(self.tr("Select a criterion to see how it is scored and enter its inputs."))
            self.hint.show()
            for w in (self.notes_label, self.none_button, self.create_button):
                w.hide()
            return
        ind, method = state.indicator, state.method
        manual = method.kind == "manual"
        self.heading.setText("<b>{}</b> — {}<br><span style='color:{}'>{}</span>".format(
            escape(ind.code), escape(ind.name), GREY,
            escape(self.tr("maximum {0} points").format(fmt_score(ind.max_score)))))
        kind = KIND_NAMES.get(method.kind, method.kind)
        self.method_label.setText("<b>{}</b> {}<br>{}".format(
            escape(self.tr("How it is scored:")), escape(kind), escape(method.words())))
        self.text_label.setText("<span style='color:{}'>{}</span> {}".format(
            GREY, escape(self.tr("The document:")), escape(ind.scoring_note) if ind.scoring_note
            else "<i>{}</i>".format(escape(self.tr("(no text)")))))
        self.notes_label.setText("\n".join(f"• {n}" for n in method.notes))
        self.notes_label.setVisible(bool(method.notes))
        self._build_inputs(state)
        writable = self.writable()
        for f, s in zip(self.fields, state.inputs, strict=False):
            f.show(s.value)
            f.widget.setEnabled(writable)
        yesno = [f for f in self.fields if isinstance(f.widget, QCheckBox)]
        self.none_button.setVisible(bool(yesno) and writable and all(not s.value for s in state.inputs))
        no_assessment = self.session is not None and not self.assessment_id
        if manual:
            self.hint.setText(self.tr("Scored by the council: enter the self score in the table (double-click its "
                                      "self score cell)."))
        elif no_assessment:
            self.hint.setText(self.tr("There is no {0} assessment yet: create it to enter the inputs.").format(
                self.year or ""))
        elif self.session is not None and self.session.af.readonly:
            self.hint.setText(self.tr("The file is open read-only."))
        self.hint.setVisible(manual or no_assessment or bool(self.session and self.session.af.readonly))
        self.create_button.setText(self.tr("Create the {0} assessment").format(self.year or ""))
        self.create_button.setVisible(no_assessment and self.year is not None
                                      and not (self.session and self.session.af.readonly))
        self._show_scores(state)

    def _show_scores(self, state: CriterionState) -> None:
        result, score = state.result, state.score
        manual = state.method.kind == "manual"
        if manual:
            computed = escape(self.tr("none: the council scores it"))
        elif result.score is not None:
            computed = f"<b>{fmt_score(result.score)}</b>" + (
                f" <span style='color:{GREY}'>({escape(result.working)})</span>" if result.working else "")
        else:
            computed = "<span style='color:#8a5a00'>{}</span>".format(escape(
                self.tr("not computed yet — missing: {0}").format("; ".join(result.missing))))
        self.computed_label.setText("{} {}".format(escape(self.tr("Computed score:")), computed))
        self.computed_label.setVisible(not manual)
        standing = fmt_score(score.self_score) if score and score.self_score is not None else "–"
        text = "{} <b>{}</b>".format(escape(self.tr("Self score:")), standing)
        if state.overridden and score is not None:
            text += "<br><span style='color:#8a5a00'>{}</span>".format(escape(
                self.tr("changed by hand — reason: {0}").format(score.override_reason)))
        self.score_label.setText(text)
        self.override_button.setVisible(not manual)
        self.override_button.setEnabled(self.writable())
        required = state.evidence_required
        lines = ["<b>{}</b> {}".format(escape(self.tr("Evidence the decision requires:")),
                                       escape(required) if required else escape(self.tr("not stated")))]
        if self.assessment_id:
            lines.append("<span style='color:{}'>{}</span>".format(
                GREY, escape(self.tr("{0} documents entered").format(state.evidence_count))))
        self.evidence_label.setText("<br>".join(lines))
        if not self.assessment_id:
            self.missing_label.setText("")
        elif state.missing:
            self.missing_label.setText("<span style='color:#a61b1b'><b>{}</b> {}</span>".format(
                escape(self.tr("Still missing:")), escape("; ".join(state.missing))))
        else:
            self.missing_label.setText("<span style='color:#1b6e2a'>{}</span>".format(
                escape(self.tr("Nothing missing."))))

    # -- the input fields ----------------------------------------------------------------------
    def _build_inputs(self, state: CriterionState | None) -> None:
        """Built again only for another criterion or method: a refresh after an input keeps the focus."""
        key = None if state is None else (state.indicator.id, json.dumps(state.method.to_json(), sort_keys=True))
        if key == self._built:
            return
        self._built = key
        self.fields = []
        while self.form.count():  # deleted later: this may run inside a signal of one of them
            widget = self.form.takeAt(0).widget()
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        if state is None:
            return
        method = state.method
        for s in state.inputs:
            inp = s.input
            title = f"{inp.name}: {inp.label}" if len(inp.name) == 1 and inp.name.isalpha() else inp.label
            if method.kind == "choice" and inp.type == "option":
                combo = QComboBox()
                combo.addItem(self.tr("— choose the case —"))
                for n, case in enumerate(method.cases, start=1):
                    combo.addItem(f"{n}. {case.label} — {case.award.words()}")
                    combo.setItemData(n, case.label, Qt.ItemDataRole.ToolTipRole)
                combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
                combo.setMinimumContentsLength(20)
                combo.activated.connect(lambda _i: self.commit())
                self.fields.append(_Field(inp, combo))
                self.form.addWidget(self._title(self.tr("Case")))
                self.form.addWidget(combo)
            elif inp.type == "yesno":
                box = QCheckBox()
                if method.kind == "absolute":
                    words = self.tr("Yes (met)")
                else:
                    award = next((c.award.words() for c in method.cases if c.label == inp.label), "")
                    words = f"{inp.label} ({award})" if award else inp.label
                row = QWidget()
                row_layout = QHBoxLayout(row)
                row_layout.setContentsMargins(0, 0, 0, 0)
                row_layout.addWidget(box, 0, Qt.AlignmentFlag.AlignTop)
                row_layout.addWidget(_ClickLabel(words, box), 1)
                box.clicked.connect(lambda _c: self.commit())
                self.fields.append(_Field(inp, box))
                self.form.addWidget(row)
            else:
                edit = QLineEdit()
                if inp.type == "date":
                    edit.setPlaceholderText(self.tr("day/month/year, e.g. 30/6/2024"))
                elif inp.type in ("count", "option"):
                    edit.setPlaceholderText(self.tr("a whole number"))
                else:
                    edit.setPlaceholderText(self.tr("a number, e.g. 92,4"))
                edit.editingFinished.connect(self.commit)
                edit.textEdited.connect(lambda _t, e=edit: e.setStyleSheet(""))
                self.fields.append(_Field(inp, edit))
                self.form.addWidget(self._title(title))
                self.form.addWidget(edit)

    @staticmethod
    def _title(text: str) -> QLabel:
        label = QLabel(text)
        label.setWordWrap(True)
        return label

    def raw(self) -> list[str]:
        return [f.value() for f in self.fields]

    def commit(self) -> bool:
        """The inputs as shown, written as one undoable step; a value that is not what the method needs is
        refused here, naming the input, and nothing is written."""
        state = self.state
        if state is None or not self.writable() or self.session is None or self.assessment_id is None:
            return False
        raw = self.raw()
        if _trimmed(raw) == _trimmed([s.value for s in state.inputs]):
            self._show_refusal("", None)
            return True
        try:
            parse_inputs(state.method, raw)
        except DtideskError as exc:
            self._show_refusal(exc.message, getattr(exc, "field", None))
            return False
        self._show_refusal("", None)
        for f in self.fields:
            if isinstance(f.widget, QLineEdit):
                f.widget.setModified(False)
        return self.session.execute(SetInputsCommand(self.session, self.assessment_id, state.indicator.id,
                                                     state.indicator.code, raw))

    def _none_met(self) -> None:
        for f in self.fields:
            if isinstance(f.widget, QCheckBox):
                f.widget.setChecked(False)
        self.commit()

    def _show_refusal(self, message: str, field: str | None) -> None:
        self.refusal.setText(message)
        self.refusal.setVisible(bool(message))
        for f in self.fields:  # the use case names an input by its letter or by its quoted label
            named = field in (f.input.name, f"“{f.input.label or f.input.name}”")
            f.mark(bool(message) and named)

    # -- override ------------------------------------------------------------------------------
    def override(self) -> bool:
        state = self.state
        if state is None or not self.writable() or self.session is None or self.assessment_id is None:
            return False
        dialog = OverrideScoreDialog(self.session, state, self)
        try:
            if not self.ask_override(dialog):
                return False
            value, reason = dialog.score_edit.text().strip(), dialog.reason_edit.toPlainText().strip()
        finally:
            dialog.deleteLater()
        return self.session.execute(OverrideScoreCommand(self.session, self.assessment_id, state.indicator.id,
                                                         state.indicator.code, value, reason))


__all__ = ["CriterionMethodPanel", "OverrideScoreDialog"]
