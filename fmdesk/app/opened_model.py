"""One opened IFC model and what is derived from it, computed once and shared.

The parse, the model index, the element records, the content hash and the networks are expensive
(seconds on a large model); every use case that needs them asks the :class:`OpenedModel` instead
of reopening the file, and the content hash (which keys the geometry cache, corrections and
viewpoints) is computed exactly once.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from fmdesk.app.progress import NO_PROGRESS, Progress, part_of

if TYPE_CHECKING:
    import ifcopenshell

    from fmdesk.bim import ElementInfo, ModelIndex
    from fmdesk.network.corrections import Corrections
    from fmdesk.network.inputs import NetworkInputs
    from fmdesk.network.model import Network

__all__ = ["OpenedModel"]


@dataclass
class OpenedModel:
    """A parsed model; derived data is built on first use, thread-safely."""

    path: Path
    file: ifcopenshell.file
    content_hash: str
    stamp: tuple[int, int]
    """(size, mtime_ns) when parsed: a changed file is parsed again."""
    _cache: dict[str, Any] = field(default_factory=dict, repr=False)
    _lock: threading.RLock = field(default_factory=threading.RLock, repr=False)

    @classmethod
    def open(cls, path: Path, progress: Progress = NO_PROGRESS) -> OpenedModel:
        """Hash and parse ``path`` (one-sentence ModelOpenError on a bad file)."""
        from fmdesk import bim

        progress.report(None, "")
        stamp = _stamp(path)
        model = bim.open_model(path)
        progress.check_cancelled()
        return cls(path, model, bim.hash_model_file(path), stamp)

    @classmethod
    def parsed(
        cls,
        path: Path,
        file: ifcopenshell.file,
        content_hash: str,
        stamp: tuple[int, int],
        *,
        index: ModelIndex | None = None,
        elements: dict[str, ElementInfo] | None = None,
    ) -> OpenedModel:
        """A model another reader already parsed (the viewer's loader), with the index and
        element records it built, so the use cases do not parse the same file again: on a
        100 MB model that was 3 s and 600 MB more, beside the viewer."""
        opened = cls(Path(path).expanduser().resolve(), file, content_hash, stamp)
        if index is not None:
            opened._cache["index"] = index
        if elements is not None:
            opened._cache["elements"] = elements
        return opened

    @staticmethod
    def stamp_of(path: Path) -> tuple[int, int]:
        """What :meth:`is_current` compares: take it before parsing."""
        return _stamp(path)

    def is_current(self) -> bool:
        """False when the file on disk changed since it was parsed."""
        try:
            return _stamp(self.path) == self.stamp
        except OSError:
            return False

    @property
    def schema(self) -> str:
        return str(getattr(self.file, "schema_identifier", "") or self.file.schema)

    @property
    def index(self) -> ModelIndex:
        """Relationship lookups shared by every reader."""
        from fmdesk import bim

        return self._once("index", lambda: bim.build_model_index(self.file))

    @property
    def elements(self) -> dict[str, ElementInfo]:
        """GlobalId → element record."""
        from fmdesk import bim

        return self._once(
            "elements",
            lambda: {e.global_id: e for e in bim.read_elements(self.file, self.index)},
        )

    def network_inputs(self, progress: Progress = NO_PROGRESS) -> NetworkInputs:
        """What the network builder reads from the model (read once)."""
        from fmdesk.network.inputs import read_network_inputs

        def read() -> NetworkInputs:
            return read_network_inputs(
                self.file,
                self.index,
                progress=progress.report,
                cancelled=lambda: progress.cancelled,
            )

        return self._once("network_inputs", read)

    def network(
        self, corrections: Corrections | None = None, progress: Progress = NO_PROGRESS
    ) -> Network:
        """The model's networks with ``corrections`` (default: those stored for this model).

        Built once per set of corrections; a use case that changes corrections passes them.
        """
        from fmdesk.network.build import build_network
        from fmdesk.network.corrections import load_corrections

        inputs = self.network_inputs(part_of(progress, 0.0, 0.7))
        chosen = corrections if corrections is not None else load_corrections(self.content_hash)
        key = f"network:{_corrections_key(chosen)}"

        def build() -> Network:
            stage = part_of(progress, 0.7, 1.0)
            return build_network(
                inputs, chosen, progress=stage.report, cancelled=lambda: stage.cancelled
            )

        return self._once(key, build)

    def _once(self, key: str, make: Any) -> Any:
        with self._lock:
            if key not in self._cache:
                self._cache[key] = make()
            return self._cache[key]


def _stamp(path: Path) -> tuple[int, int]:
    info = path.stat()
    return info.st_size, info.st_mtime_ns


def _corrections_key(corrections: Corrections | None) -> str:
    if corrections is None:
        return "none"
    return repr(sorted((k, sorted(map(repr, v))) for k, v in vars(corrections).items()))
