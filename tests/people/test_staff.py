"""The staff list on SQLite and PostgreSQL: a real .xlsx with Chinese headers, bad rows reported
by line and the good ones kept, a re-import that changes nothing, certificates about to expire."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from openpyxl import Workbook

from fmdesk.app import App
from fmdesk.app.people import expiring_certificates, import_people, list_people
from fmdesk.cli import main
from fmdesk.errors import UserError

HEADER = ["姓名", "电话", "班组", "技能", "单位", "证书", "班制", "在岗"]
ROWS = [
    [
        "张伟",
        13900000001,
        "水电组",
        "给排水、电气",
        "本单位",
        "电工证 2027-01-20",
        "24小时值班",
        "是",
    ],
    ["", "13900000002", "水电组", "", "", "", "", ""],  # line 3: no name
    ["李强", "13900000003", "空调组", "暖通", "", "制冷作业证 2027-13-40", "", ""],  # line 4
    ["王磊", "13900000004", "强电组", "飞行", "", "", "", ""],  # line 5: unknown skill
    ["赵敏", "13900000005", "综合维修组", "土建", "安居维修公司", "焊工证 2030-05-01", "", "是"],
    ["钱进", "13900000006", "强电组", "电气", "", "", "九班倒", ""],  # line 7: no such pattern
    ["孙悦", "13900000007", "强电组", "电气", "", "高压电工证 2026-12-01", "四班三倒", "否"],
]


def write_staff(path: Path, rows: list[list[object]] = ROWS) -> Path:
    book = Workbook()
    sheet = book.active
    sheet.append(HEADER)
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


def test_import_keeps_good_rows_and_reports_bad_ones_by_line(services: App, tmp_path: Path) -> None:
    report = import_people(services, write_staff(tmp_path / "人员.xlsx"))
    assert sorted(report.added) == ["孙悦", "张伟", "赵敏"]
    assert [e.line for e in report.errors] == [3, 4, 5, 7]
    assert "2027-13-40" in report.errors[1].message
    assert "九班倒" in report.errors[3].message

    people = {p.name: p for p in list_people(services, include_inactive=True)}
    zhang = people["张伟"]
    assert (zhang.team, zhang.phone, zhang.employer) == ("水电组", "13900000001", "")
    assert zhang.skills == ["plumbing", "electrical"] and zhang.pattern == "24小时值班"
    assert people["赵敏"].employer == "安居维修公司"
    assert not people["孙悦"].active
    assert "孙悦" not in {p.name for p in list_people(services)}

    again = import_people(services, write_staff(tmp_path / "人员.xlsx"))
    assert again.added == [] and again.updated == []
    assert sorted(again.unchanged) == ["孙悦", "张伟", "赵敏"]


def test_reimport_updates_changed_people(services: App, tmp_path: Path) -> None:
    import_people(services, write_staff(tmp_path / "a.xlsx"))
    changed = [list(ROWS[0])]
    changed[0][1] = "13911112222"
    report = import_people(services, write_staff(tmp_path / "b.xlsx", changed))
    assert report.updated == ["张伟"] and report.added == []
    assert {p.name: p.phone for p in list_people(services)}["张伟"] == "13911112222"


def test_certificates_expiring_within_days(services: App, tmp_path: Path) -> None:
    import_people(services, write_staff(tmp_path / "人员.xlsx"))
    soon = expiring_certificates(services, 30, today=date(2027, 1, 1))
    # 孙悦's expired certificate is not listed: 孙悦 is no longer active
    assert [(c.person, c.kind, c.days_left) for c in soon] == [("张伟", "电工证", 19)]
    assert expiring_certificates(services, 10, today=date(2027, 1, 1)) == []
    with pytest.raises(UserError):
        expiring_certificates(services, -1)


def test_unreadable_files_are_one_sentence(services: App, tmp_path: Path) -> None:
    with pytest.raises(UserError, match="no file"):
        import_people(services, tmp_path / "missing.xlsx")
    bad = tmp_path / "bad.xlsx"
    bad.write_text("not a workbook", encoding="utf-8")
    with pytest.raises(UserError, match="not an Excel"):
        import_people(services, bad)
    book = Workbook()
    book.active.append(["电话", "班组"])
    book.save(tmp_path / "noname.xlsx")
    with pytest.raises(UserError, match="姓名"):
        import_people(services, tmp_path / "noname.xlsx")


def test_people_commands(services: App, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = ("--db", services.settings.database_url)
    assert main(["people", "import", str(write_staff(tmp_path / "p.xlsx")), "--json", *db]) == 0
    imported = json.loads(capsys.readouterr().out)
    assert imported["errors"][0] == {"line": 3, "message": imported["errors"][0]["message"]}
    assert main(["people", "list", "--json", *db]) == 0
    names = [p["name"] for p in json.loads(capsys.readouterr().out)]
    assert sorted(names) == ["张伟", "赵敏"]
    assert main(["people", "certificates", "--expiring-within", "100000", *db]) == 2


def test_columns_missing_from_a_file_keep_what_is_saved(services: App, tmp_path: Path) -> None:
    import_people(services, write_staff(tmp_path / "all.xlsx"))
    phones = tmp_path / "phones.csv"
    phones.write_text("姓名,电话\n张伟,13700000000\n", encoding="utf-8")
    assert import_people(services, phones).updated == ["张伟"]
    zhang = {p.name: p for p in list_people(services)}["张伟"]
    assert zhang.phone == "13700000000" and zhang.team == "水电组"
    assert zhang.skills == ["plumbing", "electrical"] and zhang.certificates
