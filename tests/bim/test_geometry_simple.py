"""Simple bodies meshed by fmdesk itself must be the ones ifcopenshell would have made.

Every product the simple mesher takes is compared with ifcopenshell's own world-coordinate
triangles (count, area, bounds, colours), and must be a closed solid facing outward (the scene
culls its back faces), on the generated samples, on the shared real models
and on a small model written here with the awkward cases (downward and slanted extrusions,
rotated and offset profiles, a clockwise L-shaped outline with a closing point, scaled and
turned type maps, transparent styles). What it must leave to ifcopenshell (openings, hollow
and rounded profiles, tapered extrusions) is checked too.
"""

from __future__ import annotations

from pathlib import Path

import ifcopenshell
import ifcopenshell.api
import ifcopenshell.geom
import numpy as np
import pytest

from fmdesk.bim.geometry import concat_batches, iter_tessellation
from fmdesk.bim.geometry_batches import _style_rgba
from fmdesk.bim.geometry_settings import GeometrySettings
from fmdesk.bim.geometry_simple import SimpleMesher, circle_segments
from fmdesk.bim.geometry_types import NO_STYLE_ALPHA

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = ROOT / "ifc_samples"
SHARED = ROOT.parent / "shared" / "ifc"


def ifcopenshell_meshes(model: ifcopenshell.file) -> dict[int, tuple]:
    """ifcopenshell's (vertices, triangles, colours used) of every product it meshes."""
    settings = GeometrySettings()
    iterator = ifcopenshell.geom.iterator(
        settings.to_ifcopenshell(),
        model,
        1,
        geometry_library=settings.library,
        exclude=list(settings.exclude),
    )
    meshes: dict[int, tuple] = {}
    if not iterator.initialize():
        return meshes
    while True:
        shape = iterator.get()
        geometry = shape.geometry
        vertices = np.frombuffer(geometry.verts_buffer, np.float64).reshape(-1, 3)
        triangles = np.frombuffer(geometry.faces_buffer, np.int32).reshape(-1, 3)
        styles = [_style_rgba(style, {}) for style in geometry.materials]
        used = set(np.frombuffer(geometry.material_ids_buffer, np.int32).tolist())
        colours = {_no_style(styles[i]) if i >= 0 else None for i in used}
        meshes[shape.id] = (vertices, triangles, colours)
        if not iterator.next():
            break
    return meshes


def _no_style(rgba: tuple[int, int, int, int]) -> tuple[int, int, int, int] | None:
    return None if rgba[3] == NO_STYLE_ALPHA else rgba


def area(vertices: np.ndarray, triangles: np.ndarray) -> float:
    a, b, c = (vertices[triangles[:, k]] for k in range(3))
    return float(np.linalg.norm(np.cross(b - a, c - a), axis=1).sum() / 2)


def volume(vertices: np.ndarray, triangles: np.ndarray) -> float:
    a, b, c = (vertices[triangles[:, k]] for k in range(3))
    return float(np.einsum("ij,ij->i", a, np.cross(b, c)).sum() / 6)


def is_closed(triangles: np.ndarray) -> bool:
    """Whether ifcopenshell's (welded) mesh is a closed surface: only then is its volume
    meaningful (surface models are open sheets)."""
    edges = np.sort(triangles[:, [0, 1, 1, 2, 2, 0]].reshape(-1, 2), axis=1)
    _, counts = np.unique(edges, axis=0, return_counts=True)
    return bool(len(counts)) and bool(np.all(counts == 2))


def is_outward_solid(vertices: np.ndarray, triangles: np.ndarray) -> bool:
    """Whether every edge is walked once each way (closed, consistently wound) and the
    enclosed volume is positive (wound outward): only then may back faces be culled."""
    directed = triangles[:, [0, 1, 1, 2, 2, 0]].reshape(-1, 2).astype(np.int64)
    code = directed[:, 0] * len(vertices) + directed[:, 1]
    reverse = directed[:, 1] * len(vertices) + directed[:, 0]
    if len(np.unique(code)) != len(code) or not np.isin(reverse, code).all():
        return False
    return volume(vertices - vertices.mean(0), triangles) > 0


def mismatches(model: ifcopenshell.file) -> tuple[int, list[str]]:
    """(products the mesher took, what differs from ifcopenshell, one line each)."""
    theirs = ifcopenshell_meshes(model)
    mesher = SimpleMesher(model, GeometrySettings())
    taken, problems = 0, []
    for product in model.by_type("IfcProduct"):
        if product.is_a("IfcOpeningElement"):
            continue
        mine = mesher.mesh(product)
        if mine is None:
            continue
        taken += 1
        label = f"#{product.id()} {product.is_a()}"
        if not is_outward_solid(mine.vertices, mine.triangles):
            problems.append(f"{label}: not a closed solid facing outward")
        if product.id() not in theirs:
            problems.append(f"{label}: ifcopenshell does not mesh it")
            continue
        vertices, triangles, colours = theirs[product.id()]
        cut = bool(getattr(product, "HasOpenings", None))  # Manifold may split faces otherwise
        if not cut and len(triangles) != len(mine.triangles):
            problems.append(f"{label}: {len(mine.triangles)} triangles, not {len(triangles)}")
        expected = area(vertices, triangles)
        if abs(area(mine.vertices, mine.triangles) - expected) > 1e-4 * max(expected, 1.0):
            problems.append(f"{label}: area {area(mine.vertices, mine.triangles)} != {expected}")
        origin = vertices.mean(0)  # georeferenced models: volumes lose every digit far out
        expected = volume(vertices - origin, triangles)
        got = volume(mine.vertices - origin, mine.triangles)
        if is_closed(triangles) and abs(got - expected) > 1e-4 * max(abs(expected), 1.0):
            problems.append(f"{label}: volume {got} != {expected}")
        bounds = np.concatenate([vertices.min(0), vertices.max(0)])
        mine_bounds = np.concatenate([mine.vertices.min(0), mine.vertices.max(0)])
        if not np.allclose(bounds, mine_bounds, atol=1e-4):
            problems.append(f"{label}: bounds {mine_bounds} != {bounds}")
        mine_colours = {mine.styles[i] if i >= 0 else None for i in set(mine.style_ids.tolist())}
        if mine_colours != colours:
            problems.append(f"{label}: colours {mine_colours} != {colours}")
    return taken, problems


def real_models() -> list[Path]:
    found = sorted(SAMPLES.glob("*.ifc"))
    if SHARED.is_dir():
        found += sorted(SHARED.glob("*.ifc"))
    return found


@pytest.mark.parametrize("path", real_models(), ids=lambda p: p.stem)
def test_every_simple_product_has_the_triangles_ifcopenshell_makes(path: Path) -> None:
    model = ifcopenshell.open(str(path))
    taken, problems = mismatches(model)
    assert problems == []
    if path.parent == SAMPLES:  # the samples are extrusions and maps of them throughout
        assert taken > 1000


def test_most_of_a_real_export_is_simple(shared_ifc: Path) -> None:
    """office-a (IFC2X3, a real export): walls, slabs, columns, styled; the counter tops cut
    by sinks and the brep furniture stay with ifcopenshell."""
    model = ifcopenshell.open(str(shared_ifc / "office-a_ifc2x3.ifc"))
    taken, problems = mismatches(model)
    assert problems == []
    assert 500 < taken < len(ifcopenshell_meshes(model))


def test_awkward_extrusions_and_maps_match_ifcopenshell(tmp_path: Path) -> None:
    model = awkward_model()
    path = tmp_path / "awkward.ifc"
    model.write(str(path))
    model = ifcopenshell.open(str(path))
    _taken, problems = mismatches(model)
    assert problems == []
    mesher = SimpleMesher(model, GeometrySettings())
    names = {p.Name for p in model.by_type("IfcBuildingElement") if mesher.mesh(p)}
    names |= {p.Name for p in model.by_type("IfcDistributionElement") if mesher.mesh(p)}
    assert names == {
        "down",
        "hollow pipe",
        "painted by its material",
        "cut by an opening",
        "slanted",
        "rotated profile",
        "clockwise L",
        "styled glass",
        "mapped",
        "big tank",
    }


def test_what_needs_ifcopenshell_is_left_to_it(tmp_path: Path) -> None:
    model = awkward_model()
    mesher = SimpleMesher(model, GeometrySettings())
    products = [p for p in model.by_type("IfcProduct") if not p.is_a("IfcOpeningElement")]
    left = {p.Name for p in products if p.Representation and not mesher.mesh(p)}
    assert left == {
        "cut by a rounded opening",
        "two layers",
        "tapered",
        "rounded",
        "not a unit direction",
    }


@pytest.mark.parametrize(
    "settings",
    [GeometrySettings(linear_deflection=0.0001), GeometrySettings(library="opencascade")],
)
def test_other_kernels_or_deflections_leave_everything_to_ifcopenshell(settings) -> None:
    model = ifcopenshell.open(str(SAMPLES / "sample_residential_ifc4.ifc"))
    assert SimpleMesher(model, GeometrySettings()).mesh(model.by_type("IfcPipeSegment")[0])
    mesher = SimpleMesher(model, settings)
    assert not any(mesher.mesh(p) for p in model.by_type("IfcPipeSegment"))


def test_the_whole_model_meshes_as_before_with_simple_bodies_first() -> None:
    """The same elements, triangles and colours whichever way each product is meshed."""
    model = ifcopenshell.open(str(SAMPLES / "sample_residential_ifc2x3.ifc"))
    geometry = concat_batches(iter_tessellation(model))
    theirs = ifcopenshell_meshes(model)
    assert len(geometry.elements) == len(theirs)
    assert len(geometry.triangles) == sum(len(t) for _, t, _ in theirs.values())
    assert geometry.failures == []


def test_circles_get_ifcopenshells_segments() -> None:
    assert [circle_segments(r) for r in (0.0002, 0.015, 0.05, 1.0, 20.0)] == [13, 13, 16, 71, 315]


def awkward_model() -> ifcopenshell.file:
    """Products whose bodies exercise every branch of the simple mesher, and some it must
    refuse; millimetres, so unit scaling is exercised too."""
    f = ifcopenshell.file(schema="IFC4")
    ifcopenshell.api.run("root.create_entity", f, ifc_class="IfcProject", name="p")
    ifcopenshell.api.run("unit.assign_unit", f)  # millimetres
    model = ifcopenshell.api.run("context.add_context", f, context_type="Model")
    body = ifcopenshell.api.run(
        "context.add_context",
        f,
        context_type="Model",
        context_identifier="Body",
        target_view="MODEL_VIEW",
        parent=model,
    )
    point = lambda *c: f.createIfcCartesianPoint([float(v) for v in c])  # noqa: E731
    direction = lambda *c: f.createIfcDirection([float(v) for v in c])  # noqa: E731
    axis3 = lambda o, z=None, x=None: f.createIfcAxis2Placement3D(  # noqa: E731
        point(*o), direction(*z) if z else None, direction(*x) if x else None
    )

    def product(name: str, items: list, ifc_class: str = "IfcBuildingElementProxy", at=(0, 0, 0)):
        element = ifcopenshell.api.run("root.create_entity", f, ifc_class=ifc_class, name=name)
        element.ObjectPlacement = f.createIfcLocalPlacement(
            f.createIfcLocalPlacement(None, axis3((1000, 2000, 3000), (0, 0, 1), (0, 1, 0))),
            axis3(at, (0, 0, 1), (1, 1, 0)),
        )
        representation = f.createIfcShapeRepresentation(body, "Body", "SweptSolid", items)
        element.Representation = f.createIfcProductDefinitionShape(None, None, [representation])
        return element

    def rectangle(x=400.0, y=200.0, position=None):
        return f.createIfcRectangleProfileDef("AREA", None, position, x, y)

    def extrusion(profile, depth=1000.0, extrude=(0, 0, 1), position=None):
        return f.createIfcExtrudedAreaSolid(profile, position, direction(*extrude), depth)

    product("down", [extrusion(rectangle(), 2500.0, (0, 0, -1))])
    slant = np.array([0.3, 0.2, 1.0]) / np.linalg.norm([0.3, 0.2, 1.0])
    product("slanted", [extrusion(rectangle(), 800.0, tuple(slant), axis3((5, 5, 5)))])
    product("not a unit direction", [extrusion(rectangle(), 800.0, (0.3, 0.2, 1.0))])
    rotated = f.createIfcAxis2Placement2D(point(50, -20), direction(0.6, 0.8))
    product(
        "rotated profile",
        [
            extrusion(
                rectangle(position=rotated),
                300.0,
                (0, 0, 1),
                axis3((0, 0, 0), (1, 0, 0), (0, 0, 1)),
            )
        ],
    )
    outline = [(0, 0), (0, 3000), (1000, 3000), (1000, 1000), (2000, 1000), (2000, 0), (0, 0)]
    polyline = f.createIfcPolyline([point(*c) for c in outline])  # clockwise, closed
    product(
        "clockwise L",
        [extrusion(f.createIfcArbitraryClosedProfileDef("AREA", None, polyline))],
        "IfcSlab",
        (100, 100, 0),
    )
    glass = extrusion(rectangle(1200.0, 10.0), 1500.0)
    shading = f.createIfcSurfaceStyleRendering(
        f.createIfcColourRgb(None, 0.2, 0.5, 0.9), 0.7, None, None, None, None, None, None, "FLAT"
    )
    surface = f.createIfcSurfaceStyle("glass", "BOTH", [shading])
    f.createIfcStyledItem(glass, [surface], None)
    product("styled glass", [glass], "IfcWindow")
    pump = f.createIfcCircleProfileDef("AREA", None, None, 150.0)
    type_body = f.createIfcShapeRepresentation(
        body,
        "Body",
        "SweptSolid",
        [extrusion(pump, 400.0), extrusion(rectangle(500.0, 500.0), 50.0)],
    )
    mapping = f.createIfcRepresentationMap(axis3((0, 0, 100)), type_body)
    operator = f.createIfcCartesianTransformationOperator3D(
        direction(0, 1, 0), None, point(10, 20, 30), 1.5, direction(0, 0, 1)
    )
    mapped = product("mapped", [f.createIfcMappedItem(mapping, operator)], "IfcPump")
    mapped.Representation.Representations[0].RepresentationType = "MappedRepresentation"
    product(
        "big tank",
        [extrusion(f.createIfcCircleProfileDef("AREA", None, None, 1800.0), 3000.0)],
        "IfcTank",
    )

    steel = f.createIfcMaterial("steel")
    steel_style = f.createIfcSurfaceStyle(
        "steel",
        "BOTH",
        [f.createIfcSurfaceStyleShading(f.createIfcColourRgb(None, 0.4, 0.45, 0.5), 0.0)],
    )
    f.createIfcMaterialDefinitionRepresentation(
        None,
        None,
        [
            f.createIfcStyledRepresentation(
                body, None, None, [f.createIfcStyledItem(None, [steel_style], None)]
            )
        ],
        steel,
    )
    painted = product(
        "painted by its material",
        [extrusion(rectangle(300.0, 300.0), 3000.0)],
        "IfcColumn",
        (9000, 0, 0),
    )
    f.createIfcRelAssociatesMaterial(ifcopenshell.guid.new(), None, None, None, [painted], steel)
    layered = product(
        "two layers", [extrusion(rectangle(2000.0, 300.0), 3000.0)], "IfcWall", (12000, 0, 0)
    )
    layers = f.createIfcMaterialLayerSet(
        [
            f.createIfcMaterialLayer(steel, 100.0, None),
            f.createIfcMaterialLayer(f.createIfcMaterial("x"), 200.0, None),
        ],
        "two",
        None,
    )
    usage = f.createIfcMaterialLayerSetUsage(layers, "AXIS2", "POSITIVE", 0.0, None)
    f.createIfcRelAssociatesMaterial(ifcopenshell.guid.new(), None, None, None, [layered], usage)
    wall = product("cut by an opening", [extrusion(rectangle(4000.0, 200.0), 2800.0)], "IfcWall")
    opening = ifcopenshell.api.run("root.create_entity", f, ifc_class="IfcOpeningElement")
    opening.ObjectPlacement = f.createIfcLocalPlacement(wall.ObjectPlacement, axis3((0, 0, 0)))
    opening.Representation = f.createIfcProductDefinitionShape(
        None,
        None,
        [
            f.createIfcShapeRepresentation(
                body, "Body", "SweptSolid", [extrusion(rectangle(900.0, 400.0), 2100.0)]
            )
        ],
    )
    f.createIfcRelVoidsElement(ifcopenshell.guid.new(), None, None, None, wall, opening)
    other = product(
        "cut by a rounded opening",
        [extrusion(rectangle(3000.0, 200.0), 2800.0)],
        "IfcWall",
        (0, 5000, 0),
    )
    niche = ifcopenshell.api.run("root.create_entity", f, ifc_class="IfcOpeningElement")
    niche.ObjectPlacement = f.createIfcLocalPlacement(other.ObjectPlacement, axis3((0, 0, 500)))
    rounded_hole = f.createIfcRoundedRectangleProfileDef("AREA", None, None, 600.0, 400.0, 50.0)
    niche.Representation = f.createIfcProductDefinitionShape(
        None,
        None,
        [
            f.createIfcShapeRepresentation(
                body, "Body", "SweptSolid", [extrusion(rounded_hole, 800.0)]
            )
        ],
    )
    f.createIfcRelVoidsElement(ifcopenshell.guid.new(), None, None, None, other, niche)
    hollow = f.createIfcCircleHollowProfileDef("AREA", None, None, 50.0, 5.0)
    product("hollow pipe", [extrusion(hollow, 2000.0)], "IfcPipeSegment")
    tapered = f.createIfcExtrudedAreaSolidTapered(
        rectangle(), None, direction(0, 0, 1), 1000.0, rectangle(200.0, 100.0)
    )
    product("tapered", [tapered])
    rounded = f.createIfcRoundedRectangleProfileDef("AREA", None, None, 400.0, 200.0, 20.0)
    product("rounded", [extrusion(rounded)])
    return f
