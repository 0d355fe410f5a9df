"""The login dialog (登录): a user name (the last one used on this workstation is remembered)
and a password. It only collects them; the controller checks them with the use case."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from fmdesk.ui.screen_fit import FittedDialog


class LoginDialog(FittedDialog):
    """Who is working at this workstation: name and password."""

    def __init__(self, names: list[str], remembered: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("loginDialog")
        self.setWindowTitle(self.tr("Sign in to fmdesk"))
        self.intro = QLabel(self.tr("This records database has users: sign in to work."), self)
        self.intro.setWordWrap(True)
        self.name_box = QComboBox(self)
        self.name_box.setEditable(True)
        self.name_box.addItems(names)
        if remembered:
            self.name_box.setCurrentText(remembered)
        self.password_edit = QLineEdit(self)
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.remember_box = QCheckBox(self.tr("Remember the user name on this workstation"), self)
        self.remember_box.setChecked(True)
        self.error_label = QLabel(self)
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #b00020;")
        self.error_label.hide()
        form = QFormLayout()
        form.addRow(self.tr("User"), self.name_box)
        form.addRow(self.tr("Password"), self.password_edit)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Sign in"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.remember_box)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        self.setMinimumWidth(380)
        if remembered:
            self.password_edit.setFocus()

    def name(self) -> str:
        return self.name_box.currentText().strip()

    def password(self) -> str:
        return self.password_edit.text()

    def show_error(self, sentence: str) -> None:
        self.error_label.setText(sentence)
        self.error_label.show()
        self.password_edit.clear()
        self.password_edit.setFocus()
