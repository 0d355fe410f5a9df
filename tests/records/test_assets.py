"""Asset register edits: clear refusals, history of every change, filters."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from fmdesk.records.assets import asset_card, create_asset, list_assets, update_asset
from fmdesk.records.dto import AssetFilters
from fmdesk.records.errors import DuplicateError, InvalidInputError
from fmdesk.records.uow import UnitOfWork
from fmdesk.workorders.service import create_work_order

Factory = Callable[..., UnitOfWork]


def test_edits_are_recorded_with_who_and_what(uow_factory: Factory) -> None:
    row = create_asset(
        uow_factory("资料员"), "SB-01", "生活水泵1#", "pump", install_date="2019-06-30"
    )
    assert row.install_date == date(2019, 6, 30)
    edited = update_asset(
        uow_factory("主管"), "SB-01", expected_version=row.version, status="faulty", criticality="A"
    )
    assert (edited.status, edited.criticality, edited.version) == ("faulty", "A", row.version + 1)
    history = asset_card(uow_factory(), "SB-01").history
    assert [(h.actor, h.action) for h in history] == [("主管", "update"), ("资料员", "create")]
    assert history[0].changes == {"status": ["in_service", "faulty"], "criticality": ["B", "A"]}


def test_bad_asset_input_is_refused_and_writes_nothing(uow_factory: Factory) -> None:
    create_asset(uow_factory(), "SB-01", "生活水泵1#", "pump")
    with pytest.raises(DuplicateError, match="'SB-01' already exists"):
        create_asset(uow_factory(), "SB-01", "另一台", "pump")
    with pytest.raises(InvalidInputError, match="write it as YYYY-MM-DD"):
        create_asset(uow_factory(), "SB-02", "生活水泵2#", "pump", install_date="30/06/2019")
    with pytest.raises(InvalidInputError, match="write it as YYYY-MM-DD"):
        update_asset(uow_factory(), "SB-01", warranty_end="2021-13-40")
    with pytest.raises(InvalidInputError, match="not an asset status"):
        update_asset(uow_factory(), "SB-01", status="kaputt")
    with pytest.raises(InvalidInputError, match="Unknown asset field"):
        update_asset(uow_factory(), "SB-01", colour="red")
    assert [a.code for a in list_assets(uow_factory())] == ["SB-01"]
    card = asset_card(uow_factory(), "SB-01")
    assert card.asset.warranty_end is None and len(card.history) == 1


def test_list_filters_and_card_shows_the_orders(uow_factory: Factory) -> None:
    create_asset(uow_factory(), "SB-01", "生活水泵1#", "pump", storey_name="B1")
    create_asset(uow_factory(), "AL-3", "楼层配电箱 3AL", "distribution_board", storey_name="3F")
    assert [a.code for a in list_assets(uow_factory(), AssetFilters(storey="3F"))] == ["AL-3"]
    assert [a.code for a in list_assets(uow_factory(), AssetFilters(text="水泵"))] == ["SB-01"]
    assert [a.code for a in list_assets(uow_factory(), AssetFilters(category="pump"))] == ["SB-01"]
    order = create_work_order(uow_factory(), "异响", asset="fmdesk:asset:SB-01", source="qr")
    card = asset_card(uow_factory(), "SB-01")
    assert [(o.number, o.source) for o in card.work_orders] == [(order.number, "qr")]
    assert {h.entity for h in card.history} == {"asset", "work_order"}
