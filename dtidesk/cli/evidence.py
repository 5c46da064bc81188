"""`dtidesk-cli evidence` (list, add, remove, export the evidence kept in the file) and `explain` (the
officer's explanation where evidence is missing)."""

from __future__ import annotations

import argparse
from pathlib import Path

from .common import CliError, open_file, print_json


def cmd_evidence(args: argparse.Namespace) -> int:
    from ..services import evidence as ev

    readonly = args.action in ("list", "export", "check")
    with open_file(args.file, readonly=readonly) as af:
        fw, a = ev.find_assessment(af, args.year, args.framework)
        if args.action == "list":
            items = ev.evidence_json(af, a)
            if args.json:
                print_json(items)
            else:
                for it in items:
                    day = "/".join(reversed(it["date"].split("-"))) if it["date"] else "(chưa có ngày)"
                    print(f"[{it['id']}] {it['criterion']}: {it['title']}  {it['number'] or '(chưa có số)'}"
                          f"  {day}  {it['file'] or it['location'] or '(chưa có tệp)'}")
                print(f"{len(items)} tài liệu.")
        elif args.action == "check":
            found = ev.findings(af, a)
            if args.json:
                print_json([f.as_dict() for f in found])
            else:
                for f in found:
                    print(f"[{f.severity}] tiêu chí {f.criterion}: {f.message}")
                print(f"{len(found)} phát hiện.")
        elif args.action == "add":
            if not args.criterion or not args.path:
                raise CliError("cần --criterion và --file")
            ind = ev.criterion_by_code(af, fw, args.criterion)
            also = [ev.criterion_by_code(af, fw, c).id for c in args.also or []]
            item, _ = ev.attach_file(af, a.id, ind.id, args.path, title=args.title or "", number=args.number or "",
                                     doc_date=args.date, issuer=args.issuer or "", also=also)
            if args.json:
                print_json({"id": item.id, "criterion": ind.code, "title": item.title, "sha256": item.blob,
                            "size": item.size})
            else:
                print(f"Đã đính kèm [{item.id}] “{item.title}” vào tiêu chí {ind.code}.")
        elif args.action == "remove":
            if args.id is None:
                raise CliError("cần --id (xem `evidence FILE list`)")
            _check_in(af, a, args.id)
            item, _ = ev.remove(af, args.id)
            print(f"Đã xóa [{item.id}] “{item.title}”.")
        elif args.action == "export":
            if args.id is None or not args.out:
                raise CliError("cần --id và --out")
            _check_in(af, a, args.id)
            print(ev.save_copy(af, args.id, Path(args.out)))
    return 0


def _check_in(af, assessment, evidence_id: int) -> None:
    from ..services import evidence as ev

    item = ev.get(af, evidence_id)
    if item.assessment_id != assessment.id:
        raise CliError(f"tài liệu [{evidence_id}] không thuộc kỳ đánh giá năm {assessment.year}")


def cmd_explain(args: argparse.Namespace) -> int:
    from ..services import evidence as ev

    path = Path(args.text_file)
    if not path.is_file():
        raise CliError(f"không tìm thấy tệp “{path}”")
    try:
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError:
        raise CliError(f"tệp “{path.name}” phải lưu bằng bảng mã UTF-8") from None
    with open_file(args.file) as af:
        fw, a = ev.find_assessment(af, args.year, args.framework)
        ind = ev.criterion_by_code(af, fw, args.criterion)
        ev.set_explanation(af, a.id, ind.id, text)
    print(f"Đã ghi giải trình cho tiêu chí {ind.code}.")
    return 0


def register(sub: argparse._SubParsersAction) -> None:
    s = sub.add_parser("evidence", help="tài liệu kiểm chứng lưu trong tệp: list, add, remove, export, check")
    s.add_argument("file")
    s.add_argument("action", choices=("list", "add", "remove", "export", "check"))
    s.add_argument("--year", type=int, required=True)
    s.add_argument("--framework", help="mã bộ chỉ số (mặc định: bộ có điểm năm đó)")
    s.add_argument("--criterion", help="mã tiêu chí (add)")
    s.add_argument("--also", action="append", help="tiêu chí khác mà tài liệu cũng chứng minh (lặp lại được)")
    s.add_argument("--file", dest="path", help="tệp đính kèm (add)")
    s.add_argument("--title")
    s.add_argument("--number", help="số, ký hiệu văn bản")
    s.add_argument("--date", help="ngày văn bản, DD/MM/YYYY")
    s.add_argument("--issuer", help="cơ quan ban hành")
    s.add_argument("--id", type=int, help="số thứ tự tài liệu (remove, export)")
    s.add_argument("--out", help="nơi lưu bản sao (export)")
    s.add_argument("--json", action="store_true")
    s.set_defaults(func=cmd_evidence)

    s = sub.add_parser("explain", help="giải trình của một tiêu chí (khi thiếu tài liệu kiểm chứng)")
    s.add_argument("file")
    s.add_argument("--year", type=int, required=True)
    s.add_argument("--framework")
    s.add_argument("--criterion", required=True)
    s.add_argument("--text-file", required=True, help="tệp văn bản UTF-8 chứa lời giải trình")
    s.set_defaults(func=cmd_explain)
