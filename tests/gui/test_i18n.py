"""Translations: every .qm loads; no unfinished entry; no user-visible literal bypasses tr(); .ui files compiled."""

from __future__ import annotations

import ast
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator

ROOT = Path(__file__).resolve().parents[2]
GUI = ROOT / "dtidesk" / "gui"


@pytest.mark.parametrize("qm", sorted((ROOT / "i18n").glob("*.qm")), ids=lambda p: p.name)
def test_every_qm_loads(qm):
    assert QTranslator().load(str(qm))


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_no_unfinished_translation(lang):
    tree = ET.parse(ROOT / "i18n" / f"dtidesk_{lang}.ts")
    unfinished = [
        f"{ctx.findtext('name')}: {msg.findtext('source')}"
        for ctx in tree.getroot().iter("context") for msg in ctx.iter("message")
        if msg.find("translation") is None or msg.find("translation").get("type") == "unfinished"
        or not (msg.find("translation").text or "").strip()
    ]
    assert unfinished == []


def _messages(ts: Path) -> set[tuple[str, str]]:
    root = ET.parse(ts).getroot()
    return {(ctx.findtext("name"), msg.findtext("source")) for ctx in root.iter("context") for msg in ctx.iter("message")}


def test_every_string_of_the_code_is_in_the_ts_files(tmp_path):
    """A tr() string added without running scripts/i18n.sh would show untranslated: catch it here."""
    tools = Path(sys.executable).parent
    sources = sorted(str(p) for p in GUI.rglob("*.py") if "forms" not in p.parts)
    for lang in ("vi", "en"):
        committed = ROOT / "i18n" / f"dtidesk_{lang}.ts"
        fresh = tmp_path / committed.name
        fresh.write_bytes(committed.read_bytes())
        subprocess.run([str(tools / "pyside6-lupdate"), *map(str, sorted((ROOT / "ui").glob("*.ui"))), *sources,
                        "-no-obsolete", "-source-language", "en", "-target-language", lang, "-ts", str(fresh)],
                       check=True, capture_output=True)
        missing = sorted(_messages(fresh) - _messages(committed))
        assert missing == [], f"run scripts/i18n.sh ({lang}): " + "; ".join(f"{c}: {s}" for c, s in missing)


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_qm_compiled_from_the_ts(tmp_path, lang):
    out = tmp_path / f"dtidesk_{lang}.qm"
    subprocess.run([str(Path(sys.executable).parent / "pyside6-lrelease"), "-silent",
                    str(ROOT / "i18n" / f"dtidesk_{lang}.ts"), "-qm", str(out)], check=True)
    assert out.read_bytes() == (ROOT / "i18n" / f"dtidesk_{lang}.qm").read_bytes(), "run scripts/i18n.sh"


def test_ui_files_compiled_without_drift(tmp_path):
    uic = Path(sys.executable).parent / "pyside6-uic"
    for ui in sorted((ROOT / "ui").glob("*.ui")):
        out = tmp_path / f"ui_{ui.stem}.py"
        subprocess.run([str(uic), "--from-imports", str(ui), "-o", str(out)], check=True)
        committed = ROOT / "dtidesk" / "gui" / "forms" / f"ui_{ui.stem}.py"
        assert committed.read_text() == out.read_text(), f"run scripts/build_ui.sh ({ui.name} changed)"


# -- user-visible strings must go through tr() ------------------------------------------------------
# Which arguments of which calls end up on screen. None: every positional argument.
_TEXT_METHODS: dict[str, tuple[int, ...] | None] = {
    **{name: (0,) for name in (
        "setText", "setWindowTitle", "setToolTip", "setStatusTip", "setWhatsThis", "setPlaceholderText",
        "setTitle", "showMessage", "setLabelText", "setEmptyLabel", "setInformativeText", "setDetailedText",
        "setSpecialValueText", "setPrefix", "setSuffix", "setHtml", "setMarkdown", "setPlainText",
        "addItem", "addButton", "setCancelButtonText", "setOkButtonText", "setWindowIconText")},
    **{name: (1,) for name in ("setTabText", "setTabToolTip", "setItemText", "insertItem")},
    "addAction": None, "addMenu": None, "addTab": None, "insertTab": None, "addSection": None,
    "addItems": (0,), "setHeaderLabels": (0,), "setHorizontalHeaderLabels": (0,),
    "setVerticalHeaderLabels": (0,),
}
_TEXT_CONSTRUCTORS = {
    "QLabel", "QPushButton", "QToolButton", "QCheckBox", "QRadioButton", "QGroupBox", "QCommandLinkButton",
    "QAction", "QMenu", "QListWidgetItem", "QTableWidgetItem", "QTreeWidgetItem", "QStandardItem",
    "QUndoCommand", "QProgressDialog", "QErrorMessage",
}
# Static helpers whose title/text arguments are shown: QMessageBox.warning(parent, title, text, …).
_STATIC_TEXT_ARGS = {
    "QMessageBox": (1, 2), "QInputDialog": (1, 2), "QFileDialog": (1, 3),
}
# Words that are the same in every language: the product's name and file formats.
_ALLOWED_WORDS = re.compile(r"\b(DTI Desk|DTI|CCHC|PAR Index|PDF|Word|Excel|xlsx|docx|pdf|json|dtidesk|KB|MB)\b")
_MARKUP = re.compile(r"<[^>]*>|&[a-z]+;|\{[^{}]*\}|%\w")


def _has_words(text: str) -> bool:
    """True when the literal has letters a user would read (markup, format fields and allowed words removed)."""
    stripped = _ALLOWED_WORDS.sub("", _MARKUP.sub("", text))
    return any(ch.isalpha() for ch in stripped)


def _joined_text(node: ast.AST) -> str | None:
    """A literal, an f-string or a "+" chain as one text ("{}" for computed parts); None if no literal in it."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        return "".join(p.value if isinstance(p, ast.Constant) else "{}" for p in node.values)
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        left, right = _joined_text(node.left), _joined_text(node.right)
        if left is None and right is None:
            return None
        return (left if left is not None else "{}") + (right if right is not None else "{}")
    return None


def _computed_parts(node: ast.AST) -> list[ast.AST]:
    if isinstance(node, ast.JoinedStr):
        return [p.value for p in node.values if isinstance(p, ast.FormattedValue)]
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        return [n for side in (node.left, node.right)
                for n in (_computed_parts(side) if _joined_text(side) is not None else [side])]
    return []


def _untranslated(node: ast.AST) -> list[str]:
    """The literal texts of an argument expression that reach the screen without tr()/translate()."""
    text = _joined_text(node)
    if text is not None:
        found = [text] if _has_words(text) else []
        return found + [v for part in _computed_parts(node) for v in _untranslated(part)]
    if isinstance(node, ast.BinOp):  # "text %s" % value
        return _untranslated(node.left) + _untranslated(node.right)
    if isinstance(node, ast.IfExp):
        return _untranslated(node.body) + _untranslated(node.orelse)
    if isinstance(node, ast.BoolOp):
        return [v for value in node.values for v in _untranslated(value)]
    if isinstance(node, (ast.List, ast.Tuple)):
        return [v for elt in node.elts for v in _untranslated(elt)]
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
        # "literal {0}".format(x) and "literal".upper(): the literal is what shows
        if node.func.attr in ("format", "upper", "lower", "strip", "replace", "join"):
            return _untranslated(node.func.value) + [v for a in node.args for v in _untranslated(a)]
    return []


def _call_name(func: ast.expr) -> tuple[str | None, str]:
    """(receiver class name if a plain Name, called name)."""
    if isinstance(func, ast.Name):
        return None, func.id
    if isinstance(func, ast.Attribute):
        owner = func.value.id if isinstance(func.value, ast.Name) else None
        return owner, func.attr
    return None, ""


def _text_args(call: ast.Call) -> list[ast.expr]:
    owner, name = _call_name(call.func)
    positions: tuple[int, ...] | None
    if owner in _STATIC_TEXT_ARGS and name[:1].islower():
        positions = _STATIC_TEXT_ARGS[owner]
    elif owner is None and name == "QMessageBox":
        positions = (1, 2)
    elif owner is None and name in _TEXT_CONSTRUCTORS:
        positions = None
    elif isinstance(call.func, ast.Attribute) and name in _TEXT_METHODS:
        positions = _TEXT_METHODS[name]
    else:
        return []
    args = call.args if positions is None else [call.args[i] for i in positions if i < len(call.args)]
    text_keywords = {"text", "title", "caption", "filter", "label", "toolTip", "statusTip", "placeholderText"}
    if owner == "QInputDialog":
        text_keywords.discard("text")  # the value pre-filled for the user to edit, not a label
    return args + [k.value for k in call.keywords if k.arg in text_keywords]


def untranslated_literals(source: str, filename: str = "<source>") -> list[str]:
    found = []
    for node in ast.walk(ast.parse(source, filename)):
        if isinstance(node, ast.Call):
            for arg in _text_args(node):
                for text in _untranslated(arg):
                    found.append(f"{filename}:{node.lineno}: {_call_name(node.func)[1]}({text!r})")
    return found


def _gui_sources() -> list[Path]:
    return sorted(p for p in GUI.glob("*.py"))


@pytest.mark.parametrize("path", _gui_sources(), ids=lambda p: p.name)
def test_user_visible_strings_go_through_tr(path):
    found = untranslated_literals(path.read_text(encoding="utf-8"), path.name)
    assert found == [], "wrap these in self.tr()/QCoreApplication.translate():\n" + "\n".join(found)


@pytest.mark.parametrize("snippet", [
    'label = QLabel("Year:")',
    'self.setWindowTitle("Options")',
    'box.addItem("Tiếng Việt", "vi")',
    'QMessageBox.warning(self, self.tr("Error"), "File not found")',
    'button.setToolTip(f"Open {name}")',
    'item.setText("<b>" + "Total" + "</b>")',
    'table.setHorizontalHeaderLabels([self.tr("Code"), "Name"])',
    'menu.addAction("Quit", self.close)',
    'self.statusBar().showMessage("Saved: {0}".format(path), 5000)',
    'QFileDialog.getSaveFileName(self, "Save", str(p), self.tr("Files (*.x)"))',
    'QAction(icon, "&Print", self)',
    'label.setText("Saved %s" % path)',
    'label.setText(f"<b>{n}</b> tasks")',
])
def test_detector_flags_bypassing_literals(snippet):
    assert untranslated_literals(snippet)


@pytest.mark.parametrize("snippet", [
    'label = QLabel(self.tr("Year:"))',
    'self.setWindowTitle("DTI Desk")',
    'box.addItem(self.tr("All units"), None)',
    'QMessageBox.warning(self, translate("Ctx", "Error"), exc.message)',
    'w.setText(f"{a} — {b} — DTI Desk")',
    'item.setText("<b>" + value + "</b>")',
    'cell.setText(" / ")',
    'edit.setText(fmt_date(d))',
    'self.setWindowTitle(self.tr("Backups of {0}").format(name))',
    'QFileDialog.getOpenFileName(self, self.tr("Open"), folder, self.tr("Files (*.dtidesk)"))',
    'settings.setValue("language", "en")',
    'QInputDialog.getText(self, self.tr("Fill"), self.tr("Column:"), text="A")',
    'title.setText(f"<span style=\'font-size:11pt\'><b>{heading}</b></span>"\n'
    '              f" &nbsp;<span style=\'color:{colour}\'><b>{status}</b></span>")',
    'label.setText("<b>" + (fmt_score(x) or "–") + "</b>")',
])
def test_detector_accepts_translated_or_wordless(snippet):
    assert untranslated_literals(snippet) == []


def test_screen_labels_in_vietnamese_are_the_document_words():
    """The window's translatable status/period labels say exactly what documents print (vi installed)."""
    from dtidesk.domain.periods import PERIOD_LABELS
    from dtidesk.domain.periods import period_title as doc_period_title
    from dtidesk.domain.status import OUTCOME_LABELS, STATUS_LABELS
    from dtidesk.gui import labels

    assert labels.status_labels() == STATUS_LABELS
    assert labels.outcome_labels() == OUTCOME_LABELS
    assert labels.period_labels() == PERIOD_LABELS
    assert all(labels.period_title(p, 2023) == doc_period_title(p, 2023) for p in PERIOD_LABELS)


# -- the window speaks the interface language: document vocabulary and formats stay out of it --------
_DOCUMENT_ONLY = {
    "dtidesk.domain.vnformat": {"fmt_number", "fmt_score", "fmt_percent", "fmt_date", "fmt_date_padded"},
    "dtidesk.domain.status": {"STATUS_LABELS", "OUTCOME_LABELS", "OVERDUE_LABEL"},
    "dtidesk.domain.periods": {"PERIOD_LABELS", "period_title"},
}
# Files still showing document words or Vietnamese number formats on screen; to move to gui.labels/locale_format.
_NOT_YET: set[str] = set()


def document_vocabulary_imports(source: str) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.ImportFrom) and node.module:
            module = "dtidesk." + node.module.lstrip(".") if node.level == 2 else node.module
            names = _DOCUMENT_ONLY.get(module, set())
            found += [f"{module}.{a.name}" for a in node.names if a.name in names]
    return found


@pytest.mark.parametrize("path", [
    pytest.param(p, marks=pytest.mark.xfail(reason="not moved yet", strict=False)) if p.name in _NOT_YET else p
    for p in _gui_sources()
], ids=lambda p: p.name)
def test_screen_uses_interface_labels_and_formats(path):
    """Numbers, dates, statuses and periods on screen go through gui.locale_format and gui.labels."""
    if path.name == "locale_format.py":
        return
    assert document_vocabulary_imports(path.read_text(encoding="utf-8")) == []


def test_document_vocabulary_detector():
    assert document_vocabulary_imports("from ..domain.vnformat import fmt_date") == ["dtidesk.domain.vnformat.fmt_date"]
    assert document_vocabulary_imports("from ..domain.status import TaskStatus") == []
    assert document_vocabulary_imports("from .locale_format import fmt_date") == []
