"""History notes are stored as message ids and read in the reader's language; old rows too."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import insert, select

from fmdesk.i18n import set_language
from fmdesk.records.database import Records
from fmdesk.records.models import History
from fmdesk.records.notes import read_note, store_note
from fmdesk.records.types import utcnow
from fmdesk.workorders.service import advance_work_order, create_work_order, work_order_card


@pytest.fixture
def chinese_then_english() -> None:
    yield
    set_language(None)


def _notes(records: Records, number: str, language: str) -> list[str]:
    set_language(language)
    return [h.note for h in work_order_card(records.uow(), number).history]


def test_work_order_history_reads_in_the_readers_language(
    records: Records, chinese_then_english: None
) -> None:
    from fmdesk.records.people import add_technician

    add_technician(records.uow(), "李师傅", ["plumbing"])
    order = create_work_order(records.uow("值班员"), "卫生间漏水", source="phone")
    advance_work_order(records.uow(), order.number, "dispatched", assignee="李师傅", note="请尽快")

    assert _notes(records, order.number, "en") == [
        "Reported via phone call.",
        "assignee 李师傅, 请尽快",
    ]
    assert _notes(records, order.number, "zh_CN") == ["通过电话报修。", "维修工 李师傅、请尽快"]
    with records.engine.connect() as connection:
        stored = (
            connection.execute(
                select(History.note).where(History.entity == "work_order").order_by(History.id)
            )
            .scalars()
            .first()
        )
    assert json.loads(stored)["msg"] == "Reported via {source}."  # the id, not a rendered text


def test_old_plain_english_rows_still_display(records: Records, chinese_then_english: None) -> None:
    order = create_work_order(records.uow(), "水泵异响", source="phone")
    with records.engine.begin() as connection:  # a row as written before notes were messages
        connection.execute(
            insert(History).values(
                at=utcnow(),
                actor="值班员",
                entity="work_order",
                entity_id=order.id,
                action="update",
                changes={},
                note="reported via phone",
            )
        )
    assert _notes(records, order.number, "zh_CN") == ["通过电话报修。", "reported via phone"]


def test_typed_notes_are_kept_as_written() -> None:
    assert store_note("请尽快") == "请尽快"
    assert read_note("请尽快", "en") == "请尽快"
    assert read_note('{"msg": broken', "zh_CN") == '{"msg": broken'
    assert read_note(None) == ""
