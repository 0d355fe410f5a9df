"""Topology without port connections: a copy of a ported model with every IfcRelConnectsPorts
removed must give back (nearly) the same connections from geometry alone.

Ground truth is the original file's own connections (element pairs). Recall is over all of
them; precision over the inferred edges between two elements that have ports, the only ones a
port connection could state (a model may also have elements without ports, which inference
joins too, and which the original file cannot say anything about). The figures are printed
(``pytest -s``) and must each be at least 90 %.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from fmdesk import bim
from fmdesk.network import build_network, read_network_inputs
from tests.network.conftest import SAMPLES

SHARED_PORTED = (
    "drainage-system_ifc4x3.ifc",
    "revit-hvac-ducts_ifc2x3.ifc",
    "revit-duct-fitting_ifc4.ifc",
    "heat-exchanger-pipes_ifc4.ifc",
    "heating-fragmented_ifc2x3.ifc",
)


def strip_connections(source: Path, target: Path) -> int:
    """Write ``source`` without its IfcRelConnectsPorts to ``target``; return how many."""
    model = bim.open_model(source)
    relations = list(model.by_type("IfcRelConnectsPorts"))
    for relation in relations:
        model.remove(relation)
    model.write(str(target))
    return len(relations)


def recovery(source: Path, tmp_path: Path) -> tuple[float, float, int, int]:
    """(recall, precision, connections in the original, port-to-port edges inferred)."""
    original = read_network_inputs(bim.open_model(source))
    truth = {
        tuple(sorted((c.relating_host_id, c.related_host_id)))
        for c in original.connections
        if c.relating_host_id and c.related_host_id and c.relating_host_id != c.related_host_id
    }
    stripped_path = tmp_path / f"stripped_{source.name}"
    assert strip_connections(source, stripped_path) > 0
    inputs = read_network_inputs(bim.open_model(stripped_path))
    assert inputs.connections == []
    network = build_network(inputs)
    hosts = {port.host_id for port in inputs.ports if port.host_id}
    found = {edge.key for edge in network.edges}
    port_to_port = {key for key in found if key[0] in hosts and key[1] in hosts}
    assert all(edge.basis in ("geometry", "system") for edge in network.edges)
    recall = len(truth & found) / len(truth)
    precision = len(truth & port_to_port) / len(port_to_port) if port_to_port else 0.0
    return recall, precision, len(truth), len(port_to_port)


def _report(name: str, figures: tuple[float, float, int, int]) -> None:
    recall, precision, truth, found = figures
    print(
        f"\nstripped ports, {name}: {truth} connections in the original, {found} inferred "
        f"port-to-port; recall {recall:.1%}, precision {precision:.1%}"
    )


@pytest.mark.parametrize("name", ["sample_residential_ifc4.ifc", "sample_residential_ifc2x3.ifc"])
def test_the_sample_without_port_connections_is_recovered_from_geometry(
    name: str, tmp_path: Path
) -> None:
    figures = recovery(SAMPLES / name, tmp_path)
    _report(name, figures)
    assert figures[0] >= 0.9 and figures[1] >= 0.9


@pytest.mark.parametrize("name", SHARED_PORTED)
def test_shared_ported_models_without_port_connections_are_recovered(
    shared_ifc: Path, name: str, tmp_path: Path
) -> None:
    figures = recovery(shared_ifc / name, tmp_path)
    _report(name, figures)
    assert figures[0] >= 0.9 and figures[1] >= 0.9
