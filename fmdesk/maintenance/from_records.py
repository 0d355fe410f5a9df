"""Plan assets and failure history from the records database (:mod:`fmdesk.records`).

Reads the asset register (in-service assets) and, as failures, the work orders raised against an
asset that were not cancelled and were not planned maintenance; each failure is dated by the day
the order was reported. The session stays inside this module: callers get plain dataclasses.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from fmdesk.errors import UserError
from fmdesk.i18n import _t
from fmdesk.maintenance.model import CancelCheck, Failure, PlanAsset, Progress, report_progress

if TYPE_CHECKING:
    from fmdesk.records.uow import UnitOfWork

_NOT_FAILURES = frozenset({"planned", "pm", "preventive", "plan"})
_RETIRED = frozenset({"retired", "scrapped", "removed", "disposed", "报废"})


def assets_from_records(
    url: str | None = None,
    *,
    progress: Progress | None = None,
    cancel: CancelCheck | None = None,
) -> tuple[list[PlanAsset], list[Failure]]:
    """Assets and failures of the records database at ``url`` (default: the settings' database).

    >>> assets, failures = assets_from_records("sqlite:///fm.sqlite3")  # doctest: +SKIP
    """
    try:
        from fmdesk.records.database import open_records
    except ImportError:
        raise UserError(
            _t(
                "The records database is not available yet; use --model to read the assets from "
                "an IFC model."
            )
        ) from None
    from fmdesk.settings import load_settings

    url = url or load_settings().effective_database_url()
    if url.startswith("sqlite:///"):
        from pathlib import Path

        file = Path(url.removeprefix("sqlite:///"))
        if not file.exists():
            raise UserError(
                _t(
                    "No asset register database at {file}; give an IFC model with --model or a "
                    "database with --db.",
                    file=file,
                )
            )
    records = open_records(url, upgrade=False)
    try:
        return read_plan_inputs(records.uow(), progress=progress, cancel=cancel)
    finally:
        records.dispose()


def read_plan_inputs(
    uow: UnitOfWork,
    *,
    progress: Progress | None = None,
    cancel: CancelCheck | None = None,
) -> tuple[list[PlanAsset], list[Failure]]:
    """Assets and failures through an open unit of work (the GUI passes ``app.uow()``).

    >>> assets, failures = read_plan_inputs(app.uow())  # doctest: +SKIP
    """
    from sqlalchemy import select

    from fmdesk.records.models import Asset, WorkOrder

    with uow:
        rows = uow.session.scalars(select(Asset).order_by(Asset.code)).all()
        total = len(rows)
        assets: list[PlanAsset] = []
        by_id: dict[int, str] = {}
        for number, row in enumerate(rows):
            if number % 500 == 0:
                report_progress(progress, cancel, number, total)
            by_id[row.id] = row.code
            assets.append(
                PlanAsset(
                    code=row.code,
                    name=row.name,
                    ifc_class=row.ifc_class or "",
                    predefined_type=(row.predefined_type or "").upper(),
                    type_name=row.type_name or "",
                    kind=row.category or "",
                    system=row.system or "",
                    location=" ".join(p for p in (row.storey_name, row.space_name) if p),
                    install_date=row.install_date,
                    global_id=row.ifc_global_id or "",
                    in_service=(row.status or "").lower() not in _RETIRED,
                )
            )
        orders = uow.session.execute(
            select(
                WorkOrder.asset_id, WorkOrder.created_at, WorkOrder.source, WorkOrder.state
            ).where(WorkOrder.asset_id.is_not(None))
        ).all()
        failures = [
            Failure(by_id[asset_id], _day(created))
            for asset_id, created, source, state in orders
            if asset_id in by_id
            and (state or "") != "cancelled"
            and (source or "").lower() not in _NOT_FAILURES
            and created is not None
        ]
    report_progress(progress, cancel, total, total)
    return assets, failures


def _day(value) -> date:
    return value.date() if hasattr(value, "date") else value
