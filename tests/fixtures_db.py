"""Database fixtures shared by every test package (owned by the records package's tests).

The same tests run on a fresh SQLite file and on a real PostgreSQL server:

- ``db_url`` (module scope, parametrized ``sqlite`` / ``postgresql``): an empty, private database.
  PostgreSQL gets its own ``CREATE DATABASE`` per test module, dropped afterwards, so parallel
  runs never collide. Without ``FMDESK_TEST_POSTGRES_URL`` the PostgreSQL half skips, unless
  ``FMDESK_REQUIRE_POSTGRES=1`` (CI), where it fails.
- ``records``: that database upgraded to head and emptied before each test (a
  :class:`fmdesk.records.database.Records`).
- ``uow_factory``: ``uow_factory(actor="张工")`` → a fresh unit of work.
- ``services``: a :class:`fmdesk.bootstrap.App` over the same database (default SLA policy).
- ``postgres_url`` / ``fresh_postgres_database`` for tests that need PostgreSQL only.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from fmdesk.bootstrap import App
from fmdesk.records.database import Records, open_records
from fmdesk.records.models import Base
from fmdesk.records.uow import UnitOfWork
from fmdesk.settings import Settings
from fmdesk.workorders.sla import DEFAULT_SLA

POSTGRES_ENV = "FMDESK_TEST_POSTGRES_URL"
REQUIRE_ENV = "FMDESK_REQUIRE_POSTGRES"
KEEP_TABLES = {"alembic_version", "sites"}


def _require_postgres() -> str:
    """The server URL, or skip (fail when PostgreSQL is required) when there is none."""
    url = os.environ.get(POSTGRES_ENV, "").strip()
    if url:
        return url
    message = f"{POSTGRES_ENV} is not set (export it from installer/postgres.sh)"
    if os.environ.get(REQUIRE_ENV) == "1":
        pytest.fail(f"PostgreSQL is required ({REQUIRE_ENV}=1) but {message}", pytrace=False)
    pytest.skip(message)


@pytest.fixture(scope="session")
def postgres_url() -> str:
    """URL of the PostgreSQL test server (a role that may CREATE DATABASE)."""
    return _require_postgres()


@contextmanager
def fresh_postgres_database(server_url: str, prefix: str = "fmdesk_t") -> Iterator[str]:
    """Create an empty database on the server, yield its URL, drop it afterwards."""
    name = f"{prefix}_{os.getpid()}_{uuid.uuid4().hex[:10]}"
    admin = create_engine(server_url, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as conn:
            conn.execute(text(f"CREATE DATABASE \"{name}\" ENCODING 'UTF8' TEMPLATE template0"))
    except Exception as error:  # the server is configured but unusable: never pass vacuously
        admin.dispose()
        pytest.fail(f"cannot create a PostgreSQL test database: {error}", pytrace=False)
    try:
        # Tests need no durability across a power cut: skip the commit fsync wait.
        url = make_url(server_url).set(database=name)
        url = url.update_query_dict({"options": "-c synchronous_commit=off"})
        yield url.render_as_string(hide_password=False)
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


@pytest.fixture(
    scope="module", params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)]
)
def db_url(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[str]:
    """An empty private database for this test module: a SQLite file, or a PostgreSQL database."""
    if request.param == "sqlite":
        folder = tmp_path_factory.mktemp("db")
        yield f"sqlite:///{(folder / 'fmdesk.sqlite3').as_posix()}"
        return
    with fresh_postgres_database(_require_postgres()) as url:
        yield url


@pytest.fixture(scope="module")
def migrated_records(db_url: str) -> Iterator[Records]:
    """The module's database at head (migrated once per module)."""
    records = open_records(db_url, busy_timeout=2.0)
    yield records
    records.dispose()


@pytest.fixture
def records(migrated_records: Records) -> Records:
    """The module's database, emptied of records before the test (the schema stays)."""
    empty_database(migrated_records)
    return migrated_records


@pytest.fixture
def uow_factory(records: Records) -> Callable[..., UnitOfWork]:
    """``uow_factory(actor="张工")`` → a new unit of work on the test database."""
    return records.uow


@pytest.fixture
def services(records: Records) -> App:
    """The composition root over the test database, as the GUI and CLI get it."""
    return App(
        Settings(database_url=records.url),
        records.url,
        "tester",
        _records=records,
        _sla=dict(DEFAULT_SLA),
    )


def empty_database(records: Records) -> None:
    """Delete every row except the schema version and the default site, resetting ids."""
    tables = [t.name for t in reversed(Base.metadata.sorted_tables) if t.name not in KEEP_TABLES]
    with records.engine.begin() as conn:
        if conn.dialect.name == "postgresql":
            # DELETE beats TRUNCATE on a handful of rows; the owner may lift the history guard.
            conn.execute(text("ALTER TABLE history DISABLE TRIGGER history_append_only"))
            for name in tables:
                conn.execute(text(f"DELETE FROM {name}"))
            conn.execute(text("ALTER TABLE history ENABLE TRIGGER history_append_only"))
            return
        # History refuses deletes (append-only trigger): lift the guard for the wipe only.
        conn.execute(text("DROP TRIGGER IF EXISTS history_no_delete"))
        for name in tables:
            conn.execute(text(f"DELETE FROM {name}"))
        conn.execute(
            text(
                "CREATE TRIGGER history_no_delete BEFORE DELETE ON history "
                "BEGIN SELECT RAISE(ABORT, 'history is append-only'); END"
            )
        )
        has_sequence = conn.execute(
            text("SELECT 1 FROM sqlite_master WHERE name = 'sqlite_sequence'")
        ).first()
        if has_sequence:
            conn.execute(text("DELETE FROM sqlite_sequence"))
    blob_root = getattr(records.blobs, "root", None)
    if isinstance(blob_root, Path) and blob_root.exists():
        for path in blob_root.rglob("*"):
            if path.is_file():
                path.unlink()
