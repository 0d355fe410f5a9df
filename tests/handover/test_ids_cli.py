"""``fmdesk ids check``: exit 0 when the check ran (passed or not), 2 on an invalid IDS."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from fmdesk.cli import main
from tests.conftest import SAMPLES
from tests.handover.ids_helpers import entity, ids_xml

SAMPLE = SAMPLES / "sample_residential_ifc4.ifc"


def test_check_runs_and_reports_json(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    report = tmp_path / "report.xlsx"
    assert main(["ids", "check", str(SAMPLE), "--json", "--report", str(report)]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["passed"] is False and len(data["specifications"]) == 7
    valves = next(
        s for s in data["specifications"] if "IFCVALVE" in json.dumps(s) or "阀门" in s["name"]
    )
    # valves without handover data: 31 on water, fire and drainage, 48 gas valves in the flats
    assert valves["failed_count"] == 31 + 48 and valves["failed"][0]["reasons_zh"]
    assert report.stat().st_size > 0


def test_invalid_ids_is_one_sentence_and_exit_2(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    bad = tmp_path / "bad.ids"
    bad.write_text(ids_xml(entity("IFCWALL"), entity("IfcWall")), encoding="utf-8")
    assert main(["ids", "check", str(SAMPLE), str(bad)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("fmdesk: ") and err.count("\n") == 1 and "bad.ids" in err


def test_unknown_report_format_is_bad_input(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["ids", "check", str(SAMPLE), "--report", "x.pdf"]) == 2
    assert capsys.readouterr().err.count("\n") == 1
