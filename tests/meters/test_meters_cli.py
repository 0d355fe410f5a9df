"""``fmdesk meters`` on a real database (SQLite and PostgreSQL) with the sample's meters."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import openpyxl
import pytest

from fmdesk.cli import main
from fmdesk.operations.meters.simulate import Fault, SimMeter, simulate
from tests.meters.conftest import write_csv

START = datetime(2026, 8, 3, tzinfo=UTC)  # a Monday


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def flat_meters(count: int) -> list[str]:
    return [f"WM-1-{floor}{unit:02d}" for floor in range(1, 7) for unit in range(1, 5)][:count]


def test_a_night_leak_in_one_of_20_meters_is_reported_within_a_day_with_nothing_else(
    sample_app, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    codes = flat_meters(20)
    leak_at = START + timedelta(days=70, hours=14)
    leak = Fault("WM-1-302", "night_flow", leak_at, size=0.01)  # a running toilet
    series = simulate([SimMeter(c, "water") for c in codes], START, 24 * 90, [leak], seed=4)
    csv_path = write_csv(tmp_path / "readings.csv", series)
    db = ["--db", sample_app.database_url]

    code, out, _ = run(capsys, "meters", "import", str(csv_path), "--json", *db)
    assert code == 0
    assert json.loads(out)["added"] == 20 * (24 * 90 + 1)

    code, out, _ = run(capsys, "meters", "anomalies", "--from", "2026-09-15", "--json", *db)
    assert code == 0
    found = json.loads(out)
    assert [(a["meter"], a["kind"]) for a in found] == [("WM-1-302", "night_flow")]
    anomaly = found[0]
    start = datetime.fromisoformat(anomaly["start"])
    assert abs(start - leak_at) <= timedelta(days=1)
    assert "1-302" in anomaly["text"]
    names = [e["name"] for e in anomaly["downstream"]]
    assert "户内给水管 1-302" in names and "坐便器 1-302" in names
    assert anomaly["spaces"] == ["1-302"]

    code, out, _ = run(capsys, "meters", "to-wo", anomaly["id"], "--json", *db)
    assert code == 0
    order = json.loads(out)
    assert order["asset_code"] == "WM-1-302"
    assert order["source"] == "meter"
    assert order["priority"] == "high"
    code, _, err = run(capsys, "meters", "to-wo", anomaly["id"], *db)
    assert code == 2 and order["number"] in err
    code, out, _ = run(capsys, "meters", "anomalies", "--from", "2026-09-15", "--json", *db)
    assert json.loads(out)[0]["work_order"] == order["number"]


def test_bad_rows_are_reported_by_line_and_reimport_changes_nothing(
    sample_app, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    series = simulate([SimMeter("DB-1-101", "power")], START, 48, seed=1)
    bad = [
        ["DB-1-101", "yesterday", "12"],
        ["NO-SUCH", "2026-08-03T10:00", "1"],
        ["DB-1-101", "2026-08-03T10:30", "abc"],
        ["DB-1-101", "2026-08-03T11:30", "-5"],
        ["", "2026-08-03T10:30", "3"],
    ]
    path = write_csv(tmp_path / "power.csv", series, bad)
    db = ["--db", sample_app.database_url]
    code, out, _ = run(capsys, "meters", "import", str(path), "--json", *db)
    result = json.loads(out)
    assert code == 0
    assert result["added"] == 49
    assert [row["line"] for row in result["bad"]] == [51, 52, 53, 54, 55]
    assert "NO-SUCH" in result["bad"][1]["reason"]
    code, out, _ = run(capsys, "meters", "import", str(path), "--json", *db)
    again = json.loads(out)
    assert (again["added"], again["updated"], again["unchanged"]) == (0, 0, 49)


def test_excel_readings_local_times_and_a_corrected_value(
    sample_app, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Meter", "Time", "Reading"])
    sheet.append(["WM-01", datetime(2026, 8, 3, 8, 0), 100.0])  # naive: local time (UTC+8)
    sheet.append(["WM-01", "2026-08-03T09:00:00+08:00", 101.5])
    path = tmp_path / "round.xlsx"
    book.save(path)
    db = ["--db", sample_app.database_url]
    code, out, _ = run(capsys, "meters", "import", str(path), "--json", *db)
    assert code == 0 and json.loads(out)["added"] == 2
    sheet["C3"] = 101.7
    book.save(path)
    code, out, _ = run(capsys, "meters", "import", str(path), "--json", *db)
    assert (json.loads(out)["updated"], json.loads(out)["unchanged"]) == (1, 1)
    code, out, _ = run(capsys, "meters", "list", "--json", *db)
    meters = {m["code"]: m for m in json.loads(out)}
    assert meters["WM-01"]["readings"] == 2
    assert meters["WM-01"]["last_reading"] == pytest.approx(101.7)
    assert meters["WM-01"]["last_time"].startswith("2026-08-03T01:00:00")


def test_meters_are_placed_on_the_networks_with_their_main_meter(
    sample_app, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(capsys, "meters", "list", "--json", "--db", sample_app.database_url)
    assert code == 0
    meters = {m["code"]: m for m in json.loads(out)}
    assert len(meters) == 75
    assert meters["WM-1-101"]["parent"] == "WM-01"
    assert meters["DB-1-604"]["parent"] == "DB-01"
    assert meters["WM-01"]["parent"] == "" and meters["DB-01"]["parent"] == ""
    assert (meters["WM-01"]["kind"], meters["DB-01"]["kind"]) == ("water", "power")
    assert (meters["RQ-01"]["kind"], meters["RQ-1-203"]["kind"]) == ("gas", "gas")
    assert meters["RQ-1-203"]["parent"] == "RQ-01"
    assert meters["RQ-1-203"]["spaces"] == ["1-203"]
    assert meters["DB-1-101"]["spaces"] == ["1-101"]
    assert meters["WM-01"]["downstream_count"] > meters["WM-1-101"]["downstream_count"] > 0


def test_bad_input_is_one_sentence(
    sample_app, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = ["--db", sample_app.database_url]
    wrong = tmp_path / "readings.txt"
    wrong.write_text("meter,time,reading\n", encoding="utf-8")
    for argv in (
        ["meters", "import", str(wrong)],
        ["meters", "import", str(tmp_path / "missing.csv")],
        ["meters", "to-wo", "not-an-id"],
        ["meters", "anomalies", "--from", "2026-09-02", "--to", "2026-09-01"],
    ):
        code, _, err = run(capsys, *argv, *db)
        assert code == 2, argv
        assert err.count("\n") == 1 and "Traceback" not in err
    headerless = tmp_path / "noheader.csv"
    headerless.write_text("WM-01,2026-08-03T08:00,1\n", encoding="utf-8")
    code, _, err = run(capsys, "meters", "import", str(headerless), *db)
    assert code == 2 and "meter" in err


def test_chinese_headers_are_the_columns(tmp_path) -> None:
    """A sheet exported by a Chinese meter-reading system (表号, 时间, 读数) reads like the
    English one."""
    from fmdesk.operations.meters.readings import parse_readings

    path = tmp_path / "抄表.csv"
    path.write_text("表号,时间,读数\nWM-01,2027-01-01T08:00,10.5\nWM-01,bad,11\n", encoding="utf-8")
    parsed = parse_readings(path)
    assert [(r.meter, r.value) for r in parsed.readings] == [("WM-01", 10.5)]
    assert [bad.line for bad in parsed.bad] == [3]
