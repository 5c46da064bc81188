"""What every command module shares: the user-mistake error, the parser class and JSON output."""

from __future__ import annotations

import argparse
import json
import sys


class CliError(Exception):
    """A user mistake: one line on stderr, exit 2."""


class Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        raise CliError(f"tham số không hợp lệ: {message} (xem `{self.prog} --help`)")


def print_json(data: object) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
