#!/usr/bin/env bash
# Install everything (virtual environment, Qt's system libraries) and run the whole test suite.
source "$(dirname "${BASH_SOURCE[0]}")/_env.sh"
cd "$ROOT"
export QT_QPA_PLATFORM=offscreen
"$VENV/bin/python" -m ruff check dtidesk tests bench scripts
exec "$VENV/bin/python" -m pytest "$@"
