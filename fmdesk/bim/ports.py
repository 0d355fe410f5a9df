"""Distribution ports and the port-to-port connections that make pipe, duct and cable networks.

IFC4 and IFC4X3 nest ports under their element (IfcRelNests); IFC2X3 attaches them with
IfcRelConnectsPortToElement (some IFC4 exporters still do). Both are read, so the network
builder sees one shape: ports with a host element and a flow direction, and connections
between two ports (and so between two host elements).
"""

from __future__ import annotations

from dataclasses import dataclass

import ifcopenshell
import ifcopenshell.util.placement

from fmdesk.bim.attributes import as_entity, global_id_of, read_attribute
from fmdesk.bim.index import ModelIndex, build_model_index, by_type_safe
from fmdesk.bim.text import repair_text
from fmdesk.bim.units import length_scale

__all__ = ["PortConnection", "PortInfo", "read_port_connections", "read_ports"]


@dataclass(frozen=True)
class PortInfo:
    """One IfcPort (normally an IfcDistributionPort)."""

    global_id: str
    name: str | None
    host_id: str | None
    """GlobalId of the element the port belongs to (None for a dangling port)."""
    flow_direction: str | None
    """SOURCE, SINK, SOURCEANDSINK, NOTDEFINED, or None when not given."""
    predefined_type: str | None
    """IFC4+: PIPE, DUCT, CABLE, … (None in IFC2X3)."""
    system_type: str | None
    """IFC4+: the IfcDistributionSystemEnum the port serves (DOMESTICCOLDWATER, …)."""
    point: tuple[float, float, float] | None = None
    """World position in metres, only when asked for (``with_points=True``)."""


@dataclass(frozen=True)
class PortConnection:
    """One IfcRelConnectsPorts: two ports and, when known, their host elements."""

    relating_port_id: str
    related_port_id: str
    relating_host_id: str | None
    related_host_id: str | None
    realizing_element_id: str | None = None
    """An element that makes the connection without ports of its own (a coupling), if given."""


def read_ports(
    model: ifcopenshell.file, index: ModelIndex | None = None, with_points: bool = False
) -> list[PortInfo]:
    """Return every port of ``model`` in file order.

    ``with_points`` adds each port's world position (a placement-matrix product per port,
    roughly ten times the cost of the rest; leave it off for counting and graph building).

    >>> [p.flow_direction for p in read_ports(model) if p.host_id == pump_id]  # doctest: +SKIP
    ['SINK', 'SOURCE']
    """
    index = index or build_model_index(model)
    scale = length_scale(model) if with_points else 1.0
    ports = []
    for port in model.by_type("IfcPort"):
        host = index.port_host.get(port.id())
        ports.append(
            PortInfo(
                global_id=global_id_of(port),
                name=repair_text(port.get_argument(2)),
                host_id=global_id_of(host) if host is not None else None,
                flow_direction=read_attribute(port, "FlowDirection"),
                predefined_type=_enum(port, "PredefinedType"),
                system_type=_enum(port, "SystemType"),
                point=_world_point(port, scale) if with_points else None,
            )
        )
    return ports


def read_port_connections(
    model: ifcopenshell.file, index: ModelIndex | None = None
) -> list[PortConnection]:
    """Return every port-to-port connection (IfcRelConnectsPorts) with the host elements.

    A pair of ports linked twice, once each way (ifcopenshell.api and Bonsai write undirected
    connections so), is one connection; the first relationship's orientation is kept.

    >>> c = read_port_connections(model)[0]  # doctest: +SKIP
    >>> c.relating_host_id, c.related_host_id  # doctest: +SKIP
    ('2wtFZz6BHAIPl9FZiRVPPo', '3MSWce4xv7_RnILaKc4sJ$')
    """
    index = index or build_model_index(model)
    connections = []
    seen: set[frozenset[int]] = set()
    for rel in by_type_safe(model, "IfcRelConnectsPorts"):
        relating, related = as_entity(rel.RelatingPort), as_entity(rel.RelatedPort)
        if relating is None or related is None:
            continue
        pair = frozenset((relating.id(), related.id()))
        if pair in seen:
            continue
        seen.add(pair)
        relating_host = index.port_host.get(relating.id())
        related_host = index.port_host.get(related.id())
        connections.append(
            PortConnection(
                relating_port_id=global_id_of(relating),
                related_port_id=global_id_of(related),
                relating_host_id=_global_id(relating_host),
                related_host_id=_global_id(related_host),
                realizing_element_id=_global_id(as_entity(read_attribute(rel, "RealizingElement"))),
            )
        )
    return connections


def _enum(port: ifcopenshell.entity_instance, attribute: str) -> str | None:
    value = read_attribute(port, attribute)
    return value if isinstance(value, str) and value != "NOTDEFINED" else None


def _global_id(entity: ifcopenshell.entity_instance | None) -> str | None:
    return global_id_of(entity) if entity is not None else None


def _world_point(
    port: ifcopenshell.entity_instance, scale: float
) -> tuple[float, float, float] | None:
    placement = as_entity(port.ObjectPlacement)
    if placement is None:
        return None
    try:
        matrix = ifcopenshell.util.placement.get_local_placement(placement)
    except Exception:  # a broken placement must not stop the whole read
        return None
    x, y, z = (float(value) * scale for value in matrix[:3, 3])
    return (x, y, z)
