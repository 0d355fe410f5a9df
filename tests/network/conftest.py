"""Networks of the committed sample building, built once per schema for the whole session."""

from __future__ import annotations

from pathlib import Path

import pytest

from fmdesk.bim import open_model
from fmdesk.network import Corrections, Network, NetworkNode, build_network, read_network_inputs

SAMPLES = Path(__file__).resolve().parents[2] / "ifc_samples"
SCHEMAS = {
    "IFC4": "sample_residential_ifc4.ifc",
    "IFC2X3": "sample_residential_ifc2x3.ifc",
    "IFC4X3": "sample_residential_ifc4x3.ifc",
}
_INPUTS: dict = {}


def sample_inputs(schema: str):
    """Read each sample once per session (the reading is the slow part)."""
    if schema not in _INPUTS:
        _INPUTS[schema] = read_network_inputs(open_model(SAMPLES / SCHEMAS[schema]))
    return _INPUTS[schema]


def sample_network(schema: str, corrections: Corrections | None = None) -> Network:
    return build_network(sample_inputs(schema), corrections)


@pytest.fixture(scope="module", params=["IFC4", "IFC2X3"])
def sample(request: pytest.FixtureRequest) -> Network:
    """The sample building's network, IFC4 and IFC2X3 (same building, same answers)."""
    return sample_network(request.param)


def named(network: Network, name: str) -> NetworkNode:
    """The one element called exactly ``name``."""
    found = [node for node in network.nodes.values() if node.name == name]
    assert len(found) == 1, f"{name}: {len(found)} elements"
    return found[0]


def names(nodes) -> set[str]:
    return {node.name for node in nodes}


def labels(spaces) -> set[str]:
    return {space.label for space in spaces}


def flats(spaces) -> set[str]:
    """Only the flats (1-601 style names) among top-level spaces."""
    return {space.label for space in spaces if space.label.startswith("1-")}
