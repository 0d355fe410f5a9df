"""Small hand-built IFC files with a known topology, written with ifcopenshell for the tests.

Each element is a box (an extruded rectangle) placed in metres; ports sit where the test says,
with the flow direction it says; connections, systems, circuits, aggregation and containment
are made with ``ifcopenshell.api`` as an authoring tool would. The expected answers of the
tests come from the drawing in each test's docstring, never from fmdesk itself.
"""

from __future__ import annotations

import itertools
from pathlib import Path

import ifcopenshell
import ifcopenshell.api
import ifcopenshell.guid
import numpy as np

Point = tuple[float, float, float]


def _owner(file: ifcopenshell.file) -> None:
    """A user and an application for IFC2X3 owner histories (ifcopenshell.api asks for them
    through its owner settings hooks)."""
    import ifcopenshell.api.owner.settings as owner

    person = file.create_entity("IfcPerson", FamilyName="Tester")
    organisation = file.create_entity("IfcOrganization", Name="fmdesk tests")
    file.create_entity("IfcPersonAndOrganization", ThePerson=person, TheOrganization=organisation)
    file.create_entity(
        "IfcApplication",
        ApplicationDeveloper=organisation,
        Version="1",
        ApplicationFullName="fmdesk test builder",
        ApplicationIdentifier="fmdesk-tests",
    )
    owner.get_user = lambda f: next(iter(f.by_type("IfcPersonAndOrganization")), None)
    owner.get_application = lambda f: next(iter(f.by_type("IfcApplication")), None)


class Builder:
    """``Builder("IFC4")``: a project, a site, a building and one storey (``B1``), in metres."""

    def __init__(self, schema: str = "IFC4", storey: str = "B1") -> None:
        self.file = ifcopenshell.api.run("project.create_file", version=schema)
        self.schema = schema
        if schema == "IFC2X3":  # every rooted entity needs an owner history there
            _owner(self.file)
        self.project = self._root("IfcProject", "Test project")
        ifcopenshell.api.run(
            "unit.assign_unit", self.file, length={"is_metric": True, "raw": "METERS"}
        )
        self.context = ifcopenshell.api.run("context.add_context", self.file, context_type="Model")
        self.body = ifcopenshell.api.run(
            "context.add_context",
            self.file,
            context_type="Model",
            context_identifier="Body",
            target_view="MODEL_VIEW",
            parent=self.context,
        )
        self.site = self._root("IfcSite", "Site")
        self.building = self._root("IfcBuilding", "Building")
        self.storey = self._root("IfcBuildingStorey", storey)
        self._aggregate(self.project, [self.site])
        self._aggregate(self.site, [self.building])
        self._aggregate(self.building, [self.storey])
        for item in (self.site, self.building, self.storey):
            self._place(item, (0.0, 0.0, 0.0))
        self.by_name: dict[str, ifcopenshell.entity_instance] = {}

    # -- elements -----------------------------------------------------------------------------

    def element(
        self,
        name: str,
        ifc_class: str,
        at: Point,
        size: Point = (0.2, 0.2, 0.2),
        predefined: str | None = None,
        type_class: str | None = None,
        container: ifcopenshell.entity_instance | None = None,
    ) -> ifcopenshell.entity_instance:
        """A box of ``size`` whose lower corner is at ``at``, contained in ``container`` (the
        storey by default). ``type_class`` adds a type object (IFC2X3 style classification)."""
        element = self._root(ifc_class, name)
        if predefined and hasattr(element, "PredefinedType"):
            element.PredefinedType = predefined
        self._place(element, at)
        self._box(element, size)
        ifcopenshell.api.run(
            "spatial.assign_container",
            self.file,
            products=[element],
            relating_structure=container or self.storey,
        )
        if type_class:
            element_type = self._root(type_class, f"{name} type")
            if predefined and hasattr(element_type, "PredefinedType"):
                element_type.PredefinedType = predefined
            ifcopenshell.api.run(
                "type.assign_type", self.file, related_objects=[element], relating_type=element_type
            )
        self.by_name[name] = element
        return element

    def space(self, name: str, at: Point, size: Point) -> ifcopenshell.entity_instance:
        """A room: an extruded rectangle aggregated in the storey."""
        space = self._root("IfcSpace", name)
        self._place(space, at)
        self._box(space, size)
        self._aggregate(self.storey, [space])
        self.by_name[name] = space
        return space

    def port(
        self, element: ifcopenshell.entity_instance, at: Point, direction: str = "NOTDEFINED"
    ) -> ifcopenshell.entity_instance:
        """A distribution port of ``element`` at the world point ``at``."""
        port = ifcopenshell.api.run("system.add_port", self.file, element=element)
        port.FlowDirection = direction
        self._place(port, at)
        return port

    def connect(self, port_a, port_b, direction: str = "NOTDEFINED") -> None:
        """IfcRelConnectsPorts between two ports (``direction`` SOURCE: from a to b; the api
        sets both ports' FlowDirection from it)."""
        ifcopenshell.api.run(
            "system.connect_port", self.file, port1=port_a, port2=port_b, direction=direction
        )

    def run(self, names: list[str], direction: bool = True) -> None:
        """Join consecutive elements by a pair of coinciding ports each (SOURCE → SINK when
        ``direction``), at the point between their boxes' centres."""
        for a, b in itertools.pairwise(names):
            ea, eb = self.by_name[a], self.by_name[b]
            point = tuple(
                (p + q) / 2 for p, q in zip(self.centre(ea), self.centre(eb), strict=True)
            )
            out = self.port(ea, point, "SOURCE" if direction else "SOURCEANDSINK")
            into = self.port(eb, point, "SINK" if direction else "SOURCEANDSINK")
            self.connect(out, into, "SOURCE" if direction else "SOURCEANDSINK")

    def centre(self, element: ifcopenshell.entity_instance) -> Point:
        return self._centres[element.id()]

    # -- groups -------------------------------------------------------------------------------

    def system(
        self,
        name: str,
        members: list[str],
        ifc_class: str = "IfcDistributionSystem",
        predefined: str | None = None,
    ):
        """A system (or circuit) grouping the named elements."""
        system = ifcopenshell.api.run("system.add_system", self.file, ifc_class=ifc_class)
        system.Name = name
        if predefined and hasattr(system, "PredefinedType"):
            system.PredefinedType = predefined
        ifcopenshell.api.run(
            "system.assign_system",
            self.file,
            products=[self.by_name[m] for m in members],
            system=system,
        )
        return system

    def serves(self, system, spatial) -> None:
        """IfcRelServicesBuildings: ``system`` serves ``spatial``."""
        self.file.create_entity(
            "IfcRelServicesBuildings",
            GlobalId=ifcopenshell.guid.new(),
            RelatingSystem=system,
            RelatedBuildings=[spatial],
        )

    def aggregate(self, whole: str, parts: list[str]) -> None:
        """IfcRelAggregates: the parts (breakers) are parts of the whole (a board)."""
        self._aggregate(self.by_name[whole], [self.by_name[p] for p in parts])

    def write(self, path: Path) -> Path:
        self.file.write(str(path))
        return path

    def gid(self, name: str) -> str:
        return self.by_name[name].GlobalId

    # -- internals ----------------------------------------------------------------------------

    _centres: dict[int, Point]

    def _root(self, ifc_class: str, name: str) -> ifcopenshell.entity_instance:
        return ifcopenshell.api.run("root.create_entity", self.file, ifc_class=ifc_class, name=name)

    def _aggregate(self, whole, parts) -> None:
        ifcopenshell.api.run(
            "aggregate.assign_object", self.file, products=parts, relating_object=whole
        )

    def _place(self, product, at: Point) -> None:
        matrix = np.eye(4)
        matrix[:3, 3] = at
        ifcopenshell.api.run(
            "geometry.edit_object_placement", self.file, product=product, matrix=matrix
        )

    def _box(self, product, size: Point) -> None:
        f = self.file
        profile = f.create_entity(
            "IfcRectangleProfileDef",
            ProfileType="AREA",
            XDim=size[0],
            YDim=size[1],
            Position=f.create_entity(
                "IfcAxis2Placement2D",
                Location=f.create_entity(
                    "IfcCartesianPoint", Coordinates=(size[0] / 2, size[1] / 2)
                ),
            ),
        )
        solid = f.create_entity(
            "IfcExtrudedAreaSolid",
            SweptArea=profile,
            Position=f.create_entity(
                "IfcAxis2Placement3D",
                Location=f.create_entity("IfcCartesianPoint", Coordinates=(0.0, 0.0, 0.0)),
            ),
            ExtrudedDirection=f.create_entity("IfcDirection", DirectionRatios=(0.0, 0.0, 1.0)),
            Depth=size[2],
        )
        shape = f.create_entity(
            "IfcShapeRepresentation",
            ContextOfItems=self.body,
            RepresentationIdentifier="Body",
            RepresentationType="SweptSolid",
            Items=[solid],
        )
        product.Representation = f.create_entity(
            "IfcProductDefinitionShape", Representations=[shape]
        )
        origin = product.ObjectPlacement.RelativePlacement.Location.Coordinates
        if not hasattr(self, "_centres"):
            self._centres = {}
        self._centres[product.id()] = tuple(o + s / 2 for o, s in zip(origin, size, strict=True))  # type: ignore[assignment]
