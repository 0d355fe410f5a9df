"""Users in the main window: the login at start-up, the current user in the status bar, and
Tools → Verify the audit trail / Switch user.

With no user in the records database (the embedded SQLite default) nothing is asked: the window
opens in single-user mode, as before. Otherwise the login dialog opens (not blocking the window
from painting); the name is remembered per workstation in ``ui.ini``, never the password.
Permissions are checked by the use cases, so a refused action shows its one sentence like any
other error.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMessageBox

from fmdesk.app.audit import AuditResult, verify
from fmdesk.app.context import App, set_signed_in
from fmdesk.app.users import LoginChoices, authenticate, login_choices, role_label
from fmdesk.ui.dialogs import error_sentence
from fmdesk.ui.login.dialog import LoginDialog
from fmdesk.ui.login.users_dialog import UsersDialog
from fmdesk.ui.shell import Shell
from fmdesk.ui.status_bar import ElidedLabel
from fmdesk.ui.ui_settings import ui_settings

REMEMBERED_KEY = "login/user"
LOGIN_KEY = "security.login"


class SecurityController(QObject):
    """Owns the login dialog, the user label and the audit action of one window."""

    def __init__(self, window: Shell) -> None:
        super().__init__(window)  # type: ignore[arg-type]
        self.window = window
        self.dialog: LoginDialog | None = None
        self.choices: LoginChoices | None = None
        self.last_audit: AuditResult | None = None
        self.user_label = ElidedLabel(window)  # type: ignore[arg-type]
        self.user_label.setObjectName("currentUser")
        window.status.addPermanentWidget(self.user_label)
        self.audit_action = QAction(window)  # type: ignore[arg-type]
        self.audit_action.setObjectName("security_audit_verify")
        self.audit_action.triggered.connect(self.verify_audit)
        self.switch_action = QAction(window)  # type: ignore[arg-type]
        self.switch_action.setObjectName("security_switch_user")
        self.switch_action.triggered.connect(self.ask_login)
        self.users_action = QAction(window)  # type: ignore[arg-type]
        self.users_action.setObjectName("security_users")
        self.users_action.triggered.connect(self.show_users)
        self.users_dialog: UsersDialog | None = None
        menu = window.menus.tools_menu
        menu.addSeparator()
        menu.addAction(self.users_action)
        menu.addAction(self.switch_action)
        menu.addAction(self.audit_action)
        self.retranslate()
        window.language_changed.connect(self.retranslate)
        self.check_login()

    def retranslate(self) -> None:
        self.users_action.setText(self.tr("Users and roles…"))
        self.switch_action.setText(self.tr("Sign in as another user…"))
        self.audit_action.setText(self.tr("Verify the audit trail…"))

    # -- login -----------------------------------------------------------------------------

    def check_login(self) -> None:
        """Ask the database whether it has users (in the background)."""
        app = self.window.app
        self.window.ops.run(
            self.tr("Users"),
            lambda progress: login_choices(app),
            self._on_choices,
            key=LOGIN_KEY,
            quiet=True,
            on_error=lambda error: self.user_label.setText(""),
        )

    def _on_choices(self, choices: LoginChoices) -> None:
        self.choices = choices
        self.switch_action.setEnabled(not choices.single_user)
        if choices.single_user:
            self.user_label.setText(self.tr("Single-user mode"))
            return
        self.user_label.setText(self.tr("Not signed in"))
        self.ask_login()

    def ask_login(self) -> None:
        names = self.choices.names if self.choices else []
        remembered = str(ui_settings().value(REMEMBERED_KEY, "") or "")
        self.dialog = LoginDialog(names, remembered, self.window)  # type: ignore[arg-type]
        self.dialog.accepted.connect(self._sign_in)
        self.dialog.open()

    def _sign_in(self) -> None:
        dialog = self.dialog
        if dialog is None:
            return
        name, password, remember = dialog.name(), dialog.password(), dialog.remember_box.isChecked()
        app = self.window.app
        self.window.ops.run(
            self.tr("Signing in"),
            lambda progress: authenticate(app, name, password),
            lambda user: self._signed_in(user, remember),
            key=LOGIN_KEY,
            on_error=self._refused,
        )

    def _signed_in(self, user: Any, remember: bool) -> None:
        self._share_identity()
        if remember and user is not None:
            ui_settings().setValue(REMEMBERED_KEY, user.name)
        if user is None:
            self.user_label.setText(self.tr("Single-user mode"))
        else:
            self.user_label.setText(
                self.tr("User: {0} ({1})").format(user.name, role_label(user.role))
            )
        self.dialog = None

    def _share_identity(self) -> None:
        """Features that built an App of their own (handover, review, training…) act as the
        signed-in user from now on, like the window's App."""
        app = self.window.app
        set_signed_in(app.actor, app.password)
        for child in self.window.findChildren(QObject):  # type: ignore[attr-defined]
            for name in ("app", "_app"):
                try:
                    other = getattr(child, name, None)
                except Exception:  # a property that cannot answer now: not an App holder
                    continue
                if isinstance(other, App) and other is not app:
                    other.actor, other.password = app.actor, app.password

    def _refused(self, error: BaseException) -> None:
        self.user_label.setText(self.tr("Not signed in"))
        if self.dialog is not None:
            self.dialog.show_error(error_sentence(error))
            self.dialog.open()

    def show_users(self) -> None:
        """Tools → Users and roles (the dialog is kept and raised again)."""
        if self.users_dialog is None:
            self.users_dialog = UsersDialog(self.window, self.window)  # type: ignore[arg-type]
            self.users_dialog.finished.connect(self.check_login_quietly)
            self.users_dialog.first_admin.connect(lambda user: self._signed_in(user, True))
        else:
            self.users_dialog.refresh()
        self.users_dialog.show()
        self.users_dialog.raise_()

    def check_login_quietly(self, _result: int = 0) -> None:
        """After users changed: update the single-user state without asking again."""
        app = self.window.app
        self.window.ops.run(
            self.tr("Users"),
            lambda progress: login_choices(app),
            self._update_choices,
            key=LOGIN_KEY,
            quiet=True,
        )

    def _update_choices(self, choices: LoginChoices) -> None:
        self.choices = choices
        self.switch_action.setEnabled(not choices.single_user)
        if choices.single_user:
            self.user_label.setText(self.tr("Single-user mode"))
        elif self.user_label.text() == self.tr("Single-user mode"):
            self.user_label.setText(self.tr("Not signed in"))

    # -- audit -----------------------------------------------------------------------------

    def verify_audit(self) -> None:
        app = self.window.app
        self.window.ops.run(
            self.tr("Verifying the audit trail"),
            lambda progress: verify(app),
            self._show_audit,
            key="security.audit",
        )

    def _show_audit(self, result: AuditResult) -> None:
        self.last_audit = result
        box = QMessageBox(self.window)  # type: ignore[arg-type]
        box.setObjectName("auditResult")
        box.setWindowTitle(self.tr("Audit trail"))
        box.setIcon(QMessageBox.Icon.Information if result.ok else QMessageBox.Icon.Warning)
        box.setText(result.message)
        box.open()
