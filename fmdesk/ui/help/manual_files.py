"""Where the user manual's Markdown files are, in a checkout, an installed wheel or a frozen
build (Qt-free, so the CLI and the tests can find it too).

The manual is written in ``docs/manual/<language>/NN-topic.md`` (``zh_CN`` first, ``en`` too).
A wheel installs it as data files under ``<prefix>/share/fmdesk/manual`` (``pyproject.toml``,
``[tool.setuptools.data-files]``); a PyInstaller build puts it under ``docs/manual`` next to
the executable's bundle; ``FMDESK_MANUAL_DIR`` overrides all of them.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path

from fmdesk.resources import RESOURCES_DIR

__all__ = ["ManualPage", "manual_dir", "manual_pages"]


@dataclass(frozen=True)
class ManualPage:
    """One chapter: its file and its title (the first ``#`` heading)."""

    path: Path
    title: str


def _candidates() -> list[Path]:
    found = []
    if os.environ.get("FMDESK_MANUAL_DIR"):
        found.append(Path(os.environ["FMDESK_MANUAL_DIR"]))
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        found.append(Path(bundle) / "docs" / "manual")
    found += [
        RESOURCES_DIR.parent / "docs" / "manual",
        Path(sys.prefix) / "share" / "fmdesk" / "manual",
        Path(sys.base_prefix) / "share" / "fmdesk" / "manual",
    ]
    return found


def manual_dir() -> Path | None:
    """The first folder holding the manual (a ``zh_CN`` sub-folder), or None."""
    for candidate in _candidates():
        if (candidate / "zh_CN").is_dir():
            return candidate
    return None


def manual_pages(language: str) -> list[ManualPage]:
    """The chapters in ``language`` (``zh_CN`` or ``en``; Chinese when the language has none),
    in file-name order."""
    root = manual_dir()
    if root is None:
        return []
    folder = root / ("en" if language.startswith("en") else "zh_CN")
    if not folder.is_dir():
        folder = root / "zh_CN"
    pages = []
    for path in sorted(folder.glob("*.md")):
        pages.append(ManualPage(path, _title(path)))
    return pages


def _title(path: Path) -> str:
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("# "):
            return line[2:].strip()
    return path.stem
