"""The points-at-stake table (điểm bị mất, điểm có thể giành lại) as a landscape PDF and an Excel sheet with live
totals, through the appendix writers."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from .. import exporters as nd
from ..domain.points_at_stake import DEFINITION_LOST, DEFINITION_RECOVERABLE, PointsAtStake, StakeRow
from ..domain.status import STATUS_LABELS
from ..domain.vnformat import fmt_score
from .appendix import AppendixTable, Cell, Column, Formula, HeaderCell, Row, TitleLine

BY_WORDS = {"lost": "điểm bị mất", "recoverable": "điểm có thể giành lại"}
LOST_COL, WITH_COL, WITHOUT_COL = 6, 7, 8
TASK_TEXT = 110  # characters of a task's content in a cell: the table points to the plan, it does not repeat it


@dataclass
class PointsTable(AppendixTable):
    @property
    def sheet_name(self) -> str:
        return "Điểm có thể giành lại"


def title(stake: PointsAtStake) -> str:
    return f"ĐIỂM BỊ MẤT VÀ ĐIỂM CÓ THỂ GIÀNH LẠI THEO TIÊU CHÍ NĂM {stake.year}"


def _short(text: str) -> str:
    t = " ".join(text.split())
    return t if len(t) <= TASK_TEXT else t[: TASK_TEXT - 1].rstrip() + "…"


def tasks_text(r: StakeRow) -> str:
    lines = []
    for t in r.tasks:
        status = STATUS_LABELS.get(t.status, t.status)  # type: ignore[call-overload]
        other = f" [tiêu chí {t.criterion_code}]" if t.criterion_code and t.criterion_code != r.code else ""
        lines.append(f"- KH {t.plan_year}{other}: {_short(t.content)} ({status.lower()})")
    return "\n".join(lines) or "Chưa có nhiệm vụ"


def _score(v: Decimal | None) -> Cell:
    return Cell(fmt_score(v), v)


def _row(i: int, r: StakeRow) -> Row:
    appraised = _score(r.appraised_score) if r.appraised else Cell("chưa thẩm định")
    return Row([Cell(str(i), i), Cell(r.code), Cell(r.name), _score(r.max_score), _score(r.self_score), appraised,
                _score(r.lost), _score(r.recoverable_with_evidence), _score(r.recoverable_without_evidence),
                Cell(tasks_text(r))])


def build_table(stake: PointsAtStake, by: str = "lost") -> PointsTable:
    cols = [Column(8, "center"), Column(7, "center"), Column(43), Column(9, "center"), Column(9, "center"),
            Column(10, "center"), Column(9, "center"), Column(13, "center"), Column(13, "center"), Column(51)]
    header = [HeaderCell("STT", 0, 0, rowspan=2), HeaderCell("Mã số", 0, 1, rowspan=2),
              HeaderCell("Tiêu chí", 0, 2, rowspan=2), HeaderCell("Điểm tối đa", 0, 3, rowspan=2),
              HeaderCell("Điểm tự chấm", 0, 4, rowspan=2), HeaderCell("Điểm thẩm định", 0, 5, rowspan=2),
              HeaderCell("Điểm bị mất", 0, LOST_COL, rowspan=2),
              HeaderCell("Điểm có thể giành lại", 0, WITH_COL, colspan=2),
              HeaderCell("Có tài liệu kiểm chứng", 1, WITH_COL), HeaderCell("Chưa có tài liệu kiểm chứng", 1, WITHOUT_COL),
              HeaderCell("Nhiệm vụ đã gắn với tiêu chí", 0, 9, rowspan=2)]
    ranked = stake.ranked(by)
    rows = [_row(i, r) for i, r in enumerate(ranked, start=1)]
    totals = stake.totals()
    body = range(len(rows))

    def total(col: int, key: str) -> Cell:
        return Cell(fmt_score(totals[key]), totals[key], Formula("sum", [(k, col) for k in body]))

    rows.append(Row([Cell(), Cell(), Cell("Tổng cộng"), Cell(), Cell(), Cell(), total(LOST_COL, "lost"),
                     total(WITH_COL, "recoverable_with_evidence"), total(WITHOUT_COL, "recoverable_without_evidence"),
                     Cell()], "total"))
    years = sorted({p.year for p in stake.plans})
    plans = " và ".join(f"năm {y}" for y in years) if years else f"năm {stake.year} và năm {stake.year + 1}"
    notes = [f"Ghi chú: {DEFINITION_LOST}", DEFINITION_RECOVERABLE,
             f"Nhiệm vụ đã gắn: nhiệm vụ của kế hoạch {plans} gắn với tiêu chí (hoặc với tiêu chí tương ứng ở phiên "
             "bản khác của bộ chỉ số)."]
    if not ranked:
        notes.insert(0, f"Năm {stake.year} không có tiêu chí nào bị mất điểm.")
    heading = [TitleLine(title(stake), nd.SIZE_APPENDIX_TITLE, bold=True),
               TitleLine(f"Bộ chỉ số {stake.framework_code} (phiên bản {stake.framework_version}) — "
                         f"{stake.agency_name or 'cơ quan'}; xếp theo {BY_WORDS[by]}", nd.SIZE_APPENDIX_TITLE,
                         italic=True)]
    return PointsTable(kind="points", label="", title=title(stake), reference="", columns=cols, header=header,
                       header_rows=2, rows=rows, heading=heading, notes=notes)


def write_points_pdf(stake: PointsAtStake, by: str, out: Path) -> Path:
    from .pdf import write_appendix_pdf

    return write_appendix_pdf(build_table(stake, by), out, {"title": title(stake), "author": stake.agency_name})


def write_points_xlsx(stake: PointsAtStake, by: str, out: Path) -> Path:
    from .xlsx import write_appendix_xlsx

    return write_appendix_xlsx(build_table(stake, by), out)
