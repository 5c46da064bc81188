"""Write an exported file through a temporary file in the same folder, then replace the target."""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
from collections.abc import Callable
from pathlib import Path

from ..errors import DiskFull, DtideskError, FileReadOnly, ValidationError


def _mode_for(out: Path) -> int:
    """mkstemp makes 0600 files; an export gets the mode of the file it replaces, else the usual one."""
    if out.exists():
        return out.stat().st_mode & 0o777
    mask = os.umask(0)
    os.umask(mask)
    return 0o666 & ~mask


# Temporary files being written right now: a writer that saves atomically itself (save_workbook) called by a
# use case that already writes atomically writes straight into the outer temporary file.
_WRITING: set[Path] = set()


def write_atomically(out_path: Path | str, suffix: str, write: Callable[[Path], object]) -> Path:
    """Call write(tmp), then os.replace(tmp, out_path). A failed or cancelled export leaves the old file (or
    nothing) and removes the temporary one; a folder the user cannot write to is named in Vietnamese."""
    out = Path(out_path)
    if out in _WRITING:
        write(out)
        return out
    if out.is_dir():
        raise ValidationError(f"“{out}” là một thư mục; hãy chọn tên tệp.", "Tệp xuất")
    if not out.parent.exists():
        raise ValidationError(f"Không ghi được tệp “{out.name}”: thư mục “{out.parent}” không tồn tại.", "Tệp xuất")
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".~{out.stem}.", suffix=suffix, dir=out.parent)
    except PermissionError:
        raise FileReadOnly(f"Không có quyền ghi vào thư mục “{out.parent}”.") from None
    os.close(fd)
    tmp = Path(tmp_name)
    _WRITING.add(tmp)
    try:
        write(tmp)
        os.chmod(tmp, _mode_for(out))
        os.replace(tmp, out)
    except PermissionError:
        raise FileReadOnly(
            f"Không ghi được “{out.name}”: tệp đang mở trong chương trình khác hoặc thư mục chỉ cho phép đọc. "
            "Hãy đóng tệp rồi xuất lại.") from None
    except OSError as exc:
        if exc.errno == errno.ENOSPC:
            raise DiskFull(f"Ổ đĩa đã đầy, chưa ghi được “{out.name}”.") from None
        raise DtideskError(f"Không ghi được tệp “{out.name}”: {exc.strerror or exc}.") from None
    finally:
        _WRITING.discard(tmp)
        with contextlib.suppress(OSError):
            tmp.unlink()
    return out
