"""The unit of work: one transaction, its repositories, and nothing else.

``with uow:`` opens a session; leaving the block rolls back unless ``uow.commit()`` was called, so
an exception (or a bug) never leaves half a change. A unit of work can be entered again after
it has been left, each time with a fresh session, so services take a ``UnitOfWork`` and callers
(a Qt slot, a CLI command) build one per action:

    uow = records.uow(actor="张工")
    board = work_order_board(uow, page=0)
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Engine
from sqlalchemy.exc import DatabaseError, IntegrityError, OperationalError, ProgrammingError
from sqlalchemy.orm import Session, sessionmaker

from fmdesk.i18n import Msg, _t
from fmdesk.records.blobs import BlobStore
from fmdesk.records.engine import WRITE_OPTION, _translated
from fmdesk.records.errors import DuplicateError
from fmdesk.records.notes import store_note
from fmdesk.records.repositories import (
    AssetRepository,
    InspectionRepository,
    PeopleRepository,
    SiteRepository,
    SpaceRepository,
    WorkOrderRepository,
)


class UnitOfWork:
    """Repositories over one session; commit explicitly, roll back by default."""

    session: Session
    assets: AssetRepository
    spaces: SpaceRepository
    work_orders: WorkOrderRepository
    people: PeopleRepository
    inspections: InspectionRepository
    sites: SiteRepository

    def __init__(
        self,
        session_factory: sessionmaker[Session],
        blobs: BlobStore,
        actor: str = "",
        site_code: str = "default",
    ) -> None:
        self.session_factory = session_factory
        self.blobs = blobs
        self.actor = actor
        self.site_code = site_code
        self._depth = 0

    @property
    def engine(self) -> Engine:
        bind = self.session_factory.kw["bind"]
        assert isinstance(bind, Engine)
        return bind

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    def __enter__(self) -> UnitOfWork:
        self._depth += 1
        if self._depth > 1:  # a service called from another service shares the transaction
            return self
        self.session = self.session_factory()
        self.session.info["actor"] = self.actor
        self.assets = AssetRepository(self.session)
        self.spaces = SpaceRepository(self.session)
        self.work_orders = WorkOrderRepository(self.session)
        self.people = PeopleRepository(self.session)
        self.inspections = InspectionRepository(self.session)
        self.sites = SiteRepository(self.session)
        return self

    def __exit__(self, exc_type: Any, exc: Any, tb: Any) -> None:
        self._depth -= 1
        if self._depth > 0:
            return
        try:
            self.session.rollback()
        finally:
            self.session.close()
        if isinstance(exc, OperationalError | DatabaseError) and not isinstance(
            exc, IntegrityError | ProgrammingError
        ):
            raise _translated(exc, self.engine) from exc

    def begin_write(self) -> None:
        """Call first in a service that writes: on SQLite the write lock is taken now
        (BEGIN IMMEDIATE), so the transaction queues behind another writer instead of failing
        half-way; on PostgreSQL it changes nothing. A nested service shares the outer one's
        transaction, which already decided."""
        if self._depth > 1 or self.session.get_transaction() is not None:
            return
        self.session.connection(execution_options={WRITE_OPTION: True})

    def note(self, text: Msg | str) -> None:
        """Attach a note to every history row written by the next flush/commit: a message
        (``_t(...)``, stored as its id and arguments and shown in the reader's language) or
        free text typed by a user (shown as written)."""
        self.session.info["note"] = store_note(text)

    def flush(self) -> None:
        try:
            self.session.flush()
        except IntegrityError as error:
            self.session.rollback()
            raise _duplicate(error) from error
        finally:
            self.session.info.pop("note", None)

    def commit(self) -> None:
        """Commit now if this is the outermost unit of work (nested calls commit with it)."""
        if self._depth > 1:
            self.flush()
            return
        try:
            self.session.commit()
        except IntegrityError as error:
            self.session.rollback()
            raise _duplicate(error) from error
        finally:
            self.session.info.pop("note", None)

    def rollback(self) -> None:
        self.session.rollback()


def _duplicate(error: IntegrityError) -> DuplicateError:
    message = str(error.orig).lower()
    if "foreign key" in message:
        return DuplicateError(
            _t("The record refers to something that no longer exists; reload it.")
        )
    return DuplicateError(
        _t("A record with the same code or number already exists; choose another one.")
    )
