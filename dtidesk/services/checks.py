"""`Kiểm tra tệp`: integrity and validation findings over the whole file."""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass

from ..domain.status import is_overdue
from ..domain.timeline import parse_timeline
from ..store import AgencyFile
from ..store.diagnostics import bad_values, dangling_references, integrity_problems


@dataclass
class Finding:
    severity: str  # "error" | "warning" | "info"
    where: str
    message: str

    def as_dict(self) -> dict:
        return asdict(self)


def check_file(af: AgencyFile, today: dt.date | None = None) -> list[Finding]:
    today = today or dt.date.today()
    out: list[Finding] = []
    r = af.repo
    for problem in integrity_problems(af):
        out.append(Finding("error", "tệp", f"Kiểm tra toàn vẹn: {problem}"))
    for ref in dangling_references(af):
        out.append(Finding("error", f"bảng {ref.table}", f"Dòng {ref.rowid} tham chiếu tới {ref.parent} không tồn tại."))
    for bad in bad_values(af):
        out.append(Finding("error", f"bảng {bad.table}, dòng {bad.rowid}", f"Cột {bad.column}: {bad.problem}."))
    if out:
        # Reading tasks and scores through the program would stumble on the same damage: stop at the list.
        out.append(Finding("info", "tệp", "Chưa kiểm tra nội dung (điểm, nhiệm vụ) vì tệp có dữ liệu hỏng ở trên; "
                           "hãy khôi phục từ bản sao lưu (Tệp → Sao lưu / Khôi phục)."))
        return out
    if not r.agency.get().agency:
        out.append(Finding("warning", "thông tin cơ quan", "Chưa có tên cơ quan ban hành."))

    frameworks = {f.id: f for f in r.frameworks.all()}
    for a in r.assessments.all():
        fw = frameworks[a.framework_id]
        where_a = f"đánh giá {fw.code} năm {a.year}"
        inds = {i.id: i for i in r.frameworks.indicators(fw.id)}
        for ind_id, s in r.assessments.scores(a.id).items():
            ind = inds.get(ind_id)
            if ind is None:
                out.append(Finding("error", where_a, "Có điểm gắn với chỉ số của bộ chỉ số khác."))
                continue
            for label, v in (("tự chấm", s.self_score), ("thẩm định", s.appraised_score)):
                if v is None:
                    continue
                if ind.kind != "criterion":
                    out.append(Finding("error", f"{where_a}, {ind.code}", f"Điểm {label} ghi cho nhóm chỉ số."))
                elif v < 0 or (ind.max_score is not None and v > ind.max_score):
                    out.append(Finding("error", f"{where_a}, tiêu chí {ind.code}",
                                       f"Điểm {label} {v} ngoài khoảng 0–{ind.max_score}."))
        for ind_id, (rank, rank_of) in r.assessments.group_ranks(a.id).items():
            if rank and rank_of and rank > rank_of:
                out.append(Finding("error", f"{where_a}, chỉ số {inds[ind_id].code}",
                                   f"Thứ hạng {rank} lớn hơn tổng số {rank_of}."))
        if a.rank and a.rank_of and a.rank > a.rank_of:
            out.append(Finding("error", where_a, f"Thứ hạng chung {a.rank} lớn hơn tổng số {a.rank_of}."))

    active_units = {u.id for u in r.units.all(include_inactive=False)}
    for plan in r.plans.all():
        where_p = f"kế hoạch “{plan.title[:50]}” ({plan.year})"
        for t in r.tasks.for_plan(plan.id):
            where_t = f"{where_p}, nhiệm vụ {t.code or t.position}"
            if not t.lead_unit_ids:
                out.append(Finding("warning", where_t, "Nhiệm vụ chưa có đơn vị chủ trì."))
            if any(u not in active_units for u in t.lead_unit_ids + t.coop_unit_ids) and t.status != "done":
                out.append(Finding("info", where_t, "Nhiệm vụ giao cho đơn vị đã ngừng hoạt động."))
            tl = parse_timeline(t.timeline, plan.year)
            if tl.kind == "unknown" and t.timeline and t.due_date is None:
                out.append(Finding("info", where_t,
                                   f"Chưa xác định được hạn từ thời gian “{t.timeline}”; hãy nhập hạn nếu có."))
            if is_overdue(t.status, t.due_date, t.completed_on, today):
                out.append(Finding("warning", where_t, f"Quá hạn (hạn {t.due_date:%d/%m/%Y})."))
            if t.completed_on and t.status != "done":
                out.append(Finding("warning", where_t, "Có ngày hoàn thành nhưng tình trạng chưa hoàn thành."))
    return out
