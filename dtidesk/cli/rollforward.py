"""`dtidesk-cli roll-forward`, `map-frameworks` and `history`: next year's plan and criteria across versions."""

from __future__ import annotations

import argparse

from ..domain.models import Framework
from ..domain.vnformat import fmt_date, fmt_number
from ..services.files import AgencyFile
from ..services.frameworks import find_version, indicator_by_code, list_frameworks
from .common import CliError, open_file, print_json


def _framework(af: AgencyFile, spec: str, option: str) -> Framework:
    """"MÃ/NĂM" (a version) or "MÃ" (the newest version) → the framework; refused with what exists."""
    code, _, year = spec.strip().partition("/")
    if year and not year.strip().isdigit():
        raise CliError(f"{option} “{spec}”: năm phiên bản phải là số, ví dụ DTI-TQ-SO/2022")
    fw = find_version(af, code.strip(), int(year) if year else None)
    if fw is None:
        known = ", ".join(f"{f.code}/{f.version_year}" for f in list_frameworks(af)) or "(chưa có)"
        raise CliError(f"{option} “{spec}”: tệp không có bộ chỉ số này (có: {known})")
    return fw


def cmd_roll_forward(args: argparse.Namespace) -> int:
    from ..services.rollforward import preview_roll_forward, roll_forward

    with open_file(args.file, readonly=args.dry_run) as af:
        fw_id = _framework(af, args.framework, "--framework").id if args.framework else None
        if args.dry_run:
            result = preview_roll_forward(af, args.plan, args.drop_finished, fw_id)
        else:
            result, _ = roll_forward(af, args.plan, args.drop_finished, fw_id)
    if args.json:
        print_json(result.as_dict())
        return 0
    head = "Sẽ tạo" if args.dry_run else f"Đã tạo kế hoạch số hiệu {result.plan_id}:"
    print(f"{head} “{result.title}” (năm {result.year}) từ kế hoạch năm {result.source_year}.")
    print(f"{len(result.kept)} nhiệm vụ, bỏ {len(result.dropped)}; {result.groups} nhóm, {result.targets} chỉ tiêu, "
          f"{result.projects} dự án.")
    for t in result.kept:
        if t.old_timeline != t.new_timeline:
            print(f"  {t.code or t.source_id:<6} {t.old_timeline} → {t.new_timeline}  (hạn {fmt_date(t.due_date)})")
    if result.flagged:
        print(f"Tiêu chí bị trừ điểm năm {result.assessment_year}:")
        for f in result.flagged:
            print(f"  {f.code:<6} trừ {fmt_number(f.deduction):>6} điểm, {f.task_count} nhiệm vụ  {f.name[:60]}")
    for w in result.warnings:
        print(f"! {w}")
    return 0


def cmd_map_frameworks(args: argparse.Namespace) -> int:
    from ..services.framework_map import RELATION_LABELS, propose_links, save_links

    with open_file(args.file, readonly=not args.save) as af:
        old, new = _framework(af, args.source, "--from"), _framework(af, args.target, "--to")
        proposal = propose_links(af, old.id, new.id)
        if args.save:
            save_links(af, old.id, new.id, proposal.links)
    if args.json:
        print_json({**proposal.as_dict(), "saved": bool(args.save)})
        return 0
    for x in proposal.links:
        if x.to_id is None:
            print(f"  {x.from_code:<6} → (không có)      {x.from_name[:60]}")
        else:
            print(f"  {x.from_code:<6} → {x.to_code:<6} {RELATION_LABELS[x.relation]:<10} {x.to_name[:60]}")
    for i in proposal.added:
        print(f"  (mới)  → {i.code:<6} {'Thêm mới':<10} {i.name[:60]}")
    print("Đã lưu các liên kết." if args.save else "Chưa lưu (thêm --save để lưu).")
    return 0


def cmd_history(args: argparse.Namespace) -> int:
    from ..services.framework_map import criterion_history

    with open_file(args.file, readonly=True) as af:
        fw = _framework(af, args.framework, "--framework")
        ind = indicator_by_code(af, fw.id, args.criterion)
        if ind is None:
            raise CliError(f"--criterion “{args.criterion}”: bộ chỉ số {fw.code}/{fw.version_year} "
                           "không có tiêu chí này")
        rows = criterion_history(af, ind.id)
    if args.json:
        print_json([r.as_dict() for r in rows])
        return 0
    for r in rows:
        rank = f"  hạng {r.rank}/{r.rank_of}" if r.rank else ""
        print(f"{r.year}  {r.framework_code}/{r.framework_version}  {r.code:<6} "
              f"{fmt_number(r.appraised_score):>6}/{fmt_number(r.max_score):<4} (tự chấm "
              f"{fmt_number(r.self_score)}){rank}")
    print(f"{len(rows)} năm có kết quả.")
    return 0


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add `roll-forward`, `map-frameworks` and `history` to dtidesk-cli."""
    s = subparsers.add_parser(
        "roll-forward", help="tạo kế hoạch năm sau từ kế hoạch năm nay và kết quả đánh giá mới nhất",
        description="Tạo kế hoạch năm N+1 từ kế hoạch năm N: giữ cấu trúc, chép nhiệm vụ với thời gian "
                    "chuyển sang năm sau, đặt lại tình trạng, đánh dấu tiêu chí bị trừ điểm.")
    s.add_argument("file")
    s.add_argument("--plan", type=int, required=True, help="số hiệu kế hoạch năm nay (xem `dtidesk-cli plans`)")
    s.add_argument("--drop-finished", action="store_true",
                   help="bỏ nhiệm vụ một lần đã hoàn thành (nhiệm vụ thường xuyên, định kỳ luôn được giữ)")
    s.add_argument("--framework", metavar="MÃ/NĂM",
                   help="bộ chỉ số của năm sau (mặc định: phiên bản áp dụng cho năm sau nếu đã có ánh xạ "
                        "tiêu chí, nếu không thì bộ của kế hoạch); tiêu chí chuyển theo ánh xạ")
    s.add_argument("--dry-run", action="store_true", help="chỉ xem trước, không ghi gì vào tệp")
    s.add_argument("--json", action="store_true")
    s.set_defaults(func=cmd_roll_forward)

    s = subparsers.add_parser(
        "map-frameworks", help="đề xuất (và lưu) liên kết tiêu chí giữa hai phiên bản bộ chỉ số",
        description="Ghép tiêu chí của phiên bản cũ với phiên bản mới: giữ nguyên, đổi mã, sửa đổi, gộp, "
                    "tách. Liên kết đã lưu được giữ; chỉ tiêu chí chưa có liên kết mới được đề xuất.")
    s.add_argument("file")
    s.add_argument("--from", dest="source", required=True, metavar="MÃ/NĂM", help="phiên bản cũ, ví dụ DTI-TQ-SO/2022")
    s.add_argument("--to", dest="target", required=True, metavar="MÃ/NĂM", help="phiên bản mới")
    s.add_argument("--save", action="store_true", help="lưu các liên kết đề xuất vào tệp")
    s.add_argument("--json", action="store_true")
    s.set_defaults(func=cmd_map_frameworks)

    s = subparsers.add_parser("history", help="điểm của một tiêu chí qua các năm, theo liên kết giữa các phiên bản")
    s.add_argument("file")
    s.add_argument("--criterion", required=True, metavar="MÃ", help="mã tiêu chí, ví dụ 2.4")
    s.add_argument("--framework", required=True, metavar="MÃ/NĂM", help="bộ chỉ số chứa tiêu chí, ví dụ DTI-TQ-SO/2022")
    s.add_argument("--json", action="store_true")
    s.set_defaults(func=cmd_history)
