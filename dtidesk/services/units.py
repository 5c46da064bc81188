"""Agency profile and units: edit, add, rename, reorder, deactivate (old plans keep the names)."""

from __future__ import annotations

from dataclasses import asdict

from ..domain.models import UNIT_KINDS, Agency, Unit
from ..domain.text import fold
from ..domain.validation import require_text
from ..errors import NotFound, ValidationError
from ..store import AgencyFile
from .changes import Changes


def agency_profile(af: AgencyFile) -> Agency:
    """What prints in document headers; an empty profile when none was saved yet."""
    return af.repo.agency.get()


def list_units(af: AgencyFile, include_inactive: bool = True) -> list[Unit]:
    return af.repo.units.all(include_inactive=include_inactive)


def get_unit(af: AgencyFile, unit_id: int) -> Unit:
    unit = af.repo.units.get(unit_id)
    if unit is None:
        raise NotFound("Không tìm thấy đơn vị.")
    return unit


def update_agency(af: AgencyFile, agency: Agency) -> tuple[Agency, Changes]:
    """Returns the previous profile, for undo."""
    require_text(agency.agency, "Tên cơ quan ban hành")
    old = af.repo.agency.get()
    with af.transaction():
        af.repo.agency.save(agency)
        changed = [k for k, v in asdict(agency).items() if asdict(old).get(k) != v]
        af.repo.log.add("update_agency", "agency", 1, ", ".join(changed))
    return old, Changes.of("agency")


def find_unit(af: AgencyFile, name: str) -> Unit | None:
    """Match a typed unit name ignoring case and diacritics ("van phong so" finds "Văn phòng Sở")."""
    key = fold(name)
    for u in af.repo.units.all():
        if fold(u.name) == key or (u.short_name and fold(u.short_name) == key):
            return u
    return None


def add_unit(af: AgencyFile, name: str, short_name: str = "", kind: str = "unit") -> tuple[int, Changes]:
    name = require_text(name, "Tên đơn vị")
    if kind not in UNIT_KINDS:
        raise ValidationError(f"Loại đơn vị “{kind}” không hợp lệ.", "Loại đơn vị")
    same = find_unit(af, name)
    if same is not None:
        raise ValidationError(f"Đơn vị “{same.name}” đã có trong danh sách.", "Tên đơn vị")
    with af.transaction():
        uid = af.repo.units.insert(name, short_name.strip(), kind)
        af.repo.log.add("add_unit", "units", uid, name)
    return uid, Changes.of("units")


def update_unit(af: AgencyFile, unit_id: int, **fields) -> tuple[Unit, Changes]:
    """Rename, change kind or (de)activate; returns the previous unit for undo."""
    old = af.repo.units.get(unit_id)
    if old is None:
        raise NotFound("Không tìm thấy đơn vị.")
    if "name" in fields:
        fields["name"] = require_text(fields["name"], "Tên đơn vị")
        other = find_unit(af, fields["name"])
        if other is not None and other.id != unit_id:
            raise ValidationError(f"Đơn vị “{other.name}” đã có trong danh sách.", "Tên đơn vị")
    if "kind" in fields and fields["kind"] not in UNIT_KINDS:
        raise ValidationError(f"Loại đơn vị “{fields['kind']}” không hợp lệ.", "Loại đơn vị")
    with af.transaction():
        af.repo.units.update(unit_id, **fields)
        af.repo.log.add("update_unit", "units", unit_id, ", ".join(fields))
    return old, Changes.of("units")


def delete_unit(af: AgencyFile, unit_id: int) -> tuple[Unit, Changes]:
    """Only a unit no task, target or project names can be deleted; otherwise deactivate it."""
    old = af.repo.units.get(unit_id)
    if old is None:
        raise NotFound("Không tìm thấy đơn vị.")
    used = af.repo.units.usage_count(unit_id)
    if used:
        raise ValidationError(
            f"Không xóa được “{old.name}”: đơn vị đang được giao {used} nhiệm vụ/chỉ tiêu. "
            "Hãy đánh dấu “ngừng hoạt động” để giữ tên trong các kế hoạch cũ.", "Đơn vị")
    with af.transaction():
        af.repo.units.delete(unit_id)
        af.repo.log.add("delete_unit", "units", unit_id, old.name)
    return old, Changes.of("units")


def restore_unit(af: AgencyFile, unit: Unit) -> Changes:
    with af.transaction():
        af.repo.units.restore(unit)
        af.repo.log.add("restore_unit", "units", unit.id, unit.name)
    return Changes.of("units")
