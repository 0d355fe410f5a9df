"""Repair and preventive-maintenance orders of the generated history (报修与计划保养).

Repairs arrive as a Poisson stream (a few a day, more in summer), on a resident's flat or on
equipment by category weight; equipment in a contract's scope goes to that contractor, the rest
to an in-house technician with the skill. Preventive orders follow each contract's rhythm
(电梯半月保, 消防月检, 水泵月保) and the in-house monthly switchboard round.
"""

from __future__ import annotations

import math
from datetime import timedelta
from typing import Any

from sqlalchemy.orm import Session

from fmdesk.operations.history_catalogue import (
    CATEGORY_WEIGHTS,
    FAULTS,
    FLAT_FAULTS,
    PREVENTIVE,
    PRIORITY_WEIGHTS,
    REPORTERS,
)
from fmdesk.operations.history_context import HistoryContext, local_time
from fmdesk.operations.history_orders import insert_acceptances, insert_orders

REPAIRS_PER_DAY = 2.6


def generate_repairs(session: Session, ctx: HistoryContext, check: Any = None) -> dict[str, int]:
    """Insert the history's repair and preventive orders and their acceptances."""
    rows: list[dict[str, Any]] = []
    day = ctx.start
    while day < ctx.end:
        season = 1.0 + 0.35 * math.sin((day.timetuple().tm_yday - 100) / 365 * 2 * math.pi)
        for _ in range(_poisson(ctx, REPAIRS_PER_DAY * season)):
            rows.append(_repair(ctx, local_time(ctx.rng, day)))
        if day.day in (1, 16):
            rows.extend(_preventive(ctx, day))
        day += timedelta(days=1)
        if check is not None and day.day == 1:
            check()
    rows = [r for r in rows if r["created_at"] < ctx.end]
    inserted = insert_orders(session, rows)
    staff = {cid: f"{name[:4]} 维保员" for cid, name in ctx.contractor_names.items()}
    acceptances = insert_acceptances(session, ctx.rng, inserted, staff, ctx.end)
    preventive = sum(1 for _, r in inserted if r["source"] == "preventive")
    return {
        "repair_orders": len(inserted) - preventive,
        "preventive_orders": preventive,
        "acceptances": acceptances,
        "ratings": sum(1 for _, r in inserted if r["satisfaction_score"] is not None),
    }


def _repair(ctx: HistoryContext, created) -> dict[str, Any]:
    rng = ctx.rng
    categories = [c for c in CATEGORY_WEIGHTS if c == "flat" or ctx.assets.get(c)]
    category = rng.choices(categories, [CATEGORY_WEIGHTS[c] for c in categories])[0]
    priority = rng.choices(list(PRIORITY_WEIGHTS), list(PRIORITY_WEIGHTS.values()))[0]
    reporter = rng.choice(["业主", "住户"]) if category == "flat" else rng.choice(REPORTERS)
    if category == "flat" or not ctx.assets.get(category):
        space_id, where = rng.choice(ctx.flats) if ctx.flats else (None, "")
        return ctx.factory.make(
            created,
            f"{where} {rng.choice(FLAT_FAULTS)}".strip(),
            priority=priority,
            source=rng.choice(("phone", "phone", "qr", "walk_in")),
            space_id=space_id,
            location=where,
            reporter=reporter,
            assignee_id=ctx.technician_for("civil"),
        )
    asset = rng.choice(ctx.assets[category])
    contractor = ctx.contractor_for.get(category)
    return ctx.factory.make(
        created,
        f"{asset.name} {rng.choice(FAULTS.get(category, ['故障']))}",
        priority=priority,
        source=rng.choice(("phone", "qr", "walk_in")),
        asset_id=asset.id,
        space_id=asset.space_id,
        element_global_id=asset.global_id,
        location=asset.location,
        reporter=reporter,
        contractor_id=contractor,
        assignee_id=None if contractor else ctx.technician_for(category),
    )


def _preventive(ctx: HistoryContext, day) -> list[dict[str, Any]]:
    rows = []
    for category, title, per_month in PREVENTIVE:
        if per_month == 1 and day.day != 1:
            continue
        for asset in ctx.assets.get(category, []):
            contractor = ctx.contractor_for.get(category)
            created = day + timedelta(hours=1, minutes=ctx.rng.uniform(0, 30))
            rows.append(
                ctx.factory.make(
                    created,
                    f"{asset.name} {title}",
                    priority="low",
                    source="preventive",
                    asset_id=asset.id,
                    space_id=asset.space_id,
                    element_global_id=asset.global_id,
                    location=asset.location,
                    reporter="计划保养",
                    contractor_id=contractor,
                    assignee_id=None if contractor else ctx.technician_for(category),
                    completion_due=created + timedelta(days=7),
                    source_ref=f"pm:{asset.code}:{created:%Y-%m-%d}",
                )
            )
    return rows


def _poisson(ctx: HistoryContext, mean: float) -> int:
    """Knuth's method: the number of repairs reported on one day."""
    limit, count, product = math.exp(-mean), 0, ctx.rng.random()
    while product > limit:
        count += 1
        product *= ctx.rng.random()
    return count
