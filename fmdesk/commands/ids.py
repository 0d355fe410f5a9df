"""``fmdesk ids check MODEL [SPEC.ids] [--json] [--report FILE]``: handover data against an IDS.

Checks an IFC model against an IDS 1.0 file (buildingSMART Information Delivery
Specification; default: the FM handover IDS shipped with fmdesk, ``resources/ids/``) and prints
per specification the applicable elements, those that pass and those that fail with the
reason. Exit 0 when the check ran, whether the model passed or not; exit 2 when the IDS file is
invalid (XSD or IDS semantics) or the model cannot be opened.

JSON keys (``--json``): ``passed``, ``model``, ``ids``, ``title``, ``schema``,
``specification_count``, ``failed_specification_count``, ``specifications``: list of
``{name, description, identifier, usage, ifc_versions, passed, applicability, requirements:
[{text, text_zh, text_en, failed_count}], applicable_count, passed_count, failed_count,
applicable: [GlobalId], passed_elements: [GlobalId], failed: [{global_id, ifc_class, name,
reasons, reasons_zh, reasons_en}], note}``; with ``--report`` also ``report``; with
``--to-issues`` also ``issues`` (the numbers of the review issues created, one per failure).

``fmdesk ids default --out FILE`` writes the default FM handover IDS for editing.
"""

from __future__ import annotations

import argparse
import shutil
from pathlib import Path

from fmdesk.commands.output import print_result
from fmdesk.i18n import tr

__all__ = ["register", "run_check", "run_default"]


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add ``fmdesk ids check`` and ``fmdesk ids default``."""
    parser = subparsers.add_parser(
        "ids",
        help="check handover data against an IDS file (交付信息检查)",
        description="IDS 1.0 checks of IFC models (buildingSMART test suite conformant).",
    )
    actions = parser.add_subparsers(dest="ids_command", metavar="ACTION", required=True)
    check = actions.add_parser("check", help="check a model against an IDS file")
    check.add_argument("model", metavar="MODEL", help="IFC model (.ifc or .ifczip)")
    check.add_argument(
        "spec", metavar="SPEC.ids", nargs="?", help="IDS file (default: FM handover IDS)"
    )
    check.add_argument("--report", type=Path, help="also write report.xlsx, .html or .bcf")
    check.add_argument(
        "--to-issues", action="store_true", help="turn every failure into a review issue"
    )
    check.add_argument("--db", default=None, help="records database URL (with --to-issues)")
    check.add_argument("--user", default=None, help="who is acting (users and roles)")
    check.add_argument("--json", action="store_true", help="print machine-readable JSON")
    check.set_defaults(func=run_check)
    default = actions.add_parser("default", help="write the default FM handover IDS")
    default.add_argument("--out", type=Path, required=True, help="where to write the .ids")
    default.add_argument("--json", action="store_true", help="print machine-readable JSON")
    default.set_defaults(func=run_default)


def run_check(args: argparse.Namespace) -> int:
    """Check and print; the exit code is 0 whether or not the model passed."""
    from fmdesk.app.ids import check_ids, ids_failures_to_issues
    from fmdesk.bootstrap import bootstrap

    app = bootstrap(args.db, open_database=bool(args.to_issues), actor=args.user)
    try:
        result = check_ids(app, args.model, args.spec, report=args.report)
        issues = []
        if args.to_issues and not result.passed and any(s.failures for s in result.specifications):
            issues = ids_failures_to_issues(app, result)
    finally:
        app.close()
    data = result.to_dict()
    if args.report:
        data["report"] = str(args.report)
    if args.to_issues:
        data["issues"] = [issue.number for issue in issues]
    print_result(data, args.json, format_check(data))
    return 0


def format_check(data: dict) -> str:
    """The human-readable result: one block per specification, failures listed briefly."""
    verdict = tr("passed") if data["passed"] else tr("failed")
    lines = [f"{data['title']}: {verdict} ({data['model']}, {data['schema']})"]
    for spec in data["specifications"]:
        mark = "✓" if spec["passed"] else "✗"
        lines.append(
            f"{mark} {spec['name']}: "
            + tr(
                "{applicable} applicable, {passed} passed, {failed} failed",
                applicable=spec["applicable_count"],
                passed=spec["passed_count"],
                failed=spec["failed_count"],
            )
        )
        if spec["note"]:
            lines.append(f"    {spec['note']}")
        for failure in spec["failed"][:20]:
            lines.append(f"    {failure['global_id']} {failure['ifc_class']} {failure['name']}")
            lines += [f"      - {reason}" for reason in failure["reasons"]]
        if len(spec["failed"]) > 20:
            lines.append("    " + tr("… and {n} more", n=len(spec["failed"]) - 20))
    if data.get("report"):
        lines.append(tr("Report: {path}", path=data["report"]))
    if data.get("issues"):
        lines.append(tr("Review issues created: {n}", n=len(data["issues"])))
    return "\n".join(lines)


def run_default(args: argparse.Namespace) -> int:
    """Copy the shipped FM handover IDS to ``--out``."""
    from fmdesk.app.ids import default_ids_path

    args.out.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(default_ids_path(), args.out)
    print_result({"out": str(args.out)}, args.json, tr("Written: {path}", path=str(args.out)))
    return 0
