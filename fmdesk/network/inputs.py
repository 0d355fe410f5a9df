"""Everything the network builder reads from a model, read once through :mod:`fmdesk.bim`.

Kept apart from the builder so the benchmark can time parsing and graph building separately,
and so a GUI worker can read the model once and rebuild the graph cheaply after the user
marks a source or rejects an inferred edge. Besides elements, ports, connections and systems
it reads what inference needs where ports are missing: which element is part of which (a
breaker aggregated in its board), what each system serves (IfcRelServicesBuildings), which
valves have actuators, cheap geometry of unconnected elements, and the room holding each
element the model places in no room.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

import ifcopenshell

from fmdesk import bim
from fmdesk.bim.attributes import (
    as_entities,
    as_entity,
    global_id_of,
    is_subtype,
    read_attribute,
)
from fmdesk.bim.index import ModelIndex, by_type_safe
from fmdesk.errors import CancelledError
from fmdesk.gc_pauses import gc_paused
from fmdesk.i18n import Msg, _t
from fmdesk.network.geometry_hints import GeometryHint, element_centre, read_geometry_hints
from fmdesk.network.membership import network_element_ids
from fmdesk.network.model import SpaceRef
from fmdesk.network.rooms import locate_in_spaces, read_space_shapes

__all__ = ["NetworkInputs", "Progress", "read_network_inputs"]

Progress = Callable[[float, Msg | str], None]
"""``progress(fraction 0..1, message)``; called between stages of long work."""


@dataclass
class NetworkInputs:
    """Plain data read from one model; the builder needs nothing else."""

    schema: str
    elements: list[bim.ElementInfo]
    ports: list[bim.PortInfo]
    connections: list[bim.PortConnection]
    systems: list[bim.SystemInfo]
    spaces: dict[str, SpaceRef]
    space_parent: dict[str, str]
    """space GlobalId → the space aggregating it (a room → its flat)."""
    distribution_ids: set[str]
    """GlobalIds of IfcDistributionElement subtypes (pipes, cables, devices, terminals)."""
    hints: dict[str, GeometryHint] = field(default_factory=dict)
    """GlobalId → cheap geometry of elements with missing connections (for inference)."""
    parts: dict[str, str] = field(default_factory=dict)
    """element → the element it is part of (IfcRelAggregates / IfcRelNests): a breaker → its
    distribution board."""
    served: dict[str, tuple[str, ...]] = field(default_factory=dict)
    """system → the spatial elements it serves (IfcRelServicesBuildings)."""
    actuated: set[str] = field(default_factory=set)
    """Valves (flow elements) with an actuator (IfcRelFlowControlElements)."""
    located: dict[str, str] = field(default_factory=dict)
    """element in no room → the space holding its centre (rooms by geometry)."""


def read_network_inputs(
    model: ifcopenshell.file,
    index: ModelIndex | None = None,
    *,
    with_hints: bool = True,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> NetworkInputs:
    """Read elements, ports, connections, systems and spaces of ``model``.

    ``with_hints`` also reads cheap geometry (port positions, extrusion end points, boxes) for
    the elements whose connections are missing, so edges can be inferred by proximity, and
    places elements in no room by geometry.

    >>> inputs = read_network_inputs(bim.open_model("ifc_samples/sample_residential_ifc4.ifc"))
    >>> len(inputs.connections)  # doctest: +SKIP
    1032
    """
    with gc_paused():
        return _read(model, index, with_hints, progress, cancelled)


def _read(
    model: ifcopenshell.file,
    index: ModelIndex | None,
    with_hints: bool,
    progress: Progress | None,
    cancelled: Callable[[], bool] | None,
) -> NetworkInputs:
    if index is None:
        _report(progress, 0.0, _t("Indexing relationships"))
        index = bim.build_model_index(model)
    stages = (
        (_t("Reading elements"), lambda: bim.read_elements(model, index)),
        (_t("Reading ports"), lambda: bim.read_ports(model, index)),
        (_t("Reading connections"), lambda: bim.read_port_connections(model, index)),
        (_t("Reading systems"), lambda: bim.read_systems(model, index)),
    )
    results = []
    for number, (message, read) in enumerate(stages):
        _check(cancelled)
        _report(progress, number / (len(stages) + 2), message)
        results.append(read())
    elements, ports, connections, systems = results
    _check(cancelled)
    spaces, space_parent = _read_spaces(model, index)
    inputs = NetworkInputs(
        schema=getattr(model, "schema_identifier", None) or model.schema,
        elements=elements,
        ports=ports,
        connections=connections,
        systems=systems,
        spaces=spaces,
        space_parent=space_parent,
        distribution_ids={global_id_of(e) for e in by_type_safe(model, "IfcDistributionElement")},
        parts=_read_parts(elements, index),
        served=_read_served(model),
        actuated=_read_actuated(model),
    )
    if with_hints:
        _check(cancelled)
        _report(progress, (len(stages) + 1) / (len(stages) + 2), _t("Reading geometry"))
        inputs.hints = read_geometry_hints(
            model, elements, ports, connections, inputs.distribution_ids
        )
        inputs.located = _locate_unplaced(model, index, inputs)
    _report(progress, 1.0, _t("Done"))
    return inputs


def _read_spaces(
    model: ifcopenshell.file, index: ModelIndex
) -> tuple[dict[str, SpaceRef], dict[str, str]]:
    spaces: dict[str, SpaceRef] = {}
    parents: dict[str, str] = {}
    for space in by_type_safe(model, "IfcSpace"):
        storey, _ = index.locate(space)
        global_id = global_id_of(space)
        spaces[global_id] = SpaceRef(
            global_id=global_id,
            name=bim.repair_text(space.get_argument(2)),
            long_name=bim.repair_text(read_attribute(space, "LongName")),
            storey=bim.repair_text(storey.get_argument(2)) if storey is not None else None,
        )
        parent = index.parent.get(space.id())
        if parent is not None and is_subtype(parent, "IfcSpace"):
            parents[global_id] = global_id_of(parent)
    return spaces, parents


def _read_parts(elements: list[bim.ElementInfo], index: ModelIndex) -> dict[str, str]:
    parts = {}
    for element in elements:
        whole = index.parent.get(element.step_id)
        if whole is not None and is_subtype(whole, "IfcElement"):
            parts[element.global_id] = global_id_of(whole)
    return parts


def _read_served(model: ifcopenshell.file) -> dict[str, tuple[str, ...]]:
    served: dict[str, list[str]] = {}
    for rel in by_type_safe(model, "IfcRelServicesBuildings"):
        system = as_entity(rel.RelatingSystem)
        if system is not None:
            target = served.setdefault(global_id_of(system), [])
            target.extend(global_id_of(s) for s in as_entities(rel.RelatedBuildings))
    return {system: tuple(dict.fromkeys(ids)) for system, ids in served.items()}


def _read_actuated(model: ifcopenshell.file) -> set[str]:
    actuated = set()
    for rel in by_type_safe(model, "IfcRelFlowControlElements"):
        flow = as_entity(rel.RelatingFlowElement)
        controls = as_entities(rel.RelatedControlElements)
        if flow is not None and any(
            is_subtype(c, "IfcActuator") or _is_actuator_type(c) for c in controls
        ):
            actuated.add(global_id_of(flow))
    return actuated


def _is_actuator_type(control: ifcopenshell.entity_instance) -> bool:
    """IFC2X3 has no IfcActuator occurrence: an IfcDistributionControlElement typed by an
    IfcActuatorType."""
    for rel in getattr(control, "IsTypedBy", None) or getattr(control, "IsDefinedBy", ()) or ():
        element_type = as_entity(getattr(rel, "RelatingType", None))
        if element_type is not None and element_type.is_a("IfcActuatorType"):
            return True
    return False


def _locate_unplaced(
    model: ifcopenshell.file, index: ModelIndex, inputs: NetworkInputs
) -> dict[str, str]:
    """Rooms by geometry for the network elements the model places in no space."""
    wanted = network_element_ids(inputs)
    unplaced = [e for e in inputs.elements if not e.space_id and e.global_id in wanted]
    if not unplaced or not inputs.spaces:
        return {}
    shapes = read_space_shapes(model, index)
    if not shapes:
        return {}
    from fmdesk.bim.units import length_scale

    scale = length_scale(model)
    points = {}
    for element in unplaced:
        centre = element_centre(model, model.by_id(element.step_id), scale)
        if centre is not None:
            points[element.global_id] = (centre, element.storey_id)
    return locate_in_spaces(shapes, points)


def _report(progress: Progress | None, fraction: float, message: Msg | str) -> None:
    if progress is not None:
        progress(fraction, message)


def _check(cancelled: Callable[[], bool] | None) -> None:
    if cancelled is not None and cancelled():
        raise CancelledError("network reading cancelled")
