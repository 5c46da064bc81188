"""Fill unfinished entries of an i18n .ts file from TSV files (context<TAB>source<TAB>translation).

English (en) is filled with the source text itself (`--identity`), so English is complete by construction.
A row whose context is not found is used for the same source text in any context. `--overwrite` also replaces
finished translations (to correct one). Exit status 1 lists what is still untranslated.
"""

from __future__ import annotations

import argparse
import csv
import sys
import xml.etree.ElementTree as ET
from pathlib import Path


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("ts", type=Path)
    ap.add_argument("tsv", type=Path, nargs="*")
    ap.add_argument("--identity", action="store_true")
    ap.add_argument("--overwrite", action="store_true", help="replace finished translations found in the TSV")
    args = ap.parse_args()
    table: dict[tuple[str, str], str] = {}
    any_ctx: dict[str, str] = {}
    for tsv in args.tsv:
        with tsv.open(encoding="utf-8") as fh:
            for row in csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE):
                if len(row) >= 3 and row[0] and not row[0].startswith("#"):
                    src = row[1].replace("\\n", "\n")
                    table[(row[0], src)] = row[2].replace("\\n", "\n")
                    any_ctx.setdefault(src, row[2].replace("\\n", "\n"))
    tree = ET.parse(args.ts)
    missing = []
    for ctx in tree.getroot().iter("context"):
        name = ctx.findtext("name")
        for msg in ctx.iter("message"):
            src = msg.findtext("source")
            tr = msg.find("translation")
            if tr is None:
                continue
            finished = tr.get("type") != "unfinished" and bool(tr.text or "")
            if finished and not (args.overwrite and (name, src) in table):
                continue
            text = src if args.identity else table.get((name, src), any_ctx.get(src))
            if text is None:
                missing.append(f"{name}\t{src}")
                continue
            tr.text = text
            tr.attrib.pop("type", None)
    tree.write(args.ts, encoding="utf-8", xml_declaration=True)
    for m in missing:
        print("untranslated:", m.replace("\n", "\\n"), file=sys.stderr)
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
