"""The progress bar with Cancel that both network docks (results and check) show while the
network is built or a question runs; the controller drives both with the same calls."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QProgressBar, QPushButton, QWidget

from fmdesk.ui.calm_progress import CalmProgressBar

__all__ = ["add_busy_row", "show_progress"]


def add_busy_row(panel: QWidget, on_cancel) -> tuple[QProgressBar, QPushButton, QHBoxLayout]:
    """A progress bar and a Cancel button (wired to ``on_cancel``) owned by ``panel``, and the
    row that holds them, for the panel's layout."""
    progress = CalmProgressBar(panel)
    progress.setMaximumHeight(16)
    progress.setTextVisible(True)
    cancel_button = QPushButton(panel)
    cancel_button.clicked.connect(on_cancel)
    row = QHBoxLayout()
    row.addWidget(progress, 1)
    row.addWidget(cancel_button)
    return progress, cancel_button, row


def show_progress(
    progress: QProgressBar,
    cancel_button: QPushButton,
    text: str,
    done: int = 0,
    total: int = 0,
    cancellable: bool = True,
) -> bool:
    """Show ``text`` with ``done``/``total`` (a busy bar when total is 0), or hide the row when
    ``text`` is empty; returns whether the row is shown."""
    busy = bool(text)
    progress.setVisible(busy)
    cancel_button.setVisible(busy and cancellable)
    if busy:
        progress.setRange(0, max(total, 0))
        progress.setValue(min(done, total) if total else 0)
        progress.setFormat(f"{text} %p%" if total else text)
    return busy
