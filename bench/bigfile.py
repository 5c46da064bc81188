"""A large agency file for benchmarks: 10 years × 2,000 tasks, 5 frameworks × 60 criteria, scores every year."""

from __future__ import annotations

import random
from decimal import Decimal
from pathlib import Path

from dtidesk.domain.models import Agency, Task
from dtidesk.services.files import new_file

UNITS = ["Văn phòng Sở", "Thanh tra Sở", "Phòng Kế hoạch - Tài chính", "Phòng Chuyển đổi số",
         "Phòng Bổ trợ tư pháp", "Trung tâm Công nghệ thông tin", "Các phòng, đơn vị có liên quan"]
TIMELINES = ["Thường xuyên", "Năm {y}", "Quý I/{y}", "Quý II/{y}", "Quý III/{y}", "Quý IV/{y}",
             "Tháng 12 năm trước liền kề", "Theo chỉ đạo của UBND tỉnh", "trước ngày 15/12/{y}"]
WORDS = ("triển khai rà soát cập nhật dữ liệu hồ sơ thủ tục hành chính trực tuyến chữ ký số "
         "tuyên truyền đào tạo kỹ năng số an toàn thông tin mạng cơ sở dữ liệu kết nối chia sẻ").split()


def build(path: Path, years: int = 10, tasks_per_year: int = 2000, frameworks: int = 5,
          criteria: int = 60, seed: int = 7) -> Path:
    rnd = random.Random(seed)
    path.unlink(missing_ok=True)
    af = new_file(path, Agency(agency="SỞ THỬ NGHIỆM", parent_agency="ỦY BAN NHÂN DÂN TỈNH A"), UNITS,
                  frameworks=False)
    r = af.repo
    with af.transaction():
        unit_ids = [u.id for u in r.units.all()]
        crit_ids: list[list[int]] = []
        for f in range(frameworks):
            fid = r.frameworks.insert(f"BENCH-{f}", 2020, f"Bộ chỉ số thử {f}")
            ids = []
            pos = 0
            for g in range(6):
                pos += 1
                gid = r.frameworks.insert_indicator(fid, None, str(g + 1), f"Nhóm {g + 1}", "group", None, pos)
                for c in range(criteria // 6):
                    pos += 1
                    ids.append(r.frameworks.insert_indicator(fid, gid, f"{g + 1}.{c + 1}", f"Tiêu chí {c}",
                                                             "criterion", Decimal(10), pos))
            crit_ids.append(ids)
            for y in range(2016, 2016 + years):
                aid = r.assessments.insert(fid, y)
                for cid in ids:
                    v = Decimal(rnd.randint(0, 1000)) / 100
                    r.assessments.set_score(aid, cid, v, v, "")
        for i in range(years):
            year = 2017 + i
            pid = r.plans.insert(kind="dti", year=year, title=f"Kế hoạch cải thiện chỉ số năm {year}")
            for n in range(tasks_per_year):
                words = " ".join(rnd.choice(WORDS) for _ in range(rnd.randint(8, 30)))
                r.tasks.insert(Task(
                    id=0, plan_id=pid, content=words.capitalize() + ".", position=n + 1, code=str(n + 1),
                    criterion_id=rnd.choice(crit_ids[0]), lead_unit_ids=[rnd.choice(unit_ids)],
                    coop_unit_ids=rnd.sample(unit_ids, 2), timeline=rnd.choice(TIMELINES).format(y=year),
                    status=rnd.choice(["not_started", "in_progress", "done"])))
    af.close()
    return path
