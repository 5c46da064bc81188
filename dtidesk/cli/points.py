"""`dtidesk-cli points-at-stake`: a year's criteria ranked by points lost or recoverable, with their tasks."""

from __future__ import annotations

import argparse
from pathlib import Path

from ..domain.points_at_stake import BY, DEFINITION_LOST, DEFINITION_RECOVERABLE
from ..domain.vnformat import fmt_number
from .common import CliError, open_file, print_json


def cmd_points_at_stake(args: argparse.Namespace) -> int:
    from ..services.points_at_stake import export_points, points_at_stake

    if args.out and not args.format:
        raise CliError("--out cần --format pdf hoặc --format xlsx")
    if args.format:
        if not args.out:
            raise CliError(f"--format {args.format} cần --out (tệp .{args.format})")
        out = Path(args.out)
        if out.suffix.lower() != f".{args.format}":
            raise CliError(f"tệp xuất “{out.name}” phải có đuôi .{args.format}")
    with open_file(args.file, readonly=True) as af:
        if args.format:
            print(export_points(af, args.year, args.format, Path(args.out), framework_code=args.framework, by=args.by))
            return 0
        stake = points_at_stake(af, args.year, args.framework)
    if args.json:
        print_json(stake.as_dict(args.by))
        return 0
    by_words = "điểm bị mất" if args.by == "lost" else "điểm có thể giành lại"
    print(f"{stake.framework_code}/{stake.framework_version} — năm {stake.year}, xếp theo {by_words}")
    print(f"{'#':>3}  {'Mã':<6} {'mất':>6} {'giành lại (có TLKC / chưa có)':>30}  nhiệm vụ  tiêu chí")
    for i, r in enumerate(stake.ranked(args.by), start=1):
        mark = "" if r.appraised else "*"
        back = f"{fmt_number(r.recoverable_with_evidence)} / {fmt_number(r.recoverable_without_evidence)}"
        print(f"{i:>3}  {r.code:<6} {fmt_number(r.lost) + mark:>6} {back:>30}  {len(r.tasks):>8}  {r.name[:60]}")
    t = stake.totals()
    print(f"Tổng: mất {fmt_number(t['lost'])} điểm; có thể giành lại {fmt_number(t['recoverable'])} điểm "
          f"({fmt_number(t['recoverable_with_evidence'])} có tài liệu kiểm chứng, "
          f"{fmt_number(t['recoverable_without_evidence'])} chưa có).")
    if stake.any_self_only:
        print("* chưa thẩm định: điểm bị mất tính theo điểm tự chấm.")
    print(DEFINITION_LOST)
    print(DEFINITION_RECOVERABLE)
    return 0


def register(sub: argparse._SubParsersAction) -> None:
    s = sub.add_parser("points-at-stake", help="tiêu chí xếp theo điểm bị mất, điểm có thể giành lại (kèm nhiệm vụ)",
                       description=f"{DEFINITION_LOST} {DEFINITION_RECOVERABLE}")
    s.add_argument("file", help="tệp dữ liệu .dtidesk")
    s.add_argument("--year", type=int, required=True, help="năm đánh giá")
    s.add_argument("--framework", metavar="MÃ", help="mã bộ chỉ số (mặc định: bộ có kỳ đánh giá năm đó)")
    s.add_argument("--by", choices=BY, default="lost",
                   help="xếp theo điểm bị mất (lost, mặc định) hoặc điểm có thể giành lại (recoverable)")
    s.add_argument("--json", action="store_true")
    s.add_argument("--format", choices=("pdf", "xlsx"), help="xuất bảng ra PDF hoặc Excel (cần --out)")
    s.add_argument("--out", help="tệp xuất .pdf hoặc .xlsx")
    s.set_defaults(func=cmd_points_at_stake)
