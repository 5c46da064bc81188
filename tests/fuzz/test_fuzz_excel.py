"""Fuzz: mutated Excel lists and unit forms are read or refused (DtideskError), never crash, hang or write."""

from __future__ import annotations

import hashlib
import random
import re
import shutil
import signal
import time
import zipfile
from functools import partial
from pathlib import Path

import pytest
from openpyxl import load_workbook

from dtidesk.errors import DtideskError
from dtidesk.services.form_files import export_unit_form, import_unit_files, read_unit_file
from dtidesk.services.list_import import commit_list_import, fields_of, preview_list_import
from dtidesk.services.list_template import write_list_template
from dtidesk.store import open_agency_file
from tests.lists.xlsx_tamper import add_merge, put_cell, read_members, sheet_part, write_members

CASES = 75  # per chunk: 4 chunks of lists and 4 of forms, 600 cases
PLANS = {"tasks": 2, "targets": 2, "projects": 2, "units": None, "scores": 1}  # the demo's CCHC and DTI plans
EXAMPLES = {"code": "1", "objective": "Nâng cao chất lượng", "content": "Rà soát thủ tục hành chính",
            "lead_unit": "Văn phòng Sở", "coop_units": "Thanh tra Sở", "timeline": "Quý II/2024", "status": "Chưa",
            "threshold": "≥ 90%", "unit_of_measure": "%", "name": "Dự án kho dữ liệu", "budget_total": 300,
            "budget_state": 200, "budget_social": 100, "short_name": "VP", "kind": "Phòng", "note": "ghi chú"}
TEXTS = ["", " ", "=1/0", '=HYPERLINK("http://x.invalid","bấm")', "=SUM(A1:XFD1048576)", "\u202e\u0000x", "💥" * 50,
         "9" * 1000, "1.000.000.000.000.000,5", "-0", "NaN", "Infinity", "1e400", "31/02/2024", "Q9", "Văn phòng Sở;" * 200,
         "tối thiểu 10000000000000000000000%", "thứ 99999999999999999999/3", "x" * 32_767, "y" * 40_000,
         "Loại dòng", "Cộng", "Tổng cộng", "Lĩnh vực", "I", "1.1.1.1.1", "_dtidesk"]
NUMBERS = [-1, -1e308, 1e28, 1e308, 1e-300, 10**12, 2_000_000_000, 0.30000000000000004, 4.5, 0, 10**15, 101]
RAW = ["9" * 5000, "1e400", "NaN", "-inf", "0x10", "", "1_000", "  7 ", "1.5.6"]
FAR = ["A1048576", "XFD1048576", "XFD1", "GR20100", "GS2", "A20101", "B99999", "ZZ3", "C1048575"]
MERGES = ["A1:XFD1048576", "A2:A1048576", "B1:XFD1", "A1:GR20100", "C3:C9", "A1:A1", "D5:B2", "A7:E7"]


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture(scope="module")
def bases(demo_template, tmp_path_factory) -> dict[str, Path]:
    """Valid files the program writes: each list template filled with rows, and each unit form filled in."""
    folder = tmp_path_factory.mktemp("fuzz-bases")
    out: dict[str, Path] = {}
    with open_agency_file(demo_template, readonly=True) as af:
        for kind in PLANS:
            path = write_list_template(kind, folder / f"{kind}.xlsx", af)
            wb = load_workbook(path)
            ws = wb.worksheets[0]
            keys = {f.label: f.key for f in fields_of(kind)}
            heads = {c.column: keys.get(str(c.value), "") for c in ws[1]}
            for r in range(2, 7):
                for col, key in heads.items():
                    cell = ws.cell(r, col)
                    if kind == "scores" and key in ("self_score", "appraised_score"):
                        cell.value = ws.cell(r, 3).value  # the criterion's maximum, or none on an index row
                    elif kind != "scores" and key in EXAMPLES:
                        value = EXAMPLES[key]
                        cell.value = f"{value} {r}" if key in ("content", "name") else (r - 1 if key == "code"
                                                                                         else value)
            wb.save(path)
            out[kind] = path
        for form in af.repo.forms.all():
            path = export_unit_form(af, form.id, 2024, "H1", 2, folder / f"{form.code}.xlsx")
            wb = load_workbook(path)
            ws = wb.worksheets[0]
            if form.template.kind == "rows":
                for r in range(8, ws.max_row + 1):
                    code = ws.cell(r, 1).value
                    row = form.template.row(code) if isinstance(code, str) and form.template.has(code) else None
                    if row is not None and row.editable:
                        ws.cell(r, 4).value = {"choice": row.choices[0].value if row.choices else None,
                                               "text": "ghi chú", "percent": 50}.get(row.type, 5)
            else:
                lines = [("Lĩnh vực", "Báo chí"), (None, "Cấp giấy phép bản tin", 11, 11, 10, 1),
                         ("Thủ tục", "Cho phép họp báo", 1, 1, 1, None, None, "quý I")]
                for i, line in enumerate(lines):
                    for j, value in enumerate(line):
                        ws.cell(9 + i, 2 + j).value = value
            wb.save(path)
            out[form.code] = path
    return out


def _cell_ref(rnd: random.Random, xml: str, form: bool) -> str:
    refs = re.findall(r'<c r="([A-Z]+[0-9]+)"', xml)
    if form and rnd.random() < 0.5:  # most of a form's figures sit in column D
        refs = [r for r in refs if r.startswith("D")] or refs
    return rnd.choice(refs) if refs and rnd.random() < 0.85 else f"{rnd.choice('ABCDEFGHIJ')}{rnd.randint(1, 40)}"


def _mutate_cells(rnd: random.Random, xml: str, form: bool) -> str:
    """One change a spreadsheet could save: odd values, far cells, giant merges, rows shuffled."""
    op = rnd.randrange(7)
    ref = _cell_ref(rnd, xml, form)
    if op == 0:
        return put_cell(xml, ref, rnd.choice(TEXTS))
    if op == 1:
        return put_cell(xml, ref, rnd.choice(NUMBERS))
    if op == 2:
        return put_cell(xml, ref, rnd.choice(RAW), "raw", style=rnd.choice([None, 0, 1, 3, 999]))
    if op == 3:
        kind, value = rnd.choice([("f", "=D8+1"), ("f", "=1/0"), ("d", "2024-02-30T00:00:00"), ("d", "9999-12-31"),
                                  ("b", True), ("e", "#DIV/0!"), ("e", "#N/A")])
        return put_cell(xml, ref, value, kind)
    if op == 4:
        return put_cell(xml, rnd.choice(FAR), rnd.choice(["lạc", 1, "=A1"]), "f" if rnd.random() < 0.2 else "auto")
    if op == 5:
        return add_merge(xml, rnd.choice(MERGES))
    rows = re.findall(r"<row [^>]*>.*?</row>", xml, re.S)  # rows repeated, dropped or without their numbers
    if rows:
        pick = rnd.choice(rows)
        xml = xml.replace(pick, rnd.choice([pick * 3, re.sub(r' r="\d+"', "", pick, count=1), ""]), 1)
    return xml


def _damage(rnd: random.Random, members: dict[str, bytes], part: str) -> None:
    """One change only a broken tool or an attacker makes: lost sheets and members, broken XML and styles."""
    op = rnd.randrange(5)
    if op == 0:  # a sheet renamed or gone from the workbook
        wb = members["xl/workbook.xml"].decode(errors="replace")
        names = re.findall(r'<sheet [^>]*name="([^"]*)"', wb)
        victim = rnd.choice(names or ["?"])
        members["xl/workbook.xml"] = (wb.replace(f'name="{victim}"', 'name="Khác"', 1) if rnd.random() < 0.5
                                      else re.sub(rf'<sheet [^>]*name="{re.escape(victim)}"[^>]*/>', "", wb)).encode()
    elif op == 1:  # a member lost, or replaced by garbage
        name = rnd.choice(sorted(members))
        if rnd.random() < 0.5:
            del members[name]
        else:
            members[name] = bytes(rnd.randrange(256) for _ in range(rnd.randint(0, 200)))
    elif op == 2:
        members["xl/styles.xml"] = rnd.choice([b"", b"<styleSheet/>", b"<x>", members.get("xl/styles.xml", b"")[:99]])
    elif op == 3:  # the sheet's XML cut or spliced mid-element
        xml = members[part].decode()
        cut = rnd.randrange(len(xml))
        members[part] = (xml[:cut] + rnd.choice(["<", "</row>", "&bad;", "<x:y/>", ""])
                         + xml[cut + rnd.randint(0, 50):]).encode()
    else:  # a cell pointing at a shared string that does not exist
        xml = members[part].decode()
        ref = _cell_ref(rnd, xml, False)
        members[part] = put_cell(xml, ref, rnd.randint(0, 10**6), "raw").replace(
            f'<c r="{ref}"', f'<c r="{ref}" t="s"', 1).encode()


def _mutate(rnd: random.Random, src: Path, out: Path, form: bool) -> Path:
    members = read_members(src)
    for _ in range(rnd.randint(1, 3)):
        roll = rnd.random()
        meta = form and 0.6 <= roll < 0.8
        try:
            part = sheet_part(members, "_dtidesk" if meta else None)
        except (KeyError, AttributeError, UnicodeDecodeError):
            part = ""
        if part not in members:  # an earlier mutation took the workbook's parts away
            continue
        if meta:  # the hidden metadata: an entry changed, or rows of it removed
            xml = members[part].decode()
            refs = re.findall(r'<c r="(B\d+)"', xml)
            value = rnd.choice([*TEXTS[:12], *NUMBERS, "", "Q1", "Y", 2024, 2101, 0, -7, "A", "ZZZZ"])
            members[part] = (put_cell(xml, rnd.choice(refs), value) if refs and rnd.random() < 0.8
                             else re.sub(r'<row r="\d+".*?</row>', "", xml, count=rnd.randint(1, 3))).encode()
        elif roll < 0.8:
            members[part] = _mutate_cells(rnd, members[part].decode("utf-8", "replace"), form).encode("utf-8")
        elif roll < 0.85:  # an element no reader knows, inside the sheet
            members[part] = members[part].replace(b"</worksheet>", b"<extra><deep/></extra></worksheet>", 1)
        else:
            _damage(rnd, members, part)
    path = write_members(out, members)
    if rnd.random() < 0.06:  # damaged on the way: bytes flipped or the file cut short
        b = bytearray(path.read_bytes())
        if rnd.random() < 0.5:
            for _ in range(rnd.randint(1, 8)):
                b[rnd.randrange(len(b))] ^= 1 << rnd.randrange(8)
        else:
            b = b[: rnd.randrange(len(b))]
        path.write_bytes(bytes(b))
    return path


class _Hang(Exception):
    pass


def _alarm(_sig, _frame):
    raise _Hang


def _run(case: str, fn) -> object:
    """fn() with a watchdog: anything but a DtideskError fails the case, as does taking more than 20 s."""
    if hasattr(signal, "SIGALRM"):
        signal.signal(signal.SIGALRM, _alarm)
        signal.alarm(20)
    start = time.perf_counter()
    try:
        return fn()
    except DtideskError as exc:
        assert exc.message and "Traceback" not in exc.message, case
        return exc
    except _Hang:  # pragma: no cover - the failure names the case
        raise AssertionError(f"{case}: no answer after 20 s") from None
    except Exception as exc:  # pragma: no cover
        raise AssertionError(f"{case}: {type(exc).__name__}: {exc}") from exc
    finally:
        if hasattr(signal, "SIGALRM"):
            signal.alarm(0)
        assert time.perf_counter() - start < 20, case


def _commit(af, path: Path, kind: str):
    return commit_list_import(af, preview_list_import(af, path, kind, plan_id=PLANS[kind]))


@pytest.mark.parametrize("chunk", range(4))
def test_mutated_lists_are_read_or_refused(bases, demo_path, tmp_path, chunk):
    rnd = random.Random(7000 + chunk)
    writable, untouched = tmp_path / "ghi.dtidesk", _sha(demo_path)
    with open_agency_file(demo_path, readonly=True) as af:
        for case in range(CASES):
            kind = rnd.choice(list(PLANS))
            path = _mutate(rnd, bases[kind], tmp_path / f"ds-{case}.xlsx", False)
            name = f"lists {chunk}/{case} {kind}"
            preview = _run(name, partial(preview_list_import, af, path, kind, plan_id=PLANS[kind]))
            if case % 6 or isinstance(preview, DtideskError):
                continue
            shutil.copy(demo_path, writable)  # a real import into a copy, for one case in six
            before = _sha(writable)
            with open_agency_file(writable) as wf:
                done = _run(name, partial(_commit, wf, path, kind))
            if isinstance(done, DtideskError):
                assert _sha(writable) == before, name
    assert _sha(demo_path) == untouched  # the dry runs wrote nothing


@pytest.mark.parametrize("chunk", range(4))
def test_mutated_unit_forms_are_read_or_refused(bases, demo_path, tmp_path, chunk):
    rnd = random.Random(9100 + chunk)
    codes = [c for c in bases if c not in PLANS]
    with open_agency_file(demo_path, readonly=True) as af:
        for code in codes:  # the bases themselves are accepted: the mutations start from good files
            res = read_unit_file(af, bases[code])
            assert res.accepted, [p.text() for p in res.problems]
        for case in range(CASES):
            path = _mutate(rnd, bases[rnd.choice(codes)], tmp_path / f"bm-{case}.xlsx", True)
            res = _run(f"forms {chunk}/{case}", partial(read_unit_file, af, path))
            assert not isinstance(res, DtideskError) and all(p.message for p in res.problems), case
            assert res.accepted or any(p.severity == "error" for p in res.problems), case
    writable = tmp_path / "ghi.dtidesk"
    for case in range(0, CASES, 6):  # the real import of some of them
        shutil.copy(demo_path, writable)
        before = _sha(writable)
        with open_agency_file(writable) as wf:
            results, _ = _run(f"forms {chunk}/{case} import",
                              partial(import_unit_files, wf, [tmp_path / f"bm-{case}.xlsx"]))
        if not results[0].accepted:
            assert _sha(writable) == before, case


def test_damaged_zip_members_are_refused(bases, demo_path, tmp_path):
    """Every member of a unit form's zip, flipped in its compressed bytes: refused, never a traceback."""
    src = bases["cchc-stats"]
    with zipfile.ZipFile(src) as zf:
        infos = zf.infolist()
    with open_agency_file(demo_path, readonly=True) as af:
        for info in infos:
            raw = bytearray(src.read_bytes())
            at = info.header_offset
            start = at + 30 + int.from_bytes(raw[at + 26:at + 28], "little") + int.from_bytes(raw[at + 28:at + 30],
                                                                                                "little")
            for i in range(start, start + min(info.compress_size, 4)):
                raw[i] ^= 0x5A
            path = tmp_path / "hong.xlsx"
            path.write_bytes(bytes(raw))
            res = _run(info.filename, partial(read_unit_file, af, path))
            assert not isinstance(res, DtideskError) and (res.accepted or res.problems), info.filename
