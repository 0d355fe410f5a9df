"""Use cases: what is in a model (``fmdesk info``), and what the reader assumed where the model
breaks its schema (the reading warnings, for ``fmdesk info`` and the Problems panel).

The schema check reads every attribute of every rooted instance (seconds on a 100,000-element
model), so its result is kept in the cache folder by content hash and fmdesk version and the
GUI asks for it off the GUI thread.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from fmdesk.app.progress import NO_PROGRESS, Progress, part_of
from fmdesk.i18n import Msg

if TYPE_CHECKING:
    from fmdesk.app.context import App
    from fmdesk.app.opened_model import OpenedModel
    from fmdesk.bim.reading_warnings import ReadingWarning

__all__ = ["ModelInfo", "model_info", "model_warnings"]


@dataclass(frozen=True)
class ModelInfo:
    """The summary of ``fmdesk info`` and the reading warnings."""

    data: dict[str, Any]
    warnings: list[ReadingWarning] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            **self.data,
            "warning_count": len(self.warnings),
            "warnings": [warning.to_dict() for warning in self.warnings],
        }


def model_info(app: App, path: str | Path, progress: Progress = NO_PROGRESS) -> ModelInfo:
    """Open the model (one-sentence ``ModelOpenError`` otherwise), summarise it and check it.

    >>> model_info(app, "export.ifc").to_dict()["warnings"][0]["assumed"]  # doctest: +SKIP
    'NOTDEFINED'
    """
    from fmdesk.bim.summary import summarize_model

    model_path = _existing(path)
    opened = app.open_model(model_path, part_of(progress, 0.0, 0.4))
    data = {
        "path": str(path),
        "file_size": model_path.stat().st_size,
        **summarize_model(opened.file, opened.index),
    }
    return ModelInfo(data, checked_warnings(opened, part_of(progress, 0.6, 1.0)))


def model_warnings(
    app: App,
    path: str | Path,
    *,
    model_file: Any = None,
    progress: Progress = NO_PROGRESS,
) -> list[ReadingWarning]:
    """The reading warnings of the model at ``path`` (cached by content); ``model_file`` is
    the model already parsed (the GUI's), so it is not parsed again."""
    model_path = _existing(path)
    if model_file is None:
        opened = app.open_model(model_path, part_of(progress, 0.0, 0.5))
    else:
        from fmdesk.app.opened_model import OpenedModel
        from fmdesk.network.cache import content_hash

        info = model_path.stat()
        stamp = (info.st_size, info.st_mtime_ns)
        opened = OpenedModel(model_path, model_file, content_hash(model_path), stamp)
    return checked_warnings(opened, part_of(progress, 0.5, 1.0))


def _existing(path: str | Path) -> Path:
    """``path``, or the reader's one-sentence error when there is no file to open."""
    model_path = Path(path).expanduser()
    if not model_path.is_file():
        from fmdesk.bim.model_file import open_model

        open_model(model_path)  # raises ModelNotFoundError / ModelUnreadableError
    return model_path


def checked_warnings(opened: OpenedModel, progress: Progress = NO_PROGRESS) -> list[ReadingWarning]:
    """The parse warnings and the schema check's, from the cache when this content was checked
    before."""
    cached = _read(opened.content_hash)
    if cached is not None:
        return cached
    from fmdesk.bim.validation import check_model

    warnings = check_model(
        opened.file,
        progress=lambda fraction: progress.report(fraction),
        cancelled=lambda: progress.cancelled,
    )
    _write(opened.content_hash, warnings)
    return warnings


def _path(content_hash: str) -> Path:
    from fmdesk import __version__
    from fmdesk.settings import cache_dir

    return cache_dir() / "model_checks" / f"{content_hash}-{__version__}.json"


def _read(content_hash: str) -> list[ReadingWarning] | None:
    from fmdesk.bim.reading_warnings import ReadingWarning

    try:
        rows = json.loads(_path(content_hash).read_text(encoding="utf-8"))
        return [
            ReadingWarning(
                row["kind"],
                row["element"],
                _msg(row["attribute"]),
                _msg(row["found"]),
                _msg(row["assumed"]),
                row["step_id"],
                row["global_id"],
            )
            for row in rows
        ]
    except (OSError, ValueError, KeyError, TypeError):
        return None


def _write(content_hash: str, warnings: list[ReadingWarning]) -> None:
    rows = [
        {
            "kind": w.kind,
            "element": w.element,
            "attribute": _data(w.attribute),
            "found": _data(w.found),
            "assumed": _data(w.assumed),
            "step_id": w.step_id,
            "global_id": w.global_id,
        }
        for w in warnings
    ]
    path = _path(content_hash)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(path.name + ".tmp")
        tmp.write_text(json.dumps(rows, ensure_ascii=False), encoding="utf-8")
        os.replace(tmp, path)
    except OSError:
        pass  # an unwritable cache only means the check runs again next time


def _data(value: Msg | str | None) -> Any:
    return value.to_data() if isinstance(value, Msg) else value


def _msg(value: Any) -> Msg | str | None:
    if isinstance(value, dict):
        return Msg.from_data(value)
    return value
