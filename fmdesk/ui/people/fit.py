"""Size a dialog to what it wants, but never beyond the screen it opens on (1366×768 at 150 %
leaves about 910×512 logical pixels): the grid and lists scroll instead."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

MARGIN = 24


def fit_to_screen(widget: QWidget, width: int, height: int) -> None:
    """Resize ``widget`` to ``width``×``height`` or the available screen, whichever is less."""
    screen = widget.screen().availableGeometry()
    widget.resize(min(width, screen.width() - MARGIN), min(height, screen.height() - 2 * MARGIN))
