"""COBie System, Assembly and Connection rows: how components belong and connect.

Connections are logical: from each component the port graph is walked through the elements
that are not components (pipe, duct and cable runs, fittings) to the next components, so a
pump is connected to the valves it feeds and a board to the outlets it supplies.
"""

from __future__ import annotations

from collections import defaultdict, deque
from collections.abc import Iterable
from typing import Any

import ifcopenshell
import ifcopenshell.util.element as util_element

from fmdesk.exports.cobie_names import UniqueNames

__all__ = ["_LinksMixin"]


class _LinksMixin:
    """System, Assembly and Connection sheets (mixed into the COBie row builder)."""

    model: Any
    rows: dict[str, list[dict[str, Any]]]
    component_names: dict[str, str]

    def systems(self, components: dict[str, Any]) -> None:
        names = UniqueNames()
        for system in self.model.by_type("IfcSystem"):
            if system.is_a("IfcZone") or system.is_a("IfcStructuralAnalysisModel"):
                continue
            members = [
                self.component_names[m.GlobalId]
                for rel in system.IsGroupedBy or ()
                for m in rel.RelatedObjects or ()
                if m.GlobalId in self.component_names
            ]
            row = self.base(
                names.take(str(system.Name or system.GlobalId)), system.is_a(), system.GlobalId
            )
            row.update(
                {
                    "Category": str(getattr(system, "PredefinedType", "") or system.is_a()),
                    "ComponentNames": ",".join(members),
                    "Description": str(system.Description or ""),
                }
            )
            self.rows["System"].append(row)

    def assemblies(self, components: dict[str, Any]) -> None:
        names = UniqueNames()
        for global_id, element in components.items():
            parts = [
                self.component_names[p.GlobalId]
                for p in util_element.get_parts(element)
                if p.GlobalId in self.component_names
            ]
            if parts:
                row = self.base(
                    names.take(f"{self.component_names[global_id]} 组件"), "IfcRelAggregates"
                )
                row.update(
                    {
                        "SheetName": "Component",
                        "ParentName": self.component_names[global_id],
                        "ChildNames": ",".join(parts),
                        "AssemblyType": "Fixed",
                    }
                )
                self.rows["Assembly"].append(row)

    def connections(self, components: dict[str, Any]) -> None:
        """Component to component through non-component runs of the port graph."""
        graph, ports = _port_graph(self.model)
        names = UniqueNames()
        seen: set[tuple[str, str]] = set()
        for start in components:
            for end, via, port_pair in _reachable_components(
                graph, ports, start, self.component_names
            ):
                pair = tuple(sorted((start, end)))
                if pair in seen:
                    continue
                seen.add(pair)  # type: ignore[arg-type]
                first, second = self.component_names[start], self.component_names[end]
                row = self.base(names.take(f"{first} → {second}"), "IfcRelConnectsPorts")
                row.update(
                    {
                        "ConnectionType": "Flow",
                        "SheetName": "Component",
                        "RowName1": first,
                        "RowName2": second,
                        "RealizingElement": via,
                        "PortName1": port_pair[0],
                        "PortName2": port_pair[1],
                    }
                )
                self.rows["Connection"].append(row)


def _port_graph(
    model: ifcopenshell.file,
) -> tuple[dict[str, set[str]], dict[tuple[str, str], tuple[str, str]]]:
    """Element GlobalId → connected element GlobalIds, and the ports of each direct link."""
    host: dict[int, Any] = {}
    for rel in model.by_type("IfcRelConnectsPortToElement"):
        host[rel.RelatingPort.id()] = rel.RelatedElement
    for rel in model.by_type("IfcRelNests"):
        for part in rel.RelatedObjects or ():
            if part.is_a("IfcPort"):
                host[part.id()] = rel.RelatingObject
    graph: dict[str, set[str]] = defaultdict(set)
    ports: dict[tuple[str, str], tuple[str, str]] = {}
    for rel in model.by_type("IfcRelConnectsPorts"):
        a, b = host.get(rel.RelatingPort.id()), host.get(rel.RelatedPort.id())
        if a is None or b is None or a == b:
            continue
        graph[a.GlobalId].add(b.GlobalId)
        graph[b.GlobalId].add(a.GlobalId)
        ports[(a.GlobalId, b.GlobalId)] = (
            str(rel.RelatingPort.Name or ""),
            str(rel.RelatedPort.Name or ""),
        )
        ports[(b.GlobalId, a.GlobalId)] = (
            str(rel.RelatedPort.Name or ""),
            str(rel.RelatingPort.Name or ""),
        )
    return graph, ports


def _reachable_components(
    graph: dict[str, set[str]],
    ports: dict,
    start: str,
    components: dict[str, str],
    limit: int = 5000,
) -> Iterable[tuple[str, str, tuple[str, str]]]:
    """Components reached from ``start`` through non-component elements (breadth first)."""
    queue: deque[tuple[str, str]] = deque((n, n) for n in graph.get(start, ()))
    seen = {start}
    visited = 0
    while queue and visited < limit:
        node, first_step = queue.popleft()
        if node in seen:
            continue
        seen.add(node)
        visited += 1
        if node in components:
            direct = ports.get((start, node), ("", ""))
            via = "" if first_step == node else first_step
            yield node, via, direct
            continue
        queue.extend((n, first_step) for n in graph.get(node, ()) if n not in seen)
