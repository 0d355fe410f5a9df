"""Plain data the planning engine takes and returns, so it runs without a database, a model or Qt.

The GUI, the CLI, the IFC adapter and the records adapter all build these dataclasses; the engine
never sees a session or an ``ifcopenshell.entity_instance``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date

from fmdesk.errors import CancelledError

Progress = Callable[[int, int], None]
"""Called with (done, total) while long work runs; a Qt worker turns it into a signal."""

CancelCheck = Callable[[], bool]
"""Returns True when the user pressed Cancel; long work then raises ``CancelledError``."""


def report_progress(
    progress: Progress | None, cancel: CancelCheck | None, done: int, total: int
) -> None:
    """Tell the caller how far we are and stop if it asked us to.

    >>> report_progress(None, None, 1, 2)
    """
    if cancel is not None and cancel():
        raise CancelledError("cancelled")
    if progress is not None:
        progress(done, total)


@dataclass(frozen=True)
class PlanAsset:
    """One maintainable thing: an element of the model or a row of the asset register.

    ``ifc_class`` is the effective class (``IfcPump`` even when IFC2X3 stores it as
    ``IfcFlowMovingDevice`` with an ``IfcPumpType``). Lifecycle inputs that the model or the
    register may carry: ``install_date``, ``service_life_years`` (Pset_ServiceLife or the register),
    ``factors`` (ISO 15686 A..G, Pset_ServiceLifeFactors or the planner), ``replacement_cost``.

    >>> PlanAsset(code="SB-01", name="生活水泵1#", ifc_class="IfcPump").code
    'SB-01'
    """

    code: str
    name: str
    ifc_class: str
    predefined_type: str = ""
    type_name: str = ""
    kind: str = ""
    system: str = ""
    system_type: str = ""
    location: str = ""
    install_date: date | None = None
    service_life_years: float | None = None
    service_life_source: str = ""
    factors: dict[str, float] = field(default_factory=dict)
    replacement_cost: float | None = None
    global_id: str = ""
    in_service: bool = True


@dataclass(frozen=True)
class Failure:
    """A failure from the work-order history: which asset, and when it failed (or was replaced)."""

    asset_code: str
    failed_on: date


@dataclass(frozen=True)
class TaskDefinition:
    """A routine task of the library, matched to assets by class, type, system and name."""

    code: str
    name: str
    ifc_classes: tuple[str, ...]
    rrule: str
    hours: float
    team: str
    contractor: bool = False
    mode: str = "fixed"  # "fixed" or "floating"
    strict: bool = False  # the interval is a legal maximum: only move earlier
    window_pct: float = 10.0
    batches: int = 1
    predefined_types: tuple[str, ...] = ()
    system_types: tuple[str, ...] = ()
    name_contains: tuple[str, ...] = ()
    source: str = ""
    note: str = ""


@dataclass(frozen=True)
class Team:
    """A team or contractor and the hours per week it can give to planned work."""

    name: str
    hours_per_week: float
    contractor: bool = False
    note: str = ""


@dataclass(frozen=True)
class DoneRecord:
    """A task already done (or a date the planner fixed): kept when the plan is regenerated.

    ``occurrence_id`` names the planned occurrence it closes (``SB-01/PUMP-INSP/2027-003``); when
    it is empty the record still anchors floating tasks by ``asset_code`` and ``task_code``.
    """

    asset_code: str
    task_code: str
    done_on: date
    occurrence_id: str = ""
    by: str = ""


@dataclass(frozen=True)
class PlanEdit:
    """A planner's change to one occurrence (date and/or assignee), kept across regeneration."""

    occurrence_id: str
    planned_on: date | None = None
    team: str | None = None


@dataclass
class Occurrence:
    """One planned (or done) visit of one task on one asset."""

    id: str
    asset_code: str
    task_code: str
    nominal: date
    planned_on: date
    team: str
    hours: float
    status: str = "planned"  # planned | done | edited
    flags: tuple[str, ...] = ()


@dataclass(frozen=True)
class Replacement:
    """An end-of-life replacement with its cost and the reason for its year."""

    asset_code: str
    asset_name: str
    ifc_class: str
    system: str
    location: str
    year: int
    cost: float
    cost_basis: str
    life_basis: str


@dataclass
class Plan:
    """A year's plan: occurrences, replacements, and where its calendar and data came from."""

    year: int
    assets: dict[str, PlanAsset]
    tasks: dict[str, TaskDefinition]
    teams: dict[str, Team]
    occurrences: list[Occurrence]
    replacements: list[Replacement]
    forecast: list[Replacement]
    calendar_basis: str
    warnings: list[str] = field(default_factory=list)

    def occurrence_index(self) -> dict[str, Occurrence]:
        return {occ.id: occ for occ in self.occurrences}
