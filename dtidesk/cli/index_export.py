"""`dtidesk-cli export-index`: an index version as PDF or Excel, to check against the decision on paper."""

from __future__ import annotations

import argparse

from ..errors import ValidationError
from .common import CliError, open_file


def cmd_export_index(args: argparse.Namespace) -> int:
    from ..services.index_export import check_format, export_index, index_version

    try:
        check_format(args.format.lower())
    except ValidationError as exc:
        raise CliError(exc.message) from None
    with open_file(args.file, readonly=True) as af:
        fw = index_version(af, args.framework, args.year)
        out = export_index(af, fw.id, args.format.lower(), args.out)
    print(f"Đã xuất: {out}")
    return 0


def register(subparsers: argparse._SubParsersAction) -> None:
    s = subparsers.add_parser("export-index", help="xuất bộ chỉ số (như chương trình đã hiểu) ra PDF hoặc Excel "
                                                   "để đối chiếu với quyết định")
    s.add_argument("file")
    s.add_argument("--framework", required=True, help="mã bộ chỉ số, ví dụ DTI-TQ-SO")
    s.add_argument("--year", type=int, help="năm: phiên bản của năm đó hoặc đang áp dụng năm đó (mặc định: "
                                            "phiên bản mới nhất)")
    s.add_argument("--format", required=True, help="pdf hoặc xlsx")
    s.add_argument("--out", required=True, help="tệp kết quả")
    s.set_defaults(func=cmd_export_index)
