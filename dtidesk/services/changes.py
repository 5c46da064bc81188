"""What a use case changed, so a window refreshes only that (Anki's OpChanges)."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Changes:
    tables: frozenset[str] = field(default_factory=frozenset)
    summary: str = ""

    @classmethod
    def of(cls, *tables: str, summary: str = "") -> Changes:
        return cls(frozenset(tables), summary)

    def __or__(self, other: Changes) -> Changes:
        return Changes(self.tables | other.tables, self.summary or other.summary)

    def touches(self, *tables: str) -> bool:
        return bool(self.tables.intersection(tables))


NOTHING = Changes()
