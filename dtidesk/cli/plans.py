"""`dtidesk-cli plan FILE new` and `assessment FILE new`: a plan or a self-assessment in a file that has none."""

from __future__ import annotations

import argparse

from .common import open_file, print_json

# The command line says “cds” (chuyển đổi số), as officers abbreviate it; the file stores “digital”.
CLI_KINDS = {"dti": "dti", "cchc": "cchc", "cds": "digital", "other": "other"}


def cmd_plan_new(args: argparse.Namespace) -> int:
    from ..services.plan_setup import KIND_NAMES, create_plan

    with open_file(args.file) as af:
        created, _ = create_plan(af, CLI_KINDS[args.kind], args.year, args.title, args.number, args.framework)
    plan, made, fw = created.plan, created.assessment, created.framework
    if args.json:
        print_json({
            "id": plan.id, "kind": plan.kind, "year": plan.year, "title": plan.title, "number": plan.number,
            "symbol": plan.symbol, "framework": fw.code if fw else None,
            "framework_version": fw.version_year if fw else None, "assessment_id": plan.assessment_id,
            "assessment_created": made is not None,
        })
        return 0
    print(f"Đã tạo kế hoạch số hiệu {plan.id}: {plan.title} ({KIND_NAMES[plan.kind]}, năm {plan.year}).")
    if made is not None and fw is not None:
        print(f"Đã tạo kỳ đánh giá năm {made.year} theo bộ chỉ số {fw.code}: nhập kết quả năm đó để kế hoạch "
              "bám theo.")
    return 0


def cmd_assessment_new(args: argparse.Namespace) -> int:
    from ..services.plan_setup import create_assessment, framework_of

    with open_file(args.file) as af:
        a, _ = create_assessment(af, args.framework, args.year)
        fw = framework_of(af, a)
    if args.json:
        print_json({"id": a.id, "year": a.year, "framework": fw.code, "framework_version": fw.version_year,
                    "framework_name": fw.name})
        return 0
    print(f"Đã tạo kỳ tự đánh giá năm {a.year} (số hiệu {a.id}) theo bộ chỉ số {fw.code} "
          f"(phiên bản {fw.version_year}).")
    return 0


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add `plan` and `assessment` to dtidesk-cli (called from main.build_parser)."""
    s = subparsers.add_parser("plan", help="kế hoạch: tạo kế hoạch mới")
    s.add_argument("file")
    acts = s.add_subparsers(dest="action", required=True, parser_class=type(s))
    a = acts.add_parser("new", help="tạo kế hoạch mới (chưa có nhiệm vụ)")
    a.add_argument("--kind", required=True, choices=list(CLI_KINDS),
                   help="dti: Chỉ số chuyển đổi số; cchc: cải cách hành chính; cds: chuyển đổi số; other: khác")
    a.add_argument("--year", required=True, help="năm của kế hoạch, ví dụ 2026")
    a.add_argument("--title", required=True, help="tên kế hoạch như in dưới chữ “KẾ HOẠCH”")
    a.add_argument("--number", help="số kế hoạch (phần số của “Số: 09/KH-…”)")
    a.add_argument("--framework", help="mã bộ chỉ số kế hoạch bám theo (MÃ hoặc MÃ/NĂM_PHIÊN_BẢN); kế hoạch "
                                       "gắn với kỳ đánh giá năm trước của bộ đó, tạo mới nếu chưa có")
    a.add_argument("--json", action="store_true")
    a.set_defaults(func=cmd_plan_new)

    s = subparsers.add_parser("assessment", help="kỳ tự đánh giá: tạo kỳ đánh giá của một năm")
    s.add_argument("file")
    acts = s.add_subparsers(dest="action", required=True, parser_class=type(s))
    a = acts.add_parser("new", help="tạo kỳ tự đánh giá của một năm theo một bộ chỉ số")
    a.add_argument("--year", required=True, help="năm đánh giá, ví dụ 2026")
    a.add_argument("--framework", required=True, help="mã bộ chỉ số (MÃ hoặc MÃ/NĂM_PHIÊN_BẢN)")
    a.add_argument("--json", action="store_true")
    a.set_defaults(func=cmd_assessment_new)
