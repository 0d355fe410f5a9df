"""``fmdesk lifecycle (--model IFC | --db URL) [--asset CODE] [--overrides CSV]``: 寿命估算.

For each asset: reference service life and its source, the ISO 15686 factors A–G with their
meaning, estimated life, install date and its source, age, remaining life, end-of-life year,
recommended replacement year, and the basis in words (Weibull fit of the group's failures, or
the library when the history is too thin).

JSON (``--json``): ``{as_of, cards: [{asset_code, asset_name, reference_life, reference_source,
factors: [{letter, meaning, meaning_en, value, source}], estimated_life, install_date,
install_source, age_years, remaining_years, end_of_life_year, replacement_year,
reliability_next_year, basis, replacement_cost, cost_basis}]}``.
"""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from fmdesk.commands.options import add_json_argument, app_for
from fmdesk.commands.output import print_result

__all__ = ["register", "run"]


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add ``fmdesk lifecycle``."""
    parser = subparsers.add_parser(
        "lifecycle",
        help="lifecycle estimates (寿命估算): service life, ISO 15686 factors, end-of-life year",
        description="Estimate service life, age, remaining life and replacement year per asset.",
    )
    source = parser.add_mutually_exclusive_group()
    source.add_argument("--model", type=Path, help="IFC model to take the assets from")
    source.add_argument("--db", metavar="URL", help="records database URL (default: settings)")
    parser.add_argument("--user", default=None, help="who is acting (users and roles)")
    parser.add_argument(
        "--overrides", type=Path, help="life overrides and ISO 15686 factors per asset/group (CSV)"
    )
    parser.add_argument("--asset", action="append", help="only this asset code (repeatable)")
    parser.add_argument("--year", type=int, default=date.today().year + 1, help="as of 1 January")
    add_json_argument(parser)
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from fmdesk.app.lifecycle import estimate_lifecycles

    with app_for(args, open_database=False) as app:
        report = estimate_lifecycles(
            app,
            date(args.year, 1, 1),
            model=args.model,
            overrides=args.overrides,
            assets=args.asset or (),
        )
    lines = []
    for card in report.cards:
        life = f"{card.estimated_life:g} 年" if card.estimated_life is not None else "未知"
        end = card.end_of_life_year or "—"
        lines.append(f"{card.asset_code} {card.asset_name}: 寿命 {life}，到期 {end}；{card.basis}")
    print_result(report.to_dict(), args.json, "\n".join(lines) or "没有设备")
    return 0
