"""What the frozen build ships, read from the project: data files, forms, Qt modules, version resource."""

from __future__ import annotations

import ast
import re
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
APP_NAME = "DTI Desk"
EXE_NAME = "DTIDesk"  # the folder in dist/ and the .exe inside it; installer/dtidesk.iss uses the same
ICON_ICO = "resources/icons/dtidesk.ico"

# The PySide6 modules dtidesk imports (tests/packaging checks this against the code). The C++ libraries they
# link (Qt6OpenGL, Qt6Network…) are still collected; only their unused Python bindings are left out.
QT_KEEP = frozenset({"QtCore", "QtGui", "QtWidgets", "QtCharts", "QtPdf", "QtPdfWidgets", "QtPrintSupport"})

# Interface languages (dtidesk/gui/i18n.py): Qt's translations and babel's locale data for these only.
QT_LANGUAGES = ("vi", "en")
BABEL_LOCALES = frozenset({"root", "vi", "vi_VN", "en", "en_US"})
# The Qt libraries only the virtual-keyboard input plugin brings in (Qt Quick/QML): we ship no QML.
QML_LIBRARIES = re.compile(r"^(lib)?Qt6(Quick|Qml|VirtualKeyboard|QuickTemplates2|QuickControls2)\w*\.(so(\.\d+)*|dll)$")


def project_version(root: Path = ROOT) -> str:
    return tomllib.loads((root / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]


def data_files(root: Path = ROOT) -> list[tuple[str, str]]:
    """(source file, folder in the build) for every file under resources/ and every compiled translation."""
    out = []
    for p in sorted((root / "resources").rglob("*")):
        if p.is_file() and "__pycache__" not in p.parts:
            out.append((str(p), str(p.parent.relative_to(root).as_posix())))
    out += [(str(p), "i18n") for p in sorted((root / "i18n").glob("*.qm"))]
    return out


def runtime_packages(root: Path = ROOT) -> list[str]:
    """Import names of the pyproject dependencies whose data files load at run time (python-docx's
    templates, reportlab's fonts…); PySide6 is left to PyInstaller's own Qt hooks."""
    from importlib.metadata import packages_distributions

    deps = tomllib.loads((root / "pyproject.toml").read_text(encoding="utf-8"))["project"]["dependencies"]
    wanted = {re.split(r"[<>=!~ ;\[]", d, maxsplit=1)[0].lower().replace("_", "-") for d in deps} - {"pyside6"}
    return sorted(mod for mod, dists in packages_distributions().items()
                  if "/" not in mod and any(d.lower().replace("_", "-") in wanted for d in dists))


def form_modules(root: Path = ROOT) -> list[str]:
    """The compiled form of every ui/*.ui (STYLE 6: forms ship as code, never loaded from .ui at run time)."""
    return [f"dtidesk.gui.forms.ui_{p.stem}" for p in sorted((root / "ui").glob("*.ui"))]


def qt_modules_imported(root: Path = ROOT) -> set[str]:
    """Every `PySide6.X` the package imports anywhere (module level or inside functions)."""
    found = set()
    for path in (root / "dtidesk").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                names = [node.module]
            found.update(n.split(".")[1] for n in names if n.startswith("PySide6.") and n.count(".") >= 1)
    return found


def excluded_modules(available: list[str]) -> list[str]:
    """Every installed PySide6 module outside QT_KEEP (WebEngine, Quick, 3D, Multimedia…), plus tkinter."""
    return sorted(f"PySide6.{m}" for m in available if m not in QT_KEEP) + ["tkinter", "PyQt5", "PyQt6"]


_QT_TRANSLATION = re.compile(r"^[a-z_]+?_([a-z]{2})(_[A-Z]{2})?\.qm$")


def keep_data(dest: str) -> bool:
    """Drop Qt translations and babel locale data for languages the program does not offer (~35 MB)."""
    parts = Path(dest).parts
    if parts[:2] == ("babel", "locale-data"):
        return Path(dest).stem in BABEL_LOCALES
    if "translations" in parts and "Qt" in parts:
        m = _QT_TRANSLATION.match(parts[-1])
        return m is None or m.group(1) in QT_LANGUAGES
    return True


# Libraries nothing of ours loads: Windows' software OpenGL renderer (for Qt Quick), and the virtual
# keyboard input plugin (a touch-screen keyboard written in QML). The ibus and compose input plugins stay:
# Vietnamese is typed through them on Linux.
UNUSED_BINARIES = frozenset({"opengl32sw.dll", "libqtvirtualkeyboardplugin.so", "qtvirtualkeyboardplugin.dll"})


def keep_binary(dest: str) -> bool:
    name = Path(dest).name
    return name.lower() not in UNUSED_BINARIES and not QML_LIBRARIES.match(name)


def version_tuple(version: str) -> tuple[int, int, int, int]:
    nums = [int(re.match(r"\d+", part).group()) for part in version.split(".")[:4] if re.match(r"\d+", part)]
    return tuple((nums + [0, 0, 0, 0])[:4])  # type: ignore[return-value]


def version_info_text(version: str) -> str:
    """PyInstaller's text form of a Windows VS_VERSIONINFO resource (evaluated by PyInstaller on Windows)."""
    vt = version_tuple(version)
    strings = {
        "CompanyName": "DTI Desk",
        "FileDescription": APP_NAME,
        "FileVersion": version,
        "InternalName": EXE_NAME,
        "LegalCopyright": "MIT License",
        "OriginalFilename": f"{EXE_NAME}.exe",
        "ProductName": APP_NAME,
        "ProductVersion": version,
    }
    structs = ",\n          ".join(f"StringStruct({k!r}, {v!r})" for k, v in strings.items())
    # 0x042A = Vietnamese, 1200 = Unicode (UTF-16) code page.
    return (
        "VSVersionInfo(\n"
        f"  ffi=FixedFileInfo(filevers={vt!r}, prodvers={vt!r}, mask=0x3f, flags=0x0, OS=0x40004,\n"
        "                    fileType=0x1, subtype=0x0, date=(0, 0)),\n"
        "  kids=[\n"
        "    StringFileInfo([\n"
        "      StringTable('042A04B0', [\n"
        f"          {structs}])]),\n"
        "    VarFileInfo([VarStruct('Translation', [0x042A, 1200])])])\n"
    )


def write_version_file(folder: Path, version: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "file_version_info.txt"
    path.write_text(version_info_text(version), encoding="utf-8")
    return path
