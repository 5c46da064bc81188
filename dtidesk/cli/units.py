"""`dtidesk-cli units FILE …`: the file's units with the spellings they answer to, and merging two into one."""

from __future__ import annotations

import argparse

from ..domain.models import Unit
from ..errors import NotFound
from .common import open_file, print_json

KIND_LABELS = {"office": "Văn phòng", "unit": "Phòng/đơn vị", "public_service": "Đơn vị sự nghiệp",
               "outside": "Cơ quan bên ngoài", "collective": "Nhóm đơn vị"}
# Where a unit is named, as the officer would say it.
USAGE_LABELS = {"task_units": "nhiệm vụ", "targets": "chỉ tiêu", "projects": "dự án", "form_values": "ô số liệu",
                "form_submissions": "lần nộp biểu"}


def _unit(af, text: str) -> Unit:
    """A unit by any name it answers to, or by "#id" when two names are too alike to tell apart."""
    from ..services.units import find_unit, get_unit

    if text.strip().startswith("#") and text.strip()[1:].isdigit():
        return get_unit(af, int(text.strip()[1:]))
    unit = find_unit(af, text)
    if unit is None:
        raise NotFound(f"Không có đơn vị “{text}” trong tệp (xem `dtidesk-cli units TỆP list`).")
    return unit


def _as_dict(unit: Unit, usage: dict[str, int]) -> dict:
    return {"id": unit.id, "name": unit.name, "short_name": unit.short_name, "kind": unit.kind,
            "active": unit.active, "aliases": list(unit.aliases), "usage": usage}


def cmd_list(args: argparse.Namespace) -> int:
    from ..services.units import list_units, unit_usage

    with open_file(args.file, readonly=True) as af:
        data = [_as_dict(u, unit_usage(af, u.id)) for u in list_units(af, include_inactive=not args.active)]
    if args.json:
        print_json(data)
        return 0
    for d in data:
        used = ", ".join(f"{n} {USAGE_LABELS.get(t, t)}" for t, n in d["usage"].items()) or "chưa dùng"
        state = "" if d["active"] else " [ngừng hoạt động]"
        print(f"#{d['id']:<4} {d['name']}{state} — {KIND_LABELS.get(d['kind'], d['kind'])}; {used}")
        if d["aliases"]:
            print(f"      còn viết là: {'; '.join(d['aliases'])}")
    return 0


def cmd_merge(args: argparse.Namespace) -> int:
    from ..services.units import merge_units, unit_usage

    with open_file(args.file, readonly=args.dry_run) as af:
        keep, merged = _unit(af, args.keep), _unit(af, getattr(args, "from"))
        if args.dry_run:
            data = {"kept": _as_dict(keep, unit_usage(af, keep.id)),
                    "merged": _as_dict(merged, unit_usage(af, merged.id)), "committed": False}
            summary = (f"Chạy thử (--dry-run): sẽ gộp “{merged.name}” vào “{keep.name}”; chưa ghi gì vào tệp.")
        else:
            merge, changes = merge_units(af, keep.id, merged.id)
            data = {**merge.as_dict(), "committed": True}
            summary = changes.summary + "."
    if args.json:
        print_json(data)
    else:
        print(summary)
    return 0


def register(subparsers: argparse._SubParsersAction) -> None:
    s = subparsers.add_parser("units", help="đơn vị của tệp: danh sách, các cách viết tên, gộp hai đơn vị")
    s.add_argument("file")
    acts = s.add_subparsers(dest="action", required=True, parser_class=type(s))

    a = acts.add_parser("list", help="các đơn vị, cách viết khác của tên và nơi đơn vị được giao việc")
    a.add_argument("--active", action="store_true", help="chỉ các đơn vị đang hoạt động")
    a.add_argument("--json", action="store_true")
    a.set_defaults(func=cmd_list)

    a = acts.add_parser("merge", help="gộp một đơn vị vào đơn vị khác (nhiệm vụ, chỉ tiêu, dự án, số liệu "
                                      "chuyển theo; tên bị gộp thành cách viết khác của đơn vị giữ lại)")
    a.add_argument("--keep", required=True, metavar="TÊN", help="đơn vị giữ lại (tên, hoặc #mã)")
    a.add_argument("--from", required=True, metavar="TÊN", help="đơn vị bị gộp (tên, hoặc #mã)")
    a.add_argument("--dry-run", action="store_true", help="chỉ cho biết sẽ gộp gì, không ghi")
    a.add_argument("--json", action="store_true")
    a.set_defaults(func=cmd_merge)
