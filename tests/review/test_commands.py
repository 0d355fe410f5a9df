"""``fmdesk review`` and ``fmdesk bcf`` end to end: exit codes, text and JSON."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest

from fmdesk.cli import main
from fmdesk.records.database import Records
from tests.review.conftest import bcf_cases

PUMP = "2O2Fr$t4X7Zf8NOew3FLOH"


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_review_issue_loop_from_the_command_line(
    records: Records, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    db = ("--db", records.url)
    code, out, _ = run(
        capsys, "review", "create", "--title", "阀门无法检修", "--element", PUMP,
        "--type", "maintainability", "--priority", "high", "--due", "2027-03-31",
        "--label", "给水", "--comment", "阀门距墙 50 mm", "--json", *db,
    )  # fmt: skip
    assert code == 0
    issue = json.loads(out)
    assert issue["status"] == "open" and issue["element_ids"] == [PUMP]
    number = issue["number"]
    code, out, _ = run(capsys, "review", "status", number, "--to", "in_progress", *db)
    assert code == 0 and number in out
    code, out, _ = run(capsys, "review", "list", "--open", "--json", *db)
    assert [i["number"] for i in json.loads(out)] == [number]
    code, out, _ = run(capsys, "review", "to-wo", number, "--json", *db)
    assert code == 0 and json.loads(out)["work_order"]["number"].startswith("GD-")
    out_file = tmp_path / "issues.bcfzip"
    code, out, _ = run(capsys, "bcf", "export", "--version", "2.1", "--out", str(out_file), *db)
    assert code == 0 and zipfile.is_zipfile(out_file)
    code, _, err = run(capsys, "review", "status", "RI-1999-000009", "--to", "closed", *db)
    assert code == 2 and err.count("\n") == 1


def test_bcf_import_reports_topics_and_bad_files_in_one_sentence(
    records: Records, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    db = ("--db", records.url)
    cases = bcf_cases()
    if not cases:
        pytest.skip("../shared/standards/bcf is not present")
    code, out, _ = run(capsys, "bcf", "import", str(cases[0]), "--json", *db)
    result = json.loads(out)
    assert code == 0 and result["topic_count"] == len(result["numbers"]) >= 1
    bad = tmp_path / "not.bcf"
    bad.write_text("hello", encoding="utf-8")
    code, out, err = run(capsys, "bcf", "import", str(bad), *db)
    assert code == 2 and out == "" and err.startswith("fmdesk: ") and err.count("\n") == 1
    code, _, err = run(capsys, "bcf", "export", "--out", str(tmp_path / "x.bcf"), "--number",
                       "RI-1999-000001", *db)  # fmt: skip
    assert code == 2 and not (tmp_path / "x.bcf").exists()
