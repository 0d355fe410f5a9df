"""The plain result type use cases return, and how they become ``--json``.

A use case returns a frozen dataclass (or a list of them); :func:`to_dict` turns any such value
into JSON-ready data (dates as ISO 8601 strings). Result classes that need a different JSON
shape define their own ``to_dict()``, which :func:`to_dict` uses.
"""

from __future__ import annotations

from dataclasses import fields, is_dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

__all__ = ["Result", "to_dict"]


class Result:
    """Mixin for result dataclasses: ``result.to_dict()`` is their ``--json`` form."""

    def to_dict(self) -> dict[str, Any]:
        return {f.name: to_dict(getattr(self, f.name)) for f in fields(self)}  # type: ignore[arg-type]


def to_dict(value: Any) -> Any:
    """A JSON-ready copy of a result, a domain dataclass, or lists/dicts of them."""
    if isinstance(value, Result):
        return value.to_dict()
    if is_dataclass(value) and not isinstance(value, type):
        return {f.name: to_dict(getattr(value, f.name)) for f in fields(value)}
    if isinstance(value, dict):
        return {str(k): to_dict(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [to_dict(v) for v in value]
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Path):
        return str(value)
    return value
