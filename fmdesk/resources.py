"""Where the data files shipped with fmdesk live (the repository's ``resources/`` folder).

Maintenance tables, inspection templates and UI translations are read from one place so a
packaged build only has to move this folder and change one line.
"""

from __future__ import annotations

from pathlib import Path

__all__ = ["RESOURCES_DIR", "resource_path"]

RESOURCES_DIR = Path(__file__).resolve().parents[1] / "resources"


def resource_path(*parts: str) -> Path:
    """The path of a shipped resource (it may not exist).

    >>> resource_path("maintenance").name
    'maintenance'
    """
    return RESOURCES_DIR.joinpath(*parts)
