"""Saved viewpoints of the current model: save the camera under a name, restore it later."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


class ViewpointsPanel(QWidget):
    """A list of names and three buttons; the main window keeps the viewpoints themselves."""

    save_requested = Signal()
    restore_requested = Signal(int)
    delete_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.list = QListWidget(self)
        self.list.itemDoubleClicked.connect(lambda _: self._emit_row(self.restore_requested))
        self.save_button = QPushButton(self)
        self.restore_button = QPushButton(self)
        self.delete_button = QPushButton(self)
        self.save_button.clicked.connect(self.save_requested)
        self.restore_button.clicked.connect(lambda: self._emit_row(self.restore_requested))
        self.delete_button.clicked.connect(lambda: self._emit_row(self.delete_requested))
        buttons = QHBoxLayout()
        for button in (self.save_button, self.restore_button, self.delete_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addWidget(self.list)
        layout.addLayout(buttons)
        self.retranslate()

    def retranslate(self) -> None:
        self.save_button.setText(self.tr("Save view"))
        self.save_button.setToolTip(self.tr("Save the current camera as a named viewpoint"))
        self.restore_button.setText(self.tr("Restore"))
        self.delete_button.setText(self.tr("Delete"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def set_names(self, names: Sequence[str]) -> None:
        self.list.clear()
        self.list.addItems(list(names))

    def _emit_row(self, signal: Signal) -> None:
        row = self.list.currentRow()
        if row >= 0:
            signal.emit(row)
