"""No cell of any workbook or CSV file fmdesk writes can become a formula (OWASP rule).

A model whose element names are ``=HYPERLINK(…)`` and ``=1+1 漏水``, and a task library with
such names, go through every exporter; each file is read back (openpyxl, csv) and searched for a
formula cell or an unguarded ``= + - @`` / tab / CR at the start of a text.
"""

from __future__ import annotations

import csv
import shutil
from pathlib import Path

import ifcopenshell
import openpyxl
import pytest

from fmdesk.cli import main
from fmdesk.safe_cells import DANGEROUS, safe_csv_writer, safe_text, unescape_text

REPO = Path(__file__).resolve().parents[2]
SAMPLE = REPO / "ifc_samples" / "sample_residential_ifc4.ifc"
LINK = '=HYPERLINK("http://example.invalid","点我")'
TITLE = "=1+1 漏水"


@pytest.fixture(scope="module")
def poisoned(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    """The sample building with a pump called =HYPERLINK(…) and a valve called =1+1 漏水."""
    model = ifcopenshell.open(str(SAMPLE))
    pump = model.by_type("IfcPump")[0]
    pump.Name = LINK
    model.by_type("IfcValve")[0].Name = TITLE
    model.by_type("IfcSpace")[0].LongName = "@SUM(1)"
    path = tmp_path_factory.mktemp("poisoned") / "poisoned.ifc"
    model.write(str(path))
    return path, pump.GlobalId


def formula_cells(path: Path) -> list[str]:
    """Every cell of the workbook that is a formula or text that a spreadsheet would run."""
    found = []
    for sheet in openpyxl.load_workbook(path).worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                bad = cell.data_type == "f" or (
                    isinstance(cell.value, str) and cell.value.startswith(DANGEROUS)
                )
                if bad:
                    found.append(f"{sheet.title}!{cell.coordinate}={cell.value!r}")
    return found


def texts(path: Path) -> set[str]:
    return {
        str(cell.value)
        for sheet in openpyxl.load_workbook(path).worksheets
        for row in sheet.iter_rows()
        for cell in row
        if cell.value is not None
    }


def test_plan_workbook(poisoned: tuple[Path, str], tmp_path: Path) -> None:
    out = tmp_path / "plan.xlsx"
    assert main(["plan", "--year", "2027", "--model", str(poisoned[0]), "--out", str(out)]) == 0
    assert formula_cells(out) == []
    assert any(LINK in text for text in texts(out))


def test_trace_workbook(poisoned: tuple[Path, str], tmp_path: Path) -> None:
    out = tmp_path / "trace.xlsx"
    model, pump = poisoned
    code = main(
        ["trace", str(model), "--from", pump, "--direction", "downstream", "--xlsx", str(out)]
    )
    assert code == 0
    assert formula_cells(out) == []
    assert any(LINK in text for text in texts(out))


def test_cobie_workbook(poisoned: tuple[Path, str], tmp_path: Path) -> None:
    out = tmp_path / "cobie.xlsx"
    db = f"sqlite:///{(tmp_path / 'r.sqlite3').as_posix()}"
    assert main(["cobie", str(poisoned[0]), "--out", str(out), "--db", db]) == 0
    book = openpyxl.load_workbook(out)
    cells = [c for s in book.worksheets for row in s.iter_rows() for c in row]
    assert not [c for c in cells if c.data_type == "f"]
    assert any(c.value == LINK and c.data_type == "s" for c in cells)


def test_ids_report_workbook(poisoned: tuple[Path, str], tmp_path: Path) -> None:
    pytest.importorskip("ifctester")
    out = tmp_path / "ids.xlsx"
    main(["ids", "check", str(poisoned[0]), "--report", str(out)])
    assert out.exists() and formula_cells(out) == []


def test_task_library_csv_round_trip(tmp_path: Path) -> None:
    library = tmp_path / "tasks.csv"
    shutil.copy(REPO / "resources" / "maintenance" / "tasks.csv", library)
    text = library.read_text(encoding="utf-8").replace(",电梯半月维保,", f",{TITLE},", 1)
    library.write_text(text.replace(",电梯季度维保项目,", ",+86 电梯,", 1), encoding="utf-8")
    assert main(["tasks", "import", str(library)]) == 0
    out = tmp_path / "export.csv"
    assert main(["tasks", "export", str(out)]) == 0
    lines = [line for line in out.read_text(encoding="utf-8").splitlines() if line[:1] != "#"]
    cells = [cell for row in csv.reader(lines) for cell in row]
    assert not [cell for cell in cells if cell.startswith(DANGEROUS)]
    assert "'" + TITLE in cells and "'+86 电梯" in cells
    assert main(["tasks", "import", str(out)]) == 0  # the guard is undone on import
    again = tmp_path / "again.csv"
    assert main(["tasks", "export", str(again)]) == 0
    assert again.read_text(encoding="utf-8") == out.read_text(encoding="utf-8")


def test_the_guard_itself(tmp_path: Path) -> None:
    for value in ("=1+1", "+1", "-1", "@A1", "\tx", "\rx"):
        assert safe_text(value) == "'" + value and unescape_text(safe_text(value)) == value
    assert safe_text("漏水") == "漏水" and safe_text(-1) == -1
    path = tmp_path / "x.csv"
    with path.open("w", encoding="utf-8", newline="") as stream:
        safe_csv_writer(stream).writerows([[TITLE, 3, -2.5, "ok"]])
    assert next(csv.reader(path.open(encoding="utf-8"))) == ["'" + TITLE, "3", "-2.5", "ok"]
