"""`dtidesk-cli import-plan`: read a plan document (.docx, .txt), show what was recognised, commit it (no Qt here)."""

from __future__ import annotations

import argparse
from pathlib import Path

from .common import CliError, open_file, print_json


def _print_text(data: dict, committed: bool) -> None:
    print(f"Văn bản: {data['source']} — “{data['title']}” (năm {data['year'] or '?'})")
    if data["framework"]:
        fw = data["framework"]
        label = "bộ chỉ số mới" if fw["new"] else "bộ chỉ số"
        print(f"Điểm năm {data['assessment_year'] or '?'} vào {label}: {fw['name']}")

    def walk(groups: list[dict], depth: int) -> None:
        for g in groups:
            pad = "  " * depth
            score = f" — {g['score']}" if g["score"] is not None else ""
            print(f"{pad}{g['code'] + '. ' if g['code'] else ''}{g['name'][:70]}{score}")
            for c in g["criteria"]:
                got = f"{c['appraised_score']}/{c['max_score']}" if c["max_score"] is not None else "?"
                print(f"{pad}  {c['code']}. {c['name'][:60]} ({got}; {len(c['tasks'])} nhiệm vụ)")
            if g["tasks"]:
                print(f"{pad}  {len(g['tasks'])} nhiệm vụ")
            walk(g["children"], depth + 1)

    walk(data["groups"], 0)
    c = data["counts"]
    print(f"Tổng: {c['groups']} nhóm, {c['criteria']} tiêu chí, {c['tasks']} nhiệm vụ.")
    for n in data["new_units"]:
        print(f"Đơn vị mới: {n}")
    for w in data["warnings"]:
        print(f"Cảnh báo{' dòng ' + str(w['line']) if w['line'] else ''}: {w['message']}")
    for u in data["unrecognised"]:
        print(f"Không hiểu dòng {u['line']}: {u['text'][:120]}")
    if committed and data["framework"] and data["framework"]["new"]:
        print(f"Đã tạo bộ chỉ số mới: {data['framework']['name']}")
    print("Đã nhập vào tệp." if committed else "Chạy thử: chưa ghi gì vào tệp.")


def cmd_import_plan(args: argparse.Namespace) -> int:
    from ..services.plan_import import commit_plan_import, preview_plan_import

    if not Path(args.plan).is_file():
        raise CliError(f"không tìm thấy văn bản “{args.plan}”")
    with open_file(args.file, readonly=args.dry_run) as af:
        preview = preview_plan_import(af, Path(args.plan))
        data = preview.as_dict()
        plan_id = None
        if not args.dry_run:
            plan_id, _ = commit_plan_import(af, preview, [] if args.no_new_units else None)
    data["committed"] = not args.dry_run
    data["plan_id"] = plan_id
    if args.json:
        print_json(data)
    else:
        _print_text(data, not args.dry_run)
    return 0


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add `import-plan` to dtidesk-cli (called from cli.build_parser)."""
    s = subparsers.add_parser("import-plan", help="nhập kế hoạch từ văn bản Word (.docx) hoặc văn bản thuần (.txt)")
    s.add_argument("file", help="tệp dữ liệu .dtidesk")
    s.add_argument("plan", help="văn bản kế hoạch .docx hoặc .txt")
    s.add_argument("--dry-run", action="store_true", help="chỉ xem nhận ra được gì, không ghi vào tệp")
    s.add_argument("--no-new-units", action="store_true",
                   help="không tạo đơn vị mới (tên đơn vị lạ được ghi vào ghi chú của nhiệm vụ)")
    s.add_argument("--json", action="store_true")
    s.set_defaults(func=cmd_import_plan)
