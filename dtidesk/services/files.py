"""Files as a whole: new, demo, backup list and restore."""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

from ..domain.models import Agency
from ..domain.progress import Progress, no_progress
from ..domain.units import NameIndex
from ..domain.validation import require_text
from ..errors import DtideskError, FileLocked
from ..store import AgencyFile, create_agency_file, inspect, open_agency_file
from ..store.backups import BackupInfo, copy_as_backup, list_backups
from ..store.copies import copy_backup_into, copy_open_file_into
from ..store.lock import holder_text, read_lock
from .catalogs import import_framework, import_shipped, load_catalog

# The front ends hold an open file as an AgencyFile; they name the type through this module.
__all__ = ["AgencyFile", "BackupInfo", "backups_of", "inspect_file", "new_file", "open_file", "restore_backup",
           "save_copy"]


def inspect_file(path: Path | str) -> None:
    """Refuse a damaged, foreign or too-new file without opening, locking or changing it."""
    inspect(Path(path))


def open_file(path: Path | str, *, readonly: bool = False, force: bool = False) -> AgencyFile:
    """Open an agency file for a front end: checked, locked, backed up and migrated by the store."""
    return open_agency_file(path, readonly=readonly, force=force)


def new_file(path: Path | str, agency: Agency, unit_names: list[str] | None = None,
             frameworks: bool | list[Path] = True) -> AgencyFile:
    """User action “Tạo tệp mới”: profile, units and the shipped frameworks in one transaction."""
    require_text(agency.agency, "Tên cơ quan")
    path = Path(path)
    af = create_agency_file(path)
    try:
        with af.transaction():
            af.repo.agency.save(agency)
            known: NameIndex[str] = NameIndex()  # "Văn phòng" and "Văn phòng Sở" typed twice make one unit
            for name in unit_names or []:
                if name.strip() and known.find(name.strip()) is None:
                    af.repo.units.insert(name.strip())
                    known.add(name.strip(), name.strip())
            from .forms import install_shipped_forms

            install_shipped_forms(af)
            if frameworks is True:
                import_shipped(af)
            elif frameworks:
                for catalog in frameworks:
                    for fw in load_catalog(catalog):
                        import_framework(af, fw)
            af.repo.log.add("new_file", "agency", 1, agency.agency)
    except BaseException:
        af.close()
        with contextlib.suppress(OSError):
            path.unlink()
        raise
    return af


def backups_of(path: Path | str) -> list[BackupInfo]:
    return list_backups(Path(path))


def restore_backup(backup: Path | str, target: Path | str, progress: Progress = no_progress) -> Path:
    """Replace `target` by a backup copy; the current content is itself backed up first.

    The target must not be open anywhere (close it first). Returns the safety copy's path. `progress`
    only reports: a restore half done is not a state to leave the file in, so the window cannot cancel it.
    """
    backup, target = Path(backup), Path(target)
    progress(0, 3, "Đang kiểm tra bản sao lưu…")
    inspect(backup)  # refuses a damaged or too-new backup before anything changes
    holder = read_lock(target)
    if holder:
        raise FileLocked(f"Tệp “{target.name}” đang được mở bởi {holder_text(holder)}; hãy đóng tệp trước.",
                         holder)
    safety = None
    if target.exists():
        progress(1, 3, "Đang lưu nội dung hiện tại…")
        # Listed with the file's backups, so a restore chosen by mistake can itself be undone.
        safety = copy_as_backup(target, "truoc-khoi-phuc")
    tmp = target.with_name(target.name + ".restoring")
    progress(2, 3, "Đang khôi phục…")
    try:
        copy_backup_into(backup, tmp)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    # A journal left by the damaged file would be "rolled back" into the restored one.
    target.with_name(target.name + "-journal").unlink(missing_ok=True)
    os.replace(tmp, target)
    return safety or target


def save_copy(af: AgencyFile, dest: Path | str) -> Path:
    """User action “Lưu bản sao…”: a consistent copy through SQLite's backup API."""
    dest = Path(dest)
    if dest.resolve() == af.path.resolve():
        raise DtideskError("Bản sao phải khác tệp đang mở.")
    tmp = dest.with_name(dest.name + ".tmp")
    copy_open_file_into(af, tmp)
    tmp.replace(dest)
    return dest
