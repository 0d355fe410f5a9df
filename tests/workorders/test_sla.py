"""SLA targets per priority: defaults, the sla.json override, and the next deadline."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from fmdesk.records.errors import InvalidInputError
from fmdesk.workorders.sla import DEFAULT_SLA, deadlines_for, load_sla_policy, next_due

T0 = datetime(2027, 1, 1, tzinfo=UTC)


def test_urgent_defaults_are_on_site_within_30_minutes() -> None:
    due = deadlines_for("urgent", T0)
    assert due.on_site_due == T0 + timedelta(minutes=30)
    assert deadlines_for("normal", T0).response_due == T0 + timedelta(hours=2)


def test_sla_file_overrides_some_targets(isolated_home: Path) -> None:
    path = isolated_home / "config" / "sla.json"
    path.parent.mkdir(parents=True)
    path.write_text(json.dumps({"urgent": {"on_site_minutes": 20}}), encoding="utf-8")
    policy = load_sla_policy()
    assert policy["urgent"].on_site == timedelta(minutes=20)
    assert policy["urgent"].response == DEFAULT_SLA["urgent"].response
    assert deadlines_for("urgent", T0, policy).on_site_due == T0 + timedelta(minutes=20)
    path.write_text("{oops", encoding="utf-8")
    with pytest.raises(InvalidInputError, match="not valid JSON"):
        load_sla_policy()
    path.write_text(json.dumps({"asap": {"on_site_minutes": 1}}), encoding="utf-8")
    with pytest.raises(InvalidInputError, match="not a priority"):
        load_sla_policy()


def test_next_due_is_the_first_unmet_deadline() -> None:
    due = (T0, T0 + timedelta(hours=1), T0 + timedelta(hours=4))
    assert next_due("reported", due, (None, None, None)) == T0
    assert next_due("accepted", due, (T0, None, None)) == T0 + timedelta(hours=1)
    assert next_due("on_site", due, (T0, T0, None)) == T0 + timedelta(hours=4)
    assert next_due("rectified", due, (T0, T0, T0)) is None
    assert next_due("cancelled", due, (None, None, None)) is None
