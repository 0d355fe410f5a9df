"""Worker-side glue: the few service calls the panels need, composed into one background call
each, returning plain data (never a session). Runs on a worker thread; no Qt here."""

from __future__ import annotations

from dataclasses import dataclass

from fmdesk.bootstrap import App
from fmdesk.records.assets import list_assets
from fmdesk.records.dto import AssetFilters, AssetRow, WorkOrderView
from fmdesk.workorders.inspection import list_route_names
from fmdesk.workorders.service import list_work_orders, work_order_board
from fmdesk.workorders.states import OPEN_STATES

CLOSED_ON_BOARD = 30
"""How many recently closed orders the board's last column shows."""


@dataclass(frozen=True)
class RegisterData:
    everything: list[AssetRow] | None  # the whole register (choices, GlobalId index); None: kept
    shown: list[AssetRow]  # what the filters select


def load_register(app: App, filters: AssetFilters, whole: bool = True) -> RegisterData:
    """The filtered rows, plus the whole register when ``whole`` (after an import or at
    start-up; a filter change needs only the rows)."""
    unfiltered = filters == AssetFilters(limit=filters.limit)
    everything = list_assets(app.uow(), AssetFilters(limit=100_000)) if whole else None
    if everything is not None and unfiltered:
        return RegisterData(everything, everything)
    return RegisterData(everything, list_assets(app.uow(), filters))


def load_board(app: App) -> list[WorkOrderView]:
    """Every open order plus the most recently closed ones, newest first."""
    open_page = work_order_board(app.uow(), page_size=500, states=OPEN_STATES)
    closed = work_order_board(app.uow(), page_size=CLOSED_ON_BOARD, states=["closed"])
    return [*open_page.items, *closed.items]


def load_order_list(
    app: App, overdue: bool, mine: str, system: str, system_of: dict[str, str]
) -> list[WorkOrderView]:
    """Orders for the list view: overdue only or newest first, then mine / by system."""
    orders = list_work_orders(app.uow(), overdue=overdue, limit=500)
    if mine:
        orders = [o for o in orders if mine in (o.assignee, o.reporter)]
    if system:
        orders = [o for o in orders if system in system_of.get(o.asset_code or "", "")]
    return orders


def route_names(app: App) -> list[str]:
    """Inspection route names, alphabetically."""
    return list_route_names(app.uow())
