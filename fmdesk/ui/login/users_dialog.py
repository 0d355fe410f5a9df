"""Tools → Users (用户与角色): list the users, add one with a role, disable or enable one, set
a password.

Only a view over the use cases of :mod:`fmdesk.app.users`: whether the current user may manage
users is decided there (an admin; the first user must be an admin), and a refusal is shown in
the dialog in one sentence.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from fmdesk.app.permissions import ROLES
from fmdesk.app.users import (
    UserList,
    add_user,
    change_password,
    disable_user,
    list_users,
    role_label,
)
from fmdesk.ui.dialogs import error_sentence
from fmdesk.ui.screen_fit import FittedDialog

KEY = "security.users"


class UsersDialog(FittedDialog):
    """The users of the records database and their roles."""

    first_admin = Signal(object)
    """The first user (an admin) was added from single-user mode: the person at the
    workstation is now signed in as that admin."""

    def __init__(self, window: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.window = window
        self.users: UserList | None = None
        self.setObjectName("usersDialog")
        self.setWindowTitle(self.tr("Users and roles"))
        self.table = QTableWidget(0, 3, self)
        self.table.setHorizontalHeaderLabels([self.tr("User"), self.tr("Role"), self.tr("State")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.name_edit = QLineEdit(self)
        self.role_box = QComboBox(self)
        for role in ROLES:
            self.role_box.addItem(role_label(role), role)
        self.password_edit = QLineEdit(self)
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.setPlaceholderText(self.tr("optional"))
        self.add_button = QPushButton(self.tr("Add user"), self)
        self.add_button.clicked.connect(self.add)
        self.toggle_button = QPushButton(self.tr("Disable / enable selected"), self)
        self.toggle_button.clicked.connect(self.toggle_selected)
        self.password_button = QPushButton(self.tr("Set password of selected"), self)
        self.password_button.clicked.connect(self.set_password_of_selected)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Name"), self.name_edit)
        form.addRow(self.tr("Role"), self.role_box)
        form.addRow(self.tr("Password"), self.password_edit)
        row = QHBoxLayout()
        row.addWidget(self.add_button)
        row.addWidget(self.toggle_button)
        row.addWidget(self.password_button)
        row.addStretch(1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(form)
        layout.addLayout(row)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.resize(520, 460)
        self.refresh()

    def _run(self, title: str, work: Any, done: Any) -> None:
        self.window.ops.run(title, work, done, key=KEY, on_error=self._refused)

    def refresh(self) -> None:
        app = self.window.app
        self._run(self.tr("Users"), lambda progress: list_users(app), self._fill)

    def _fill(self, users: UserList) -> None:
        self.users = users
        self.table.setRowCount(len(users.users))
        for row, user in enumerate(users.users):
            state = self.tr("active") if user.active else self.tr("disabled")
            for column, text in enumerate((user.name, role_label(user.role), state)):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()
        if users.single_user:
            self.message.setText(
                self.tr("No users yet: everything is allowed. The first user must be an admin.")
            )

    def add(self) -> None:
        app = self.window.app
        name, role = self.name_edit.text().strip(), str(self.role_box.currentData())
        password = self.password_edit.text()
        first = self.users is not None and self.users.single_user
        self._run(
            self.tr("Adding a user"),
            lambda progress: add_user(app, name, role, password),
            lambda user: self._added(user, password, first),
        )

    def _added(self, user: Any, password: str, first: bool) -> None:
        if first:
            app = self.window.app
            app.actor, app.password = user.name, password or None
            self.first_admin.emit(user)
        self._changed(user)

    def _selected(self) -> Any:
        row = self.table.currentRow()
        if self.users is None or not 0 <= row < len(self.users.users):
            self.message.setText(self.tr("Select a user first."))
            return None
        return self.users.users[row]

    def set_password_of_selected(self) -> None:
        """The password field's text becomes the selected user's password ('' removes it)."""
        user = self._selected()
        if user is None:
            return
        app, password = self.window.app, self.password_edit.text()
        self._run(
            self.tr("Changing a user"),
            lambda progress: change_password(app, user.name, password),
            self._changed,
        )

    def toggle_selected(self) -> None:
        user = self._selected()
        if user is None:
            return
        app = self.window.app
        self._run(
            self.tr("Changing a user"),
            lambda progress: disable_user(app, user.name, enable=not user.active),
            self._changed,
        )

    def _changed(self, user: Any) -> None:
        self.message.setText(self.tr("Saved: {0}").format(user.name))
        self.name_edit.clear()
        self.password_edit.clear()
        self.refresh()

    def _refused(self, error: BaseException) -> None:
        self.message.setText(error_sentence(error))
