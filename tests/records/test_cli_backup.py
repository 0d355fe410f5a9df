"""``fmdesk db backup`` / ``db restore`` end to end through ``fmdesk.cli.main``: JSON, exit 2
with one sentence on bad input, nothing left behind."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from fmdesk.cli import main
from fmdesk.records.assets import create_asset
from fmdesk.records.database import Records


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_backup_and_restore_from_the_command_line(
    records: Records, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    create_asset(records.uow(), "CLI-01", "消防泵", "pump")
    out = tmp_path / "fm.fmbackup"
    code, text, _ = run(capsys, "db", "backup", "--out", str(out), "--db", records.url, "--json")
    backup = json.loads(text)
    assert code == 0 and backup["tables"]["assets"] == 1 and backup["path"] == str(out)
    code, _, err = run(capsys, "db", "backup", "--out", str(out), "--db", records.url)
    assert code == 2 and "already exists" in err and len(err.strip().splitlines()) == 1

    target = tmp_path / "restored" / "fm.sqlite3"
    url = f"sqlite:///{target.as_posix()}"
    code, text, _ = run(capsys, "db", "restore", str(out), "--db", url, "--json")
    restored = json.loads(text)
    assert code == 0 and restored["tables"] == backup["tables"]
    code, _, err = run(capsys, "db", "restore", str(out), "--db", url)
    assert code == 2 and "not empty" in err


def test_restore_of_a_truncated_file_exits_2_and_creates_nothing(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    broken = tmp_path / "half.fmbackup"
    broken.write_bytes(b"PK\x03\x04" + b"\x00" * 100)
    target = tmp_path / "new.sqlite3"
    code, _, err = run(
        capsys, "db", "restore", str(broken), "--db", f"sqlite:///{target.as_posix()}", "--json"
    )
    error = json.loads(err)
    assert code == 2 and error["code"] == 2 and "damaged or incomplete" in error["error"]
    assert not target.exists()
    code, _, err = run(capsys, "db", "restore", str(tmp_path / "missing.fmbackup"))
    assert code == 2 and "does not exist" in err
