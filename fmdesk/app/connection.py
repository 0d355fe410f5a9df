"""Use cases of the database connection a workstation uses: describe it as form fields, test it,
save it.

Several workstations share one PostgreSQL database; each one stores where the server is in its
settings. The password is never written into ``settings.json``: it goes into a libpq password
file (``pgpass``, readable by the user only) beside the settings, and the saved URL names that
file (``?passfile=…``), so PostgreSQL's own client library reads it when connecting.

Example::

    fields = ConnectionFields("postgresql", host="10.0.0.5", database="fmdesk", user="fm")
    test_connection(fields, password="…").revision      # '0110' (or None for a new database)
    save_connection(settings, fields, password="…", remember=True)
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from fmdesk.app.results import Result
from fmdesk.errors import UserError
from fmdesk.i18n import _t
from fmdesk.settings import Settings, config_dir, default_database_url, save_settings

__all__ = [
    "ConnectionFields",
    "ConnectionTest",
    "connection_fields",
    "connection_url",
    "password_file",
    "save_connection",
    "test_connection",
]

KINDS = ("sqlite", "postgresql")


@dataclass(frozen=True)
class ConnectionFields(Result):
    """What the connection form shows: embedded SQLite file, or a PostgreSQL server."""

    kind: str = "sqlite"
    path: str = ""  # SQLite file
    host: str = "localhost"
    port: int = 5432
    database: str = "fmdesk"
    user: str = ""


@dataclass(frozen=True)
class ConnectionTest(Result):
    """A successful test: the URL (password hidden), the schema it holds and what we ship."""

    url: str
    server: str
    revision: str | None
    head: str
    message: str


def password_file() -> Path:
    """The libpq password file of this workstation's fmdesk (never inside settings.json)."""
    return config_dir() / "pgpass"


def connection_fields(url: str) -> ConnectionFields:
    """The form fields of a database URL (the password is never returned)."""
    from sqlalchemy.engine import make_url

    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        return ConnectionFields("sqlite", path=parsed.database or "")
    return ConnectionFields(
        "postgresql",
        host=parsed.host or "localhost",
        port=int(parsed.port or 5432),
        database=parsed.database or "",
        user=parsed.username or "",
    )


def connection_url(
    fields: ConnectionFields, password: str = "", passfile: Path | None = None
) -> str:
    """The SQLAlchemy URL of ``fields``; with ``passfile`` it names the file instead of
    carrying the password."""
    from sqlalchemy.engine import URL

    _check(fields)
    if fields.kind == "sqlite":
        path = fields.path.strip() or default_database_url().removeprefix("sqlite:///")
        return f"sqlite:///{Path(path).expanduser().as_posix()}"
    query = {"passfile": str(passfile)} if passfile is not None else {}
    url = URL.create(
        "postgresql+psycopg",
        username=fields.user.strip() or None,
        password=(password or None) if passfile is None else None,
        host=fields.host.strip(),
        port=fields.port,
        database=fields.database.strip(),
        query=query,
    )
    return url.render_as_string(hide_password=False)


def test_connection(fields: ConnectionFields, password: str = "") -> ConnectionTest:
    """Connect once and read the schema revision; one sentence when it cannot be reached."""
    from fmdesk.records.engine import check_connection, make_engine
    from fmdesk.records.migrate import current_revision, head_revision

    url = connection_url(fields, password)
    if fields.kind == "sqlite" and not Path(url.removeprefix("sqlite:///")).exists():
        return ConnectionTest(
            url=url,
            server="sqlite",
            revision=None,
            head=head_revision(),
            message=_t("The file does not exist yet; it will be created on first use.").render(),
        )
    engine = make_engine(url, **_timeout(fields))
    try:
        check_connection(engine)
        revision = current_revision(engine)
        with engine.connect() as conn:
            server = (
                f"{conn.dialect.name} {'.'.join(map(str, conn.dialect.server_version_info or ()))}"
            )
    finally:
        engine.dispose()
    head = head_revision()
    if revision is None:
        message = _t("Connected; the database is empty and will be set up on first use.")
    elif revision == head:
        message = _t(
            "Connected; the database is up to date (revision {revision}).", revision=revision
        )
    else:
        message = _t(
            "Connected; the database is at revision {revision} and will be upgraded to {head}.",
            revision=revision,
            head=head,
        )
    return ConnectionTest(
        url=engine.url.render_as_string(hide_password=True),
        server=server.strip(),
        revision=revision,
        head=head,
        message=message.render(),
    )


def save_connection(
    settings: Settings, fields: ConnectionFields, password: str = "", remember: bool = True
) -> Settings:
    """Make ``fields`` this workstation's database (takes effect at the next start).

    With ``remember`` the password goes into the user-only password file; without, it is not
    stored anywhere (PostgreSQL then needs another way in: trust, peer, or ~/.pgpass).
    """
    passfile = None
    if fields.kind == "postgresql" and password and remember:
        passfile = _remember_password(fields, password)
    settings.database_url = connection_url(fields, passfile=passfile)
    save_settings(settings)
    return settings


def _check(fields: ConnectionFields) -> None:
    if fields.kind not in KINDS:
        raise UserError(_t("Choose SQLite or PostgreSQL as the database type."))
    if fields.kind == "postgresql":
        if not fields.host.strip() or not fields.database.strip():
            raise UserError(_t("A PostgreSQL connection needs a server and a database name."))
        if not 0 < fields.port < 65536:
            raise UserError(_t("The port must be between 1 and 65535 (PostgreSQL uses 5432)."))


def _timeout(fields: ConnectionFields) -> dict[str, dict[str, int]]:
    """A test answers within seconds, not the minutes a TCP timeout takes."""
    return {"connect_args": {"connect_timeout": 5}} if fields.kind == "postgresql" else {}


def _remember_password(fields: ConnectionFields, password: str) -> Path:
    """Write (or replace) the server's line in the password file, readable by the user only."""
    path = password_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    key = [fields.host.strip(), str(fields.port), fields.database.strip(), fields.user.strip()]
    entry = ":".join(_escape(part) for part in [*key, password])
    prefix = ":".join(_escape(part) for part in key) + ":"
    lines = []
    if path.exists():
        lines = [
            ln for ln in path.read_text(encoding="utf-8").splitlines() if not ln.startswith(prefix)
        ]
    tmp = path.with_suffix(".tmp")
    descriptor = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(descriptor, "w", encoding="utf-8") as handle:
        handle.write("\n".join([*lines, entry]) + "\n")
    os.replace(tmp, path)
    return path


def _escape(part: str) -> str:
    return part.replace("\\", "\\\\").replace(":", "\\:")
