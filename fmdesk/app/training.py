"""Training use cases: drills checked by the network engine, tours, trainees, certificates.

One function per user action, shared by ``fmdesk training …``, the Training menu and docks of
the GUI, and the tests. Domain logic lives in :mod:`fmdesk.training`; here the model is opened
once (:meth:`App.open_model`), the network comes from the opened model, and records go through
a unit of work.

Example::

    app = bootstrap()
    check = check_drill(app, "ifc_samples/sample_residential_ifc4.ifc", leak_id, [v1, v2])
    check.score, [n.name for n in check.missing]
"""

from __future__ import annotations

import random
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from fmdesk.app.context import App
from fmdesk.app.opened_model import OpenedModel
from fmdesk.app.permissions import Permission
from fmdesk.app.progress import NO_PROGRESS, Progress
from fmdesk.app.users import require
from fmdesk.errors import UserError
from fmdesk.i18n import _t, tr
from fmdesk.resources import resource_path
from fmdesk.training import store
from fmdesk.training.certificate import Certificate, CertificateError, write_certificate
from fmdesk.training.drill_picker import DIFFICULTIES, pick_leaks
from fmdesk.training.dto import AttemptInfo, DrillSetInfo, DrillSpec, TourSummary, TraineeInfo
from fmdesk.training.element_drills import (
    ElementDrillResult,
    check_identify,
    check_locate,
    identify_choices,
)
from fmdesk.training.isolation_drill import IsolationCheck, check_isolation, drill_reference
from fmdesk.training.progress import ProgressRow, progress_table
from fmdesk.training.tour_files import read_tour_file, write_tour_file
from fmdesk.training.tours import Tour, missing_elements

__all__ = [
    "ModelKey",
    "add_trainee",
    "bundled_tour_files",
    "check_drill",
    "check_identify_drill",
    "check_locate_drill",
    "delete_tour",
    "export_tour",
    "identify_options",
    "import_tour",
    "install_bundled_tours",
    "issue_certificate",
    "list_drill_sets",
    "list_tours",
    "list_trainees",
    "load_tour",
    "model_key",
    "pick_random_drills",
    "record_attempt",
    "save_drill_set",
    "save_tour",
    "training_progress",
]

TOURS_DIR = resource_path("training")


@dataclass(frozen=True)
class ModelKey:
    """What tours and drill sets of a model are filed under: the project GlobalId (the same
    in every revision of the building) and a name to show."""

    key: str
    name: str

    def to_dict(self) -> dict[str, str]:
        return {"model_key": self.key, "model_name": self.name}


def model_key(app: App, model: str | Path, progress: Progress = NO_PROGRESS) -> ModelKey:
    """The model key of the model at ``model`` (opened once per process)."""
    return key_of(app.open_model(model, progress))


def key_of(opened: OpenedModel) -> ModelKey:
    projects = opened.file.by_type("IfcProject")
    buildings = opened.file.by_type("IfcBuilding")
    name = ""
    for entity in (*buildings[:1], *projects[:1]):
        name = name or str(getattr(entity, "Name", "") or "")
    key = str(projects[0].GlobalId) if projects else opened.content_hash[:22]
    return ModelKey(key, name or opened.path.stem)


# -- drills --------------------------------------------------------------------------------


def check_drill(
    app: App,
    model: str | Path,
    fault: str,
    answer: Iterable[str],
    mode: str = "leak",
    progress: Progress = NO_PROGRESS,
) -> IsolationCheck:
    """Score a leak (valves) or fault (breakers) drill against the engine's isolation."""
    opened = app.open_model(model, progress)
    network = opened.network(progress=progress)
    return check_isolation(network, fault, list(answer), mode)


def check_locate_drill(
    app: App,
    model: str | Path,
    target: str,
    clicked: str | None,
    seconds: float,
    limit_s: float | None,
) -> ElementDrillResult:
    """Score a locate drill (the element or the room or flat that holds it)."""
    opened = app.open_model(model)
    return check_locate(target, clicked, _rooms_of(opened, target), seconds, limit_s)


def check_identify_drill(
    app: App, model: str | Path, target: str, chosen_kind: str, chosen_system: str
) -> ElementDrillResult:
    kind, systems = _kind_and_systems(app.open_model(model), target)
    return check_identify(target, kind, systems, chosen_kind, chosen_system)


def identify_options(
    app: App, model: str | Path, target: str, seed: int | None = None
) -> tuple[list[str], list[str]]:
    """The kinds and systems an identify drill offers for ``target``."""
    opened = app.open_model(model)
    kind, systems = _kind_and_systems(opened, target)
    network = opened.network()
    all_kinds = {n.kind for n in network.nodes.values() if n.global_id in network.node_media}
    all_systems = {s for n in network.nodes.values() for s in n.systems}
    return identify_choices(kind, systems, all_kinds, all_systems, rng=random.Random(seed))


def pick_random_drills(
    app: App,
    model: str | Path,
    count: int,
    difficulty: str = "medium",
    mode: str = "leak",
    seed: int | None = None,
    progress: Progress = NO_PROGRESS,
) -> list[DrillSpec]:
    """Random leak (or fault) drills of a difficulty: easy, medium or hard."""
    if difficulty not in DIFFICULTIES:
        raise UserError(
            _t("{name} is not a difficulty; use easy, medium or hard.", name=difficulty)
        )
    low, high, storeys = DIFFICULTIES[difficulty]
    network = app.open_model(model, progress).network(progress=progress)
    picked = pick_leaks(network, count, low, high, storeys, mode, seed)
    return [drill_spec(mode, c.global_id, c.name) for c in picked]


def drill_spec(
    kind: str, target: str, name: str = "", time_limit_s: int | None = None
) -> DrillSpec:
    """A drill with its question in the current language."""
    prompts = {
        "leak": _t(
            "This pipe has burst ({name}): close the valves that must be closed.", name=name
        ),
        "fault": _t(
            "This circuit is faulty ({name}): open the breakers that must be opened.", name=name
        ),
        "locate": _t("Find {name} on the model.", name=name),
        "identify": _t("What is the highlighted element, and which system is it part of?"),
    }
    limit = time_limit_s if time_limit_s is not None else (120 if kind == "locate" else None)
    return DrillSpec(kind, target, prompts[kind].render(), limit)


def save_drill_set(
    app: App,
    model: str | Path,
    name: str,
    drills: Sequence[DrillSpec],
    pass_mark: int = 80,
    refresher_months: int | None = 12,
) -> DrillSetInfo:
    """Create or replace a drill set; every drill's element is checked to be in the model."""
    require(app, Permission.TRAINING)
    opened = app.open_model(model)
    for drill in drills:
        if drill.kind in ("leak", "fault"):
            drill_reference(opened.network(), drill.target, drill.kind)
        elif drill.target not in opened.elements:
            raise UserError(
                _t("No element has the GlobalId {gid} in this model.", gid=drill.target)
            )
    key = key_of(opened)
    return store.save_drill_set(app.uow(), key.key, name, drills, pass_mark, refresher_months)


def list_drill_sets(app: App, model: str | Path | None = None) -> list[DrillSetInfo]:
    key = model_key(app, model).key if model else None
    return store.list_drill_sets(app.uow(), key)


def record_attempt(
    app: App,
    trainee: str,
    drill_set: str | int,
    results: Sequence[dict[str, Any]],
    seconds: float,
) -> AttemptInfo:
    """Record a run through a drill set; its score is the mean of the drills' scores."""
    require(app, Permission.TRAINING)
    if not results:
        raise UserError(_t("An attempt needs the result of at least one drill."))
    score = round(sum(int(r.get("score", 0)) for r in results) / len(results))
    return store.record_attempt(app.uow(), trainee, drill_set, score, seconds, list(results))


# -- tours ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class TourFileResult:
    path: str
    tour: TourSummary
    missing_elements: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "path": self.path,
            "tour": self.tour.to_dict(),
            "missing_elements": self.missing_elements,
        }


def save_tour(app: App, tour: Tour, replace: bool = False) -> TourSummary:
    require(app, Permission.TRAINING)
    return store.save_tour(app.uow(), tour, replace)


def load_tour(app: App, tour_id: int, with_files: bool = True) -> Tour:
    return store.load_tour(app.uow(), tour_id, with_files)


def delete_tour(app: App, tour_id: int) -> None:
    store.delete_tour(app.uow(), tour_id)


def list_tours(app: App, model: str | Path | None = None) -> list[TourSummary]:
    """The tours of a model (all tours without one); the model's bundled tours are installed
    the first time its tours are listed."""
    if model is None:
        return store.list_tours(app.uow())
    key = model_key(app, model)
    install_bundled_tours(app, key.key)
    return store.list_tours(app.uow(), key.key)


def export_tour(app: App, tour_id: int, path: str | Path) -> TourFileResult:
    """Write a tour to a ``.fmtour`` zip (with its photos) or plain ``.json``."""
    tour = store.load_tour(app.uow(), tour_id, with_files=True)
    written = write_tour_file(tour, Path(path))
    return TourFileResult(str(written), _summary_of(app, tour_id))


def import_tour(
    app: App, path: str | Path, model: str | Path | None = None, replace: bool = False
) -> TourFileResult:
    """Import a tour file; with ``model``, check it is for that model and list the elements it
    names that the model lacks (a stop still plays; those elements are skipped)."""
    require(app, Permission.TRAINING)
    tour = read_tour_file(Path(path))
    missing: list[str] = []
    if model is not None:
        opened = app.open_model(model)
        key = key_of(opened)
        if key.key != tour.model_key:
            raise UserError(
                _t(
                    "The tour {title} is for the model {other}, not {name}.",
                    title=tour.title,
                    other=tour.model_name or tour.model_key,
                    name=key.name,
                )
            )
        missing = missing_elements(tour, opened.elements)
    summary = store.save_tour(app.uow(), tour, replace)
    return TourFileResult(str(path), summary, missing)


def bundled_tour_files() -> list[Path]:
    """The tours shipped with fmdesk (``resources/training/*.fmtour``, ``*.json``)."""
    if not TOURS_DIR.is_dir():
        return []
    return sorted(p for p in TOURS_DIR.iterdir() if p.suffix.lower() in (".fmtour", ".json"))


def install_bundled_tours(app: App, key: str) -> list[TourSummary]:
    """Import the bundled tours of the model ``key`` that the database does not have yet."""
    existing = {t.title for t in store.list_tours(app.uow(), key)}
    added = []
    for path in bundled_tour_files():
        tour = read_tour_file(path)
        if tour.model_key == key and tour.title not in existing:
            added.append(store.save_tour(app.uow("fmdesk"), tour))
    return added


def _summary_of(app: App, tour_id: int) -> TourSummary:
    return next(t for t in store.list_tours(app.uow()) if t.id == tour_id)


# -- trainees, progress, certificates ------------------------------------------------------


def add_trainee(app: App, name: str, team: str = "") -> TraineeInfo:
    return store.add_trainee(app.uow(), name, team)


def list_trainees(app: App) -> list[TraineeInfo]:
    return store.list_trainees(app.uow())


def training_progress(app: App, today: date | None = None) -> list[ProgressRow]:
    """Who has done which drill set, the best and last scores, and who is due a refresher."""
    uow = app.uow()
    return progress_table(
        store.list_trainees(uow),
        store.list_drill_sets(uow),
        store.list_attempts(uow),
        today or date.today(),
    )


@dataclass(frozen=True)
class CertificateResult:
    path: str
    trainee: str
    course: str
    on: date
    score: int
    number: str

    def to_dict(self) -> dict[str, Any]:
        return {**self.__dict__, "on": self.on.isoformat()}


def issue_certificate(
    app: App, trainee: str, drill_set: str | int, out: str | Path, issuer: str = ""
) -> CertificateResult:
    """Write the certificate of the trainee's latest passing attempt of a drill set."""
    attempts = [a for a in store.list_attempts(app.uow(), trainee, drill_set) if a.passed]
    if not attempts:
        raise CertificateError(
            _t(
                "{trainee} has not passed {course}; a certificate needs a passing attempt.",
                trainee=trainee,
                course=str(drill_set),
            )
        )
    best = attempts[0]  # newest first
    person = store.find_trainee(app.uow(), trainee)
    number = f"FMT-{best.at.year}-{best.id:04d}"
    certificate = Certificate(
        trainee=person.name,
        team=person.team,
        course=best.set_name,
        on=best.at.date(),
        score=best.score,
        pass_mark=best.pass_mark,
        number=number,
        issuer=issuer or tr("Engineering department"),
    )
    path = write_certificate(certificate, Path(out))
    return CertificateResult(
        str(path), person.name, best.set_name, best.at.date(), best.score, number
    )


# -- helpers -------------------------------------------------------------------------------


def _rooms_of(opened: OpenedModel, target: str) -> set[str]:
    """The room and the flat holding ``target`` (from the network, else the element record)."""
    rooms: set[str] = set()
    node = opened.network().nodes.get(target)
    if node is not None:
        rooms.update(s for s in (node.space_id, node.flat_id) if s)
    element = opened.elements.get(target)
    if element is None and node is None:
        raise UserError(_t("No element has the GlobalId {gid} in this model.", gid=target))
    if element is not None and element.space_id:
        rooms.add(element.space_id)
    return rooms


def _kind_and_systems(opened: OpenedModel, target: str) -> tuple[str, list[str]]:
    node = opened.network().nodes.get(target)
    if node is not None:
        return node.kind, list(node.systems)
    element = opened.elements.get(target)
    if element is None:
        raise UserError(_t("No element has the GlobalId {gid} in this model.", gid=target))
    return element.kind, []
