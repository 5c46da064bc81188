"""`dtidesk-cli import-results` (the province's appraised result read into the year's assessment) and
`review-request` (the Công văn asking for criteria to be appraised again)."""

from __future__ import annotations

import argparse
from pathlib import Path

from ..domain.vnformat import fmt_number
from .common import CliError, open_file, print_json

STATUS_WORDS = {"write": "ghi", "same": "không đổi", "unmatched": "KHÔNG KHỚP", "over_max": "VƯỢT TỐI ĐA",
                "no_score": "không có điểm", "duplicate": "TRÙNG", "group": "chỉ số", "total": "tổng"}


def _print_text(data: dict, committed: bool) -> None:
    print(f"Bảng: {data['source']} — kết quả năm {data['year']}, bộ chỉ số {data['framework']}")
    for r in data["rows"]:
        code = r["criterion"] or r["code"] or "?"
        score = "" if r["appraised_score"] is None else f" thẩm định {fmt_number(r['appraised_score'])}"
        extra = f" — {r['message']}" if r["message"] else ""
        print(f"  [{STATUS_WORDS.get(r['status'], r['status'])}] {code} {r['name'][:50]}{score}{extra}")
    if data["kind"] == "agencies":
        print(f"{len(data['agencies'])} cơ quan trong bảng.")
        if data["agency"]:
            print(f"Cơ quan: {data['agency']}")
        else:
            print(data["agency_message"])
            for a in data["agencies"]:
                print(f"  - {a['name']}")
    for g in data["group_ranks"]:
        print(f"Xếp hạng chỉ số {g['code']}: {g['rank']}/{g['rank_of'] or '?'}")
    if data["rank"] is not None:
        print(f"Xếp hạng chung: {data['rank']}/{data['rank_of'] or '?'}")
    if data["rating"]:
        print(f"Xếp loại: {data['rating']}")
    for i in data["issues"]:
        where = f"dòng {i['line']}: " if i["line"] else ""
        print(f"Cần xem: {where}{i['message']}")
    print(f"{data['writes']} điểm thẩm định sẽ ghi." if not committed else f"Đã ghi {data['writes']} điểm thẩm định.")
    if not committed:
        print("Chạy thử: chưa ghi gì vào tệp.")


def cmd_import_results(args: argparse.Namespace) -> int:
    from ..services.results_import import import_results, preview_results, read_results

    if not Path(args.document).is_file():
        raise CliError(f"không tìm thấy tệp kết quả “{args.document}”")
    table = read_results(args.document)
    with open_file(args.file, readonly=args.dry_run) as af:
        preview = preview_results(af, table, args.year, args.agency, args.framework)
        data = preview.as_dict()
        if not args.dry_run:
            if preview.table.kind == "agencies" and preview.agency_row is None:
                if args.json:
                    print_json(data)
                else:
                    _print_text(data, False)
                raise CliError(preview.agency_message)
            import_results(af, preview)
    data["committed"] = not args.dry_run
    if args.json:
        print_json(data)
    else:
        _print_text(data, not args.dry_run)
    return 0


def cmd_review_request(args: argparse.Namespace) -> int:
    from ..services.review_request import export_review_request

    out = Path(args.out)
    if out.suffix.lower() != f".{args.format}":
        raise CliError(f"tệp xuất “{out.name}” phải có đuôi .{args.format}")
    with open_file(args.file, readonly=True) as af:
        path = export_review_request(af, args.year, args.format, out, framework_code=args.framework,
                                     codes=args.criterion or None, addressee=args.to or "")
    print(path)
    return 0


def register(sub: argparse._SubParsersAction) -> None:
    s = sub.add_parser("import-results", help="nhập kết quả thẩm định của tỉnh (Excel, Word, văn bản) vào kỳ đánh giá")
    s.add_argument("file", help="tệp dữ liệu .dtidesk")
    s.add_argument("document", help="bảng kết quả .xlsx, .docx hoặc .txt (các cột cách nhau bằng Tab)")
    s.add_argument("--year", type=int, help="năm đánh giá (mặc định: năm ghi trong bảng)")
    s.add_argument("--agency", help="tên cơ quan trong bảng xếp hạng nhiều cơ quan (mặc định: cơ quan của tệp)")
    s.add_argument("--framework", help="mã bộ chỉ số (mặc định: bộ có kỳ đánh giá năm đó)")
    s.add_argument("--dry-run", action="store_true", help="chỉ xem khớp được gì, không ghi vào tệp")
    s.add_argument("--json", action="store_true")
    s.set_defaults(func=cmd_import_results)

    s = sub.add_parser("review-request", help="công văn đề nghị xem xét lại kết quả thẩm định (PDF, Word)")
    s.add_argument("file", help="tệp dữ liệu .dtidesk")
    s.add_argument("--year", type=int, required=True)
    s.add_argument("--framework", help="mã bộ chỉ số")
    s.add_argument("--criterion", action="append", help="chỉ đưa tiêu chí này (lặp lại được; mặc định: mọi tiêu chí "
                                                        "bị trừ điểm đã có tài liệu kiểm chứng)")
    s.add_argument("--to", help="nơi gửi sau “Kính gửi:” (mặc định: Ban Chỉ đạo Chuyển đổi số tỉnh)")
    s.add_argument("--format", choices=("pdf", "docx"), required=True)
    s.add_argument("--out", required=True, help="tệp xuất .pdf hoặc .docx")
    s.set_defaults(func=cmd_review_request)
