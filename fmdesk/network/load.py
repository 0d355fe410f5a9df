"""Open a model file and build its network with the user's stored corrections, in one call
(scripts and tests; the application's use cases go through :mod:`fmdesk.app.network`, which
also keeps the network in memory and on disk)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from fmdesk import bim
from fmdesk.network.build import build_network
from fmdesk.network.corrections import Corrections, load_corrections, model_content_hash
from fmdesk.network.inputs import NetworkInputs, Progress, read_network_inputs
from fmdesk.network.model import Network

__all__ = ["load_network"]


def load_network(
    path: str | Path,
    *,
    corrections: Corrections | None = None,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> tuple[Network, NetworkInputs]:
    """Open ``path`` (one-sentence :class:`fmdesk.errors.ModelOpenError` on a bad file), read
    it and build the network with ``corrections`` (default: those stored for this file's
    content). Returns the network and the inputs (keep them to rebuild after a correction).

    >>> net, inputs = load_network("ifc_samples/sample_residential_ifc4.ifc")  # doctest: +SKIP
    """
    model = bim.open_model(path)

    def part(start: float, end: float) -> Progress | None:
        if progress is None:
            return None
        return lambda fraction, message: progress(start + (end - start) * fraction, message)

    inputs = read_network_inputs(model, progress=part(0.0, 0.7), cancelled=cancelled)
    if corrections is None:
        corrections = load_corrections(model_content_hash(path))
    network = build_network(inputs, corrections, progress=part(0.7, 1.0), cancelled=cancelled)
    return network, inputs
