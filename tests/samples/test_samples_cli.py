"""``fmdesk samples`` on the command line: good and bad arguments."""

from __future__ import annotations

import json
from pathlib import Path

import ifcopenshell
import pytest

from fmdesk.cli import main


def _exit_code(argv: list[str]) -> int:
    """argparse errors leave through SystemExit; every other bad input returns 2."""
    try:
        return main(argv)
    except SystemExit as stop:
        return int(stop.code or 0)


@pytest.mark.parametrize(
    "args",
    [
        ["--storeys", "0"],
        ["--units-per-storey", "-1"],
        ["--schema", "IFC5"],
        ["--storeys", "many"],
    ],
)
def test_bad_arguments_exit_2_with_one_line(args: list[str], capsys, tmp_path: Path) -> None:
    assert _exit_code(["samples", *args, "--out", str(tmp_path)]) == 2
    captured = capsys.readouterr()
    assert len(captured.err.strip().splitlines()) == 1
    assert list(tmp_path.iterdir()) == []


def test_output_path_that_is_a_file_is_bad_input(capsys, tmp_path: Path) -> None:
    target = tmp_path / "not_a_folder"
    target.write_text("x")
    assert main(["samples", "--storeys", "1", "--out", str(target)]) == 2
    assert "folder" in capsys.readouterr().err


def test_json_lists_written_file_and_counts(capsys, tmp_path: Path) -> None:
    code = main(
        ["samples", "--storeys", "1", "--units-per-storey", "2", "--schema", "IFC2X3",
         "--out", str(tmp_path), "--json"]
    )  # fmt: skip
    assert code == 0
    (item,) = json.loads(capsys.readouterr().out)["files"]
    path = Path(item["path"])
    assert path == tmp_path / "residential_1x2_ifc2x3.ifc"
    assert item["flats"] == 2 and item["schema"] == "IFC2X3"
    model = ifcopenshell.open(str(path))
    assert item["elements"] == len(model.by_type("IfcElement"))
    assert item["port_connections"] == len(model.by_type("IfcRelConnectsPorts"))
