"""Entry point of the frozen program (PyInstaller runs a script, so the package is imported absolutely)."""

from __future__ import annotations

import sys

from dtidesk.gui.app import main

if __name__ == "__main__":
    sys.exit(main())
