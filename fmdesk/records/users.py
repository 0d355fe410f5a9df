"""The users table: who may sign in, with which role (password hashes are made by the app layer).

Example: ``add_user(records.uow("admin"), "张工", "dispatcher", password_hash)``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select

from fmdesk.i18n import _t
from fmdesk.records.errors import DuplicateError, NotFoundError
from fmdesk.records.models import User
from fmdesk.records.uow import UnitOfWork


@dataclass(frozen=True)
class UserInfo:
    """A user as the app sees it; ``has_password`` instead of the hash itself."""

    id: int
    name: str
    role: str
    active: bool
    has_password: bool
    created_at: datetime


def _info(user: User) -> UserInfo:
    return UserInfo(
        user.id, user.name, user.role, user.active, bool(user.password_hash), user.created_at
    )


def count_users(uow: UnitOfWork) -> int:
    """How many users exist (0 = single-user mode)."""
    with uow:
        return int(uow.session.scalar(select(func.count()).select_from(User)) or 0)


def list_users(uow: UnitOfWork) -> list[UserInfo]:
    with uow:
        return [_info(u) for u in uow.session.scalars(select(User).order_by(User.name))]


def find_user(uow: UnitOfWork, name: str) -> tuple[UserInfo, str] | None:
    """The user called ``name`` and its password hash, or None."""
    with uow:
        user = uow.session.scalar(select(User).where(User.name == name))
        return (_info(user), user.password_hash) if user is not None else None


def add_user(uow: UnitOfWork, name: str, role: str, password_hash: str) -> UserInfo:
    with uow:
        uow.begin_write()
        if uow.session.scalar(select(User.id).where(User.name == name)) is not None:
            raise DuplicateError(
                _t("A user called '{name}' already exists; choose another name.", name=name)
            )
        user = User(name=name, role=role, password_hash=password_hash, active=True)
        uow.session.add(user)
        uow.commit()
        return _info(user)


def update_user(
    uow: UnitOfWork,
    name: str,
    *,
    active: bool | None = None,
    password_hash: str | None = None,
    role: str | None = None,
) -> UserInfo:
    """Change one user's state, password hash or role (recorded in the history)."""
    with uow:
        uow.begin_write()
        user = uow.session.scalar(select(User).where(User.name == name))
        if user is None:
            raise NotFoundError(
                _t("No user is called '{name}'; see 'fmdesk users list'.", name=name)
            )
        if active is not None:
            user.active = active
        if password_hash is not None:
            user.password_hash = password_hash
        if role is not None:
            user.role = role
        uow.commit()
        return _info(user)
