from __future__ import annotations

import json
from datetime import date

from fmdesk.cli import main
from fmdesk.maintenance.from_records import assets_from_records
from fmdesk.records.model_import import import_assets
from fmdesk.workorders.service import create_work_order
from tests.maintenance.sample import SAMPLE_IFC4


def test_register_and_failures_come_from_the_records_database(records, capsys, tmp_path) -> None:
    import_assets(records.uow(actor="计划员"), SAMPLE_IFC4)
    for number in range(6):
        create_work_order(
            records.uow(), f"水泵故障 {number}", asset="SB-01" if number % 2 else "SB-02"
        )
    create_work_order(records.uow(), "年度保养", asset="SB-01", source="preventive")
    create_work_order(records.uow(), "无设备报修")

    assets, failures = assets_from_records(records.url)
    by_code = {a.code: a for a in assets}
    assert {"SB-01", "SB-02", "DT-01"} <= by_code.keys()
    assert by_code["SB-01"].ifc_class == "IfcPump"
    assert by_code["SB-01"].install_date == date(2019, 6, 30)
    assert sorted(f.asset_code for f in failures) == ["SB-01"] * 3 + ["SB-02"] * 3
    assert all(f.failed_on.year >= 2026 for f in failures)

    code = main(
        [
            "plan",
            "--year",
            "2027",
            "--db",
            records.url,
            "--json",
            "--out",
            str(tmp_path / "plan.xlsx"),
        ]
    )
    data = json.loads(capsys.readouterr().out)
    assert code == 0 and data["asset_count"] == len(assets)
    assert any(t["team"] == "电梯维保单位" for t in data["by_team"])
