"""`dtidesk-cli dossier`: the self-assessment dossier (table, cover letter, evidence files, JSON) as a folder or
a .zip; what is still missing is listed first, and the dossier is written anyway."""

from __future__ import annotations

import argparse
import sys

from .common import open_file, print_json


def cmd_dossier(args: argparse.Namespace) -> int:
    from ..services import dossier

    with open_file(args.file, readonly=True) as af:
        gaps = dossier.missing(af, args.year, args.framework)
        if gaps:
            print(f"Còn {len(gaps)} điểm cần bổ sung (hồ sơ vẫn được ghi):", file=sys.stderr)
            for line in gaps:
                print(f"  - {line}", file=sys.stderr)
        done = dossier.write_dossier(af, args.year, args.out, args.framework, to=args.to, symbol=args.symbol)
    if args.json:
        print_json({"path": str(done.path), "criteria": done.criteria, "files": done.files, "missing": gaps})
    else:
        print(f"Đã ghi hồ sơ tự đánh giá năm {args.year} ({done.criteria} tiêu chí, {done.files} tệp tài liệu "
              f"kiểm chứng): {done.path}")
    return 0


def register(sub: argparse._SubParsersAction) -> None:
    s = sub.add_parser("dossier", help="hồ sơ tự đánh giá: bảng tự chấm (PDF, Word, Excel), công văn gửi, "
                                       "tài liệu kiểm chứng theo tiêu chí, self-assessment.json")
    s.add_argument("file")
    s.add_argument("--year", type=int, required=True)
    s.add_argument("--framework", help="mã bộ chỉ số (mặc định: bộ có điểm năm đó)")
    s.add_argument("--out", required=True, help="thư mục hồ sơ, hoặc tệp .zip")
    s.add_argument("--to", help="nơi nhận ở dòng “Kính gửi” (mặc định: theo loại bộ chỉ số)")
    s.add_argument("--symbol", help="ký hiệu công văn sau số, ví dụ STP-VP (mặc định: <viết tắt cơ quan>-VP)")
    s.add_argument("--json", action="store_true")
    s.set_defaults(func=cmd_dossier)
