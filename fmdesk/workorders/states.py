"""The work-order state machine (工单闭环): which moves are allowed, and what each one stamps.

reported → dispatched → accepted → on_site → rectified → rechecked → closed, plus cancelled
(before work is done) and reopened (a failed recheck, or a complaint after closure).
"""

from __future__ import annotations

from fmdesk.i18n import Msg, _t
from fmdesk.records.errors import InvalidTransitionError

SOURCES = ("phone", "walk_in", "qr", "inspection", "trace", "preventive", "meter")
"""How an order was reported (电话, 来访, 扫码, 巡检, 管网追溯, 预防性维护)."""

STATES = (
    "reported",
    "dispatched",
    "accepted",
    "on_site",
    "rectified",
    "rechecked",
    "closed",
    "cancelled",
    "reopened",
)
OPEN_STATES = (
    "reported",
    "dispatched",
    "accepted",
    "on_site",
    "rectified",
    "rechecked",
    "reopened",
)
DONE_STATES = ("closed", "cancelled")

TRANSITIONS: dict[str, tuple[str, ...]] = {
    "reported": ("dispatched", "cancelled"),
    "dispatched": ("accepted", "reported", "cancelled"),  # → reported: the technician declined
    "accepted": ("on_site", "cancelled"),
    "on_site": ("rectified",),
    "rectified": ("rechecked", "reopened"),
    "rechecked": ("closed", "reopened"),
    "closed": ("reopened",),
    "reopened": ("dispatched", "cancelled"),
    "cancelled": (),
}

# The timestamp column each state sets when it is entered.
STAMPS = {
    "dispatched": "dispatched_at",
    "accepted": "accepted_at",
    "on_site": "on_site_at",
    "rectified": "rectified_at",
    "rechecked": "rechecked_at",
    "closed": "closed_at",
    "cancelled": "cancelled_at",
}

STATE_NAMES: dict[str, Msg] = {
    "reported": _t("reported"),
    "dispatched": _t("dispatched"),
    "accepted": _t("accepted"),
    "on_site": _t("on site"),
    "rectified": _t("rectified"),
    "rechecked": _t("rechecked"),
    "closed": _t("closed"),
    "cancelled": _t("cancelled"),
    "reopened": _t("reopened"),
}
"""What a state is called where people read it (the id stays in data and ``--json``)."""

SOURCE_NAMES: dict[str, Msg] = {
    "phone": _t("phone call"),
    "walk_in": _t("walk-in"),
    "qr": _t("QR code scan"),
    "inspection": _t("inspection round"),
    "trace": _t("network trace"),
    "preventive": _t("preventive maintenance"),
}

LABELS_ZH = {
    "reported": "已报修",
    "dispatched": "已派单",
    "accepted": "已接单",
    "on_site": "已到场",
    "rectified": "已整改",
    "rechecked": "已复核",
    "closed": "已关闭",
    "cancelled": "已取消",
    "reopened": "已重开",
}


def check_transition(number: str, current: str, target: str) -> None:
    """Raise InvalidTransitionError unless ``current → target`` is allowed.

    Example: ``check_transition("GD-2027-000001", "reported", "closed")`` raises.
    """
    if target not in STATES:
        raise InvalidTransitionError(
            _t(
                "'{state}' is not a work-order state; use one of {states}.",
                state=target,
                states=list(STATES),
            )
        )
    allowed = TRANSITIONS[current]
    if target not in allowed:
        hint = [state_name(s) for s in allowed] if allowed else _t("nothing (it is final)")
        raise InvalidTransitionError(
            _t(
                "Work order {number} is {current} and cannot go to {target}; it can go to {hint}.",
                number=number,
                current=state_name(current),
                target=state_name(target),
                hint=hint,
            )
        )


def state_name(state: str) -> Msg | str:
    """The readable name of ``state`` (the id itself when unknown)."""
    return STATE_NAMES.get(state, state)


def source_name(source: str) -> Msg | str:
    """The readable name of how an order was reported (the id itself when unknown)."""
    return SOURCE_NAMES.get(source, source)
