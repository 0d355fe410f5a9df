"""The login dialog, the current user in the status bar and Tools → Verify the audit trail."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from fmdesk.app.context import set_signed_in
from fmdesk.app.users import add_user
from fmdesk.bootstrap import bootstrap

TIMEOUT = 20000


@pytest.fixture(autouse=True)
def signed_out() -> Iterator[None]:
    """A login is process-wide: forget it after each test."""
    yield
    set_signed_in(None)


def test_single_user_database_opens_without_a_login(make_window, qtbot) -> None:
    window = make_window("en", with_geometry=False)
    feature = window.security_feature
    qtbot.waitUntil(lambda: feature.choices is not None, timeout=TIMEOUT)
    assert feature.choices.single_user and feature.dialog is None
    assert feature.user_label.text() == "Single-user mode"


def test_login_remembers_the_user_and_audit_verifies(make_window, qtbot) -> None:
    app = bootstrap()
    add_user(app, "boss", "admin", password="pw-boss")
    app.actor, app.password = "boss", "pw-boss"
    add_user(app, "调度王", "dispatcher", password="pw-1")
    app.close()

    window = make_window("zh_CN", with_geometry=False)
    feature = window.security_feature
    qtbot.waitUntil(lambda: feature.dialog is not None, timeout=TIMEOUT)
    dialog = feature.dialog
    assert dialog.isVisible() and dialog.name_box.count() == 2
    dialog.name_box.setCurrentText("调度王")
    dialog.password_edit.setText("wrong")
    dialog.accept()
    qtbot.waitUntil(lambda: dialog.error_label.isVisible(), timeout=TIMEOUT)
    assert "调度王" in dialog.error_label.text() and window.app.actor == "调度王"
    dialog.password_edit.setText("pw-1")
    dialog.accept()
    qtbot.waitUntil(lambda: feature.dialog is None, timeout=TIMEOUT)
    assert "调度王" in feature.user_label.text() and "调度" in feature.user_label.text()
    later = bootstrap(open_database=False)  # a feature's own App, built after the login
    assert later.actor == "调度王" and later.password == "pw-1"

    feature.audit_action.trigger()
    qtbot.waitUntil(lambda: feature.last_audit is not None, timeout=TIMEOUT)
    assert feature.last_audit.ok and feature.last_audit.rows >= 2


def test_the_remembered_user_is_offered_next_time(make_window, qtbot) -> None:
    from fmdesk.ui.login.controller import REMEMBERED_KEY
    from fmdesk.ui.ui_settings import ui_settings

    app = bootstrap()
    add_user(app, "boss", "admin")
    app.close()
    ui_settings().setValue(REMEMBERED_KEY, "boss")
    window = make_window("en", with_geometry=False)
    feature = window.security_feature
    qtbot.waitUntil(lambda: feature.dialog is not None, timeout=TIMEOUT)
    assert feature.dialog.name() == "boss"
    feature.dialog.accept()
    qtbot.waitUntil(lambda: feature.dialog is None, timeout=TIMEOUT)
    assert feature.user_label.text() == "User: boss (admin)"


def test_users_dialog_adds_the_first_admin_then_others(make_window, qtbot) -> None:
    window = make_window("en", with_geometry=False)
    feature = window.security_feature
    qtbot.waitUntil(lambda: feature.choices is not None, timeout=TIMEOUT)
    feature.users_action.trigger()
    dialog = feature.users_dialog
    qtbot.waitUntil(lambda: dialog.users is not None, timeout=TIMEOUT)
    assert dialog.users.single_user and dialog.table.rowCount() == 0
    dialog.name_edit.setText("张经理")
    dialog.role_box.setCurrentIndex(dialog.role_box.findData("technician"))
    dialog.add_button.click()
    qtbot.waitUntil(lambda: "add one first" in dialog.message.text(), timeout=TIMEOUT)
    dialog.role_box.setCurrentIndex(dialog.role_box.findData("admin"))
    dialog.add_button.click()
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1, timeout=TIMEOUT)
    assert window.app.actor == "张经理" and "张经理" in feature.user_label.text()
    dialog.name_edit.setText("李工")
    dialog.role_box.setCurrentIndex(dialog.role_box.findData("technician"))
    dialog.add_button.click()
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 2, timeout=TIMEOUT)
    dialog.table.selectRow(1)
    dialog.toggle_button.click()
    qtbot.waitUntil(
        lambda: (
            dialog.table.item(1, 2) is not None and dialog.table.item(1, 2).text() == "disabled"
        ),
        timeout=TIMEOUT,
    )
    dialog.table.selectRow(0)
    dialog.password_edit.setText("new-pw")
    dialog.password_button.click()
    qtbot.waitUntil(lambda: "Saved: 张经理" in dialog.message.text(), timeout=TIMEOUT)
    from fmdesk.records.users import find_user

    assert find_user(window.app.uow(), "张经理")[1].startswith("$argon2id$")
    qtbot.waitUntil(lambda: not window.ops.is_busy("security.users"), timeout=TIMEOUT)
    assert window.app.password == "new-pw"  # still signed in after changing one's own password
    window.app.actor = "李工"
    dialog.name_edit.setText("王五")
    dialog.add_button.click()
    qtbot.waitUntil(lambda: "disabled" in dialog.message.text(), timeout=TIMEOUT)
    dialog.close()
