"""The functional core must stay usable without Qt: only fmdesk/ui may import PySide6/pyvistaqt."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "fmdesk"
QT_MODULES = ("PySide6", "pyvistaqt", "shiboken6")


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def qt_imports_outside_ui() -> list[str]:
    offenders = []
    for path in sorted(PACKAGE.rglob("*.py")):
        relative = path.relative_to(PACKAGE)
        if relative.parts[0] == "ui":
            continue
        for name in imported_modules(path):
            if name.split(".")[0] in QT_MODULES:
                offenders.append(f"{relative}: {name}")
    return offenders


def test_nothing_outside_ui_imports_qt() -> None:
    assert qt_imports_outside_ui() == []


def test_the_check_detects_a_qt_import(tmp_path: Path) -> None:
    module = tmp_path / "bad.py"
    module.write_text("from PySide6.QtWidgets import QWidget\nimport pyvistaqt\n", encoding="utf-8")
    assert imported_modules(module) == {"PySide6.QtWidgets", "pyvistaqt"}
