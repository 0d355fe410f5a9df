"""A small register to raise orders against: two pumps, a flat, two technicians, a contractor."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from fmdesk.records.assets import create_asset
from fmdesk.records.models import Space
from fmdesk.records.people import add_contractor, add_team, add_technician
from fmdesk.records.uow import UnitOfWork


@pytest.fixture
def register(uow_factory: Callable[..., UnitOfWork]) -> Callable[..., UnitOfWork]:
    create_asset(uow_factory(), "SB-01", "生活水泵1# (SB-01)", "pump", storey_name="B1")
    create_asset(uow_factory(), "AL-3", "楼层配电箱 3AL", "board", storey_name="3F")
    with uow_factory() as uow:
        uow.session.add(
            Space(
                global_id="GUID-FLAT-1202",
                name="1-1202",
                kind="flat",
                long_name="1号楼 1-1202 住宅",
                storey_name="12F",
            )
        )
        uow.commit()
    add_team(uow_factory(), "维修一班", ["plumbing"])
    add_technician(uow_factory(), "李师傅", ["plumbing"], team="维修一班", home_storey="B1")
    add_technician(uow_factory(), "王电工", ["electrical"], home_storey="3F")
    add_contractor(uow_factory(), "蓝天电梯", scope="电梯维保", phone="400-000")
    return uow_factory
