"""BCF exchange use cases: import a BCF 2.x/3.0 file as review issues, export issues as BCF.

Example (``fmdesk bcf import`` / ``fmdesk bcf export`` and the Review panel call these)::

    result = import_bcf(app, Path("design_review.bcf"))
    export_bcf(app, Path("for_designers.bcfzip"), version="2.1", status=["open"])
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from fmdesk.app.context import App
from fmdesk.app.permissions import Permission
from fmdesk.app.progress import NO_PROGRESS, Progress, part_of
from fmdesk.app.users import require
from fmdesk.errors import UserError
from fmdesk.i18n import _t, render
from fmdesk.review.bcf.collect import collect_topics
from fmdesk.review.bcf.reader import read_bcf
from fmdesk.review.bcf.writer import VERSIONS, write_bcf
from fmdesk.review.dto import IssueFilter
from fmdesk.review.issues import save_issues

__all__ = ["BcfExportResult", "BcfImportResult", "export_bcf", "import_bcf"]


@dataclass(frozen=True)
class BcfImportResult:
    path: str
    version: str
    project: dict[str, Any]
    topic_count: int
    created: int
    updated: int
    numbers: list[str]
    comment_count: int
    viewpoint_count: int
    snapshot_count: int
    warnings: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        from dataclasses import asdict

        return asdict(self)


@dataclass(frozen=True)
class BcfExportResult:
    path: str
    version: str
    topic_count: int
    numbers: list[str]
    warnings: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        from dataclasses import asdict

        return asdict(self)


def import_bcf(app: App, path: str | Path, progress: Progress = NO_PROGRESS) -> BcfImportResult:
    """Every topic of a BCF file becomes a review issue (a topic imported before, by GUID, is
    updated in place and keeps its number). Unreadable parts are warnings, not failures."""
    require(app, Permission.REVIEW_EDIT)
    path = Path(path).expanduser()
    progress.report(None, _t("Reading {name}", name=path.name))
    archive = read_bcf(path, part_of(progress, 0.0, 0.4).report)
    progress.check_cancelled()
    known = _existing(app, [t.guid for t in archive.topics])
    saving = part_of(progress, 0.4, 1.0)
    total = max(len(archive.topics), 1)

    def saved(done: int) -> None:
        saving.report(done / total, _t("Importing topic {done} of {total}", done=done, total=total))
        saving.check_cancelled()

    views = save_issues(app.uow(), archive.topics, progress=saved)
    return BcfImportResult(
        path=str(path),
        version=archive.version,
        project={k: v for k, v in archive.project.items() if k in ("id", "name")},
        topic_count=len(views),
        created=sum(1 for v in views if v.guid not in known),
        updated=sum(1 for v in views if v.guid in known),
        numbers=[v.number for v in views],
        comment_count=sum(len(v.comments) for v in views),
        viewpoint_count=sum(len(v.viewpoints) for v in views),
        snapshot_count=sum(1 for v in views for vp in v.viewpoints if vp.has_snapshot),
        warnings=[render(w) for w in archive.warnings],
    )


def export_bcf(
    app: App,
    out: str | Path,
    *,
    version: str = "2.1",
    numbers: Iterable[str] = (),
    status: Iterable[str] = (),
    issue_type: Iterable[str] = (),
    priority: Iterable[str] = (),
    assignee: str = "",
    label: str = "",
    source: str = "",
    open_only: bool = False,
    progress: Progress = NO_PROGRESS,
) -> BcfExportResult:
    """Write the issues matching the filters (all by default) as BCF ``version``."""
    require(app, Permission.EXPORT)
    if version not in VERSIONS:
        raise UserError(
            _t("BCF version {version} is not supported; use 2.1 or 3.0.", version=version)
        )
    out = Path(out).expanduser()
    filters = IssueFilter(
        status=tuple(status),
        issue_type=tuple(issue_type),
        priority=tuple(priority),
        assignee=assignee,
        label=label,
        source=source,
        open_only=open_only,
        numbers=tuple(numbers),
    )
    progress.report(None, _t("Collecting review issues"))
    records = collect_topics(app.uow(), filters)
    if not records:
        raise UserError(_t("No review issue matches; nothing was exported."))
    project = _project_of(records)
    try:
        warnings = write_bcf(out, records, version, project, part_of(progress, 0.2, 1.0).report)
    except OSError as error:
        raise UserError(
            _t("Cannot write {path}: {reason}.", path=str(out), reason=error.strerror or error)
        ) from error
    return BcfExportResult(
        path=str(out),
        version=version,
        topic_count=len(records),
        numbers=[r.issue.number for r in records],
        warnings=list(dict.fromkeys(render(w) for w in warnings)),
    )


def _existing(app: App, guids: list[str]) -> set[str]:
    """The GUIDs of topics already imported."""
    from sqlalchemy import select

    from fmdesk.review.tables import ReviewIssue

    wanted = sorted({g.lower() for g in guids})
    found: set[str] = set()
    with app.uow() as uow:
        for start in range(0, len(wanted), 500):
            chunk = wanted[start : start + 500]
            found.update(
                uow.session.scalars(select(ReviewIssue.guid).where(ReviewIssue.guid.in_(chunk)))
            )
    return found


def _project_of(records: list[Any]) -> dict[str, Any]:
    """The BCF project the issues came from when they agree on one, else a new one."""
    projects = {
        (p.get("id") or "", p.get("name") or "") for r in records if (p := r.bcf.get("project"))
    }
    if len(projects) == 1:
        project_id, name = projects.pop()
        return {"id": project_id, "name": name}
    return {"id": "", "name": "fmdesk"}
