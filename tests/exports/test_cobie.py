"""``fmdesk cobie`` writes all 20 COBie 2.4 sheets, read back with openpyxl."""

from __future__ import annotations

from pathlib import Path

import ifcopenshell
import openpyxl
import pytest

from fmdesk.cli import main
from fmdesk.exports.cobie_sheets import COLOURS, SHEETS
from tests.conftest import SAMPLES

SAMPLE = SAMPLES / "sample_residential_ifc4.ifc"


@pytest.fixture(scope="module")
def workbook(tmp_path_factory: pytest.TempPathFactory) -> openpyxl.Workbook:
    out = tmp_path_factory.mktemp("cobie") / "sample_cobie.xlsx"
    db = tmp_path_factory.mktemp("cobie_db") / "records.sqlite3"
    assert main(["cobie", str(SAMPLE), "--out", str(out), "--db", f"sqlite:///{db}"]) == 0
    return openpyxl.load_workbook(out)


def rows(book: openpyxl.Workbook, sheet: str) -> list[dict[str, object]]:
    values = list(book[sheet].iter_rows(values_only=True))
    header = values[0]
    return [dict(zip(header, row, strict=True)) for row in values[1:]]


def test_all_twenty_sheets_in_cobie_order(workbook: openpyxl.Workbook) -> None:
    assert workbook.sheetnames == list(SHEETS)
    assert len(workbook.sheetnames) == 20


@pytest.mark.parametrize("sheet", ["Component", "System", "Space", "Job", "Connection"])
def test_main_sheets_are_filled(workbook: openpyxl.Workbook, sheet: str) -> None:
    assert len(rows(workbook, sheet)) > 0


def test_components_reference_types_and_spaces(workbook: openpyxl.Workbook) -> None:
    types = {r["Name"] for r in rows(workbook, "Type")}
    spaces = {r["Name"] for r in rows(workbook, "Space")} | {
        r["Name"] for r in rows(workbook, "Floor")
    }
    components = rows(workbook, "Component")
    pump = next(r for r in components if r["AssetIdentifier"] == "SB-01")
    assert pump["SerialNumber"] and pump["InstallationDate"] == "2019-06-30"
    assert all(r["TypeName"] in types for r in components)
    assert sum(1 for r in components if r["Space"] in spaces) >= 0.9 * len(components)
    names = [r["Name"] for r in components]
    assert len(names) == len(set(names))


def test_connections_link_components(workbook: openpyxl.Workbook) -> None:
    components = {r["Name"] for r in rows(workbook, "Component")}
    for row in rows(workbook, "Connection"):
        assert row["RowName1"] in components and row["RowName2"] in components


def test_jobs_come_from_the_maintenance_library(workbook: openpyxl.Workbook) -> None:
    jobs = rows(workbook, "Job")
    types = {r["Name"] for r in rows(workbook, "Type")}
    resources = {r["Name"] for r in rows(workbook, "Resource")}
    assert all(j["TypeName"] in types and j["Frequency"] for j in jobs)
    assert all(j["ResourceNames"] in resources for j in jobs if j["ResourceNames"])


def test_headers_carry_the_cobie_colours(workbook: openpyxl.Workbook) -> None:
    header = {cell.value: cell.fill.fgColor.rgb[-6:] for cell in workbook["Component"][1]}
    assert header["Name"] == COLOURS["required"]
    assert header["TypeName"] == COLOURS["reference"]
    assert header["ExtIdentifier"] == COLOURS["external"]
    assert header["SerialNumber"] == COLOURS["optional"]


def test_model_text_never_becomes_a_formula(tmp_path: Path) -> None:
    model = ifcopenshell.open(str(SAMPLE))
    pump = model.by_type("IfcPump")[0]
    pump.Name = '=HYPERLINK("http://example.invalid","x")'
    model.by_type("IfcPump")[1].Name = "+1-2@危险\t名"
    source = tmp_path / "formula.ifc"
    model.write(str(source))
    out = tmp_path / "formula.xlsx"
    assert (
        main(["cobie", str(source), "--out", str(out), "--db", f"sqlite:///{tmp_path}/r.db"]) == 0
    )
    sheet = openpyxl.load_workbook(out)["Component"]
    cells = [c for row in sheet.iter_rows(min_row=2) for c in row if isinstance(c.value, str)]
    dangerous = [c for c in cells if c.value.startswith(("=", "+", "-", "@", "\t", "\r"))]
    assert any(c.value.startswith("=HYPERLINK") for c in dangerous)
    assert all(c.data_type == "s" for c in dangerous)


def test_a_non_xlsx_target_is_bad_input(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["cobie", str(SAMPLE), "--out", str(tmp_path / "x.csv")]) == 2
    assert capsys.readouterr().err.count("\n") == 1
