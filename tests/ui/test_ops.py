"""The background-operation runner and the change bus, on real Qt widgets."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtWidgets import QMainWindow

from fmdesk.app import Change
from fmdesk.errors import UserError
from fmdesk.ui.changes import ChangeBus
from fmdesk.ui.ops import OperationRunner


@pytest.fixture
def runner(qtbot):
    window = QMainWindow()
    qtbot.addWidget(window)
    bus = ChangeBus(window)
    ops = OperationRunner(window.statusBar(), bus, window)
    yield ops, bus
    ops.shutdown()


def test_result_arrives_on_the_gui_thread_then_changes_are_published(qtbot, runner) -> None:
    ops, bus = runner
    seen: list[object] = []
    gui = threading.current_thread()
    bus.work_orders.connect(lambda: seen.append("work_orders signal"))
    bus.changed.connect(lambda kinds: seen.append(kinds))

    def work(progress):
        progress.report(0.5, "half")
        return threading.current_thread()

    def success(thread):
        seen.append(("result", thread is not gui, threading.current_thread() is gui))

    with qtbot.waitSignal(ops.finished, timeout=5000):
        ops.run("Work", work, success, changes=[Change.WORK_ORDERS])
    assert seen == [("result", True, True), frozenset({Change.WORK_ORDERS}), "work_orders signal"]


def test_user_error_is_one_sentence_and_publishes_nothing(qtbot, runner) -> None:
    ops, bus = runner
    published: list[object] = []
    bus.changed.connect(published.append)
    errors: list[BaseException] = []

    def work(progress):
        raise UserError("No work order is numbered WO-9.")

    with qtbot.waitSignal(ops.finished, timeout=5000):
        ops.run("Work", work, changes=[Change.ASSETS], on_error=errors.append)
    assert ops.last_error == "No work order is numbered WO-9."
    assert [str(e) for e in errors] == ["No work order is numbered WO-9."]
    assert published == []


def test_a_keyed_operation_can_start_again_from_its_own_result(qtbot, runner) -> None:
    """The planning race of wave one: the job was released when its thread ended, so a new one
    started from the result's slot was refused. The key is free once the result is delivered."""
    ops, _ = runner
    started: list[object] = []

    def again(_result):
        started.append(ops.run("Second", lambda p: 2, key="planning"))

    with qtbot.waitSignal(ops.finished, timeout=5000):
        ops.run("First", lambda p: 1, again, key="planning")
    assert started and started[0] is not None
    qtbot.waitUntil(lambda: not ops.is_busy(), timeout=5000)


def test_cancel_stops_work_at_its_next_check(qtbot, runner) -> None:
    ops, _ = runner
    release = threading.Event()
    outcome: list[str] = []

    def work(progress):
        release.wait(5)
        progress.check_cancelled()
        outcome.append("ran to the end")

    op = ops.run("Slow", work, lambda _r: outcome.append("success"))
    op.cancel()
    with qtbot.waitSignal(ops.finished, timeout=5000):
        release.set()
    assert outcome == []
    assert "cancelled" in ops.status_bar.currentMessage()


def test_a_superseding_operation_drops_the_older_result(qtbot, runner) -> None:
    """A newer filter's rows win even when the older query finishes last."""
    ops, _ = runner
    release = threading.Event()
    shown: list[str] = []

    def slow(progress):
        release.wait(5)
        return "old"

    first = ops.run("Rows", slow, shown.append, key="rows", quiet=True)
    assert ops.run("Rows", lambda p: "refused", shown.append, key="rows") is None
    with qtbot.waitSignal(ops.finished, timeout=5000):
        ops.run("Rows", lambda p: "new", shown.append, key="rows", quiet=True, supersede=True)
    release.set()
    qtbot.waitUntil(lambda: first.progress.cancelled and not ops.is_busy(), timeout=5000)
    qtbot.wait(100)
    assert shown == ["new"]


def test_quiet_errors_go_to_the_status_bar_without_a_message_box(
    qtbot, runner, monkeypatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    ops, _ = runner
    boxes: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: boxes.append(a[2]))

    def fail(progress):
        raise UserError("The database is locked.")

    with qtbot.waitSignal(ops.finished, timeout=5000):
        ops.run("Refresh", fail, quiet=True)
    assert boxes == [] and ops.status_bar.currentMessage() == "The database is locked."
    assert not ops.widget.isVisible()


def test_a_result_for_a_deleted_widget_is_dropped(qtbot, runner) -> None:
    from PySide6.QtWidgets import QLabel

    ops, _ = runner
    label = QLabel()
    release = threading.Event()
    op = ops.run("Save", lambda p: release.wait(5) and "saved", label.setText)
    assert op is not None
    label.deleteLater()
    qtbot.wait(50)
    with qtbot.waitSignal(ops.finished, timeout=5000):
        release.set()
    assert ops.last_error is None
