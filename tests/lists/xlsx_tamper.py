"""Edit an .xlsx at the level of its zip and XML, as an attacker (or a careless tool) would: far cells, huge merges."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

NS_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


def read_members(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as zf:
        return {i.filename: zf.read(i) for i in zf.infolist()}


def write_members(path: Path, members: dict[str, bytes], level: int = 6) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=level) as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    return path


def sheet_part(members: dict[str, bytes], sheet: str | None = None) -> str:
    """The zip member of a sheet (by name; the first sheet when None)."""
    wb = members["xl/workbook.xml"].decode()
    rels = members["xl/_rels/workbook.xml.rels"].decode()
    targets = dict(re.findall(r'Id="([^"]+)"[^>]*?Target="([^"]+)"', rels))
    targets.update({i: t for t, i in re.findall(r'Target="([^"]+)"[^>]*?Id="([^"]+)"', rels)})
    for tag in re.findall(r"<sheet [^>]*/>", wb):
        name = re.search(r'name="([^"]*)"', tag).group(1)  # type: ignore[union-attr]
        rid = re.search(r'r:id="([^"]*)"|:id="([^"]*)"', tag)
        if sheet is None or _unescape(name) == sheet:
            target = targets[rid.group(1) or rid.group(2)]  # type: ignore[union-attr]
            return target.lstrip("/") if target.startswith("/") else "xl/" + target
    raise KeyError(sheet)


def _unescape(text: str) -> str:
    return re.sub(r"&#(\d+);", lambda m: chr(int(m.group(1))), text).replace("&amp;", "&").replace(
        "&lt;", "<").replace("&gt;", ">").replace("&quot;", '"')


def cell_xml(ref: str, value: object, kind: str = "auto", style: int | None = None) -> str:
    """One <c> element: text inline, a number, a formula (kind "f", optional cached value), a bool, an error."""
    s = f' s="{style}"' if style is not None else ""
    if kind == "f":
        return f'<c r="{ref}"{s}><f>{escape(str(value).lstrip("="))}</f></c>'
    if kind == "raw":  # a number exactly as written in the file (a digit string, "1e400", "NaN")
        return f'<c r="{ref}"{s}><v>{escape(str(value))}</v></c>'
    if kind == "b" or isinstance(value, bool):
        return f'<c r="{ref}"{s} t="b"><v>{int(bool(value))}</v></c>'
    if kind == "e":
        return f'<c r="{ref}"{s} t="e"><v>{escape(str(value))}</v></c>'
    if kind == "d":
        return f'<c r="{ref}"{s} t="d"><v>{escape(str(value))}</v></c>'
    if isinstance(value, (int, float)):
        return f'<c r="{ref}"{s}><v>{value!r}</v></c>'
    return f'<c r="{ref}"{s} t="inlineStr"><is><t xml:space="preserve">{escape(str(value))}</t></is></c>'


def _split(ref: str) -> tuple[str, int]:
    m = re.fullmatch(r"([A-Z]+)(\d+)", ref)
    assert m, ref
    return m.group(1), int(m.group(2))


def put_cell(xml: str, ref: str, value: object, kind: str = "auto", style: int | None = None) -> str:
    """The sheet's XML with cell `ref` replaced (or added: into its row, or a new row at the end)."""
    _col, row = _split(ref)
    new = cell_xml(ref, value, kind, style)
    xml = re.sub(rf'<c r="{ref}"(?:[^>]*/>|[^>]*>.*?</c>)', "", xml, count=1, flags=re.S)
    m = re.search(rf'<row r="{row}"[^>]*?(/?)>', xml)
    if m and m.group(1):
        return xml[:m.start()] + m.group(0)[:-2] + ">" + new + "</row>" + xml[m.end():]
    if m:
        return xml[:m.end()] + new + xml[m.end():]
    if "<sheetData/>" in xml:
        xml = xml.replace("<sheetData/>", "<sheetData></sheetData>")
    return xml.replace("</sheetData>", f'<row r="{row}">{new}</row></sheetData>', 1)


def add_merge(xml: str, ref: str) -> str:
    if "</mergeCells>" in xml:
        return xml.replace("</mergeCells>", f'<mergeCell ref="{ref}"/></mergeCells>', 1)
    return xml.replace("</sheetData>", f'</sheetData><mergeCells count="1"><mergeCell ref="{ref}"/></mergeCells>', 1)


def edit_sheet(path: Path, out: Path, edit, sheet: str | None = None) -> Path:
    """Copy `path` to `out` with `edit(xml) -> xml` applied to one sheet."""
    members = read_members(path)
    part = sheet_part(members, sheet)
    members[part] = edit(members[part].decode("utf-8")).encode("utf-8")
    return write_members(out, members)


def big_rows(first: int, count: int, columns: list[str], make) -> str:
    """`count` rows from row `first`, cell text from make(row, column index): XML for a sheetData."""
    out = []
    for r in range(first, first + count):
        cells = "".join(cell_xml(f"{c}{r}", make(r, i)) for i, c in enumerate(columns))
        out.append(f'<row r="{r}">{cells}</row>')
    return "".join(out)
