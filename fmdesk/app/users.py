"""Use cases of users and roles: add, list, disable, change a password, sign in, ``require``.

``require(app, Permission.WO_CANCEL)`` is the one check every changing use case makes first. It
looks up ``app.actor`` (``--user``, ``FMDESK_USER``, the login dialog) in the ``users`` table:

- no user defined at all → single-user mode, allowed (a lone workstation, ``make run``);
- an unknown or disabled name → refused;
- a user with a password who has not proved it (``app.password`` / the login dialog) → refused;
- a role without the permission → refused, naming the roles that have it.

Passwords are hashed with Argon2id (argon2-cffi); the hash is never returned by a use case,
shown, or written to the history.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from typing import TYPE_CHECKING

from fmdesk.app.context import App
from fmdesk.app.permissions import (
    ACTIONS,
    ROLE_LABELS,
    ROLES,
    Permission,
    allowed,
    roles_with,
)
from fmdesk.errors import UserError
from fmdesk.i18n import _t

if TYPE_CHECKING:
    from fmdesk.records.users import UserInfo

__all__ = [
    "LoginChoices",
    "PermissionDeniedError",
    "UserList",
    "add_user",
    "authenticate",
    "change_password",
    "current_account",
    "disable_user",
    "list_users",
    "login_choices",
    "password_needed",
    "require",
    "role_label",
]

PASSWORD_ENV = "FMDESK_PASSWORD"
MAX_NAME = 100


class PermissionDeniedError(UserError):
    """The current user's role may not do this (CLI exit 2; nothing was written)."""

    category = "permission_denied"


def role_label(role: str) -> str:
    """``技术员 technician`` style: the role in the reader's language and its stable word."""
    label = ROLE_LABELS[role].render() if role in ROLE_LABELS else role
    return label if label == role else f"{label} {role}"


def _check_role(role: str) -> str:
    if role not in ROLES:
        raise UserError(
            _t("'{role}' is not a role; use one of {roles}.", role=role, roles=", ".join(ROLES))
        )
    return role


def _hash(password: str) -> str:
    from argon2 import PasswordHasher

    return PasswordHasher().hash(password) if password else ""


def _matches(password_hash: str, password: str) -> bool:
    from argon2 import PasswordHasher
    from argon2.exceptions import InvalidHashError, VerificationError

    try:
        return PasswordHasher().verify(password_hash, password)
    except (VerificationError, InvalidHashError):
        return False


def current_account(app: App) -> UserInfo | None:
    """The signed-in user, or None in single-user mode (no users defined).

    Raises PermissionDeniedError when users exist but ``app.actor`` is not an active one, or
    has a password that was not given.
    """
    from fmdesk.records.users import count_users, find_user

    found = find_user(app.uow(), app.actor)
    if found is None:
        if count_users(app.uow()) == 0:
            return None
        raise PermissionDeniedError(
            _t(
                "'{name}' is not a user of this database; sign in as one (--user NAME or "
                "FMDESK_USER).",
                name=app.actor,
            )
        )
    user, password_hash = found
    if not user.active:
        raise PermissionDeniedError(
            _t("The user '{name}' is disabled; ask an admin to enable it.", name=user.name)
        )
    if password_hash and (app.actor, password_hash) not in app.verified:
        password = app.password if app.password is not None else os.environ.get(PASSWORD_ENV)
        if not password or not _matches(password_hash, password):
            raise PermissionDeniedError(
                _t(
                    "The password of '{name}' is missing or wrong; give it in the login "
                    "dialog or FMDESK_PASSWORD.",
                    name=user.name,
                )
            )
        app.verified.add((app.actor, password_hash))
    return user


def require(app: App, permission: Permission | str) -> UserInfo | None:
    """Refuse (PermissionDeniedError, one sentence) unless the current user may ``permission``.

    Call it first in a use case, before anything is written.
    """
    user = current_account(app)
    if user is None or allowed(user.role, permission):
        return user
    roles = roles_with(permission)
    raise PermissionDeniedError(
        _t(
            "Only {roles} may {action}; '{name}' is {role}.",
            roles=[role_label(r) for r in roles],
            action=ACTIONS[Permission(permission)],
            name=user.name,
            role=role_label(user.role),
        )
    )


def authenticate(app: App, name: str, password: str) -> UserInfo | None:
    """Sign ``name`` in on this app and for the rest of the process (the GUI's login dialog);
    None in single-user mode. Raises PermissionDeniedError and changes nothing else when the
    name or password is wrong."""
    from fmdesk.app.context import set_signed_in

    app.actor = name
    app.password = password
    user = current_account(app)
    set_signed_in(name, password)  # Apps built later in this process act as this user too
    return user


@dataclass(frozen=True)
class UserList:
    users: list[UserInfo]
    single_user: bool

    def to_dict(self) -> dict[str, object]:
        from fmdesk.app.results import to_dict

        return {"users": to_dict(self.users), "single_user": self.single_user}


def list_users(app: App) -> UserList:
    """Every user with its role and state (a viewer may look)."""
    from fmdesk.records.users import list_users as read

    users = read(app.uow())
    return UserList(users, not users)


def add_user(app: App, name: str, role: str, password: str = "") -> UserInfo:
    """Add a user. The first user must be an admin (else nobody could manage users later)."""
    from fmdesk.app.validation import check_text
    from fmdesk.records.users import add_user as add
    from fmdesk.records.users import count_users

    name = check_text(name, _t("user name"), MAX_NAME)
    _check_role(role)
    if count_users(app.uow()) == 0:
        if role != "admin":
            raise UserError(
                _t("The first user must be an admin ({admin}); add one first.", admin="admin")
            )
    else:
        require(app, Permission.USERS_MANAGE)
    return add(app.uow(), name, role, _hash(password))


def disable_user(app: App, name: str, enable: bool = False) -> UserInfo:
    """Disable (or enable again) a user; its history stays."""
    from fmdesk.records.users import update_user

    require(app, Permission.USERS_MANAGE)
    return update_user(app.uow(), name, active=enable)


def change_password(app: App, name: str, password: str) -> UserInfo:
    """Set a user's password: an admin for anyone, a user for itself ('' removes it)."""
    from fmdesk.records.users import update_user

    if name != app.actor:
        require(app, Permission.USERS_MANAGE)
        return update_user(app.uow(), name, password_hash=_hash(password))
    current_account(app)
    user = update_user(app.uow(), name, password_hash=_hash(password))
    app.password = password or None  # the app keeps acting as this user with the new one
    return user


@dataclass(frozen=True)
class LoginChoices:
    """What the login dialog offers: no dialog in single-user mode, else the active names."""

    single_user: bool
    names: list[str]

    def to_dict(self) -> dict[str, object]:
        return {"single_user": self.single_user, "names": self.names}


def login_choices(app: App) -> LoginChoices:
    """Whether a login is needed on this database, and who may sign in."""
    found = list_users(app)
    return LoginChoices(found.single_user, [u.name for u in found.users if u.active])


def password_needed(app: App) -> bool:
    """Whether the acting user has a password this app was not given (the CLI then asks)."""
    from fmdesk.records.users import find_user

    found = find_user(app.uow(), app.actor)
    given = app.password is not None or bool(os.environ.get(PASSWORD_ENV))
    return bool(found is not None and found[1] and not given)
