"""What a list import passes between its steps: the preview read from the sheet, the receipt an undo needs."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

from ..domain.models import Framework, Score
from ..importers.list_records import ListProblem, ListRecord
from ..importers.xlsx_lists import SheetTable

SETTINGS_PREFIX = "xlsx_mapping"

# The tables each kind of import writes: what the views refresh after it, and after its undo.
TABLES = {"tasks": ("tasks", "task_units", "task_groups", "units", "unit_aliases"),
          "targets": ("targets", "task_groups", "units", "unit_aliases"),
          "projects": ("projects", "units", "unit_aliases"), "units": ("units",),
          "scores": ("scores", "assessments", "group_results"), "directives": ("directives",)}


@dataclass
class ListPreview:
    """What the sheet holds and what would be written; nothing is written until commit_list_import."""

    path: Path
    kind: str
    table: SheetTable
    mapping: dict[str, str]  # column letter → field key
    mapping_source: str  # "remembered", "proposed" or "user"
    records: list[ListRecord] = field(default_factory=list)
    problems: list[ListProblem] = field(default_factory=list)
    new_units: list[str] = field(default_factory=list)
    unit_spellings: dict[str, str] = field(default_factory=dict)  # as written → the file's unit spelt otherwise
    plan_id: int | None = None
    year: int | None = None
    framework: Framework | None = None

    @property
    def errors(self) -> list[ListProblem]:
        return [p for p in self.problems if p.severity == "error"]

    @property
    def ok(self) -> bool:
        return not self.errors

    def counts(self) -> dict[str, int]:
        out: dict[str, int] = {}
        for rec in self.records:
            out[rec.kind] = out.get(rec.kind, 0) + 1
        return out

    def as_dict(self) -> dict:
        return {
            "file": self.path.name, "kind": self.kind, "sheet": self.table.sheet, "sheets": self.table.sheets,
            "header_row": self.table.header_row, "mapping_source": self.mapping_source,
            "mapping": [{"column": c.letter, "header": c.header, "field": self.mapping.get(c.letter)}
                        for c in self.table.columns],
            "plan_id": self.plan_id, "year": self.year,
            "framework": self.framework.code if self.framework else None,
            "records": [{"row": r.row, "kind": r.kind, "values": {k: _json(v) for k, v in r.values.items()}}
                        for r in self.records],
            "counts": self.counts(), "new_units": self.new_units,
            "unit_spellings": self.unit_spellings,
            "problems": [p.as_dict() for p in self.problems], "ok": self.ok,
        }


def _json(v: object) -> object:
    if isinstance(v, Decimal):
        return int(v) if v == v.to_integral_value() else float(v)
    if hasattr(v, "isoformat"):
        return v.isoformat()  # type: ignore[union-attr]
    return v


def settings_key(kind: str, table: SheetTable) -> str:
    return f"{SETTINGS_PREFIX}:{kind}:{table.header_key()}"


@dataclass
class ImportReceipt:
    """What one import wrote, so that undo can remove exactly that and restore what it replaced."""

    kind: str
    tasks: list[int] = field(default_factory=list)
    targets: list[int] = field(default_factory=list)
    projects: list[int] = field(default_factory=list)
    directives: list[int] = field(default_factory=list)
    groups: list[int] = field(default_factory=list)
    units: list[int] = field(default_factory=list)
    aliases: list[int] = field(default_factory=list)  # spellings remembered for units of the file
    assessment_id: int | None = None
    assessment_created: bool = False
    old_scores: dict[int, Score | None] = field(default_factory=dict)
    old_ranks: dict[int, tuple[int | None, int | None] | None] = field(default_factory=dict)
    old_total_rank: tuple[int | None, int | None] | None = None
    settings_key: str = ""
    old_setting: object = None
