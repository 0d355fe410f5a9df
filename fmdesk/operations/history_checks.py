"""Inspection rounds and quality checks of the generated history (巡检与品质检查).

The plant room (B1) is walked weekly and the ground floor monthly; an item fails now and then
and opens a rectification order at once, a failure already found on the same asset counted as
repeated. The quality department checks monthly: a few findings, each with its rectification
order to the contractor responsible; an item found again on the same asset or by the same
contractor within a year is repeated (屡查屡犯); in a contractor's bad months one finding is a
concealed fault (隐瞒故障), which the contract penalises.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from fmdesk.operations.history_catalogue import QUALITY_ITEMS
from fmdesk.operations.history_context import HistoryContext
from fmdesk.operations.history_orders import CHUNK, insert_orders
from fmdesk.operations.quality import PREFIX as FINDING_PREFIX
from fmdesk.operations.quality_tables import QualityFinding, QualityPlan
from fmdesk.records.models import (
    Asset,
    Document,
    InspectionResult,
    InspectionRound,
    InspectionRoute,
    InspectionStop,
    NumberSequence,
)
from fmdesk.workorders.numbering import format_number
from fmdesk.workorders.templates import load_templates, template_for

ROUTES = {"B1 机房周巡": ("B1", 7), "1F 公共区域月巡": ("1F", 30)}
INSPECTORS = ("巡检员 何伟", "巡检员 吕强")
FAIL_RATE = 0.012
REPEAT_WINDOW = timedelta(days=365)


def generate_inspections(session: Session, ctx: HistoryContext) -> dict[str, int]:
    """Routes (when missing), rounds, results and the orders of the failed items."""
    templates = load_templates()
    rounds: list[dict[str, Any]] = []
    plan: list[tuple[int, datetime, list[tuple[int, str, Any]]]] = []
    for name, (storey, every) in ROUTES.items():
        route = _route(session, name, storey, templates)
        if route is None:
            continue
        stops = _stops(session, route.id, templates)
        day = ctx.start + timedelta(days=ctx.rng.randrange(every))
        while day < ctx.end - timedelta(hours=12):
            started = day + timedelta(hours=1, minutes=ctx.rng.uniform(0, 60))  # 9 h Beijing
            rounds.append(
                {
                    "route_id": route.id,
                    "inspector": ctx.rng.choice(INSPECTORS),
                    "state": "completed",
                    "started_at": started,
                    "finished_at": started + timedelta(minutes=ctx.rng.uniform(40, 90)),
                }
            )
            plan.append((route.id, started, stops))
            day += timedelta(days=every)
    table = InspectionRound.__table__
    round_ids: list[int] = []
    for first in range(0, len(rounds), CHUNK):
        result = session.execute(
            insert(table).returning(table.c.id, sort_by_parameter_order=True),
            rounds[first : first + CHUNK],
        )
        round_ids.extend(result.scalars().all())
    results, orders = _results(ctx, round_ids, plan)
    inserted = insert_orders(session, [o for o, _ in orders])  # sorted by time in place
    order_ids = {id(row): order_id for order_id, row in inserted}
    for order, result in orders:
        result["work_order_id"] = order_ids[id(order)]
    for first in range(0, len(results), CHUNK):
        session.execute(insert(InspectionResult.__table__), results[first : first + CHUNK])
    return {
        "inspection_rounds": len(rounds),
        "inspection_results": len(results),
        "inspection_orders": len(inserted),
    }


def _results(ctx: HistoryContext, round_ids: list[int], plan: list) -> tuple[list, list]:
    results: list[dict[str, Any]] = []
    orders: list[tuple[dict[str, Any], dict[str, Any]]] = []
    failures: dict[tuple[int, str], int] = {}
    for round_id, (_, started, stops) in zip(round_ids, plan, strict=True):
        at = started
        for asset, _checklist, item, name, location, gid in stops:
            at += timedelta(seconds=40)
            failed = ctx.rng.random() < FAIL_RATE
            before = failures.get((asset, item.code), 0)
            row = {
                "round_id": round_id,
                "asset_id": asset,
                "item_code": item.code,
                "item_text": item.text,
                "outcome": "fail" if failed else "pass",
                "note": "",
                "recorded_at": at,
                "work_order_id": None,
                "repeat_count": before if failed else 0,
            }
            results.append(row)
            if not failed:
                continue
            failures[(asset, item.code)] = before + 1
            repeat = f"（屡查屡犯：第 {before + 1} 次）" if before else ""
            contractor = None
            order = ctx.factory.make(
                at,
                f"巡检发现：{name} {item.text}不符合{repeat}",
                priority=item.priority,
                source="inspection",
                asset_id=asset,
                element_global_id=gid,
                location=location,
                reporter=INSPECTORS[0],
                contractor_id=contractor,
                assignee_id=ctx.technician_for("civil"),
                completion_due=at + timedelta(hours=item.rectify_hours),
                source_ref=f"round:{round_id}:{item.code}",
            )
            orders.append((order, row))
    return results, orders


def _route(session: Session, name: str, storey: str, templates) -> InspectionRoute | None:
    route = session.scalar(select(InspectionRoute).where(InspectionRoute.name == name))
    if route is not None:
        return route
    assets = session.scalars(
        select(Asset)
        .where(Asset.storey_name == storey, Asset.removed_revision_id.is_(None))
        .order_by(Asset.code)
    ).all()
    if not assets:
        return None
    route = InspectionRoute(name=name, storey_name=storey, space_name="")
    session.add(route)
    session.flush()
    for seq, asset in enumerate(assets, start=1):
        session.add(
            InspectionStop(
                route_id=route.id,
                seq=seq,
                asset_id=asset.id,
                checklist=template_for(templates, asset.category).name,
            )
        )
    session.flush()
    return route


def _stops(session: Session, route_id: int, templates) -> list[tuple]:
    rows = session.execute(
        select(InspectionStop, Asset)
        .join(Asset, InspectionStop.asset_id == Asset.id)
        .where(InspectionStop.route_id == route_id)
        .order_by(InspectionStop.seq)
    ).all()
    stops = []
    for stop, asset in rows:
        template = templates.get(stop.checklist) or template_for(templates, asset.category)
        for item in template.items:
            stops.append(
                (
                    asset.id,
                    template.name,
                    item,
                    asset.name,
                    asset.space_name or asset.storey_name,
                    asset.ifc_global_id or "",
                )
            )
    return stops


def generate_quality(session: Session, ctx: HistoryContext) -> dict[str, int]:
    """Monthly check plans with their findings and rectification orders."""
    categories = [c for c in QUALITY_ITEMS if ctx.assets.get(c)]
    findings: list[dict[str, Any]] = []
    orders: list[dict[str, Any]] = []
    plans = 0
    month = ctx.start.replace(day=1) + timedelta(days=32)
    month = month.replace(day=1)
    concealed_done: set[tuple[int, str]] = set()
    while month + timedelta(days=15) < ctx.end:
        found = month + timedelta(days=14, hours=2)
        name = f"{found:%Y-%m} 月度品质检查"
        plan_id = _plan(session, name, found.date())
        if plan_id is None:
            month = (month + timedelta(days=32)).replace(day=1)
            continue
        plans += 1
        for n in range(ctx.rng.randint(2, 5)):
            category = _finding_category(ctx, categories)
            asset = ctx.rng.choice(ctx.assets[category])
            contractor = ctx.contractor_for.get(category)
            bad = ctx.factory.is_bad(contractor, found)
            key = (contractor or 0, f"{found:%Y-%m}")
            concealed = bad and key not in concealed_done
            if concealed:
                concealed_done.add(key)
            item = "隐瞒故障：故障未上报" if concealed else ctx.rng.choice(QUALITY_ITEMS[category])
            at = found + timedelta(minutes=25 * n)
            deadline = at + timedelta(hours=72)
            orders.append(
                ctx.factory.make(
                    at,
                    f"品质检查整改：{item}",
                    priority="normal",
                    source="inspection",
                    asset_id=asset.id,
                    element_global_id=asset.global_id,
                    location=asset.location,
                    reporter="品质部 刘工",
                    contractor_id=contractor,
                    assignee_id=None if contractor else ctx.technician_for(category),
                    completion_due=deadline,
                )
            )
            findings.append(
                {
                    "plan_id": plan_id,
                    "asset_id": asset.id,
                    "element_global_id": asset.global_id,
                    "contractor_id": contractor,
                    "item": item,
                    "description": "",
                    "severity": "major"
                    if concealed
                    else ctx.rng.choice(("minor", "minor", "major")),
                    "concealed": concealed,
                    "photo_ids": [],
                    "found_by": "品质部 刘工",
                    "found_at": at,
                    "deadline": deadline,
                }
            )
        month = (month + timedelta(days=32)).replace(day=1)
    _count_repeats(findings)
    inserted = insert_orders(session, orders)
    by_ref = {id(row): order_id for order_id, row in inserted}
    for finding, order in zip(findings, orders, strict=True):
        _follow_order(finding, order, by_ref[id(order)])
    _number_findings(session, ctx.site_id, findings)
    _attach_photos(session, ctx, findings)
    for first in range(0, len(findings), CHUNK):
        session.execute(insert(QualityFinding.__table__), findings[first : first + CHUNK])
    return {
        "check_plans": plans,
        "findings": len(findings),
        "repeated_findings": sum(
            1 for f in findings if f["element_repeats"] or f["contractor_repeats"]
        ),
    }


def _attach_photos(session: Session, ctx: HistoryContext, findings: list[dict[str, Any]]) -> None:
    """One site photo per finding, stored once (content-addressed) in the documents store and
    linked to the finding's rectification order."""
    if ctx.blobs is None or not findings:
        return
    data = site_photo()
    sha = ctx.blobs.put(session, data)
    rows = [
        {
            "sha256": sha,
            "file_name": f"{f['number']}.png",
            "mime_type": "image/png",
            "size": len(data),
            "doc_type": "photo",
            "title": f"{f['number']} {f['item']}",
            "storage": ctx.blobs.kind,
            "asset_id": f["asset_id"],
            "space_id": None,
            "work_order_id": f["work_order_id"],
            "element_global_id": f["element_global_id"],
            "doc_date": f["found_at"].date(),
            "uploaded_by": f["found_by"],
            "uploaded_at": f["found_at"],
        }
        for f in findings
    ]
    table = Document.__table__
    ids = (
        session.execute(insert(table).returning(table.c.id, sort_by_parameter_order=True), rows)
        .scalars()
        .all()
    )
    for finding, doc_id in zip(findings, ids, strict=True):
        finding["photo_ids"] = [doc_id]


def site_photo(width: int = 160, height: int = 120) -> bytes:
    """A small grey-blue PNG standing in for the checker's photo (made here, no file needed)."""
    import struct
    import zlib

    raw = b"".join(
        b"\x00" + bytes(v for x in range(width) for v in (90 + x // 4, 110 + y // 3, 130))
        for y in range(height)
    )

    def chunk(kind: bytes, body: bytes) -> bytes:
        block = kind + body
        return struct.pack(">I", len(body)) + block + struct.pack(">I", zlib.crc32(block))

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(raw, 9))
        + chunk(b"IEND", b"")
    )


def _finding_category(ctx: HistoryContext, categories: list[str]) -> str:
    """Half the findings on contracted equipment, half anywhere (by how much there is)."""
    contracted = [c for c in categories if c in ctx.contractor_for]
    if contracted and ctx.rng.random() < 0.5:
        return ctx.rng.choice(contracted)
    return ctx.rng.choices(categories, [len(ctx.assets[c]) for c in categories])[0]


def _plan(session: Session, name: str, day: date) -> int | None:
    if session.scalar(
        select(func.count()).select_from(QualityPlan).where(QualityPlan.name == name)
    ):
        return None
    plan = QualityPlan(
        name=name, planned_on=day, checker="品质部 刘工", scope="1号楼 公共区域及设备", state="done"
    )
    session.add(plan)
    session.flush()
    return plan.id


def _count_repeats(findings: list[dict[str, Any]]) -> None:
    """Earlier findings of the same item on the same asset / by the same contractor in a year."""
    for i, finding in enumerate(findings):
        since = finding["found_at"] - REPEAT_WINDOW
        earlier = [
            f for f in findings[:i] if f["found_at"] >= since and f["item"] == finding["item"]
        ]
        finding["element_repeats"] = sum(1 for f in earlier if f["asset_id"] == finding["asset_id"])
        finding["contractor_repeats"] = sum(
            1
            for f in earlier
            if finding["contractor_id"] is not None
            and f["contractor_id"] == finding["contractor_id"]
        )


def _follow_order(finding: dict[str, Any], order: dict[str, Any], order_id: int) -> None:
    """The finding's state follows its rectification order's."""
    finding["work_order_id"] = order_id
    state = order["state"]
    finding["rectified_at"] = order["rectified_at"]
    finding["rectify_note"] = "已整改" if order["rectified_at"] else ""
    finding["recheck_by"] = order["recheck_by"]
    finding["rechecked_at"] = order["rechecked_at"]
    finding["recheck_verdict"] = "pass" if order["rechecked_at"] else ""
    finding["recheck_count"] = 1 if order["rechecked_at"] else 0
    finding["closed_at"] = order["closed_at"]
    finding["state"] = {"closed": "closed", "rechecked": "rechecked", "rectified": "rectified"}.get(
        state, "open"
    )


def _number_findings(session: Session, site_id: int, findings: list[dict[str, Any]]) -> None:
    taken: dict[int, int] = dict(
        session.execute(
            select(NumberSequence.year, NumberSequence.last_value).where(
                NumberSequence.site_id == site_id, NumberSequence.prefix == FINDING_PREFIX
            )
        ).all()
    )
    for finding in findings:
        year = finding["found_at"].year
        taken[year] = taken.get(year, 0) + 1
        finding["number"] = format_number(FINDING_PREFIX, year, taken[year])
    for year, value in taken.items():
        row = session.get(NumberSequence, (site_id, FINDING_PREFIX, year))
        if row is None:
            session.add(
                NumberSequence(site_id=site_id, prefix=FINDING_PREFIX, year=year, last_value=value)
            )
        else:
            row.last_value = value
    session.flush()
