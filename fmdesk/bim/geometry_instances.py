"""Type geometry meshed once: products whose body is only mapped items are placed by fmdesk.

IFC shares a type's geometry between its occurrences through ``IfcMappedItem`` (every door,
window, terminal or fitting of one family in a Revit or ArchiCAD export). ifcopenshell's
iterator in world coordinates meshes each occurrence again; in its own coordinates it meshes
the shared representation once and gives every occurrence a placement matrix. Placing the
vertices here with numpy costs microseconds, so those products are meshed in their own
coordinates and placed by :func:`place_vertices`, the rest in world coordinates as before.
Measured with one process on the shared models (README, Benchmarks): doors, windows and
terminals cost 5-10x less CPU each; other bodies (extrusions with openings, swept pipes) were
as fast or slower in their own coordinates, so they stay in world coordinates.

Reading each product's body costs about 10 µs on one core before the workers start, so it is
done only on models the plan reads anyway (:data:`READ_UP_TO` products); the iterator's set-up
in its own coordinates also grows faster than linearly with the products it is given, so the
instanced products of one slice are meshed in runs of at most :data:`RUN_PRODUCTS`.
"""

from __future__ import annotations

from collections.abc import Sequence

import ifcopenshell
import numpy as np

__all__ = [
    "READ_UP_TO",
    "RUN_PRODUCTS",
    "has_mapped_items",
    "is_instanced",
    "place_vertices",
    "runs",
    "split_instanced",
    "type_key",
]

READ_UP_TO = 30_000
"""Products up to which bodies are read to find the instanced ones (else all in world
coordinates)."""
RUN_PRODUCTS = 10_000
_BODY_IDS = ("body", "facetation", "")


def is_instanced(product: ifcopenshell.entity_instance) -> bool:
    """Whether the product's body is made only of mapped items (shared type geometry) and no
    opening cuts it (ifcopenshell 0.9 meshed such a product empty in its own coordinates, and
    its cut body is its own anyway)."""
    return type_key(product) is not None


def type_key(product: ifcopenshell.entity_instance) -> tuple[int, ...] | None:
    """The representation maps an instanced product's body shows (its type's geometry), or
    None when the product is not instanced (see :func:`is_instanced`). Products with the same
    key are meshed once by one iterator: the pool keeps them in one worker's slice."""
    shape = product.Representation
    if shape is None or getattr(product, "HasOpenings", None):
        return None
    sources: list[int] = []
    for representation in shape.Representations or ():
        identifier = (representation.RepresentationIdentifier or "").lower()
        if identifier not in _BODY_IDS:
            continue
        items = representation.Items or ()
        if not items or not all(item.is_a("IfcMappedItem") for item in items):
            return None
        sources.extend(item.MappingSource.id() for item in items)
    return tuple(sorted(sources)) if sources else None


def split_instanced(
    model: ifcopenshell.file, step_ids: Sequence[int]
) -> tuple[list[int], list[int]]:
    """(meshed in world coordinates, instanced: meshed once per type and placed) of
    ``step_ids``; everything in world coordinates on a model with more products than
    :data:`READ_UP_TO` or one that has no mapped items."""
    ids = [int(i) for i in step_ids]
    if len(ids) > READ_UP_TO or not has_mapped_items(model):
        return ids, []
    world: list[int] = []
    placed: list[int] = []
    for step_id in ids:
        (placed if is_instanced(model.by_id(step_id)) else world).append(step_id)
    return world, placed


def runs(step_ids: Sequence[int]) -> list[Sequence[int]]:
    """``step_ids`` cut into runs of at most :data:`RUN_PRODUCTS` (one iterator each)."""
    return [step_ids[k : k + RUN_PRODUCTS] for k in range(0, len(step_ids), RUN_PRODUCTS)]


def place_vertices(
    vertices: np.ndarray, matrices: Sequence[Sequence[float]], vertex_counts: np.ndarray
) -> np.ndarray:
    """World coordinates of ``vertices`` (n × 3, float64, the elements' meshes one after
    another), each element's run moved by its ifcopenshell placement matrix (16 numbers,
    column after column)."""
    if not len(vertices):
        return vertices
    columns = np.asarray(matrices, np.float64).reshape(-1, 4, 4)
    rotation, translation = columns[:, :3, :3], columns[:, 3, :3]
    owner = np.repeat(np.arange(len(columns)), vertex_counts)
    return np.einsum("ni,nij->nj", vertices, rotation[owner]) + translation[owner]


def has_mapped_items(model: ifcopenshell.file) -> bool:
    """Whether the model shares any type geometry at all (else no body needs reading)."""
    try:
        return bool(model.by_type("IfcMappedItem"))
    except RuntimeError:
        return False
