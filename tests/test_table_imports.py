"""Every module that maps tables can be imported first, by itself, in a fresh interpreter.

``records/models.py`` imports each feature's tables at its end, so a program that starts from a
feature's table module (a command importing a constant next to its tables) goes round the
circle once; importing names from a half-initialised module there crashed ``fmdesk contractors``.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "fmdesk"
TABLE_MODULES = sorted(
    ".".join(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    for path in PACKAGE.rglob("*tables.py")
    if "migrations" not in path.parts
)


def test_table_modules_are_found() -> None:
    assert "fmdesk.operations.contract_tables" in TABLE_MODULES
    assert len(TABLE_MODULES) >= 8


@pytest.mark.parametrize("module", TABLE_MODULES)
def test_a_table_module_imports_first(module: str) -> None:
    code = f"import {module}; import fmdesk.records.models as m; print(len(m.Base.metadata.tables))"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr[-2000:]
    assert int(done.stdout) > 20
