"""A progress bar whose busy state stands still: it counts the seconds instead of animating.

Qt's busy bar (range 0-0) repaints itself sixty times a second. With the 3D view in the window,
Qt composites every repaint of any widget of that window through OpenGL, in software on most
office PCs: a status bar repaint took 28 ms with the view and 2 ms without, so one busy bar
kept the GUI thread 57 % busy while a model was read (and slowed the reading thread, which
shares the GIL). :class:`CalmProgressBar` shows a still, empty bar whose text counts the
seconds instead, repainted once a second.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QProgressBar, QWidget

__all__ = ["CalmProgressBar"]


class CalmProgressBar(QProgressBar):
    """A ``QProgressBar`` whose ``setRange(0, 0)`` (busy) shows the format's text followed by
    the seconds spent busy, updated once a second, instead of Qt's animation.

    Example::

        bar = CalmProgressBar()
        bar.setFormat("Reading %p%")
        bar.setRange(0, 0)  # "Reading …", then "Reading 1 s", "Reading 2 s"…
        bar.setRange(0, 10); bar.setValue(5)  # "Reading 50%"
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._busy = False
        self._since = 0.0
        self._format = self.format()
        self._ticker = QTimer(self)
        self._ticker.setInterval(1000)
        self._ticker.timeout.connect(self._show_seconds)

    @property
    def busy(self) -> bool:
        """Whether the bar is in its (still) busy state."""
        return self._busy

    def setRange(self, minimum: int, maximum: int) -> None:
        if minimum == maximum == 0:
            if not self._busy:
                self._busy, self._since = True, time.monotonic()
                super().setRange(0, 1)
                super().setValue(0)
                self._ticker.start()
            self._show_seconds()
            return
        self._end_busy()
        super().setRange(minimum, maximum)

    def setFormat(self, text: str) -> None:
        self._format = text
        if self._busy:
            self._show_seconds()
        else:
            super().setFormat(text)

    def reset(self) -> None:
        self._end_busy()
        super().reset()

    def _end_busy(self) -> None:
        if self._busy:
            self._busy = False
            self._ticker.stop()
            super().setFormat(self._format)

    def _show_seconds(self) -> None:
        label = self._format.replace("%p%", "").replace("%v", "").replace("%m", "").strip()
        seconds = round(time.monotonic() - self._since)  # a tick may come a little early
        count = self.tr("{0} s").format(seconds) if seconds else "…"
        super().setFormat(f"{label} {count}" if label else count)
