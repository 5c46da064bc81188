#!/usr/bin/env bash
# Regenerate the user guide's pictures (resources/guide/*.png) with `dtidesk --screenshot` on a fresh demo file:
# each picture is a framed crop of one screenshot (see CROPS below), reduced to a palette so it stays small.
#   scripts/guide_screenshots.sh          Vietnamese interface → resources/guide/*.png
#   scripts/guide_screenshots.sh en       English interface    → resources/guide/en/*.png
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
if [ -n "${VENV_BIN:-}" ]; then
  BIN="$VENV_BIN"
elif [ -x "$ROOT/.venv/bin/dtidesk" ]; then
  BIN="$ROOT/.venv/bin"
else
  BIN="$(dirname "$(command -v python)")"
fi
LANG_UI="${1:-vi}"
OUT="$ROOT/resources/guide"
[ "$LANG_UI" = vi ] || OUT="$ROOT/resources/guide/$LANG_UI"
mkdir -p "$OUT"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
# A settings folder of our own: the start page must not show this computer's recent files.
export XDG_CONFIG_HOME="$tmp/config" HOME="$tmp/home" QT_QPA_PLATFORM=offscreen
mkdir -p "$HOME"
"$BIN/dtidesk-cli" demo "$tmp/demo.dtidesk" >/dev/null
"$BIN/dtidesk" --lang "$LANG_UI" --screenshot "$tmp/start" >/dev/null 2>&1
"$BIN/dtidesk" --lang "$LANG_UI" --screenshot "$tmp/shots" "$tmp/demo.dtidesk" 2>/dev/null >/dev/null
"$BIN/python" - "$tmp" "$OUT" <<'PY'
import sys
from pathlib import Path

from PIL import Image, ImageOps

tmp, out = Path(sys.argv[1]), Path(sys.argv[2])
# picture name: (screenshot number, crop box left, top, right, bottom on the 1366×768 window, width to reduce to)
CROPS = {
    "bat-dau.png": ("start/00", (250, 170, 1116, 440), 866),
    "tieu-chi.png": ("shots/02", (0, 0, 920, 360), 920),
    "tieu-chi-kiem-chung.png": ("shots/02", (920, 130, 1366, 480), 446),
    "nhiem-vu.png": ("shots/01", (0, 0, 1010, 340), 920),
    "nhiem-vu-chi-tiet.png": ("shots/01", (1010, 140, 1366, 740), 356),
    "tien-do.png": ("shots/03", (0, 50, 1366, 440), 920),
    "bieu-mau.png": ("shots/04", (0, 85, 1366, 480), 920),
    "bao-cao-dinh-ky.png": ("shots/05", (0, 85, 1366, 300), 920),
    "xuat-van-ban.png": ("shots/03", (0, 655, 700, 735), 700),
}
for name, (src, box, width) in CROPS.items():
    folder, number = src.split("/")
    found = sorted((tmp / folder).glob(f"{number}-*.png"))  # named after the tab, in the interface language
    if not found:
        sys.exit(f"guide_screenshots: --screenshot made no {src}-*.png")
    path = found[0]
    image = Image.open(path).convert("RGB").crop(box)
    if image.width != width:
        image = image.resize((width, round(image.height * width / image.width)), Image.Resampling.LANCZOS)
    image = ImageOps.expand(image, border=1, fill="#9aa3ad")  # a frame: a picture, not part of the dialog
    image = image.quantize(colors=128, method=Image.Quantize.MEDIANCUT, dither=Image.Dither.NONE)
    image.save(out / name, optimize=True)
    print(f"{out / name}  {image.width}×{image.height}  {(out / name).stat().st_size // 1024} KB")
PY
