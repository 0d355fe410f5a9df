"""Users, roles and the permission table, through the use cases and the command line."""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest
from sqlalchemy import func, select, text

from fmdesk.app import App
from fmdesk.app.context import set_signed_in
from fmdesk.app.permissions import ROLES, TABLE, Permission
from fmdesk.app.users import (
    PermissionDeniedError,
    add_user,
    authenticate,
    change_password,
    current_account,
    disable_user,
    list_users,
    require,
)
from fmdesk.app.workorders import add_technician, advance_work_order, create_work_order
from fmdesk.cli import main
from fmdesk.records.database import Records
from fmdesk.records.models import History, WorkOrder


@pytest.fixture(autouse=True)
def signed_out() -> Iterator[None]:
    """A login is process-wide: forget it after each test."""
    yield
    set_signed_in(None)


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def _as(app: App, name: str, password: str | None = None) -> App:
    return App(app.settings, app.database_url, name, password=password, _records=app.records)


def _counts(records: Records) -> tuple[int, int, str]:
    with records.engine.connect() as conn:
        history = conn.execute(select(func.count()).select_from(History)).scalar_one()
        orders = conn.execute(select(func.count()).select_from(WorkOrder)).scalar_one()
        state = conn.execute(select(WorkOrder.state)).scalars().first() or ""
    return history, orders, state


def test_every_permission_has_roles_and_every_role_exists() -> None:
    assert set(TABLE) == set(Permission)
    for roles in TABLE.values():
        assert roles and set(roles) <= set(ROLES)
    assert len(ROLES) == 9 and TABLE[Permission.USERS_MANAGE] == ("admin",)


def test_single_user_mode_allows_everything(app: App) -> None:
    assert list_users(app).single_user
    assert require(app, Permission.WO_CANCEL) is None
    create_work_order(app, "无用户时也能报修")


def test_first_user_must_be_an_admin(app: App) -> None:
    with pytest.raises(Exception, match="admin"):
        add_user(app, "张三", "technician")
    add_user(app, "tester", "admin")
    assert not list_users(app).single_user


def test_roles_decide_and_refusals_write_nothing(app: App, records: Records) -> None:
    add_user(app, "tester", "admin")
    add_user(app, "调度王", "dispatcher")
    add_user(app, "李工", "technician")
    add_technician(app, "李师傅", skills=["plumbing"])
    order = create_work_order(app, "水泵异响")
    before = _counts(records)
    technician = _as(app, "李工")
    with pytest.raises(PermissionDeniedError) as refused:
        advance_work_order(technician, order.number, "cancelled")
    message = refused.value.message
    assert "dispatcher" in message and "technician" in message and "李工" in message
    assert _counts(records) == before
    dispatched = advance_work_order(
        _as(app, "调度王"), order.number, "dispatched", assignee="李师傅"
    )
    assert dispatched.state == "dispatched"
    advance_work_order(technician, order.number, "accepted")


def test_unknown_disabled_and_password_users(app: App) -> None:
    add_user(app, "tester", "admin")
    add_user(app, "品质刘", "quality", password="s3cret")
    with pytest.raises(PermissionDeniedError, match="not a user"):
        require(_as(app, "陌生人"), Permission.WO_CREATE)
    with pytest.raises(PermissionDeniedError, match="password"):
        require(_as(app, "品质刘"), Permission.WO_CREATE)
    with pytest.raises(PermissionDeniedError, match="password"):
        require(_as(app, "品质刘", "wrong"), Permission.WO_CREATE)
    quality = _as(app, "品质刘")
    assert authenticate(quality, "品质刘", "s3cret").role == "quality"
    require(quality, Permission.WO_RECHECK)
    with pytest.raises(PermissionDeniedError):
        require(quality, Permission.USERS_MANAGE)
    change_password(app, "品质刘", "new-one")
    with pytest.raises(PermissionDeniedError):
        require(_as(app, "品质刘", "s3cret"), Permission.WO_CREATE)
    disable_user(app, "品质刘")
    with pytest.raises(PermissionDeniedError, match="disabled"):
        current_account(_as(app, "品质刘", "new-one"))


def test_password_is_stored_as_argon2_hash(app: App, records: Records) -> None:
    add_user(app, "tester", "admin", password="pw-1234")
    with records.engine.connect() as conn:
        stored = conn.execute(text("SELECT password_hash FROM users")).scalar_one()
        changes = conn.execute(text("SELECT changes FROM history WHERE entity = 'user'")).all()
    assert stored.startswith("$argon2id$") and "pw-1234" not in stored
    assert changes and "password_hash" not in str(changes)


def test_technician_cancel_refused_and_dispatcher_dispatch_from_the_cli(
    records: Records, capsys: pytest.CaptureFixture[str]
) -> None:
    """The issue's must-show: exit 2, one sentence, nothing written; the dispatcher works."""
    db = ("--db", records.url)
    assert run(capsys, "users", "add", "admin", "--role", "admin", *db)[0] == 0
    for name, role in (("调度王", "dispatcher"), ("李工", "technician")):
        assert run(capsys, "users", "add", name, "--role", role, "--user", "admin", *db)[0] == 0
    code, out, _ = run(capsys, "users", "list", "--json", *db)
    assert code == 0 and {u["role"] for u in json.loads(out)["users"]} == {
        "admin",
        "dispatcher",
        "technician",
    }
    assert (
        run(capsys, "wo", "technician", "李师傅", "--skill", "plumbing", "--user", "admin", *db)[0]
        == 0
    )
    code, out, _ = run(capsys, "wo", "create", "--title", "漏水", "--json", "--user", "李工", *db)
    number = json.loads(out)["number"]
    before = _counts(records)
    code, out, err = run(
        capsys, "wo", "advance", number, "--to", "cancelled", "--user", "李工", *db
    )
    assert code == 2 and out == "" and err.count("\n") == 1 and "dispatcher" in err
    assert _counts(records) == before
    code, out, _ = run(
        capsys, "wo", "advance", number, "--to", "dispatched", "--assignee", "李师傅",
        "--user", "调度王", "--json", *db,
    )  # fmt: skip
    assert code == 0 and json.loads(out)["state"] == "dispatched"
    code, _, err = run(capsys, "users", "add", "x", "--role", "viewer", "--user", "李工", *db)
    assert code == 2 and "admin" in err


def test_fmdesk_user_environment_names_the_actor(
    records: Records, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    db = ("--db", records.url)
    run(capsys, "users", "add", "admin", "--role", "admin", *db)
    run(capsys, "users", "add", "只读者", "--role", "viewer", "--user", "admin", *db)
    monkeypatch.setenv("FMDESK_USER", "只读者")
    code, _, err = run(capsys, "wo", "create", "--title", "看看", *db)
    assert code == 2 and "只读者" in err
    assert _counts(records)[1] == 0


def test_exports_need_the_export_permission(
    records: Records, capsys: pytest.CaptureFixture[str], tmp_path
) -> None:
    from pathlib import Path

    sample = Path(__file__).resolve().parents[2] / "ifc_samples" / "sample_residential_ifc4.ifc"
    db = ("--db", records.url)
    run(capsys, "users", "add", "admin", "--role", "admin", *db)
    run(capsys, "users", "add", "培训生", "--role", "trainee", "--user", "admin", *db)
    out = tmp_path / "cobie.xlsx"
    code, _, err = run(capsys, "cobie", str(sample), "--out", str(out), "--user", "培训生", *db)
    assert code == 2 and "培训生" in err and not out.exists()
    code, _, err = run(
        capsys, "plan", "--year", "2027", "--out", str(tmp_path / "p.xlsx"), "--user", "培训生", *db
    )
    assert code == 2 and not (tmp_path / "p.xlsx").exists()


def test_the_cli_asks_for_the_password_at_a_terminal(
    records: Records, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import getpass
    import sys

    db = ("--db", records.url)
    run(capsys, "users", "add", "admin", "--role", "admin", "--password", "pw-admin", *db)
    asked: list[str] = []

    def answer(prompt: str = "") -> str:
        asked.append(prompt)
        return "pw-admin"

    monkeypatch.setattr(getpass, "getpass", answer)
    monkeypatch.setattr(sys.stdin, "isatty", lambda: True, raising=False)
    code, _, _ = run(capsys, "wo", "create", "--title", "有密码", "--user", "admin", *db)
    assert code == 0 and asked and "admin" in asked[0]
    monkeypatch.setattr(sys.stdin, "isatty", lambda: False, raising=False)
    code, _, err = run(capsys, "wo", "create", "--title", "无终端", "--user", "admin", *db)
    assert code == 2 and "FMDESK_PASSWORD" in err
    monkeypatch.setenv("FMDESK_PASSWORD", "pw-admin")
    assert run(capsys, "wo", "create", "--title", "脚本", "--user", "admin", *db)[0] == 0
