"""The staff list in the records: import (update by name, so a re-import changes nothing),
list with team, employer, certificates and pattern, and certificates about to expire.

Technicians, teams and contractors are the records' own (``fmdesk.records.people``); this adds
certificates and the duty pattern, and creates a named team or contractor when a row needs it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from fmdesk.people.shifts import DEFAULT_PATTERN, ensure_defaults, stagger
from fmdesk.people.staff_file import StaffRow
from fmdesk.people.tables import Certificate, ShiftPattern, StaffDuty
from fmdesk.records.models import Contractor, Team, Technician
from fmdesk.records.uow import UnitOfWork

FILE_COLUMN = {
    "phone": "phone",
    "skills": "skills",
    "team_id": "team",
    "employer_id": "employer",
    "active": "active",
}


@dataclass(frozen=True)
class CertificateInfo:
    kind: str
    expires_on: str | None
    days_left: int | None


@dataclass(frozen=True)
class PersonInfo:
    id: int
    name: str
    phone: str
    team: str
    skills: list[str]
    employer: str  # "" for own staff
    pattern: str
    active: bool
    certificates: list[CertificateInfo] = field(default_factory=list)


@dataclass(frozen=True)
class SaveCounts:
    added: list[str]
    updated: list[str]
    unchanged: list[str]


def save_staff(uow: UnitOfWork, rows: Sequence[StaffRow]) -> tuple[SaveCounts, dict[int, str]]:
    """Write the rows (one transaction); returns what changed and, by line, unknown patterns."""
    added, updated, unchanged = [], [], []
    bad_pattern: dict[int, str] = {}
    with uow:
        uow.begin_write()
        session = uow.session
        ensure_defaults(session)
        patterns = {p.name: p for p in session.scalars(select(ShiftPattern))}
        moved: set[str] = set()
        for row in rows:
            if row.pattern and row.pattern not in patterns:
                bad_pattern[row.line] = row.pattern
                continue
            outcome = _save_row(session, row, patterns, moved)
            {"added": added, "updated": updated, "unchanged": unchanged}[outcome].append(row.name)
        _stagger_groups(session, moved)
        uow.commit()
    return SaveCounts(added, updated, unchanged), bad_pattern


def _save_row(
    session: Session, row: StaffRow, patterns: dict[str, ShiftPattern], moved: set[str]
) -> str:
    tech = session.scalar(select(Technician).where(Technician.name == row.name))
    outcome = "unchanged"
    if tech is None:
        tech = Technician(name=row.name, skills=[], phone="", home_storey="", active=True)
        session.add(tech)
        session.flush()
        outcome = "added"
    wanted = {
        "phone": lambda: row.phone,
        "skills": lambda: row.skills,
        "team_id": lambda: _team(session, row.team),
        "employer_id": lambda: _employer(session, row.employer),
        "active": lambda: row.active,
    }
    for column, value_of in wanted.items():
        if FILE_COLUMN[column] not in row.columns:
            continue  # not in this file: keep what is saved
        value = value_of()
        if getattr(tech, column) != value:
            setattr(tech, column, value)
            outcome = "updated" if outcome == "unchanged" else outcome
    certificates = "certificates" in row.columns
    if certificates and _save_certificates(session, tech.id, row) and outcome == "unchanged":
        outcome = "updated"
    if row.pattern and _save_pattern(session, tech.id, patterns[row.pattern]):
        moved.add(row.name)
        outcome = "updated" if outcome == "unchanged" else outcome
    return outcome


def _stagger_groups(session: Session, moved: set[str]) -> None:
    """Spread the people of each team on the same pattern over its cycle (in name order), for
    the groups someone joined, so a team on 四班三倒 or 24 小时值班 covers every day."""
    if not moved:
        return
    rows = session.execute(
        select(StaffDuty, Technician.name, Technician.team_id)
        .join(Technician, StaffDuty.technician_id == Technician.id)
        .where(Technician.active.is_(True))
        .order_by(Technician.name)
    ).all()
    groups: dict[tuple[int | None, int], list[tuple[StaffDuty, str]]] = {}
    for duty, name, team_id in rows:
        groups.setdefault((team_id, duty.pattern_id), []).append((duty, name))
    for (_team, pattern_id), members in groups.items():
        if not any(name in moved for _duty, name in members):
            continue
        cycle = session.get(ShiftPattern, pattern_id).cycle
        for (duty, _name), phase in zip(members, stagger(cycle, len(members)), strict=True):
            duty.phase = phase
    session.flush()


def _team(session: Session, name: str) -> int | None:
    if not name:
        return None
    team = session.scalar(select(Team).where(Team.name == name))
    if team is None:
        team = Team(name=name, skills=[])
        session.add(team)
        session.flush()
    return team.id


def _employer(session: Session, name: str) -> int | None:
    if not name:
        return None
    row = session.scalar(select(Contractor).where(Contractor.name == name))
    if row is None:
        row = Contractor(name=name, scope="", contact_name="", phone="", email="")
        session.add(row)
        session.flush()
    return row.id


def _save_certificates(session: Session, tech_id: int, row: StaffRow) -> bool:
    """Add or update the row's certificates (ones not listed are kept); True if any changed."""
    existing = {
        c.kind: c
        for c in session.scalars(select(Certificate).where(Certificate.technician_id == tech_id))
    }
    changed = False
    for cert in row.certificates:
        held = existing.get(cert.kind)
        if held is None:
            session.add(
                Certificate(
                    technician_id=tech_id, kind=cert.kind, number="", expires_on=cert.expires_on
                )
            )
            changed = True
        elif held.expires_on != cert.expires_on:
            held.expires_on = cert.expires_on
            changed = True
    return changed


def _save_pattern(session: Session, tech_id: int, pattern: ShiftPattern) -> bool:
    duty = session.get(StaffDuty, tech_id)
    if duty is not None and duty.pattern_id == pattern.id:
        return False
    if duty is None:
        session.add(StaffDuty(technician_id=tech_id, pattern_id=pattern.id, phase=0))
    else:
        duty.pattern_id = pattern.id
    session.flush()
    return True


def list_people(uow: UnitOfWork, active_only: bool = True, today: date | None = None):
    """Everyone (active only by default) by team then name, with certificates and pattern."""
    today = today or date.today()
    with uow:
        session = uow.session
        query = (
            select(Technician, Team.name, Contractor.name, ShiftPattern.name)
            .outerjoin(Team, Technician.team_id == Team.id)
            .outerjoin(Contractor, Technician.employer_id == Contractor.id)
            .outerjoin(StaffDuty, StaffDuty.technician_id == Technician.id)
            .outerjoin(ShiftPattern, StaffDuty.pattern_id == ShiftPattern.id)
        )
        if active_only:
            query = query.where(Technician.active.is_(True))
        certificates = _certificates_by_person(session, today)
        people = [
            PersonInfo(
                id=tech.id,
                name=tech.name,
                phone=tech.phone,
                team=team or "",
                skills=list(tech.skills or []),
                employer=employer or "",
                pattern=pattern or DEFAULT_PATTERN,
                active=tech.active,
                certificates=certificates.get(tech.id, []),
            )
            for tech, team, employer, pattern in session.execute(query).all()
        ]
    return sorted(people, key=lambda p: (p.team == "", p.team, p.name))


def _certificates_by_person(session: Session, today: date) -> dict[int, list[CertificateInfo]]:
    found: dict[int, list[CertificateInfo]] = {}
    rows = session.scalars(select(Certificate).order_by(Certificate.kind))
    for cert in rows:
        left = (cert.expires_on - today).days if cert.expires_on else None
        found.setdefault(cert.technician_id, []).append(
            CertificateInfo(
                cert.kind, cert.expires_on.isoformat() if cert.expires_on else None, left
            )
        )
    return found


@dataclass(frozen=True)
class ExpiringCertificate:
    person: str
    team: str
    phone: str
    kind: str
    expires_on: str
    days_left: int  # negative: already expired


def expiring_certificates(
    uow: UnitOfWork, within_days: int, today: date | None = None
) -> list[ExpiringCertificate]:
    """Certificates of active people that expire within ``within_days`` (or have expired),
    soonest first."""
    today = today or date.today()
    limit = today + timedelta(days=within_days)
    with uow:
        rows = uow.session.execute(
            select(Certificate, Technician, Team.name)
            .join(Technician, Certificate.technician_id == Technician.id)
            .outerjoin(Team, Technician.team_id == Team.id)
            .where(Technician.active.is_(True))
            .where(Certificate.expires_on.is_not(None))
            .where(Certificate.expires_on <= limit)
            .order_by(Certificate.expires_on, Technician.name)
        ).all()
        return [
            ExpiringCertificate(
                tech.name,
                team or "",
                tech.phone,
                cert.kind,
                cert.expires_on.isoformat(),
                (cert.expires_on - today).days,
            )
            for cert, tech, team in rows
        ]
