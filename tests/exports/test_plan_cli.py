from __future__ import annotations

import json
from datetime import datetime

from openpyxl import load_workbook

from fmdesk.cli import main
from fmdesk.exports.plan_xlsx import TASK_HEADERS, TASK_SHEET
from tests.maintenance.sample import SAMPLE_IFC4


def _run(capsys, *argv: str) -> tuple[int, dict]:
    code = main(list(argv))
    out = capsys.readouterr().out
    return code, json.loads(out) if out.strip().startswith("{") else {}


def test_plan_command_writes_the_workbook_and_reports_json(capsys, tmp_path) -> None:
    out = tmp_path / "plan.xlsx"
    code, data = _run(
        capsys,
        "plan",
        "--year",
        "2027",
        "--model",
        str(SAMPLE_IFC4),
        "--out",
        str(out),
        "--ics-dir",
        str(tmp_path / "ics"),
        "--json",
    )
    assert code == 0 and out.exists()
    assert data["year"] == 2027 and data["occurrence_count"] > 300
    assert "推算" in data["calendar_basis"]
    assert {t["team"] for t in data["by_team"]} >= {"电梯维保单位", "水工班"}
    assert sum(m["occurrences"] for m in data["by_month"]) == data["occurrence_count"]
    assert [f["year"] for f in data["forecast"]] == list(range(2027, 2037))
    assert len(data["ics"]) == len(data["by_team"])

    # the planner breaks one row; the import reports it, exits 2 and writes nothing
    book = load_workbook(out)
    book[TASK_SHEET].cell(row=5, column=TASK_HEADERS.index("日期") + 1).value = datetime(
        2027, 10, 1
    )
    edited = tmp_path / "edited.xlsx"
    book.save(edited)
    again = tmp_path / "again.xlsx"
    code, data = _run(
        capsys,
        "plan",
        "--year",
        "2027",
        "--model",
        str(SAMPLE_IFC4),
        "--out",
        str(again),
        "--import-edits",
        str(edited),
        "--json",
    )
    assert code == 2
    assert data["import"]["bad_rows"] == [5] and data["import"]["applied"] is False
    assert not again.exists()


def test_plan_command_rejects_bad_input_with_one_sentence(capsys, tmp_path) -> None:
    code = main(
        ["plan", "--year", "2027", "--model", str(tmp_path / "missing.ifc"), "--out", "x.xlsx"]
    )
    err = capsys.readouterr().err
    assert code == 2 and err.startswith("fmdesk: ") and len(err.strip().splitlines()) == 1
    code = main(["plan", "--year", "1800", "--model", str(SAMPLE_IFC4), "--out", "x.xlsx"])
    assert code == 2
