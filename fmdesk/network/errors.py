"""Network errors with one user-facing sentence (CLI exit 2, GUI message box)."""

from __future__ import annotations

from fmdesk.errors import UserError

__all__ = ["NetworkError", "NotInNetworkError", "UnknownElementError"]


class NetworkError(UserError):
    """A trace, isolation or check cannot be done as asked."""


class UnknownElementError(NetworkError):
    """The GlobalId names nothing in the model."""

    def __init__(self, global_id: str) -> None:
        super().__init__(
            f"没有 GlobalId 为 {global_id} 的构件或空间 (no element or space with this GlobalId "
            "in the model); copy the GlobalId from the properties panel or 'fmdesk assets'."
        )
        self.global_id = global_id


class NotInNetworkError(NetworkError):
    """The element exists but is not connected to any pipe, duct or cable network."""

    def __init__(self, global_id: str, label: str) -> None:
        super().__init__(
            f"{label} ({global_id}) 不在任何管网或线路中 (is not part of any pipe, duct or "
            "cable network); pick a pipe, valve, fixture, cable or board, or run "
            "'fmdesk network-check' to see what is unconnected."
        )
        self.global_id = global_id
