"""`dtidesk-cli`: the headless front end over the same use cases the window calls (no Qt here)."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from . import __version__
from .domain.models import Agency
from .errors import DtideskError
from .store import open_agency_file


class CliError(Exception):
    """A user mistake: one line on stderr, exit 2."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        raise CliError(f"tham số không hợp lệ: {message} (xem `{self.prog} --help`)")


def _print_json(data: object) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")


def cmd_demo(args: argparse.Namespace) -> int:
    from .services.demo import build_demo

    out = Path(args.out)
    if out.exists():
        if not args.force:
            raise CliError(f"tệp “{out}” đã tồn tại (dùng --force để ghi đè)")
        out.unlink()
    build_demo(out).close()
    print(f"Đã tạo tệp mẫu: {out}")
    return 0


def cmd_new(args: argparse.Namespace) -> int:
    from .services.files import new_file

    agency = Agency(agency=args.agency, parent_agency=args.parent or "", short_code=args.short_code or "",
                    place=args.place or "", agency_name=args.agency_name or "")
    new_file(Path(args.out), agency, args.unit or []).close()
    print(f"Đã tạo tệp: {args.out}")
    return 0


def cmd_scores(args: argparse.Namespace) -> int:
    from .services.scoring import scores_json

    with open_agency_file(args.file, readonly=True) as af:
        data = scores_json(af, args.year, args.framework)
    if args.json:
        _print_json(data)
    else:
        from .domain.vnformat import fmt_number

        print(f"{data['framework']} — năm {data['year']}")
        for n in data["nodes"]:
            indent = "  " if n["kind"] == "criterion" else ""
            rank = f"  hạng {n['rank']}/{n['rank_of']}" if n["rank"] else ""
            print(f"{indent}{n['code']:<6} {fmt_number(n['appraised_score']):>7} / {fmt_number(n['max_score']):<4}"
                  f"{rank}  {n['name'][:70]}")
        t = data["total"]
        print(f"Tổng: {fmt_number(t['appraised_score'])}/{fmt_number(t['max_score'])}")
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    from .services.checks import check_file

    with open_agency_file(args.file, readonly=True) as af:
        findings = check_file(af)
    if args.json:
        _print_json([f.as_dict() for f in findings])
    else:
        for f in findings:
            print(f"[{f.severity}] {f.where}: {f.message}")
        print(f"{len(findings)} phát hiện.")
    return 1 if any(f.severity == "error" for f in findings) else 0


def cmd_import_catalog(args: argparse.Namespace) -> int:
    from .services.catalogs import import_catalog

    with open_agency_file(args.file) as af:
        _, added = import_catalog(af, args.catalog)
    print("Đã nhập: " + ", ".join(added) if added else "Tệp đã có đủ các bộ chỉ số trong danh mục.")
    return 0


# Modules that add their own subcommands through register(subparsers); one line each.
COMMAND_MODULES = (
    "cli_forms",
    "cli_export",
    "cli_selftest",
    "cli_lists",
    "cli_rollforward",
    "cli_import",
    "cli_report",
)


def build_parser() -> argparse.ArgumentParser:
    p = _Parser(prog="dtidesk-cli", description="DTI Desk — dòng lệnh (không giao diện).")
    p.add_argument("--version", action="version", version=f"dtidesk {__version__}")
    sub = p.add_subparsers(dest="command", required=True, parser_class=_Parser)

    s = sub.add_parser("demo", help="tạo tệp mẫu (Sở Tư pháp Tuyên Quang)")
    s.add_argument("out")
    s.add_argument("--force", action="store_true", help="ghi đè nếu tệp đã có")
    s.set_defaults(func=cmd_demo)

    s = sub.add_parser("new", help="tạo tệp trống có sẵn các bộ chỉ số")
    s.add_argument("out")
    s.add_argument("--agency", required=True, help="tên cơ quan, ví dụ “SỞ TƯ PHÁP”")
    s.add_argument("--parent", help="cơ quan chủ quản, ví dụ “ỦY BAN NHÂN DÂN TỈNH TUYÊN QUANG”")
    s.add_argument("--short-code", help="viết tắt dùng trong ký hiệu, ví dụ STP")
    s.add_argument("--place", help="địa danh, ví dụ Tuyên Quang")
    s.add_argument("--agency-name", help="tên viết thường, ví dụ “Sở Tư pháp”")
    s.add_argument("--unit", action="append", help="tên một đơn vị (lặp lại được)")
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
    import importlib

    for name in COMMAND_MODULES:
        importlib.import_module(f".{name}", __package__).register(sub)
    return p


def main(argv: list[str] | None = None) -> int:
    try:
        args = build_parser().parse_args(argv)
        return int(args.func(args))
    except CliError as exc:
        print(f"dtidesk-cli: {exc}", file=sys.stderr)
        return 2
    except DtideskError as exc:
        print(f"dtidesk-cli: {exc.message}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # `dtidesk-cli scores … | head`
        sys.stderr.close()
        return 0


if __name__ == "__main__":
    sys.exit(main())
