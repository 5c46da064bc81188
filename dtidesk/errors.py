"""Errors the user can act on, each with a Vietnamese message; anything else is a bug."""

from __future__ import annotations


class DtideskError(Exception):
    """Base of every error that is the user's to act on. `message` is shown as is."""

    kind = "error"

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


class FileMissing(DtideskError):
    kind = "missing"


class NotADtideskFile(DtideskError):
    kind = "not_dtidesk"


class FileTooNew(DtideskError):
    kind = "too_new"


class FileCorrupt(DtideskError):
    kind = "corrupt"


class FileUnavailable(DtideskError):
    """The disk went away mid-work (a USB stick pulled, a share disconnected): not damage."""

    kind = "unavailable"


class ProgramError(DtideskError):
    """A failure of the program itself (a bug), not of the file or the input. The file is left as it is;
    front ends write the cause to the error log (`dtidesk.buglog`)."""

    kind = "bug"


class FileLocked(DtideskError):
    """Another program instance holds the file; `holder` says who."""

    kind = "locked"

    def __init__(self, message: str, holder: dict | None = None):
        super().__init__(message)
        self.holder = holder or {}


class FileReadOnly(DtideskError):
    kind = "read_only"


class DiskFull(DtideskError):
    kind = "disk_full"


class BackupFailed(DtideskError):
    """The backup before the first write could not be made; the write did not happen. `folder` is where."""

    kind = "backup_failed"

    def __init__(self, message: str, folder: object = None):
        super().__init__(message)
        self.folder = folder


class ValidationError(DtideskError):
    """Bad input: `field` names what is wrong. Nothing was changed."""

    kind = "invalid"

    def __init__(self, message: str, field: str = ""):
        super().__init__(message)
        self.field = field


class NotFound(DtideskError):
    kind = "not_found"


class Cancelled(DtideskError):
    """The officer cancelled a long job; whatever it had started was rolled back or removed."""

    kind = "cancelled"

    def __init__(self, message: str = "Đã hủy, không có gì thay đổi."):
        super().__init__(message)


class FiguresDiffer(DtideskError):
    """The periodic report would state a figure in two places with two values (form against lists, body
    against appendix); `conflicts` are domain.report_figures.FigureConflict. Nothing was written: the
    export goes on only once the officer has seen them and confirmed."""

    kind = "figures_differ"

    def __init__(self, message: str, conflicts: list | tuple = ()):
        super().__init__(message)
        self.conflicts = list(conflicts)
