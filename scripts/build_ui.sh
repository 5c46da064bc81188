#!/usr/bin/env bash
# Compile ui/*.ui into dtidesk/gui/forms/ui_*.py (generated, committed; tests/gui/test_ui_drift.py checks).
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
BIN="${VENV_BIN:-$(dirname "$(command -v python)")}"
for ui in "$ROOT"/ui/*.ui; do
  name="$(basename "$ui" .ui)"
  "$BIN/pyside6-uic" --from-imports "$ui" -o "$ROOT/dtidesk/gui/forms/ui_${name}.py"
done
