"""Small readers used by the sample tests: content summaries and a port graph."""

from __future__ import annotations

from collections import Counter, defaultdict

import ifcopenshell
import ifcopenshell.util.element as element_util


def content_summary(model: ifcopenshell.file) -> dict:
    """What must stay the same when a sample is regenerated (not the bytes)."""
    systems = {}
    for system in model.by_type("IfcSystem"):
        members = [m for rel in system.IsGroupedBy for m in rel.RelatedObjects]
        systems[system.Name] = len(members)
    return {
        "classes": Counter(entity.is_a() for entity in model.by_type("IfcRoot")),
        "systems": systems,
        "connections": len(model.by_type("IfcRelConnectsPorts")),
        "storeys": sorted(
            (s.Name, s.LongName, s.Elevation) for s in model.by_type("IfcBuildingStorey")
        ),
        "spaces": sorted((s.Name, s.LongName) for s in model.by_type("IfcSpace")),
        "global_ids": sorted(e.GlobalId for e in model.by_type("IfcRoot")),
    }


def port_owner(port) -> ifcopenshell.entity_instance:
    """The element a port belongs to (IfcRelNests in IFC4+, IfcRelConnectsPortToElement in 2X3)."""
    for rel in getattr(port, "Nests", None) or ():
        return rel.RelatingObject
    for rel in getattr(port, "ContainedIn", None) or ():
        return rel.RelatedElement
    raise AssertionError(f"port {port.GlobalId} has no element")


class FlowGraph:
    """Directed element graph: upstream element → downstream element, from IfcRelConnectsPorts."""

    def __init__(self, model: ifcopenshell.file) -> None:
        self.down: dict[int, set[int]] = defaultdict(set)
        self.up: dict[int, set[int]] = defaultdict(set)
        self.model = model
        for rel in model.by_type("IfcRelConnectsPorts"):
            a = port_owner(rel.RelatingPort).id()
            b = port_owner(rel.RelatedPort).id()
            self.down[a].add(b)
            self.up[b].add(a)

    def by_name(self, name: str) -> ifcopenshell.entity_instance:
        found = [e for e in self.model.by_type("IfcElement") if e.Name == name]
        assert len(found) == 1, (name, len(found))
        return found[0]

    def reach(self, start, direction: str, closed: set[int] = frozenset()) -> set[int]:
        edges = self.down if direction == "down" else self.up
        seen: set[int] = set()
        stack = [start.id()]
        while stack:
            node = stack.pop()
            for nxt in edges[node]:
                if nxt not in seen and nxt not in closed:
                    seen.add(nxt)
                    stack.append(nxt)
        return seen

    def nearest_valves(self, start, direction: str) -> set[str]:
        """Names of the nearest isolating valves (check valves are passed through)."""
        edges = self.down if direction == "down" else self.up
        found: set[str] = set()
        seen = {start.id()}
        stack = [start.id()]
        while stack:
            node = stack.pop()
            for nxt in edges[node]:
                if nxt in seen:
                    continue
                seen.add(nxt)
                entity = self.model.by_id(nxt)
                if is_isolating_valve(entity):
                    found.add(entity.Name)
                else:
                    stack.append(nxt)
        return found


def is_isolating_valve(entity) -> bool:
    element_type = element_util.get_type(entity)
    return (
        element_type is not None
        and element_type.is_a("IfcValveType")
        and element_type.PredefinedType == "ISOLATING"
    )


def flat_of(entity) -> ifcopenshell.entity_instance | None:
    """Walk containment then aggregation up to the flat (an IfcSpace that aggregates rooms)."""
    container = element_util.get_container(entity)
    while container is not None and container.is_a("IfcSpace"):
        parent = element_util.get_aggregate(container)
        if parent is not None and parent.is_a("IfcSpace"):
            return parent
        if any(rel.RelatedObjects for rel in container.IsDecomposedBy):
            return container
        container = parent
    return None


def storey_of(entity) -> ifcopenshell.entity_instance | None:
    node = element_util.get_container(entity)
    while node is not None and not node.is_a("IfcBuildingStorey"):
        node = element_util.get_aggregate(node)
    return node
