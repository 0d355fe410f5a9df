"""``fmdesk users add|list|disable|enable|passwd``: who may sign in, with which role (用户与角色).

JSON: ``add``/``disable``/``enable``/``passwd`` → ``{id, name, role, active, has_password,
created_at}``; ``list`` → ``{users: [...], single_user}``. The first user must be an admin;
after that only an admin manages users (``--user`` names who is acting).
"""

from __future__ import annotations

import argparse

from fmdesk.app import users
from fmdesk.app.permissions import ROLES
from fmdesk.app.results import to_dict
from fmdesk.commands.options import add_db_arguments, app_for
from fmdesk.commands.output import print_result
from fmdesk.i18n import tr
from fmdesk.records.users import UserInfo

__all__ = ["register"]


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "users",
        help="users and roles: add, list, disable, passwd (用户与角色)",
        description="Users who sign in to fmdesk and their roles.",
    )
    actions = parser.add_subparsers(dest="users_command", metavar="ACTION", required=True)
    add = actions.add_parser("add", help="add a user with a role")
    add.add_argument("name")
    add.add_argument("--role", required=True, choices=ROLES)
    add.add_argument("--password", default="", help="optional; asked at login when set")
    add_db_arguments(add)
    add.set_defaults(func=run_add)
    lst = actions.add_parser("list", help="list the users and their roles")
    add_db_arguments(lst)
    lst.set_defaults(func=run_list)
    for name, text, enable in (
        ("disable", "disable a user (its history stays)", False),
        ("enable", "enable a disabled user again", True),
    ):
        action = actions.add_parser(name, help=text)
        action.add_argument("name")
        add_db_arguments(action)
        action.set_defaults(func=run_disable, enable=enable)
    passwd = actions.add_parser("passwd", help="set or change a user's password")
    passwd.add_argument("name")
    passwd.add_argument("--password", required=True, help="the new password ('' removes it)")
    add_db_arguments(passwd)
    passwd.set_defaults(func=run_passwd)


def _line(user: UserInfo) -> str:
    state = "" if user.active else tr(" (disabled)")
    return f"{user.name}\t{users.role_label(user.role)}{state}"


def run_add(args: argparse.Namespace) -> int:
    with app_for(args) as app:
        user = users.add_user(app, args.name, args.role, args.password)
    print_result(to_dict(user), args.json, tr("User added: {line}", line=_line(user)))
    return 0


def run_list(args: argparse.Namespace) -> int:
    with app_for(args) as app:
        result = users.list_users(app)
    if result.single_user:
        text = tr("No users: single-user mode (everything is allowed).")
    else:
        text = "\n".join(_line(user) for user in result.users)
    print_result(result.to_dict(), args.json, text)
    return 0


def run_disable(args: argparse.Namespace) -> int:
    with app_for(args) as app:
        user = users.disable_user(app, args.name, enable=args.enable)
    print_result(to_dict(user), args.json, _line(user))
    return 0


def run_passwd(args: argparse.Namespace) -> int:
    with app_for(args) as app:
        user = users.change_password(app, args.name, args.password)
    print_result(to_dict(user), args.json, tr("Password changed for {name}.", name=user.name))
    return 0
