"""The asset register (设备台账): list, look up, create and edit assets; the asset card.

Example::

    rows = list_assets(records.uow(), AssetFilters(category="pump"))
    card = asset_card(records.uow(), "SB-01")      # or a GlobalId, a barcode, a serial number
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.orm.exc import StaleDataError

from fmdesk.i18n import _t
from fmdesk.records.documents import documents_of
from fmdesk.records.dto import AssetCard, AssetFilters, AssetRow
from fmdesk.records.errors import ConflictError, DuplicateError, InvalidInputError
from fmdesk.records.models import Asset, InspectionResult, WorkOrder
from fmdesk.records.queries import asset_history, asset_row, order_query, order_views
from fmdesk.records.uow import UnitOfWork

STATUSES = ("in_service", "standby", "faulty", "out_of_service", "retired")
CRITICALITIES = ("A", "B", "C")
EDITABLE = (
    "notes",
    "name",
    "category",
    "system",
    "storey_name",
    "space_name",
    "manufacturer",
    "model",
    "serial_number",
    "barcode",
    "install_date",
    "warranty_end",
    "status",
    "criticality",
)


def parse_date(value: str | date | None, field: str = "date") -> date | None:
    """``"2019-06-30"`` → date; an empty value → None; anything else → one clear sentence."""
    if value is None or isinstance(value, date):
        return value
    text = value.strip()
    if not text:
        return None
    try:
        return date.fromisoformat(text.replace("/", "-"))
    except ValueError as error:
        raise InvalidInputError(
            _t(
                "The {field} '{value}' is not a date; write it as YYYY-MM-DD, e.g. 2019-06-30.",
                field=field,
                value=value,
            )
        ) from error


def list_assets(uow: UnitOfWork, filters: AssetFilters | None = None) -> list[AssetRow]:
    """Assets matching ``filters`` ordered by code (text matches code, name, serial, GlobalId)."""
    filters = filters or AssetFilters()
    with uow:
        query = select(Asset).order_by(Asset.code)
        if filters.text:
            like = f"%{filters.text.strip()}%"
            query = query.where(
                or_(
                    Asset.code.ilike(like),
                    Asset.name.ilike(like),
                    Asset.serial_number.ilike(like),
                    Asset.ifc_global_id == filters.text.strip(),
                )
            )
        for column, value in (
            (Asset.category, filters.category),
            (Asset.storey_name, filters.storey),
            (Asset.status, filters.status),
        ):
            if value:
                query = query.where(column == value)
        if filters.in_model is not None:
            query = query.where(Asset.in_model == filters.in_model)
        query = query.offset(filters.offset).limit(filters.limit)
        return [asset_row(a) for a in uow.session.scalars(query).all()]


def lookup_asset(uow: UnitOfWork, scanned: str) -> AssetRow | None:
    """Resolve a scanned QR label or a typed code (or GlobalId, barcode, serial) to its asset.

    A QR label may carry ``fmdesk:asset:SB-01``; the prefix is stripped. None when unknown.
    """
    with uow:
        found = uow.assets.lookup(scanned)
        return asset_row(found) if found else None


def asset_card(uow: UnitOfWork, code_or_guid: str, history_limit: int | None = None) -> AssetCard:
    """The asset, its work orders, documents, repeated inspection findings and full history."""
    with uow:
        asset = uow.assets.get(code_or_guid)
        orders = order_views(
            uow.session,
            order_query()
            .where(WorkOrder.asset_id == asset.id)
            .order_by(WorkOrder.created_at.desc(), WorkOrder.id.desc()),
        )
        repeated = uow.session.scalars(
            select(InspectionResult.item_code)
            .where(InspectionResult.asset_id == asset.id, InspectionResult.outcome == "fail")
            .group_by(InspectionResult.item_code)
            .having(func.count() > 1)
        ).all()
        return AssetCard(
            asset=asset_row(asset),
            work_orders=orders,
            documents=documents_of(uow.session, asset_id=asset.id),
            history=asset_history(uow.session, asset.id, history_limit),
            repeated_findings=list(repeated),
        )


def create_asset(uow: UnitOfWork, code: str, name: str, category: str, **fields: Any) -> AssetRow:
    """Add an asset by hand (one not in the model, e.g. a portable pump)."""
    code = code.strip()
    if not code or not name.strip():
        raise InvalidInputError(_t("An asset needs a code and a name."))
    values = _clean_fields(fields)
    with uow:
        uow.begin_write()
        if uow.assets.by_code(code) is not None:
            raise DuplicateError(
                _t("An asset with the code '{code}' already exists; choose another.", code=code)
            )
        asset = Asset(code=code, name=name.strip(), category=category, in_model=False, **values)
        uow.assets.add(asset)
        uow.flush()
        row = asset_row(asset)
        uow.commit()
        return row


def update_asset(
    uow: UnitOfWork, code: str, expected_version: int | None = None, **fields: Any
) -> AssetRow:
    """Edit fields; a stale ``expected_version`` raises ConflictError with the fresh row."""
    values = _clean_fields(fields)
    stale = False
    try:
        with uow:
            uow.begin_write()
            asset = uow.assets.get(code)
            if expected_version is not None and asset.version != expected_version:
                stale = True
            else:
                for key, value in values.items():
                    setattr(asset, key, value)
                uow.flush()
                row = asset_row(asset)
                uow.commit()
                return row
    except StaleDataError:
        stale = True
    assert stale
    with uow:
        fresh = asset_row(uow.assets.get(code))
    raise ConflictError(
        _t(
            "Asset {code} was changed by someone else (version {version}); reload it and apply "
            "your change again.",
            code=code,
            version=fresh.version,
        ),
        fresh=fresh,
    )


def _clean_fields(fields: dict[str, Any]) -> dict[str, Any]:
    unknown = set(fields) - set(EDITABLE)
    if unknown:
        raise InvalidInputError(
            _t(
                "Unknown asset field(s) {unknown}; use {fields}.",
                unknown=list(sorted(unknown)),
                fields=list(EDITABLE),
            )
        )
    values = dict(fields)
    for key in ("install_date", "warranty_end"):
        if key in values:
            values[key] = parse_date(values[key], key.replace("_", " "))
    if "status" in values and values["status"] not in STATUSES:
        raise InvalidInputError(
            _t(
                "'{status}' is not an asset status; use one of {statuses}.",
                status=values["status"],
                statuses=list(STATUSES),
            )
        )
    if "criticality" in values and values["criticality"] not in CRITICALITIES:
        raise InvalidInputError(
            _t(
                "'{criticality}' is not a criticality; use A (critical), B or C.",
                criticality=values["criticality"],
            )
        )
    return values
