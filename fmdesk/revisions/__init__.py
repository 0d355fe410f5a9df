"""Model revision comparison: what a new export of the building added, removed, changed, moved.

Elements are matched by GlobalId first; exporters that regenerate GlobalIds on every export are
handled by matching the rest by class, type, name and storey, then by position and size. Records
linked to an element whose GlobalId changed follow it (:mod:`fmdesk.revisions.relink`).
"""

from fmdesk.revisions.diff import ChangedElement, MovedElement, RevisionDiff, diff_models
from fmdesk.revisions.snapshot import ElementSnapshot, read_snapshot

__all__ = [
    "ChangedElement",
    "ElementSnapshot",
    "MovedElement",
    "RevisionDiff",
    "diff_models",
    "read_snapshot",
]
