"""Use cases of the asset register (设备台账): import from a model, find, show, add, edit, label.

The same calls serve ``fmdesk assets …``, the register/card/search panels and the tests::

    report = import_assets(app, "ifc_samples/sample_residential_ifc4.ifc")
    card = show_asset(app, "SB-01")
    labels = print_labels(app, Path("labels.pdf"), codes=["SB-01"])
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from fmdesk.app.context import App
from fmdesk.app.permissions import Permission
from fmdesk.app.progress import NO_PROGRESS, Progress
from fmdesk.app.results import Result
from fmdesk.app.users import require
from fmdesk.i18n import _t
from fmdesk.records.dto import AssetCard, AssetFilters, AssetRow, ImportReport
from fmdesk.records.errors import InvalidInputError, NotFoundError

__all__ = [
    "ASSET_FIELDS",
    "LabelSheet",
    "RegisterData",
    "add_asset",
    "edit_asset",
    "find_asset",
    "import_assets",
    "list_assets",
    "load_register",
    "lookup_asset",
    "print_labels",
    "show_asset",
]

ASSET_FIELDS = (
    "storey_name",
    "space_name",
    "manufacturer",
    "model",
    "serial_number",
    "install_date",
    "warranty_end",
    "status",
    "criticality",
    "notes",
)
"""Fields an asset can be given when it is added or edited (besides name and category)."""

WHOLE_REGISTER = 100_000


@dataclass(frozen=True)
class LabelSheet(Result):
    """The label files written and how many labels they hold."""

    files: list[str]
    count: int


@dataclass(frozen=True)
class RegisterData:
    """What the register panel shows: the rows the filters select, and (when asked) the whole
    register behind them, for the filter choices and the GlobalId index."""

    everything: list[AssetRow] | None
    shown: list[AssetRow]


def import_assets(
    app: App, model: str | Path, include_lines: bool = False, progress: Progress = NO_PROGRESS
) -> ImportReport:
    """Create or update the register and the spaces from the model at ``model``.

    ``include_lines`` also registers pipes, cables and ducts. A bad file is one sentence and
    nothing is written. Cancel is honoured until the register starts being updated.
    """
    require(app, Permission.MODEL_IMPORT)
    from fmdesk.records.model_import import import_assets as run_import

    def say(message: str) -> None:
        if not message.startswith("updating"):
            progress.check_cancelled()
        progress.report(None, message)

    return run_import(app.uow(), Path(model), include_lines=include_lines, progress=say)


def list_assets(app: App, filters: AssetFilters | None = None) -> list[AssetRow]:
    """Assets matching ``filters``, by code."""
    from fmdesk.app.validation import check_limit
    from fmdesk.records.assets import list_assets as query

    check_limit(filters.limit if filters is not None else None)
    return query(app.uow(), filters)


def load_register(app: App, filters: AssetFilters, whole: bool = True) -> RegisterData:
    """The filtered rows, plus the whole register when ``whole`` (after an import or at
    start-up; a filter change needs only the rows)."""
    everything = list_assets(app, AssetFilters(limit=WHOLE_REGISTER)) if whole else None
    if everything is not None and filters == AssetFilters(limit=filters.limit):
        return RegisterData(everything, everything)
    return RegisterData(everything, list_assets(app, filters))


def show_asset(app: App, code: str) -> AssetCard:
    """One asset with its work orders, documents, history and repeated findings (by code,
    GlobalId, barcode or serial number)."""
    from fmdesk.records.assets import asset_card

    return asset_card(app.uow(), code)


def find_asset(app: App, text: str) -> AssetRow | None:
    """The asset a scanned QR label or typed code names, or None."""
    from fmdesk.records.assets import lookup_asset as lookup

    return lookup(app.uow(), text)


def lookup_asset(app: App, text: str) -> AssetRow:
    """The asset a scanned QR label or typed code names; one sentence when none does."""
    row = find_asset(app, text)
    if row is None:
        raise NotFoundError(
            _t("No asset matches '{text}'; check the label or the code.", text=text)
        )
    return row


def add_asset(app: App, code: str, name: str, category: str, **fields: Any) -> AssetRow:
    """Register an asset by hand (one that is not in the model)."""
    require(app, Permission.ASSET_EDIT)
    from fmdesk.app.validation import check_columns
    from fmdesk.records.assets import create_asset
    from fmdesk.records.models import Asset

    given = _given(fields)
    check_columns(Asset, {"code": code, "name": name, "category": category, **given})
    return create_asset(app.uow(), code, name, category, **given)


def edit_asset(app: App, code: str, expected_version: int | None = None, **fields: Any) -> AssetRow:
    """Change an asset's fields (refused when someone saved it since ``expected_version``)."""
    require(app, Permission.ASSET_EDIT)
    from fmdesk.app.validation import check_columns
    from fmdesk.records.assets import update_asset
    from fmdesk.records.models import Asset

    changes = check_columns(Asset, _given(fields))
    if not changes:
        raise InvalidInputError(
            _t("Nothing to change; pass at least one field, e.g. --status faulty.")
        )
    return update_asset(app.uow(), code, expected_version, **changes)


def print_labels(
    app: App,
    out: Path,
    codes: Sequence[str] = (),
    category: str = "",
    storey: str = "",
) -> LabelSheet:
    """A sheet of QR labels (PDF, or PNG pages) for ``codes``, else for every asset matching
    ``category`` and ``storey``."""
    from fmdesk.exports.qr_labels import LabelData, write_label_sheet

    if codes:
        rows = [_asset_by_code(app, code) for code in codes]
    else:
        rows = list_assets(
            app, AssetFilters(category=category, storey=storey, limit=WHOLE_REGISTER)
        )
    labels = [
        LabelData(r.code, r.name, " ".join(p for p in (r.storey_name, r.space_name) if p))
        for r in rows
    ]
    files = write_label_sheet(labels, Path(out))
    return LabelSheet([str(f) for f in files], len(rows))


def _asset_by_code(app: App, code: str) -> AssetRow:
    row = find_asset(app, code)
    if row is None:
        raise NotFoundError(
            _t("No asset has the code '{code}'; check 'fmdesk assets list'.", code=code)
        )
    return row


def _given(fields: dict[str, Any]) -> dict[str, Any]:
    """Only the fields the caller actually set (None means "leave as it is")."""
    return {name: value for name, value in fields.items() if value is not None}
