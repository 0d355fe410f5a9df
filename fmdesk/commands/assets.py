"""``fmdesk assets import|list|show|lookup|add|edit|labels``: the asset register (设备台账).

JSON (``--json``): ``import`` → ``{revision_id, file_name, schema, added, changed, removed,
unchanged, spaces_added, spaces_removed, skipped_duplicate_revision}``; ``list`` → a list of
assets (``code, name, category, ifc_global_id, ifc_class, system, storey_name, space_name, …``);
``show`` → ``{asset, work_orders, documents, history, repeated_findings}``; ``lookup``, ``add``,
``edit`` → one asset (exit 2 when nothing matches); ``labels`` → ``{files, count}``.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from fmdesk.app import assets
from fmdesk.app.results import to_dict
from fmdesk.commands._labels import action_name, entity_name
from fmdesk.commands.options import add_db_arguments, app_for
from fmdesk.commands.output import print_result
from fmdesk.i18n import _t, render, tr
from fmdesk.network.labels import kind_name
from fmdesk.records.dto import AssetFilters, AssetRow

__all__ = ["register"]

FIELD_METAVARS = dict(
    {
        "criticality": _t("CRITICALITY").text,
        "manufacturer": _t("MANUFACTURER").text,
        "model": _t("MODEL").text,
        "notes": _t("NOTES").text,
        "serial_number": _t("SERIAL_NUMBER").text,
        "space_name": _t("SPACE_NAME").text,
        "status": _t("STATUS").text,
        "storey_name": _t("STOREY_NAME").text,
        "system": _t("SYSTEM").text,
        "name": _t("NAME").text,
        "category": _t("CATEGORY").text,
    }
)
"""Placeholders of the asset fields in ``--help`` (English here, translated with the parser)."""


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


def _field_options(parser: argparse.ArgumentParser) -> None:
    for field in assets.ASSET_FIELDS:
        hint = "YYYY-MM-DD" if field.endswith(("date", "end")) else FIELD_METAVARS.get(field)
        parser.add_argument(f"--{field.replace('_', '-')}", dest=field, default=None, metavar=hint)


def _fields(args: argparse.Namespace, names: tuple[str, ...]) -> dict[str, str | None]:
    return {name: getattr(args, name, None) for name in names}


def run_add(args: argparse.Namespace) -> int:
    with app_for(args) as app:
        row = assets.add_asset(
            app, args.code, args.name, args.category, **_fields(args, assets.ASSET_FIELDS)
        )
    print_result(to_dict(row), args.json, tr("Added {code} {name}", code=row.code, name=row.name))
    return 0


def run_edit(args: argparse.Namespace) -> int:
    fields = _fields(args, ("name", "category", *assets.ASSET_FIELDS))
    with app_for(args) as app:
        row = assets.edit_asset(app, args.code, args.expected_version, **fields)
    print_result(
        to_dict(row),
        args.json,
        tr("Updated {code} (version {version})", code=row.code, version=row.version),
    )
    return 0


def run_import(args: argparse.Namespace) -> int:
    with app_for(args) as app:
        report = assets.import_assets(app, args.model, include_lines=args.with_lines)
    text = tr(
        "{file} ({schema}): {added} added, {changed} changed, {removed} removed (kept, marked), "
        "{unchanged} unchanged; spaces +{spaces_added} -{spaces_removed}",
        file=report.file_name,
        schema=report.schema,
        added=len(report.added),
        changed=len(report.changed),
        removed=len(report.removed),
        unchanged=report.unchanged,
        spaces_added=report.spaces_added,
        spaces_removed=report.spaces_removed,
    )
    print_result(to_dict(report), args.json, text)
    return 0


def run_list(args: argparse.Namespace) -> int:
    filters = AssetFilters(
        text=args.text,
        category=args.category,
        storey=args.storey,
        in_model=False if args.removed else None,
        limit=args.limit,
    )
    with app_for(args) as app:
        rows = assets.list_assets(app, filters)
    print_result(to_dict(rows), args.json, _table(rows) or tr("No assets."))
    return 0


def run_show(args: argparse.Namespace) -> int:
    with app_for(args) as app:
        card = assets.show_asset(app, args.code)
    a = card.asset
    removed = "" if a.in_model else tr("(removed from model)")
    lines = [
        f"{a.code}  {a.name}  [{render(kind_name(a.category))}] {removed}",
        "  "
        + tr(
            "{storey} {space}  system: {system}",
            storey=a.storey_name,
            space=a.space_name,
            system=a.system or "-",
        ),
        "  "
        + tr(
            "{maker} {model}  serial number {serial}",
            maker=a.manufacturer,
            model=a.model,
            serial=a.serial_number or "-",
        ),
        "  "
        + tr(
            "installed {installed}  warranty until {warranty}",
            installed=a.install_date or "-",
            warranty=a.warranty_end or "-",
        ),
        "  "
        + tr(
            "work orders: {orders}  documents: {documents}",
            orders=len(card.work_orders),
            documents=len(card.documents),
        ),
    ]
    lines += [
        f"  {h.at:%Y-%m-%d %H:%M} {h.actor} {render(entity_name(h.entity))} "
        f"{render(action_name(h.action))} {h.note}".rstrip()
        for h in card.history[:20]
    ]
    print_result(to_dict(card), args.json, "\n".join(lines))
    return 0


def run_lookup(args: argparse.Namespace) -> int:
    with app_for(args) as app:
        row = assets.lookup_asset(app, args.text)
    print_result(to_dict(row), args.json, f"{row.code}  {row.name}  {row.storey_name}")
    return 0


def run_labels(args: argparse.Namespace) -> int:
    with app_for(args) as app:
        sheet = assets.print_labels(
            app, args.out, codes=args.codes, category=args.category, storey=args.storey
        )
    text = tr("{count} labels written to {files}", count=sheet.count, files=sheet.files)
    print_result(sheet.to_dict(), args.json, text)
    return 0


def _table(rows: list[AssetRow]) -> str:
    return "\n".join(
        f"{r.code:<14} {render(kind_name(r.category)):<8} {r.storey_name:<4} {r.name}"
        + ("" if r.in_model else "  " + tr("(removed)"))
        for r in rows
    )
