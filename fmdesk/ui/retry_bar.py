"""A bar inside a form that says the database connection was lost and offers to try again.

A lost connection (server restarted, network cable, VPN) is not the user's mistake and must not
cost them what they typed: the form stays open with its fields, the bar shows the sentence, and
*Retry* runs the same action again with the fields as they are then. Other errors keep their
message box.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from fmdesk.records.errors import DatabaseBusyError, DatabaseUnavailableError

__all__ = ["RetryBar", "is_connection_lost"]


def is_connection_lost(error: BaseException) -> bool:
    """True for errors that another attempt may cure (server unreachable, file locked)."""
    return isinstance(error, DatabaseUnavailableError | DatabaseBusyError)


class RetryBar(QFrame):
    """Hidden until :meth:`show_failure`; *Retry* hides it and calls the stored action."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("retryBar")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("#retryBar { background: #fff4e5; border: 1px solid #f0a020; }")
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.retry_button = QPushButton(self)
        self.retry_button.setObjectName("retry")
        self.retry_button.clicked.connect(self.retry)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(self.message, 1)
        layout.addWidget(self.retry_button)
        self._again: Callable[[], None] | None = None
        self.retranslate()
        self.setVisible(False)

    def show_failure(self, sentence: str, again: Callable[[], None] | None) -> None:
        """Show ``sentence``; *Retry* will call ``again`` (the action that failed)."""
        self._again = again
        self.message.setText(sentence)
        self.retry_button.setEnabled(again is not None)
        self.setVisible(True)

    def retry(self) -> None:
        again, self._again = self._again, None
        self.setVisible(False)
        if again is not None:
            again()

    def retranslate(self) -> None:
        self.retry_button.setText(self.tr("Retry"))
        self.retry_button.setToolTip(self.tr("Try again with the fields as they are now"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
