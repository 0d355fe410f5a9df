"""The people of the generated history: the in-house teams and technicians, the contractors
with their staff, papers and contracts, and the backup supplier pool (kept when present)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from fmdesk.operations.contract_tables import Contract
from fmdesk.operations.contracts import DEFAULT_PENALTIES
from fmdesk.operations.history_catalogue import BACKUPS, CONTRACTORS, TEAMS, TECHNICIANS
from fmdesk.records.models import Contractor, Team, Technician


def ensure_people(session: Session, start: datetime, end: datetime) -> dict[str, int]:
    """Add whatever of the sample organisation is missing; returns what was added."""
    added = {"teams": 0, "technicians": 0, "contractors": 0, "contracts": 0}
    teams = {t.name: t for t in session.scalars(select(Team))}
    for name, skills in TEAMS.items():
        if name not in teams:
            teams[name] = Team(name=name, skills=list(skills))
            session.add(teams[name])
            added["teams"] += 1
    session.flush()
    known = set(session.scalars(select(Technician.name)))
    for name, team, skills, storey in TECHNICIANS:
        if name not in known:
            session.add(
                Technician(
                    name=name,
                    team_id=teams[team].id,
                    skills=list(skills),
                    home_storey=storey,
                    phone="",
                )
            )
            added["technicians"] += 1
    contractors = {c.name: c for c in session.scalars(select(Contractor))}
    for spec in [*CONTRACTORS, *BACKUPS]:
        if spec["name"] in contractors:
            continue
        row = Contractor(
            name=spec["name"],
            scope=spec["scope"],
            contact_name=spec["contact"],
            phone=spec["phone"],
            email="",
            staff=list(spec.get("staff", [])),
            qualifications=list(spec.get("qualifications", [])),
            insurance=dict(spec.get("insurance", {})),
            pool="active" if "contract" in spec else "backup",
        )
        session.add(row)
        contractors[spec["name"]] = row
        added["contractors"] += 1
    session.flush()
    numbers = set(session.scalars(select(Contract.number)))
    for spec in CONTRACTORS:
        terms = spec["contract"]
        if terms["number"] in numbers:
            continue
        fee = terms["monthly_fee"]
        session.add(
            Contract(
                number=terms["number"],
                contractor_id=contractors[spec["name"]].id,
                title=terms["title"],
                start_on=start.date(),
                end_on=end.date().replace(year=end.year + 1),
                scope={
                    "systems": terms["systems"],
                    "buildings": [],
                    "categories": terms["categories"],
                },
                standards=terms["standards"],
                monthly_fee=fee,
                milestones=[
                    {"name": f"{year} 年度尾款", "due_on": f"{year}-12-31", "amount": fee * 2}
                    for year in range(start.year, end.year + 1)
                ],
                penalties={**DEFAULT_PENALTIES, **terms["penalties"]},
                pass_score=80,
                created_at=start,
            )
        )
        added["contracts"] += 1
    session.flush()
    return added
