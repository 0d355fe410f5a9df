"""Read IFC models with ifcopenshell into plain frozen dataclasses (no Qt, no database).

Stateless functions over ``ifcopenshell.file`` / ``entity_instance``, one module per concept,
in the style of ``ifcopenshell.util``::

    from fmdesk import bim

    model = bim.open_model("ifc_samples/sample_residential_ifc4.ifc")
    index = bim.build_model_index(model)          # optional: share lookups between readers
    elements = bim.read_elements(model, index)    # list[ElementInfo], kind = "valve", "pump", …
    ports = bim.read_ports(model, index)          # list[PortInfo] with host_id, flow_direction
    links = bim.read_port_connections(model, index)
    systems = bim.read_systems(model, index)      # list[SystemInfo] with member_ids, port_ids
    water_ports = bim.system_port_ids(systems[0], ports, links)  # a system's own ports
    tree = bim.read_spatial_tree(model)           # SpatialNode: project → … → storeys → spaces
    psets = bim.read_properties(model[elements[0].global_id])

Every failure to open raises a :class:`fmdesk.errors.ModelOpenError` subclass from
:mod:`fmdesk.bim.errors` with one user-facing sentence and a ``category`` word.
"""

from __future__ import annotations

import importlib
from typing import Any

_WHERE = {
    "classify_class": "classify",
    "classify_element": "classify",
    "read_predefined_type": "classify",
    "ElementInfo": "elements",
    "read_element": "elements",
    "read_elements": "elements",
    "EmptyModelError": "errors",
    "IfcXmlNotSupportedError": "errors",
    "ModelArchiveError": "errors",
    "ModelHeaderError": "errors",
    "ModelNotFoundError": "errors",
    "ModelSyntaxError": "errors",
    "ModelUnreadableError": "errors",
    "NotIfcError": "errors",
    "UnsupportedSchemaError": "errors",
    "ModelIndex": "index",
    "build_model_index": "index",
    "SUPPORTED_SCHEMAS": "model_file",
    "hash_model_file": "model_file",
    "open_model": "model_file",
    "read_step_header": "model_file",
    "PortConnection": "ports",
    "PortInfo": "ports",
    "read_port_connections": "ports",
    "read_ports": "ports",
    "read_properties": "properties",
    "read_property": "properties",
    "SpatialNode": "spatial",
    "iter_spatial_nodes": "spatial",
    "read_spatial_tree": "spatial",
    "build_port_graph": "summary",
    "count_kinds": "summary",
    "read_application": "summary",
    "summarize_model": "summary",
    "SystemInfo": "systems",
    "read_systems": "systems",
    "system_port_ids": "systems",
    "repair_text": "text",
}


def __getattr__(name: str) -> Any:
    """Import each reader on first use, so that a module needing one constant (a kind list)
    does not import ifcopenshell."""
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f"{__name__}.{module}"), name)


__all__ = [
    "SUPPORTED_SCHEMAS",
    "ElementInfo",
    "EmptyModelError",
    "IfcXmlNotSupportedError",
    "ModelArchiveError",
    "ModelHeaderError",
    "ModelIndex",
    "ModelNotFoundError",
    "ModelSyntaxError",
    "ModelUnreadableError",
    "NotIfcError",
    "PortConnection",
    "PortInfo",
    "SpatialNode",
    "SystemInfo",
    "UnsupportedSchemaError",
    "build_model_index",
    "build_port_graph",
    "classify_class",
    "classify_element",
    "count_kinds",
    "hash_model_file",
    "iter_spatial_nodes",
    "open_model",
    "read_application",
    "read_element",
    "read_elements",
    "read_port_connections",
    "read_ports",
    "read_predefined_type",
    "read_properties",
    "read_property",
    "read_spatial_tree",
    "read_step_header",
    "read_systems",
    "repair_text",
    "summarize_model",
    "system_port_ids",
]
