"""Roles and the ONE permission table: who may do what (权限表).

Every use case that changes records (or writes a file from them) starts with
``require(app, Permission.WO_CANCEL)``; the CLI, the GUI and any script therefore get the same
answer, and a refused action writes nothing. With no user defined in the database (the embedded
SQLite default on one workstation) fmdesk runs in single-user mode and everything is allowed.

To give a new feature its permission: add a member to :class:`Permission`, its description to
:data:`ACTIONS`, and the roles that hold it to :data:`TABLE`; then call ``require`` in its use case.
"""

from __future__ import annotations

from enum import StrEnum

from fmdesk.i18n import Msg, _t

__all__ = [
    "ACTIONS",
    "ROLES",
    "ROLE_LABELS",
    "STATE_PERMISSIONS",
    "TABLE",
    "Permission",
    "allowed",
    "roles_with",
]


class Permission(StrEnum):
    WO_CREATE = "wo.create"
    WO_DISPATCH = "wo.dispatch"
    WO_WORK = "wo.work"
    WO_RECHECK = "wo.recheck"
    WO_CLOSE = "wo.close"
    WO_CANCEL = "wo.cancel"
    WO_RATE = "wo.rate"
    PEOPLE_EDIT = "people.edit"
    ASSET_EDIT = "asset.edit"
    MODEL_IMPORT = "model.import"
    DOC_ADD = "doc.add"
    INSPECT_PLAN = "inspect.plan"
    INSPECT_RECORD = "inspect.record"
    PLAN_EDIT = "plan.edit"
    REVIEW_EDIT = "review.edit"
    HANDOVER_EDIT = "handover.edit"
    TRAINING = "training.run"
    EXPORT = "export"
    USERS_MANAGE = "users.manage"
    DB_ADMIN = "db.admin"


ROLES = (
    "admin",
    "supervisor",
    "dispatcher",
    "technician",
    "planner",
    "quality",
    "contractor",
    "viewer",
    "trainee",
)

ROLE_LABELS: dict[str, Msg] = {
    "admin": _t("admin"),
    "supervisor": _t("supervisor"),
    "dispatcher": _t("dispatcher"),
    "technician": _t("technician"),
    "planner": _t("planner"),
    "quality": _t("quality inspector"),
    "contractor": _t("contractor"),
    "viewer": _t("viewer"),
    "trainee": _t("trainee"),
}

ACTIONS: dict[Permission, Msg] = {
    Permission.WO_CREATE: _t("report a work order"),
    Permission.WO_DISPATCH: _t("dispatch a work order"),
    Permission.WO_WORK: _t("accept, start or finish a work order"),
    Permission.WO_RECHECK: _t("recheck or reopen a work order"),
    Permission.WO_CLOSE: _t("close a work order"),
    Permission.WO_CANCEL: _t("cancel a work order"),
    Permission.WO_RATE: _t("record a resident's satisfaction"),
    Permission.PEOPLE_EDIT: _t("register technicians and contractors"),
    Permission.ASSET_EDIT: _t("edit assets"),
    Permission.MODEL_IMPORT: _t("import models into the records"),
    Permission.DOC_ADD: _t("attach documents and photos"),
    Permission.INSPECT_PLAN: _t("plan inspection routes and rounds"),
    Permission.INSPECT_RECORD: _t("record inspection results"),
    Permission.PLAN_EDIT: _t("edit maintenance tasks, holidays and plans"),
    Permission.REVIEW_EDIT: _t("edit design-review issues"),
    Permission.HANDOVER_EDIT: _t("record handover inspections"),
    Permission.TRAINING: _t("run training drills"),
    Permission.EXPORT: _t("export workbooks and files"),
    Permission.USERS_MANAGE: _t("manage users"),
    Permission.DB_ADMIN: _t("upgrade, back up or restore the database"),
}

_ALL_WORKERS = ("admin", "supervisor", "dispatcher", "technician", "planner", "quality")

TABLE: dict[Permission, tuple[str, ...]] = {
    Permission.WO_CREATE: _ALL_WORKERS,
    Permission.WO_DISPATCH: ("admin", "supervisor", "dispatcher"),
    Permission.WO_WORK: ("admin", "supervisor", "dispatcher", "technician", "contractor"),
    Permission.WO_RECHECK: ("admin", "supervisor", "quality"),
    Permission.WO_CLOSE: ("admin", "supervisor", "dispatcher", "quality"),
    Permission.WO_CANCEL: ("admin", "supervisor", "dispatcher"),
    Permission.WO_RATE: ("admin", "supervisor", "dispatcher", "quality"),
    Permission.PEOPLE_EDIT: ("admin", "supervisor"),
    Permission.ASSET_EDIT: ("admin", "supervisor", "planner"),
    Permission.MODEL_IMPORT: ("admin", "supervisor", "planner"),
    Permission.DOC_ADD: (*_ALL_WORKERS, "contractor"),
    Permission.INSPECT_PLAN: ("admin", "supervisor", "planner", "quality"),
    Permission.INSPECT_RECORD: ("admin", "supervisor", "technician", "quality", "contractor"),
    Permission.PLAN_EDIT: ("admin", "supervisor", "planner"),
    Permission.REVIEW_EDIT: ("admin", "supervisor", "planner", "quality"),
    Permission.HANDOVER_EDIT: ("admin", "supervisor", "quality"),
    Permission.TRAINING: (*_ALL_WORKERS, "contractor", "trainee"),
    Permission.EXPORT: ("admin", "supervisor", "dispatcher", "planner", "quality"),
    Permission.USERS_MANAGE: ("admin",),
    Permission.DB_ADMIN: ("admin",),
}
"""Permission → the roles that hold it. Reading records needs no permission (viewer reads)."""


STATE_PERMISSIONS: dict[str, Permission] = {
    "dispatched": Permission.WO_DISPATCH,
    "accepted": Permission.WO_WORK,
    "on_site": Permission.WO_WORK,
    "rectified": Permission.WO_WORK,
    "reported": Permission.WO_WORK,  # the technician declines the order
    "rechecked": Permission.WO_RECHECK,
    "reopened": Permission.WO_RECHECK,
    "closed": Permission.WO_CLOSE,
    "cancelled": Permission.WO_CANCEL,
}
"""The permission a work-order move needs, by the state it moves to."""


def roles_with(permission: Permission | str) -> tuple[str, ...]:
    """The roles allowed ``permission`` (``roles_with("wo.cancel")``)."""
    return TABLE[Permission(permission)]


def allowed(role: str, permission: Permission | str) -> bool:
    return role in roles_with(permission)
