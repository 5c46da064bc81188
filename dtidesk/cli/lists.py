"""`dtidesk-cli import-list` and `dtidesk-cli list-template`: Excel lists from the command line (no Qt here)."""

from __future__ import annotations

import argparse
import sys

from ..errors import ValidationError
from ..services.list_import import KIND_LABELS, KINDS, field_of
from .common import CliError, open_file, print_json

SOURCES = {"remembered": "đã nhớ từ lần nhập trước", "proposed": "tự động", "user": "theo --map"}


def _mapping_lines(preview) -> list[str]:
    lines = []
    for c in preview.table.columns:
        key = preview.mapping.get(c.letter)
        target = field_of(preview.kind, key).label if key else "(bỏ qua)"
        lines.append(f"  {c.letter}: {c.header or '(không tiêu đề)'} → {target}")
    return lines


def cmd_import_list(args: argparse.Namespace) -> int:
    from ..services.list_import import commit_list_import, parse_mapping, preview_list_import

    try:
        mapping = parse_mapping(args.kind, args.map) if args.map else None
    except ValidationError as exc:
        raise CliError(exc.message) from None
    with open_file(args.file, readonly=args.dry_run) as af:
        preview = preview_list_import(af, args.list, args.kind, plan_id=args.plan, year=args.year,
                                      mapping=mapping, sheet=args.sheet, framework_code=args.framework)
        committed, summary = False, ""
        if preview.ok and not args.dry_run:
            summary = commit_list_import(af, preview, create_units=not args.no_new_units).summary
            committed = True
    if args.json:
        print_json({**preview.as_dict(), "committed": committed, "summary": summary})
    else:
        source = SOURCES[preview.mapping_source]
        print(f"Trang “{preview.table.sheet}”, dòng tiêu đề {preview.table.header_row or '—'}; ghép cột ({source}):")
        print("\n".join(_mapping_lines(preview)))
        counts = preview.counts()
        print(f"{KIND_LABELS[args.kind]}: {counts.get('item', 0)} dòng" +
              (f", {counts['group']} dòng nhóm" if counts.get("group") else ""))
        if preview.new_units:
            print("Đơn vị mới: " + "; ".join(preview.new_units))
        for p in preview.problems:
            print(f"[{'lỗi' if p.severity == 'error' else 'lưu ý'}] {p.text()}",
                  file=sys.stderr if p.severity == "error" else sys.stdout)
        if committed:
            print(summary + ".")
        elif preview.ok:
            print("Chạy thử (--dry-run): chưa ghi gì vào tệp.")
    if not preview.ok:
        print(f"dtidesk-cli: không nhập — {len(preview.errors)} lỗi, tệp dữ liệu giữ nguyên.", file=sys.stderr)
        return 1
    return 0


def cmd_list_template(args: argparse.Namespace) -> int:
    from ..services.list_template import write_list_template

    if args.file:
        with open_file(args.file, readonly=True) as af:
            out = write_list_template(args.kind, args.out, af)
    else:
        out = write_list_template(args.kind, args.out)
    print(f"Đã tạo mẫu: {out}")
    return 0


def _text_lines(kind: str, items: list[dict]) -> list[str]:
    """One line per item, as an officer would read the plan's appendix aloud."""
    from ..domain.periods import PERIOD_LABELS
    from ..domain.vnformat import fmt_date, fmt_number

    def money(v) -> str:
        return fmt_number(v, 3) if v is not None else "—"

    lines = []
    for x in items:
        if kind == "targets":
            result = ""
            if x["latest"]:
                got = fmt_number(x["latest"]["achieved"], 3) + ("%" if x["unit_of_measure"] == "%" else "")
                verdict = {True: " — đạt", False: " — chưa đạt", None: ""}[x["met"]]
                result = f" · kết quả {PERIOD_LABELS[x['latest']['period']].lower()} {x['latest']['year']}: {got}{verdict}"
            lines.append(f"[{x['id']}] {x['code']} {x['content']} · mức: {x['threshold_text'] or '—'} · chủ trì: "
                         f"{x['lead_unit'] or '—'} · theo dõi: {x['monitor_unit'] or '—'}{result}".replace("]  ", "] "))
        elif kind == "projects":
            flag = " (các nguồn không khớp tổng)" if x["budget_mismatch"] else ""
            lines.append(f"[{x['id']}] {x['name']} · {x['timeframe'] or '—'} · chủ trì: {x['lead_unit'] or '—'} · "
                         f"kinh phí {money(x['budget_total'])} (NSNN {money(x['budget_state'])}, xã hội hóa "
                         f"{money(x['budget_social'])}, khác {money(x['budget_other'])}){flag} · đã giải ngân "
                         f"{money(x['disbursed'])} · {x['status_label']}")
        elif kind == "directives":
            day = fmt_date(_iso_date(x["issued_on"]))
            lines.append(f"[{x['id']}] {x['doc_type']} {x['number_symbol']} ngày {day or '—'} của "
                         f"{x['issuer'] or '—'}: {x['summary']} · {len(x['tasks'])} nhiệm vụ")
        else:
            lines.append(f"[{x['id']}] {x['code']} {x['content']} · chủ trì: {', '.join(x['lead_units']) or '—'} · "
                         f"{x['timeline'] or '—'} · {x['outcome_label']}".replace("]  ", "] "))
    return lines


def _iso_date(text: str | None):
    import datetime as dt

    return dt.date.fromisoformat(text) if text else None


def cmd_list(args: argparse.Namespace) -> int:
    from ..services.plan_lists import LIST_LABELS, plan_list

    with open_file(args.file, readonly=True) as af:
        items = plan_list(af, args.plan, args.kind)
    if args.json:
        print_json(items)
        return 0
    print(f"{LIST_LABELS[args.kind]}: {len(items)}")
    for line in _text_lines(args.kind, items):
        print(line)
    return 0


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add `import-list` and `list-template` to dtidesk-cli (called from cli.build_parser)."""
    kinds = ", ".join(f"{k} ({v.lower()})" for k, v in KIND_LABELS.items())
    s = subparsers.add_parser("import-list", help="nhập danh sách từ Excel: " + kinds)
    s.add_argument("file", help="tệp dữ liệu .dtidesk")
    s.add_argument("list", help="tệp Excel (.xlsx)")
    s.add_argument("--kind", required=True, choices=KINDS, help="loại danh sách")
    s.add_argument("--plan", type=int, help="số hiệu kế hoạch nhận nhiệm vụ/chỉ tiêu/dự án (xem `dtidesk-cli plans`)")
    s.add_argument("--year", type=int, help="năm đánh giá nhận điểm (mặc định: năm kết quả gắn với kế hoạch)")
    s.add_argument("--framework", help="mã bộ chỉ số nhận điểm (mặc định: bộ của kế hoạch hoặc của năm)")
    s.add_argument("--sheet", help="tên trang (mặc định: trang đầu tiên có dòng tiêu đề nhận ra được)")
    s.add_argument("--map", help="ghép cột, ví dụ \"A=code,B=content,E=lead_unit,F=-\" (- bỏ qua cột)")
    s.add_argument("--no-new-units", action="store_true",
                   help="không tạo đơn vị mới: tên chưa có được giữ dạng chữ trong ghi chú")
    s.add_argument("--dry-run", action="store_true", help="chỉ kiểm tra, không ghi")
    s.add_argument("--json", action="store_true")
    s.set_defaults(func=cmd_import_list)

    from ..services.plan_lists import LIST_KINDS

    s = subparsers.add_parser("list", help="xem chỉ tiêu, dự án, văn bản chỉ đạo hoặc nhiệm vụ của một kế hoạch")
    s.add_argument("file", help="tệp dữ liệu .dtidesk")
    s.add_argument("--plan", type=int, required=True, help="số hiệu kế hoạch (xem `dtidesk-cli plans`)")
    s.add_argument("--kind", required=True, choices=LIST_KINDS, help="loại danh sách")
    s.add_argument("--json", action="store_true", help="in JSON (khóa tiếng Anh)")
    s.set_defaults(func=cmd_list)

    s = subparsers.add_parser("list-template", help="tạo tệp Excel mẫu để nhập danh sách")
    s.add_argument("--kind", required=True, choices=KINDS)
    s.add_argument("--out", required=True, help="tệp .xlsx kết quả")
    s.add_argument("--file", help="tệp dữ liệu: đưa danh sách đơn vị (và tiêu chí) vào mẫu")
    s.set_defaults(func=cmd_list_template)
