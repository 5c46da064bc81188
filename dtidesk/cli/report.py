"""`dtidesk-cli report` and `dtidesk-cli report-text`: the periodic report from the command line (no Qt here)."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path

from ..domain.report_model import REPORT_BLOCKS
from .common import CliError, open_file, print_json

FORMAT_OF_SUFFIX = {".pdf": "pdf", ".docx": "docx", ".xlsx": "xlsx"}


def _today(text: str | None) -> dt.date | None:
    if not text:
        return None
    for pattern in ("%Y-%m-%d", "%d/%m/%Y"):
        try:
            return dt.datetime.strptime(text.strip(), pattern).date()
        except ValueError:
            continue
    raise CliError(f"ngày “{text}” không hợp lệ (viết 2024-06-14 hoặc 14/06/2024)")


def cmd_report(args: argparse.Namespace) -> int:
    from ..domain.report_figures import report_conflicts
    from ..services.export import REPORT_FORMATS, export_report
    from ..services.report import report_model, report_summary

    if not args.out and not args.json:
        raise CliError("cần --out TỆP (tệp báo cáo) hoặc --json (tóm tắt số liệu)")
    fmt = args.format
    if args.out and not fmt:
        fmt = FORMAT_OF_SUFFIX.get(Path(args.out).suffix.lower())
        if fmt is None:
            raise CliError(f"không rõ định dạng của “{args.out}”: thêm --format ({', '.join(REPORT_FORMATS)})")
    today = _today(args.today)
    with open_file(args.file, readonly=True) as af:
        model = report_model(af, args.plan, args.year, args.period, today)
        if args.json:
            print_json(report_summary(model))
        conflicts = report_conflicts(model)
        if conflicts:  # listed before anything is written, so the officer can fix them (issue 17)
            print(f"Số liệu báo cáo ghi ở hai nơi với hai giá trị khác nhau ({len(conflicts)}):", file=sys.stderr)
            for i, c in enumerate(conflicts, 1):
                print(f"  {i}. {c.message()}", file=sys.stderr)
        if args.out:
            # Listed, then exported as before (other tools call this command); --strict refuses instead.
            if conflicts and args.strict:
                print("dtidesk-cli: báo cáo chưa được xuất (--strict). Sửa các số liệu trên rồi xuất lại.",
                      file=sys.stderr)
                return 1
            out = export_report(af, args.plan, args.year, args.period, fmt, args.out, today=today,
                                accept_differences=True)
            print(f"Đã xuất báo cáo: {out}", file=sys.stderr if args.json else sys.stdout)
    return 0


def _read_text(args: argparse.Namespace) -> str:
    if args.text is not None:
        return args.text
    if args.text_file == "-":
        return sys.stdin.read()
    path = Path(args.text_file)
    try:
        return path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise CliError(f"không tìm thấy tệp “{path}”") from None
    except UnicodeDecodeError:
        raise CliError(f"tệp “{path}” không phải văn bản UTF-8") from None
    except OSError as exc:
        raise CliError(f"không đọc được tệp “{path}”: {exc.strerror}") from None


def cmd_report_text(args: argparse.Namespace) -> int:
    from ..services.forms import check_period
    from ..services.report import set_report_text

    if args.block not in REPORT_BLOCKS:  # every kind's blocks; a CCHC report also has area_1 … area_7
        names = "; ".join(f"{k} ({v})" for k, v in REPORT_BLOCKS.items())
        raise CliError(f"không có đoạn “{args.block}” trong báo cáo; chọn một trong: {names}")
    body = _read_text(args).strip()
    with open_file(args.file) as af:
        set_report_text(af, args.plan, args.year, args.period, args.block, body)
    from ..domain.periods import period_title

    when = period_title(check_period(args.period, args.year), args.year)
    done = "Đã lưu" if body else "Đã xóa"
    print(f"{done} đoạn “{REPORT_BLOCKS[args.block]}” của báo cáo {when}.")
    return 0


def _period_args(s: argparse.ArgumentParser) -> None:
    s.add_argument("file")
    s.add_argument("--plan", type=int, required=True, help="số hiệu kế hoạch (xem `dtidesk-cli plans`)")
    s.add_argument("--year", type=int, required=True, help="năm báo cáo, ví dụ 2024")
    s.add_argument("--period", required=True, help="kỳ báo cáo: Q1, H1, M9, Y hoặc ADHOC (đột xuất)")


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add `report` and `report-text` to dtidesk-cli (called from cli.build_parser)."""
    s = subparsers.add_parser("report", help="xuất báo cáo định kỳ của kế hoạch ra PDF, Word hoặc Excel")
    _period_args(s)
    s.add_argument("--format", help="pdf, docx hoặc xlsx (mặc định: theo đuôi tệp --out)")
    s.add_argument("--out", help="tệp kết quả")
    s.add_argument("--today", help="ngày lập báo cáo (mặc định: hôm nay), ví dụ 2024-06-14")
    s.add_argument("--json", action="store_true", help="in tóm tắt số liệu của báo cáo (JSON)")
    s.add_argument("--strict", action="store_true",
                   help="không xuất khi báo cáo ghi một số liệu ở hai nơi với hai giá trị khác nhau (mặc định: "
                        "liệt kê rồi vẫn xuất)")
    s.set_defaults(func=cmd_report)

    s = subparsers.add_parser("report-text", help="ghi một đoạn văn của báo cáo định kỳ")
    _period_args(s)
    s.add_argument("--block", required=True, help="đoạn văn: " + ", ".join(REPORT_BLOCKS))
    text = s.add_mutually_exclusive_group(required=True)
    text.add_argument("--text", help="nội dung (chuỗi rỗng để xóa đoạn)")
    text.add_argument("--text-file", help="đọc nội dung từ tệp UTF-8 (“-”: từ đầu vào chuẩn)")
    s.set_defaults(func=cmd_report_text)
