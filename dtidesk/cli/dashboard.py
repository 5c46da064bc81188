"""`dtidesk-cli dashboard`: the Overview tab as text or JSON — score trends, task progress, forms sent."""

from __future__ import annotations

import argparse

from ..domain.dashboards import FORM_STATE_LABELS
from ..domain.periods import PERIOD_LABELS
from ..domain.vnformat import fmt_number
from .common import open_file, print_json

_COUNTS = (("done_on_time", "đúng hạn"), ("done_late", "hoàn thành quá hạn"), ("done", "hoàn thành, không hạn"),
           ("overdue", "quá hạn"), ("in_progress", "đang làm"), ("not_started", "chưa làm"))


def _counts(c) -> str:
    return f"{c['planned']:>4} nhiệm vụ: " + ", ".join(f"{label} {c[k]}" for k, label in _COUNTS if c[k])


def cmd_dashboard(args: argparse.Namespace) -> int:
    from ..services.dashboards import dashboard, dashboard_json
    from ..services.export import plans_list

    with open_file(args.file, readonly=True) as af:
        plan = args.plan
        if plan is None:  # the latest year's plan
            plans = plans_list(af)
            plan = plans[0]["id"] if plans else None
        d = dashboard(af, plan, args.index)
    if args.json:
        print_json(dashboard_json(d))
        return 0
    t = d.trends
    if t is None:
        print("Chưa có kết quả đánh giá nào.")
    else:
        print(f"{t.code} — {t.name}: % điểm tối đa qua các năm")
        print(f"{'':<40}" + "".join(f"{y:>8}" for y in t.years))
        for x in t.lines:
            cells = "".join(f"{fmt_number(p.percent, 1) if (p := x.at(y)) else '–':>8}" for y in t.years)
            print(f"{x.label[:39]:<40}{cells}" + (f"  (trước đây: {'; '.join(x.former)})" if x.former else ""))
    p = d.progress
    if p is not None:
        print(f"\nTiến độ “{p.plan_title}” đến ngày {p.as_of:%d/%m/%Y}: {_counts(p.overall).strip()}")
        for title, rows in (("Theo đơn vị chủ trì", p.by_unit), ("Theo chỉ số thành phần / lĩnh vực", p.by_index),
                            ("Theo tiêu chí", p.by_criterion)):
            if rows:
                print(f"{title}:")
                for r in rows:
                    print(f"  {r.label[:48]:<48} {_counts(r.counts)}")
    for f in d.forms:
        print(f"\n{f.title} năm {f.year}: " + ", ".join(PERIOD_LABELS[x] for x in f.periods))
        for r in f.rows:
            print(f"  {r.unit[:48]:<48} " + " | ".join(FORM_STATE_LABELS[s] for s in r.states))
    return 0


def register(sub: argparse._SubParsersAction) -> None:
    s = sub.add_parser("dashboard", help="tổng quan: điểm các chỉ số qua các năm, tiến độ nhiệm vụ, tình hình gửi biểu")
    s.add_argument("file", help="tệp dữ liệu .dtidesk")
    s.add_argument("--plan", type=int, metavar="SỐ_HIỆU", help="kế hoạch (mặc định: kế hoạch năm gần nhất)")
    s.add_argument("--index", metavar="MÃ", help="mã bộ chỉ số (mặc định: bộ được đánh giá gần nhất)")
    s.add_argument("--json", action="store_true")
    s.set_defaults(func=cmd_dashboard)
