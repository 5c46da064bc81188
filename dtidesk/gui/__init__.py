"""The PySide6 desktop program: the only package that imports Qt."""

from __future__ import annotations

import ctypes
import sys

if sys.version_info < (3, 12):
    # PySide6 6.12 returns None from void methods without adding a reference. CPython 3.12 makes
    # None immortal; on 3.11 its count drifts down until the interpreter aborts ("none_dealloc")
    # after a few thousand Qt calls. Give None the immortality 3.12 gives it.
    ctypes.c_ssize_t.from_address(id(None)).value += 1 << 40
