"""Hostile Excel files: the time and peak memory of refusing or reading each, beside openpyxl's read-only floor.

Run: python -m bench.bench_hostile_xlsx   (every measurement in a fresh process, so its peak resident memory
is its own; the floor — load_workbook(read_only=True) iterating every row — is stopped after 60 s)
Budget: our reading stays under 300 MB resident and a few seconds for every file up to 20 MB.
"""

from __future__ import annotations

import base64
import json
import os
import random
import re
import resource
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

FLOOR_TIMEOUT = 60
CCHC_PLAN = 2  # the demo's CCHC plan of 2024
MEMBER = "xl/worksheets/sheet1.xml"


def _members(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as zf:
        return {i.filename: zf.read(i) for i in zf.infolist()}


def _save(path: Path, members: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    return path


def _cell(ref: str, text: str) -> str:
    return f'<c r="{ref}" t="inlineStr"><is><t>{text}</t></is></c>'


def _rows(first: int, count: int, text) -> str:
    cols = "ABCEGJ"  # STT, Mục tiêu, Nhiệm vụ, Đơn vị chủ trì, Thời gian, Tình trạng
    return "".join(f'<row r="{r}">' + "".join(_cell(f"{c}{r}", text(r, i)) for i, c in enumerate(cols)) + "</row>"
                   for r in range(first, first + count))


def _task_text(r: int, i: int) -> str:
    return [str(r - 1), "Nâng cao chỉ số", f"Nhiệm vụ số {r}", "Văn phòng Sở", "Quý IV/2024", "Chưa thực hiện"][i]


def _with_rows(template: Path, out: Path, rows: str, tail: str = "", last: str = "") -> Path:
    """The template's first sheet with its blank data rows replaced by `rows`, then `tail` after sheetData;
    its dimension says A1:`last`, as Excel or openpyxl would save it."""
    members = _members(template)
    xml = members[MEMBER].decode()
    head = re.search(r'<row r="1"[^>]*>.*?</row>', xml, re.S).group(0)  # type: ignore[union-attr]
    xml = re.sub(r"<sheetData>.*</sheetData>", lambda _m: f"<sheetData>{head}{rows}</sheetData>{tail}", xml,
                 flags=re.S)
    xml = re.sub(r"<dimension [^>]*/>", f'<dimension ref="A1:{last}"/>' if last else "", xml)
    members[MEMBER] = xml.encode()
    return _save(out, members)


def _merge(xml: str, ref: str) -> str:
    if "</mergeCells>" in xml:
        return xml.replace("</mergeCells>", f'<mergeCell ref="{ref}"/></mergeCells>', 1)
    return xml.replace("</sheetData>", f'</sheetData><mergeCells count="1"><mergeCell ref="{ref}"/></mergeCells>', 1)


def _merged_form(src: Path, out: Path, ref: str) -> Path:
    members = _members(src)
    members[MEMBER] = _merge(members[MEMBER].decode(), ref).encode()
    return _save(out, members)


def _random_file(template: Path, out: Path, target: int, rows: int = 19_000, chars: int = 17_000_000) -> Path:
    """`target` bytes: `chars` characters of incompressible text (base64 of random bytes) in `rows` list rows,
    the rest an image-like member (a list with a logo or a scanned signature)."""
    rnd = random.Random(5)
    per_cell = chars // rows // 5
    blob = base64.b64encode(rnd.randbytes(per_cell * 5 * rows)).decode()

    def text(r: int, i: int) -> str:
        k = ((r - 2) * 5 + i - 1) * per_cell
        return str(r - 1) if i == 0 else blob[k:k + per_cell]
    _with_rows(template, out, _rows(2, rows, text))
    members = _members(out)
    members["xl/media/image1.bin"] = rnd.randbytes(max(0, target - out.stat().st_size))
    return _save(out, members)


def _long_texts(template: Path, out: Path, rows: int = 20_000, chars: int = 185) -> Path:
    """A list at the limits a real one could reach: 20,000 rows of five Vietnamese texts (~19 million characters)."""
    rnd = random.Random(3)
    words = ("triển khai rà soát cập nhật dữ liệu hồ sơ thủ tục hành chính trực tuyến chữ ký số tuyên truyền "
             "đào tạo kỹ năng số an toàn thông tin mạng cơ sở dữ liệu kết nối chia sẻ Cổng dịch vụ công").split()

    def text(r: int, i: int) -> str:
        out: list[str] = []
        while sum(len(w) + 1 for w in out) < chars:
            out.append(rnd.choice(words))
        return str(r - 1) if i == 0 else " ".join(out)
    return _with_rows(template, out, _rows(2, rows, text), last=f"J{rows + 1}")


def _zip_bomb(template: Path, out: Path, size: int = 1024 * 1024 * 1024) -> Path:
    """A sheet that declares a gigabyte once unzipped (whitespace), in a file of about a megabyte."""
    members = _members(template)
    xml = members[MEMBER].decode()
    before, after = xml.split("</sheetData>", 1)
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as zf:
        for name, data in members.items():
            if name != MEMBER:
                zf.writestr(name, data)
        with zf.open(MEMBER, "w", force_zip64=True) as dst:
            dst.write(before.encode())
            chunk = b" " * (16 * 1024 * 1024)
            for _ in range(size // len(chunk)):
                dst.write(chunk)
            dst.write(("</sheetData>" + after).encode())
    return out


def build(folder: Path) -> tuple[Path, list[tuple[str, str, Path]]]:
    """The demo file and the hostile files: (name, kind "list"/"form", path)."""
    from dtidesk.services.demo import build_demo
    from dtidesk.services.form_files import export_unit_form
    from dtidesk.services.list_template import write_list_template

    demo = folder / "demo.dtidesk"
    af = build_demo(demo)
    try:
        form = next(f for f in af.repo.forms.all() if f.template.kind == "rows")
        unit = next(u for u in af.repo.units.all() if u.kind == "unit")
        blank_form = export_unit_form(af, form.id, 2024, "H1", unit.id, folder / "bieu-mau.xlsx")
    finally:
        af.close()
    tpl = write_list_template("tasks", folder / "mau.xlsx")
    base_rows = _rows(2, 30, _task_text)
    cases = [
        ("danh sách, ô lạc A1048576", "list", _with_rows(tpl, folder / "a1048576.xlsx",
                                                          base_rows + f'<row r="1048576">{_cell("A1048576", "x")}'
                                                          "</row>", last="L1048576")),
        ("danh sách, ô lạc XFD1048576", "list", _with_rows(tpl, folder / "xfd.xlsx",
                                                            base_rows + '<row r="1048576"><c r="XFD1048576"><v>1</v>'
                                                            "</c></row>", last="XFD1048576")),
        ("danh sách, gộp cả trang", "list", _with_rows(tpl, folder / "gop.xlsx", base_rows,
                                                       _merge("</sheetData>", "A1:XFD1048576")[12:])),
        ("biểu mẫu, gộp cả trang", "form", _merged_form(blank_form, folder / "bieu-gop.xlsx", "A1:XFD1048576")),
        ("danh sách 200.000 dòng", "list", _with_rows(tpl, folder / "200k.xlsx", _rows(2, 200_000, _task_text),
                                                        last="L200001")),
        ("20.000 dòng chữ dài (~19 triệu ký tự)", "list", _long_texts(tpl, folder / "chu-dai.xlsx")),
        ("tệp ~19,5 MB (dưới giới hạn)", "list", _random_file(tpl, folder / "19mb.xlsx", 20_400_000)),
        ("tệp ~21 MB (quá giới hạn)", "list", _random_file(tpl, folder / "21mb.xlsx", 22_000_000)),
        ("bom nén: 1 GB khi giải nén", "list", _zip_bomb(tpl, folder / "bom.xlsx")),
    ]
    return demo, cases


def one(method: str, kind: str, path: Path, demo: Path) -> dict:
    """One measurement, in this process: what happened, seconds, peak resident MB. "floor" is openpyxl alone,
    "reader" the importer alone (what the floor compares with), "preview" the whole use case."""
    from openpyxl import load_workbook

    from dtidesk.errors import DtideskError
    from dtidesk.importers import unit_forms
    from dtidesk.importers.xlsx_lists import read_table
    from dtidesk.services.form_files import read_unit_file
    from dtidesk.services.list_import import preview_list_import
    from dtidesk.store import open_agency_file

    with open_agency_file(demo, readonly=True) as af:
        forms, units = af.repo.forms.all(), af.repo.units.all()
        start = time.perf_counter()
        try:
            if method == "floor":
                wb = load_workbook(path, read_only=True)
                outcome = f"{sum(1 for ws in wb.worksheets for _ in ws.iter_rows(values_only=True))} dòng"
                wb.close()
            elif kind == "list" and method == "reader":
                outcome = f"đọc {len(read_table(path, 'tasks').rows)} dòng"
            elif kind == "list":
                p = preview_list_import(af, path, "tasks", plan_id=CCHC_PLAN)
                outcome = f"đọc {len(p.table.rows)} dòng, {len(p.errors)} lỗi"
            else:
                r = (unit_forms.read_unit_file(path, forms, units) if method == "reader" else read_unit_file(af, path))
                outcome = "nhận" if r.accepted else "từ chối: " + (r.problems[0].text() if r.problems else "")
        except DtideskError as exc:
            outcome = "từ chối: " + exc.message
    return {"outcome": outcome, "s": time.perf_counter() - start, "mb": _peak_mb()}


def _peak_mb() -> float:
    """Peak resident memory of this process. Linux's ru_maxrss survives exec (the benchmark's own building
    of files would show), so its VmHWM is read first."""
    try:
        status = Path("/proc/self/status").read_text()
        return int(re.search(r"VmHWM:\s+(\d+)", status).group(1)) / 1024  # type: ignore[union-attr]
    except (OSError, AttributeError):
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _run(method: str, kind: str, path: Path, demo: Path) -> dict | None:
    try:
        done = subprocess.run([sys.executable, "-m", "bench.bench_hostile_xlsx", "--one", method, kind, str(path),
                               str(demo)], capture_output=True, text=True, timeout=FLOOR_TIMEOUT)
    except subprocess.TimeoutExpired:
        return None
    if done.returncode != 0:
        return {"outcome": (done.stderr.strip().splitlines() or ["?"])[-1][:60], "s": float("nan"), "mb": float("nan")}
    return json.loads(done.stdout.strip().splitlines()[-1])


def _shown(m: dict | None) -> str:
    if m is None:
        return f"> {FLOOR_TIMEOUT} s (dừng)"
    return m["outcome"][:17] if m["s"] != m["s"] else f"{m['s']:6.2f} s {m['mb']:5.0f} MB"  # NaN: it failed


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        demo, cases = build(Path(tmp))
        print(f"{'tệp':34} {'cỡ':>8} | {'bộ đọc':>17} | {'cả bước xem trước':>17} | {'openpyxl read_only':>18} | "
              f"{'tỷ lệ bộ đọc/openpyxl':>21} | kết quả")
        for name, kind, path in cases:
            reader, whole = _run("reader", kind, path, demo), _run("preview", kind, path, demo)
            floor = _run("floor", kind, path, demo)
            assert reader is not None and whole is not None, name
            size = f"{os.path.getsize(path) / 1024 / 1024:.2f} MB"  # MB as the program counts them: MiB
            ratio = "—" if floor is None or floor["s"] != floor["s"] else \
                f"{reader['s'] / max(floor['s'], 1e-3):5.2f}× {reader['mb'] / floor['mb']:5.2f}×"
            print(f"{name:34} {size:>8} | {_shown(reader):>17} | {_shown(whole):>17} | {_shown(floor):>18} | "
                  f"{ratio:>21} | {whole['outcome'][:70]}")


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "--one":
        print(json.dumps(one(sys.argv[2], sys.argv[3], Path(sys.argv[4]), Path(sys.argv[5]))))
    else:
        main()
