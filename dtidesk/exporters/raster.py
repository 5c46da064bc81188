"""A reportlab Drawing's shapes painted into a PNG in pure Python (zlib and struct), text left out.

What the charts are made of only: rectangles, lines, polylines, polygons, circles and ellipses, under the
groups' transforms. Strings are skipped — the caller prints the words beside the picture (a Word table) —
and so are paths and wedges, which our charts do not draw. No anti-aliasing: drawn at print resolution,
the steps of a slanted line are a fraction of a tenth of a millimetre.
"""

from __future__ import annotations

import math
import struct
import zlib

from reportlab.graphics.shapes import Circle, Drawing, Ellipse, Group, Line, Polygon, PolyLine, Rect, UserNode
from reportlab.graphics.transform import mmult

Matrix = tuple[float, float, float, float, float, float]


def _rgb(color) -> bytes | None:
    if color is None or getattr(color, "alpha", 1) == 0:
        return None
    return bytes(max(0, min(255, round(c * 255))) for c in (color.red, color.green, color.blue))


class Canvas:
    """An RGB pixel buffer, white, `width` × `height` pixels, origin top left."""

    def __init__(self, width: int, height: int):
        self.width, self.height = width, height
        self.px = bytearray(b"\xff" * (width * height * 3))

    def span(self, y: int, x0: int, x1: int, rgb: bytes) -> None:
        """Pixels x0..x1 (inclusive) of row y."""
        if not 0 <= y < self.height:
            return
        x0, x1 = max(x0, 0), min(x1, self.width - 1)
        if x1 < x0:
            return
        start = (y * self.width + x0) * 3
        self.px[start:start + (x1 - x0 + 1) * 3] = rgb * (x1 - x0 + 1)

    def fill_polygon(self, pts: list[tuple[float, float]], rgb: bytes) -> None:
        """Even-odd fill of the pixels whose centres lie inside."""
        if len(pts) < 3:
            return
        if len(pts) == 4 and _axis_aligned(pts):  # bars and grid lines: whole rows at once
            xs, ys = [p[0] for p in pts], [p[1] for p in pts]
            for y in range(math.ceil(min(ys) - 0.5), math.floor(max(ys) - 0.5) + 1):
                self.span(y, math.ceil(min(xs) - 0.5), math.floor(max(xs) - 0.5), rgb)
            return
        edges = [(a[0], a[1], b[0], b[1]) for a, b in zip(pts, pts[1:] + pts[:1], strict=True) if a[1] != b[1]]
        top = max(0, math.ceil(min(p[1] for p in pts) - 0.5))
        bottom = min(self.height - 1, math.floor(max(p[1] for p in pts) - 0.5))
        for y in range(top, bottom + 1):
            yc = y + 0.5
            xs = sorted(xa + (yc - ya) * (xb - xa) / (yb - ya) for xa, ya, xb, yb in edges
                        if (ya <= yc < yb) or (yb <= yc < ya))
            for i in range(0, len(xs) - 1, 2):
                self.span(y, math.ceil(xs[i] - 0.5), math.floor(xs[i + 1] - 0.5), rgb)

    def stroke(self, pts: list[tuple[float, float]], width: float, rgb: bytes, closed: bool = False) -> None:
        """Each segment as a filled band `width` pixels wide (at least one), round joints when thick."""
        w = max(width, 1.0) / 2
        seq = pts + pts[:1] if closed else pts
        for (x0, y0), (x1, y1) in zip(seq, seq[1:], strict=False):
            length = math.hypot(x1 - x0, y1 - y0)
            if length == 0:
                continue
            nx, ny = -(y1 - y0) / length * w, (x1 - x0) / length * w
            self.fill_polygon([(x0 + nx, y0 + ny), (x1 + nx, y1 + ny), (x1 - nx, y1 - ny), (x0 - nx, y0 - ny)], rgb)
        if w > 1.5:
            for x, y in seq[1:-1] if not closed else seq:
                self.fill_polygon(_ellipse(x, y, w, w), rgb)

    def png(self, dpi: float) -> bytes:
        raw = b"".join(b"\x00" + bytes(self.px[y * self.width * 3:(y + 1) * self.width * 3])
                       for y in range(self.height))
        ppm = round(dpi / 0.0254)

        def chunk(kind: bytes, data: bytes) -> bytes:
            return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

        return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", self.width, self.height, 8, 2, 0, 0, 0))
                + chunk(b"pHYs", struct.pack(">IIB", ppm, ppm, 1)) + chunk(b"IDAT", zlib.compress(raw, 9))
                + chunk(b"IEND", b""))


def _axis_aligned(pts: list[tuple[float, float]]) -> bool:
    xs, ys = {round(p[0], 6) for p in pts}, {round(p[1], 6) for p in pts}
    return len(xs) == 2 and len(ys) == 2


def _ellipse(cx: float, cy: float, rx: float, ry: float, steps: int = 24) -> list[tuple[float, float]]:
    return [(cx + rx * math.cos(2 * math.pi * k / steps), cy + ry * math.sin(2 * math.pi * k / steps))
            for k in range(steps)]


class _Painter:
    def __init__(self, canvas: Canvas, scale: float, height_pt: float):
        self.canvas, self.scale = canvas, scale
        # Drawing space (points, y up) to pixels (y down).
        self.base: Matrix = (scale, 0, 0, -scale, 0, height_pt * scale)

    def paint(self, node, m: Matrix) -> None:
        if isinstance(node, UserNode):  # a widget (axis, marker) inside a chart: its shapes
            node = node.provideNode()
        if isinstance(node, Group):
            inner = mmult(m, tuple(node.transform)) if getattr(node, "transform", None) else m
            for child in node.contents:
                self.paint(child, inner)
            return
        pt = lambda x, y: (m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5])  # noqa: E731
        sw = getattr(node, "strokeWidth", None)
        width = (1 if sw is None else sw) * math.sqrt(abs(m[0] * m[3] - m[1] * m[2]))
        if isinstance(node, Rect):
            shape = [pt(node.x, node.y), pt(node.x + node.width, node.y), pt(node.x + node.width, node.y + node.height),
                     pt(node.x, node.y + node.height)]
            self._solid(node, shape, width, closed=True)
        elif isinstance(node, Line):
            rgb = _rgb(node.strokeColor)
            if rgb:
                self.canvas.stroke([pt(node.x1, node.y1), pt(node.x2, node.y2)], width, rgb)
        elif isinstance(node, PolyLine):
            rgb = _rgb(node.strokeColor)
            p = node.points
            if rgb and len(p) >= 4:
                self.canvas.stroke([pt(p[i], p[i + 1]) for i in range(0, len(p) - 1, 2)], width, rgb)
        elif isinstance(node, Polygon):
            p = node.points
            self._solid(node, [pt(p[i], p[i + 1]) for i in range(0, len(p) - 1, 2)], width, closed=True)
        elif isinstance(node, Circle):
            self._solid(node, [pt(x, y) for x, y in _ellipse(node.cx, node.cy, node.r, node.r)], width, closed=True)
        elif isinstance(node, Ellipse):
            self._solid(node, [pt(x, y) for x, y in _ellipse(node.cx, node.cy, node.rx, node.ry)], width, closed=True)
        # String (the caller prints the words), Path and Wedge (not in our charts): not painted.

    def _solid(self, node, shape: list[tuple[float, float]], width: float, closed: bool) -> None:
        fill, line = _rgb(getattr(node, "fillColor", None)), _rgb(getattr(node, "strokeColor", None))
        if fill:
            self.canvas.fill_polygon(shape, fill)
        if line and getattr(node, "strokeWidth", 1):
            self.canvas.stroke(shape, width, line, closed=closed)


def drawing_png(drawing: Drawing, dpi: float = 200) -> bytes:
    """The drawing as a PNG at `dpi` (its size in points sets the picture's size in print)."""
    scale = dpi / 72
    canvas = Canvas(max(1, round(drawing.width * scale)), max(1, round(drawing.height * scale)))
    painter = _Painter(canvas, scale, drawing.height)
    painter.paint(drawing, painter.base)
    return canvas.png(dpi)
