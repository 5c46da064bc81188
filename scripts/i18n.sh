#!/usr/bin/env bash
# Refresh i18n/*.ts from the code and the .ui files, then compile the .qm files the program loads.
# New strings arrive "unfinished"; translate them in Qt Linguist or with scripts/i18n_fill.py.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
BIN="${VENV_BIN:-$(dirname "$(command -v python)")}"
cd "$ROOT"
sources=$(find dtidesk/gui -name '*.py' -not -path '*/forms/*' | sort)
for lang in vi en; do
  "$BIN/pyside6-lupdate" ui/*.ui $sources -no-obsolete -source-language en -target-language "$lang" \
      -ts "i18n/dtidesk_${lang}.ts" >/dev/null
done
for ts in i18n/*.ts; do
  "$BIN/pyside6-lrelease" -silent "$ts" -qm "${ts%.ts}.qm"
done
