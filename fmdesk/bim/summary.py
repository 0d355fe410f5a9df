"""A one-screen summary of a model: what wrote it, what is in it, how connected its networks are.

Used by ``fmdesk info`` and by the GUI's model information panel. The port-graph component count
is the quickest health figure for MEP data: a well-connected water system is one component,
while an export that lost its connections falls apart into many (one per element at worst).
"""

from __future__ import annotations

import contextlib
from collections import Counter
from typing import Any

import ifcopenshell
import networkx as nx

from fmdesk.bim.attributes import as_entity
from fmdesk.bim.elements import ElementInfo, read_elements
from fmdesk.bim.index import ModelIndex, build_model_index
from fmdesk.bim.ports import PortConnection, PortInfo, read_port_connections, read_ports
from fmdesk.bim.systems import SystemInfo, read_systems, system_port_ids
from fmdesk.bim.text import repair_text

__all__ = ["build_port_graph", "count_kinds", "read_application", "summarize_model"]


def read_application(model: ifcopenshell.file) -> dict[str, str | None]:
    """Return ``{"application": …, "originating_system": …}``: the IfcApplication that owns the
    project (name and version) and the header's FILE_NAME originating_system.

    >>> read_application(model)["application"]  # doctest: +SKIP
    'Autodesk Revit 2019 (ENU) 2019'
    """
    application = None
    candidates = []
    for project in model.by_type("IfcProject"):
        history = as_entity(getattr(project, "OwnerHistory", None))
        owning = as_entity(history.OwningApplication) if history is not None else None
        if owning is not None and owning.is_a("IfcApplication"):
            candidates.append(owning)
    candidates.extend(model.by_type("IfcApplication"))
    for candidate in candidates:
        parts = [repair_text(candidate.ApplicationFullName), repair_text(candidate.Version)]
        text = " ".join(part.strip() for part in parts if part and part.strip())
        if text:
            application = text
            break
    originating = None
    with contextlib.suppress(AttributeError, RuntimeError):
        originating = repair_text(model.header.file_name.originating_system) or None
    return {"application": application, "originating_system": originating}


def build_port_graph(ports: list[PortInfo], connections: list[PortConnection]) -> nx.Graph:
    """Return the element graph: hosts of ports as nodes, port connections as edges.

    A port without a host stands for itself (its GlobalId is the node), so broken exports
    still count correctly.
    """
    graph = nx.Graph()
    for port in ports:
        graph.add_node(port.host_id or port.global_id)
    for connection in connections:
        graph.add_edge(
            connection.relating_host_id or connection.relating_port_id,
            connection.related_host_id or connection.related_port_id,
        )
    return graph


def summarize_model(model: ifcopenshell.file, index: ModelIndex | None = None) -> dict[str, Any]:
    """Return the model part of ``fmdesk info --json`` (keys listed in fmdesk/commands/info.py).

    >>> summarize_model(model)["port_connection_count"]  # doctest: +SKIP
    12
    """
    index = index or build_model_index(model)
    elements = read_elements(model, index)
    ports = read_ports(model, index)
    connections = read_port_connections(model, index)
    systems = read_systems(model, index)
    connected = _connected_port_ids(connections)
    project = model.by_type("IfcProject")[0] if model.by_type("IfcProject") else None
    graph = build_port_graph(ports, connections)
    return {
        "schema": getattr(model, "schema_identifier", None) or model.schema,
        **read_application(model),
        "project_name": repair_text(project.get_argument(2)) if project is not None else None,
        "storey_count": len(model.by_type("IfcBuildingStorey")),
        "space_count": len(model.by_type("IfcSpace")),
        "element_count": len(elements),
        "elements_by_class": _sorted_counts(Counter(e.ifc_class for e in elements)),
        "elements_by_kind": count_kinds(elements),
        "system_count": len(systems),
        "systems": [_system_summary(system, ports, connections, connected) for system in systems],
        "port_count": len(ports),
        "connected_port_count": sum(1 for port in ports if port.global_id in connected),
        "ports_by_flow_direction": _sorted_counts(
            Counter(port.flow_direction or "UNSET" for port in ports)
        ),
        "port_connection_count": len(connections),
        "port_graph_components": nx.number_connected_components(graph) if graph else 0,
    }


def _connected_port_ids(connections: list[PortConnection]) -> set[str]:
    connected: set[str] = set()
    for connection in connections:
        connected.add(connection.relating_port_id)
        connected.add(connection.related_port_id)
    return connected


def _system_summary(
    system: SystemInfo,
    ports: list[PortInfo],
    connections: list[PortConnection],
    connected: set[str],
) -> dict[str, Any]:
    port_ids = set(system_port_ids(system, ports, connections))
    return {
        "global_id": system.global_id,
        "name": system.name,
        "ifc_class": system.ifc_class,
        "predefined_type": system.predefined_type,
        "member_count": len(system.member_ids),
        "port_count": len(port_ids),
        "connected_port_count": len(port_ids & connected),
    }


def _sorted_counts(counter: Counter[str]) -> dict[str, int]:
    return dict(sorted(counter.items(), key=lambda item: (-item[1], item[0])))


def count_kinds(elements: list[ElementInfo]) -> dict[str, int]:
    """Return ``{kind: count}``, most frequent first."""
    return _sorted_counts(Counter(e.kind for e in elements))
