"""Use cases about single model elements: their property sets for the properties panel."""

from __future__ import annotations

from typing import Any

__all__ = ["element_properties"]


def element_properties(model: Any, global_id: str) -> dict[str, dict[str, Any]]:
    """``{pset name: {property: value}}`` of element ``global_id`` in the open ``model``
    (an ``ifcopenshell.file``); quantities included."""
    from fmdesk.bim.properties import read_properties

    return read_properties(model.by_guid(global_id))
