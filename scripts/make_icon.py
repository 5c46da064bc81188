"""Draw the program icon (resources/icons/dtidesk.png and .ico): a blue rounded square with a white “DTI”."""

from __future__ import annotations

import argparse
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

ROOT = Path(__file__).resolve().parent.parent
FONT = ROOT / "resources" / "fonts" / "LiberationSerif-Bold.ttf"
BLUE = (21, 78, 150, 255)  # the dark blue of official letterheads
RED = (200, 30, 40, 255)  # the red of the national title
WHITE = (255, 255, 255, 255)
ICO_SIZES = [(16, 16), (24, 24), (32, 32), (48, 48), (64, 64), (128, 128), (256, 256)]


def draw(size: int = 256) -> Image.Image:
    """The master image; small sizes are reduced from it by Pillow when the .ico is written."""
    img = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    d = ImageDraw.Draw(img)
    pad = size // 16
    d.rounded_rectangle([pad, pad, size - pad - 1, size - pad - 1], radius=size // 6, fill=BLUE)
    # A red rule under the letters, like the line under the motto of an official document.
    rule_y = int(size * 0.70)
    d.rectangle([size * 0.22, rule_y, size * 0.78, rule_y + max(2, size // 24)], fill=RED)
    font = ImageFont.truetype(str(FONT), int(size * 0.36))
    box = d.textbbox((0, 0), "DTI", font=font)
    w, h = box[2] - box[0], box[3] - box[1]
    d.text(((size - w) / 2 - box[0], rule_y - h - size * 0.08 - box[1]), "DTI", font=font, fill=WHITE)
    return img


def write_icons(folder: Path) -> tuple[Path, Path]:
    folder.mkdir(parents=True, exist_ok=True)
    img = draw(256)
    png, ico = folder / "dtidesk.png", folder / "dtidesk.ico"
    img.save(png, optimize=True)
    img.save(ico, sizes=ICO_SIZES)
    return png, ico


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--out", type=Path, default=ROOT / "resources" / "icons")
    args = ap.parse_args()
    for p in write_icons(args.out):
        print(f"{p} ({p.stat().st_size} byte)")


if __name__ == "__main__":
    main()
