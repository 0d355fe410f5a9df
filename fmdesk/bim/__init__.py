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

from fmdesk.bim.classify import classify_class, classify_element, read_predefined_type
from fmdesk.bim.elements import ElementInfo, read_element, read_elements
from fmdesk.bim.errors import (
    EmptyModelError,
    IfcXmlNotSupportedError,
    ModelArchiveError,
    ModelHeaderError,
    ModelNotFoundError,
    ModelSyntaxError,
    ModelUnreadableError,
    NotIfcError,
    UnsupportedSchemaError,
)
from fmdesk.bim.index import ModelIndex, build_model_index
from fmdesk.bim.model_file import (
    SUPPORTED_SCHEMAS,
    hash_model_file,
    open_model,
    read_step_header,
)
from fmdesk.bim.ports import PortConnection, PortInfo, read_port_connections, read_ports
from fmdesk.bim.properties import read_properties, read_property
from fmdesk.bim.spatial import SpatialNode, iter_spatial_nodes, read_spatial_tree
from fmdesk.bim.summary import build_port_graph, count_kinds, read_application, summarize_model
from fmdesk.bim.systems import SystemInfo, read_systems, system_port_ids
from fmdesk.bim.text import repair_text

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
