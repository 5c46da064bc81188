"""`dtidesk-cli due`: what falls due soon and what is overdue, across every plan and year of the file."""

from __future__ import annotations

import argparse
import datetime as dt

from ..domain.calendar import KIND_LABELS, days_words
from ..domain.vnformat import fmt_date
from .common import CliError, open_file, print_json


def _today(text: str | None) -> dt.date | None:
    if not text:
        return None
    try:
        d, m, y = (int(x) for x in text.split("/"))
        return dt.date(y, m, d)
    except ValueError:
        raise CliError(f"--today “{text}” không phải ngày hợp lệ (dd/mm/yyyy)") from None


def cmd_due(args: argparse.Namespace) -> int:
    from ..services.calendar import build_calendar, check_days, export_due_pdf, export_ics

    days = check_days(args.days)
    today = _today(args.today)
    with open_file(args.file, readonly=True) as af:
        cal = build_calendar(af, today)
        if args.ics:
            export_ics(af, args.ics, today)
        if args.pdf:
            export_due_pdf(af, args.pdf, days, today)
    items = cal.due(days)
    if args.json:
        print_json([i.as_dict() for i in items])
        return 0
    overdue = sum(1 for i in items if i.overdue)
    print(f"Tính đến {fmt_date(cal.today)}: {overdue} việc quá hạn, {len(items) - overdue} việc đến hạn "
          f"trong {days} ngày tới.")
    for i in items:
        where = " · ".join(x for x in (i.plan[:50], i.form[:50], i.unit[:40]) if x)
        print(f"{fmt_date(i.date):>10}  {days_words(i):<16} {KIND_LABELS[i.kind]:<20} {i.title[:90]}"
              + (f"  [{where}]" if where else ""))
    for what, path in (("Lịch (.ics)", args.ics), ("Danh sách (PDF)", args.pdf)):
        if path:
            print(f"{what} đã ghi: {path}")
    return 0


def register(sub: argparse._SubParsersAction) -> None:
    s = sub.add_parser("due", help="việc sắp đến hạn và quá hạn (báo cáo, tự đánh giá, nhiệm vụ, biểu mẫu đơn vị)",
                       description="Liệt kê mọi việc quá hạn và việc đến hạn trong N ngày tới, trên mọi kế hoạch và "
                                   "mọi năm của tệp; ghi lịch .ics (Outlook, điện thoại) hoặc danh sách PDF để in.")
    s.add_argument("file", help="tệp dữ liệu .dtidesk")
    s.add_argument("--days", type=int, default=30, metavar="N", help="số ngày tới (mặc định 30)")
    s.add_argument("--json", action="store_true", help="in dạng JSON")
    s.add_argument("--ics", metavar="TỆP", help="ghi toàn bộ lịch ra tệp .ics")
    s.add_argument("--pdf", metavar="TỆP", help="ghi danh sách ra tệp PDF để in")
    s.add_argument("--today", metavar="dd/mm/yyyy", help="tính như hôm nay là ngày này (mặc định: ngày của máy)")
    s.set_defaults(func=cmd_due)
