"""``fmdesk samples --history``: years of records on the imported sample, fast and repeatable,
with contractor scores that show penalties and cards (SQLite and PostgreSQL)."""

from __future__ import annotations

import json
import time
from datetime import date

import pytest
from sqlalchemy import func, select

from fmdesk.app.assets import import_assets
from fmdesk.app.contractors import monthly_scores
from fmdesk.app.history_samples import CONTRIBUTORS, generate_history
from fmdesk.errors import UserError
from fmdesk.operations.quality_tables import QualityFinding
from fmdesk.records.documents import read_document
from fmdesk.records.models import InspectionResult, WorkOrder
from tests.conftest import SAMPLES
from tests.operations import contract_fixtures

app = contract_fixtures.app  # fixtures shared by the contractor/quality tests
english_messages = contract_fixtures.english_messages

SAMPLE = SAMPLES / "sample_residential_ifc4.ifc"
UNTIL = date(2026, 12, 1)


def _fingerprint(app) -> list:
    with app.uow() as uow:
        return [
            tuple(row)
            for row in uow.session.execute(
                select(
                    WorkOrder.number,
                    WorkOrder.title,
                    WorkOrder.state,
                    WorkOrder.created_at,
                    WorkOrder.satisfaction_score,
                )
                .order_by(WorkOrder.number)
                .limit(400)
            )
        ]


def test_two_years_of_history_in_seconds_with_cards_and_penalties(app) -> None:
    with pytest.raises(UserError, match="import the sample"):
        generate_history(app, 2, until=UNTIL)
    import_assets(app, SAMPLE)
    started = time.perf_counter()
    report = generate_history(app, 2, seed=7, until=UNTIL)
    seconds = time.perf_counter() - started
    assert seconds < 30, seconds  # bulk inserts: a few seconds on an idle machine
    counts = report.counts
    assert counts["repair_orders"] > 1500 and counts["preventive_orders"] > 500
    assert counts["inspection_results"] > 5000 and counts["findings"] > 40
    assert counts["acceptances"] > 1000 and counts["ratings"] > 1000
    assert report.start.date() == date(2024, 12, 1) and report.end.date() == UNTIL
    with app.uow() as uow:
        s = uow.session
        query = select(WorkOrder.state, func.count()).group_by(WorkOrder.state)
        states = {state: n for state, n in s.execute(query).all()}
        assert states["closed"] > 2000 and states.get("cancelled", 0) > 10
        assert sum(v for k, v in states.items() if k not in ("closed", "cancelled")) > 0
        late = s.scalar(select(func.count()).where(WorkOrder.accepted_at > WorkOrder.response_due))
        assert 100 < late < 0.3 * sum(states.values())  # some breaches, not most
        assert s.scalar(select(func.max(WorkOrder.created_at))).date() < UNTIL
        assert s.scalar(select(func.count()).where(InspectionResult.outcome == "fail")) > 50
        assert s.scalar(select(func.count()).where(QualityFinding.concealed.is_(True))) >= 2
        photo = s.scalar(select(QualityFinding.photo_ids).limit(1))[0]
    assert read_document(app.uow(), photo).startswith(b"\x89PNG")
    # The mechanical contractor fails three months in a row (red), the lift one the last two.
    last = {s.contractor: s for s in monthly_scores(app, "2026-11")}
    red = last["润泽机电工程有限公司"]
    assert red.card == "red" and red.penalty_yuan > 0 and red.sla_breaches > 0
    assert red.backup_suppliers == ["众诚机电安装有限公司"]
    assert last["恒通电梯维保有限公司"].card == "yellow"
    assert {s.card for s in monthly_scores(app, "2026-08")} == {"none"}
    assert last["安盾消防技术服务有限公司"].card == "none"
    assert len(last) == 3
    # Make run calls it every time: a database with orders is left alone.
    assert generate_history(app, 2, until=UNTIL, if_empty=True).skipped
    with pytest.raises(UserError, match="already has the generated history"):
        generate_history(app, 2, until=UNTIL)


def test_the_same_seed_gives_the_same_history(app, records) -> None:
    import_assets(app, SAMPLE)
    generate_history(app, 1, seed=11, until=UNTIL)
    first = _fingerprint(app)
    from tests.fixtures_db import empty_database

    empty_database(records)
    import_assets(app, SAMPLE)
    generate_history(app, 1, seed=11, until=UNTIL)
    assert _fingerprint(app) == first and len(first) == 400


def test_contributors_are_a_list_others_can_extend() -> None:
    assert callable(CONTRIBUTORS[0]) and len(CONTRIBUTORS) >= 4


def test_the_cli_generates_history_and_scores(tmp_path, capsys) -> None:
    from fmdesk.cli import main

    url = f"sqlite:///{(tmp_path / 'demo.sqlite3').as_posix()}"
    assert main(["assets", "import", str(SAMPLE), "--db", url]) == 0
    capsys.readouterr()
    assert main(["samples", "--history", "1", "--db", url, "--until", "2026-12-01", "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["counts"]["repair_orders"] > 500 and not report["skipped"]
    assert main(["contractors", "score", "--month", "2026-11", "--db", url, "--json"]) == 0
    scores = json.loads(capsys.readouterr().out)
    lift = next(s for s in scores if s["contractor"] == "恒通电梯维保有限公司")
    assert lift["card"] == "yellow" and lift["penalty_yuan"] > 0
    assert main(["contractors", "cards", "--month", "2026-11", "--db", url]) == 0
    out = capsys.readouterr().out
    assert "恒通电梯维保有限公司" in out and "yellow card" in out
    assert main(["samples", "--history", "1", "--db", url, "--if-empty"]) == 0
    assert main(["contractors", "score", "--month", "2026-13", "--db", url]) == 2


def test_the_history_summary_names_what_was_made_in_chinese() -> None:
    """``samples --history`` printed its count keys raw (``teams 2, repair_orders 899``)
    inside a Chinese sentence."""
    from fmdesk.commands.samples import _count_label
    from fmdesk.i18n import current_language, set_language

    keys = ["teams", "technicians", "contractors", "contracts", "repair_orders"]
    keys += ["preventive_orders", "acceptances", "ratings", "inspection_rounds"]
    keys += ["inspection_results", "inspection_orders", "check_plans", "findings"]
    keys += ["repeated_findings", "meter_readings"]
    before = current_language()
    set_language("zh_CN")
    try:
        labels = [_count_label(key) for key in keys]
    finally:
        set_language(before)
    assert all(
        label != key and not label.isascii() for label, key in zip(labels, keys, strict=True)
    )
