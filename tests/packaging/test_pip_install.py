"""`pip install .` (not editable) into a fresh virtual environment gives a `dtidesk` and `dtidesk-cli` that work."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest

from .conftest import ROOT, needs_build_opt_in

# What a wheel is built from (pyproject's package-dir and readme); the rest of the checkout stays behind.
SOURCES = ("pyproject.toml", "README.md", "dtidesk", "resources", "i18n")


def _copy_checkout(dest: Path) -> Path:
    """A copy, so that the in-tree build's build/ and egg-info never land in the work tree."""
    dest.mkdir()
    for name in SOURCES:
        src = ROOT / name
        if src.is_dir():
            shutil.copytree(src, dest / name, ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
        else:
            shutil.copy2(src, dest / name)
    return dest


def _bin(venv: Path, name: str) -> Path:
    return venv / ("Scripts" if os.name == "nt" else "bin") / (name + (".exe" if os.name == "nt" else ""))


def _venv(path: Path, *, with_pip: bool) -> Path:
    cmd = [sys.executable, "-m", "venv", str(path)] + ([] if with_pip else ["--without-pip"])
    subprocess.run(cmd, check=True, capture_output=True, timeout=300)
    return path


def _site_packages(venv: Path) -> Path:
    py = _bin(venv, "python")
    out = subprocess.run([str(py), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                         check=True, capture_output=True, text=True).stdout.strip()
    return Path(out)


def _check_installed(venv: Path, tmp_path: Path) -> None:
    site = _site_packages(venv)
    installed = site / "dtidesk"
    assert not list(site.glob("__editable__*")) and not list(site.glob("*.egg-link")), "not an editable install"
    # Every resource and compiled translation is inside the installed package.
    for p in (ROOT / "resources").rglob("*"):
        if p.is_file() and "__pycache__" not in p.parts:
            assert (installed / "_resources" / p.relative_to(ROOT / "resources")).is_file(), p
    for p in (ROOT / "i18n").glob("*.qm"):
        assert (installed / "_i18n" / p.name).is_file(), p

    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path), "XDG_CONFIG_HOME": str(tmp_path),
           "DTIDESK_BACKUP_DIR": str(tmp_path / "backups"), "PYTHONPATH": ""}
    for cmd in ([_bin(venv, "dtidesk-cli"), "selftest"], [_bin(venv, "dtidesk"), "--selftest"]):
        r = subprocess.run([str(c) for c in cmd], cwd=tmp_path, env=env, capture_output=True, text=True,
                           encoding="utf-8", timeout=300)
        assert r.returncode == 0, r.stdout + r.stderr
        assert f"tại {installed}" in r.stdout, "resources found inside the installed package, not the checkout"
        assert "Tự kiểm tra đạt" in r.stdout
    assert "[6/6] ✓ Dựng được cửa sổ chính" in r.stdout


@pytest.mark.slow
def test_pip_install_with_lent_dependencies(tmp_path):
    """The same `pip install .` (setuptools and wheel in pip's isolated build environment) with the runtime
    dependencies lent from the running environment instead of downloaded: a .pth line after the new
    environment's own site-packages, so the freshly installed dtidesk comes first on sys.path."""
    venv = _venv(tmp_path / "venv", with_pip=False)
    site = _site_packages(venv)
    (site / "zz_borrowed_dependencies.pth").write_text(sysconfig.get_paths()["purelib"] + "\n", encoding="utf-8")
    src = _copy_checkout(tmp_path / "src")
    r = subprocess.run([sys.executable, "-m", "pip", "--python", str(_bin(venv, "python")), "install", "-q",
                        "--no-deps", str(src)],
                       capture_output=True, text=True, timeout=600)
    assert r.returncode == 0, r.stdout + r.stderr
    _check_installed(venv, tmp_path)


@pytest.mark.slow
@needs_build_opt_in
def test_pip_install_into_a_fresh_environment(tmp_path):
    """Exactly what a developer types: a new venv, `pip install .` with its dependencies from the index."""
    venv = _venv(tmp_path / "venv", with_pip=True)
    src = _copy_checkout(tmp_path / "src")
    r = subprocess.run([str(_bin(venv, "python")), "-m", "pip", "install", "-q", str(src)], capture_output=True,
                       text=True, timeout=1800)
    assert r.returncode == 0, r.stdout + r.stderr
    _check_installed(venv, tmp_path)
