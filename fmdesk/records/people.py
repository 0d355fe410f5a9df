"""Technicians, teams (with skills) and contractors: who can be dispatched.

Example: ``add_technician(records.uow("主管"), "李师傅", skills=["plumbing"], team="维修一班")``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select

from fmdesk.i18n import _t
from fmdesk.records.errors import DuplicateError, InvalidInputError
from fmdesk.records.models import Contractor, Team, Technician
from fmdesk.records.uow import UnitOfWork

SKILLS = {
    "plumbing": "给排水",
    "electrical": "电气",
    "hvac": "暖通",
    "lift": "电梯",
    "fire": "消防",
    "civil": "土建",
    "weak_current": "弱电",
}


@dataclass(frozen=True)
class TechnicianInfo:
    id: int
    name: str
    phone: str
    team: str | None
    skills: list[str]
    home_storey: str
    active: bool


@dataclass(frozen=True)
class ContractorInfo:
    id: int
    name: str
    scope: str
    contact_name: str
    phone: str
    email: str


def _check_skills(skills: Sequence[str]) -> list[str]:
    unknown = [s for s in skills if s not in SKILLS]
    if unknown:
        raise InvalidInputError(
            _t(
                "Unknown skill(s) {unknown}; use {skills}.",
                unknown=list(unknown),
                skills=list(SKILLS),
            )
        )
    return list(dict.fromkeys(skills))


def add_team(uow: UnitOfWork, name: str, skills: Sequence[str] = ()) -> int:
    """Create a team (班组); returns its id."""
    with uow:
        uow.begin_write()
        if uow.session.scalar(select(Team).where(Team.name == name)) is not None:
            raise DuplicateError(_t("A team called '{name}' already exists.", name=name))
        team = Team(name=name, skills=_check_skills(skills))
        uow.session.add(team)
        uow.flush()
        uow.commit()
        return team.id


def add_technician(
    uow: UnitOfWork,
    name: str,
    skills: Sequence[str] = (),
    team: str | None = None,
    phone: str = "",
    home_storey: str = "",
) -> TechnicianInfo:
    """Register a technician; their skills (plus their team's) drive dispatch suggestions."""
    if not name.strip():
        raise InvalidInputError(_t("A technician needs a name."))
    with uow:
        uow.begin_write()
        if uow.session.scalar(select(Technician).where(Technician.name == name)) is not None:
            raise DuplicateError(_t("A technician called '{name}' already exists.", name=name))
        team_row = None
        if team:
            team_row = uow.session.scalar(select(Team).where(Team.name == team))
            if team_row is None:
                raise InvalidInputError(_t("No team is called '{team}'; add it first.", team=team))
        tech = Technician(
            name=name.strip(),
            skills=_check_skills(skills),
            team_id=team_row.id if team_row else None,
            phone=phone,
            home_storey=home_storey,
        )
        uow.session.add(tech)
        uow.flush()
        info = _tech_info(tech, team_row)
        uow.commit()
        return info


def list_technicians(uow: UnitOfWork, active_only: bool = True) -> list[TechnicianInfo]:
    with uow:
        query = select(Technician, Team).outerjoin(Team, Technician.team_id == Team.id)
        if active_only:
            query = query.where(Technician.active.is_(True))
        rows = uow.session.execute(query.order_by(Technician.name)).all()
        return [_tech_info(t, team) for t, team in rows]


def add_contractor(
    uow: UnitOfWork,
    name: str,
    scope: str = "",
    contact_name: str = "",
    phone: str = "",
    email: str = "",
) -> ContractorInfo:
    """Register an outsourced contractor (外包单位) with its scope and contacts."""
    if not name.strip():
        raise InvalidInputError(_t("A contractor needs a name."))
    with uow:
        uow.begin_write()
        if uow.session.scalar(select(Contractor).where(Contractor.name == name)) is not None:
            raise DuplicateError(_t("A contractor called '{name}' already exists.", name=name))
        row = Contractor(
            name=name.strip(), scope=scope, contact_name=contact_name, phone=phone, email=email
        )
        uow.session.add(row)
        uow.flush()
        info = ContractorInfo(row.id, row.name, row.scope, row.contact_name, row.phone, row.email)
        uow.commit()
        return info


def _tech_info(tech: Technician, team: Team | None) -> TechnicianInfo:
    skills = list(dict.fromkeys([*(tech.skills or []), *((team.skills or []) if team else [])]))
    return TechnicianInfo(
        id=tech.id,
        name=tech.name,
        phone=tech.phone,
        team=team.name if team else None,
        skills=skills,
        home_storey=tech.home_storey,
        active=tech.active,
    )
