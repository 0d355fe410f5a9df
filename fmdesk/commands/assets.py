"""``fmdesk assets import|list|show|lookup|add|edit|labels``: the asset register (设备台账)."""

from __future__ import annotations

import argparse
from pathlib import Path

from fmdesk.commands.options import add_db_arguments, open_app
from fmdesk.commands.output import print_result
from fmdesk.errors import UserError
from fmdesk.exports.qr_labels import LabelData, write_label_sheet
from fmdesk.records.assets import asset_card, create_asset, list_assets, lookup_asset, update_asset
from fmdesk.records.dto import AssetFilters, AssetRow, to_json
from fmdesk.records.model_import import import_assets


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "assets",
        help="asset register: import from a model, list, show, look up, QR labels",
        description="The asset register (设备台账), linked to model elements by GlobalId.",
    )
    actions = parser.add_subparsers(dest="assets_command", metavar="ACTION", required=True)

    imp = actions.add_parser("import", help="create or update assets from an IFC model")
    imp.add_argument("model", type=Path, help="an .ifc or .ifczip file")
    imp.add_argument(
        "--with-lines", action="store_true", help="also register pipes, cables and ducts"
    )
    add_db_arguments(imp)
    imp.set_defaults(func=run_import)

    lst = actions.add_parser("list", help="list assets")
    lst.add_argument("--category", default="", help="e.g. pump, valve, distribution_board")
    lst.add_argument("--storey", default="", help="storey name, e.g. B1")
    lst.add_argument("--text", default="", help="part of the code, name or serial number")
    lst.add_argument("--removed", action="store_true", help="only assets gone from the model")
    lst.add_argument("--limit", type=int, default=1000)
    add_db_arguments(lst)
    lst.set_defaults(func=run_list)

    show = actions.add_parser("show", help="one asset with its work orders and history")
    show.add_argument("code", help="asset code, GlobalId, barcode or serial number")
    add_db_arguments(show)
    show.set_defaults(func=run_show)

    look = actions.add_parser("lookup", help="resolve a scanned QR label or typed code")
    look.add_argument("text")
    add_db_arguments(look)
    look.set_defaults(func=run_lookup)

    add = actions.add_parser("add", help="register an asset by hand (one not in the model)")
    add.add_argument("code")
    add.add_argument("--name", required=True)
    add.add_argument("--category", required=True, help="e.g. pump, valve, lift")
    _field_options(add)
    add_db_arguments(add)
    add.set_defaults(func=run_add)

    edit = actions.add_parser("edit", help="change an asset's fields")
    edit.add_argument("code")
    edit.add_argument("--name", default=None)
    edit.add_argument("--category", default=None)
    _field_options(edit)
    edit.add_argument("--expected-version", type=int, default=None)
    add_db_arguments(edit)
    edit.set_defaults(func=run_edit)

    labels = actions.add_parser("labels", help="print a sheet of QR labels (PDF or PNG)")
    labels.add_argument("codes", nargs="*", help="asset codes (default: all matching filters)")
    labels.add_argument("--category", default="")
    labels.add_argument("--storey", default="")
    labels.add_argument("--out", type=Path, required=True, help="labels.pdf or labels.png")
    add_db_arguments(labels)
    labels.set_defaults(func=run_labels)


FIELD_OPTIONS = (
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


def _field_options(parser: argparse.ArgumentParser) -> None:
    for field in FIELD_OPTIONS:
        hint = "YYYY-MM-DD" if field.endswith(("date", "end")) else None
        parser.add_argument(f"--{field.replace('_', '-')}", dest=field, default=None, metavar=hint)


def _fields(args: argparse.Namespace, names: tuple[str, ...]) -> dict[str, str]:
    return {name: getattr(args, name) for name in names if getattr(args, name, None) is not None}


def run_add(args: argparse.Namespace) -> int:
    """JSON: the asset (AssetRow keys)."""
    app = open_app(args)
    try:
        row = create_asset(
            app.uow(), args.code, args.name, args.category, **_fields(args, FIELD_OPTIONS)
        )
    finally:
        app.close()
    print_result(to_json(row), args.json, f"Added {row.code} {row.name}")
    return 0


def run_edit(args: argparse.Namespace) -> int:
    """JSON: the asset after the change."""
    fields = _fields(args, ("name", "category", *FIELD_OPTIONS))
    if not fields:
        raise UserError("Nothing to change; pass at least one field, e.g. --status faulty.")
    app = open_app(args)
    try:
        row = update_asset(app.uow(), args.code, args.expected_version, **fields)
    finally:
        app.close()
    print_result(to_json(row), args.json, f"Updated {row.code} (version {row.version})")
    return 0


def run_import(args: argparse.Namespace) -> int:
    """JSON keys: revision_id, file_name, schema, added, changed, removed, unchanged,
    spaces_added, spaces_removed, skipped_duplicate_revision."""
    app = open_app(args)
    try:
        report = import_assets(app.uow(), args.model, include_lines=args.with_lines)
    finally:
        app.close()
    text = (
        f"{report.file_name} ({report.schema}): {len(report.added)} added, "
        f"{len(report.changed)} changed, {len(report.removed)} removed (kept, marked), "
        f"{report.unchanged} unchanged; spaces +{report.spaces_added} -{report.spaces_removed}"
    )
    print_result(to_json(report), args.json, text)
    return 0


def run_list(args: argparse.Namespace) -> int:
    """JSON: a list of assets (keys of AssetRow: code, name, category, ifc_global_id, …)."""
    app = open_app(args)
    try:
        filters = AssetFilters(
            text=args.text,
            category=args.category,
            storey=args.storey,
            in_model=False if args.removed else None,
            limit=args.limit,
        )
        rows = list_assets(app.uow(), filters)
    finally:
        app.close()
    print_result(to_json(rows), args.json, _table(rows) or "No assets.")
    return 0


def run_show(args: argparse.Namespace) -> int:
    """JSON keys: asset, work_orders, documents, history, repeated_findings."""
    app = open_app(args)
    try:
        card = asset_card(app.uow(), args.code)
    finally:
        app.close()
    a = card.asset
    lines = [
        f"{a.code}  {a.name}  [{a.category}] {'' if a.in_model else '(removed from model)'}",
        f"  {a.storey_name} {a.space_name}  system: {a.system}",
        f"  {a.manufacturer} {a.model}  SN {a.serial_number}",
        f"  installed {a.install_date or '-'}  warranty until {a.warranty_end or '-'}",
        f"  work orders: {len(card.work_orders)}  documents: {len(card.documents)}",
    ]
    lines += [f"  {h.at:%Y-%m-%d %H:%M} {h.actor} {h.entity} {h.action}" for h in card.history[:20]]
    print_result(to_json(card), args.json, "\n".join(lines))
    return 0


def run_lookup(args: argparse.Namespace) -> int:
    """JSON: the asset (AssetRow keys) or null; exit 2 when nothing matches."""
    app = open_app(args)
    try:
        row = lookup_asset(app.uow(), args.text)
    finally:
        app.close()
    if row is None:
        raise UserError(f"No asset matches '{args.text}'; check the label or the code.")
    print_result(to_json(row), args.json, f"{row.code}  {row.name}  {row.storey_name}")
    return 0


def run_labels(args: argparse.Namespace) -> int:
    """JSON keys: files, count."""
    app = open_app(args)
    try:
        if args.codes:
            rows = []
            for code in args.codes:
                row = lookup_asset(app.uow(), code)
                if row is None:
                    raise UserError(f"No asset has the code '{code}'; check 'fmdesk assets list'.")
                rows.append(row)
        else:
            filters = AssetFilters(category=args.category, storey=args.storey, limit=10000)
            rows = list_assets(app.uow(), filters)
    finally:
        app.close()
    files = write_label_sheet([label_for(r) for r in rows], args.out)
    data = {"files": [str(f) for f in files], "count": len(rows)}
    print_result(data, args.json, f"{len(rows)} labels written to {', '.join(data['files'])}")
    return 0


def label_for(row: AssetRow) -> LabelData:
    """The label of an asset: its code (QR), name and place."""
    return LabelData(
        row.code, row.name, " ".join(p for p in (row.storey_name, row.space_name) if p)
    )


def _table(rows: list[AssetRow]) -> str:
    return "\n".join(
        f"{r.code:<14} {r.category:<18} {r.storey_name:<4} {r.name}"
        + ("" if r.in_model else "  (removed)")
        for r in rows
    )
