"""What every part of the generated history shares: the time window, the building's assets
and flats, who serves what (contract scope → contractor, skill → technicians), and the order
factory with each contractor's service standards and bad months."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from fmdesk.i18n import _t
from fmdesk.operations.contract_tables import Contract
from fmdesk.operations.history_catalogue import LIFT, MEP
from fmdesk.operations.history_orders import OrderFactory
from fmdesk.records.errors import InvalidInputError
from fmdesk.records.models import Asset, Contractor, Site, Space, Team, Technician
from fmdesk.workorders.dispatch import required_skill
from fmdesk.workorders.sla import SlaTarget

# Months (counted back from the last complete month, 0 = that month) a contractor did badly:
# in the last complete month the mechanical contractor's third failing month gives it a red
# card, the lift contractor's second a yellow one (the lift one also had a bad patch a year ago).
BAD_MONTHS = {MEP: (2, 1, 0), LIFT: (13, 1, 0)}


@dataclass(frozen=True)
class AssetRef:
    id: int
    code: str
    name: str
    category: str
    global_id: str
    space_id: int | None
    location: str


@dataclass
class HistoryContext:
    rng: random.Random
    start: datetime
    end: datetime
    site_id: int
    assets: dict[str, list[AssetRef]]  # category → assets
    flats: list[tuple[int, str]]  # (space id, long name)
    contractor_for: dict[str, int]  # category → contractor id
    contractor_names: dict[int, str]
    technicians: dict[str, list[int]]  # skill → technician ids
    factory: OrderFactory
    blobs: Any = None  # the documents store (photos of findings), when given

    def days(self) -> int:
        return (self.end - self.start).days

    def technician_for(self, category: str) -> int | None:
        ids = self.technicians.get(required_skill(category)) or self.technicians.get("civil")
        return self.rng.choice(ids) if ids else None


def history_window(years: int, until: date) -> tuple[datetime, datetime]:
    """[start, end): ``years`` whole years ending at the start of day ``until`` (UTC)."""
    if not 1 <= years <= 10:
        raise InvalidInputError(_t("History is generated for 1 to 10 years."))
    end = datetime.combine(until, time(), tzinfo=UTC)
    start = end.replace(year=end.year - years)
    return start, end


def load_context(
    session: Session,
    rng: random.Random,
    start: datetime,
    end: datetime,
    sla: dict[str, SlaTarget],
    blobs: Any = None,
) -> HistoryContext:
    """Read what the history is built on (the imported register, the people, the contracts)."""
    assets: dict[str, list[AssetRef]] = {}
    for row in session.scalars(
        select(Asset).where(Asset.removed_revision_id.is_(None)).order_by(Asset.code)
    ):
        location = row.space_name or row.storey_name
        ref = AssetRef(
            row.id,
            row.code,
            row.name,
            row.category,
            row.ifc_global_id or "",
            row.space_id,
            location,
        )
        assets.setdefault(row.category, []).append(ref)
    if not assets:
        raise InvalidInputError(
            _t(
                "The register is empty; import the sample building first "
                "(fmdesk assets import ifc_samples/sample_residential_ifc4.ifc)."
            )
        )
    flats = [
        (s.id, s.long_name or s.name)
        for s in session.scalars(select(Space).where(Space.kind == "flat").order_by(Space.name))
    ]
    contractor_for: dict[str, int] = {}
    standards: dict[int, dict[str, Any]] = {}
    for contract in session.scalars(select(Contract).order_by(Contract.start_on, Contract.id)):
        for category in (contract.scope or {}).get("categories") or []:
            contractor_for[category] = contract.contractor_id
        standards[contract.contractor_id] = contract.standards or {}
    names = dict(session.execute(select(Contractor.id, Contractor.name)).all())
    by_name = {name: cid for cid, name in names.items()}
    technicians: dict[str, list[int]] = {}
    for tech, team in session.execute(
        select(Technician, Team)
        .outerjoin(Team, Technician.team_id == Team.id)
        .order_by(Technician.id)
    ).all():
        for skill in set(tech.skills or []) | set((team.skills if team else None) or []):
            technicians.setdefault(skill, []).append(tech.id)
    site = session.scalar(select(Site).order_by(Site.id).limit(1))
    assert site is not None
    factory = OrderFactory(
        rng,
        start,
        end,
        site.id,
        sla,
        standards,
        {by_name[n]: _months(end, back) for n, back in BAD_MONTHS.items() if n in by_name},
    )
    return HistoryContext(
        rng, start, end, site.id, assets, flats, contractor_for, names, technicians, factory, blobs
    )


def _months(end: datetime, back: tuple[int, ...]) -> set[str]:
    """The YYYY-MM names of the months ``back`` months before the last complete one."""
    last = (end.replace(day=1) - timedelta(days=1)).replace(day=1)
    found = set()
    for n in back:
        year, month = divmod(last.year * 12 + last.month - 1 - n, 12)
        found.add(f"{year:04d}-{month + 1:02d}")
    return found


def local_time(rng: random.Random, day: datetime) -> datetime:
    """A reporting moment on ``day``: mostly 7–22 h Beijing time (UTC+8), some at night."""
    hour = rng.choice(range(7, 23)) if rng.random() < 0.92 else rng.choice(range(0, 7))
    return day + timedelta(hours=hour - 8, minutes=rng.uniform(0, 59))
