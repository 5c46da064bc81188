"""installer/dtidesk.iss: wraps the folder the spec produces, per user, with the package's version."""

from __future__ import annotations

import re

import pytest

from dtidesk import FILE_SUFFIX

from .conftest import ROOT

ISS = ROOT / "installer" / "dtidesk.iss"


@pytest.fixture(scope="module")
def iss() -> str:
    raw = ISS.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf"), "Inno Setup reads Vietnamese text correctly from UTF-8 with a BOM"
    return raw.decode("utf-8-sig")


def _define(iss: str, name: str) -> str:
    m = re.search(rf'^\s*#define {name} "([^"]*)"', iss, re.MULTILINE)
    assert m, name
    return m.group(1)


def test_version_and_build_folder(iss, spec_data):
    assert _define(iss, "AppVersion") == spec_data.project_version()
    assert _define(iss, "DistDir") == rf"..\dist\{spec_data.EXE_NAME}"
    assert _define(iss, "ExeName") == f"{spec_data.EXE_NAME}.exe"
    assert "AppVersion={#AppVersion}" in iss and "VersionInfoVersion={#AppVersion}" in iss
    icon = re.search(r"^SetupIconFile=(.+)$", iss, re.MULTILINE).group(1)
    assert (ISS.parent / icon.replace("\\", "/")).resolve() == (ROOT / spec_data.ICON_ICO).resolve()


def test_per_user_without_administrator(iss):
    assert re.search(r"^PrivilegesRequired=lowest$", iss, re.MULTILINE)
    assert re.search(r"^DefaultDirName=\{autopf\}\\", iss, re.MULTILINE)
    assert re.search(r"^AppId=\{\{[0-9A-F-]{36}\}$", iss, re.MULTILINE)
    assert re.search(r'^Source: "\{#DistDir\}\\\*"; DestDir: "\{app\}"; .*recursesubdirs', iss, re.MULTILINE)
    assert re.search(r'^Name: "\{autoprograms\}\\\{#AppName\}"; Filename: "\{app\}\\\{#ExeName\}"$', iss,
                     re.MULTILINE)


def test_file_association_in_hkcu(iss):
    registry = [ln for ln in iss.splitlines() if ln.startswith("Root:")]
    assert registry and all(ln.startswith('Root: HKCU; Subkey: "Software\\Classes\\') for ln in registry)
    assert any(f'Classes\\{FILE_SUFFIX}";' in ln and 'ValueData: "DTIDesk.File"' in ln for ln in registry)
    assert any('shell\\open\\command' in ln and '"""{app}\\{#ExeName}"" ""%1"""' in ln for ln in registry)
    assert "ChangesAssociations=yes" in iss


def test_languages(iss):
    # Vietnamese first when the compiler has the (unofficial) file; English always, as the fallback.
    assert '#define Vietnamese FileExists(CompilerPath + "Languages\\Vietnamese.isl")' in iss
    langs = iss.split("[Languages]")[1].split("[CustomMessages]")[0]
    assert langs.index('"vietnamese"') < langs.index('"english"')
    assert 'MessagesFile: "compiler:Default.isl"' in langs
    assert "vietnamese.FileTypeName=Tệp dữ liệu DTI Desk" in iss
