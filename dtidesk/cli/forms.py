"""`dtidesk-cli form FILE …`: statistics forms without the window (list, export, import, check, consolidate, fill)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from ..domain.forms import FormRow, display, from_text, row_label, to_text
from ..domain.periods import Period, period_title
from .common import open_file, print_json

PERIODS = [p.value for p in Period]


def cmd_list(args: argparse.Namespace) -> int:
    from ..services.forms import list_forms

    with open_file(args.file, readonly=True) as af:
        forms = list_forms(af)
    data: list[dict[str, Any]] = [{"id": f.id, "code": f.code, "version": f.template.version, "kind": f.template.kind,
             "appendix_label": f.template.appendix_label, "title": f.template.title,
             "rows": len(f.template.rows) if f.template.kind == "rows" else len(f.template.columns)} for f in forms]
    if args.json:
        print_json(data)
    else:
        for d in data:
            print(f"{d['code']:<20} {d['version']}  {d['appendix_label'] or '-':<11} {d['title'][:70]}")
    return 0


def cmd_add(args: argparse.Namespace) -> int:
    from ..services.forms import add_form_from_json

    with open_file(args.file) as af:
        add_form_from_json(af, args.template)
    print(f"Đã thêm biểu mẫu từ {args.template}")
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from ..services.form_files import export_statistics_xlsx, export_unit_form
    from ..services.forms import find_unit, get_form

    with open_file(args.file, readonly=True) as af:
        form = get_form(af, args.form)
        if args.unit:
            out = export_unit_form(af, form.id, args.year, args.period, find_unit(af, args.unit).id, args.out,
                                   prefill=args.prefill)
        else:
            out = export_statistics_xlsx(af, form.id, args.year, args.period, args.out)
    print(f"Đã xuất: {out}")
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    from ..services.form_files import import_unit_files

    with open_file(args.file) as af:
        results, _ = import_unit_files(af, [Path(p) for p in args.files], args.form, args.year, args.period)
    if args.json:
        print_json([{"file": r.path.name, "accepted": r.accepted, "form": r.form.code if r.form else None,
                "year": r.year or None, "period": r.period or None, "unit": r.unit.name if r.unit else None,
                "values": r.count if r.accepted else 0, "problems": [p.as_dict() for p in r.problems]}
               for r in results])
    else:
        for r in results:
            if r.accepted:
                assert r.unit is not None
                what = "dòng" if r.rows is not None else "số liệu"
                print(f"Đã nhận: {r.path.name} — {r.unit.name}, {period_title(r.period, r.year)}, "
                      f"{r.count} {what}.")
            else:
                print(f"Từ chối: {r.path.name} (không nhập số liệu nào của tệp này).")
            for p in r.problems:
                print(f"  [{'lỗi' if p.severity == 'error' else 'cảnh báo'}] {p.text()}")
    return 0 if all(r.accepted for r in results) else 1


def cmd_check(args: argparse.Namespace) -> int:
    from ..services.forms import check_form, find_unit, get_form

    with open_file(args.file, readonly=True) as af:
        form = get_form(af, args.form)
        unit_id = find_unit(af, args.unit).id if args.unit else None
        findings = check_form(af, form.id, args.year, args.period, unit_id)
    if args.json:
        print_json([f.as_dict() for f in findings])
    else:
        for f in findings:
            print(f"[{'lỗi' if f.severity == 'error' else 'cảnh báo'}] {f.message}")
        print(f"{len(findings)} phát hiện.")
    return 1 if any(f.severity == "error" for f in findings) else 0


def cmd_consolidate(args: argparse.Namespace) -> int:
    from ..services.forms import consolidate, get_form

    with open_file(args.file) as af:
        result, _ = consolidate(af, get_form(af, args.form).id, args.year, args.period)
    if result.values.form.template.kind == "table":
        return _print_table_consolidation(args, result)
    rows = result.values.form.template.rows
    if args.json:
        print_json({"form": result.values.form.code, "year": args.year, "period": args.period,
               "units": [u.name for u in result.units], "missing": [u.name for u in result.missing],
               "values": {r.code: to_text(result.values.value(r.code)) for r in rows if r.type != "group"
                          and result.values.value(r.code) is not None}})
    else:
        print(f"Đã tổng hợp số liệu của {len(result.units)} đơn vị: {', '.join(u.name for u in result.units) or '—'}.")
        if result.missing:
            print("Chưa gửi số liệu: " + ", ".join(u.name for u in result.missing) + ".")
        for r in rows:
            if r.type != "group" and result.values.value(r.code) is not None:
                print(f"  {r.code:<9} {display(r, result.values.value(r.code)):>10}  {r.label[:70]}")
    return 0


def _print_table_consolidation(args: argparse.Namespace, result: Any) -> int:
    t = result.values.form.template
    if args.json:
        print_json({"form": t.code, "year": args.year, "period": args.period, "units": [u.name for u in result.units],
               "missing": [u.name for u in result.missing], "rows": result.rows})
        return 0
    print(f"Đã tổng hợp bảng của {len(result.units)} đơn vị: {', '.join(u.name for u in result.units) or '—'}.")
    if result.missing:
        print("Chưa gửi số liệu: " + ", ".join(u.name for u in result.missing) + ".")
    numeric = [c for c in t.columns if c.type != "text"]
    print(f"  {'STT':<5} {'':<50} " + " ".join(f"{c.label[:10]:>10}" for c in numeric))
    for i, row in enumerate(result.rows):
        figures = " ".join(f"{display(FormRow('', '', '', c.type), from_text(FormRow('', '', '', c.type), row.get(c.key))):>10}"
                           for c in numeric)
        print(f"  {row.get('stt', ''):<5} {row_label(t, result.rows, i)[:50]:<50} {figures}")
    return 0


def cmd_fill(args: argparse.Namespace) -> int:
    from ..services.form_files import fill_official
    from ..services.forms import find_unit, get_form

    with open_file(args.file, readonly=True) as af:
        unit_id = find_unit(af, args.unit).id if args.unit else None
        report = fill_official(af, args.official, get_form(af, args.form).id, args.year, args.period, args.out,
                               args.code_col, args.value_col, unit_id, args.sheet)
    print(f"Đã ghi {len(report.written)} số liệu vào trang “{report.sheet}”: {report.out}")
    for note in report.notes:
        print(f"  {note}")
    return 0


def _period_args(p: argparse.ArgumentParser, unit: bool = False) -> None:
    p.add_argument("--form", required=True, help="mã biểu mẫu, ví dụ cchc-stats")
    p.add_argument("--year", type=int, required=True)
    p.add_argument("--period", type=str.upper, choices=PERIODS, required=True)
    if unit:
        p.add_argument("--unit", help="tên đơn vị (mặc định: số liệu tổng hợp của cơ quan)")


def register(subparsers: argparse._SubParsersAction) -> None:
    s = subparsers.add_parser("form", help="biểu mẫu thống kê: xuất cho đơn vị, nhập, kiểm tra, tổng hợp")
    s.add_argument("file")
    acts = s.add_subparsers(dest="action", required=True, parser_class=type(s))

    a = acts.add_parser("list", help="các biểu mẫu trong tệp")
    a.add_argument("--json", action="store_true")
    a.set_defaults(func=cmd_list)

    a = acts.add_parser("add", help="thêm biểu mẫu từ tệp JSON (dtidesk-form/1)")
    a.add_argument("template")
    a.set_defaults(func=cmd_add)

    a = acts.add_parser("export", help="xuất biểu mẫu Excel cho một đơn vị, hoặc biểu tổng hợp của cơ quan")
    _period_args(a, unit=True)
    a.add_argument("--prefill", action="store_true", help="điền sẵn số liệu đã có (hoặc của kỳ trước)")
    a.add_argument("--out", required=True)
    a.set_defaults(func=cmd_export)

    a = acts.add_parser("import", help="nhập các tệp Excel đơn vị đã điền (mỗi tệp nhận hết hoặc không nhận)")
    a.add_argument("files", nargs="+")
    a.add_argument("--form", help="chỉ nhận tệp của biểu mẫu này")
    a.add_argument("--year", type=int, help="chỉ nhận tệp của năm này")
    a.add_argument("--period", type=str.upper, choices=PERIODS, help="chỉ nhận tệp của kỳ này")
    a.add_argument("--json", action="store_true")
    a.set_defaults(func=cmd_import)

    a = acts.add_parser("check", help="kiểm tra số liệu đã lưu")
    _period_args(a, unit=True)
    a.add_argument("--json", action="store_true")
    a.set_defaults(func=cmd_check)

    a = acts.add_parser("consolidate", help="tổng hợp số liệu các đơn vị thành số liệu của cơ quan")
    _period_args(a)
    a.add_argument("--json", action="store_true")
    a.set_defaults(func=cmd_consolidate)

    a = acts.add_parser("fill", help="điền số liệu vào bản sao biểu mẫu Excel của tỉnh theo mã dòng")
    a.add_argument("official")
    _period_args(a, unit=True)
    a.add_argument("--code-col", default="A", help="cột chứa mã dòng (STT)")
    a.add_argument("--value-col", default="D", help="cột ghi số liệu")
    a.add_argument("--sheet", help="tên trang (mặc định: trang có nhiều mã dòng khớp nhất)")
    a.add_argument("--out", required=True)
    a.set_defaults(func=cmd_fill)
