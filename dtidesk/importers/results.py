"""The province's result table (Excel, Word, text) read into a ResultsTable: one agency's criteria with self and
appraised scores and the council's comments, or one row per agency with component scores, total, rank, rating.

Headings are matched in the officers' words ("Mã"/"STT", "Tiêu chí", "Điểm tối đa", "Điểm tự chấm"/"Tự đánh giá",
"Điểm thẩm định"/"Kết quả thẩm định", "Ghi chú"/"Ý kiến"; "Cơ quan, đơn vị", "Tổng điểm", "Xếp hạng", "Xếp loại").
Nothing is matched to an index here: that is the use case's, against the file.
"""

from __future__ import annotations

import re
from decimal import Decimal
from pathlib import Path

from ..domain.method_grammar import fold_chars
from ..domain.results import AGENCIES, CRITERIA, AgencyRow, ResultIssue, ResultRow, ResultsTable
from ..domain.text import fold
from ..domain.vnformat import parse_number
from ..errors import ValidationError
from .index_source import load_index_source, source_from_text
from .plan_model import PlanSource, SourceLine
from .plan_text import PASTED

_STT = ("stt", "tt", "ma", "maso", "matieuchi", "sott", "sothutu", "thutu", "kyhieu", "machiso")
_AGENCY_WORDS = ("coquan", "donvi", "sobannganh", "songanh", "tendonvi", "sobanganh")
_RANK = re.compile(r"\b(?:xep hang|thu hang|hang)\b")
_CODE_IN_NAME = re.compile(r"^\s*(?:Tiêu chí|Chỉ số(?: thành phần)?|TIÊU CHÍ|CHỈ SỐ)?\s*"
                           r"(\d{1,2}(?:\.\d{1,2}[a-zđ]?)*\.?|[IVX]{1,4}\.)\s+(\S.*)$")
_RANK_TEXT = re.compile(r"(?:xep hang|xep thu|dung thu|thu hang)\s*(?:thu\s*)?:?\s*(\d{1,3})\s*(?:/|tren|trong so)\s*"
                        r"(\d{1,3})")
_RATING_TEXT = re.compile(r"xep loai\s*:?\s*")
_DECISION = re.compile(r"Quyết định\s+số\s+\d{1,5}[^\s,;]*(?:\s+ngày\s+\d{1,2}\s*/\s*\d{1,2}\s*/\s*\d{4})?", re.I)


def _squash(text: str) -> str:
    return re.sub(r"[\s.:*()/,\-–]", "", fold(text))


def _criteria_role(header: str) -> str | None:
    q = _squash(header)
    if not q:
        return None
    if any(w in q for w in ("ghichu", "ykien", "nhanxet", "lydo")):
        return "comment"
    if "tucham" in q or "tudanhgia" in q:
        return "self"
    if "thamdinh" in q or q in ("diemdanhgia", "ketquadanhgia", "diemdatduoc", "ketqua"):
        return "appraised"
    if "toida" in q or "diemchuan" in q or "thangdiem" in q:
        return "max"
    if "xephang" in q or "thuhang" in q:
        return "rank"
    if "xeploai" in q:
        return "rating"
    if q in _STT:
        return "code"
    if any(w in q for w in ("tieuchi", "chiso", "noidung", "chitieu", "linhvuc")):
        return "name"
    return None


def _agency_role(header: str) -> str | None:
    """"agency", "code", "total", "rank", "rating", "component" (a component's score) or "component_rank"."""
    q = _squash(header)
    f = fold(header)
    if not q:
        return None
    if q in _STT:
        return "code"
    if any(w in q for w in _AGENCY_WORDS) or q in ("ten", "tencoquan"):
        return "agency"
    if any(w in q for w in ("ghichu", "ykien", "nhanxet")):
        return None
    if "xeploai" in q or q == "mucdo":
        return "rating"
    if _RANK.search(f):
        rest = _squash(_RANK.sub(" ", f).replace("diem", " "))
        return "rank" if rest in ("", "chung", "tong", "tongdiem", "chiso", "dti", "parindex") else "component_rank"
    if "tong" in q:
        return "total"
    return "component"


def _component_label(header: str) -> str:
    """A component column's heading without the words of a two-row heading ("Nhận thức số Điểm")."""
    text = re.sub(r"\b(?:Điểm|Xếp hạng|Thứ hạng|Hạng)\b", " ", header, flags=re.I)
    return " ".join(text.split()).strip(" -–:")


def _roles(cells: list[str]) -> tuple[str, dict[str, int]] | None:
    """The table kind and its columns, when `cells` is a header row."""
    crit: dict[str, int] = {}
    for i, c in enumerate(cells):
        role = _criteria_role(c)
        if role is not None and role not in crit:
            crit[role] = i
    ag: dict[str, int] = {}
    for i, c in enumerate(cells):
        role = _agency_role(c)
        if role in ("agency", "code", "total", "rank", "rating") and role not in ag:
            ag[role] = i
    if "agency" in ag and ("total" in ag or "rank" in ag):
        return AGENCIES, ag
    if "appraised" in crit and ("code" in crit or "name" in crit):
        return CRITERIA, crit
    return None


_SUBHEADINGS = {"diem", "xephang", "thuhang", "hang", "diemso", "tucham", "thamdinh", "diemtucham", "diemthamdinh",
                "ketqua", "xeploai", "tudanhgia", "ketquathamdinh", "ghichu", "ykien", "tongdiem", "diemtoida",
                "toida", "diemtudanhgia", "ykienthamdinh"}


def _subheader(cells: list[str]) -> bool:
    """The second row of a two-row heading: heading words only ("Điểm", "Xếp hạng", "Tự chấm", "Thẩm định")."""
    texts = [c for c in cells if c.strip()]
    return bool(texts) and all(_squash(c) in _SUBHEADINGS for c in texts)


def _numbering_row(cells: list[str]) -> bool:
    texts = [c.strip() for c in cells if c.strip()]
    return len(texts) >= 3 and all(re.fullmatch(r"\(?\d{1,2}\)?|\(?[A-Z]\)?", t) for t in texts)


def _merge(top: list[str], bottom: list[str]) -> list[str]:
    """Headings of a two-row header: a merged top cell carries over to the columns under it that have a word."""
    out, carry = [], ""
    for i in range(max(len(top), len(bottom))):
        t = top[i].strip() if i < len(top) else ""
        b = bottom[i].strip() if i < len(bottom) else ""
        if t:
            carry = t
        elif b:
            t = carry
        out.append(f"{t} {b}".strip())
    return out


class _Reader:
    def __init__(self, source: PlanSource):
        self.source = source
        self.issues: list[ResultIssue] = []

    def issue(self, line: int, message: str) -> None:
        self.issues.append(ResultIssue(line, message))

    def number(self, text: str, line: int, label: str) -> Decimal | None:
        t = text.strip()
        t = re.sub(r"\s*(?:điểm|đ)\.?$", "", t, flags=re.I)
        t = t.split("/")[0].strip() if re.fullmatch(r"[\d.,\s]+/\s*[\d.,]+", t) else t
        if t in ("", "-", "–", "—", "x", "X", "/"):
            return None
        try:
            return parse_number(t)
        except ValueError:
            self.issue(line, f"{label}: “{text.strip()}” không phải là một số.")
            return None

    def rank(self, text: str, line: int) -> tuple[int | None, int | None]:
        t = text.strip()
        if not t or t in ("-", "–", "—"):
            return None, None
        m = re.fullmatch(r"(?:thứ\s*)?0*(\d{1,3})\s*(?:/\s*0*(\d{1,3}))?", t, re.I)
        if not m:
            self.issue(line, f"Xếp hạng “{t}” không đọc được (viết như 3 hoặc 3/18).")
            return None, None
        return int(m.group(1)), int(m.group(2)) if m.group(2) else None

    # -- the table ------------------------------------------------------------------------------------
    def run(self) -> ResultsTable:
        lines = self.source.lines
        start = header = None
        body_from = 0
        for k, ln in enumerate(lines):
            if not ln.cells:
                continue
            cells = list(ln.cells)
            below = lines[k + 1].cells if k + 1 < len(lines) else None
            two_rows = bool(below) and _subheader(below or [])
            merged = _merge(cells, below or []) if two_rows else cells
            if _roles(merged):
                start, header, body_from = k, merged, k + (2 if two_rows else 1)
                break
        if start is None or header is None:
            raise ValidationError(
                f"Không nhận ra bảng kết quả trong “{self.source.name}”: cần một hàng tiêu đề có cột “Điểm thẩm định” "
                "(hoặc “Kết quả thẩm định”) cùng cột “Mã”/“STT” hoặc “Tiêu chí”; hoặc bảng các cơ quan có cột "
                "“Cơ quan, đơn vị” và “Tổng điểm” hoặc “Xếp hạng”.", "Tệp")
        kind, roles = _roles(header)  # type: ignore[misc]
        table = ResultsTable(self.source.name, kind, where=self.source.where)
        table.heading = [ln.text for ln in lines[:start] if ln.text.strip()]
        self._heading_facts(table)
        # A spreadsheet row with one filled cell is a line of text ("Xếp hạng: 3/18" under the table).
        rows = [ln for ln in lines[body_from:] if ln.cells and sum(1 for c in ln.cells if c.strip()) >= 2]
        body = [ln for ln in rows if not _numbering_row(ln.cells or [])]
        in_rows = {id(ln) for ln in rows}
        loose = [ln for ln in lines[body_from:] if id(ln) not in in_rows]
        if kind == CRITERIA:
            self._criteria(table, roles, body)
        else:
            self._agencies(table, header, body)
        self._loose_lines(table, loose)
        table.issues = self.issues
        return table

    def _heading_facts(self, table: ResultsTable) -> None:
        for text in table.heading:
            f = fold_chars(text)
            if table.year is None:
                for m in re.finditer(r"\bnam\s+(\d{4})\b", f):
                    if not re.search(r"thang\s+\d{1,2}\s*$", f[:m.start()]) and 1990 <= int(m.group(1)) <= 2100:
                        table.year = int(m.group(1))
                        break
            if not table.decision:
                m = _DECISION.search(text)
                if m:
                    table.decision = " ".join(m.group().split())

    def _loose_lines(self, table: ResultsTable, loose: list[SourceLine]) -> None:
        """"Xếp hạng: 3/18", "Xếp loại: Tốt" written under a one-agency table."""
        if table.kind != CRITERIA:
            return
        for ln in [*(SourceLine(0, t) for t in table.heading), *loose]:
            f = fold_chars(ln.text)
            m = _RANK_TEXT.search(f)
            if m and table.rank is None:
                table.rank, table.rank_of = int(m.group(1)), int(m.group(2))
            r = _RATING_TEXT.search(f)
            if r and not table.rating:
                table.rating = ln.text[r.end():].strip(" .;:")

    def _criteria(self, table: ResultsTable, roles: dict[str, int], body: list[SourceLine]) -> None:
        for ln in body:
            cells = ln.cells or []

            def cell(role: str, cells: list[str] = cells) -> str:
                i = roles.get(role)
                return cells[i].strip() if i is not None and i < len(cells) else ""

            code, name = cell("code"), cell("name")
            if not code and name:
                m = _CODE_IN_NAME.match(name)
                if m:
                    code, name = m.group(1), m.group(2)
            if not code and not name:
                if any(c.strip() for c in cells):
                    self.issue(ln.number, "Hàng không có mã và tên tiêu chí: bỏ qua.")
                continue
            # "Tổng cộng" has no code; "5.3 Tổng kinh phí chi cho An toàn thông tin" is a criterion
            is_total = not re.match(r"\s*(?:\d|[IVX]{1,4}\b)", code) and bool(
                re.match(r"\s*(?:tong\b|cong\b)", fold(name or code)))
            label = "Tổng cộng" if is_total else f"Tiêu chí {code or name[:30]}"
            row = ResultRow(
                code=code, name=name, line=ln.number,
                max_score=self.number(cell("max"), ln.number, f"{label}, điểm tối đa"),
                self_score=self.number(cell("self"), ln.number, f"{label}, điểm tự chấm"),
                appraised=self.number(cell("appraised"), ln.number, f"{label}, điểm thẩm định"),
                comment=" ".join(cell("comment").split()), total=is_total)
            if "rank" in roles:
                row.rank, row.rank_of = self.rank(cell("rank"), ln.number)
            if is_total and row.rank is not None and table.rank is None:
                table.rank, table.rank_of = row.rank, row.rank_of
            if is_total and "rating" in roles and cell("rating"):
                table.rating = cell("rating")
            table.rows.append(row)
        if not any(not r.total for r in table.rows):
            self.issue(0, "Bảng không có hàng tiêu chí nào.")

    def _agencies(self, table: ResultsTable, header: list[str], body: list[SourceLine]) -> None:
        roles = [_agency_role(h) for h in header]
        first = {r: roles.index(r) for r in ("agency", "total", "rank", "rating") if r in roles}
        comps = [(i, _component_label(h)) for i, (h, r) in enumerate(zip(header, roles, strict=True))
                 if r == "component" and _component_label(h)]
        comp_ranks = [(i, _component_label(h)) for i, (h, r) in enumerate(zip(header, roles, strict=True))
                      if r == "component_rank" and _component_label(h)]
        table.components = [label for _i, label in comps]
        for ln in body:
            cells = ln.cells or []

            def cell(i: int | None, cells: list[str] = cells) -> str:
                return cells[i].strip() if i is not None and i < len(cells) else ""

            name = " ".join(cell(first.get("agency")).split())
            f = fold(name)
            if not name or f.startswith(("tong", "cong", "diem toi da", "toi da", "trung binh")):
                continue
            row = AgencyRow(name=name, line=ln.number)
            for i, label in comps:
                value = self.number(cell(i), ln.number, f"{name}, {label}")
                if value is not None:
                    row.components[label] = value
            for i, label in comp_ranks:
                rank, _of = self.rank(cell(i), ln.number)
                if rank is not None:
                    row.component_ranks[label] = rank
            row.total = self.number(cell(first.get("total")), ln.number, f"{name}, tổng điểm")
            row.rank, _of = self.rank(cell(first.get("rank")), ln.number)
            row.rating = cell(first.get("rating"))
            table.agencies.append(row)
        if not table.agencies:
            self.issue(0, "Bảng không có hàng cơ quan nào.")
        n = len(table.agencies)
        for a in table.agencies:
            if a.rank is not None and a.rank > n:
                self.issue(a.line, f"{a.name}: xếp hạng {a.rank} lớn hơn số cơ quan trong bảng ({n}).")


def parse_results(source: PlanSource) -> ResultsTable:
    return _Reader(source).run()


def read_results_file(path: Path | str) -> ResultsTable:
    """A result table from .xlsx, .docx or text (tab-separated); ValidationError when none is found."""
    return parse_results(load_index_source(path))


def read_results_text(text: str, name: str = PASTED) -> ResultsTable:
    if not text.strip():
        raise ValidationError("Chưa có nội dung: hãy dán bảng kết quả hoặc chọn tệp.", "Văn bản")
    return parse_results(source_from_text(text, name))
