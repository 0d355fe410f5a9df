"""Everything the network builder reads from a model, read once through :mod:`fmdesk.bim`.

Kept apart from the builder so the benchmark can time parsing and graph building separately,
and so a GUI worker can read the model once and rebuild the graph cheaply after the user
marks a source or rejects an inferred edge.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

import ifcopenshell

from fmdesk import bim
from fmdesk.bim.attributes import is_subtype, read_attribute
from fmdesk.bim.index import ModelIndex, by_type_safe
from fmdesk.errors import CancelledError
from fmdesk.gc_pauses import gc_paused
from fmdesk.network.model import SpaceRef

__all__ = ["NetworkInputs", "Progress", "read_network_inputs"]

Progress = Callable[[float, str], None]
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
    hints: dict[str, object] = field(default_factory=dict)
    """GlobalId → :class:`fmdesk.network.infer.GeometryHint` for elements with missing
    connections (filled by :func:`fmdesk.network.infer.read_geometry_hints`)."""


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
    the elements whose connections are missing, so edges can be inferred by proximity.

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
    stages = (
        ("读取构件 elements", lambda: bim.read_elements(model, index)),
        ("读取端口 ports", lambda: bim.read_ports(model, index)),
        ("读取连接 connections", lambda: bim.read_port_connections(model, index)),
        ("读取系统 systems", lambda: bim.read_systems(model, index)),
    )
    if index is None:
        _report(progress, 0.0, "建立索引 indexing relationships")
        index = bim.build_model_index(model)
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
        distribution_ids={e.get_argument(0) for e in by_type_safe(model, "IfcDistributionElement")},
    )
    if with_hints:
        from fmdesk.network.infer import read_geometry_hints

        _report(progress, (len(stages) + 1) / (len(stages) + 2), "读取几何 geometry hints")
        inputs.hints = read_geometry_hints(model, index, inputs)
    _report(progress, 1.0, "完成 done")
    return inputs


def _read_spaces(
    model: ifcopenshell.file, index: ModelIndex
) -> tuple[dict[str, SpaceRef], dict[str, str]]:
    spaces: dict[str, SpaceRef] = {}
    parents: dict[str, str] = {}
    for space in by_type_safe(model, "IfcSpace"):
        storey, _ = index.locate(space)
        global_id = space.get_argument(0)
        spaces[global_id] = SpaceRef(
            global_id=global_id,
            name=bim.repair_text(space.get_argument(2)),
            long_name=bim.repair_text(read_attribute(space, "LongName")),
            storey=bim.repair_text(storey.get_argument(2)) if storey is not None else None,
        )
        parent = index.parent.get(space.id())
        if parent is not None and is_subtype(parent, "IfcSpace"):
            parents[global_id] = parent.get_argument(0)
    return spaces, parents


def _report(progress: Progress | None, fraction: float, message: str) -> None:
    if progress is not None:
        progress(fraction, message)


def _check(cancelled: Callable[[], bool] | None) -> None:
    if cancelled is not None and cancelled():
        raise CancelledError("network reading cancelled")
