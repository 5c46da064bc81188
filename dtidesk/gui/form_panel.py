"""The statistics-form grid of the Reports tab: pick a form, a year and whose figures; type, import, consolidate."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QSplitter,
    QStackedWidget,
    QStyledItemDelegate,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..domain.periods import Period
from ..domain.progress import Progress
from ..domain.text import safe_file_stem
from ..errors import DtideskError
from ..services import form_snapshots
from ..services import forms as form_ops
from ..services.changes import Changes
from . import form_commands
from .elide import ElidingComboBox, WordElideDelegate
from .form_model import FormCol, FormRowsTableModel
from .form_table import FormTableEditor
from .jobs import call_with_progress, run_job
from .session import Session

AGENCY = -1  # "figures of" = the agency's consolidated figures


class ChoiceDelegate(QStyledItemDelegate):
    """A drop-down of the coded answers for choice rows ("Chưa = 0; Hoàn thành = 1"), free text otherwise."""

    def createEditor(self, parent, option, index):  # noqa: N802
        model: FormRowsTableModel = index.model()
        row = model.rows[index.row()]
        if row.type != "choice":
            return super().createEditor(parent, option, index)
        combo = QComboBox(parent)
        combo.addItem("", None)
        for c in row.choices:
            combo.addItem(f"{c.value} — {c.label}", c.value)
        return combo

    def setEditorData(self, editor, index):  # noqa: N802
        if isinstance(editor, QComboBox):
            current = index.data(Qt.ItemDataRole.EditRole)
            i = editor.findData(int(current)) if current not in (None, "") else 0
            editor.setCurrentIndex(max(i, 0))
            return
        super().setEditorData(editor, index)

    def setModelData(self, editor, model, index):  # noqa: N802
        if isinstance(editor, QComboBox):
            value = editor.currentData()
            model.setData(index, "" if value is None else str(value))
            return
        super().setModelData(editor, model, index)


class FormPanel(QWidget):
    """Statistics forms for the Reports tab's period; every change is one undo step."""

    status_message = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.session: Session | None = None
        self._period = Period.H1
        self._stale = True
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Form:")))
        # Official form titles run to 150 characters: the box shows what fits, cut between words, and the
        # whole title in its tooltip and in the (wider) list it drops down.
        self.form_combo = ElidingComboBox(min_chars=30, popup_width=760)
        self.form_combo.setMinimumWidth(360)
        top.addWidget(self.form_combo, 2)
        top.addWidget(QLabel(self.tr("Year:")))
        self.year_spin = QSpinBox()
        self.year_spin.setRange(2000, 2100)
        self.year_spin.setValue(2024)
        top.addWidget(self.year_spin)
        top.addWidget(QLabel(self.tr("Figures of:")))
        self.unit_combo = QComboBox()
        self.unit_combo.setMinimumWidth(220)
        top.addWidget(self.unit_combo, 1)
        lay.addLayout(top)

        buttons = QHBoxLayout()
        self.export_btn = QPushButton(self.tr("Send to a unit (Excel)…"))
        self.export_btn.setToolTip(self.tr("Export this form for one unit to fill in offline"))
        self.import_btn = QPushButton(self.tr("Import units' files…"))
        self.import_btn.setToolTip(self.tr("Read filled files from units; each file is taken whole or refused"))
        self.consolidate_btn = QPushButton(self.tr("Consolidate"))
        self.consolidate_btn.setToolTip(self.tr("The agency's figures = the sum of the units' submissions"))
        self.carry_btn = QPushButton(self.tr("Carry cumulative figures"))
        self.carry_btn.setToolTip(self.tr("Blank cumulative rows take the previous period's figure"))
        self.fill_btn = QPushButton(self.tr("Fill the province's workbook…"))
        self.save_btn = QPushButton(self.tr("Save as Excel…"))
        self.add_btn = QPushButton(self.tr("Add a form (JSON)…"))
        for b in (self.export_btn, self.import_btn, self.consolidate_btn, self.carry_btn, self.fill_btn,
                  self.save_btn, self.add_btn):
            buttons.addWidget(b)
        buttons.addStretch(1)
        lay.addLayout(buttons)

        self.rows_model = FormRowsTableModel(self)
        self.rows_model.on_edit = self._edit_cell
        self.rows_view = QTableView()
        self.rows_view.setModel(self.rows_model)
        self.rows_view.setItemDelegateForColumn(FormCol.VALUE, ChoiceDelegate(self.rows_view))
        cut = WordElideDelegate(self.rows_view)  # long row names and coded answers cut between words
        for col in (FormCol.LABEL, FormCol.UNIT):
            self.rows_view.setItemDelegateForColumn(col, cut)
        self.rows_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.rows_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.rows_view.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                       | QAbstractItemView.EditTrigger.EditKeyPressed
                                       | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.rows_view.verticalHeader().hide()
        self.rows_view.verticalHeader().setDefaultSectionSize(22)
        h = self.rows_view.horizontalHeader()
        h.setSectionResizeMode(FormCol.LABEL, QHeaderView.ResizeMode.Stretch)
        for c, w in ((FormCol.CODE, 70), (FormCol.UNIT, 150), (FormCol.VALUE, 110), (FormCol.PREVIOUS, 100),
                     (FormCol.CHANGE, 120)):
            self.rows_view.setColumnWidth(c, w)
        QShortcut(QKeySequence.StandardKey.Delete, self.rows_view, self._clear_selected,
                  context=Qt.ShortcutContext.WidgetShortcut)
        self.table_editor = FormTableEditor(self)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.rows_view)
        self.stack.addWidget(self.table_editor)

        side = QWidget()
        sl = QVBoxLayout(side)
        sl.setContentsMargins(0, 0, 0, 0)
        self.submitted_label = QLabel()
        self.submitted_label.setWordWrap(True)
        sl.addWidget(self.submitted_label)
        sl.addWidget(QLabel(self.tr("Checks:")))
        self.findings_list = QListWidget()
        self.findings_list.setWordWrap(True)
        sl.addWidget(self.findings_list, 1)
        split = QSplitter()
        split.addWidget(self.stack)
        split.addWidget(side)
        split.setStretchFactor(0, 4)
        split.setStretchFactor(1, 1)
        split.setSizes([900, 300])
        lay.addWidget(split, 1)

        self.form_combo.currentIndexChanged.connect(self.refresh)
        self.year_spin.valueChanged.connect(self.refresh)
        self.unit_combo.currentIndexChanged.connect(self.refresh)
        self.findings_list.itemActivated.connect(self._jump_to_finding)
        self.findings_list.itemClicked.connect(self._jump_to_finding)
        self.export_btn.clicked.connect(self.export_for_unit)
        self.import_btn.clicked.connect(self.import_files)
        self.consolidate_btn.clicked.connect(self.consolidate)
        self.carry_btn.clicked.connect(self.carry_cumulative)
        self.fill_btn.clicked.connect(self.fill_official)
        self.save_btn.clicked.connect(self.save_statistics)
        self.add_btn.clicked.connect(self.add_form)
        self.table_editor.rows_edited.connect(self._set_table_rows)

    # -- state ------------------------------------------------------------------------------------------
    def set_session(self, session: Session | None) -> None:
        self.session = session
        if session is not None:
            session.changed.connect(self._on_changed)
        self._fill_forms()
        self._fill_units()
        self.refresh()

    def set_year(self, year: int | None) -> None:
        if year and year != self.year_spin.value():
            self.year_spin.blockSignals(True)
            self.year_spin.setValue(year)
            self.year_spin.blockSignals(False)
            if not self._has_data(self.form_id()):
                self._fill_forms(keep=False)
            self.refresh()

    def _has_data(self, form_id: int | None) -> bool:
        return self.session is not None and form_id is not None and form_ops.has_figures(
            self.session.af, form_id, self.year())

    def set_period(self, period: Period) -> None:
        self._period = period
        self.refresh()

    def form_id(self) -> int | None:
        return self.form_combo.currentData()

    def unit_id(self) -> int | None:
        data = self.unit_combo.currentData()
        return None if data in (None, AGENCY) else int(data)

    def year(self) -> int:
        return self.year_spin.value()

    def period(self) -> Period:
        return self._period

    def _fill_forms(self, keep: bool = True) -> None:
        cur = self.form_combo.currentData() if keep else None
        self.form_combo.blockSignals(True)
        self.form_combo.clear()
        forms = form_ops.list_forms(self.session.af) if self.session is not None else []
        titles = [(f.template.appendix_label, " ".join(f.template.title.split())) for f in forms]
        for f, (appendix, title) in zip(forms, titles, strict=True):
            # The officer knows a form by its appendix number and title; its code is the program's own.
            text = f"{appendix} — {title}" if appendix else title
            if titles.count((appendix, title)) > 1:  # the same form in two versions: say which year's
                text = self.tr("{0} (version of {1})").format(text, f.template.version)
            self.form_combo.addItem(text, f.id)
            self.form_combo.setItemData(self.form_combo.count() - 1, text, Qt.ItemDataRole.ToolTipRole)
        i = self.form_combo.findData(cur)
        if i < 0 and forms:  # not chosen yet: a form with figures this year, else the CCHC statistics form
            pick = [f for f in forms if self._has_data(f.id)] or [f for f in forms if f.code == "cchc-stats"] or forms
            i = self.form_combo.findData(pick[0].id)
        self.form_combo.setCurrentIndex(i)
        self.form_combo.blockSignals(False)

    def _fill_units(self) -> None:
        cur = self.unit_combo.currentData()
        self.unit_combo.blockSignals(True)
        self.unit_combo.clear()
        self.unit_combo.addItem(self.tr("The agency (consolidated)"), AGENCY)
        if self.session is not None:
            for u in form_ops.submitting_units(self.session.af):
                self.unit_combo.addItem(u.name, u.id)
        i = self.unit_combo.findData(cur)
        self.unit_combo.setCurrentIndex(max(i, 0))
        self.unit_combo.blockSignals(False)

    def _on_changed(self, changes: Changes) -> None:
        if changes.touches("forms"):
            self._fill_forms()
        if changes.touches("units"):
            self._fill_units()
        if changes.touches("forms", "units", "form_values", "form_submissions"):
            self.refresh()

    def showEvent(self, event) -> None:  # noqa: N802
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def refresh(self) -> None:
        # Hidden behind another page, the grid is rebuilt when it is next shown (start-up stays fast).
        self._stale = not self.isVisible()
        if self._stale:
            return
        has = self.session is not None and self.form_id() is not None
        for b in (self.export_btn, self.import_btn, self.consolidate_btn, self.carry_btn, self.fill_btn,
                  self.save_btn):
            b.setEnabled(has and not (self.session and self.session.af.readonly))
        self.add_btn.setEnabled(self.session is not None and not self.session.af.readonly)
        self.findings_list.clear()
        if not has:
            self.rows_model.set_data(None, [], [])
            self.table_editor.set_rows(None, [], [])
            self.submitted_label.setText(self.tr("No statistics form in this file."))
            return
        af, fid, year, p, uid = self.session.af, self.form_id(), self.year(), self.period(), self.unit_id()
        try:
            form = form_ops.get_form(af, fid)
            findings = form_ops.check_form(af, fid, year, p, uid)
            if form.template.kind == "rows":
                values = form_ops.values_for(af, fid, year, p, uid)
                self.rows_model.set_data(values, findings, form_ops.compare_periods(af, fid, year, p, uid))
                self.stack.setCurrentWidget(self.rows_view)
            else:
                self.table_editor.set_rows(form.template, form_ops.table_rows(af, fid, year, p, uid), findings)
                self.stack.setCurrentWidget(self.table_editor)
            missing = form_ops.missing_units(af, fid, year, p)
        except DtideskError as exc:
            self.submitted_label.setText(exc.message)
            return
        self.carry_btn.setEnabled(self.carry_btn.isEnabled() and form.template.kind == "rows")
        self.fill_btn.setEnabled(self.fill_btn.isEnabled() and form.template.kind == "rows")
        self._show_findings(findings)
        self._show_submissions(missing)

    def _show_findings(self, findings) -> None:
        if not findings:
            item = QListWidgetItem(self.tr("No problem found."))
            item.setForeground(QBrush(QColor("#1b6e2c")))
            self.findings_list.addItem(item)
            return
        for f in findings:
            mark = "✖" if f.severity == "error" else "⚠"
            item = QListWidgetItem(f"{mark} {f.message}")
            item.setData(Qt.ItemDataRole.UserRole, f.row)
            item.setForeground(QBrush(QColor("#9c1c1c" if f.severity == "error" else "#8a5a00")))
            self.findings_list.addItem(item)

    def _show_submissions(self, missing) -> None:
        af = self.session.af
        uid = self.unit_id()
        if uid is not None:
            sub = form_ops.submission_of(af, self.form_id(), self.year(), self.period(), uid)
            if sub is None:
                text = self.tr("This unit has not sent its figures for the period yet.")
            else:
                when = sub.submitted_at.replace("T", " ")[:16]
                text = self.tr("Received {0}").format(when) + (f" — {sub.source_file}" if sub.source_file else "")
        elif missing:
            text = self.tr("Not submitted yet ({0}): {1}").format(len(missing), ", ".join(u.name for u in missing))
        else:
            text = self.tr("Every unit has submitted its figures.")
        self.submitted_label.setText(text)

    def _jump_to_finding(self, item: QListWidgetItem) -> None:
        code = item.data(Qt.ItemDataRole.UserRole)
        if not code:
            return
        if self.stack.currentWidget() is self.rows_view:
            r = self.rows_model.row_of(code)
            if r >= 0:
                idx = self.rows_model.index(r, FormCol.VALUE)
                self.rows_view.scrollTo(idx, QAbstractItemView.ScrollHint.PositionAtCenter)
                self.rows_view.setCurrentIndex(idx)
        else:
            self.table_editor.select_row(code)

    # -- actions ------------------------------------------------------------------------------------------
    def _triple(self) -> tuple[int, int, str]:
        return (self.form_id(), self.year(), str(self.period()))

    def _edit_cell(self, code: str, raw: object) -> bool:
        if self.session is None:
            return False
        current = self.rows_model.values
        old = current.value(code) if current else None
        text = "" if raw is None else str(raw).strip()
        if current is not None and text == ("" if old is None else self.rows_model.data(
                self.rows_model.index(self.rows_model.row_of(code), FormCol.VALUE), Qt.ItemDataRole.EditRole)):
            return True
        af, fid, year, p, uid = self.session.af, self.form_id(), self.year(), str(self.period()), self.unit_id()
        return form_commands.run_figures_action(
            self.session, self.tr("edit figure {0}").format(code), [self._triple()],
            lambda: form_ops.set_value(af, fid, year, p, uid, code, text))

    def _clear_selected(self) -> None:
        idx = self.rows_view.currentIndex()
        if idx.isValid() and self.rows_model.rows[idx.row()].editable:
            self._edit_cell(self.rows_model.rows[idx.row()].code, "")

    def _set_table_rows(self, rows: list) -> None:
        if self.session is None:
            return
        af, fid, year, p, uid = self.session.af, self.form_id(), self.year(), str(self.period()), self.unit_id()
        form_commands.run_figures_action(self.session, self.tr("edit table rows"), [self._triple()],
                                         lambda: form_ops.set_table_rows(af, fid, year, p, uid, rows, recompute=True))

    def consolidate(self) -> None:
        if self.session is None:
            return
        af, fid, year, p = self.session.af, self.form_id(), self.year(), str(self.period())
        result: dict = {}

        def do(progress: Progress) -> Changes:
            result["c"], changes = call_with_progress(form_ops.consolidate, af, fid, year, p, progress=progress)
            return changes

        def consolidated(_changes: Changes) -> None:
            c = result["c"]
            self.unit_combo.setCurrentIndex(0)
            msg = self.tr("Consolidated the figures of {0} units.").format(len(c.units))
            if c.missing:
                msg += " " + self.tr("Not submitted yet: {0}.").format(", ".join(u.name for u in c.missing))
            self.status_message.emit(msg)

        form_commands.run_figures_job(self, self.session, self.tr("consolidate figures"), [self._triple()], do,
                                      title=self.tr("Consolidate"), on_done=consolidated,
                                      job_text=self.tr("Consolidating the units' figures…"))

    def carry_cumulative(self) -> None:
        if self.session is None:
            return
        af, fid, year, p, uid = self.session.af, self.form_id(), self.year(), str(self.period()), self.unit_id()
        form_commands.run_figures_action(self.session, self.tr("carry cumulative figures"), [self._triple()],
                                         lambda: form_ops.carry_cumulative(af, fid, year, p, uid))

    def _folder(self) -> str:
        return str(QSettings().value("forms_folder", str(Path.home())))

    def _remember_folder(self, path: str) -> None:
        QSettings().setValue("forms_folder", str(Path(path).parent))

    def export_for_unit(self) -> None:
        from ..services import form_files  # openpyxl loads on first use, not at start-up

        if self.session is None:
            return
        af = self.session.af
        units = form_ops.submitting_units(af)
        if not units:
            QMessageBox.information(self, self.tr("Send to a unit"), self.tr("The file has no units yet."))
            return
        names = [u.name for u in units]
        current = self.unit_id()
        start = next((i for i, u in enumerate(units) if u.id == current), 0)
        name, ok = QInputDialog.getItem(self, self.tr("Send to a unit"), self.tr("Unit:"), names, start, False)
        if not ok:
            return
        unit = units[names.index(name)]
        prefill = QMessageBox.question(
            self, self.tr("Send to a unit"),
            self.tr("Prefill the file with the unit's figures of the previous period?"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No) == QMessageBox.StandardButton.Yes
        form = form_ops.get_form(af, self.form_id())
        stem = safe_file_stem(f"{form.code}-{self.year()}-{self.period()}-{unit.short_name or unit.name}")
        default = Path(self._folder()) / f"{stem}.xlsx"
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Send to a unit"), str(default),
                                              self.tr("Excel files (*.xlsx)"))
        if not path:
            return
        fid, year, period = self.form_id(), self.year(), str(self.period())
        self._remember_folder(path)
        run_job(self, self.tr("Send to a unit"),
                lambda progress: call_with_progress(form_files.export_unit_form, af, fid, year, period, unit.id, path,
                                                    prefill=prefill, progress=progress),
                lambda out: self.status_message.emit(self.tr("Saved {0}").format(out)),
                on_failed=lambda msg: QMessageBox.warning(self, self.tr("Not exported"), msg),
                text=self.tr("Exporting…"))

    def import_files(self, paths: list[str] | None = None) -> None:
        from ..services import form_files  # openpyxl loads on first use, not at start-up

        if self.session is None:
            return
        if not paths:
            paths, _ = QFileDialog.getOpenFileNames(self, self.tr("Import units' files"), self._folder(),
                                                    self.tr("Excel files (*.xlsx)"))
        if not paths:
            return
        self._remember_folder(paths[0])
        af = self.session.af
        current = self._triple()
        results: list = []

        def triples(progress: Progress) -> list[form_commands.Triple]:
            found = [current]
            for i, p in enumerate(paths):  # read first (nothing written) to know which periods an undo must restore
                progress(i, len(paths), "")
                res = form_files.read_unit_file(af, p)
                if res.form is not None and res.year and res.period:
                    found.append((res.form.id, res.year, str(res.period)))
            return found

        def do(progress: Progress) -> Changes:
            out, changes = call_with_progress(form_files.import_unit_files, af, [Path(p) for p in paths],
                                              progress=progress)
            results.extend(out)
            return changes

        def imported(_changes: Changes) -> None:
            if results:
                self._show_import_results(results)

        form_commands.run_figures_job(self, self.session, self.tr("import {0} files").format(len(paths)), triples,
                                      do, title=self.tr("Import units' files"), on_done=imported,
                                      job_text=self.tr("Reading the units' files…"))

    def fill_official(self) -> None:
        from ..services import form_files  # openpyxl loads on first use, not at start-up

        if self.session is None:
            return
        src, _ = QFileDialog.getOpenFileName(self, self.tr("The province's workbook"), self._folder(),
                                             self.tr("Excel files (*.xlsx)"))
        if not src:
            return
        code_col, ok = QInputDialog.getText(self, self.tr("Fill the province's workbook"),
                                            self.tr("Column holding the row codes:"), text="A")
        if not ok:
            return
        value_col, ok = QInputDialog.getText(self, self.tr("Fill the province's workbook"),
                                             self.tr("Column to write the figures into:"), text="D")
        if not ok:
            return
        default = str(Path(src).with_name(Path(src).stem + "-da-dien.xlsx"))
        out, _ = QFileDialog.getSaveFileName(self, self.tr("Save the filled copy"), default,
                                             self.tr("Excel files (*.xlsx)"))
        if not out:
            return
        af, fid, year, period, uid = self.session.af, self.form_id(), self.year(), str(self.period()), self.unit_id()

        def filled(report) -> None:
            text = self.tr("Wrote {0} figures into {1}.").format(len(report.written), report.out)
            if report.notes:
                text += "\n\n" + "\n".join(report.notes[:30])
            QMessageBox.information(self, self.tr("Fill the province's workbook"), text)

        run_job(self, self.tr("Fill the province's workbook"),
                lambda progress: call_with_progress(form_files.fill_official, af, src, fid, year, period, out,
                                                    code_col.strip(), value_col.strip(), uid, progress=progress),
                filled, on_failed=lambda msg: QMessageBox.warning(self, self.tr("Not filled"), msg),
                text=self.tr("Filling the workbook…"))

    def save_statistics(self) -> None:
        from ..services import form_files  # openpyxl loads on first use, not at start-up

        if self.session is None:
            return
        form = form_ops.get_form(self.session.af, self.form_id())
        default = Path(self._folder()) / f"{form.code}-{self.year()}-{self.period()}.xlsx"
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save as Excel"), str(default),
                                              self.tr("Excel files (*.xlsx)"))
        if not path:
            return
        af, fid, year, period = self.session.af, self.form_id(), self.year(), str(self.period())
        self._remember_folder(path)
        run_job(self, self.tr("Save as Excel"),
                lambda progress: call_with_progress(form_files.export_statistics_xlsx, af, fid, year, period, path,
                                                    progress=progress),
                lambda out: self.status_message.emit(self.tr("Saved {0}").format(out)),
                on_failed=lambda msg: QMessageBox.warning(self, self.tr("Not exported"), msg),
                text=self.tr("Exporting…"))

    def add_form(self) -> None:
        if self.session is None:
            return
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Add a form"), self._folder(),
                                              self.tr("Form templates (*.json)"))
        if not path:
            return
        session = self.session
        state = {"id": 0}

        def do() -> Changes:
            state["id"], changes = form_ops.add_form_from_json(session.af, path)
            return changes

        def undo() -> Changes:
            return form_snapshots.remove_form(session.af, state["id"])

        from .session import OpCommand

        if session.execute(OpCommand(session, self.tr("add form {0}").format(Path(path).name), do, undo)):
            i = self.form_combo.findData(state["id"])
            if i >= 0:
                self.form_combo.setCurrentIndex(i)

    def _show_import_results(self, results: list) -> None:
        """Every file's fate after an import, with every problem by file, sheet and cell."""
        ok = [r for r in results if r.accepted]
        refused = [r for r in results if not r.accepted]
        lines = []
        for r in ok:
            lines.append(self.tr("✔ {0}: imported ({1})").format(r.path.name, r.unit.name if r.unit else ""))
            lines += [f"   ⚠ {p.text()}" for p in r.problems]
        for r in refused:
            lines.append(self.tr("✖ {0}: refused, nothing imported").format(r.path.name))
            lines += [f"   • {p.text()}" for p in r.problems]
        self.last_import_report = "\n".join(lines)
        summary = self.tr("{0} imported, {1} refused.").format(len(ok), len(refused))
        self.status_message.emit(summary)
        box = QMessageBox(QMessageBox.Icon.Warning if refused else QMessageBox.Icon.Information,
                          self.tr("Import of units' files"), summary, parent=self)
        box.setInformativeText("\n".join(lines[:14]) + ("\n…" if len(lines) > 14 else ""))
        box.setDetailedText(self.last_import_report)
        if not self.window().property("noModal"):
            box.exec()
