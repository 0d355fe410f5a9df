"""Use cases of the staff list (人员): import it from a workbook, list it, and warn about
certificates (电工证, 焊工证 …) that are about to expire.

Example::

    report = import_people(app, Path("人员名单.xlsx"))   # bad rows reported by line, good kept
    soon = expiring_certificates(app, within_days=30)
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from importlib import resources
from pathlib import Path

from fmdesk.app.context import App
from fmdesk.app.results import Result
from fmdesk.errors import UserError
from fmdesk.i18n import _t

__all__ = [
    "PeopleImport",
    "RowError",
    "expiring_certificates",
    "import_people",
    "list_people",
    "load_sample_staff",
    "sample_staff_file",
]


@dataclass(frozen=True)
class RowError(Result):
    line: int
    message: str


@dataclass(frozen=True)
class PeopleImport(Result):
    path: str
    added: list[str]
    updated: list[str]
    unchanged: list[str]
    errors: list[RowError]


def import_people(app: App, path: Path) -> PeopleImport:
    """Add or update everyone in the file (matched by name, so importing it twice changes
    nothing); rows that cannot be read are listed by line and the rest are kept."""
    from fmdesk.people.staff import save_staff
    from fmdesk.people.staff_file import read_staff_file

    rows, problems = read_staff_file(Path(path))
    counts, bad_patterns = save_staff(app.uow(), rows)
    errors = [RowError(p.line, p.message.render()) for p in problems]
    errors += [
        RowError(line, _t("there is no shift pattern called {name}", name=name).render())
        for line, name in bad_patterns.items()
    ]
    return PeopleImport(
        str(path),
        counts.added,
        counts.updated,
        counts.unchanged,
        sorted(errors, key=lambda e: e.line),
    )


def list_people(app: App, include_inactive: bool = False, today: date | None = None) -> list:
    """Everyone by team, with phone, skills, employer, duty pattern and certificates."""
    from fmdesk.people.staff import list_people as query

    return query(app.uow(), active_only=not include_inactive, today=today)


def expiring_certificates(app: App, within_days: int = 30, today: date | None = None) -> list:
    """Certificates expiring within ``within_days`` (or already expired), soonest first."""
    from fmdesk.people.staff import expiring_certificates as query

    if not 0 <= within_days <= 3660:
        raise UserError(_t("Give a number of days from 0 to 3660, not {days}.", days=within_days))
    return query(app.uow(), within_days, today)


def sample_staff_file() -> Path:
    """The sample site's staff list shipped with fmdesk (four teams, own staff and a
    contractor's, certificates and duty patterns)."""
    return Path(str(resources.files("fmdesk.people") / "sample_staff.csv"))


def load_sample_staff(app: App) -> PeopleImport:
    """Import the sample staff list (what a fresh sample database is rostered with)."""
    return import_people(app, sample_staff_file())
