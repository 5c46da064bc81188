"""Mapping between two framework versions: each old criterion → its new counterpart, confirmed and saved."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..errors import DtideskError
from ..services import framework_map as uc
from ..services.frameworks import criteria_of, list_frameworks
from .locale_format import fmt_score
from .session import OpCommand, Session

translate = QCoreApplication.translate


def save_links_command(session: Session, old_id: int, new_id: int, links: list[dict]) -> OpCommand:
    """Store the mapping; undo puts back the links stored before."""
    af = session.af
    before = [dict(r) for r in uc.stored_links(af, old_id, new_id)]
    return OpCommand(session, translate("FrameworkMapDialog", "save criteria mapping"),
                     lambda: uc.save_links(af, old_id, new_id, links),
                     lambda: uc.save_links(af, old_id, new_id, before))


class FrameworkMapDialog(QDialog):
    COLUMNS = 4  # old code, old name, new criterion, relation

    def __init__(self, session: Session, parent: QWidget | None = None, old_id: int | None = None,
                 new_id: int | None = None):
        super().__init__(parent)
        self.session = session
        self.saved = False
        self.proposal: uc.MappingProposal | None = None
        self.relation_labels = {
            "same": self.tr("Unchanged"), "renumbered": self.tr("Renumbered"), "merged": self.tr("Merged"),
            "split": self.tr("Split"), "changed": self.tr("Reworded"),
        }
        self.setWindowTitle(self.tr("Criteria across framework versions"))
        self.resize(1000, 640)
        frameworks = sorted(list_frameworks(session.af), key=lambda f: (f.code, f.version_year))
        self.old_combo, self.new_combo = QComboBox(), QComboBox()
        for combo in (self.old_combo, self.new_combo):
            for fw in frameworks:
                combo.addItem(f"{fw.code}/{fw.version_year} — {fw.name}", fw.id)
        if old_id is None and len(frameworks) > 1:  # by default the two newest versions of one index
            pairs = [(a, b) for a, b in zip(frameworks, frameworks[1:], strict=False) if a.code == b.code]
            a, b = pairs[-1] if pairs else (frameworks[-2], frameworks[-1])
            old_id, new_id = a.id, b.id
        for combo, fid in ((self.old_combo, old_id), (self.new_combo, new_id)):
            idx = combo.findData(fid)
            if idx >= 0:
                combo.setCurrentIndex(idx)
        form = QFormLayout()
        form.addRow(self.tr("&Old version:"), self.old_combo)
        form.addRow(self.tr("&New version:"), self.new_combo)
        self.table = QTableWidget(0, self.COLUMNS)
        self.table.setHorizontalHeaderLabels([self.tr("Old code"), self.tr("Old criterion"),
                                              self.tr("New criterion"), self.tr("Relation")])
        header = self.table.horizontalHeader()
        for col, mode in enumerate((QHeaderView.ResizeMode.ResizeToContents, QHeaderView.ResizeMode.Stretch,
                                    QHeaderView.ResizeMode.Stretch, QHeaderView.ResizeMode.ResizeToContents)):
            header.setSectionResizeMode(col, mode)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.itemSelectionChanged.connect(self._show_history)
        self.history = QTreeWidget()
        self.history.setRootIsDecorated(False)
        self.history.setHeaderLabels([self.tr("Year"), self.tr("Version"), self.tr("Code"), self.tr("Appraised"),
                                      self.tr("Max"), self.tr("Self score")])
        for col in range(self.history.columnCount()):
            self.history.header().setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        history_box = QWidget()
        hl = QVBoxLayout(history_box)
        hl.setContentsMargins(0, 0, 0, 0)
        hl.addWidget(QLabel(self.tr("History of the selected criterion:")))
        hl.addWidget(self.history)
        splitter = QSplitter()
        splitter.addWidget(self.table)
        splitter.addWidget(history_box)
        splitter.setSizes([700, 300])
        self.added_label = QLabel()
        self.added_label.setWordWrap(True)
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #a61b1b;")
        self.error_label.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.save_button = self.buttons.addButton(self.tr("&Save"), QDialogButtonBox.ButtonRole.ApplyRole)
        self.save_button.clicked.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(self.error_label, 1)
        bottom.addWidget(self.buttons)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.added_label)
        layout.addLayout(bottom)
        self.old_combo.currentIndexChanged.connect(self.load)
        self.new_combo.currentIndexChanged.connect(self.load)
        self.load()

    def _fail(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.show()

    def load(self) -> None:
        """Propose links for the chosen pair: stored ones first, then the matches by code and name."""
        self.table.setRowCount(0)
        self.history.clear()
        self.added_label.clear()
        self.error_label.hide()
        self.proposal = None
        old_id, new_id = self.old_combo.currentData(), self.new_combo.currentData()
        self.save_button.setEnabled(False)
        if old_id is None or new_id is None:
            return
        try:
            self.proposal = uc.propose_links(self.session.af, old_id, new_id)
        except DtideskError as exc:
            self._fail(exc.message)
            return
        news = criteria_of(self.session.af, new_id)
        self.table.setRowCount(len(self.proposal.links))
        for row, link in enumerate(self.proposal.links):
            code = QTableWidgetItem(link.from_code)
            code.setData(Qt.ItemDataRole.UserRole, link.from_id)
            name = QTableWidgetItem(link.from_name)
            name.setToolTip(link.from_name)
            self.table.setItem(row, 0, code)
            self.table.setItem(row, 1, name)
            target = QComboBox()
            target.addItem(self.tr("(no counterpart)"), None)
            for n in news:
                target.addItem(f"{n.code} — {n.name}", n.id)
            target.setCurrentIndex(max(0, target.findData(link.to_id)))
            relation = QComboBox()
            for key, label in self.relation_labels.items():
                relation.addItem(label, key)
            relation.setCurrentIndex(max(0, relation.findData(link.relation or "same")))
            relation.setEnabled(link.to_id is not None)
            target.currentIndexChanged.connect(
                lambda _i, t=target, r=relation: r.setEnabled(t.currentData() is not None))
            self.table.setCellWidget(row, 2, target)
            self.table.setCellWidget(row, 3, relation)
        added = ", ".join(i.code for i in self.proposal.added)
        self.added_label.setText(self.tr("New criteria with no predecessor: {0}").format(added) if added else "")
        self.save_button.setEnabled(True)

    def links(self) -> list[dict]:
        """The rows as the user left them."""
        out = []
        for row in range(self.table.rowCount()):
            target, relation = self.table.cellWidget(row, 2), self.table.cellWidget(row, 3)
            if target.currentData() is None:
                continue
            out.append({"from_id": self.table.item(row, 0).data(Qt.ItemDataRole.UserRole), "to_id": target.currentData(),
                        "relation": relation.currentData()})
        return out

    def save(self) -> None:
        if self.proposal is None:
            return
        cmd = save_links_command(self.session, self.proposal.old.id, self.proposal.new.id, self.links())
        self.session.failed.connect(self._fail)  # a refusal is shown here, where the user is looking
        try:
            ok = self.session.execute(cmd)
        finally:
            self.session.failed.disconnect(self._fail)
        if ok:
            self.saved = True
            self.load()

    def _show_history(self) -> None:
        self.history.clear()
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return
        item = self.table.item(rows[0].row(), 0)
        for h in uc.criterion_history(self.session.af, item.data(Qt.ItemDataRole.UserRole)):
            self.history.addTopLevelItem(QTreeWidgetItem([
                str(h.year), f"{h.framework_code}/{h.framework_version}", h.code, fmt_score(h.appraised_score),
                fmt_score(h.max_score), fmt_score(h.self_score)]))
