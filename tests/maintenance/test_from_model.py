from __future__ import annotations

from datetime import date

import pytest

from fmdesk.maintenance.from_model import assets_from_model
from tests.maintenance.sample import SAMPLE_IFC4, sample_assets


def test_sample_equipment_becomes_plan_assets_with_handover_data(assets) -> None:
    by_code = {a.code: a for a in assets}
    assert {
        "SB-01",
        "SB-02",
        "XF-01",
        "XF-02",
        "DT-01",
        "DT-02",
        "SX-01",
        "BYQ-01",
    } <= by_code.keys()
    pump = by_code["SB-01"]
    assert pump.ifc_class == "IfcPump" and pump.system_type == "DOMESTICCOLDWATER"
    assert pump.install_date == date(2019, 6, 30)
    assert pump.service_life_years == 15 and "Pset_ServiceLife" in pump.service_life_source
    assert by_code["XF-01"].system_type == "FIREPROTECTION"
    assert by_code["DT-01"].predefined_type == "ELEVATOR" and by_code["DT-01"].system == "电梯"
    assert "B1" in pump.location
    assert not any(a.kind in ("pipe", "cable", "duct", "fitting") for a in assets)


@pytest.mark.parametrize("schema", ["ifc2x3", "ifc4x3"])
def test_every_schema_gives_the_same_assets(schema: str, assets) -> None:
    other = sample_assets(SAMPLE_IFC4.with_name(f"sample_residential_{schema}.ifc"))
    assert {(a.code, a.ifc_class.replace("Point", "Board")) for a in other} == {
        (a.code, a.ifc_class) for a in assets
    }
    pump = next(a for a in other if a.code == "SB-01")
    assert pump.install_date == date(2019, 6, 30) and pump.service_life_years == 15


def test_progress_reaches_the_end() -> None:
    seen = []
    assets_from_model(SAMPLE_IFC4, progress=lambda d, t: seen.append((d, t)))
    assert seen and seen[-1][0] == seen[-1][1]


def test_handover_date_comes_from_the_project_else_the_latest_install() -> None:
    import ifcopenshell
    import ifcopenshell.api

    from fmdesk.maintenance.from_model import model_handover_date
    from fmdesk.maintenance.model import PlanAsset

    model = ifcopenshell.file(schema="IFC4")
    project = ifcopenshell.api.run("root.create_entity", model, ifc_class="IfcProject", name="P")
    installed = [PlanAsset("A", "a", "IfcPump", install_date=date(2019, 6, 30))]
    assert model_handover_date(model, installed) == date(2019, 6, 30)
    pset = ifcopenshell.api.run("pset.add_pset", model, product=project, name="FM_Project")
    ifcopenshell.api.run(
        "pset.edit_pset", model, pset=pset, properties={"HandoverDate": "2020-09-01"}
    )
    assert model_handover_date(model, installed) == date(2020, 9, 1)
