"""Plan-import fixtures: a blank agency file of another agency (the documents are in fixtures/)."""

from __future__ import annotations

import pytest


@pytest.fixture
def blank(tmp_path):
    """A new file with the shipped frameworks and two units of another agency."""
    from dtidesk.domain.models import Agency
    from dtidesk.services.files import new_file

    af = new_file(tmp_path / "syt.dtidesk", Agency(agency="SỞ Y TẾ", agency_name="Sở Y tế"),
                  ["Văn phòng Sở", "Phòng Kế hoạch - Tài chính"])
    yield af
    af.close()
