"""A finding of the network check: one problem on one element (or a group of elements), with
what is wrong and how to fix it as messages, rendered in the reader's language when shown.

Its own module so the rules (:mod:`fmdesk.network.check_rules`) and the check that runs them
(:mod:`fmdesk.network.check`) both use it without importing each other.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from fmdesk.i18n import Msg, render

__all__ = ["Finding"]


@dataclass(frozen=True)
class Finding:
    """One problem, on one element (or a group of elements, listed in ``elements``)."""

    code: str
    severity: str
    global_id: str | None
    ifc_class: str | None
    name: str | None
    storey: str | None
    detail: Msg | str
    fix: Msg | str
    elements: tuple[str, ...] = ()
    port_ids: tuple[str, ...] = ()
    label: str | None = None
    """The element's kind and place in words (``生活水泵 B1 (水泵, 地下一层 水泵房)``)."""
    medium: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "code": self.code,
            "severity": self.severity,
            "global_id": self.global_id,
            "ifc_class": self.ifc_class,
            "name": self.name,
            "label": self.label,
            "storey": self.storey,
            "medium": self.medium,
            "detail": render(self.detail),
            "fix": render(self.fix),
            "elements": list(self.elements),
            "port_ids": list(self.port_ids),
        }
