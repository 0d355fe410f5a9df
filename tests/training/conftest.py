"""The sample building's network, read once for the training tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from fmdesk.network.isolate import isolate_element
from fmdesk.network.load import load_network
from fmdesk.network.model import Network

REPO = Path(__file__).resolve().parents[2]
SAMPLE = REPO / "ifc_samples" / "sample_residential_ifc4.ifc"


@pytest.fixture(scope="session")
def sample() -> Path:
    return SAMPLE


@pytest.fixture(scope="session")
def network() -> Network:
    net, _ = load_network(SAMPLE)
    return net


def by_name(network: Network, name: str) -> str:
    """The GlobalId of the element called ``name`` (exactly one)."""
    found = [gid for gid, node in network.nodes.items() if node.name == name]
    assert len(found) == 1, (name, found)
    return found[0]


@pytest.fixture(scope="session")
def two_valve_pipe(network: Network) -> tuple[str, list[str]]:
    """A pipe whose isolation needs at least two valves, and those valves (engine's order)."""
    for gid, node in sorted(network.nodes.items()):
        if node.kind != "pipe":
            continue
        result = isolate_element(network, gid)
        if len(result.close) >= 2 and result.spaces:
            return gid, [n.global_id for n in result.close]
    pytest.fail("the sample has no pipe whose isolation needs two valves")


@pytest.fixture(autouse=True)
def english_messages():
    """The tests read English sentences, whatever the machine's locale."""
    from fmdesk.i18n import language

    before = language._chosen
    language.set_language("en")
    yield
    language._chosen = before
