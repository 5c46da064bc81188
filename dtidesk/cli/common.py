"""What every command module shares: the user-mistake error, the parser class and JSON output."""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

from ..errors import FileLocked
from ..services.files import AgencyFile
from ..services.files import open_file as services_open


class CliError(Exception):
    """A user mistake: one line on stderr, exit 2."""


# argparse writes its refusals in English: the ones an officer meets, in Vietnamese.
_ARGPARSE_VI = [
    (re.compile(r"argument (\S+): invalid int value: (.+)"), r"\1: \2 không phải số nguyên"),
    (re.compile(r"argument (\S+): invalid float value: (.+)"), r"\1: \2 không phải số"),
    (re.compile(r"argument (\S+): invalid choice: (\S+) \(choose from (.+)\)"), r"\1: \2 không có (chọn một trong: \3)"),
    (re.compile(r"argument (\S+): expected one argument"), r"\1 cần một giá trị"),
    (re.compile(r"argument (\S+): expected at least one argument"), r"\1 cần ít nhất một giá trị"),
    (re.compile(r"the following arguments are required: (.+)"), r"thiếu tham số bắt buộc: \1"),
    (re.compile(r"unrecognized arguments: (.+)"), r"tham số không nhận ra: \1"),
]


def vietnamese(message: str) -> str:
    for pattern, text in _ARGPARSE_VI:
        if pattern.fullmatch(message):
            return pattern.sub(text, message)
    return message


class Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        raise CliError(f"tham số không hợp lệ: {vietnamese(message)} (xem `{self.prog} --help`)")


def print_json(data: object) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")


# Set by main from `--take-over-lock`: the officer has checked that the other computer closed the file.
TAKE_OVER_LOCK = False


def open_file(path: str | Path, *, readonly: bool = False) -> AgencyFile:
    """Open the agency file for a command. A lock held on another computer is taken over only when the
    officer asked for it explicitly; otherwise the message says who holds it and how to take it over."""
    try:
        return services_open(path, readonly=readonly, force=TAKE_OVER_LOCK and not readonly)
    except FileLocked as exc:
        if exc.holder and not readonly:
            raise FileLocked(exc.message + " Nếu chắc chắn máy đó đã đóng tệp (ví dụ máy bị tắt đột ngột), chạy lại "
                             "với tùy chọn --take-over-lock để nhận quyền mở tệp.", exc.holder) from None
        raise
