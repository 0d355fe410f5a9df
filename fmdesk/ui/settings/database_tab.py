"""The Database tab of the settings: embedded SQLite file or a shared PostgreSQL server.

*Test connection* runs :func:`fmdesk.app.connection.test_connection` through the window's
runner (a server that does not answer never freezes the window) and shows its one sentence
under the form. *Save* stores the address (the password in the user-only password file when
*Remember* is ticked); it takes effect at the next start.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from fmdesk.app import connection as use_cases
from fmdesk.ui.dialogs import error_sentence

if TYPE_CHECKING:
    from fmdesk.ui.shell import Shell

TEST_KEY = "settings.test_connection"


class DatabaseTab(QWidget):
    """Connection fields, *Test connection* and its result line."""

    def __init__(self, window: Shell, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.window = window
        self.loaded = use_cases.ConnectionFields()
        self.kind_combo = QComboBox(self)
        self.kind_combo.setObjectName("kind")
        self.path_edit = QLineEdit(self)
        self.host_edit = QLineEdit(self)
        self.host_edit.setObjectName("host")
        self.port_spin = QSpinBox(self)
        self.port_spin.setRange(1, 65535)
        self.port_spin.setValue(5432)
        self.database_edit = QLineEdit(self)
        self.database_edit.setObjectName("database")
        self.user_edit = QLineEdit(self)
        self.user_edit.setObjectName("user")
        self.password_edit = QLineEdit(self)
        self.password_edit.setObjectName("password")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.remember_check = QCheckBox(self)
        self.remember_check.setChecked(True)
        self.test_button = QPushButton(self)
        self.test_button.setObjectName("testConnection")
        self.test_button.clicked.connect(self.test)
        self.result_label = QLabel(self)
        self.result_label.setObjectName("testResult")
        self.result_label.setWordWrap(True)
        self.note_label = QLabel(self)
        self.note_label.setWordWrap(True)

        self.form = QFormLayout()
        self.captions = [QLabel(self) for _ in range(7)]
        fields = (
            self.kind_combo,
            self.path_edit,
            self.host_edit,
            self.port_spin,
            self.database_edit,
            self.user_edit,
            self.password_edit,
        )
        for caption, field in zip(self.captions, fields, strict=True):
            self.form.addRow(caption, field)
        self.form.addRow("", self.remember_check)
        row = QHBoxLayout()
        row.addWidget(self.test_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addLayout(row)
        layout.addWidget(self.result_label)
        layout.addStretch(1)
        layout.addWidget(self.note_label)
        self.retranslate()
        self.kind_combo.currentIndexChanged.connect(self._show_kind)
        self.load(use_cases.connection_fields(window.settings.effective_database_url()))

    # -- fields ------------------------------------------------------------------------------

    def load(self, fields: use_cases.ConnectionFields) -> None:
        self.loaded = fields
        self.kind_combo.setCurrentIndex(max(0, self.kind_combo.findData(fields.kind)))
        self.path_edit.setText(fields.path)
        self.host_edit.setText(fields.host)
        self.port_spin.setValue(fields.port)
        self.database_edit.setText(fields.database)
        self.user_edit.setText(fields.user)
        self._show_kind()

    def fields(self) -> use_cases.ConnectionFields:
        return use_cases.ConnectionFields(
            kind=self.kind_combo.currentData(),
            path=self.path_edit.text().strip(),
            host=self.host_edit.text().strip(),
            port=self.port_spin.value(),
            database=self.database_edit.text().strip(),
            user=self.user_edit.text().strip(),
        )

    def _show_kind(self) -> None:
        server = self.kind_combo.currentData() == "postgresql"
        for index, caption in enumerate(self.captions[1:], start=1):
            visible = (index == 1) != server
            caption.setVisible(visible)
            self.form.itemAt(index, QFormLayout.ItemRole.FieldRole).widget().setVisible(visible)
        self.remember_check.setVisible(server)
        self.result_label.clear()

    # -- actions -----------------------------------------------------------------------------

    def test(self) -> None:
        """Connect once in the background; the sentence (success or why not) goes below."""
        fields, password = self.fields(), self.password_edit.text()
        self.test_button.setEnabled(False)
        self.result_label.setText(self.tr("Connecting…"))
        self.result_label.setStyleSheet("")
        self.window.ops.run(
            self.tr("Test connection"),
            lambda progress: use_cases.test_connection(fields, password),
            self._tested,
            key=TEST_KEY,
            quiet=True,
            on_error=self._failed,
        )

    def _tested(self, result: Any) -> None:
        if not shiboken6.isValid(self):
            return
        self.test_button.setEnabled(True)
        self.result_label.setStyleSheet("color: #1b5e20;")
        self.result_label.setText(f"✔ {result.message} ({result.server})")

    def _failed(self, error: BaseException) -> None:
        if not shiboken6.isValid(self):
            return
        self.test_button.setEnabled(True)
        self.result_label.setStyleSheet("color: #b00020;")
        self.result_label.setText(f"✘ {error_sentence(error)}")

    def save(self) -> None:
        """Store the connection in the settings (raises UserError on a bad field); untouched
        fields keep the saved choice (a session's FMDESK_DATABASE_URL is not made permanent)."""
        if self.fields() == self.loaded and not self.password_edit.text():
            return
        use_cases.save_connection(
            self.window.settings,
            self.fields(),
            self.password_edit.text(),
            self.remember_check.isChecked(),
        )

    # -- texts -------------------------------------------------------------------------------

    def retranslate(self) -> None:
        current = self.kind_combo.currentData()
        self.kind_combo.blockSignals(True)
        self.kind_combo.clear()
        self.kind_combo.addItem(self.tr("Embedded SQLite file (one workstation)"), "sqlite")
        self.kind_combo.addItem(self.tr("PostgreSQL server (several workstations)"), "postgresql")
        self.kind_combo.setCurrentIndex(max(0, self.kind_combo.findData(current)))
        self.kind_combo.blockSignals(False)
        texts = (
            self.tr("Database type"),
            self.tr("SQLite file"),
            self.tr("Server"),
            self.tr("Port"),
            self.tr("Database"),
            self.tr("User"),
            self.tr("Password"),
        )
        for caption, text in zip(self.captions, texts, strict=True):
            caption.setText(text)
        self.path_edit.setPlaceholderText(self.tr("empty: the default file in the data folder"))
        self.remember_check.setText(
            self.tr("Remember the password on this workstation (in a file only you can read)")
        )
        self.test_button.setText(self.tr("Test connection"))
        self.note_label.setText(
            self.tr("A new connection takes effect the next time fmdesk starts.")
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
