"""`dtidesk-cli changes FILE`: the file's change history — who, on which computer, when, what from what to what."""

from __future__ import annotations

import argparse
from pathlib import Path

from ..domain.history import KIND_LABELS, HistoryFilter, entry_cells
from .common import open_file, print_json


def cmd_changes(args: argparse.Namespace) -> int:
    from ..services import history

    f = HistoryFilter(who=args.who or "", since=history.parse_day(args.since, "--since"),
                      until=history.parse_day(args.until, "--until"), kinds=tuple(args.kind or ()))
    with open_file(args.file, readonly=True) as af:
        if args.xlsx:
            out = history.export_history(af, Path(args.xlsx), f)
            print(f"Đã ghi {out}")
            return 0
        entries = history.file_history(af, f, readable=not args.json)
    if args.json:
        print_json([e.as_json() for e in entries])
        return 0
    for e in entries:
        at, who, computer, _kind, action, summary, change = entry_cells(e)
        place = f"{who}@{computer}" if computer else who
        print(f"{at}  {place}  {action}: {summary}" + (f"  [{change}]" if change else ""))
    print(f"{len(entries)} thay đổi.")
    return 0


def register(subparsers: argparse._SubParsersAction) -> None:
    s = subparsers.add_parser("changes", help="lịch sử thay đổi của tệp: ai sửa, trên máy nào, lúc nào, sửa gì")
    s.add_argument("file")
    s.add_argument("--since", metavar="DD/MM/YYYY", help="từ ngày (tính cả ngày đó)")
    s.add_argument("--until", metavar="DD/MM/YYYY", help="đến ngày (tính cả ngày đó)")
    s.add_argument("--who", metavar="TÊN", help="chỉ các thay đổi của người dùng Windows này")
    s.add_argument("--kind", action="append", choices=list(KIND_LABELS),
                   help="chỉ loại thay đổi này (có thể ghi nhiều lần): "
                        + ", ".join(f"{k} = {v}" for k, v in KIND_LABELS.items()))
    s.add_argument("--xlsx", metavar="TỆP", help="ghi lịch sử ra tệp Excel thay vì in ra màn hình")
    s.add_argument("--json", action="store_true",
                   help="in JSON: at, who, computer, action, entity, entity_id, summary, before, after")
    s.set_defaults(func=cmd_changes)
