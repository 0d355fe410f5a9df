"""Distribution systems and circuits (water, drainage, fire, electrical, HVAC) and their members.

Exporters disagree on what a system groups: IFC4 tools group elements, Revit groups the
*ports* of those elements (an element that sits on two systems, a heat exchanger or a pump
with a bypass, has ports in each). So members are reported twice: ``member_ids`` are host
elements (ports mapped to their element, duplicates dropped, order kept) and ``port_ids`` are
the ports grouped directly.
"""

from __future__ import annotations

from dataclasses import dataclass

import ifcopenshell

from fmdesk.bim.attributes import as_entities, as_entity, global_id_of, is_subtype, read_attribute
from fmdesk.bim.index import ModelIndex, build_model_index, by_type_safe
from fmdesk.bim.ports import PortConnection, PortInfo
from fmdesk.bim.text import repair_text

__all__ = ["SYSTEM_CLASSES", "SystemInfo", "read_systems", "system_port_ids"]

SYSTEM_CLASSES = (
    "IfcDistributionSystem",
    "IfcDistributionCircuit",
    "IfcElectricalCircuit",
    "IfcBuildingSystem",
    "IfcBuiltSystem",
    "IfcSystem",
)
_NOT_SYSTEMS = ("IfcZone", "IfcStructuralAnalysisModel")


@dataclass(frozen=True)
class SystemInfo:
    """One IfcSystem (or subclass) with its members."""

    global_id: str
    name: str | None
    ifc_class: str
    predefined_type: str | None
    """IfcDistributionSystem.PredefinedType (DOMESTICCOLDWATER, SEWAGE, FIREPROTECTION,
    ELECTRICAL, …); for IFC2X3 systems the ObjectType, which exporters use for the same."""
    member_ids: tuple[str, ...]
    """GlobalIds of member elements, grouped ports replaced by their host element."""
    port_ids: tuple[str, ...]
    """GlobalIds of ports grouped directly into the system (Revit style), else empty."""


def read_systems(model: ifcopenshell.file, index: ModelIndex | None = None) -> list[SystemInfo]:
    """Return every system of ``model`` (zones and structural analysis models excluded).

    >>> [(s.name, s.predefined_type) for s in read_systems(model)]  # doctest: +SKIP
    [('生活给水系统', 'DOMESTICCOLDWATER'), ('排水系统', 'SEWAGE'), ...]
    """
    index = index or build_model_index(model)
    grouped: dict[int, list[ifcopenshell.entity_instance]] = {}
    for rel in by_type_safe(model, "IfcRelAssignsToGroup"):
        group = as_entity(rel.RelatingGroup)
        if group is not None:
            grouped.setdefault(group.id(), []).extend(as_entities(rel.RelatedObjects))
    systems = []
    for system in model.by_type("IfcSystem"):
        if any(system.is_a(excluded) for excluded in _NOT_SYSTEMS):
            continue
        members: dict[str, None] = {}
        ports: dict[str, None] = {}
        for member in grouped.get(system.id(), ()):
            if is_subtype(member, "IfcPort"):
                ports[global_id_of(member)] = None
                host = index.port_host.get(member.id())
                if host is not None:
                    members[global_id_of(host)] = None
            elif is_subtype(member, "IfcProduct"):
                members[global_id_of(member)] = None
        systems.append(
            SystemInfo(
                global_id=global_id_of(system),
                name=repair_text(system.get_argument(2)),
                ifc_class=system.is_a(),
                predefined_type=_system_type(system),
                member_ids=tuple(members),
                port_ids=tuple(ports),
            )
        )
    return systems


def _system_type(system: ifcopenshell.entity_instance) -> str | None:
    value = read_attribute(system, "PredefinedType")
    if value == "USERDEFINED" or value is None:
        object_type = read_attribute(system, "ObjectType")
        return repair_text(object_type) or value
    return None if value == "NOTDEFINED" else value


def system_port_ids(
    system: SystemInfo, ports: list[PortInfo], connections: list[PortConnection]
) -> tuple[str, ...]:
    """Return the GlobalIds of the ports that belong to ``system``.

    Ports grouped directly (Revit) are the answer. Otherwise an element can sit on several
    systems (a WC has a water inlet and a drain outlet; a pump a pipe pair and a power cable),
    so a member's port counts only if its IFC4 SystemType matches the system's predefined type
    (when the model uses SystemType for this system), or else if it is unconnected or connected
    to another member of the same system.

    >>> len(system_port_ids(water, ports, connections))  # doctest: +SKIP
    432
    """
    if system.port_ids:
        return system.port_ids
    members = set(system.member_ids)
    candidates = [port for port in ports if port.host_id in members]
    use_system_type = system.predefined_type is not None and any(
        port.system_type == system.predefined_type for port in candidates
    )
    partner: dict[str, str | None] = {}
    for connection in connections:
        partner[connection.relating_port_id] = connection.related_host_id
        partner[connection.related_port_id] = connection.relating_host_id
    selected = []
    for port in candidates:
        if use_system_type and port.system_type is not None:
            if port.system_type == system.predefined_type:
                selected.append(port.global_id)
        elif port.global_id not in partner or partner[port.global_id] in members:
            selected.append(port.global_id)
    return tuple(selected)
