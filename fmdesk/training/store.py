"""Reading and writing the training tables through a unit of work; plain data in and out.

Every function opens its own ``with uow:`` (nested calls share the transaction), writes nothing
when any input is wrong, and returns the plain records of :mod:`fmdesk.training.dto` or
:class:`~fmdesk.training.tours.Tour`, never a live row.
"""

from __future__ import annotations

import mimetypes
from collections.abc import Iterable
from datetime import datetime

from sqlalchemy import func, select

from fmdesk.i18n import _t
from fmdesk.records.errors import DuplicateError, InvalidInputError, NotFoundError
from fmdesk.records.models import Document
from fmdesk.records.uow import UnitOfWork
from fmdesk.training.dto import (
    DRILL_KINDS,
    AttemptInfo,
    DrillSetInfo,
    DrillSpec,
    TourSummary,
    TraineeInfo,
)
from fmdesk.training.tables import Attempt, Drill, DrillSet, Tour, TourStop, Trainee
from fmdesk.training.tours import StopDocument
from fmdesk.training.tours import Tour as TourData
from fmdesk.training.tours import TourStop as StopData

__all__ = [
    "add_trainee",
    "delete_tour",
    "find_drill_set",
    "find_trainee",
    "list_attempts",
    "list_drill_sets",
    "list_tours",
    "list_trainees",
    "load_tour",
    "record_attempt",
    "save_drill_set",
    "save_tour",
]


# -- tours ---------------------------------------------------------------------------------


def save_tour(uow: UnitOfWork, tour: TourData, replace: bool = False) -> TourSummary:
    """Store a tour (new, or replacing ``tour.id``/the same title with ``replace``).

    A stop's photo given as bytes (an imported file) is stored in the archive as a document
    linked to the stop's first element; one given as ``document_id`` is linked as it is.
    """
    title = tour.title.strip()
    if not title or not tour.model_key:
        raise InvalidInputError(_t("A tour needs a title and a model."))
    for number, stop in enumerate(tour.stops, start=1):
        if not stop.title.strip():
            raise InvalidInputError(_t("Stop {number} has no title.", number=number))
    with uow:
        uow.begin_write()
        row = _existing_tour(uow, tour, title)
        if row is not None and not replace and row.id != tour.id:
            raise DuplicateError(
                _t("A tour called {title} already exists for this model.", title=title)
            )
        if row is None:
            row = Tour(model_key=tour.model_key, created_by=tour.created_by or uow.actor)
            uow.session.add(row)
        row.title, row.summary = title, tour.summary
        row.model_name = tour.model_name or row.model_name or ""
        uow.flush()
        for old in uow.session.scalars(select(TourStop).where(TourStop.tour_id == row.id)):
            uow.session.delete(old)
        uow.flush()
        for position, stop in enumerate(tour.stops):
            uow.session.add(
                TourStop(
                    tour_id=row.id,
                    position=position,
                    title=stop.title.strip(),
                    text=stop.text,
                    state=stop.state_dict(),
                    document_id=_document_id(uow, stop),
                )
            )
        uow.flush()
        summary = _summary(uow, row)
        uow.commit()
        return summary


def _existing_tour(uow: UnitOfWork, tour: TourData, title: str) -> Tour | None:
    if tour.id is not None:
        row = uow.session.get(Tour, tour.id)
        if row is None:
            raise NotFoundError(_t("No tour has the id {id}.", id=tour.id))
        clash = uow.session.scalar(
            select(Tour).where(Tour.model_key == row.model_key, Tour.title == title)
        )
        if clash is not None and clash.id != row.id:
            raise DuplicateError(
                _t("A tour called {title} already exists for this model.", title=title)
            )
        return row
    return uow.session.scalar(
        select(Tour).where(Tour.model_key == tour.model_key, Tour.title == title)
    )


def _document_id(uow: UnitOfWork, stop: StopData) -> int | None:
    doc = stop.document
    if doc is None:
        return None
    if doc.document_id is not None:
        if uow.session.get(Document, doc.document_id) is None:
            raise NotFoundError(_t("No document has the id {id}.", id=doc.document_id))
        return doc.document_id
    if doc.data is None:
        return None
    mime = doc.mime_type or mimetypes.guess_type(doc.file_name)[0] or "application/octet-stream"
    focus = stop.focus_ids()
    row = Document(
        file_name=doc.file_name,
        mime_type=mime,
        size=len(doc.data),
        doc_type="photo" if mime.startswith("image/") else "manual",
        title=doc.title or doc.file_name,
        storage=uow.blobs.kind,
        element_global_id=focus[0] if focus else "",
        uploaded_by=uow.actor,
    )
    row.sha256 = uow.blobs.put(uow.session, doc.data)
    uow.session.add(row)
    uow.flush()
    return row.id


def list_tours(uow: UnitOfWork, model_key: str | None = None) -> list[TourSummary]:
    """Tours (of one model when ``model_key`` is given), by title."""
    with uow:
        query = select(Tour).order_by(Tour.title, Tour.id)
        if model_key:
            query = query.where(Tour.model_key == model_key)
        return [_summary(uow, row) for row in uow.session.scalars(query)]


def load_tour(uow: UnitOfWork, tour_id: int, with_files: bool = False) -> TourData:
    """The tour with its stops; ``with_files`` also reads the stops' photos (for export)."""
    with uow:
        row = uow.session.get(Tour, tour_id)
        if row is None:
            raise NotFoundError(_t("No tour has the id {id}.", id=tour_id))
        stops = []
        query = select(TourStop).where(TourStop.tour_id == row.id).order_by(TourStop.position)
        for stop in uow.session.scalars(query):
            stops.append(
                StopData.from_parts(
                    stop.title, stop.text, stop.state, _stop_document(uow, stop, with_files)
                )
            )
        return TourData(
            title=row.title,
            model_key=row.model_key,
            stops=stops,
            model_name=row.model_name,
            summary=row.summary,
            created_by=row.created_by,
            id=row.id,
        )


def _stop_document(uow: UnitOfWork, stop: TourStop, with_files: bool) -> StopDocument | None:
    if stop.document_id is None:
        return None
    doc = uow.session.get(Document, stop.document_id)
    if doc is None:
        return None
    data = uow.blobs.get(uow.session, doc.sha256) if with_files else None
    return StopDocument(doc.file_name, doc.title, doc.mime_type, doc.id, data)


def delete_tour(uow: UnitOfWork, tour_id: int) -> None:
    with uow:
        uow.begin_write()
        row = uow.session.get(Tour, tour_id)
        if row is None:
            raise NotFoundError(_t("No tour has the id {id}.", id=tour_id))
        for stop in uow.session.scalars(select(TourStop).where(TourStop.tour_id == tour_id)):
            uow.session.delete(stop)
        uow.session.delete(row)
        uow.commit()


def _summary(uow: UnitOfWork, row: Tour) -> TourSummary:
    count = uow.session.scalar(
        select(func.count()).select_from(TourStop).where(TourStop.tour_id == row.id)
    )
    return TourSummary(
        row.id,
        row.title,
        row.model_key,
        row.model_name,
        int(count or 0),
        row.created_by,
        row.updated_at,
    )


# -- trainees ------------------------------------------------------------------------------


def add_trainee(uow: UnitOfWork, name: str, team: str = "") -> TraineeInfo:
    name = name.strip()
    if not name:
        raise InvalidInputError(_t("A trainee needs a name."))
    with uow:
        uow.begin_write()
        if uow.session.scalar(select(Trainee).where(Trainee.name == name)) is not None:
            raise DuplicateError(_t("A trainee called {name} already exists.", name=name))
        row = Trainee(name=name, team=team.strip())
        uow.session.add(row)
        uow.flush()
        info = _trainee(row)
        uow.commit()
        return info


def list_trainees(uow: UnitOfWork, active_only: bool = True) -> list[TraineeInfo]:
    with uow:
        query = select(Trainee).order_by(Trainee.team, Trainee.name)
        if active_only:
            query = query.where(Trainee.active.is_(True))
        return [_trainee(row) for row in uow.session.scalars(query)]


def find_trainee(uow: UnitOfWork, name: str) -> TraineeInfo:
    with uow:
        row = uow.session.scalar(select(Trainee).where(Trainee.name == name.strip()))
        if row is None:
            raise NotFoundError(
                _t("No trainee is called {name}; add them first.", name=name.strip())
            )
        return _trainee(row)


def _trainee(row: Trainee) -> TraineeInfo:
    return TraineeInfo(row.id, row.name, row.team, row.staff_id, row.active)


# -- drill sets ----------------------------------------------------------------------------


def save_drill_set(
    uow: UnitOfWork,
    model_key: str,
    name: str,
    drills: Iterable[DrillSpec],
    pass_mark: int = 80,
    refresher_months: int | None = 12,
) -> DrillSetInfo:
    """Create (or replace the drills of) the set ``name`` of a model."""
    name, drills = name.strip(), list(drills)
    if not name:
        raise InvalidInputError(_t("A drill set needs a name."))
    if not 0 <= pass_mark <= 100:
        raise InvalidInputError(_t("The pass mark must be between 0 and 100."))
    if refresher_months is not None and refresher_months < 1:
        raise InvalidInputError(_t("The refresher period must be at least one month."))
    if not drills:
        raise InvalidInputError(_t("A drill set needs at least one drill."))
    for drill in drills:
        if drill.kind not in DRILL_KINDS:
            raise InvalidInputError(
                _t(
                    "{kind} is not a kind of drill; use leak, fault, locate or identify.",
                    kind=drill.kind,
                )
            )
    with uow:
        uow.begin_write()
        row = uow.session.scalar(
            select(DrillSet).where(DrillSet.model_key == model_key, DrillSet.name == name)
        )
        if row is None:
            row = DrillSet(model_key=model_key, name=name, created_by=uow.actor)
            uow.session.add(row)
        row.pass_mark, row.refresher_months = pass_mark, refresher_months
        uow.flush()
        for old in uow.session.scalars(select(Drill).where(Drill.set_id == row.id)):
            uow.session.delete(old)
        uow.flush()
        for position, drill in enumerate(drills):
            uow.session.add(
                Drill(
                    set_id=row.id,
                    position=position,
                    kind=drill.kind,
                    target_global_id=drill.target,
                    prompt=drill.prompt,
                    time_limit_s=drill.time_limit_s,
                    options=dict(drill.options),
                )
            )
        uow.flush()
        info = _drill_set(uow, row)
        uow.commit()
        return info


def list_drill_sets(uow: UnitOfWork, model_key: str | None = None) -> list[DrillSetInfo]:
    with uow:
        query = select(DrillSet).order_by(DrillSet.name, DrillSet.id)
        if model_key:
            query = query.where(DrillSet.model_key == model_key)
        return [_drill_set(uow, row) for row in uow.session.scalars(query)]


def find_drill_set(uow: UnitOfWork, key: str | int) -> DrillSetInfo:
    """A drill set by id or by name (the newest of that name)."""
    with uow:
        if isinstance(key, int) or str(key).isdigit():
            row = uow.session.get(DrillSet, int(key))
        else:
            row = uow.session.scalar(
                select(DrillSet)
                .where(DrillSet.name == str(key).strip())
                .order_by(DrillSet.id.desc())
            )
        if row is None:
            raise NotFoundError(_t("No drill set is called {name}.", name=str(key)))
        return _drill_set(uow, row)


def _drill_set(uow: UnitOfWork, row: DrillSet) -> DrillSetInfo:
    query = select(Drill).where(Drill.set_id == row.id).order_by(Drill.position)
    drills = tuple(
        DrillSpec(d.kind, d.target_global_id, d.prompt, d.time_limit_s, dict(d.options or {}))
        for d in uow.session.scalars(query)
    )
    return DrillSetInfo(
        row.id,
        row.name,
        row.model_key,
        row.pass_mark,
        row.refresher_months,
        drills,
        row.created_by,
    )


# -- attempts ------------------------------------------------------------------------------


def record_attempt(
    uow: UnitOfWork,
    trainee: str,
    set_key: str | int,
    score: int,
    seconds: float,
    details: list[dict] | None = None,
    at: datetime | None = None,
) -> AttemptInfo:
    """Record a trainee's run through a drill set; passed when ``score`` ≥ the set's pass mark."""
    if not 0 <= score <= 100:
        raise InvalidInputError(_t("A score must be between 0 and 100."))
    with uow:
        uow.begin_write()
        person = find_trainee(uow, trainee)
        drill_set = find_drill_set(uow, set_key)
        row = Attempt(
            trainee_id=person.id,
            drill_set_id=drill_set.id,
            set_name=drill_set.name,
            model_key=drill_set.model_key,
            seconds=max(0.0, float(seconds)),
            score=int(score),
            pass_mark=drill_set.pass_mark,
            passed=int(score) >= drill_set.pass_mark,
            details=list(details or []),
        )
        if at is not None:
            row.at = at
        uow.session.add(row)
        uow.flush()
        info = _attempt(row, person)
        uow.commit()
        return info


def list_attempts(
    uow: UnitOfWork, trainee: str | None = None, set_key: str | int | None = None
) -> list[AttemptInfo]:
    """Attempts, newest first (of one trainee and/or one set when given)."""
    with uow:
        query = (
            select(Attempt, Trainee)
            .join(Trainee, Attempt.trainee_id == Trainee.id)
            .order_by(Attempt.at.desc(), Attempt.id.desc())
        )
        if trainee:
            query = query.where(Trainee.id == find_trainee(uow, trainee).id)
        if set_key is not None:
            query = query.where(Attempt.drill_set_id == find_drill_set(uow, set_key).id)
        return [_attempt(a, _trainee(t)) for a, t in uow.session.execute(query).all()]


def _attempt(row: Attempt, person: TraineeInfo) -> AttemptInfo:
    return AttemptInfo(
        row.id,
        person.name,
        person.team,
        row.drill_set_id,
        row.set_name,
        row.at,
        row.seconds,
        row.score,
        row.pass_mark,
        row.passed,
        list(row.details or []),
    )
