"""Warranty calendar of the handed-over equipment, with reminders before the revisit period.

Each asset's warranty end comes from the handover data (the asset register, filled from the
model's ``Pset_Warranty`` / ``FM_Handover`` / Chinese handover property sets on import). The
reminders say what is coming: a warranty that ends soon (claims must be made before), the
start of a handover's quality revisit period (6 months after delivery) and the rechecks of its
risk points that are due.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from sqlalchemy import select

from fmdesk.handover.inspection import list_handovers
from fmdesk.i18n import Msg, _t
from fmdesk.records.models import Asset
from fmdesk.records.uow import UnitOfWork

__all__ = ["Reminder", "warranty_reminders"]


@dataclass(frozen=True)
class Reminder:
    kind: str
    """warranty_end, revisit, recheck."""
    due_on: date
    days_left: int
    subject: str
    message: Msg
    asset_code: str = ""
    handover: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "due_on": self.due_on.isoformat(),
            "days_left": self.days_left,
            "subject": self.subject,
            "message": self.message.render(),
            "asset_code": self.asset_code,
            "handover": self.handover,
        }


def warranty_reminders(
    uow: UnitOfWork, today: date, horizon_days: int = 60, revisit_notice_days: int = 30
) -> list[Reminder]:
    """What falls due within ``horizon_days`` (and what is already overdue), soonest first."""
    until = today + timedelta(days=horizon_days)
    reminders: list[Reminder] = []
    with uow:
        assets = uow.session.scalars(
            select(Asset).where(Asset.warranty_end.is_not(None), Asset.in_model.is_(True))
        ).all()
        for asset in assets:
            end = asset.warranty_end
            if end is not None and today - timedelta(days=7) <= end <= until:
                reminders.append(
                    Reminder(
                        "warranty_end",
                        end,
                        (end - today).days,
                        asset.name,
                        _t(
                            "Warranty of {asset} ends on {date}: report defects to the supplier "
                            "before then.",
                            asset=asset.name,
                            date=end.isoformat(),
                        ),
                        asset_code=asset.code,
                    )
                )
    for handover in list_handovers(uow):
        start, end = handover.revisit_period
        if today <= start <= today + timedelta(days=max(horizon_days, revisit_notice_days)):
            reminders.append(
                Reminder(
                    "revisit",
                    start,
                    (start - today).days,
                    handover.name,
                    _t(
                        "The quality revisit period of {name} starts on {start} and ends on {end}.",
                        name=handover.name,
                        start=start.isoformat(),
                        end=end.isoformat(),
                    ),
                    handover=handover.name,
                )
            )
        for recheck in handover.rechecks:
            if recheck.done_on is None and recheck.due_on <= until:
                reminders.append(
                    Reminder(
                        "recheck",
                        recheck.due_on,
                        (recheck.due_on - today).days,
                        recheck.item,
                        _t(
                            "Recheck the risk point {item} ({code}) by {date}.",
                            item=recheck.item,
                            code=recheck.item_code,
                            date=recheck.due_on.isoformat(),
                        ),
                        handover=handover.name,
                    )
                )
    return sorted(reminders, key=lambda r: (r.due_on, r.kind, r.subject))
