"""Agency profile (what prints in document headers) and the units list; every change undoable."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ..services import units as unit_ops
from .session import OpCommand, Session

PROFILE_FIELDS = [
    ("parent_agency", QT_TRANSLATE_NOOP("AgencyDialog", "Parent agency:")), ("parent_agency_short", QT_TRANSLATE_NOOP("AgencyDialog", "Parent agency, abbreviated:")),
    ("agency", QT_TRANSLATE_NOOP("AgencyDialog", "Issuing agency:")), ("agency_name", QT_TRANSLATE_NOOP("AgencyDialog", "Agency name in text:")), ("short_code", QT_TRANSLATE_NOOP("AgencyDialog", "Short code:")),
    ("place", QT_TRANSLATE_NOOP("AgencyDialog", "Place name:")), ("head_title", QT_TRANSLATE_NOOP("AgencyDialog", "Head's title:")), ("head_name", QT_TRANSLATE_NOOP("AgencyDialog", "Head's name:")),
    ("deputy_title", QT_TRANSLATE_NOOP("AgencyDialog", "Deputy's title:")), ("deputy_name", QT_TRANSLATE_NOOP("AgencyDialog", "Deputy's name:")),
]


class AgencyDialog(QDialog):
    def __init__(self, session: Session, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(self.tr("Agency profile and units"))
        tabs = QTabWidget()
        lay = QVBoxLayout(self)
        lay.addWidget(tabs)

        profile = QWidget()
        form = QFormLayout(profile)
        self.edits: dict[str, QLineEdit] = {}
        agency = unit_ops.agency_profile(session.af)
        for key, label in PROFILE_FIELDS:
            edit = QLineEdit(getattr(agency, key))
            self.edits[key] = edit
            form.addRow(self.tr(label), edit)
        self.recipients = QPlainTextEdit("\n".join(agency.default_recipients))
        form.addRow(self.tr("Default recipients (one per line):"), self.recipients)
        save = QPushButton(self.tr("Save profile"))
        save.clicked.connect(self.save_profile)
        form.addRow("", save)
        tabs.addTab(profile, self.tr("Profile"))

        units = QWidget()
        ul = QVBoxLayout(units)
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels([self.tr("Unit"), self.tr("Short name"), self.tr("Kind"),
                                              self.tr("Active"), self.tr("Also written as")])
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(False)
        ul.addWidget(self.table)
        row = QHBoxLayout()
        for text, slot in ((self.tr("Add…"), self.add_unit), (self.tr("Rename…"), self.rename_unit),
                           (self.tr("Activate / deactivate"), self.toggle_unit), (self.tr("Delete"), self.delete_unit),
                           (self.tr("Merge units…"), self.merge_unit)):
            b = QPushButton(text)
            b.clicked.connect(slot)
            row.addWidget(b)
        self.kind_combo = QComboBox()
        for k, label in self.kinds().items():
            self.kind_combo.addItem(label, k)
        self.kind_combo.activated.connect(self.change_kind)
        row.addWidget(self.kind_combo)
        ul.addLayout(row)
        tabs.addTab(units, self.tr("Units"))

        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        box.rejected.connect(self.reject)
        lay.addWidget(box)
        self.resize(760, 520)
        session.changed.connect(self._refresh)
        self._refresh()

    def kinds(self) -> dict[str, str]:
        return {"office": self.tr("Office of the agency"), "unit": self.tr("Section"),
                "public_service": self.tr("Public service unit"), "outside": self.tr("Outside body"),
                "collective": self.tr("Group of units")}

    def _refresh(self, *_args) -> None:
        units = unit_ops.list_units(self.session.af)
        self.table.setRowCount(len(units))
        kinds = self.kinds()
        for i, u in enumerate(units):
            cells = [u.name, u.short_name, kinds.get(u.kind, u.kind), self.tr("yes") if u.active else self.tr("no"),
                     "; ".join(u.aliases)]
            for j, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, u.id)
                if not u.active:
                    item.setForeground(Qt.GlobalColor.gray)
                if j == 0 and u.aliases:  # the column is often scrolled out of sight by long names
                    item.setToolTip(self.tr("Also written as: {0}").format("; ".join(u.aliases)))
                self.table.setItem(i, j, item)
        self.table.resizeColumnsToContents()

    def _selected(self) -> int | None:
        row = self.table.currentRow()
        item = self.table.item(row, 0) if row >= 0 else None
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def save_profile(self) -> None:
        af = self.session.af
        old = unit_ops.agency_profile(af)
        values = {k: e.text().strip() for k, e in self.edits.items()}
        recipients = [ln.strip() for ln in self.recipients.toPlainText().splitlines() if ln.strip()]
        new = replace(old, default_recipients=recipients, **values)
        self.session.execute(OpCommand(self.session, self.tr("edit agency profile"),
                                       lambda: unit_ops.update_agency(af, new)[1],
                                       lambda: unit_ops.update_agency(af, old)[1]))

    def add_unit(self) -> None:
        name, ok = QInputDialog.getText(self, self.tr("Add a unit"), self.tr("Unit name:"))
        if not ok or not name.strip():
            return
        af = self.session.af
        created: dict[str, int] = {}

        def do():
            uid, ch = unit_ops.add_unit(af, name, kind=self.kind_combo.currentData() or "unit")
            created["id"] = uid
            return ch

        def undo():
            return unit_ops.delete_unit(af, created["id"])[1]

        self.session.execute(OpCommand(self.session, self.tr("add unit"), do, undo))

    def rename_unit(self) -> None:
        uid = self._selected()
        if uid is None:
            return
        af = self.session.af
        unit = unit_ops.get_unit(af, uid)
        name, ok = QInputDialog.getText(self, self.tr("Rename unit"), self.tr("New name:"), text=unit.name)
        if ok and name.strip() and name.strip() != unit.name:
            self.session.execute(OpCommand(self.session, self.tr("rename unit"),
                                           lambda: unit_ops.update_unit(af, uid, name=name)[1],
                                           lambda: unit_ops.update_unit(af, uid, name=unit.name)[1]))

    def toggle_unit(self) -> None:
        uid = self._selected()
        if uid is None:
            return
        af = self.session.af
        active = unit_ops.get_unit(af, uid).active
        self.session.execute(OpCommand(self.session, self.tr("deactivate unit") if active else self.tr("activate unit"),
                                       lambda: unit_ops.update_unit(af, uid, active=not active)[1],
                                       lambda: unit_ops.update_unit(af, uid, active=active)[1]))

    def change_kind(self) -> None:
        uid = self._selected()
        if uid is None:
            return
        af = self.session.af
        old = unit_ops.get_unit(af, uid).kind
        new = self.kind_combo.currentData()
        if new != old:
            self.session.execute(OpCommand(self.session, self.tr("change unit kind"),
                                           lambda: unit_ops.update_unit(af, uid, kind=new)[1],
                                           lambda: unit_ops.update_unit(af, uid, kind=old)[1]))

    def delete_unit(self) -> None:
        uid = self._selected()
        if uid is None:
            return
        af = self.session.af
        unit = unit_ops.get_unit(af, uid)
        if QMessageBox.question(self, self.tr("Delete unit"), self.tr("Delete the unit “{0}”?").format(unit.name)) \
                != QMessageBox.StandardButton.Yes:
            return
        self.session.execute(OpCommand(self.session, self.tr("delete unit"),
                                       lambda: unit_ops.delete_unit(af, uid)[1],
                                       lambda: unit_ops.restore_unit(af, unit)))

    def merge_unit(self) -> None:
        """“Gộp đơn vị…”: the selected unit goes into another; one undo step puts every link back."""
        uid = self._selected()
        if uid is None:
            return
        af = self.session.af
        merged = unit_ops.get_unit(af, uid)
        others = [u for u in unit_ops.list_units(af) if u.id != uid]
        if not others:
            return
        labels = [u.name if u.active else self.tr("{0} (inactive)").format(u.name) for u in others]
        label, ok = QInputDialog.getItem(
            self, self.tr("Merge units"),
            self.tr("Merge “{0}” into the unit:\n(its tasks, targets, projects and form figures go to that unit, "
                    "and “{0}” becomes another way of writing its name)").format(merged.name), labels, 0, False)
        if not ok or label not in labels:
            return
        keep = others[labels.index(label)]
        done: dict[str, unit_ops.UnitMerge] = {}

        def do():
            done["merge"], changes = unit_ops.merge_units(af, keep.id, uid)
            return changes

        def undo():
            return unit_ops.undo_merge_units(af, done["merge"])

        self.session.execute(OpCommand(self.session, self.tr("merge “{0}” into “{1}”").format(merged.name, keep.name),
                                       do, undo))


__all__ = ["AgencyDialog", "QCheckBox"]
