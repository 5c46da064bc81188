"""Dialogs “Tạo kế hoạch mới” and “Tạo kỳ tự đánh giá”, built in code; both run undoable commands."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ..errors import DtideskError
from ..services import plan_setup
from . import plan_commands
from .session import Session

# Which kind of index a kind of plan usually follows: proposed only when the file has exactly one such index.
_INDEX_KIND = {"dti": "DTI", "digital": "DTI", "cchc": "PAR"}


class _SetupDialog(QDialog):
    """What both dialogs share: the index list, the year, a red line for a refusal, OK running a command."""

    def __init__(self, session: Session, parent: QWidget | None, year: int | None):
        super().__init__(parent)
        self.session = session
        self.created = plan_commands.Created()
        self.frameworks = plan_setup.framework_choices(session.af)
        self.layout_ = QVBoxLayout(self)
        self.form = QFormLayout()
        self.layout_.addLayout(self.form)
        self.year_spin = QSpinBox()
        self.year_spin.setRange(1990, 2100)
        self.year_spin.setValue(year or dt.date.today().year)
        self.framework_combo = QComboBox()
        self.framework_combo.setMinimumContentsLength(40)
        self.framework_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: #4b5563")
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b91c1c")
        self.error.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.setMinimumWidth(560)

    def _finish_layout(self) -> None:
        self.layout_.addWidget(self.note)
        self.layout_.addWidget(self.error)
        self.layout_.addStretch(1)
        self.layout_.addWidget(self.buttons)

    def _fill_frameworks(self, with_none: bool) -> None:
        if with_none:  # only the plan dialog offers “no index”; tr() here would look under the subclass
            self.framework_combo.addItem(QCoreApplication.translate("NewPlanDialog", "(no index)"), None)
        for fw in self.frameworks:
            self.framework_combo.addItem(f"{fw.code} — {fw.name}", fw.code)
            self.framework_combo.setItemData(self.framework_combo.count() - 1, fw.name, Qt.ItemDataRole.ToolTipRole)
        self.framework_combo.setEnabled(bool(self.frameworks))

    def show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()

    def _run(self, command) -> None:
        failures: list[str] = []
        self.session.failed.connect(failures.append)
        try:
            ok = self.session.execute(command)
        finally:
            self.session.failed.disconnect(failures.append)
        if ok:
            super().accept()
        elif failures:
            self.show_error(failures[-1])


class NewPlanDialog(_SetupDialog):
    def __init__(self, session: Session, parent: QWidget | None = None, year: int | None = None):
        super().__init__(session, parent, year)
        self.setWindowTitle(self.tr("New plan"))
        self.kind_combo = QComboBox()
        for kind, label in (("dti", self.tr("Digital Transformation Index (DTI)")),
                            ("cchc", self.tr("Administrative reform (CCHC)")),
                            ("digital", self.tr("Digital transformation")), ("other", self.tr("Other"))):
            self.kind_combo.addItem(label, kind)
        self.number_edit = QLineEdit()
        self.number_edit.setPlaceholderText(self.tr("optional, e.g. 09"))
        self.number_edit.setMaximumWidth(220)
        self.title_edit = QLineEdit()
        self._title_auto = True
        self.title_edit.textEdited.connect(self._title_typed)
        self._fill_frameworks(with_none=True)
        self._framework_auto = True
        self.framework_combo.activated.connect(self._framework_chosen)
        self.form.addRow(self.tr("&Kind:"), self.kind_combo)
        self.form.addRow(self.tr("&Year:"), self.year_spin)
        self.form.addRow(self.tr("&Number:"), self.number_edit)
        self.form.addRow(self.tr("&Title:"), self.title_edit)
        self.form.addRow(self.tr("&Index followed:"), self.framework_combo)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Create the plan"))
        self._finish_layout()
        self.kind_combo.currentIndexChanged.connect(self._update)
        self.year_spin.valueChanged.connect(self._update)
        self.framework_combo.currentIndexChanged.connect(self._update_note)
        self._update()

    def _title_typed(self, text: str) -> None:
        self._title_auto = not text.strip()

    def _framework_chosen(self, _index: int) -> None:
        self._framework_auto = False

    def kind(self) -> str:
        return self.kind_combo.currentData()

    def _update(self) -> None:
        year = self.year_spin.value()
        if self._title_auto:
            self.title_edit.setText(plan_setup.suggested_title(self.kind(), year))
        if self._framework_auto:
            same = [fw.code for fw in self.frameworks if fw.kind == _INDEX_KIND.get(self.kind())]
            self.framework_combo.setCurrentIndex(self.framework_combo.findData(same[0]) if len(same) == 1 else 0)
        self._update_note()

    def _update_note(self) -> None:
        year = self.year_spin.value()
        if not self.frameworks:
            self.note.setText(self.tr("The file has no index yet. The plan can be made now; import your "
                                      "province's index (File → Import an index catalog…) to score criteria."))
        elif self.framework_combo.currentData():
            self.note.setText(self.tr("The plan follows the {0} results of this index, the ones it sets out to "
                                      "raise. If the file has no {0} assessment yet, an empty one is created for "
                                      "you to enter them.").format(year - 1))
        else:
            self.note.setText(self.tr("Without an index the plan lists tasks only, with no scores."))

    def accept(self) -> None:  # noqa: D401
        values = dict(kind=self.kind(), year=self.year_spin.value(), title=self.title_edit.text(),
                      number=self.number_edit.text(), framework_code=self.framework_combo.currentData())
        try:  # refused input is said here, and the dialog stays open with what was typed
            plan_setup.check_new_plan(self.session.af, **values)
        except DtideskError as exc:
            self.show_error(exc.message)
            return
        self._run(plan_commands.create_plan(self.session, self.created, **values))


class NewAssessmentDialog(_SetupDialog):
    def __init__(self, session: Session, parent: QWidget | None = None, year: int | None = None,
                 framework_code: str | None = None):
        super().__init__(session, parent, year)
        self.setWindowTitle(self.tr("New self-assessment"))
        self._fill_frameworks(with_none=False)
        if framework_code and self.framework_combo.findData(framework_code) >= 0:
            self.framework_combo.setCurrentIndex(self.framework_combo.findData(framework_code))
        self.form.addRow(self.tr("&Index:"), self.framework_combo)
        self.form.addRow(self.tr("&Year:"), self.year_spin)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Create the self-assessment"))
        ok.setEnabled(bool(self.frameworks))
        if self.frameworks:
            self.note.setText(self.tr("The year is added to the year list. Enter the self scores, appraised "
                                      "scores, ranks and evidence in the Criteria tab."))
        else:
            self.note.setText(self.tr("The file has no index yet: import your province's index first "
                                      "(File → Import an index catalog…)."))
        self._finish_layout()

    def accept(self) -> None:  # noqa: D401
        code, year = self.framework_combo.currentData(), self.year_spin.value()
        try:
            plan_setup.check_new_assessment(self.session.af, code or "", year)
        except DtideskError as exc:
            self.show_error(exc.message)
            return
        self._run(plan_commands.create_assessment(self.session, self.created, code, year))
