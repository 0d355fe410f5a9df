"""Pipe, duct and cable networks of a model: trace, isolate, assess outages, check quality.

No Qt. Build once per model, then ask many questions::

    from fmdesk import bim, network

    model = bim.open_model("ifc_samples/sample_residential_ifc4.ifc")
    net = network.build_network(network.read_network_inputs(model))
    up = network.trace_upstream(net, outlet_global_id)       # back to the transformer
    iso = network.isolate_element(net, leaking_pipe_id)      # valves to close, flats affected
    out = network.assess_outage(net, [floor_breaker_id])     # a tripped breaker
    report = network.check_network(network.read_network_inputs(model))

Results are frozen dataclasses with ``to_dict()`` (the CLI JSON) and ``highlight()`` (GlobalId
sets per 3D highlight style). See :mod:`fmdesk.network.build` for how edges are oriented and
inferred, and :mod:`fmdesk.network.isolate` for the cut.
"""

from __future__ import annotations

from fmdesk.network.build import build_network
from fmdesk.network.check import CheckReport, Finding, check_network
from fmdesk.network.corrections import (
    Corrections,
    load_corrections,
    model_content_hash,
    save_corrections,
)
from fmdesk.network.errors import NetworkError, NotInNetworkError, UnknownElementError
from fmdesk.network.inputs import NetworkInputs, read_network_inputs
from fmdesk.network.isolate import assess_outage, isolate_element, lost_supply
from fmdesk.network.load import load_network
from fmdesk.network.model import MediumView, Network, NetworkEdge, NetworkNode, SpaceRef
from fmdesk.network.results import Highlight, IsolationResult, OutageResult, TraceResult
from fmdesk.network.trace import trace_downstream, trace_upstream

__all__ = [
    "CheckReport",
    "Corrections",
    "Finding",
    "Highlight",
    "IsolationResult",
    "MediumView",
    "Network",
    "NetworkEdge",
    "NetworkError",
    "NetworkInputs",
    "NetworkNode",
    "NotInNetworkError",
    "OutageResult",
    "SpaceRef",
    "TraceResult",
    "UnknownElementError",
    "assess_outage",
    "build_network",
    "check_network",
    "isolate_element",
    "load_corrections",
    "load_network",
    "lost_supply",
    "model_content_hash",
    "read_network_inputs",
    "save_corrections",
    "trace_downstream",
    "trace_upstream",
]
