"""The application object every use case receives: settings, records, open models, the user.

One :class:`App` per process (the GUI window or one CLI run). It opens the records database only
when a use case first needs it (``fmdesk info`` never touches it) and keeps each opened model
once, so the GUI's panels, a trace and an isolation all share one parse and one network.
"""

from __future__ import annotations

import getpass
import os
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from fmdesk.app.opened_model import OpenedModel
from fmdesk.app.progress import NO_PROGRESS, Progress
from fmdesk.settings import Settings

if TYPE_CHECKING:
    from fmdesk.records.database import Records
    from fmdesk.records.uow import UnitOfWork
    from fmdesk.workorders.sla import SlaTarget

__all__ = ["App", "current_user", "set_signed_in", "signed_in_password"]


_SIGNED_IN: dict[str, str | None] = {}
"""Who signed in through the GUI's login dialog in this process (name, password): every App
built afterwards (a feature's own, a worker's) acts as that user. Empty in the CLI."""


def current_user() -> str:
    """Who is recorded in the history when nobody says otherwise: the user signed in to this
    process, else ``FMDESK_USER``, else the operating-system account."""
    if _SIGNED_IN.get("name"):
        return str(_SIGNED_IN["name"])
    try:
        return os.environ.get("FMDESK_USER") or getpass.getuser()
    except (KeyError, OSError):
        return "unknown"


def signed_in_password() -> str | None:
    """The password given at the process's login (None when nobody signed in)."""
    return _SIGNED_IN.get("password")


def set_signed_in(name: str | None, password: str | None = None) -> None:
    """Remember (or, with None, forget) the process's signed-in user."""
    _SIGNED_IN.clear()
    if name:
        _SIGNED_IN.update(name=name, password=password)


@dataclass
class App:
    """What every front end needs. Build it with :func:`fmdesk.bootstrap.bootstrap`."""

    settings: Settings
    database_url: str
    actor: str = field(default_factory=current_user)
    upgrade: bool = True
    password: str | None = field(default_factory=signed_in_password, repr=False)
    """The actor's password when it has one (login dialog, FMDESK_PASSWORD); see app.users."""
    verified: set[tuple[str, str]] = field(default_factory=set, repr=False)
    """(user, password hash) pairs already proved in this process (argon2 is slow on purpose)."""
    _records: Records | None = field(default=None, repr=False)
    _sla: dict[str, SlaTarget] | None = field(default=None, repr=False)
    _models: dict[Path, OpenedModel] = field(default_factory=dict, repr=False)
    _lock: threading.RLock = field(default_factory=threading.RLock, repr=False)
    _parsing: dict[Path, threading.Lock] = field(default_factory=dict, repr=False)

    @property
    def records(self) -> Records:
        """The records database, opened (and upgraded to head) on first use."""
        with self._lock:
            if self._records is None:
                from fmdesk.records.database import open_records

                self._records = open_records(self.database_url, upgrade=self.upgrade)
            return self._records

    @property
    def sla(self) -> dict[str, SlaTarget]:
        """The configured SLA targets per priority (``sla.json``, else the defaults)."""
        if self._sla is None:
            from fmdesk.workorders.sla import load_sla_policy

            self._sla = load_sla_policy()
        return self._sla

    def uow(self, actor: str | None = None) -> UnitOfWork:
        """A fresh unit of work acting as ``actor`` (default: the current user)."""
        return self.records.uow(actor or self.actor)

    def open_model(self, path: str | Path, progress: Progress = NO_PROGRESS) -> OpenedModel:
        """The model at ``path``, parsed once per process and content (a changed file is
        parsed again; two threads asking at once share one parse). Raises
        :class:`fmdesk.errors.ModelOpenError` with one sentence."""
        key = Path(path).expanduser().resolve()
        with self._lock:
            gate = self._parsing.setdefault(key, threading.Lock())
        with gate:
            with self._lock:
                opened = self._models.get(key)
            if opened is not None and opened.is_current():
                return opened
            opened = OpenedModel.open(key, progress)
            with self._lock:
                self._models[key] = opened
            return opened

    def adopt_model(self, opened: OpenedModel) -> None:
        """Serve ``opened`` (parsed elsewhere, e.g. by the viewer's loader) to every later
        :meth:`open_model` of its path while the file is unchanged."""
        with self._lock:
            self._models[Path(opened.path).expanduser().resolve()] = opened

    def forget_model(self, path: str | Path) -> None:
        """Drop a model from the cache (the GUI closed it)."""
        with self._lock:
            self._models.pop(Path(path).expanduser().resolve(), None)

    def close(self) -> None:
        """Release the database connections and the models."""
        with self._lock:
            self._models.clear()
            if self._records is not None:
                self._records.dispose()
                self._records = None
