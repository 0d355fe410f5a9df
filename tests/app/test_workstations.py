"""Two workstations (two Apps, each with its own engine and connection pool) on one database:
the optimistic lock holds — the second save of a stale work order is refused, nothing lost."""

from __future__ import annotations

import pytest

from fmdesk.app import App
from fmdesk.app.assets import add_asset
from fmdesk.app.workorders import advance_work_order, create_work_order, show_work_order
from fmdesk.bootstrap import bootstrap
from fmdesk.records.database import Records
from fmdesk.records.errors import ConflictError
from fmdesk.settings import Settings


def test_second_workstation_saving_a_stale_order_gets_a_conflict(
    app: App, records: Records
) -> None:
    add_asset(app, "WS-01", "生活水泵", "pump")
    order = create_work_order(app, "水泵异响", asset="WS-01")
    first = bootstrap(records.url, settings=Settings(), actor="调度A")
    second = bootstrap(records.url, settings=Settings(), actor="调度B")
    try:
        seen_by_b = show_work_order(second, order.number).order.version
        advance_work_order(first, order.number, "cancelled", expected_version=order.version)
        with pytest.raises(ConflictError, match="changed by someone else") as caught:
            advance_work_order(
                second, order.number, "dispatched", assignee="王师傅", expected_version=seen_by_b
            )
        assert caught.value.fresh.state == "cancelled"
        card = show_work_order(app, order.number)
        assert card.order.state == "cancelled" and card.order.assignee in ("", None)
    finally:
        first.close()
        second.close()
