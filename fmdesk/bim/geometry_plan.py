"""Which products the worker pool meshes, what each is expected to cost, and who starts where.

The pool (:mod:`fmdesk.bim.geometry_pool`) gives each worker one slice of the products to
start with, cut so the slices cost about the same, and later splits the slice of whichever
worker has most left when another runs dry. The estimates only need to be roughly right:
booleans (openings, clippings) and boundary representations dominate, extrusions and mapped
type geometry are cheap (measured per element on the shared models, see
``benchmarks/open_model.py``).

Only classes and the opening relationships are read up front on a large model: on a lazily
parsed file reading each product's representation would parse it here, one core, instead of
in the workers.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

import ifcopenshell
import numpy as np

from fmdesk.bim.geometry_instances import READ_UP_TO, has_mapped_items, type_key
from fmdesk.bim.geometry_settings import GeometrySettings

__all__ = ["FIRST_PICTURE_CLASSES", "Plan", "first_picture_ids", "plan_work"]

READ_REPRESENTATIONS_UP_TO = READ_UP_TO
"""Products up to which costs are estimated one by one (representation types are read: about
10 µs each, on one core before any worker starts) and instances of one type kept together."""
PORT_SAMPLE = 500
_NO_BODY_CLASSES = ("IfcAnnotation", "IfcGrid", "IfcGridAxis", "IfcVirtualElement")
FIRST_PICTURE_CLASSES = ("IfcSlab", "IfcRoof", "IfcWall", "IfcColumn", "IfcBeam", "IfcPlate")
"""The building's fabric, floors first: what a first picture of a large model shows."""
FIRST_PICTURE_LIMIT = 4000

_CLASS_MS = {
    "IfcWall": 1.0,
    "IfcWallStandardCase": 1.0,
    "IfcCurtainWall": 3.0,
    "IfcSlab": 2.0,
    "IfcRoof": 4.0,
    "IfcStair": 10.0,
    "IfcStairFlight": 6.0,
    "IfcRamp": 8.0,
    "IfcRailing": 8.0,
    "IfcFurnishingElement": 3.0,
    "IfcFurniture": 3.0,
    "IfcBuildingElementProxy": 3.0,
    "IfcFlowTerminal": 3.0,
    "IfcFlowMovingDevice": 20.0,
    "IfcPump": 10.0,
    "IfcEnergyConversionDevice": 8.0,
    "IfcMember": 0.3,
    "IfcPlate": 0.5,
    "IfcSpace": 0.3,
    "IfcPort": 0.02,
    "IfcDistributionPort": 0.02,
}
_DEFAULT_MS = 0.5
_BREP_FACE_MS = 0.03
_SURFACE_FACE_MS = 0.2
_PLACED_SHARE = 0.15
"""An instance meshed after its type's first costs this share of the first (measured: about
15 µs against 90-100 µs per door, window or terminal)."""
_OPENING_MS = 5.0
_BOOLEAN_FACTOR = 8.0
_CUT_BOOLEAN_OPENING = 30.0
"""An opening cut into a body that is already a boolean (a gable wall clipped by the roof)
costs this many times more: measured on FZK-Haus, two such walls with one window each took
0.75 s apiece against 0.05-0.07 s for extruded walls with three openings."""
_SIMPLE_FACTOR = 0.05
_SIMPLE_OPENING_MS = 0.3
"""A swept solid is most often an extrusion fmdesk meshes itself
(:mod:`fmdesk.bim.geometry_simple`): about 50 µs against a wall's 1 ms in ifcopenshell, and
an opening cut by Manifold about 0.3 ms against the kernel's 5-15 ms."""
_REPRESENTATION_FACTOR = {
    "sweptsolid": 0.5,
    "mappedrepresentation": 1.0,
    "tessellation": 0.5,
    "surfacemodel": 2.0,
    "brep": 5.0,
    "advancedbrep": 10.0,
    "advancedsweptsolid": 2.0,
    "clipping": 8.0,
    "csg": 8.0,
    "booleanresult": 8.0,
}


@dataclass
class Plan:
    """Products to mesh (STEP ids) with their estimated cost, and the starting slices."""

    step_ids: np.ndarray
    """(n,) int32, products in the order of the slices."""
    cost_ms: np.ndarray
    """(n,) float32 estimated meshing time of each product."""
    slices: list[np.ndarray]
    """Positions into ``step_ids``, one array per starting worker."""
    units: np.ndarray | None = None
    """(n,) the unit of each product: instances of one type share theirs (meshed once, so a
    split keeps them together), every other product has its own."""
    instanced: np.ndarray | None = None
    """(n,) bool, the products meshed once per type and placed (none on a large model: the
    workers do not read bodies again)."""
    drawable: int = 0
    """Candidates that are not ports (ports almost never have a body): the progress total."""
    ports: np.ndarray | None = None
    """Positions of ports among the candidates (None: ports were left out)."""
    reserved: np.ndarray = field(default_factory=lambda: np.zeros(0, np.int64))
    """Positions of the reserved products (in no slice: see :func:`plan_work`)."""

    @property
    def total_ms(self) -> float:
        return float(self.cost_ms.sum())


def first_picture_ids(
    model: ifcopenshell.file, settings: GeometrySettings, limit: int = FIRST_PICTURE_LIMIT
) -> np.ndarray:
    """STEP ids of the building fabric for the first picture of a large model, chosen from
    the class index alone (no relationship read, nothing parsed): floors first, then walls,
    columns and beams, each class spread evenly over the file when it has more than its
    share, so the first picture spans the whole building rather than its lowest storeys.
    Never a class the settings exclude."""
    excluded = set(settings.exclude) | set(_NO_BODY_CLASSES)
    chosen: list[np.ndarray] = []
    left = limit
    for ifc_class in FIRST_PICTURE_CLASSES:
        if left <= 0 or any(_is_subclass(model, ifc_class, name) for name in excluded):
            continue
        ids = np.asarray(_ids_of(model, ifc_class), np.int32)
        if len(ids) > left:
            ids = ids[np.linspace(0, len(ids) - 1, left).astype(np.int64)]
        chosen.append(ids)
        left -= len(ids)
    return np.concatenate(chosen) if chosen else np.zeros(0, np.int32)


def _is_subclass(model: ifcopenshell.file, ifc_class: str, ancestor: str) -> bool:
    """Whether ``ifc_class`` is ``ancestor`` or one of its subtypes in the model's schema."""
    try:
        declaration = ifcopenshell.ifcopenshell_wrapper.schema_by_name(
            model.schema_identifier
        ).declaration_by_name(ifc_class)
    except (RuntimeError, AttributeError):
        return False
    while declaration is not None:
        if declaration.name() == ancestor:
            return True
        declaration = declaration.supertype()
    return False


def plan_work(
    model: ifcopenshell.file,
    settings: GeometrySettings,
    workers: int,
    reserved: np.ndarray | None = None,
) -> Plan:
    """Candidate products cut into ``workers`` slices of equal estimated cost.

    Candidates are the products the iterator could draw: not of a class excluded by
    ``settings`` (openings), not annotations, grids or virtual elements, and not ports unless
    the model's ports have bodies (checked on a sample: ports almost never do, and a large
    model has more ports than elements). Products without a representation are skipped by
    the iterator itself. On a model small enough, each product's cost is estimated and the
    most expensive are dealt first (longest processing time first); a large model's products
    are dealt round-robin, its slices are alike (and the pool re-balances at the end).

    ``reserved`` products (STEP ids: the first picture's, already being meshed) are planned
    but dealt to no slice: :attr:`Plan.reserved` gives their positions.
    """
    products, ports = _candidates(model, settings.exclude)
    count = max(1, min(workers, len(products)))
    ids = np.fromiter((p.id() for p in products), np.int32, len(products))
    if len(products) > READ_REPRESENTATIONS_UP_TO:
        cost = np.ones(len(products), np.float32)
        unit = np.arange(len(products), dtype=np.int64)
        instanced = np.zeros(len(products), bool)
        slices = [np.arange(k, len(ids), count, dtype=np.int64) for k in range(count)]
    else:
        cost = _estimate(model, products)
        unit, instanced = _instance_units(model, products, cost)
        owner = _unit_owners(unit, cost, count)
        order = np.lexsort((-cost, owner))
        ids, cost, owner = ids[order], cost[order], owner[order]
        unit, instanced = unit[order], instanced[order]
        slices = [np.flatnonzero(owner == k) for k in range(count)]
    held = np.flatnonzero(np.isin(ids, reserved)) if reserved is not None else ids[:0]
    if len(held):
        slices = [s[~np.isin(s, held)] for s in slices]
    positions = np.concatenate([*slices, held]) if slices else np.zeros(0, np.int64)
    remap = np.empty(len(ids), np.int64)
    remap[positions] = np.arange(len(positions))
    step_ids = ids[positions]
    return Plan(
        step_ids=step_ids,
        cost_ms=cost[positions],
        units=unit[positions],
        instanced=instanced[positions],
        slices=[remap[s] for s in slices],
        reserved=remap[held],
        drawable=len(products) - len(ports),
        ports=np.flatnonzero(np.isin(step_ids, np.asarray(ports, np.int32))) if ports else None,
    )


def _candidates(model: ifcopenshell.file, exclude: Iterable[str]) -> tuple[list[Any], list[int]]:
    """Products the iterator would draw (see :func:`plan_work`) and the ports among them."""
    excluded: set[int] = set()
    for ifc_class in (*exclude, *_NO_BODY_CLASSES):
        excluded.update(_ids_of(model, ifc_class))
    ports = _ids_of(model, "IfcPort")
    if ports and not _ports_have_bodies(model, ports):
        excluded.update(ports)
        ports = []
    products = [p for p in model.by_type("IfcProduct") if p.id() not in excluded]
    return products, ports


def _ports_have_bodies(model: ifcopenshell.file, ports: list[int]) -> bool:
    """Whether any of (a spread sample of) the ports has a 3D body representation."""
    from fmdesk.bim.geometry_failures import has_body

    step = max(1, len(ports) // PORT_SAMPLE)
    return any(has_body(model.by_id(i)) for i in ports[::step])


def _ids_of(model: ifcopenshell.file, ifc_class: str) -> list[int]:
    try:
        return [e.id() for e in model.by_type(ifc_class)]
    except RuntimeError:  # a class this schema does not have
        return []


def _estimate(model: ifcopenshell.file, products: list) -> np.ndarray:
    """Estimated milliseconds per product: class, openings and (on a model small enough to
    read them cheaply) the body representation's type."""
    openings = Counter(
        _step_id(rel.RelatingBuildingElement) for rel in model.by_type("IfcRelVoidsElement")
    )
    read_types = len(products) <= READ_REPRESENTATIONS_UP_TO
    cost = np.empty(len(products), np.float32)
    class_cost: dict[str, float] = {}
    for i, product in enumerate(products):
        ifc_class = product.is_a()
        base = class_cost.get(ifc_class)
        if base is None:
            base = class_cost[ifc_class] = _class_ms(product)
        opening_ms = _OPENING_MS * openings.get(product.id(), 0)
        if read_types:
            factor = _representation_factor(product)
            if factor == _REPRESENTATION_FACTOR["sweptsolid"]:  # most likely fmdesk's own
                factor = _SIMPLE_FACTOR
                opening_ms = _SIMPLE_OPENING_MS * openings.get(product.id(), 0)
            base *= factor
            if factor >= _BOOLEAN_FACTOR:
                opening_ms *= _CUT_BOOLEAN_OPENING
        cost[i] = base + opening_ms
    return cost


def _class_ms(product: ifcopenshell.entity_instance) -> float:
    for ifc_class, ms in _CLASS_MS.items():
        try:
            if product.is_a(ifc_class):
                return ms
        except RuntimeError:
            continue
    return _DEFAULT_MS


def _representation_factor(product: ifcopenshell.entity_instance) -> float:
    shape = product.Representation
    if shape is None:
        return 0.05  # skipped by the iterator
    factor = 0.0
    for representation in shape.Representations or ():
        identifier = (representation.RepresentationIdentifier or "").lower()
        if identifier in ("body", "facetation", "mesh", ""):
            kind = (representation.RepresentationType or "").lower()
            factor = max(factor, _REPRESENTATION_FACTOR.get(kind, 1.0))
    return factor or 0.2


def _instance_units(
    model: ifcopenshell.file, products: list, cost: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    """(a unit number per product, which products are instanced). The instances of one type
    share a unit (they are meshed once, by whichever worker gets the unit), every other
    product is a unit of its own. The cost of an instance after the first drops to what
    placing it costs, the first's rises to what its type's faces cost (updated in ``cost``)."""
    unit = np.arange(len(products), dtype=np.int64)
    instanced = np.zeros(len(products), bool)
    if not has_mapped_items(model):
        return unit, instanced
    first_of: dict[tuple[int, ...], int] = {}
    for i, product in enumerate(products):
        key = type_key(product)
        if key is None:
            continue
        instanced[i] = True
        first = first_of.setdefault(key, i)
        if first != i:
            unit[i] = first
            cost[i] *= _PLACED_SHARE
        else:
            cost[i] = max(cost[i], sum(_type_ms(model, m) for m in key))
    return unit, instanced


def _type_ms(model: ifcopenshell.file, map_id: int) -> float:
    """What meshing a type's faces costs (measured on the shared models, one process: a
    circulator pump's 2,897-face surface model 0.6 s; faceted boundary representations of
    500-600 faces under 20 ms)."""
    ms = 0.0
    for item in model.by_id(map_id).MappedRepresentation.Items or ():
        if item.is_a("IfcFacetedBrep"):
            ms += _BREP_FACE_MS * len(item.Outer.CfsFaces or ())
        elif item.is_a("IfcFaceBasedSurfaceModel"):
            faces = sum(len(face_set.CfsFaces or ()) for face_set in item.FbsmFaces or ())
            ms += _SURFACE_FACE_MS * faces
        elif item.is_a("IfcShellBasedSurfaceModel"):
            faces = sum(len(getattr(s, "CfsFaces", ()) or ()) for s in item.SbsmBoundary or ())
            ms += _SURFACE_FACE_MS * faces
    return ms


def _unit_owners(unit: np.ndarray, cost: np.ndarray, count: int) -> np.ndarray:
    """The slice of each product: whole units dealt by :func:`_balanced_slices`."""
    unit_cost = np.bincount(unit, weights=cost, minlength=len(unit))
    order = np.argsort(-unit_cost, kind="stable")
    owner_of_unit = np.zeros(len(unit), np.int64)
    for k, positions in enumerate(_balanced_slices(unit_cost[order], count)):
        owner_of_unit[order[positions]] = k
    return owner_of_unit[unit]


def _balanced_slices(cost: np.ndarray, count: int) -> list[np.ndarray]:
    """Positions (costs sorted descending) dealt to ``count`` slices, each product to the
    slice with the least estimated cost so far."""
    if count == 1 or len(cost) <= 1:
        return [np.arange(len(cost), dtype=np.int64)]
    loads = np.zeros(count)
    owner = np.empty(len(cost), np.int64)
    # Greedy, but vectorised where it no longer matters: once products are cheap, dealing
    # them round-robin keeps the slices within one product of each other.
    cheap_from = int(np.searchsorted(-cost, -(cost.sum() / (count * 200.0))))
    for i in range(min(cheap_from, len(cost))):
        k = int(np.argmin(loads))
        owner[i] = k
        loads[k] += cost[i]
    rest = np.arange(cheap_from, len(cost))
    if len(rest):
        start = np.argsort(loads)  # the lightest slices get the first of the rest
        owner[rest] = start[(rest - cheap_from) % count]
    return [np.flatnonzero(owner == k) for k in range(count)]


def _step_id(entity: ifcopenshell.entity_instance | None) -> int:
    return entity.id() if entity is not None else 0
