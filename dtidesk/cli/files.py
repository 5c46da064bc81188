"""`dtidesk-cli demo`, `new`, `scores`, `check`, `import-catalog`: the agency file as a whole."""

from __future__ import annotations

import argparse
from pathlib import Path

from ..domain.models import Agency
from .common import CliError, open_file, print_json


def cmd_demo(args: argparse.Namespace) -> int:
    from ..services.demo import build_demo

    out = Path(args.out)
    if out.exists():
        if not args.force:
            raise CliError(f"tệp “{out}” đã tồn tại (dùng --force để ghi đè)")
        out.unlink()
    build_demo(out).close()
    print(f"Đã tạo tệp mẫu: {out}")
    return 0


def cmd_new(args: argparse.Namespace) -> int:
    from ..services.catalogs import default_catalog
    from ..services.files import new_file

    agency = Agency(agency=args.agency, parent_agency=args.parent or "", short_code=args.short_code or "",
                    place=args.place or "", agency_name=args.agency_name or "")
    # No index unless asked for: the one shipped is Tuyên Quang's, and another province scores otherwise.
    catalogs = ([default_catalog()] if args.shipped_index else []) + [Path(c) for c in args.catalog or []]
    new_file(Path(args.out), agency, args.unit or [], catalogs).close()
    print(f"Đã tạo tệp: {args.out}")
    if not catalogs:
        print(f"Tệp chưa có bộ chỉ số: nhập bộ chỉ số của tỉnh bằng `dtidesk-cli import-catalog {args.out} "
              "DANH_MUC.json` (hoặc tạo tệp với --catalog).")
    return 0


def cmd_scores(args: argparse.Namespace) -> int:
    from ..services.scoring import scores_json

    with open_file(args.file, readonly=True) as af:
        data = scores_json(af, args.year, args.framework)
    if args.json:
        print_json(data)
    else:
        from ..domain.vnformat import fmt_number

        print(f"{data['framework']} — năm {data['year']}   (tự chấm · thẩm định / tối đa)")
        for n in data["nodes"]:
            indent = "  " if n["kind"] == "criterion" else ""
            rank = f"  hạng {n['rank']}/{n['rank_of']}" if n["rank"] else ""
            print(f"{indent}{n['code']:<6} {fmt_number(n['self_score']):>7} · {fmt_number(n['appraised_score']):>7}"
                  f" / {fmt_number(n['max_score']):<4}{rank}  {n['name'][:70]}")
        t = data["total"]
        print(f"Tổng: tự chấm {fmt_number(t['self_score'])}, thẩm định {fmt_number(t['appraised_score'])} "
              f"/ {fmt_number(t['max_score'])}")
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    from ..services.checks import check_file

    with open_file(args.file, readonly=True) as af:
        findings = check_file(af)
    if args.json:
        print_json([f.as_dict() for f in findings])
    else:
        for f in findings:
            print(f"[{f.severity}] {f.where}: {f.message}")
        print(f"{len(findings)} phát hiện.")
    return 1 if any(f.severity == "error" for f in findings) else 0


def cmd_import_catalog(args: argparse.Namespace) -> int:
    from ..services.catalogs import import_catalog

    with open_file(args.file) as af:
        _, added = import_catalog(af, args.catalog)
    print("Đã nhập: " + ", ".join(added) if added else "Tệp đã có đủ các bộ chỉ số trong danh mục.")
    return 0




def register(sub: argparse._SubParsersAction) -> None:
    """Add the file commands to dtidesk-cli (called from main.build_parser)."""
    s = sub.add_parser("demo", help="tạo tệp mẫu (Sở Tư pháp Tuyên Quang)")
    s.add_argument("out")
    s.add_argument("--force", action="store_true", help="ghi đè nếu tệp đã có")
    s.set_defaults(func=cmd_demo)

    s = sub.add_parser("new", help="tạo tệp trống (bộ chỉ số nhập kèm bằng --catalog, hoặc sau bằng import-catalog)")
    s.add_argument("out")
    s.add_argument("--agency", required=True, help="tên cơ quan, ví dụ “SỞ TƯ PHÁP”")
    s.add_argument("--parent", help="cơ quan chủ quản, ví dụ “ỦY BAN NHÂN DÂN TỈNH TUYÊN QUANG”")
    s.add_argument("--short-code", help="viết tắt dùng trong ký hiệu, ví dụ STP")
    s.add_argument("--place", help="địa danh, ví dụ Tuyên Quang")
    s.add_argument("--agency-name", help="tên viết thường, ví dụ “Sở Tư pháp”")
    s.add_argument("--unit", action="append", help="tên một đơn vị (lặp lại được)")
    s.add_argument("--catalog", action="append", help="danh mục bộ chỉ số (JSON) của tỉnh để nhập ngay (lặp lại được)")
    s.add_argument("--shipped-index", action="store_true",
                   help="nhập cả bộ chỉ số có sẵn trong chương trình (của tỉnh Tuyên Quang)")
    s.set_defaults(func=cmd_new)

    s = sub.add_parser("scores", help="bảng điểm đã tính của một năm")
    s.add_argument("file")
    s.add_argument("--year", type=int, required=True)
    s.add_argument("--framework", help="mã bộ chỉ số (mặc định: bộ có điểm năm đó)")
    s.add_argument("--json", action="store_true")
    s.set_defaults(func=cmd_scores)

    s = sub.add_parser("import-catalog", help="nhập danh mục bộ chỉ số (JSON) vào tệp")
    s.add_argument("file")
    s.add_argument("catalog")
    s.set_defaults(func=cmd_import_catalog)

    s = sub.add_parser("check", help="kiểm tra toàn vẹn và dữ liệu")
    s.add_argument("file")
    s.add_argument("--json", action="store_true")
    s.set_defaults(func=cmd_check)
