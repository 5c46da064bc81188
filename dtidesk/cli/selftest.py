"""`dtidesk-cli selftest`: the installation check without Qt (resources, a temporary file, three exports)."""

from __future__ import annotations

import argparse


def cmd_selftest(args: argparse.Namespace) -> int:
    from ..services.selftest import run_selftest

    return run_selftest()


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add `selftest` to dtidesk-cli (called from cli.build_parser)."""
    s = subparsers.add_parser("selftest", help="tự kiểm tra bản cài đặt: tạo tệp tạm, xuất PDF, Word, Excel")
    s.set_defaults(func=cmd_selftest)
