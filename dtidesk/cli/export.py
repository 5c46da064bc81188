"""`dtidesk-cli plans` and `dtidesk-cli export`: the export use cases from the command line (no Qt here)."""

from __future__ import annotations

import argparse

from ..errors import ValidationError
from ..services.export import FORMATS, WHATS
from .common import CliError, open_file, print_json

KIND_LABELS = {"dti": "DTI", "digital": "Chuyển đổi số", "cchc": "CCHC", "other": "Khác"}


def cmd_plans(args: argparse.Namespace) -> int:
    from ..services.export import plans_list

    with open_file(args.file, readonly=True) as af:
        plans = plans_list(af)
    if args.json:
        print_json(plans)
    else:
        for p in plans:
            print(f"{p['id']:>4}  {KIND_LABELS.get(p['kind'], p['kind']):<14} {p['year']}  {p['title']}")
        print(f"{len(plans)} kế hoạch.")
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from ..services.export import check_request, export

    try:
        check_request(args.what, args.format)
    except ValidationError as exc:
        raise CliError(exc.message) from None
    with open_file(args.file, readonly=True) as af:
        out = export(af, args.plan, args.what, args.format, args.out, label=args.label, title=args.title)
    print(f"Đã xuất: {out}")
    return 0


def cmd_number_style(args: argparse.Namespace) -> int:
    """Show or set how the plan's headings write numbers below 10 (the file's one rule)."""
    from ..domain.heading_numbers import NUMBER_STYLES
    from ..services.document_style import number_style, set_number_style

    with open_file(args.file, readonly=args.style is None) as af:
        if args.style is not None:
            try:
                set_number_style(af, args.style)
            except ValidationError as exc:
                raise CliError(exc.message) from None
        current = number_style(af)
    if args.json:
        print_json({"style": current, "styles": NUMBER_STYLES})
    else:
        for key, text in NUMBER_STYLES.items():
            print(f"{'*' if key == current else ' '} {key:<7} {text}")
    return 0


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add `plans`, `export` and `number-style` to dtidesk-cli (called from cli.build_parser)."""
    s = subparsers.add_parser("plans", help="danh sách kế hoạch trong tệp")
    s.add_argument("file")
    s.add_argument("--json", action="store_true")
    s.set_defaults(func=cmd_plans)

    s = subparsers.add_parser("export", help="xuất kế hoạch, phụ lục hoặc bảng điểm ra PDF, Word, Excel")
    s.add_argument("file")
    s.add_argument("--plan", type=int, required=True, help="số hiệu kế hoạch (xem `dtidesk-cli plans`)")
    s.add_argument("--what", required=True, choices=WHATS, help="nội dung xuất")
    s.add_argument("--format", required=True, choices=FORMATS, help="định dạng tệp")
    s.add_argument("--out", required=True, help="tệp kết quả")
    s.add_argument("--label", help="dòng “Phụ lục …” của phụ lục (mặc định: đánh số La Mã)")
    s.add_argument("--title", help="tiêu đề phụ lục (mặc định: theo loại phụ lục)")
    s.set_defaults(func=cmd_export)

    s = subparsers.add_parser("number-style", help="cách viết số nhỏ hơn 10 trong đề mục chỉ số, tiêu chí của kế hoạch")
    s.add_argument("file")
    s.add_argument("style", nargs="?", choices=("mixed", "padded", "plain"),
                   help="mixed: như văn bản mẫu (5/5, 05 tiêu chí, 01/18); padded: luôn thêm số 0; plain: không thêm")
    s.add_argument("--json", action="store_true")
    s.set_defaults(func=cmd_number_style)
