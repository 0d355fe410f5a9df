"""Simulate a revision from an exporter that regenerates every GlobalId (tests, benchmarks, demos).

Some authoring tools write new GlobalIds on every export; :func:`write_regenerated_revision`
makes such a revision of a model, optionally moving one element and deleting another, so the
diff can be shown to match the rest.
"""

from __future__ import annotations

from pathlib import Path

import ifcopenshell
import ifcopenshell.api.root
import ifcopenshell.guid

__all__ = ["write_regenerated_revision"]


def write_regenerated_revision(
    source: Path,
    out: Path,
    *,
    move: str | None = None,
    offset: tuple[float, float, float] = (1.0, 0.0, 0.0),
    delete: str | None = None,
) -> dict[str, str]:
    """Write ``out``: ``source`` with new GlobalIds, ``move`` shifted by ``offset`` (model
    units) and ``delete`` removed. Returns old GlobalId → new GlobalId."""
    model = ifcopenshell.open(str(source))
    if move:
        _shift(model, model.by_guid(move), offset)
    if delete:
        ifcopenshell.api.root.remove_product(model, product=model.by_guid(delete))
    mapping = {}
    for root in model.by_type("IfcRoot"):
        new_id = ifcopenshell.guid.new()
        mapping[root.GlobalId] = new_id
        root.GlobalId = new_id
    out.parent.mkdir(parents=True, exist_ok=True)
    model.write(str(out))
    return mapping


def _shift(model: ifcopenshell.file, element: ifcopenshell.entity_instance, offset: tuple) -> None:
    """Move ``element`` alone: its placement gets a new axis placement and point."""
    placement = element.ObjectPlacement
    relative = placement.RelativePlacement
    location = [*relative.Location.Coordinates, 0.0, 0.0][:3]
    point = model.createIfcCartesianPoint([v + d for v, d in zip(location, offset, strict=True)])
    axis = getattr(relative, "Axis", None)
    ref = getattr(relative, "RefDirection", None)
    new_relative = model.createIfcAxis2Placement3D(point, axis, ref)
    element.ObjectPlacement = model.createIfcLocalPlacement(placement.PlacementRelTo, new_relative)
