"""The records commands end to end through ``fmdesk.cli.main``: exit codes, text and JSON."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from fmdesk.cli import main
from fmdesk.records.database import Records
from fmdesk.records.migrate import head_revision


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_work_order_loop_from_the_command_line(
    records: Records, capsys: pytest.CaptureFixture[str]
) -> None:
    db = ("--db", records.url)
    assert run(capsys, "db", "upgrade", *db)[0] == 0
    # an asset made through the service layer; the CLI addresses it by code
    from fmdesk.records.assets import create_asset

    create_asset(records.uow(), "SB-01", "生活水泵1#", "pump", storey_name="B1")
    code, out, _ = run(capsys, "assets", "list", "--json", *db)
    assert code == 0 and [a["code"] for a in json.loads(out)] == ["SB-01"]

    code, out, _ = run(
        capsys,
        "wo",
        "create",
        "--asset",
        "SB-01",
        "--priority",
        "urgent",
        "--title",
        "异响",
        "--json",
        *db,
    )
    created = json.loads(out)
    assert code == 0 and created["state"] == "reported" and created["number"].startswith("GD-")
    number = created["number"]

    assert run(capsys, "wo", "technician", "李师傅", "--skill", "plumbing", *db)[0] == 0
    code, out, _ = run(
        capsys,
        "wo",
        "advance",
        number,
        "--to",
        "dispatched",
        "--assignee",
        "李师傅",
        "--note",
        "请尽快",
        *db,
    )
    assert code == 0 and "dispatched" in out

    code, _, err = run(capsys, "wo", "advance", number, "--to", "closed", *db)
    assert code == 2 and "cannot go to closed" in err and err.count("\n") == 1

    code, out, _ = run(capsys, "wo", "list", "--json", *db)
    assert [o["state"] for o in json.loads(out)] == ["dispatched"]
    code, out, _ = run(capsys, "wo", "list", "--overdue", "--json", *db)
    assert code == 0 and json.loads(out) == []  # 15 minutes have not passed
    code, out, _ = run(capsys, "wo", "show", number, *db)
    assert "reported → dispatched" in out and "请尽快" in out


@pytest.mark.parametrize(
    ("argv", "fragment"),
    [
        (("wo", "create", "--asset", "NOPE-1", "--title", "x"), "No asset has the code 'NOPE-1'"),
        (("wo", "advance", "GD-1999-000001", "--to", "accepted"), "No work order has the number"),
        (("assets", "show", "NOPE"), "No asset has the code"),
        (("assets", "lookup", "NOPE"), "No asset matches"),
    ],
)
def test_bad_input_is_one_line_and_exit_2(
    records: Records, capsys: pytest.CaptureFixture[str], argv: tuple[str, ...], fragment: str
) -> None:
    code, _, err = run(capsys, *argv, "--db", records.url)
    assert code == 2 and fragment in err and err.count("\n") == 1


def test_unreachable_database_is_one_sentence(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(
        capsys, "wo", "list", "--db", "postgresql+psycopg://fm:fm@127.0.0.1:1/fmdesk"
    )
    assert code == 2 and "cannot be reached" in err and err.count("\n") == 1


def test_default_database_is_created_in_the_data_folder(
    isolated_home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(capsys, "db", "upgrade", "--json")
    assert code == 0 and json.loads(out)["after"] == head_revision()
    assert (isolated_home / "data" / "fmdesk.sqlite3").exists()


def test_assets_import_and_labels(
    records: Records, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    samples = pytest.importorskip("fmdesk.samples")
    model = tmp_path / "b.ifc"
    samples.generate_building(schema="IFC4", storeys=2, units_per_storey=2).write(str(model))
    code, out, _ = run(capsys, "assets", "import", str(model), "--json", "--db", records.url)
    report = json.loads(out)
    assert code == 0 and "SB-01" in report["added"] and report["removed"] == []
    code, out, _ = run(
        capsys,
        "assets",
        "labels",
        "--category",
        "pump",
        "--out",
        str(tmp_path / "l.png"),
        "--json",
        "--db",
        records.url,
    )
    result = json.loads(out)
    assert code == 0 and result["count"] == 4 and Path(result["files"][0]).stat().st_size > 1000
    code, out, _ = run(capsys, "assets", "lookup", "FM-SB-01", "--json", "--db", records.url)
    assert code == 0 and json.loads(out)["code"] == "SB-01"


def test_asset_add_and_edit_refuse_bad_dates_and_duplicates(
    records: Records, capsys: pytest.CaptureFixture[str]
) -> None:
    db = ("--db", records.url)
    code, out, _ = run(
        capsys,
        "assets",
        "add",
        "P-01",
        "--name",
        "移动潜水泵",
        "--category",
        "pump",
        "--install-date",
        "2024-05-01",
        "--json",
        *db,
    )
    assert code == 0 and json.loads(out)["install_date"] == "2024-05-01"
    code, _, err = run(capsys, "assets", "add", "P-01", "--name", "x", "--category", "pump", *db)
    assert code == 2 and "already exists" in err
    code, _, err = run(capsys, "assets", "edit", "P-01", "--warranty-end", "31.12.2026", *db)
    assert code == 2 and "YYYY-MM-DD" in err
    code, out, _ = run(capsys, "assets", "show", "P-01", "--json", *db)
    card = json.loads(out)
    assert card["asset"]["warranty_end"] is None and len(card["history"]) == 1


def test_the_resident_rates_a_rechecked_order_from_the_command_line(
    records: Records, capsys: pytest.CaptureFixture[str]
) -> None:
    db = ("--db", records.url, "--json")
    assert run(capsys, "wo", "technician", "李师傅", "--skill", "plumbing", *db)[0] == 0
    code, out, _ = run(capsys, "wo", "create", "--space", "1-203", "--title", "漏水", *db)
    assert code == 2  # no such space yet: one sentence, nothing written
    code, out, _ = run(capsys, "wo", "create", "--title", "卫生间漏水", *db)
    number = json.loads(out)["number"]
    for state in ("dispatched", "accepted", "on_site", "rectified"):
        assert (
            run(capsys, "wo", "advance", number, "--to", state, "--assignee", "李师傅", *db)[0] == 0
        )
    code, _, err = run(capsys, "wo", "rate", number, "--score", "5", *db)
    assert code == 2 and json.loads(err)["category"]  # not rechecked yet
    assert run(capsys, "wo", "advance", number, "--to", "rechecked", *db)[0] == 0
    code, out, _ = run(capsys, "wo", "rate", number, "--score", "4", "--comment", "及时", *db)
    rated = json.loads(out)
    assert code == 0 and (rated["satisfaction_score"], rated["satisfaction_comment"]) == (4, "及时")
