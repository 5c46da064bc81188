"""The layers of DESIGN.md: Qt only under dtidesk/gui, SQL only in dtidesk/store."""

from __future__ import annotations

import ast
import re
from pathlib import Path

PKG = Path(__file__).resolve().parent.parent / "dtidesk"


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(a.name.split(".")[0] for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module.split(".")[0])
    return names


def test_qt_only_in_gui():
    offenders = [str(p.relative_to(PKG)) for p in PKG.rglob("*.py")
                 if "gui" not in p.relative_to(PKG).parts and {"PySide6", "shiboken6"} & _imports(p)]
    assert offenders == []


SQL = re.compile(r"\b(SELECT\s+\S+.*\s+FROM|INSERT\s+INTO|UPDATE\s+\w+\s+SET|DELETE\s+FROM|CREATE\s+TABLE)\b",
                 re.IGNORECASE)


def test_sql_only_in_store():
    offenders = []
    for p in PKG.rglob("*.py"):
        rel = p.relative_to(PKG)
        if rel.parts[0] == "store":
            continue
        for node in ast.walk(ast.parse(p.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and SQL.search(node.value):
                offenders.append(f"{rel}:{node.lineno}")
    assert offenders == []


def test_domain_has_no_io():
    for p in (PKG / "domain").rglob("*.py"):
        assert not {"sqlite3", "sqlite_utils", "PySide6", "openpyxl", "reportlab", "docx"} & _imports(p), p


def test_every_package_is_listed_for_the_wheel():
    import tomllib

    listed = set(tomllib.loads((PKG.parent / "pyproject.toml").read_text())["tool"]["setuptools"]["packages"])
    found = {".".join(p.parent.relative_to(PKG.parent).parts) for p in PKG.rglob("__init__.py")}
    assert found - listed == set(), "add new packages to [tool.setuptools] packages in pyproject.toml"
