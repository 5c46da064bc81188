"""The window's dialogs: new file, locked/damaged file questions, backups, agency profile, checks, history."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QListWidgetItem,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QUndoView,
    QVBoxLayout,
    QWidget,
)

from .. import FILE_SUFFIX, __version__
from ..domain.models import Agency
from ..errors import DtideskError
from ..services.catalogs import shipped_catalogs
from ..services.files import AgencyFile, backups_of, new_file
from .forms.ui_new_file_dialog import Ui_NewFileDialog
from .locale_format import fmt_datetime, fmt_number


class NewFileDialog(QDialog):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_NewFileDialog()
        self.ui.setupUi(self)
        self.ui.headTitleEdit.setText(Agency().head_title)  # document vocabulary: always Vietnamese
        for path in shipped_catalogs():
            try:
                data = json.loads(path.read_text(encoding="utf-8"))
            except (OSError, ValueError):
                continue
            names = "; ".join(f"{fw['name']} ({fw['version_year']})" for fw in data.get("frameworks", []))
            item = QListWidgetItem(names)
            item.setData(Qt.ItemDataRole.UserRole, str(path))
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            # Unticked: the shipped index is one province's, and a file of another would score against it.
            item.setCheckState(Qt.CheckState.Unchecked)
            self.ui.frameworksList.addItem(item)
        # Catalog names are long ("Bộ Chỉ số đánh giá, xếp hạng mức độ chuyển đổi số các sở, ban, ngành"): wrap them.
        frameworks = self.ui.frameworksList
        frameworks.setWordWrap(True)
        frameworks.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        frameworks.setResizeMode(frameworks.ResizeMode.Adjust)
        self.ui.buttonBox.accepted.connect(self.accept)
        self.result_file: AgencyFile | None = None

    def agency(self) -> Agency:
        u = self.ui
        return Agency(parent_agency=u.parentEdit.text().strip().upper(), agency=u.agencyEdit.text().strip().upper(),
                      agency_name=u.agencyNameEdit.text().strip(), short_code=u.shortCodeEdit.text().strip().upper(),
                      place=u.placeEdit.text().strip(), head_title=u.headTitleEdit.text().strip().upper(),
                      head_name=u.headNameEdit.text().strip())

    def units(self) -> list[str]:
        return [line.strip() for line in self.ui.unitsEdit.toPlainText().splitlines() if line.strip()]

    def catalogs(self) -> list[Path]:
        lst = self.ui.frameworksList
        return [Path(lst.item(i).data(Qt.ItemDataRole.UserRole)) for i in range(lst.count())
                if lst.item(i).checkState() == Qt.CheckState.Checked]

    def accept(self) -> None:  # noqa: D401
        agency = self.agency()
        if not agency.agency:
            QMessageBox.warning(self, QCoreApplication.translate("Dialogs", "Missing information"), QCoreApplication.translate("Dialogs", "Enter the name of the issuing agency."))
            self.ui.agencyEdit.setFocus()
            return
        docs = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())
        default = Path(docs) / f"{agency.short_code or 'DTIDesk'}{FILE_SUFFIX}"
        path, _ = QFileDialog.getSaveFileName(self, QCoreApplication.translate("Dialogs", "Where to save the new file"), str(default),
                                              QCoreApplication.translate("Dialogs", "DTI Desk files (*.dtidesk)"))
        if not path:
            return
        path = Path(path)
        if path.suffix.lower() != FILE_SUFFIX:
            path = path.with_suffix(FILE_SUFFIX)
        if path.exists():
            QMessageBox.warning(self, QCoreApplication.translate("Dialogs", "File exists"),
                                QCoreApplication.translate("Dialogs", "The file {0} already exists. Choose another name.").format(path.name))
            return
        try:
            self.result_file = new_file(path, agency, self.units(), self.catalogs())
        except DtideskError as exc:
            QMessageBox.warning(self, QCoreApplication.translate("Dialogs", "Cannot create the file"), exc.message)
            return
        super().accept()


def new_file_wizard(parent: QWidget) -> AgencyFile | None:
    dlg = NewFileDialog(parent)
    if dlg.exec() == QDialog.DialogCode.Accepted:
        return dlg.result_file
    return None


def ask_locked(parent: QWidget, message: str, other_holder: bool) -> str:
    box = QMessageBox(QMessageBox.Icon.Warning, QCoreApplication.translate("Dialogs", "File in use"), message, parent=parent)
    ro = box.addButton(QCoreApplication.translate("Dialogs", "Open read-only"), QMessageBox.ButtonRole.AcceptRole)
    force = box.addButton(QCoreApplication.translate("Dialogs", "Open anyway"), QMessageBox.ButtonRole.DestructiveRole) if other_holder else None
    box.addButton(QCoreApplication.translate("Dialogs", "Cancel"), QMessageBox.ButtonRole.RejectRole)
    box.setInformativeText(QCoreApplication.translate("Dialogs", "“Open anyway” is safe only if that computer no longer has the file open."))
    box.exec()
    clicked = box.clickedButton()
    if clicked is ro:
        return "readonly"
    if force is not None and clicked is force:
        return "force"
    return "cancel"


def ask_restore(parent: QWidget, message: str) -> bool:
    return QMessageBox.question(
        parent, QCoreApplication.translate("Dialogs", "Damaged file"), message + "\n\n" + QCoreApplication.translate("Dialogs", "Restore from a backup copy now?"),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No) == QMessageBox.StandardButton.Yes


def choose_backup(parent: QWidget, target: Path) -> Path | None:
    backups = backups_of(target)
    if not backups:
        QMessageBox.information(parent, QCoreApplication.translate("Dialogs", "Backups"),
                                QCoreApplication.translate("Dialogs", "There is no backup copy of {0} on this computer yet. A copy is made "
                                   "automatically before the first change each time the file is opened.")
                                .format(target.name))
        return None
    dlg = QDialog(parent)
    dlg.setWindowTitle(QCoreApplication.translate("Dialogs", "Backups of {0}").format(target.name))
    lay = QVBoxLayout(dlg)
    table = QTableWidget(len(backups), 2)
    table.setHorizontalHeaderLabels([QCoreApplication.translate("Dialogs", "Taken at"), QCoreApplication.translate("Dialogs", "Size")])
    table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    for i, b in enumerate(backups):
        table.setItem(i, 0, QTableWidgetItem(fmt_datetime(b.taken_at)))
        table.setItem(i, 1, QTableWidgetItem(fmt_number(b.size // 1024) + " KB"))
    table.horizontalHeader().setStretchLastSection(True)
    table.selectRow(0)
    lay.addWidget(table)
    buttons = QDialogButtonBox()
    restore = buttons.addButton(QCoreApplication.translate("Dialogs", "Restore this copy"), QDialogButtonBox.ButtonRole.AcceptRole)
    buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
    buttons.accepted.connect(dlg.accept)
    buttons.rejected.connect(dlg.reject)
    lay.addWidget(buttons)
    restore.setToolTip(QCoreApplication.translate("Dialogs", "The current content is itself backed up before it is replaced."))
    dlg.resize(420, 360)
    if dlg.exec() != QDialog.DialogCode.Accepted:
        return None
    row = table.currentRow()
    return backups[row].path if row >= 0 else None


def about(parent: QWidget) -> None:
    QMessageBox.about(parent, QCoreApplication.translate("Dialogs", "About DTI Desk"),
                      QCoreApplication.translate("Dialogs", "<b>DTI Desk</b> {0}<br>Plans, scores, tasks and periodic reports for the Digital "
                         "Transformation Index and administrative reform of provincial departments.<br><br>"
                         "Your data stays in one file on this computer.").format(__version__))


def check_dialog(parent: QWidget, session) -> None:
    from ..services.checks import check_file

    findings = check_file(session.af)
    dlg = QDialog(parent)
    dlg.setWindowTitle(QCoreApplication.translate("Dialogs", "Check the file"))
    lay = QVBoxLayout(dlg)
    table = QTableWidget(len(findings), 3)
    table.setHorizontalHeaderLabels([QCoreApplication.translate("Dialogs", "Severity"), QCoreApplication.translate("Dialogs", "Where"), QCoreApplication.translate("Dialogs", "Finding")])
    labels = {"error": QCoreApplication.translate("Dialogs", "Error"), "warning": QCoreApplication.translate("Dialogs", "Warning"), "info": QCoreApplication.translate("Dialogs", "Note")}
    for i, f in enumerate(findings):
        for j, text in enumerate((labels.get(f.severity, f.severity), f.where, f.message)):
            table.setItem(i, j, QTableWidgetItem(text))
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    table.horizontalHeader().setStretchLastSection(True)
    table.resizeColumnsToContents()
    lay.addWidget(table)
    if not findings:
        table.hide()
        from PySide6.QtWidgets import QLabel

        lay.addWidget(QLabel(QCoreApplication.translate("Dialogs", "No problem found.")))
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
    box.rejected.connect(dlg.reject)
    lay.addWidget(box)
    dlg.resize(900, 480)
    dlg.exec()


def history_dialog(parent: QWidget, session) -> None:
    dlg = QDialog(parent)
    dlg.setWindowTitle(QCoreApplication.translate("Dialogs", "Undo history"))
    lay = QVBoxLayout(dlg)
    view = QUndoView(session.undo_stack)
    view.setEmptyLabel(QCoreApplication.translate("Dialogs", "<opened file>"))
    lay.addWidget(view)
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
    box.rejected.connect(dlg.reject)
    lay.addWidget(box)
    dlg.resize(420, 420)
    dlg.exec()


def agency_dialog(parent: QWidget, session) -> None:
    from .agency_dialog import AgencyDialog

    AgencyDialog(session, parent).exec()
