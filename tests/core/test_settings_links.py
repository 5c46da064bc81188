"""Schema step 4: per-file settings and links between criteria of two framework versions."""

from __future__ import annotations

import pytest

from dtidesk.errors import DtideskError


def test_settings_round_trip_json(demo):
    with demo.transaction():
        demo.repo.settings.set("xlsx_mapping:abc", {"Nội dung": "content", "n": 3})
    assert demo.repo.settings.get("xlsx_mapping:abc") == {"Nội dung": "content", "n": 3}
    assert demo.repo.settings.get("missing", "mặc định") == "mặc định"
    with demo.transaction():
        demo.repo.settings.set("xlsx_mapping:abc", [1, 2])
        demo.repo.settings.delete("other")
    assert demo.repo.settings.get("xlsx_mapping:abc") == [1, 2]


def test_indicator_links_follow_indicators(demo):
    ids = [r["id"] for r in demo.db.query("SELECT id FROM indicators WHERE kind = 'criterion' LIMIT 2")]
    with demo.transaction():
        demo.repo.indicator_links.add(ids[0], ids[1], "renumbered", "1.1 → 1.2")
    assert demo.repo.indicator_links.successors(ids[0])[0]["relation"] == "renumbered"
    assert demo.repo.indicator_links.predecessors(ids[1])[0]["from_id"] == ids[0]
    with pytest.raises(DtideskError), demo.transaction():
        demo.repo.indicator_links.add(ids[0], ids[0])
    with pytest.raises(DtideskError), demo.transaction():
        demo.repo.indicator_links.add(ids[0], ids[1], "bogus")
    with demo.transaction():
        demo.db.execute("DELETE FROM indicators WHERE id = ?", [ids[1]])
    assert demo.repo.indicator_links.all() == []
