"""Agency profile and units: edit, add, rename, deactivate (old plans keep the names), find by any
spelling, merge two units into one."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import asdict, dataclass, replace

from ..domain.models import UNIT_KINDS, Agency, Unit
from ..domain.units import is_new_spelling, unit_index
from ..domain.validation import require_text
from ..errors import NotFound, ValidationError
from ..store import AgencyFile
from ..store.unit_merge import MergeSnapshot
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
        af.repo.log.add("update_agency", "agency", 1, ", ".join(changed),
                        before={k: asdict(old)[k] for k in changed}, after={k: asdict(agency)[k] for k in changed})
    return old, Changes.of("agency")


def find_unit(af: AgencyFile, name: str) -> Unit | None:
    """The unit a typed or imported name means, by the program's one rule (domain/units.py): case,
    diacritics, separators and abbreviations aside ("van phong so", "VP Sở" and "Văn phòng" find
    "Văn phòng Sở"), or by a spelling it was seen under before ("P. CDS")."""
    return unit_index(af.repo.units.all()).find(name)


def remember_spellings(af: AgencyFile, found: Iterable[tuple[int, str]]) -> list[int]:
    """Inside the caller's transaction: each (unit id, name as written) whose spelling is new to that unit is
    kept as its alias, so the next import finds it at once. Returns the new aliases' ids (for undo)."""
    added: list[int] = []
    units = {u.id: u for u in af.repo.units.all()}
    for unit_id, written in found:
        written = " ".join(written.split())
        unit = units.get(unit_id)
        if unit is None or not written or not is_new_spelling(unit, written):
            continue
        if af.repo.units.alias_owner(written) is not None:
            continue  # one spelling, one unit: the first to claim it keeps it
        added.append(af.repo.units.add_alias(unit_id, written))
        unit.aliases.append(written)
    return added


def unit_usage(af: AgencyFile, unit_id: int) -> dict[str, int]:
    """Rows that name the unit, by table (task links, targets, projects, form figures…)."""
    return af.repo.unit_merge.usage(unit_id)


def add_unit(af: AgencyFile, name: str, short_name: str = "", kind: str = "unit") -> tuple[int, Changes]:
    name = require_text(name, "Tên đơn vị")
    if kind not in UNIT_KINDS:
        raise ValidationError(f"Loại đơn vị “{kind}” không hợp lệ.", "Loại đơn vị")
    same = find_unit(af, name)
    if same is not None:
        raise ValidationError(f"Đơn vị “{same.name}” đã có trong danh sách.", "Tên đơn vị")
    with af.transaction():
        uid = af.repo.units.insert(name, short_name.strip(), kind)
        af.repo.log.add("add_unit", "units", uid, name, after={"name": name, "short_name": short_name.strip(),
                                                              "kind": kind})
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
        af.repo.log.add("update_unit", "units", unit_id, ", ".join(fields),
                        before={k: getattr(old, k, None) for k in fields}, after=fields)
    return old, Changes.of("units")


def delete_unit(af: AgencyFile, unit_id: int) -> tuple[Unit, Changes]:
    """Only a unit nothing names (task, target, project, form figures) can be deleted; otherwise deactivate
    it, or merge it into the unit it duplicates."""
    old = af.repo.units.get(unit_id)
    if old is None:
        raise NotFound("Không tìm thấy đơn vị.")
    used = af.repo.units.usage_count(unit_id)
    if used:
        raise ValidationError(
            f"Không xóa được “{old.name}”: đơn vị đang được giao {used} nhiệm vụ/chỉ tiêu. "
            "Hãy đánh dấu “ngừng hoạt động” để giữ tên trong các kế hoạch cũ, hoặc gộp vào đơn vị trùng tên.",
            "Đơn vị")
    if unit_usage(af, unit_id):  # figures of statistics forms: they would be lost with the unit
        raise ValidationError(
            f"Không xóa được “{old.name}”: đơn vị có số liệu biểu mẫu thống kê. Hãy đánh dấu “ngừng hoạt động”, "
            "hoặc gộp vào đơn vị khác để chuyển số liệu sang đơn vị đó.", "Đơn vị")
    with af.transaction():
        af.repo.units.delete(unit_id)
        af.repo.log.add("delete_unit", "units", unit_id, old.name,
                        before={"name": old.name, "short_name": old.short_name, "kind": old.kind})
    return old, Changes.of("units")


def restore_unit(af: AgencyFile, unit: Unit) -> Changes:
    with af.transaction():
        af.repo.units.restore(unit)
        af.repo.log.add("restore_unit", "units", unit.id, unit.name,
                        after={"name": unit.name, "short_name": unit.short_name, "kind": unit.kind})
    return Changes.of("units")


@dataclass
class UnitMerge:
    """What “Gộp đơn vị” did, with everything its undo needs to put each row back as it was."""

    kept: Unit
    merged: Unit  # as it was before the merge, with its spellings
    snapshot: MergeSnapshot
    gained: list[str]  # spellings the kept unit answers to since

    def as_dict(self) -> dict:
        snap = self.snapshot
        tables = sorted({*snap.links, *(t for t, _ in snap.moved)} - {"unit_aliases"})
        return {"kept": {"id": self.kept.id, "name": self.kept.name},
                "merged": {"id": self.merged.id, "name": self.merged.name},
                "moved": {t: snap.count(t) for t in tables if snap.count(t)},
                "dropped": {t: n for t, n in snap.dropped.items() if t != "unit_aliases"},
                "aliases": sorted({*self.merged.aliases, *self.gained} - {self.kept.name})}


def merge_units(af: AgencyFile, keep_id: int, from_id: int) -> tuple[UnitMerge, Changes]:
    """User action “Gộp đơn vị”: everything that names `from_id` (tasks' lead and coordinating links, targets'
    and projects' units, form figures and submissions, the change log) names `keep_id` afterwards, the merged
    name becomes a spelling of the kept unit, and the merged unit is gone. Where both units have the same
    form cell or submission the kept unit's stays (counted in the summary; undo brings the other back)."""
    if keep_id == from_id:
        raise ValidationError("Chọn hai đơn vị khác nhau để gộp.", "Đơn vị")
    kept, merged = get_unit(af, keep_id), get_unit(af, from_id)
    with af.transaction():
        snapshot = af.repo.unit_merge.move(from_id, keep_id)
        af.repo.units.delete(from_id)
        before = set(af.repo.units.aliases(keep_id).get(keep_id, []))  # the merged unit's spellings included
        remember_spellings(af, [(keep_id, merged.name), (keep_id, merged.short_name)])
        gained = [a for a in af.repo.units.aliases(keep_id).get(keep_id, []) if a not in before]
        af.repo.log.add("merge_units", "units", keep_id, f"{merged.name} → {kept.name}")
    merge = UnitMerge(kept, merged, snapshot, gained)
    # A task that already had the kept unit simply keeps it; only figures can differ between the two.
    dropped = snapshot.dropped.get("form_values", 0)
    summary = f"Đã gộp “{merged.name}” vào “{kept.name}”" + (
        f"; {dropped} ô số liệu trùng ô đã có của “{kept.name}”: giữ số liệu của “{kept.name}”" if dropped else "")
    return merge, Changes.of("units", "unit_aliases", "tasks", *(t for t, _ in af.repo.unit_merge.references()),
                             summary=summary)


def undo_merge_units(af: AgencyFile, merge: UnitMerge) -> Changes:
    """Undo of merge_units, in one commit: the merged unit back under its id, every row as it was."""
    with af.transaction():
        af.repo.units.restore(replace(merge.merged, aliases=[]))  # its spellings come back with the link rows
        af.repo.unit_merge.put_back(merge.snapshot)
        af.repo.log.add("undo_merge_units", "units", merge.merged.id, f"{merge.merged.name} ← {merge.kept.name}")
    return Changes.of("units", "unit_aliases", "tasks", *(t for t, _ in af.repo.unit_merge.references()),
                      summary=f"Đã tách lại “{merge.merged.name}” khỏi “{merge.kept.name}”")
