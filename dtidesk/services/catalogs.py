"""Framework catalogs (JSON, schema dtidesk-frameworks/1): read, validate, import into a file."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from ..domain.scores import to_decimal
from ..errors import ValidationError
from ..resources import resource_path
from ..store import AgencyFile
from .changes import Changes
from .jsonfile import read_json

SCHEMA = "dtidesk-frameworks/1"
DEFAULT_CATALOG = "dti-tuyenquang-so.json"


def shipped_catalogs() -> list[Path]:
    """Every catalog shipped, the province index the program was first built around first."""
    return sorted(resource_path("frameworks").glob("*.json"), key=lambda p: (p.name != DEFAULT_CATALOG, p.name))


def default_catalog() -> Path:
    """The province index the program was first built around (Tuyên Quang's departments), which the demo
    and `new --shipped-index` import; the national structures ship beside it for the officer to choose."""
    return resource_path("frameworks") / DEFAULT_CATALOG


def load_catalog(path: Path | str) -> list[dict]:
    """The frameworks of a catalog file, checked; a malformed file is refused with where and why."""
    path = Path(path)
    data = read_json(path, "danh mục")
    if not isinstance(data, dict) or data.get("schema") != SCHEMA:
        raise ValidationError(f"Tệp “{path.name}” không phải danh mục bộ chỉ số (cần \"schema\": \"{SCHEMA}\").")
    frameworks = data.get("frameworks")
    if not isinstance(frameworks, list) or not frameworks:
        raise ValidationError(f"Tệp “{path.name}” không có bộ chỉ số nào.")
    for fw in frameworks:
        _check_framework(fw, path.name)
    return frameworks


def _check_framework(fw: dict, where: str) -> None:
    for key in ("code", "version_year", "name", "indicators"):
        if key not in fw:
            raise ValidationError(f"{where}: bộ chỉ số thiếu trường “{key}”.")
    label = f"{where}, bộ chỉ số {fw['code']}/{fw['version_year']}"
    if fw.get("kind", "DTI") not in ("DTI", "PAR", "other"):
        raise ValidationError(f"{label}: loại “{fw.get('kind')}” không hợp lệ (DTI, PAR, other).")
    seen: set[str] = set()

    def walk(nodes: list, path: str) -> None:
        for n in nodes:
            code = str(n.get("code", "")).strip()
            if not code or not n.get("name"):
                raise ValidationError(f"{label}: một chỉ số trong “{path or 'gốc'}” thiếu mã hoặc tên.")
            if code in seen:
                raise ValidationError(f"{label}: mã “{code}” bị trùng.")
            seen.add(code)
            children = n.get("children")
            if children:
                if "max_score" in n and n["max_score"] is not None:
                    total = sum((to_decimal(c.get("max_score")) or Decimal(0)) for c in children
                                if not c.get("children"))
                    if not any(c.get("children") for c in children) and total != to_decimal(n["max_score"]):
                        raise ValidationError(
                            f"{label}: nhóm “{code}” ghi tối đa {n['max_score']} điểm nhưng các tiêu chí "
                            f"cộng lại {total}.")
                walk(children, code)
            else:
                try:
                    mx = to_decimal(n.get("max_score"))
                except (ValueError, TypeError):
                    mx = None
                if mx is None or mx <= 0:
                    raise ValidationError(f"{label}: tiêu chí “{code}” thiếu điểm tối đa hợp lệ.")

    walk(fw["indicators"], "")


def import_framework(af: AgencyFile, fw: dict) -> tuple[int, bool]:
    """Insert one framework version unless the file has it; returns (id, created). Caller holds the transaction."""
    repo = af.repo.frameworks
    existing = repo.find(fw["code"], int(fw["version_year"]))
    if existing:
        return existing.id, False
    fid = repo.insert(fw["code"], int(fw["version_year"]), fw["name"], fw.get("kind", "DTI"),
                      fw.get("decision", ""), fw.get("province", ""), fw.get("note", ""),
                      fw.get("rating_bands", []))
    position = 0

    def walk(nodes: list, parent: int | None) -> None:
        nonlocal position
        for n in nodes:
            position += 1
            children = n.get("children") or []
            kind = "group" if children else "criterion"
            iid = repo.insert_indicator(
                fid, parent, str(n["code"]).strip(), n["name"].strip(), kind,
                to_decimal(n.get("max_score")) if kind == "criterion" else None, position,
                n.get("scoring_note", ""), n.get("evidence_hint", ""))
            walk(children, iid)

    walk(fw["indicators"], None)
    return fid, True


def import_catalog(af: AgencyFile, path: Path | str) -> tuple[Changes, list[str]]:
    """User action “Nhập danh mục bộ chỉ số”: every version in the file, all or nothing."""
    frameworks = load_catalog(path)
    added: list[str] = []
    with af.transaction():
        for fw in frameworks:
            _, created = import_framework(af, fw)
            if created:
                added.append(f"{fw['code']}/{fw['version_year']}")
        af.repo.log.add("import_catalog", "frameworks", None, ", ".join(added) or "(không có gì mới)")
    return Changes.of("frameworks", "indicators"), added


def import_shipped(af: AgencyFile) -> None:
    """The default catalog's framework versions; caller holds the transaction."""
    for fw in load_catalog(default_catalog()):
        import_framework(af, fw)
