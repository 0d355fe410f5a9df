"""Where the maintenance reference tables live, and how their commented CSV is read.

The tables are data (``resources/maintenance/*.csv``), editable by the department; each keeps a
``source`` or ``basis`` column so a number on a plan can always be traced to where it came from.
A department imports its own edited copy (``fmdesk tasks import``); it is kept in the user's
config folder and used instead of the bundled table from then on.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

from fmdesk.errors import UserError
from fmdesk.resources import RESOURCES_DIR
from fmdesk.safe_cells import unescape_text

RESOURCES = RESOURCES_DIR / "maintenance"


class ReferenceDataError(UserError):
    """A reference table (task library, service lives, costs, teams) cannot be read."""


def resource_path(name: str) -> Path:
    """The table in use: the department's imported copy if there is one, else the bundled one.

    >>> resource_path("tasks.csv").name
    'tasks.csv'
    """
    own = user_resource_path(name)
    return own if own.exists() else RESOURCES / name


def bundled_path(name: str) -> Path:
    """The table shipped with fmdesk (``resources/maintenance``)."""
    return RESOURCES / name


def user_resource_path(name: str) -> Path:
    """Where an imported table is kept (per user, beside the settings)."""
    from fmdesk.settings import config_dir

    return config_dir() / "maintenance" / name


def read_table(path: Path) -> list[dict[str, str]]:
    """Rows of a UTF-8 CSV whose ``#`` lines are comments; cells are stripped strings.

    >>> read_table(resource_path("teams.csv"))[0]["team"]
    '水工班'
    """
    try:
        text = path.read_text(encoding="utf-8-sig")
    except OSError as error:
        raise ReferenceDataError(f"无法读取 {path}: {error.strerror}；请检查路径。") from None
    lines = [line for line in text.splitlines() if line.strip() and not line.startswith("#")]
    if not lines:
        raise ReferenceDataError(f"{path} 没有表头；请参照 resources/maintenance 中的同名文件。")
    reader = csv.DictReader(io.StringIO("\n".join(lines)))
    return [
        {k.strip(): unescape_text((v or "").strip()) for k, v in row.items() if k} for row in reader
    ]


def comment_header(path: Path) -> list[str]:
    """The ``#`` lines at the top of a table (kept when the table is exported again)."""
    try:
        lines = path.read_text(encoding="utf-8-sig").splitlines()
    except OSError:
        return []
    header = []
    for line in lines:
        if not line.startswith("#"):
            break
        header.append(line)
    return header
