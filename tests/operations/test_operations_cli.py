"""``fmdesk contractors`` and ``fmdesk quality`` end to end on a real SQLite file: register,
contract, default dispatch, acceptance, the quality loop with a photo, and bad input (exit 2)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from fmdesk.cli import main
from tests.conftest import SAMPLES

SAMPLE = SAMPLES / "sample_residential_ifc4.ifc"


@pytest.fixture(autouse=True)
def english_messages():
    from fmdesk.i18n import language

    before = language._chosen
    language.set_language("en")
    yield
    language._chosen = before


def _json(capsys, argv: list[str]):
    assert main([*argv, "--json"]) == 0, capsys.readouterr().err
    return json.loads(capsys.readouterr().out)


def test_contractors_and_quality_from_the_command_line(tmp_path: Path, capsys) -> None:
    db = ["--db", f"sqlite:///{(tmp_path / 'ops.sqlite3').as_posix()}"]
    assert main(["assets", "import", str(SAMPLE), *db]) == 0
    capsys.readouterr()
    profile = _json(
        capsys,
        [
            "contractors",
            "add",
            "恒通电梯",
            "--scope",
            "电梯",
            "--staff",
            "孙磊:维保员:T-1",
            "--qualification",
            "许可证:TS1:2029-06-30",
            "--insurance",
            "人保:P-1:2000000",
            *db,
        ],
    )
    assert profile["staff"] == [{"name": "孙磊", "role": "维保员", "certificate": "T-1"}]
    assert profile["insurance"]["amount"] == 2000000 and profile["pool"] == "active"
    _json(capsys, ["contractors", "add", "鼎安电梯", "--scope", "电梯", "--backup", *db])
    contracts = _json(
        capsys,
        [
            "contractors",
            "contract",
            "add",
            "恒通电梯",
            "HT-01",
            "--from",
            "2026-01-01",
            "--to",
            "2099-12-31",
            "--category",
            "lift",
            "--standard",
            "urgent:15:120",
            "--fee",
            "9600",
            "--milestone",
            "Q4:2026-12-31:28800",
            "--breach-yuan",
            "300",
            *db,
        ],
    )
    assert contracts[0]["standards"] == {
        "urgent": {"response_minutes": 15.0, "completion_minutes": 120.0}
    }
    assert contracts[0]["penalties"]["sla_breach_yuan"] == 300
    backups = _json(capsys, ["contractors", "list", "--pool", "backup", *db])
    assert [c["name"] for c in backups] == ["鼎安电梯"]

    order = _json(
        capsys,
        ["wo", "create", "--title", "电梯困人", "--asset", "DT-01", "--priority", "urgent", *db],
    )
    number = order["number"]
    dispatched = _json(capsys, ["wo", "advance", number, "--to", "dispatched", *db])
    assert dispatched["contractor"] == "恒通电梯"
    for step in ("accepted", "on_site", "rectified"):
        _json(capsys, ["wo", "advance", number, "--to", step, *db])
    accepted = _json(
        capsys, ["contractors", "accept", number, "1", "pass", "--person", "孙磊", *db]
    )
    assert accepted["passed_level"] == 1 and accepted["steps"][0]["stage"] == "self_check"
    assert main(["contractors", "accept", number, "3", "pass", "--person", "x", *db]) == 2
    assert "level 2 passed first" in capsys.readouterr().err

    photo = tmp_path / "门缝.jpg"
    photo.write_bytes(b"\xff\xd8\xff\xe0 a small jpeg")
    _json(capsys, ["quality", "plan", "12 月品质检查", "--on", "2026-12-15", *db])
    finding = _json(
        capsys,
        [
            "quality",
            "finding",
            "维保记录未签字",
            "--asset",
            "DT-01",
            "--plan",
            "12 月品质检查",
            "--contractor",
            "恒通电梯",
            "--photo",
            str(photo),
            "--concealed",
            *db,
        ],
    )
    assert finding["number"].startswith("ZJ-") and len(finding["photo_ids"]) == 1
    assert finding["concealed"] and finding["contractor"] == "恒通电梯"
    code = finding["number"]
    assert _json(capsys, ["quality", "rectify", code, "--note", "已补签", *db])["state"] == (
        "rectified"
    )
    assert _json(capsys, ["quality", "recheck", code, "pass", *db])["state"] == "rechecked"
    assert _json(capsys, ["quality", "close", code, *db])["state"] == "closed"
    plans = _json(capsys, ["quality", "list", "--plans", *db])
    assert plans[0]["findings"] == 1
    assert main(["quality", "list", *db]) == 0
    assert code in capsys.readouterr().out
    scores = _json(capsys, ["contractors", "score", "--month", finding["found_at"][:7], *db])
    lift = next(s for s in scores if s["contractor"] == "恒通电梯")
    assert lift["concealed_faults"] == 1 and lift["penalty_yuan"] >= 0.05 * 9600

    assert main(["quality", "finding", "x", "--asset", "DT-01", "--deadline", "soon", *db]) == 2
    assert "not a date and time" in capsys.readouterr().err
    assert main(["contractors", "contract", "add", "恒通电梯", *db]) == 2
    assert main(["contractors", "add", "恒通电梯", *db]) == 2
