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


REPO = PACKAGE.parent
MAX_LINES = 500
OVERSIZED_ELSEWHERE = {
    # Split by the branch that owns each file; remove the line when it lands on main.
    "samples/writer.py": "issue16 (operations)",
}


def oversized_modules() -> dict[str, int]:
    """Modules over 500 lines, migrations excepted."""
    found = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        relative = path.relative_to(PACKAGE).as_posix()
        if "/migrations/" in f"/{relative}":
            continue
        lines = len(path.read_text(encoding="utf-8").splitlines())
        if lines > MAX_LINES:
            found[relative] = lines
    return found


def test_no_module_is_over_500_lines() -> None:
    over = {k: v for k, v in oversized_modules().items() if k not in OVERSIZED_ELSEWHERE}
    assert over == {}, "split these by responsibility, with names that say it"


def test_no_developer_tool_ships_inside_the_package() -> None:
    tools = [
        p.relative_to(PACKAGE).as_posix()
        for p in PACKAGE.rglob("*.py")
        if p.stem.startswith(("screenshot", "stall", "benchmark"))
    ]
    assert tools == []


def test_tests_use_no_absolute_paths() -> None:
    """Tests find real files relative to the repository (``samples_dir``, ``shared_dir``)."""
    offenders = []
    for path in sorted((REPO / "tests").rglob("*.py")):
        if path.name == "test_architecture.py":
            continue
        text = path.read_text(encoding="utf-8")
        for marker in ('"/work/', "'/work/", '"/home/', '"/tmp/', "'/tmp/", '"C:\\\\'):
            if marker in text:
                offenders.append(f"{path.relative_to(REPO)}: {marker}")
    assert offenders == []


def test_only_the_command_modules_and_the_shell_import_the_bootstrap() -> None:
    """The composition root is used by the shells (cli/commands, ui), never by the core."""
    offenders = []
    for path in sorted(PACKAGE.rglob("*.py")):
        relative = path.relative_to(PACKAGE)
        if relative.parts[0] in ("ui", "commands", "bootstrap.py"):
            continue
        if "fmdesk.bootstrap" in imported_modules(path):
            offenders.append(relative.as_posix())
    assert offenders == []
