"""Hostile list files (far cells, giant merges, 200,000 rows, big or bomb zips) read or refused within bounds."""

from __future__ import annotations

import time
import tracemalloc
import zipfile
from pathlib import Path

import pytest

from dtidesk.errors import ValidationError
from dtidesk.importers.xlsx_book import MAX_COL, MAX_FILE_BYTES, MAX_ROW
from dtidesk.importers.xlsx_lists import read_table
from dtidesk.services.list_import import preview_list_import

from .conftest import CCHC_PLAN, digest
from .xlsx_tamper import add_merge, big_rows, edit_sheet, put_cell, read_members, sheet_part, write_members

HEADER = ["STT", "Nhiệm vụ", "Đơn vị chủ trì", "Thời gian hoàn thành"]
ROWS = [["1", "Rà soát quy trình nội bộ", "Văn phòng Sở", "Quý I/2024"],
        ["2", "Cập nhật cơ sở dữ liệu", "Thanh tra Sở", "Quý II/2024"]]


def _bounded(fn, seconds: float, megabytes: int | None):
    """fn()'s result, or the ValidationError it raised, checked against the budgets (memory under tracemalloc,
    which slows Python allocation-heavy code about five times: left out when megabytes is None)."""
    if megabytes is not None:
        tracemalloc.start()
    start = time.perf_counter()
    try:
        try:
            out: object = fn()
        except ValidationError as exc:
            out = exc
        peak = tracemalloc.get_traced_memory()[1] if megabytes is not None else 0
    finally:
        tracemalloc.stop()
    took = time.perf_counter() - start
    assert took < seconds and peak < (megabytes or 0) * 1024 * 1024 + 1, (took, peak / 1e6)
    return out


@pytest.mark.parametrize("ref", ["A1048576", "XFD1048576", "XFD1", f"A{MAX_ROW + 1}", "GS2"])
def test_stray_far_cell_is_refused_at_once(demo, demo_path, xlsx, tmp_path, ref):
    path = edit_sheet(xlsx("nv.xlsx", HEADER, ROWS), tmp_path / "xa.xlsx", lambda x: put_cell(x, ref, "ô lạc"))
    before = digest(demo_path)
    exc = _bounded(lambda: preview_list_import(demo, path, "tasks", plan_id=CCHC_PLAN), 2, 20)
    assert isinstance(exc, ValidationError)
    assert exc.message.startswith(f"Tệp “xa.xlsx”, trang “Phụ lục”, ô {ref}: có dữ liệu ngoài vùng chương trình đọc")
    assert "20.000 dòng" in exc.message and "cột GR" in exc.message
    assert digest(demo_path) == before


def test_cells_at_the_limits_are_read(demo, xlsx, tmp_path):
    corner = f"GR{MAX_ROW}"
    path = edit_sheet(xlsx("nv.xlsx", HEADER, ROWS), tmp_path / "bien.xlsx", lambda x: put_cell(x, corner, "ghi chú"))
    preview = preview_list_import(demo, path, "tasks", plan_id=CCHC_PLAN)
    assert len(preview.table.columns) == MAX_COL and preview.table.rows[-1].number == MAX_ROW


@pytest.mark.parametrize("merge", ["A1:XFD1048576", "B2:XFD1048576", "A3:A1048576"])
def test_giant_merge_is_clipped_to_the_data(demo, xlsx, tmp_path, merge):
    path = edit_sheet(xlsx("nv.xlsx", HEADER, ROWS), tmp_path / "gop.xlsx", lambda x: add_merge(x, merge))
    preview = _bounded(lambda: preview_list_import(demo, path, "tasks", plan_id=CCHC_PLAN), 2, 20)
    assert not isinstance(preview, Exception)
    assert max(r.number for r in preview.table.rows) <= 3  # nothing invented below the data


def test_two_hundred_thousand_rows_refused_fast(demo, tmp_path, xlsx):
    # Time only: tracemalloc would slow the reading fivefold; bench_hostile_xlsx measures its memory (~70 MB).
    src = xlsx("nv.xlsx", HEADER, [])
    rows = big_rows(2, 200_000, list("ABCD"), lambda r, i: str(r) if i == 0 else f"Nhiệm vụ {r}")
    path = edit_sheet(src, tmp_path / "200k.xlsx", lambda x: x.replace("</sheetData>", rows + "</sheetData>"))
    exc = _bounded(lambda: preview_list_import(demo, path, "tasks", plan_id=CCHC_PLAN), 5, None)
    assert isinstance(exc, ValidationError) and f"ô A{MAX_ROW + 1}:" in exc.message


def test_file_over_twenty_megabytes_refused_before_reading(tmp_path, xlsx):
    members = read_members(xlsx("nv.xlsx", HEADER, ROWS))
    members["xl/media/anh.bin"] = Path("/dev/urandom").open("rb").read(MAX_FILE_BYTES + 1024)
    path = write_members(tmp_path / "nang.xlsx", members, level=0)
    exc = _bounded(lambda: read_table(path, "tasks"), 1, 5)
    assert isinstance(exc, ValidationError) and "quá giới hạn 20 MB" in exc.message and "nang.xlsx" in exc.message


def test_zip_bomb_refused_from_its_declared_size(tmp_path, xlsx):
    src = read_members(xlsx("nv.xlsx", HEADER, ROWS))
    part = sheet_part(src)
    path = tmp_path / "bom.xlsx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as zf:
        for name, data in src.items():
            if name != part:
                zf.writestr(name, data)
        with zf.open(part, "w") as dst:
            chunk = b" " * (8 * 1024 * 1024)
            for _ in range(17):  # 136 MB of spaces once unzipped, a few hundred KB zipped
                dst.write(chunk)
    assert path.stat().st_size < 2 * 1024 * 1024
    exc = _bounded(lambda: read_table(path, "tasks"), 1, 5)
    assert isinstance(exc, ValidationError) and "lớn bất thường" in exc.message


def test_damaged_members_are_a_refusal(tmp_path, xlsx):
    good = xlsx("nv.xlsx", HEADER, ROWS)
    members = read_members(good)
    part = sheet_part(members)
    cut = dict(members, **{part: members[part][: len(members[part]) // 2]})  # ends mid-element
    nobook = {k: v for k, v in members.items() if k != "xl/workbook.xml"}
    for name, data in [("cut.xlsx", cut), ("nobook.xlsx", nobook)]:
        with pytest.raises(ValidationError, match="tệp hỏng hoặc không phải bảng tính"):
            read_table(write_members(tmp_path / name, data), "tasks")
    raw = bytearray(good.read_bytes())
    with zipfile.ZipFile(good) as zf:
        info = zf.getinfo(part)
    at = info.header_offset
    start = at + 30 + int.from_bytes(raw[at + 26:at + 28], "little") + int.from_bytes(raw[at + 28:at + 30], "little")
    for i in range(start + info.compress_size // 2, start + info.compress_size // 2 + 6):
        raw[i] ^= 0xA5  # inside the deflated sheet: a zlib error or a CRC mismatch when read
    (tmp_path / "crc.xlsx").write_bytes(bytes(raw))
    with pytest.raises(ValidationError, match="Không mở được tệp “crc.xlsx”"):
        read_table(tmp_path / "crc.xlsx", "tasks")


def test_absurd_numbers_in_a_list_are_row_errors(demo, xlsx):
    header = ["STT", "Tên dự án", "Kinh phí (triệu đồng)", "Ngân sách nhà nước (triệu đồng)"]
    path = xlsx("da.xlsx", header, [["1", "Dự án A", 1e300, 5], ["2", "Dự án B", "9" * 5000, 1]])
    preview = preview_list_import(demo, path, "projects", plan_id=CCHC_PLAN)
    texts = [p.text() for p in preview.errors]
    assert any(t.startswith("Dòng 2, cột C") and "quá lớn" in t for t in texts), texts
    assert any(t.startswith("Dòng 3, cột C") for t in texts), texts


def test_one_long_text_shared_by_many_cells_is_bounded(demo, tmp_path, xlsx):
    """A 30,000-character shared string used by 2,000 cells: 60 million characters from a file of a few KB."""
    members = read_members(xlsx("nv.xlsx", HEADER, []))
    members["xl/sharedStrings.xml"] = ('<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
                                       f"<si><t>{'Rà soát ' * 3750}</t></si></sst>").encode()
    rels = members["xl/_rels/workbook.xml.rels"].decode()
    members["xl/_rels/workbook.xml.rels"] = rels.replace("</Relationships>", (
        '<Relationship Id="rIdS" Target="sharedStrings.xml" Type="http://schemas.openxmlformats.org/officeDocument/'
        '2006/relationships/sharedStrings"/></Relationships>')).encode()
    part = sheet_part(members)
    rows = "".join(f'<row r="{r}"><c r="A{r}"><v>{r}</v></c><c r="B{r}" t="s"><v>0</v></c></row>'
                   for r in range(2, 2002))
    members[part] = members[part].replace(b"</sheetData>", rows.encode() + b"</sheetData>")
    path = write_members(tmp_path / "chung.xlsx", members)
    assert path.stat().st_size < 50_000
    exc = _bounded(lambda: preview_list_import(demo, path, "tasks", plan_id=CCHC_PLAN), 5, 60)
    assert isinstance(exc, ValidationError) and "20.000.000 ký tự" in exc.message
