"""The installer's files agree with the package (the bundle itself is checked by
`make installer-check`, which builds it: minutes, so not part of `make test`)."""

from __future__ import annotations

import configparser
import re
import tomllib
from pathlib import Path

import fmdesk

REPO = Path(__file__).resolve().parents[1]
INSTALLER = REPO / "installer"


def test_pyinstaller_stays_out_of_the_product_environment() -> None:
    """PyInstaller (GPL with the bootloader exception) is installed only into the installer's
    own build environment, never by the package's dependencies or extras (the product's .venv
    holds no GPL package)."""
    project = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    declared = [*project["dependencies"]]
    for extra in project.get("optional-dependencies", {}).values():
        declared += extra
    assert not any("pyinstaller" in dep.lower() for dep in declared)
    build = (INSTALLER / "build-requirements.txt").read_text(encoding="utf-8")
    assert re.search(r"^pyinstaller>=", build, re.MULTILINE)
    makefile = (REPO / "Makefile").read_text(encoding="utf-8")
    assert "build/installer-venv" in makefile and "[installer]" not in makefile


def test_spec_carries_the_folders_the_app_reads_as_files() -> None:
    spec = (INSTALLER / "fmdesk.spec").read_text(encoding="utf-8")
    for folder in ('"resources"', '"migrations"', '"icons"'):
        assert folder in spec
    assert (REPO / "resources" / "translations" / "fmdesk_zh_CN.qm").is_file()
    assert (REPO / "fmdesk" / "records" / "migrations" / "env.py").is_file()
    assert 'collect_submodules("fmdesk"' in spec  # commands are imported by name


def test_desktop_entry_and_deb_control_name_the_command_and_icon() -> None:
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # keep Name[zh_CN]
    entry.read(INSTALLER / "linux" / "fmdesk.desktop", encoding="utf-8")
    desktop = entry["Desktop Entry"]
    assert desktop["Exec"].split()[:2] == ["fmdesk", "gui"] and desktop["Icon"] == "fmdesk"
    assert desktop["Name[zh_CN]"] and desktop["Type"] == "Application"
    control = (INSTALLER / "linux" / "control.in").read_text(encoding="utf-8")
    assert re.search(r"^Package: fmdesk$", control, re.M)
    assert "fonts-noto-cjk" in control  # Chinese text: the system's Noto Sans CJK
    build = (INSTALLER / "build.sh").read_text(encoding="utf-8")
    assert "usr/share/applications/fmdesk.desktop" in build and "hicolor/256x256" in build
    assert (INSTALLER / "icons" / "fmdesk.png").stat().st_size > 500


def test_windows_installer_has_the_package_version_and_the_icon() -> None:
    iss = (INSTALLER / "windows" / "fmdesk.iss").read_text(encoding="utf-8")
    assert f'#define AppVersion "{fmdesk.__version__}"' in iss
    assert (INSTALLER / "icons" / "fmdesk.ico").is_file()
    assert "fmdeskw.exe" in iss and '"fmdeskw"' in (INSTALLER / "fmdesk.spec").read_text()
