"""Network errors with one user-facing sentence (CLI exit 2, GUI message box)."""

from __future__ import annotations

from fmdesk.errors import UserError
from fmdesk.i18n import _t

__all__ = ["NetworkError", "NotInNetworkError", "UnknownElementError"]


class NetworkError(UserError):
    """A trace, isolation or check cannot be done as asked."""


class UnknownElementError(NetworkError):
    """The GlobalId names nothing in the model."""

    category = "unknown_element"

    def __init__(self, global_id: str) -> None:
        super().__init__(
            _t(
                "No element or space has the GlobalId {global_id} in this model; copy the "
                "GlobalId from the Properties panel or from 'fmdesk assets'.",
                global_id=global_id,
            )
        )
        self.global_id = global_id


class NotInNetworkError(NetworkError):
    """The element exists but is connected to no pipe, duct or cable network."""

    category = "not_in_network"

    def __init__(self, global_id: str, label: str) -> None:
        super().__init__(
            _t(
                "{label} ({global_id}) is connected to no pipe, duct or cable network; pick a "
                "pipe, valve, fixture, cable or board, or run 'fmdesk network-check' to see "
                "what is unconnected.",
                label=label,
                global_id=global_id,
            )
        )
        self.global_id = global_id
