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

import importlib
from typing import Any

_WHERE = {
    "build_network": "build",
    "CheckReport": "check",
    "Finding": "check",
    "check_network": "check",
    "Corrections": "corrections",
    "load_corrections": "corrections",
    "model_content_hash": "corrections",
    "save_corrections": "corrections",
    "NetworkError": "errors",
    "NotInNetworkError": "errors",
    "UnknownElementError": "errors",
    "NetworkInputs": "inputs",
    "read_network_inputs": "inputs",
    "assess_outage": "isolate",
    "isolate_element": "isolate",
    "isolate_faults": "isolate",
    "lost_supply": "supply",
    "load_network": "load",
    "MediumView": "model",
    "Network": "model",
    "NetworkEdge": "model",
    "NetworkNode": "model",
    "SpaceRef": "model",
    "Highlight": "results",
    "IsolationResult": "results",
    "OutageResult": "results",
    "TraceResult": "results",
    "trace_downstream": "trace",
    "trace_upstream": "trace",
}


def __getattr__(name: str) -> Any:
    """Import each part on first use: a cached question (``fmdesk isolate`` on a model asked
    about before) needs neither ifcopenshell nor networkx, which take a second to import."""
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f"{__name__}.{module}"), name)


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
    "isolate_faults",
    "load_corrections",
    "load_network",
    "lost_supply",
    "model_content_hash",
    "read_network_inputs",
    "save_corrections",
    "trace_downstream",
    "trace_upstream",
]
