"""A demo file with targets, projects and directives added (seeds 003, 004), exported once per session."""

from __future__ import annotations

import shutil
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from dtidesk.domain.models import Directive, Project, Target
from dtidesk.store import open_agency_file

TARGETS = [  # seed 003, Phụ lục 1
    ("Tỷ lệ hồ sơ được xử lý hoàn toàn trực tuyến trên hệ thống thông tin giải quyết TTHC đạt trên 70%.",
     "Các phòng, đơn vị thuộc Sở", "Văn phòng Sở"),
    ("Tỷ lệ người dân sử dụng dịch vụ công trực tuyến từ xa đạt trên 60%.", "Các phòng, đơn vị thuộc Sở",
     "Văn phòng Sở"),
    ("Tỷ lệ văn bản trao đổi giữa các cơ quan nhà nước dưới dạng điện tử đạt 100% (trừ văn bản mật theo quy "
     "định của pháp luật)", "Các phòng, đơn vị thuộc Sở", "Văn phòng Sở"),
]
PROJECTS = [  # seed 003, Phụ lục 2 (budgets are test values: the seed leaves them blank)
    ("Tiếp tục duy trì, nâng cấp Hệ thống phần mềm Quản lý thông tin cán bộ, công chức, viên chức tỉnh Bắc Giang",
     "Tiếp tục duy trì, Hệ thống phần mềm Quản lý thông tin cán bộ, công chức, viên chức tỉnh Bắc Giang.",
     Decimal("1250"), Decimal("1250"), None),
    ("Tiếp tục thực hiện Đề án “Số hóa tài liệu kho lưu trữ lịch sử tỉnh Bắc Giang”",
     "Thực hiện số hóa tài liệu lưu trữ lịch sử.", Decimal("620"), Decimal("500"), Decimal("120")),
]
DIRECTIVES = [  # seed 004, Phụ lục 03
    ("Quyết định", "63/QĐ-UBND", date(2021, 9, 30), "Đẩy mạnh cải cách hành chính, xây dựng chính quyền điện tử, "
     "hướng tới chính quyền số tỉnh Tuyên Quang giai đoạn 2021 – 2025, định hướng đến năm 2030.", "UBND tỉnh"),
    ("Kế hoạch", "11/KH-UBND", date(2022, 1, 18), "Kế hoạch Tuyên truyền cải cách hành chính tỉnh Tuyên Quang "
     "năm 2022", "UBND tỉnh"),
    ("Kế hoạch", "01/KH-BCĐ", date(2022, 4, 21), "Kế hoạch hoạt động của Ban Chỉ đạo Chuyển đổi số tỉnh Tuyên "
     "Quang năm 2022", "Ban Chỉ đạo Chuyển đổi số tỉnh Tuyên Quang"),
]


@pytest.fixture(scope="session")
def rich_path(demo_template, tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("rich") / "rich.dtidesk"
    shutil.copy(demo_template, path)
    with open_agency_file(path) as af:
        units = {u.name: u.id for u in af.repo.units.all()}
        group = af.repo.plans.groups(2)[0].id
        with af.transaction():
            for n, (content, lead, monitor) in enumerate(TARGETS, start=1):
                af.repo.targets.insert(Target(id=0, plan_id=2, content=content, group_id=group, position=n,
                                              lead_unit_id=units[lead], monitor_unit_id=units[monitor]))
            for n, (name, scale, total, state, social) in enumerate(PROJECTS, start=1):
                af.repo.projects.insert(Project(id=0, plan_id=2, name=name, position=n, scale=scale,
                                                timeframe="2024", lead_unit_id=units["Văn phòng Sở"],
                                                budget_total=total, budget_state=state, budget_social=social))
            for kind, number, issued, summary, issuer in DIRECTIVES:
                af.repo.directives.insert(Directive(id=0, doc_type=kind, number_symbol=number, issued_on=issued,
                                                    summary=summary, issuer=issuer, plan_id=2))
    return path


@pytest.fixture(scope="session")
def exported(rich_path, tmp_path_factory):
    """exported(plan, what, fmt) -> Path, each made once per session through the use case."""
    from dtidesk.services.export import export

    out_dir = tmp_path_factory.mktemp("out")
    made: dict[tuple[int, str, str], Path] = {}

    def get(plan: int, what: str, fmt: str) -> Path:
        key = (plan, what, fmt)
        if key not in made:
            with open_agency_file(rich_path, readonly=True) as af:
                made[key] = export(af, plan, what, fmt, out_dir / f"p{plan}-{what}.{fmt}")
        return made[key]

    return get
