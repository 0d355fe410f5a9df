"""Handover inspection use cases (承接查验): start, check items, findings as review issues,
revisit rechecks, the archive of handed-over documents and the warranty reminders.

A failed checklist item (or a failed recheck) opens a review issue of type 承接查验问题
(``handover``) on the element or space concerned and links its number to the item, so the
finding is tracked like every other review issue and can become a 返修 work order.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from fmdesk.app.dates import parse_day
from fmdesk.app.permissions import Permission
from fmdesk.app.users import require
from fmdesk.handover import inspection
from fmdesk.handover.archive import ArchiveEntry, archive_document, archive_index
from fmdesk.handover.inspection import CheckView, HandoverView, RecheckView
from fmdesk.handover.warranty import Reminder, warranty_reminders

if TYPE_CHECKING:
    from fmdesk.app.context import App

__all__ = [
    "archive_handover_document",
    "check_handover_item",
    "handover_archive",
    "handover_reminders",
    "list_handovers",
    "parse_day",
    "recheck_risk_point",
    "show_handover",
    "start_handover",
]


def start_handover(
    app: App,
    name: str,
    delivered_on: date,
    *,
    systems: list[str] | None = None,
    spaces: list[str] | None = None,
    model_file: str = "",
    builder: str = "",
) -> HandoverView:
    """Create a handover with its checklist and the rechecks of its risk points."""
    require(app, Permission.HANDOVER_EDIT)
    return inspection.start_handover(
        app.uow(),
        name,
        delivered_on,
        systems=systems,
        spaces=spaces,
        model_file=model_file,
        builder=builder,
    )


def check_handover_item(
    app: App,
    handover: str,
    item_code: str,
    status: str,
    *,
    target: str = "",
    note: str = "",
    element_global_id: str = "",
    priority: str = "normal",
) -> tuple[CheckView, str]:
    """Record an item's result; a failure becomes a review issue. Returns the item and the
    issue number ("" when none was opened)."""
    require(app, Permission.HANDOVER_EDIT)
    check = inspection.record_check(
        app.uow(),
        handover,
        item_code,
        status,
        target=target,
        note=note,
        element_global_id=element_global_id,
    )
    if status != "fail" or check.issue_number:
        return check, check.issue_number
    number = _open_issue(
        app,
        handover,
        check.item,
        check.item_code,
        note,
        element_global_id,
        priority,
        inspection.STEPS[check.step].render("zh_CN"),
    )
    inspection.link_issue(app.uow(), check.id, number)
    return check, number


def recheck_risk_point(
    app: App, handover: str, recheck_id: int, result: str, done_on: date, note: str = ""
) -> tuple[RecheckView, str]:
    """Record a revisit recheck; a failure becomes a review issue."""
    require(app, Permission.HANDOVER_EDIT)
    recheck = inspection.complete_recheck(app.uow(), recheck_id, result, done_on, note)
    if result != "fail":
        return recheck, ""
    number = _open_issue(
        app,
        handover,
        recheck.item,
        recheck.item_code,
        note,
        "",
        "high",
        inspection.STEPS[7].render("zh_CN"),
    )
    inspection.link_issue(app.uow(), recheck.check_id, number, recheck_id=recheck.id)
    return recheck, number


def _open_issue(
    app: App,
    handover: str,
    item: str,
    code: str,
    note: str,
    element: str,
    priority: str,
    step: str,
) -> str:
    from fmdesk.app.review import create_review_issue

    issue = create_review_issue(
        app,
        title=f"{item}"[:200],
        element_ids=[element] if element else [],
        issue_type="handover",
        priority=priority,
        labels=["承接查验", step],
        description=note or item,
        source="handover",
        source_ref=f"{handover} / {code}",
    )
    return issue.number


def show_handover(app: App, name: str) -> HandoverView:
    return inspection.handover_view(app.uow(), name)


def list_handovers(app: App) -> list[HandoverView]:
    return inspection.list_handovers(app.uow())


def archive_handover_document(
    app: App, source: Path, doc_type: str, doc_date: date | None, **links: Any
) -> Any:
    """File a handover document (隐蔽工程影像, 合格证, 检测报告, 验收记录) with its date."""
    require(app, Permission.HANDOVER_EDIT)
    return archive_document(app.uow(), source, doc_type, doc_date, **links)


def handover_archive(
    app: App, *, asset: str = "", space: str = "", element_global_id: str = ""
) -> list[ArchiveEntry]:
    return archive_index(app.uow(), asset=asset, space=space, element_global_id=element_global_id)


def handover_reminders(
    app: App, today: date | None = None, horizon_days: int = 60
) -> list[Reminder]:
    """Warranty ends, revisit periods and rechecks falling due."""
    return warranty_reminders(app.uow(), today or date.today(), horizon_days)
