"""Fuzz: damaged agency files (flipped bytes, cut short, zeroed pages) are opened, checked or refused with a
Vietnamese message — never a traceback — and a refused file is left byte for byte as it was."""

from __future__ import annotations

import random

import pytest

from dtidesk.cli import main
from dtidesk.errors import DtideskError
from dtidesk.services.checks import check_file
from dtidesk.store import open_agency_file


def _damage(rnd: random.Random, data: bytes) -> bytes:
    b = bytearray(data)
    op = rnd.randrange(4)
    if op == 0:  # flipped bytes, often in the header and the first pages where SQLite looks first
        for _ in range(rnd.randint(1, 12)):
            i = rnd.randrange(min(len(b), rnd.choice([100, 4096, len(b)])))
            b[i] ^= 1 << rnd.randrange(8)
    elif op == 1:  # cut short, by one byte or many
        b = b[: len(b) - rnd.choice([1, 7, 512, 4096, rnd.randrange(1, len(b))])]
    elif op == 2:  # a page of zeros
        page = 4096
        start = rnd.randrange(len(b) // page) * page
        b[start:start + page] = bytes(min(page, len(b) - start))
    else:  # bytes of another page copied over this one
        page = 4096
        n = len(b) // page
        src, dst = rnd.randrange(n) * page, rnd.randrange(n) * page
        b[dst:dst + page] = b[src:src + page]
    return bytes(b)


@pytest.mark.parametrize("chunk", range(4))
def test_damaged_files_are_read_or_refused(demo_path, tmp_path, chunk, capsys):
    rnd = random.Random(4242 + chunk)
    good = demo_path.read_bytes()
    for case in range(60):
        data = _damage(rnd, good)
        path = tmp_path / f"hong-{case}.dtidesk"
        path.write_bytes(data)
        try:
            with open_agency_file(path, readonly=True) as af:
                check_file(af)
        except DtideskError as exc:
            assert exc.message and "Traceback" not in exc.message
        except Exception as exc:  # pragma: no cover - the failure names the case
            raise AssertionError(f"case {chunk}/{case}: {type(exc).__name__}: {exc}") from exc
        code = main(["check", str(path), "--json"])
        err = capsys.readouterr().err
        assert code in (0, 1), (chunk, case, code, err)
        assert "Traceback" not in err and len(err.strip().splitlines()) <= 1, (chunk, case, err)
        assert path.read_bytes() == data, (chunk, case)  # nothing written to a damaged file
