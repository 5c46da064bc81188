#!/usr/bin/env bash
# Refresh i18n/*.ts from the code and the .ui files, fill them, then compile the .qm files the program loads.
#   scripts/i18n.sh                     refresh + compile; English is filled with its own source text
#   scripts/i18n.sh /tmp/i18n/*.tsv     also fill Vietnamese from TSV files (Context<TAB>English<TAB>Tiếng Việt)
# Strings nobody translated yet stay "unfinished" and are listed; tests/gui/test_i18n.py fails on them.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
if [ -n "${VENV_BIN:-}" ]; then
  BIN="$VENV_BIN"
elif [ -x "$ROOT/.venv/bin/pyside6-lupdate" ]; then
  BIN="$ROOT/.venv/bin"
else
  BIN="$(dirname "$(command -v python)")"
fi
cd "$ROOT"
sources=$(find dtidesk/gui -name '*.py' -not -path '*/forms/*' | sort)
for lang in vi en; do
  "$BIN/pyside6-lupdate" ui/*.ui $sources -no-obsolete -source-language en -target-language "$lang" \
      -ts "i18n/dtidesk_${lang}.ts" >/dev/null
done
"$BIN/python" scripts/i18n_fill.py i18n/dtidesk_en.ts --identity
status=0
"$BIN/python" scripts/i18n_fill.py i18n/dtidesk_vi.ts "$@" || status=$?
for ts in i18n/*.ts; do
  "$BIN/pyside6-lrelease" -silent "$ts" -qm "${ts%.ts}.qm"
done
if [ "$status" != 0 ]; then
  echo "Some Vietnamese translations are missing (listed above): add them to a TSV and run again." >&2
fi
