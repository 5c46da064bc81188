"""`dtidesk-cli import-index` (a province's index decision into the file) and `assess` (a criterion's
inputs → its computed self score)."""

from __future__ import annotations

import argparse
import sys

from .common import open_file, print_json


def _fmt(v: object) -> str:
    from ..domain.vnformat import fmt_number

    return "—" if v is None else fmt_number(v)  # type: ignore[arg-type]


def cmd_import_index(args: argparse.Namespace) -> int:
    from ..services.index_import import draft_json, import_index, issue_lines, proposed_code, read_index

    if args.document == "-":
        draft = read_index(text=sys.stdin.read())
    else:
        draft = read_index(args.document)
    year = args.year if args.year is not None else draft.year
    if args.dry_run:
        with open_file(args.file, readonly=True) as af:
            code = args.code or proposed_code(af, draft, year or 0)
        data = draft_json(draft, code, year)
    else:
        with open_file(args.file) as af:
            done, _ = import_index(af, draft, args.year, code=args.code)
        data = draft_json(draft, done.code, done.version_year)
    if args.json:
        print_json(data)
        return 0
    level = {"so": "sở, ban, ngành", "huyen": "cấp huyện"}.get(draft.level, "")
    print(f"{draft.source}: {draft.name or '(không ghi tên)'}")
    print(f"Quyết định {draft.decision or '?'}"
          f"{' ngày ' + draft.decision_date.strftime('%d/%m/%Y') if draft.decision_date else ''}"
          f"{' — tỉnh ' + draft.province if draft.province else ''}{' — ' + level if level else ''}"
          f"; năm áp dụng {year or '?'}")
    for comp in data["components"]:
        print(f"{comp['code']}. {comp['name'][:70]} — {_fmt(comp['max'])} điểm")
        for c in comp["criteria"]:
            print(f"   {c['code']:<7} {_fmt(c['max']):>6}  {c['name'][:60]}  [{c['method']['kind']}]")
    print(f"Tổng điểm tối đa: {_fmt(data['total_max'])}")
    for line in issue_lines(draft):
        print(f"Cần xem lại — {line}")
    if args.dry_run:
        print("(Chạy thử: chưa ghi gì vào tệp.)")
    else:
        print(f"Đã nhập bộ chỉ số {data['code']} năm {data['year']}.")
    return 0


def cmd_assess(args: argparse.Namespace) -> int:
    from ..services.assess import assess

    with open_file(args.file) as af:
        data, _ = assess(af, args.year, args.criterion, list(args.inputs), args.framework)
    if args.json:
        print_json(data)
        return 0
    print(f"Tiêu chí {data['criterion']} (tối đa {_fmt(data['max'])}): {data['method']['words']}")
    for inp in data["inputs"]:
        print(f"  {inp['name']} = {_fmt(inp['value']) if isinstance(inp['value'], (int, float)) else inp['value']}"
              f"  ({inp['label']})")
    if data.get("missing"):
        print("Chưa tính được: " + "; ".join(data["missing"]))
    print(f"Điểm tính được: {_fmt(data['computed'])}")
    if data["override_reason"]:
        print(f"Điểm tự chấm giữ {_fmt(data['score'])} (đã sửa tay: {data['override_reason']})")
    return 0


def register(sub: argparse._SubParsersAction) -> None:
    s = sub.add_parser("import-index", help="nhập bộ chỉ số từ quyết định của tỉnh (.docx, .xlsx, .txt; - là "
                                            "văn bản dán vào qua stdin)")
    s.add_argument("file")
    s.add_argument("document")
    s.add_argument("--dry-run", action="store_true", help="chỉ đọc và hiển thị, không ghi vào tệp")
    s.add_argument("--json", action="store_true")
    s.add_argument("--year", type=int, help="năm áp dụng (mặc định: năm văn bản ghi)")
    s.add_argument("--code", help="mã cho phiên bản bộ chỉ số (mặc định: tự đặt, ví dụ DTI-DT-HUYEN)")
    s.set_defaults(func=cmd_import_index)

    s = sub.add_parser("assess", help="nhập số liệu của một tiêu chí và tính điểm tự chấm")
    s.add_argument("file")
    s.add_argument("--year", type=int, required=True)
    s.add_argument("--framework", help="mã bộ chỉ số (mặc định: bộ có điểm năm đó)")
    s.add_argument("--criterion", required=True, help="mã tiêu chí, ví dụ 2.4")
    s.add_argument("--inputs", nargs="+", required=True,
                   help="số liệu theo thứ tự phương pháp nêu (trường hợp: số thứ tự từ 1; có/không: 1/0; "
                        "tỷ lệ: 92,4 cho 92,4%%)")
    s.add_argument("--json", action="store_true")
    s.set_defaults(func=cmd_assess)
