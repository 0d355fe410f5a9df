"""``fmdesk docs add|list|get``: documents and photos (档案) linked to assets, spaces, orders.

JSON: ``add`` → the document (``id, sha256, file_name, mime_type, size, doc_type, title,
asset_code, space_name, work_order_number, element_global_id, uploaded_at, uploaded_by``);
``list`` → a list of them; ``get`` → ``{id, out, size}``.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from fmdesk.app import documents
from fmdesk.app.results import to_dict
from fmdesk.commands.options import add_db_arguments, app_for
from fmdesk.commands.output import print_result
from fmdesk.records.documents import DOC_TYPES

__all__ = ["register"]


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "docs",
        help="documents and photos: add, list, get",
        description="Documents (合格证, 检测报告, 隐蔽工程影像, photos…) stored by SHA-256.",
    )
    actions = parser.add_subparsers(dest="docs_command", metavar="ACTION", required=True)

    add = actions.add_parser("add", help="store a file and link it")
    add.add_argument("file", type=Path)
    add.add_argument("--type", dest="doc_type", required=True, choices=sorted(DOC_TYPES))
    add.add_argument("--title", default="")
    _links(add)
    add_db_arguments(add)
    add.set_defaults(func=run_add)

    lst = actions.add_parser("list", help="documents linked to something")
    _links(lst)
    add_db_arguments(lst)
    lst.set_defaults(func=run_list)

    get = actions.add_parser("get", help="write a stored document to a file")
    get.add_argument("id", type=int)
    get.add_argument("--out", type=Path, required=True)
    get.add_argument("--force", action="store_true", help="overwrite an existing file")
    add_db_arguments(get)
    get.set_defaults(func=run_get)


def _links(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--asset", default=None, help="asset code")
    parser.add_argument("--space", default=None, help="flat or room name, or space GlobalId")
    parser.add_argument("--wo", default=None, help="work-order number")
    parser.add_argument("--element", default=None, help="model element GlobalId")


def run_add(args: argparse.Namespace) -> int:
    with app_for(args) as app:
        doc = documents.attach_document(
            app,
            args.file,
            args.doc_type,
            title=args.title,
            asset=args.asset,
            space=args.space,
            work_order=args.wo,
            element_global_id=args.element or "",
        )
    print_result(to_dict(doc), args.json, f"Stored #{doc.id} {doc.file_name} ({doc.sha256[:12]}…)")
    return 0


def run_list(args: argparse.Namespace) -> int:
    with app_for(args) as app:
        docs = documents.list_documents(
            app,
            asset=args.asset,
            work_order=args.wo,
            space=args.space,
            element_global_id=args.element,
        )
    text = "\n".join(
        f"#{d.id:<5} {DOC_TYPES[d.doc_type]:<8} {d.file_name}  {d.uploaded_at:%Y-%m-%d}"
        for d in docs
    )
    print_result(to_dict(docs), args.json, text or "No documents.")
    return 0


def run_get(args: argparse.Namespace) -> int:
    with app_for(args) as app:
        copy = documents.export_document(app, args.id, args.out, force=args.force)
    print_result(copy.to_dict(), args.json, f"Wrote {copy.size} bytes to {copy.out}")
    return 0
