"""Record kinds and history actions as people read them (the ids stay in ``--json``)."""

from __future__ import annotations

from fmdesk.i18n import Msg, _t

__all__ = ["ACTION_NAMES", "ENTITY_NAMES", "action_name", "entity_name"]

ACTION_NAMES: dict[str, Msg] = {
    "create": _t("created"),
    "update": _t("updated"),
    "delete": _t("deleted"),
}

ENTITY_NAMES: dict[str, Msg] = {
    "asset": _t("asset"),
    "contractor": _t("contractor"),
    "document": _t("document"),
    "handover": _t("handover"),
    "handover_check": _t("handover check"),
    "handover_recheck": _t("handover recheck"),
    "inspection_result": _t("inspection result"),
    "inspection_round": _t("inspection round"),
    "inspection_route": _t("inspection route"),
    "review_comment": _t("review comment"),
    "review_issue": _t("review issue"),
    "space": _t("space"),
    "team": _t("team"),
    "technician": _t("technician"),
    "trainee": _t("trainee"),
    "training_attempt": _t("training attempt"),
    "training_drill_set": _t("drill set"),
    "training_tour": _t("training tour"),
    "work_order": _t("work order"),
}


def action_name(action: str) -> Msg | str:
    return ACTION_NAMES.get(action, action)


def entity_name(entity: str) -> Msg | str:
    return ENTITY_NAMES.get(entity, entity)
