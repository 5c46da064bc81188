"""The directives list (văn bản chỉ đạo, điều hành) read from sheet rows."""

from __future__ import annotations

from ..domain.plan_items import directive_key, doc_type_from_symbol
from .list_records import ListRecord, Reader, heading_level


def build_directives(r: Reader) -> list[ListRecord]:
    """Directives as officers list them (“Số, ký hiệu | Ngày ban hành | Cơ quan ban hành | Trích yếu”); one the
    file already has (same number and symbol, same year) is reported and kept as it is."""
    records: list[ListRecord] = []
    seen: dict[str, int] = {}
    details = ("doc_type", "number_symbol", "issued_on", "issuer")
    for row in r.table.rows:
        if heading_level(r, row, details, "summary", ("note",)) is not None:
            r.bad(row, "code", f"dòng nhóm “{r.title(row)}” không phải văn bản, bỏ qua.", "warning")
            continue
        summary = " ".join(r.text(row, "summary").split())
        if not summary:
            if r.has_any(row, details):
                r.bad(row, "summary", "không được để trống (mỗi dòng văn bản phải ghi trích yếu).")
            continue
        number, issued = r.text(row, "number_symbol"), r.date(row, "issued_on")
        key = directive_key(number, issued)
        if key and key in seen:
            r.bad(row, "number_symbol", f"văn bản “{number}” trùng với dòng {seen[key]}.")
            continue
        seen[key] = row.number
        exists = bool(key) and key in r.directive_keys
        if exists:
            r.bad(row, "number_symbol", f"văn bản “{number}” đã có trong tệp, giữ nguyên.", "warning")
        records.append(ListRecord(row.number, "item", {
            "code": r.code(row), "doc_type": r.text(row, "doc_type") or doc_type_from_symbol(number),
            "number_symbol": number, "issued_on": issued, "issuer": r.text(row, "issuer"), "summary": summary,
            "note": r.text(row, "note"), "exists": exists}))
    return records
