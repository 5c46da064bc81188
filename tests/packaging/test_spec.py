"""build_installer.spec ships every resource, translation and form, leaves unused Qt out, and is windowed."""

from __future__ import annotations

import ast
import sys
import types
from pathlib import Path

import pytest

from .conftest import ROOT


class _Recorder:
    calls: dict[str, tuple] = {}

    def __init__(self, *args, **kwargs):
        type(self).calls[type(self).__name__] = (args, kwargs)
        self.pure, self.scripts = [], []
        # Analysis results as PyInstaller gives them: (name in the build, source, kind).
        self.datas = [("babel/locale-data/fr.dat", "x", "DATA"), ("babel/locale-data/vi.dat", "x", "DATA"),
                      ("PySide6/Qt/translations/qtbase_de.qm", "x", "DATA"),
                      ("PySide6/Qt/translations/qtbase_vi.qm", "x", "DATA")]
        self.binaries = [("PySide6/Qt/lib/libQt6Quick.so.6", "x", "BINARY"),
                         ("PySide6/Qt/lib/libQt6Widgets.so.6", "x", "BINARY"),
                         ("PySide6/opengl32sw.dll", "x", "BINARY")]


@pytest.fixture(scope="module")
def spec_run(tmp_path_factory):
    """Execute the spec with stand-ins for PyInstaller's build classes; returns their recorded arguments."""
    names = ["Analysis", "PYZ", "EXE", "COLLECT"]
    classes = {n: type(n, (_Recorder,), {}) for n in names}
    _Recorder.calls = {}
    hooks = types.ModuleType("PyInstaller.utils.hooks")
    hooks.collect_data_files = lambda pkg: [(f"/site/{pkg}/data.txt", pkg)]
    fake = {"PyInstaller": types.ModuleType("PyInstaller"), "PyInstaller.utils": types.ModuleType("PyInstaller.utils"),
            "PyInstaller.utils.hooks": hooks}
    saved = {k: sys.modules.get(k) for k in fake}
    sys.modules.update(fake)
    work = tmp_path_factory.mktemp("work")
    try:
        code = compile((ROOT / "build_installer.spec").read_text(encoding="utf-8"), "build_installer.spec", "exec")
        ns = {"SPECPATH": str(ROOT), "workpath": str(work), "__name__": "__main__", **classes}
        exec(code, ns)
    finally:
        for k, v in saved.items():
            if v is None:
                sys.modules.pop(k, None)
            else:
                sys.modules[k] = v
    return {n: classes[n].calls[n] for n in names} | {"ns": ns, "work": work}


def test_every_resource_and_translation_is_shipped(spec_run):
    _, kw = spec_run["Analysis"]
    shipped = {(Path(src).resolve(), dest) for src, dest in kw["datas"]}
    for p in (ROOT / "resources").rglob("*"):
        if p.is_file() and "__pycache__" not in p.parts:
            assert (p.resolve(), p.parent.relative_to(ROOT).as_posix()) in shipped, p
    qm = list((ROOT / "i18n").glob("*.qm"))
    assert {"dtidesk_vi.qm", "dtidesk_en.qm"} <= {p.name for p in qm}
    for p in qm:
        assert (p.resolve(), "i18n") in shipped
    assert not any(Path(src).suffix == ".ts" for src, _ in kw["datas"]), "sources of translations stay out"
    # Data of the runtime libraries (python-docx's templates) through PyInstaller's collect_data_files.
    assert ("/site/docx/data.txt", "docx") in kw["datas"]


def test_forms_entry_and_qt_modules(spec_run, spec_data):
    args, kw = spec_run["Analysis"]
    assert Path(args[0][0]) == ROOT / "installer" / "entry.py"
    assert kw["hiddenimports"] == [f"dtidesk.gui.forms.ui_{p.stem}" for p in sorted((ROOT / "ui").glob("*.ui"))]
    for mod in kw["hiddenimports"]:
        assert (ROOT / Path(*mod.split("."))).with_suffix(".py").is_file(), f"{mod}: run scripts/build_ui.sh"
    excluded = set(kw["excludes"])
    assert {"PySide6.QtWebEngineCore", "PySide6.QtWebEngineWidgets", "PySide6.QtQuick", "PySide6.QtQml"} <= excluded
    used = spec_data.qt_modules_imported()
    assert {"QtCore", "QtGui", "QtWidgets"} <= used
    assert used <= spec_data.QT_KEEP, "a Qt module the code imports would be left out of the build"
    assert not {f"PySide6.{m}" for m in used} & excluded


def test_trims_applied_after_analysis(spec_run):
    a = spec_run["ns"]["a"]
    assert [d[0] for d in a.datas] == ["babel/locale-data/vi.dat", "PySide6/Qt/translations/qtbase_vi.qm"]
    assert [b[0] for b in a.binaries] == ["PySide6/Qt/lib/libQt6Widgets.so.6"]


def test_windowed_one_folder_without_upx(spec_run, spec_data):
    args, exe = spec_run["EXE"]
    assert exe["console"] is False and exe["upx"] is False and exe["exclude_binaries"] is True
    assert exe["name"] == spec_data.EXE_NAME == "DTIDesk"
    assert Path(exe["icon"]) == ROOT / "resources" / "icons" / "dtidesk.ico" and Path(exe["icon"]).is_file()
    cargs, coll = spec_run["COLLECT"]
    assert coll["upx"] is False and coll["name"] == spec_data.EXE_NAME
    assert (spec_run["work"] / "file_version_info.txt").is_file()


def test_version_resource_from_the_package_version(spec_data):
    import dtidesk

    version = spec_data.project_version()
    assert version == dtidesk.__version__
    tree = ast.parse(spec_data.version_info_text(version), mode="eval")
    calls = {n.func.id: n for n in ast.walk(tree) if isinstance(n, ast.Call)}
    assert tree.body.func.id == "VSVersionInfo"
    ffi = {k.arg: ast.literal_eval(k.value) for k in calls["FixedFileInfo"].keywords}
    assert ffi["filevers"] == ffi["prodvers"] == spec_data.version_tuple(version)
    strings = {ast.literal_eval(n.args[0]): ast.literal_eval(n.args[1]) for n in ast.walk(tree)
               if isinstance(n, ast.Call) and n.func.id == "StringStruct"}
    assert strings["FileVersion"] == strings["ProductVersion"] == version
    assert strings["OriginalFilename"] == "DTIDesk.exe"
    assert spec_data.version_tuple("1.2.3rc1") == (1, 2, 3, 0)
    assert spec_data.version_tuple("2.0") == (2, 0, 0, 0)
