from __future__ import annotations

import json
from pathlib import Path

from fmdesk.cli import main
from fmdesk.maintenance.resources import bundled_path
from tests.maintenance.sample import SAMPLE_IFC4


def test_lifecycle_command_explains_each_asset(capsys) -> None:
    argv = ["lifecycle", "--model", str(SAMPLE_IFC4), "--asset", "SB-01", "--year", "2027"]
    assert main([*argv, "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    [card] = data["cards"]
    assert card["end_of_life_year"] == 2034 and card["estimated_life"] == 15.0
    assert [f["letter"] for f in card["factors"]] == list("ABCDEFG")
    assert "故障记录不足" in card["basis"]
    assert main([*argv[:3], "--asset", "NOPE"]) == 2
    assert "NOPE" in capsys.readouterr().err


def test_tasks_export_edit_import_and_reset(capsys, tmp_path: Path) -> None:
    out = tmp_path / "tasks.csv"
    assert main(["tasks", "export", str(out), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["task_count"] > 20
    edited = out.read_text(encoding="utf-8").replace("电梯半月维保,", "电梯半月保养,", 1)
    out.write_text(edited, encoding="utf-8")
    assert main(["tasks", "import", str(out)]) == 0
    capsys.readouterr()
    assert main(["tasks", "list", "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert any(t["name"] == "电梯半月保养" for t in listed["tasks"])
    assert listed["source"] != str(bundled_path("tasks.csv"))

    broken = tmp_path / "broken.csv"
    broken.write_text(edited.replace("FREQ=WEEKLY,", "FREQ=NEVER,", 1), encoding="utf-8")
    assert main(["tasks", "import", str(broken)]) == 2
    assert "broken.csv" in capsys.readouterr().err
    assert main(["tasks", "reset"]) == 0
    capsys.readouterr()
    assert main(["tasks", "list", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["source"] == str(bundled_path("tasks.csv"))


def test_overrides_file_changes_install_dates_and_group_factors(capsys) -> None:
    example = bundled_path("life_overrides_example.csv")
    argv = ["lifecycle", "--model", str(SAMPLE_IFC4), "--asset", "SB-01", "--asset", "SB-02"]
    assert main([*argv, "--overrides", str(example), "--year", "2027", "--json"]) == 0
    cards = {c["asset_code"]: c for c in json.loads(capsys.readouterr().out)["cards"]}
    assert cards["SB-02"]["install_date"] == "2024-03-01"
    assert cards["SB-02"]["end_of_life_year"] > 2036 >= cards["SB-01"]["end_of_life_year"]
    factors = {f["letter"]: f for f in cards["SB-01"]["factors"]}
    assert factors["D"]["value"] == 0.9 and factors["D"]["source"] == "同类设备设定"
    assert cards["SB-01"]["estimated_life"] == round(15 * 0.9 * 1.1, 2)


def test_holidays_command_shows_the_basis_and_imports_the_notice(capsys, tmp_path: Path) -> None:
    assert main(["holidays", "--year", "2027", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert "推算" in data["basis"] and data["working_weekends"] == []
    assert {"date": "2027-10-01", "name": "国庆节"} in data["holidays"]
    notice = tmp_path / "2027.csv"
    notice.write_text("date,kind,name\n2027-09-26,workday,国庆节调休\n", encoding="utf-8")
    assert main(["holidays", "import", str(notice)]) == 0
    capsys.readouterr()
    assert main(["holidays", "--year", "2027", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["working_weekends"] == ["2027-09-26"]
    bad = tmp_path / "bad.csv"
    bad.write_text("date,kind\n2027-09-31,workday\n", encoding="utf-8")
    assert main(["holidays", "import", str(bad)]) == 2
    assert "row 2" in capsys.readouterr().err  # English here; Chinese under zh_CN
