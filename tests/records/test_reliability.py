"""Several workstations and crashes: no lost update, no partial record, unique numbers."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import threading
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm.exc import StaleDataError

from fmdesk.records.assets import create_asset, update_asset
from fmdesk.records.database import Records
from fmdesk.records.errors import ConflictError
from fmdesk.records.models import Asset, History, WorkOrder
from fmdesk.records.uow import UnitOfWork
from fmdesk.workorders.service import advance_work_order, create_work_order, get_work_order

Factory = Callable[..., UnitOfWork]


def test_two_sessions_saving_the_same_order_the_second_gets_a_conflict(
    uow_factory: Factory,
) -> None:
    create_asset(uow_factory(), "SB-01", "生活水泵1#", "pump")
    order = create_work_order(uow_factory(), "漏水", asset="SB-01")
    first, second = uow_factory("工作站A"), uow_factory("工作站B")
    with first:
        a = first.work_orders.get(order.number)
        a.title = "漏水（A 修改）"
        # B reads the same version while A's change is not yet saved
        with second:
            b = second.work_orders.get(order.number)
            b_version = b.version
            second.rollback()
        first.commit()
    assert b_version == order.version
    with pytest.raises(ConflictError, match="changed by someone else") as caught:
        advance_work_order(
            uow_factory("工作站B"), order.number, "cancelled", expected_version=b_version
        )
    assert caught.value.fresh.title == "漏水（A 修改）"
    assert get_work_order(uow_factory(), order.number).state == "reported"


def test_concurrent_flush_of_a_stale_row_is_refused_not_overwritten(
    records: Records, uow_factory: Factory
) -> None:
    """Two live sessions hold version 1; the later UPDATE matches no row (version_id_col).

    SQLite refuses the stale writer even earlier: its snapshot is older than the last commit.
    """
    create_asset(uow_factory(), "SB-01", "生活水泵1#", "pump")
    a, b = uow_factory("A"), uow_factory("B")
    with a, b:
        asset_a, asset_b = a.assets.get("SB-01"), b.assets.get("SB-01")
        asset_a.manufacturer = "格兰富"
        asset_b.manufacturer = "威乐"
        a.commit()
        with pytest.raises(
            StaleDataError if records.engine.dialect.name != "sqlite" else OperationalError
        ):
            b.flush()
    with uow_factory() as uow:
        assert uow.assets.get("SB-01").manufacturer == "格兰富"


def test_asset_edit_with_stale_version_keeps_the_first_save(uow_factory: Factory) -> None:
    row = create_asset(uow_factory(), "SB-01", "生活水泵1#", "pump")
    update_asset(uow_factory("A"), "SB-01", expected_version=row.version, manufacturer="格兰富")
    with pytest.raises(ConflictError) as caught:
        update_asset(uow_factory("B"), "SB-01", expected_version=row.version, manufacturer="威乐")
    assert caught.value.fresh.manufacturer == "格兰富"


WRITER = textwrap.dedent(
    """
    import sys, time
    from fmdesk.records.database import open_records
    from fmdesk.workorders.service import create_work_order
    from fmdesk.records.models import WorkOrder
    records = open_records(sys.argv[1], upgrade=False)
    with records.uow("killed") as uow:
        for i in range(50):
            uow.session.add(WorkOrder(site_id=1, number=f"KILL-{i}", title="half"))
        uow.flush()
        print("flushed", flush=True)
        time.sleep(60)
        uow.commit()
    """
)


def test_killed_writer_leaves_no_partial_record(records: Records, tmp_path: Path) -> None:
    script = tmp_path / "writer.py"
    script.write_text(WRITER, encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])}
    proc = subprocess.Popen(
        [sys.executable, str(script), records.url], stdout=subprocess.PIPE, text=True, env=env
    )
    try:
        assert proc.stdout is not None
        assert proc.stdout.readline().strip() == "flushed"
        os.kill(proc.pid, signal.SIGKILL)
    finally:
        proc.wait(timeout=30)
    assert proc.returncode == -signal.SIGKILL
    with records.uow() as uow:
        assert uow.session.scalar(select(func.count()).select_from(WorkOrder)) == 0
        assert uow.session.scalar(select(func.count()).select_from(History)) == 0
    # and the database is usable straight away (no stale lock left behind)
    assert create_asset(records.uow(), "SB-01", "生活水泵1#", "pump").code == "SB-01"


def test_concurrent_creation_gives_unique_consecutive_numbers(
    records: Records, uow_factory: Factory
) -> None:
    create_asset(uow_factory(), "SB-01", "生活水泵1#", "pump")
    numbers: list[str] = []
    errors: list[BaseException] = []

    def worker() -> None:
        try:
            for _ in range(8):
                numbers.append(create_work_order(uow_factory(), "并发", asset="SB-01").number)
        except BaseException as error:  # surfaced below
            errors.append(error)

    threads = [threading.Thread(target=worker) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert len(numbers) == len(set(numbers)) == 32
    year = numbers[0].split("-")[1]
    assert sorted(numbers) == [f"GD-{year}-{i:06d}" for i in range(1, 33)]
    with uow_factory() as uow:
        assert uow.session.scalar(select(func.count()).select_from(Asset)) == 1
