"""Export bench: a 2,000-row task appendix to PDF and to Excel, against bare reportlab / openpyxl writes.

Run: python -m bench.bench_export   (best of 3; budget: each ratio ≤ 1.5×)
The floor writes the same cells with the same fonts and borders but nothing else: no model, no merges,
no group rows, no heading, no row heights, no print setup.
"""

from __future__ import annotations

import os
import random
import tempfile
import time
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import LongTable, Paragraph, SimpleDocTemplate, TableStyle

from dtidesk.domain.models import Agency, Task
from dtidesk.exporters.appendix import AppendixTable, build_appendix
from dtidesk.exporters.fonts import register_reportlab_fonts, rl_font
from dtidesk.exporters.pdf import esc, write_appendix_pdf
from dtidesk.exporters.xlsx import write_appendix_xlsx
from dtidesk.services.export import plan_data
from dtidesk.services.files import new_file
from dtidesk.store import open_agency_file

BUDGET = 1.5
WORDS = ("triển khai rà soát cập nhật dữ liệu hồ sơ thủ tục hành chính trực tuyến chữ ký số tuyên truyền đào tạo "
         "kỹ năng số an toàn thông tin mạng cơ sở dữ liệu kết nối chia sẻ Cổng dịch vụ công một cửa điện tử").split()
UNITS = ["Văn phòng Sở", "Thanh tra Sở", "Phòng Chuyển đổi số", "Trung tâm Công nghệ thông tin tỉnh",
         "Các phòng, đơn vị có liên quan"]


def build_file(path: Path, rows: int = 2000, seed: int = 11) -> int:
    """A CCHC plan: 10 groups (I…X) × 4 sub-groups, objectives each carried by 1–3 tasks."""
    rnd = random.Random(seed)
    text = lambda a, b: " ".join(rnd.choice(WORDS) for _ in range(rnd.randint(a, b))).capitalize()  # noqa: E731
    af = new_file(path, Agency(agency="SỞ THỬ NGHIỆM", agency_name="Sở Thử nghiệm", short_code="STN",
                               place="Tuyên Quang"), UNITS, frameworks=False)
    with af.transaction():
        units = [u.id for u in af.repo.units.all()]
        pid = af.repo.plans.insert(kind="cchc", year=2024, title="Kế hoạch cải cách hành chính năm 2024",
                                   symbol="KH-STN")
        subgroups, pos = [], 0
        for g in range(10):
            pos += 1
            top = af.repo.plans.insert_group(pid, None, ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX",
                                                         "X"][g], text(4, 9), pos)
            for s in range(4):
                pos += 1
                subgroups.append(af.repo.plans.insert_group(pid, top, str(s + 1), text(4, 9), pos))
        n = 0
        while n < rows:
            group, objective = subgroups[n * len(subgroups) // rows], text(6, 20)
            for k in range(min(rnd.randint(1, 3), rows - n)):
                n += 1
                af.repo.tasks.insert(Task(
                    id=0, plan_id=pid, content=text(8, 40) + ".", group_id=group, position=n,
                    code=f"{n}" if k == 0 else "", objective=objective, output=text(3, 10),
                    lead_unit_ids=[rnd.choice(units)], coop_unit_ids=rnd.sample(units, 2),
                    timeline=rnd.choice(["Thường xuyên", "Quý II/2024", "Năm 2024", "Theo chỉ đạo của UBND tỉnh"])))
    af.close()
    return pid


def floor_pdf(t: AppendixTable, out: Path) -> None:
    register_reportlab_fonts()
    st = ParagraphStyle("c", fontName=rl_font(), fontSize=12, leading=14)
    head = ParagraphStyle("h", fontName=rl_font(True), fontSize=12, leading=14)
    data = [[Paragraph(esc(h.text), head) for h in t.header]]
    data += [[Paragraph(esc(c.text), st) if c.text else "" for c in row.cells] for row in t.rows]
    total = sum(c.width for c in t.columns)
    widths = [252 * mm * c.width / total for c in t.columns]
    doc = SimpleDocTemplate(str(out), pagesize=landscape(A4), leftMargin=30 * mm, rightMargin=15 * mm,
                            topMargin=20 * mm, bottomMargin=20 * mm)
    doc.build([LongTable(data, colWidths=widths, repeatRows=1, splitInRow=1,
                         style=TableStyle([("GRID", (0, 0), (-1, -1), 0.5, "black"),
                                           ("VALIGN", (0, 0), (-1, -1), "TOP")]))])


def floor_xlsx(t: AppendixTable, out: Path) -> None:
    wb = Workbook()
    ws = wb.active
    thin = Side(style="thin")
    font, bold = Font(name="Times New Roman", size=12), Font(name="Times New Roman", size=12, bold=True)
    border, wrap = Border(left=thin, right=thin, top=thin, bottom=thin), Alignment(wrap_text=True, vertical="top")
    for r, values in enumerate([[h.text for h in t.header]] + [[c.text for c in row.cells] for row in t.rows],
                               start=1):
        for c, v in enumerate(values, start=1):
            cell = ws.cell(r, c, v or None)
            cell.font, cell.border, cell.alignment = (bold if r == 1 else font), border, wrap
    wb.save(str(out))


def best(fn, n: int = 3) -> float:
    times = []
    for _ in range(n):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> None:
    os.environ.setdefault("DTIDESK_BACKUP_DIR", tempfile.mkdtemp())
    tmp = Path(tempfile.mkdtemp())
    pid = build_file(tmp / "bench.dtidesk")
    with open_agency_file(tmp / "bench.dtidesk", readonly=True) as af:
        table = build_appendix(plan_data(af, pid), "tasks")
        model = best(lambda: build_appendix(plan_data(af, pid), "tasks"))
    print(f"{len(table.rows)} rows ({sum(r.kind == 'group' for r in table.rows)} group rows, {len(table.spans)} "
          f"merged ranges); building the table model from the file: {model * 1000:.0f} ms (not in the ratios)")
    fails = 0
    for name, ours, floor in (
            ("PDF (reportlab)", lambda: write_appendix_pdf(table, tmp / "ours.pdf"),
             lambda: floor_pdf(table, tmp / "floor.pdf")),
            ("Excel (openpyxl)", lambda: write_appendix_xlsx(table, tmp / "ours.xlsx"),
             lambda: floor_xlsx(table, tmp / "floor.xlsx"))):
        a, b = best(ours), best(floor)
        ok = a / b <= BUDGET
        fails += not ok
        print(f"{name:<17} ours {a:6.2f} s   floor {b:6.2f} s   ratio {a / b:4.2f}×  "
              f"{'within' if ok else 'OVER'} budget {BUDGET}×")
    raise SystemExit(1 if fails else 0)


if __name__ == "__main__":
    main()
