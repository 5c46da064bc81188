"""The error log: where a program error's details go, so the officer's message stays one plain line."""

from __future__ import annotations

import datetime as dt
import os
import sys
import tempfile
import traceback
from pathlib import Path


def log_path() -> Path:
    """The log on this computer's local disk (never beside the data file, which may be on a USB stick)."""
    env = os.environ.get("DTIDESK_LOG")
    if env:
        return Path(env)
    if sys.platform == "win32":  # pragma: no cover
        base = Path(os.environ.get("LOCALAPPDATA", Path.home())) / "DTIDesk"
    else:
        base = Path(os.environ.get("XDG_STATE_HOME", Path.home() / ".local" / "state")) / "dtidesk"
    return base / "dtidesk.log"


def write_bug(exc: BaseException, context: str = "") -> Path | None:
    """Append the exception with its whole chain to the log; returns where, or None if nothing could be written."""
    text = "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))
    entry = f"--- {dt.datetime.now():%Y-%m-%d %H:%M:%S} {context}\n{text}\n"
    for path in (log_path(), Path(tempfile.gettempdir()) / "dtidesk.log"):
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            with path.open("a", encoding="utf-8") as fh:
                fh.write(entry)
            return path
        except OSError:
            continue
    return None
