"""Use cases of inspection rounds (巡检): routes, rounds, results, repeated findings.

A failed item opens a work order with its rectification deadline and the configured SLA::

    route = create_route(app, "B1 巡检", storey="B1")
    round_ = start_round(app, "B1 巡检", inspector="王工")
    result = record_result(app, round_.id, "SB-01", "PUMP-LEAK", "fail", "滴漏")
    summary = finish_round(app, round_.id)
"""

from __future__ import annotations

from collections.abc import Sequence

from fmdesk.app.context import App
from fmdesk.app.permissions import Permission
from fmdesk.app.users import require

__all__ = [
    "create_route",
    "finish_round",
    "list_templates",
    "record_result",
    "repeated_findings",
    "route_names",
    "start_round",
]


def list_templates() -> list:
    """The checklist templates in use (bundled plus the department's own)."""
    from fmdesk.workorders.templates import load_templates

    return list(load_templates().values())


def create_route(
    app: App,
    name: str,
    storey: str = "",
    space: str = "",
    categories: Sequence[str] | None = None,
):
    """A route over the assets of a storey and/or space (optionally only some categories)."""
    require(app, Permission.INSPECT_PLAN)
    from fmdesk.workorders.inspection import create_route as create

    return create(app.uow(), name, storey, space, list(categories) if categories else None)


def route_names(app: App) -> list[str]:
    """Inspection route names, alphabetically."""
    from fmdesk.workorders.inspection import list_route_names

    return list_route_names(app.uow())


def start_round(app: App, route: str, inspector: str | None = None):
    """Begin walking ``route``: its stops and the items to check at each."""
    require(app, Permission.INSPECT_RECORD)
    from fmdesk.workorders.inspection import start_round as start

    return start(app.uow(), route, inspector)


def record_result(app: App, round_id: int, asset: str, item: str, outcome: str, note: str = ""):
    """Record one checklist item; a failure opens a work order (with ``app.sla``)."""
    require(app, Permission.INSPECT_RECORD)
    from fmdesk.workorders.inspection import record_result as record

    return record(app.uow(), round_id, asset, item, outcome, note, sla=app.sla)


def finish_round(app: App, round_id: int):
    """Finish a round: what was checked, passed, failed or missed, and the orders opened."""
    require(app, Permission.INSPECT_RECORD)
    from fmdesk.workorders.inspection import finish_round as finish

    return finish(app.uow(), round_id)


def repeated_findings(app: App) -> list:
    """Items found failing again and again on the same asset (屡查屡犯)."""
    from fmdesk.workorders.inspection import repeated_findings as repeats

    return repeats(app.uow())
