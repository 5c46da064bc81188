"""`dtidesk-cli`: the headless front end over the same use cases the window calls (no Qt here)."""

from __future__ import annotations

import argparse
import importlib
import sys

from .. import __version__
from ..buglog import write_bug
from ..errors import DtideskError
from . import common
from .common import CliError, Parser

# Modules that add their own subcommands through register(subparsers); one per command group.
COMMAND_MODULES = ("files", "forms", "export", "selftest", "lists", "rollforward", "imports", "report",
                   "plans", "units", "index", "index_export", "evidence", "dossier", "results", "points", "changes",
                   "due", "dashboard")


def build_parser() -> argparse.ArgumentParser:
    p = Parser(prog="dtidesk-cli", description="DTI Desk — dòng lệnh (không giao diện).")
    p.add_argument("--version", action="version", version=f"dtidesk {__version__}")
    p.add_argument("--take-over-lock", action="store_true",
                   help="mở tệp dù tệp khóa ghi là đang mở trên máy khác (chỉ dùng khi chắc chắn máy đó đã đóng tệp)")
    sub = p.add_subparsers(dest="command", required=True, parser_class=Parser)
    for name in COMMAND_MODULES:
        importlib.import_module(f".{name}", __package__).register(sub)
    return p


def main(argv: list[str] | None = None) -> int:
    try:
        args = build_parser().parse_args(argv)
        common.TAKE_OVER_LOCK = bool(getattr(args, "take_over_lock", False))
        return int(args.func(args))
    except CliError as exc:
        print(f"dtidesk-cli: {exc}", file=sys.stderr)
        return 2
    except DtideskError as exc:
        if exc.kind == "bug":
            write_bug(exc, "dtidesk-cli " + " ".join(sys.argv[1:] if argv is None else argv))
        print(f"dtidesk-cli: {exc.message}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # `dtidesk-cli scores … | head`
        sys.stderr.close()
        return 0
    except Exception as exc:  # a bug: one line for the officer, the traceback in the log
        where = write_bug(exc, "dtidesk-cli " + " ".join(sys.argv[1:] if argv is None else argv))
        print(f"dtidesk-cli: lỗi chương trình ({type(exc).__name__}); thao tác không hoàn tất. "
              f"Chi tiết đã ghi vào {where or 'nhật ký lỗi'}.", file=sys.stderr)
        return 3
