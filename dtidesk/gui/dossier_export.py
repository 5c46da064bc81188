"""Xuất → Hồ sơ tự đánh giá…: the year's self-assessment dossier as a folder or a .zip, once the officer has seen
what is still missing; written off the window's thread with a progress dialog that can cancel."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox, QWidget

from ..domain.text import safe_file_stem
from ..services import dossier
from ..services.scoring import assessment_years

MAX_LINES_SHOWN = 12


def choose_assessment(controller) -> tuple[int, str] | None:
    """The year of the window's year box (asked for when it is empty) and its index version (asked for when
    that year has more than one and the Criteria tab does not show one of them)."""
    window = controller.window
    s = window.session
    title = QCoreApplication.translate("DossierExport", "Self-assessment dossier")
    year = window.year_combo.currentData()
    if year is None:
        years = assessment_years(s.af)
        if not years:
            QMessageBox.information(window, title, QCoreApplication.translate("DossierExport", "The file has no self-assessment yet."))
            return None
        labels = [str(y) for y in reversed(years)]
        choice, ok = QInputDialog.getItem(window, title, QCoreApplication.translate("DossierExport", "Which year's self-assessment?"), labels, 0, False)
        if not ok or choice not in labels:
            return None
        year = int(choice)
    versions = dossier.indexes_of_year(s.af, year)
    if not versions:
        QMessageBox.information(window, title, QCoreApplication.translate("DossierExport", "There is no self-assessment for {0} yet: create it on the "
                                                   "Criteria tab.").format(year))
        return None
    if len(versions) == 1:
        return year, versions[0].code
    tab = getattr(window, "_criteria_tab", None)
    shown = getattr(getattr(tab, "view", None), "framework", None)
    if shown is not None and any(f.id == shown.id for f in versions):
        return year, shown.code
    labels = [f"{f.code} ({f.version_year}) — {f.name}" for f in versions]
    choice, ok = QInputDialog.getItem(window, title, QCoreApplication.translate("DossierExport", "Which index's self-assessment?"), labels, 0, False)
    return (year, versions[labels.index(choice)].code) if ok and choice in labels else None


def confirm_missing(parent: QWidget, lines: list[str]) -> bool:
    """What is still missing, shown before anything is written; True when the officer goes on."""
    if not lines:
        return True
    box = QMessageBox(QMessageBox.Icon.Warning, QCoreApplication.translate("DossierExport", "Self-assessment dossier"),
                      QCoreApplication.translate("DossierExport", "{0} points are still missing or would be questioned by the appraisers. Write the "
                          "dossier as it is, or stop and complete them first?").format(len(lines)), parent=parent)
    shown = lines[:MAX_LINES_SHOWN]
    more = len(lines) - len(shown)
    box.setInformativeText("\n".join(f"• {line}" for line in shown)
                           + ("\n" + QCoreApplication.translate("DossierExport", "… and {0} more (see the details).").format(more) if more else ""))
    box.setDetailedText("\n".join(lines))
    go = box.addButton(QCoreApplication.translate("DossierExport", "Write it anyway"), QMessageBox.ButtonRole.AcceptRole)
    stop = box.addButton(QCoreApplication.translate("DossierExport", "Stop"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(stop)
    box.exec()
    return box.clickedButton() is go


def choose_target(parent: QWidget, stem: str) -> Path | None:
    """A folder (the dossier folder is made inside the one chosen) or a .zip file."""
    box = QMessageBox(QMessageBox.Icon.Question, QCoreApplication.translate("DossierExport", "Self-assessment dossier"),
                      QCoreApplication.translate("DossierExport", "Write the dossier as a folder, or as one .zip file to send by email or on a USB stick?"),
                      parent=parent)
    folder_btn = box.addButton(QCoreApplication.translate("DossierExport", "Folder…"), QMessageBox.ButtonRole.AcceptRole)
    zip_btn = box.addButton(QCoreApplication.translate("DossierExport", "Zip file…"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    clicked = box.clickedButton()
    settings = QSettings()
    start = Path(str(settings.value("export_folder", str(Path.home()))))
    if clicked is zip_btn:
        chosen, _ = QFileDialog.getSaveFileName(parent, QCoreApplication.translate("DossierExport", "Save the dossier as"), str(start / f"{stem}.zip"),
                                                QCoreApplication.translate("DossierExport", "Zip file (*.zip)"))
        if not chosen:
            return None
        out = Path(chosen)
        out = out if out.suffix.lower() == ".zip" else out.with_name(out.name + ".zip")
        settings.setValue("export_folder", str(out.parent))
        return out
    if clicked is folder_btn:
        chosen = QFileDialog.getExistingDirectory(parent, QCoreApplication.translate("DossierExport", "Folder in which to make the dossier"), str(start))
        if not chosen:
            return None
        settings.setValue("export_folder", chosen)
        return Path(chosen) / stem
    return None


def export_dossier(controller, out: Path | None = None, quiet: bool = False) -> None:
    """Which assessment, what is missing (the officer may stop), where to, then the dossier as a job."""
    window = controller.window
    s = window.session
    if s is None:
        return
    picked = choose_assessment(controller)
    if picked is None:
        return
    year, code = picked
    if not confirm_missing(window, dossier.missing(s.af, year, code)):
        return
    out = out or choose_target(window, safe_file_stem(f"ho-so-tu-danh-gia-{code.lower()}-{year}"))
    if out is None:
        return
    kind = "zip" if out.suffix.lower() == ".zip" else "folder"
    controller._start(lambda af, progress: dossier.write_dossier(af, year, out, code, progress=progress).path,
                      kind, quiet)
