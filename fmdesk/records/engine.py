"""Building the database engine: SQLite (default, one workstation) or PostgreSQL (several).

SQLite gets foreign keys, WAL, a busy timeout and ``BEGIN IMMEDIATE`` for writing transactions
(so two writers queue instead of failing half-way); PostgreSQL gets pre-ping so a restarted
server does not break a long-running GUI. The engine is made in the composition root, not at import.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import (
    ArgumentError,
    DatabaseError,
    DBAPIError,
    IntegrityError,
    NoSuchModuleError,
    OperationalError,
    ProgrammingError,
)

from fmdesk.i18n import _t
from fmdesk.records.errors import DatabaseBusyError, DatabaseUnavailableError

DEFAULT_BUSY_TIMEOUT = 5.0
WRITE_OPTION = "fmdesk_write"  # execution option: this transaction will write


def make_engine(url: str, busy_timeout: float = DEFAULT_BUSY_TIMEOUT, **kwargs: Any) -> Engine:
    """Create an engine for ``url`` (``sqlite:///…`` or ``postgresql+psycopg://…``).

    Example: ``engine = make_engine("sqlite:///C:/fm/fmdesk.sqlite3")``.
    Raises DatabaseUnavailableError for a malformed URL or an unknown driver.
    """
    try:
        parsed = make_url(url)
    except ArgumentError as error:
        raise DatabaseUnavailableError(
            f"The database address '{url}' is not a valid URL; use sqlite:///PATH or "
            "postgresql+psycopg://USER:PASSWORD@HOST/DB."
        ) from error
    try:
        if parsed.get_backend_name() == "sqlite":
            if parsed.host or parsed.username or parsed.port:
                raise DatabaseUnavailableError(
                    _t(
                        "A SQLite database is a local file and has no host: write "
                        "sqlite:///PATH (three slashes), not '{url}'.",
                        url=parsed.render_as_string(hide_password=True),
                    )
                )
            return _sqlite_engine(url, busy_timeout, **kwargs)
        if parsed.get_backend_name() == "postgresql":
            if parsed.drivername == "postgresql":
                parsed = parsed.set(drivername="postgresql+psycopg")
            return create_engine(parsed, pool_pre_ping=True, **kwargs)
    except NoSuchModuleError as error:
        raise DatabaseUnavailableError(
            f"The database driver in '{parsed.drivername}' is not installed; "
            "use sqlite:/// or postgresql+psycopg://."
        ) from error
    raise DatabaseUnavailableError(
        f"Database type '{parsed.get_backend_name()}' is not supported; use SQLite or PostgreSQL."
    )


def sqlite_file(url: str) -> Path | None:
    """The file of a SQLite URL, or None for PostgreSQL and in-memory databases."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or parsed.database in (None, "", ":memory:"):
        return None
    return Path(parsed.database)


def check_connection(engine: Engine) -> None:
    """Open one connection so a wrong address fails now, in one sentence, not deep in a query."""
    with translate_errors(engine):
        path = sqlite_file(str(engine.url))
        if path is not None and not path.parent.exists():
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
            except OSError as error:
                raise DatabaseUnavailableError(
                    f"The folder of the database '{path}' cannot be created; check the path."
                ) from error
        with engine.connect() as conn:
            conn.execute(text("SELECT 1"))


@contextmanager
def translate_errors(engine: Engine | None = None) -> Iterator[None]:
    """Turn driver-level failures (locked, unreachable, auth) into one-sentence errors."""
    try:
        yield
    except (OperationalError, DatabaseError) as error:
        if isinstance(error, IntegrityError | ProgrammingError):
            raise
        raise _translated(error, engine) from error


def _translated(error: DBAPIError, engine: Engine | None) -> Exception:
    message = str(error.orig or error).lower()
    where = _describe(engine)
    if "locked" in message or "busy" in message:
        return DatabaseBusyError(
            f"The database {where} is locked by another program; close it or try again shortly."
        )
    if "password" in message or "authentication" in message:
        return DatabaseUnavailableError(
            f"The database server refused the login for {where}; check the user and password."
        )
    if "does not exist" in message and "database" in message:
        return DatabaseUnavailableError(
            f"The database {where} does not exist on the server; create it or fix the URL."
        )
    if "unable to open" in message or "readonly" in message or "read-only" in message:
        return DatabaseUnavailableError(
            f"The database file {where} cannot be opened for writing; check the path and rights."
        )
    if "not a database" in message or "malformed" in message:
        return DatabaseUnavailableError(
            f"The file {where} is not an fmdesk database (or is damaged); restore a backup."
        )
    return DatabaseUnavailableError(
        f"The database {where} cannot be reached; check that the server is running and the URL."
    )


def _describe(engine: Engine | None) -> str:
    if engine is None:
        return "(unknown)"
    url = engine.url
    if url.get_backend_name() == "sqlite":
        return f"'{url.database}'"
    return f"'{url.host}:{url.port or 5432}/{url.database}'"


def _sqlite_engine(url: str, busy_timeout: float, **kwargs: Any) -> Engine:
    engine = create_engine(
        url,
        connect_args={"timeout": busy_timeout, "check_same_thread": False},
        **kwargs,
    )

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: Any, _record: Any) -> None:
        dbapi_conn.isolation_level = None  # we issue BEGIN ourselves (see below)
        cursor = dbapi_conn.cursor()
        cursor.execute(f"PRAGMA busy_timeout = {int(busy_timeout * 1000)}")
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA synchronous = NORMAL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        # Writers take the lock up front (they queue on the busy timeout instead of failing
        # half-way); readers stay deferred so they never wait for a writer (WAL).
        write = conn.get_execution_options().get(WRITE_OPTION)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")

    return engine
