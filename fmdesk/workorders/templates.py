"""Checklist templates per equipment type (巡检检查表), read from editable JSON files.

Shipped templates live in ``resources/inspection``; a file with the same name in
``<config>/inspection`` overrides one for this workstation. See resources/inspection/README.md.

Example: ``template_for(load_templates(), "pump").items[0].text == "运行无异响、无异常振动"``.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from fmdesk.i18n import _t
from fmdesk.records.errors import InvalidInputError
from fmdesk.resources import resource_path
from fmdesk.settings import config_dir
from fmdesk.workorders.sla import PRIORITIES

SHIPPED = resource_path("inspection")
GENERIC = "generic"


@dataclass(frozen=True)
class ChecklistItem:
    code: str
    text: str
    priority: str
    rectify_hours: float


@dataclass(frozen=True)
class ChecklistTemplate:
    name: str
    title: str
    applies_to: tuple[str, ...]
    items: tuple[ChecklistItem, ...]

    def item(self, code: str) -> ChecklistItem:
        for item in self.items:
            if item.code == code:
                return item
        raise InvalidInputError(
            _t(
                "Checklist {name} has no item '{code}'; use one of {codes}.",
                name=self.name,
                code=code,
                codes=list(i.code for i in self.items),
            )
        )


def template_folders() -> list[Path]:
    """Where templates are read from, later folders overriding earlier ones."""
    return [SHIPPED, config_dir() / "inspection"]


def load_templates(folders: Iterable[Path] | None = None) -> dict[str, ChecklistTemplate]:
    """Every template by name; a malformed file is reported in one sentence naming it."""
    templates: dict[str, ChecklistTemplate] = {}
    for folder in folders if folders is not None else template_folders():
        if not folder.is_dir():
            continue
        for path in sorted(folder.glob("*.json")):
            templates[path.stem] = _read_template(path)
    if GENERIC not in templates:
        templates[GENERIC] = ChecklistTemplate(
            GENERIC,
            "通用设备巡检",
            (),
            (ChecklistItem("GEN-STATE", "外观完好、运行正常", "normal", 72),),
        )
    return templates


def template_for(templates: dict[str, ChecklistTemplate], category: str) -> ChecklistTemplate:
    """The template claiming ``category`` (or named after it), else the generic one."""
    if category in templates:
        return templates[category]
    for template in templates.values():
        if category in template.applies_to:
            return template
    return templates[GENERIC]


def _read_template(path: Path) -> ChecklistTemplate:
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
        items = tuple(
            ChecklistItem(
                code=str(item["code"]),
                text=str(item["text"]),
                priority=str(item.get("priority", "normal")),
                rectify_hours=float(item.get("rectify_hours", 72)),
            )
            for item in raw["items"]
        )
    except (OSError, ValueError, KeyError, TypeError) as error:
        raise InvalidInputError(
            _t(
                "The checklist template {path} is not valid ({error}); fix the file.",
                path=path,
                error=type(error).__name__,
            )
        ) from error
    bad = [i.code for i in items if i.priority not in PRIORITIES]
    if bad or not items:
        raise InvalidInputError(
            _t(
                "The checklist template {path} has no items or a bad priority in {codes}.",
                path=path,
                codes=list(bad),
            )
        )
    return ChecklistTemplate(
        name=path.stem,
        title=str(raw.get("title", path.stem)),
        applies_to=tuple(raw.get("applies_to", [])),
        items=items,
    )
