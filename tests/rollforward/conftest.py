"""Three versions of a small framework (renumbered, merged, changed, removed, added) scored over four years."""

from __future__ import annotations

from decimal import Decimal

import pytest

from dtidesk.services.catalogs import import_framework


def _fw(year: int, criteria: list[tuple[str, str, int]]) -> dict:
    return {"code": "TEST-FW", "version_year": year, "name": f"Bộ chỉ số thử {year}",
            "indicators": [{"code": "1", "name": "Nhận thức số",
                            "children": [{"code": c, "name": n, "max_score": m} for c, n, m in criteria]}]}


V2022 = [
    ("1.1", "Người đứng đầu là Trưởng Ban chỉ đạo chuyển đổi số", 10),
    ("1.2", "Chuyên mục chuyển đổi số trên Cổng thông tin điện tử", 10),
    ("1.3a", "Tuyên truyền chuyển đổi số cho công chức", 5),
    ("1.3b", "Tuyên truyền chuyển đổi số cho người dân", 5),
    ("1.4", "Sáng kiến thi đua về chuyển đổi số", 10),
    ("1.5", "Ngân sách chi cho hạ tầng", 10),
]
V2024 = [
    ("1.1", "Người đứng đầu là Trưởng Ban chỉ đạo chuyển đổi số", 10),       # same
    ("1.2", "Tuyên truyền chuyển đổi số cho công chức và người dân", 10),   # 1.3a + 1.3b merged
    ("1.3", "Chuyên mục chuyển đổi số trên Cổng thông tin điện tử", 10),     # renumbered from 1.2
    ("1.4", "Sáng kiến, phong trào thi đua về chuyển đổi số", 10),          # reworded
    ("1.6", "Nền tảng dùng chung của tỉnh", 10),                           # added; 1.5 removed
]
V2025 = [
    ("1.1", "Người đứng đầu là Trưởng Ban chỉ đạo chuyển đổi số", 10),
    ("1.2", "Chuyên mục chuyển đổi số trên Cổng thông tin điện tử", 10),     # renumbered back from 1.3
    ("1.3", "Tuyên truyền chuyển đổi số cho công chức và người dân", 10),   # renumbered from 1.2
    ("1.4", "Sáng kiến, phong trào thi đua về chuyển đổi số", 10),
    ("1.6", "Nền tảng dùng chung của tỉnh", 10),
]
SCORES = {  # (version, assessed year) -> code -> (self, appraised)
    (2022, 2022): {"1.1": (10, 10), "1.2": (10, 8), "1.3a": (5, 4), "1.3b": (5, 2), "1.4": (10, 10), "1.5": (5, 5)},
    (2022, 2023): {"1.1": (10, 10), "1.2": (10, 10), "1.3a": (5, 5), "1.3b": (5, 3), "1.4": (10, 6), "1.5": (5, 0)},
    (2024, 2024): {"1.1": (10, 9), "1.2": (10, 7), "1.3": (10, 10), "1.4": (10, 10), "1.6": (10, 4)},
    (2025, 2025): {"1.1": (10, 10), "1.2": (10, 10), "1.3": (9, 9), "1.4": (10, 10), "1.6": (10, 10)},
}


@pytest.fixture
def versions(demo):
    """Ids of TEST-FW 2022, 2024 and 2025 in a copy of the demo file, each with its assessments."""
    ids = {}
    with demo.transaction():
        for year, criteria in ((2022, V2022), (2024, V2024), (2025, V2025)):
            ids[year], _ = import_framework(demo, _fw(year, criteria))
        for (version, year), scores in SCORES.items():
            aid = demo.repo.assessments.insert(ids[version], year, rank=year - 2020, rank_of=18)
            for code, (own, appraised) in scores.items():
                ind = demo.repo.frameworks.indicator_by_code(ids[version], code)
                demo.repo.assessments.set_score(aid, ind.id, Decimal(own), Decimal(appraised), "")
    return ids


def code_id(af, framework_id: int, code: str) -> int:
    ind = af.repo.frameworks.indicator_by_code(framework_id, code)
    assert ind is not None, code
    return ind.id
