"""Use cases of the work-order loop (工单闭环): report, dispatch and advance, close, rate, list.

Every call that starts or restarts an SLA clock passes the department's targets (``app.sla``,
from ``sla.json``), so an order reported from the CLI, the work-order form, an inspection or the
network panel gets the same deadlines::

    order = create_work_order(app, "水泵异响", priority="urgent", asset="SB-01")
    order = advance_work_order(app, order.number, "dispatched", assignee="李师傅")
    order = create_shutoff_order(app, "1-601 户内支管漏水", ["户阀 1-601"], ["1-601"])
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from fmdesk.app.context import App
from fmdesk.app.permissions import STATE_PERMISSIONS, Permission
from fmdesk.app.users import require
from fmdesk.app.validation import check_limit, check_text
from fmdesk.i18n import _t
from fmdesk.records.dto import DocumentInfo, WorkOrderCard, WorkOrderView

__all__ = [
    "CLOSED_ON_BOARD",
    "add_contractor",
    "add_technician",
    "advance_work_order",
    "attach_evidence",
    "close_work_order",
    "create_shutoff_order",
    "create_work_order",
    "list_work_orders",
    "load_board",
    "load_order_list",
    "rate_work_order",
    "show_work_order",
    "suggest_assignees",
]

CLOSED_ON_BOARD = 30
"""How many recently closed orders the board's last column shows."""


def create_work_order(
    app: App,
    title: str,
    *,
    priority: str = "normal",
    asset: str | None = None,
    space: str | None = None,
    element_global_id: str = "",
    source: str = "phone",
    description: str = "",
    reporter: str = "",
    location: str = "",
) -> WorkOrderView:
    """Report a work order (numbered GD-YYYY-NNNNNN) with the configured SLA clocks."""
    require(app, Permission.WO_CREATE)
    from fmdesk.workorders.service import create_work_order as create

    title = check_text(title, _t("title"), 300)
    description = check_text(description, _t("description"), 20000, multiline=True)
    reporter = check_text(reporter, _t("reporter"), 100)
    location = check_text(location, _t("location"), 300)

    return create(
        app.uow(),
        title,
        priority=priority,
        asset=asset,
        space=space,
        element_global_id=element_global_id,
        source=source,
        description=description,
        reporter=reporter,
        location=location,
        sla=app.sla,
    )


def create_shutoff_order(
    app: App,
    title: str,
    valves: Sequence[str],
    flats: Sequence[str],
    *,
    element_global_id: str = "",
    description: str = "",
    priority: str = "urgent",
    reporter: str = "",
) -> WorkOrderView:
    """An order from a trace or isolation: the valves/breakers to operate and the flats that
    lose supply, with the configured SLA targets of its priority (urgent by default).

    ``valves`` and ``flats`` are kept as given (names or GlobalIds); at least one valve.
    """
    require(app, Permission.WO_CREATE)
    from fmdesk.workorders.service import create_shutoff_order as create

    return create(
        app.uow(),
        title,
        valves,
        flats,
        priority=priority,
        element_global_id=element_global_id,
        description=description,
        reporter=reporter,
        sla=app.sla,
    )


def advance_work_order(
    app: App,
    number: str,
    to: str,
    *,
    assignee: str | None = None,
    contractor: str | None = None,
    note: str = "",
    expected_version: int | None = None,
) -> WorkOrderView:
    """Move an order to state ``to`` (a reopen restarts its SLA clocks with ``app.sla``).

    Dispatching without naming anyone sends the order to the contractor whose contract covers
    its asset (外包范围), if there is one; a contractor's name given as the assignee (the first
    dispatch suggestion of such an order) dispatches to that contractor. Otherwise a dispatch
    at night (18:00–08:00) without an assignee goes to whoever is on duty in the roster
    (``fmdesk.app.roster.night_default_assignee``)."""
    require(app, STATE_PERMISSIONS.get(to, Permission.WO_DISPATCH))
    note = check_text(note, _t("note"), 4000, multiline=True)
    from fmdesk.workorders.service import advance_work_order as advance

    if to == "dispatched" and not contractor:
        from fmdesk.app.contractors import dispatch_target

        assignee, contractor = dispatch_target(app, number, assignee)
    if to == "dispatched" and not assignee and not contractor:
        from fmdesk.app.roster import night_default_assignee

        assignee = night_default_assignee(app, number)

    return advance(
        app.uow(),
        number,
        to,
        assignee=assignee,
        contractor=contractor,
        note=note,
        expected_version=expected_version,
        sla=app.sla,
    )


def close_work_order(
    app: App, number: str, note: str = "", expected_version: int | None = None
) -> WorkOrderView:
    """Close a rechecked order (销项)."""
    return advance_work_order(app, number, "closed", note=note, expected_version=expected_version)


def rate_work_order(app: App, number: str, score: int, comment: str = "") -> WorkOrderView:
    """Record the resident's satisfaction (1–5) on a rechecked or closed order."""
    require(app, Permission.WO_RATE)
    from fmdesk.workorders.service import rate_work_order as rate

    return rate(app.uow(), number, score, comment)


def attach_evidence(app: App, number: str, path: Path, kind: str | None = None) -> DocumentInfo:
    """Store a photo or video as evidence of the repair (kind from the file type if not given)."""
    require(app, Permission.WO_WORK)
    from fmdesk.workorders.service import attach_evidence as attach

    if kind is None:
        kind = "video" if Path(path).suffix.lower() in (".mp4", ".mov", ".avi") else "photo"
    return attach(app.uow(), number, Path(path), kind)


def show_work_order(app: App, number: str) -> WorkOrderCard:
    """One order with its timeline and evidence."""
    from fmdesk.workorders.service import work_order_card

    return work_order_card(app.uow(), number)


def list_work_orders(
    app: App,
    *,
    overdue: bool = False,
    states: Sequence[str] | None = None,
    asset: str | None = None,
    limit: int = 200,
) -> list[WorkOrderView]:
    """Overdue orders (most overdue first) or the newest, optionally by state and asset."""
    from fmdesk.workorders.service import list_work_orders as query

    check_limit(limit)
    return query(app.uow(), overdue=overdue, states=states, asset=asset, limit=limit)


def load_board(app: App) -> list[WorkOrderView]:
    """The board's cards: every open order plus the most recently closed ones, newest first."""
    from fmdesk.workorders.service import work_order_board
    from fmdesk.workorders.states import OPEN_STATES

    open_page = work_order_board(app.uow(), page_size=500, states=OPEN_STATES)
    closed = work_order_board(app.uow(), page_size=CLOSED_ON_BOARD, states=["closed"])
    return [*open_page.items, *closed.items]


def load_order_list(
    app: App, overdue: bool, mine: str, system: str, system_of: dict[str, str]
) -> list[WorkOrderView]:
    """The board's list view: overdue only or newest first, then only ``mine`` (assignee or
    reporter) and only orders on assets of ``system`` (``system_of``: asset code → system)."""
    orders = list_work_orders(app, overdue=overdue, limit=500)
    if mine:
        orders = [o for o in orders if mine in (o.assignee, o.reporter)]
    if system:
        orders = [o for o in orders if system in system_of.get(o.asset_code or "", "")]
    return orders


def suggest_assignees(app: App, number: str) -> list:
    """Who should be dispatched, best first (skill, open orders, storey), with the reasons;
    the contractor whose contract covers the order comes first, then (at night) whoever is on
    duty in the roster (the dispatch form's default)."""
    from fmdesk.app.contractors import contractor_suggestion
    from fmdesk.app.roster import night_duty_first
    from fmdesk.workorders.dispatch import suggest_assignees as suggest

    ranked = night_duty_first(app, suggest(app.uow(), number, limit=100))[:5]
    found = contractor_suggestion(app, number)
    return [found, *ranked] if found else ranked


def add_technician(
    app: App, name: str, skills: Sequence[str], phone: str = "", home_storey: str = ""
):
    """Register a technician with skills (plumbing, electrical…) and a base storey."""
    require(app, Permission.PEOPLE_EDIT)
    from fmdesk.records.people import add_technician as add

    check_text(name, _t("name"), 100)
    check_text(phone, _t("phone"), 50)

    return add(app.uow(), name, list(skills), phone=phone, home_storey=home_storey)


def add_contractor(app: App, name: str, scope: str = "", contact: str = "", phone: str = ""):
    """Register an outsourced contractor (外包单位)."""
    require(app, Permission.PEOPLE_EDIT)
    from fmdesk.records.people import add_contractor as add

    check_text(name, _t("name"), 200)

    return add(app.uow(), name, scope=scope, contact_name=contact, phone=phone)
