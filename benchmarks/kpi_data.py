"""Bulk work-order history for the KPI and report benchmarks (and the dashboard screenshot).

Writes ``count`` plausible work orders straight through the database driver (SQLite
``executemany``, PostgreSQL ``COPY``): realistic SLA behaviour per priority, a share of
preventive orders, contractors, teams, reopened orders and resident ratings. This bypasses the
work-order services on purpose: a million orders through the ORM would take an hour.
"""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta

from sqlalchemy import select, text

from fmdesk.records.database import Records
from fmdesk.records.models import Site, WorkOrder

SYSTEMS = ("生活给水系统", "排水系统", "消火栓系统", "供配电系统", "排风系统", "电梯系统")
CONTRACTORS = ("恒安电梯维保有限公司", "清泉给排水工程公司", "安盾消防技术公司", "明亮机电安装公司")
TEAMS = ("水电班", "综合维修班", "暖通班")
FAULTS = ("水泵异响", "漏水", "跳闸", "灯不亮", "堵塞", "电梯困人", "阀门渗漏", "风机异响")
# priority: (share, response min, on-site min, completion h)
PRIORITIES = {
    "urgent": (0.08, 15, 30, 4),
    "high": (0.22, 30, 120, 24),
    "normal": (0.55, 120, 1440, 72),
    "low": (0.15, 480, 4320, 168),
}
COLUMNS = [
    "site_id",
    "number",
    "title",
    "description",
    "source",
    "priority",
    "state",
    "asset_id",
    "element_global_id",
    "location",
    "reporter",
    "reporter_phone",
    "assignee_id",
    "contractor_id",
    "source_ref",
    "shutoff",
    "created_at",
    "updated_at",
    "response_due",
    "on_site_due",
    "completion_due",
    "dispatched_at",
    "accepted_at",
    "on_site_at",
    "rectified_at",
    "rechecked_at",
    "closed_at",
    "reopened_count",
    "recheck_by",
    "satisfaction_score",
    "satisfaction_comment",
    "version",
]


def seed_people_and_assets(records: Records, assets: int = 600) -> dict[str, list[int]]:
    """Contractors, teams with technicians and ``assets`` assets across the systems."""
    with records.engine.begin() as conn:
        for name in CONTRACTORS:
            conn.execute(
                text(
                    "INSERT INTO contractors (name, scope, contact_name, phone, email) "
                    "VALUES (:n, '', '', '', '')"
                ),
                {"n": name},
            )
        for team in TEAMS:
            conn.execute(text("INSERT INTO teams (name, skills) VALUES (:n, '[]')"), {"n": team})
        team_ids = [r[0] for r in conn.execute(text("SELECT id FROM teams ORDER BY id"))]
        for i in range(12):
            conn.execute(
                text(
                    "INSERT INTO technicians (name, phone, team_id, skills, home_storey, active)"
                    " VALUES (:n, '', :t, '[]', '', :a)"
                ),
                {"n": f"师傅{i + 1:02d}", "t": team_ids[i % len(team_ids)], "a": True},
            )
        now = datetime(2026, 1, 1)
        conn.execute(
            text(
                "INSERT INTO assets (code, name, category, ifc_class, predefined_type, type_name,"
                " system, storey_name, space_name, manufacturer, model, serial_number, barcode,"
                " status, criticality, notes, in_model, created_at, updated_at, version) VALUES"
                " (:c, :n, 'pump', '', '', '', :s, '', '', '', '', '', '', 'in_service', 'B', '',"
                " :m, :t, :t, 1)"
            ),
            [
                {
                    "c": f"EQ-{i:05d}",
                    "n": f"设备 {i}",
                    "s": SYSTEMS[i % len(SYSTEMS)],
                    "m": True,
                    "t": now,
                }
                for i in range(assets)
            ],
        )
        ids = {
            "contractors": [r[0] for r in conn.execute(text("SELECT id FROM contractors"))],
            "technicians": [r[0] for r in conn.execute(text("SELECT id FROM technicians"))],
            "assets": [r[0] for r in conn.execute(text("SELECT id FROM assets"))],
        }
    with records.uow() as uow:
        ids["site"] = [uow.session.scalar(select(Site.id))]
    return ids


def _order(i: int, start: datetime, span: float, now: datetime, ids, rng: random.Random):
    """One order as a tuple of COLUMNS (datetimes left as datetime)."""
    created = start + timedelta(seconds=rng.random() * span)
    priority = rng.choices(list(PRIORITIES), [p[0] for p in PRIORITIES.values()])[0]
    _, resp, onsite, done = PRIORITIES[priority]
    preventive = rng.random() < 0.2
    response_due = created + timedelta(minutes=resp)
    on_site_due = created + timedelta(minutes=onsite)
    completion_due = created + timedelta(hours=done)
    accepted = created + timedelta(minutes=resp * rng.lognormvariate(-0.6, 0.6))
    on_site = accepted + timedelta(minutes=(onsite - resp) * rng.lognormvariate(-0.7, 0.6))
    rectified = on_site + timedelta(hours=done * rng.lognormvariate(-1.6, 0.8))
    reopened = 1 if rng.random() < 0.05 else 0
    stamps = [
        created + timedelta(minutes=2),
        accepted,
        on_site,
        rectified,
        rectified + timedelta(hours=4),
        rectified + timedelta(hours=8),
    ]
    state = "closed"
    for name, stamp in zip(
        ("dispatched", "accepted", "on_site", "rectified", "rechecked", "closed"),
        stamps,
        strict=True,
    ):
        if stamp > now:
            state = {
                "dispatched": "reported",
                "accepted": "dispatched",
                "on_site": "accepted",
                "rectified": "on_site",
                "rechecked": "rectified",
                "closed": "rechecked",
            }[name]
            break
    stamps = [s if s <= now else None for s in stamps]
    score = rng.choices((5, 4, 3, 2), (0.7, 0.22, 0.06, 0.02))[0]
    rated = state in ("closed", "rechecked") and rng.random() < 0.6
    has_asset = rng.random() < 0.85
    return (
        ids["site"][0],
        f"GD-{created.year}-{i:07d}",
        rng.choice(FAULTS),
        "",
        "preventive" if preventive else rng.choice(("phone", "qr", "inspection", "walk_in")),
        priority,
        state,
        rng.choice(ids["assets"]) if has_asset else None,
        "",
        "",
        "",
        "",
        rng.choice(ids["technicians"]),
        rng.choice(ids["contractors"]) if rng.random() < 0.4 else None,
        "",
        "{}",
        created,
        created,
        response_due,
        on_site_due,
        completion_due,
        *stamps,
        reopened,
        "",
        score if rated else None,
        "",
        1,
    )


def generate_orders(
    records: Records,
    count: int,
    start: datetime,
    end: datetime,
    seed: int = 16,
    batch: int = 50_000,
) -> int:
    """Insert ``count`` orders reported between ``start`` and ``end``; returns the count."""
    ids = seed_people_and_assets(records, assets=max(600, count // 20))  # ≈ 20 orders a year each
    indexes = list(WorkOrder.__table__.indexes)
    with records.engine.begin() as conn:  # a bulk load indexes once at the end, not per row
        for index in indexes:
            index.drop(conn, checkfirst=True)
    try:
        _insert(records, count, start, end, seed, batch, ids)
    finally:
        with records.engine.begin() as conn:
            for index in indexes:
                index.create(conn, checkfirst=True)
    return count


def _insert(
    records: Records,
    count: int,
    start: datetime,
    end: datetime,
    seed: int,
    batch: int,
    ids: dict[str, list[int]],
) -> None:
    rng = random.Random(seed)
    span = (end - start).total_seconds()
    now = end
    sqlite = records.engine.dialect.name == "sqlite"
    raw = records.engine.raw_connection()
    try:
        cursor = raw.cursor()
        for first in range(0, count, batch):
            rows = [
                _order(i, start, span, now, ids, rng)
                for i in range(first, min(count, first + batch))
            ]
            if sqlite:
                cursor.executemany(
                    f"INSERT INTO work_orders ({', '.join(COLUMNS)}) "
                    f"VALUES ({', '.join('?' * len(COLUMNS))})",
                    [tuple(_sqlite_value(v) for v in row) for row in rows],
                )
            else:
                with cursor.copy(f"COPY work_orders ({', '.join(COLUMNS)}) FROM STDIN") as copy:
                    for row in rows:
                        copy.write_row(row)
        raw.commit()
    finally:
        raw.close()


def _sqlite_value(value):
    """SQLAlchemy's SQLite storage format for datetimes (naive UTC text)."""
    if isinstance(value, datetime):
        return value.astimezone(UTC).replace(tzinfo=None).isoformat(" ", "microseconds")
    return value
