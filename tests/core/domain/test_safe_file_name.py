"""File names proposed from user text cannot leave their folder or be refused by Windows."""

from __future__ import annotations

import pytest

from dtidesk.domain.text import safe_file_stem


@pytest.mark.parametrize(("text", "expected"), [
    ("Phòng Kế hoạch - Tài chính", "Phòng Kế hoạch - Tài chính"),
    ("../../etc/passwd", "etc passwd"),
    ('Văn phòng: "Sở" <A>|B?*', "Văn phòng Sở A B"),
    ("..\\..\\Windows\\win.ini", "Windows win.ini"),
    ("CON", "tep-CON"),
    ("nul.txt", "tep-nul.txt"),
    ("  ...  ", "tep"),
    ("a\x00b\nc", "a b c"),
    ("Tổ 1/2", "Tổ 1 2"),
])
def test_safe_file_stem(text, expected):
    assert safe_file_stem(text) == expected


def test_long_names_are_cut():
    assert len(safe_file_stem("Phòng " * 100)) <= 120
