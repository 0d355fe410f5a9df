"""Which elements are network nodes, and each node's kind, device role and place.

An element is in the networks when it has ports, belongs to a system, is a distribution
element (IfcDistributionElement and subtypes), or is of a kind that only lives there (a pump,
a valve, a tank… written as a proxy). Its place is the room the model puts it in; else the
room holding its centre (rooms by geometry, marked "geometry"); else, for a member of a
system serving one space (IfcRelServicesBuildings), that space (marked "system").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from fmdesk.network.devices import device_type, network_kind
from fmdesk.network.membership import NETWORK_KINDS, network_element_ids
from fmdesk.network.model import NetworkNode

if TYPE_CHECKING:
    from fmdesk.network.inputs import NetworkInputs

__all__ = ["NETWORK_KINDS", "make_nodes", "network_element_ids"]


def element_systems(inputs: NetworkInputs) -> dict[str, list[str]]:
    """element → the systems it belongs to (GlobalIds, file order)."""
    found: dict[str, list[str]] = {}
    for system in inputs.systems:
        for member in system.member_ids:
            found.setdefault(member, []).append(system.global_id)
    return found


def make_nodes(inputs: NetworkInputs) -> tuple[dict[str, NetworkNode], dict[str, list[str]]]:
    """The nodes, and element → systems (for the media of edges and inference)."""
    systems_of = element_systems(inputs)
    system_names = {s.global_id: s.name or s.global_id for s in inputs.systems}
    wanted = network_element_ids(inputs)
    flats = _flat_lookup(inputs)
    served_space = _served_spaces(inputs)
    nodes = {}
    for element in inputs.elements:
        gid = element.global_id
        if gid not in wanted:
            continue
        space_id, basis = _place(element, inputs, systems_of.get(gid, ()), served_space)
        space = inputs.spaces.get(space_id) if space_id else None
        flat_id = flats.get(space_id) if space_id else None
        flat = inputs.spaces.get(flat_id) if flat_id else None
        kind = network_kind(element.kind, element.name, element.type_name)
        nodes[gid] = NetworkNode(
            global_id=gid,
            ifc_class=element.ifc_class,
            kind=kind,
            name=element.name,
            tag=element.tag,
            predefined_type=element.predefined_type,
            storey=element.storey_name or (space.storey if space else None),
            space_id=space_id,
            space=element.space_name if basis == "stated" else (space.name if space else None),
            flat_id=flat_id,
            flat=flat.label if flat else None,
            systems=tuple(system_names[s] for s in systems_of.get(gid, ())),
            device=device_type(kind, element.predefined_type, element.name),
            space_basis=basis,
        )
    return nodes, systems_of


def _place(
    element, inputs: NetworkInputs, systems: list[str] | tuple, served_space: dict[str, str]
) -> tuple[str | None, str | None]:
    if element.space_id:
        return element.space_id, "stated"
    located = inputs.located.get(element.global_id)
    if located:
        return located, "geometry"
    for system in systems:
        if system in served_space:
            return served_space[system], "system"
    return None, None


def _served_spaces(inputs: NetworkInputs) -> dict[str, str]:
    """system → the one space it serves, when it serves exactly one."""
    result = {}
    for system, served in inputs.served.items():
        spaces = [gid for gid in served if gid in inputs.spaces]
        if len(spaces) == 1:
            result[system] = spaces[0]
    return result


def _flat_lookup(inputs: NetworkInputs) -> dict[str, str]:
    """space → its top-level space (the flat a room belongs to)."""
    flats = {}
    for space_id in inputs.spaces:
        current, seen = space_id, 0
        while current in inputs.space_parent and seen < 16:
            current, seen = inputs.space_parent[current], seen + 1
        flats[space_id] = current
    return flats
