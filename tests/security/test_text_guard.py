"""The records-level text guard: no path writes over-long or control-character text."""

from __future__ import annotations

from pathlib import Path

import ifcopenshell
import pytest
from sqlalchemy import func, select

from fmdesk.records.assets import create_asset
from fmdesk.records.database import Records
from fmdesk.records.errors import InvalidInputError
from fmdesk.records.model_import import import_assets
from fmdesk.records.models import Asset, Contractor
from fmdesk.records.people import add_contractor

SAMPLE = Path(__file__).resolve().parents[2] / "ifc_samples" / "sample_residential_ifc4.ifc"


def _count(records: Records, model: type) -> int:
    with records.engine.connect() as conn:
        return conn.execute(select(func.count()).select_from(model)).scalar_one()


def test_service_paths_cannot_store_too_long_or_control_text(records: Records) -> None:
    with pytest.raises(InvalidInputError, match="300"):
        create_asset(records.uow("t"), "SB-01", "泵" * 301, "pump")
    with pytest.raises(InvalidInputError, match="U\\+001B"):
        create_asset(records.uow("t"), "SB-01", "泵\x1b[31m", "pump")
    with pytest.raises(InvalidInputError, match="200"):
        add_contractor(records.uow("t"), "公司" * 150)
    assert _count(records, Asset) == 0 and _count(records, Contractor) == 0
    create_asset(records.uow("t"), "SB-01", "泵" * 300, "pump")
    assert _count(records, Asset) == 1


def test_model_names_are_fitted_on_import(records: Records, tmp_path: Path) -> None:
    model = ifcopenshell.open(str(SAMPLE))
    pump = model.by_type("IfcPump")[0]
    pump.Name = "生活水泵\x07" + "长" * 500
    path = tmp_path / "odd.ifc"
    model.write(str(path))
    import_assets(records.uow("t"), path)
    with records.engine.connect() as conn:
        name = conn.execute(
            select(Asset.name).where(Asset.ifc_global_id == pump.GlobalId)
        ).scalar_one()
    assert "\x07" not in name and len(name) == 300 and name.startswith("生活水泵 ")
