"""User corrections to a model's networks, kept with the project's records, never in the IFC.

The user can accept or reject an inferred edge, draw a missing one, mark an element as a
source (a temporary supply, a pump whose tank is not modelled) and mark a device as
inoperable (seized, buried). These facts belong to the building, not to the file an architect
may re-export tomorrow, so they are stored per model *content* (SHA-256 of the file) in a small
JSON file under :func:`fmdesk.settings.data_dir`. ``load_corrections``/``save_corrections`` is
the whole interface: when the records database takes them over, only this module changes.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from pathlib import Path

from fmdesk.settings import data_dir

__all__ = [
    "Corrections",
    "corrections_path",
    "load_corrections",
    "model_content_hash",
    "save_corrections",
]

CORRECTIONS_VERSION = 1


@dataclass
class Corrections:
    """What the user decided about one model's networks. Edges are ``(a, b)`` GlobalId pairs;
    accepted/rejected pairs are unordered, added edges run from ``a`` (upstream) to ``b``."""

    accepted_edges: set[tuple[str, str]] = field(default_factory=set)
    rejected_edges: set[tuple[str, str]] = field(default_factory=set)
    added_edges: set[tuple[str, str]] = field(default_factory=set)
    sources: set[str] = field(default_factory=set)
    inoperable: set[str] = field(default_factory=set)

    def accept_edge(self, a: str, b: str) -> None:
        """Confirm an inferred edge (it stays marked inferred, with ``accepted=True``)."""
        pair = _pair(a, b)
        self.rejected_edges.discard(pair)
        self.accepted_edges.add(pair)

    def reject_edge(self, a: str, b: str) -> None:
        """Drop an inferred edge from every later build of this model."""
        pair = _pair(a, b)
        self.accepted_edges.discard(pair)
        self.rejected_edges.add(pair)

    def to_dict(self) -> dict:
        return {
            "version": CORRECTIONS_VERSION,
            "accepted_edges": sorted(list(p) for p in self.accepted_edges),
            "rejected_edges": sorted(list(p) for p in self.rejected_edges),
            "added_edges": sorted(list(p) for p in self.added_edges),
            "sources": sorted(self.sources),
            "inoperable": sorted(self.inoperable),
        }

    @classmethod
    def from_dict(cls, raw: dict) -> Corrections:
        def pairs(key: str, ordered: bool = False) -> set[tuple[str, str]]:
            result = set()
            for item in raw.get(key) or ():
                if isinstance(item, list | tuple) and len(item) == 2:
                    a, b = str(item[0]), str(item[1])
                    result.add((a, b) if ordered else _pair(a, b))
            return result

        return cls(
            accepted_edges=pairs("accepted_edges"),
            rejected_edges=pairs("rejected_edges"),
            added_edges=pairs("added_edges", ordered=True),
            sources={str(s) for s in raw.get("sources") or ()},
            inoperable={str(s) for s in raw.get("inoperable") or ()},
        )


def _pair(a: str, b: str) -> tuple[str, str]:
    return (a, b) if a <= b else (b, a)


def model_content_hash(path: str | Path) -> str:
    """SHA-256 of the file's bytes: the same model keeps its corrections wherever it lies
    (kept as the network's name for :func:`fmdesk.bim.hash_model_file`).

    >>> model_content_hash("ifc_samples/sample_residential_ifc4.ifc")[:8]  # doctest: +SKIP
    '3f1c9a0e'
    """
    from fmdesk.bim.model_file import hash_model_file

    return hash_model_file(path)


def corrections_path(model_hash: str) -> Path:
    """Where the corrections of the model with content hash ``model_hash`` are kept."""
    return data_dir() / "network_corrections" / f"{model_hash}.json"


def load_corrections(model_hash: str) -> Corrections:
    """Return the stored corrections, or empty ones (a missing or unreadable file is no error:
    the network is still usable without them)."""
    try:
        raw = json.loads(corrections_path(model_hash).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return Corrections()
    return Corrections.from_dict(raw) if isinstance(raw, dict) else Corrections()


def save_corrections(model_hash: str, corrections: Corrections) -> Path:
    """Write atomically (a crash never leaves half a file) and return the path."""
    path = corrections_path(model_hash)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    text = json.dumps(corrections.to_dict(), ensure_ascii=False, indent=2)
    tmp.write_text(text, encoding="utf-8")
    os.replace(tmp, path)
    return path
