"""The small forms of the index editor: a new index version, a new component or criterion."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

translate = QCoreApplication.translate


def level_labels() -> dict[str, str]:
    """The level an index applies to, as stored ("so", "huyen", "") → shown."""
    return {"so": translate("IndexEditorDialog", "Departments"), "huyen": translate("IndexEditorDialog", "Districts"),
            "": translate("IndexEditorDialog", "Not stated")}


class NewVersionDialog(QDialog):
    """Code, year, name, kind, level, decision and province of an empty index version."""

    def __init__(self, year: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("New index version"))
        self.code = QLineEdit("DTI")
        self.year = QSpinBox()
        self.year.setRange(1990, 2100)
        self.year.setValue(year)
        self.name = QLineEdit()
        self.name.setMinimumWidth(420)
        self.kind = QComboBox()
        for key, label in (("DTI", "DTI"), ("PAR", self.tr("Administrative reform (PAR Index)")),
                           ("other", self.tr("Other"))):
            self.kind.addItem(label, key)
        self.level = QComboBox()
        for key, label in level_labels().items():
            self.level.addItem(label, key)
        self.decision = QLineEdit()
        self.decision.setPlaceholderText(self.tr("e.g. Decision No. 2747/QĐ-UBND of 18/12/2019"))
        self.province = QLineEdit()
        form = QFormLayout()
        form.addRow(self.tr("&Code:"), self.code)
        form.addRow(self.tr("&Year:"), self.year)
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("&Kind:"), self.kind)
        form.addRow(self.tr("&Level:"), self.level)
        form.addRow(self.tr("&Decision:"), self.decision)
        form.addRow(self.tr("&Province:"), self.province)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def values(self) -> dict:
        return {"code": self.code.text(), "year": self.year.value(), "name": self.name.text(),
                "kind": self.kind.currentData(), "level": self.level.currentData(),
                "decision": self.decision.text(), "province": self.province.text()}


class NewIndicatorDialog(QDialog):
    """Code, name and (for a criterion) maximum; the method and evidence are written in the editor after."""

    def __init__(self, criterion: bool, code: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("New criterion") if criterion else self.tr("New component"))
        self.code = QLineEdit(code)
        self.name = QLineEdit()
        self.name.setMinimumWidth(420)
        self.max_score = QLineEdit()
        self.max_score.setPlaceholderText(self.tr("points; negative for a deduction row"))
        form = QFormLayout()
        form.addRow(self.tr("&Code:"), self.code)
        form.addRow(self.tr("&Name:"), self.name)
        if criterion:
            form.addRow(self.tr("&Maximum:"), self.max_score)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.name.setFocus()

    def values(self) -> dict:
        return {"code": self.code.text(), "name": self.name.text(), "max_score": self.max_score.text()}
