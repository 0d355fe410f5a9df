"""Revision diff use cases: compare two model revisions, let the records follow regenerated ids.

``diff_revisions`` parses both files through the :class:`App` (the GUI's open model is reused),
compares them and, with ``relink=True``, moves the records linked to elements whose GlobalId the
exporter regenerated onto the new GlobalIds.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from fmdesk.app.progress import NO_PROGRESS, Progress, part_of
from fmdesk.i18n import _t

if TYPE_CHECKING:
    from fmdesk.app.context import App
    from fmdesk.revisions.diff import RevisionDiff
    from fmdesk.revisions.relink import RelinkResult

__all__ = ["DiffOutcome", "diff_revisions"]


@dataclass
class DiffOutcome:
    """The diff and, when asked for, how many records followed regenerated GlobalIds."""

    diff: RevisionDiff
    relinked: RelinkResult | None = None
    names: dict[str, tuple[str, str]] | None = None
    """GlobalId → (name, IFC class) of every element the diff lists (for the GUI)."""

    def to_dict(self) -> dict[str, Any]:
        data = self.diff.to_dict()
        data["relinked"] = self.relinked.to_dict() if self.relinked else None
        if self.names is not None:
            data["names"] = self.names
        return data


def diff_revisions(
    app: App,
    old_path: str | Path,
    new_path: str | Path,
    progress: Progress = NO_PROGRESS,
    relink: bool = False,
) -> DiffOutcome:
    """Compare ``old_path`` with ``new_path``; ``relink`` moves records to regenerated ids."""
    from fmdesk.revisions.diff import diff_snapshots
    from fmdesk.revisions.snapshot import read_snapshot

    progress.report(0.0, _t("Opening {name}", name=Path(old_path).name))
    old_model = app.open_model(old_path, part_of(progress, 0.0, 0.2))
    progress.report(0.2, _t("Opening {name}", name=Path(new_path).name))
    new_model = app.open_model(new_path, part_of(progress, 0.2, 0.4))
    progress.report(0.4, _t("Reading elements"))
    old, old_values = read_snapshot(old_model.file)
    progress.check_cancelled()
    progress.report(0.6, _t("Reading elements"))
    new, new_values = read_snapshot(new_model.file)
    progress.check_cancelled()
    progress.report(0.8, _t("Matching elements"))
    diff = diff_snapshots(old, old_values, new, new_values)
    diff.old, diff.new = str(old_path), str(new_path)
    listed = set(diff.added) | {c.new_id for c in diff.changed} | {m.new_id for m in diff.moved}
    names = {gid: (new[gid].name, new[gid].ifc_class) for gid in listed if gid in new}
    names.update({gid: (old[gid].name, old[gid].ifc_class) for gid in diff.removed if gid in old})
    outcome = DiffOutcome(diff, names=names)
    if relink and diff.regenerated:
        from fmdesk.revisions.relink import relink_records

        outcome.relinked = relink_records(app.uow(), diff.regenerated)
    progress.report(1.0, "")
    return outcome
