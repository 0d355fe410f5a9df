"""The work-order state machine (工单闭环): which moves are allowed, and what each one stamps.

reported → dispatched → accepted → on_site → rectified → rechecked → closed, plus cancelled
(before work is done) and reopened (a failed recheck, or a complaint after closure).
"""

from __future__ import annotations

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
            f"'{target}' is not a work-order state; use one of {', '.join(STATES)}."
        )
    allowed = TRANSITIONS[current]
    if target not in allowed:
        hint = ", ".join(allowed) if allowed else "nothing (it is final)"
        raise InvalidTransitionError(
            f"Work order {number} is {current} and cannot go to {target}; it can go to {hint}."
        )
