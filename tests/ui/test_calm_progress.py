"""The busy bars stand still: no animation repaints the window while a model is read."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject

from fmdesk.ui import i18n
from fmdesk.ui.calm_progress import CalmProgressBar


class AnimationCounter(QObject):
    """Counts the style animation frames Qt sends to one widget."""

    def __init__(self) -> None:
        super().__init__()
        self.frames = 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.StyleAnimationUpdate:
            self.frames += 1
        return False


def test_a_busy_bar_counts_seconds_instead_of_animating(qtbot) -> None:
    bar = CalmProgressBar()
    qtbot.addWidget(bar)
    bar.setTextVisible(True)
    bar.show()
    counter = AnimationCounter()
    bar.installEventFilter(counter)
    bar.setFormat("Reading %p%")
    bar.setRange(0, 0)
    assert bar.busy and bar.text() == "Reading …"
    qtbot.wait(1300)
    assert counter.frames == 0  # Qt's own busy bar sends about 60 a second
    assert bar.text() == "Reading 1 s"
    bar.setRange(0, 10)
    bar.setValue(5)
    assert not bar.busy and bar.text() == "Reading 50%"
    bar.setRange(0, 0)
    assert bar.text() == "Reading …"  # the count starts again
    bar.reset()
    assert not bar.busy


def test_qts_own_busy_bar_does_animate(qtbot) -> None:
    """The premise of the test above: without the calm bar, the frames come."""
    from PySide6.QtWidgets import QProgressBar

    bar = QProgressBar()
    qtbot.addWidget(bar)
    bar.show()
    counter = AnimationCounter()
    bar.installEventFilter(counter)
    bar.setRange(0, 0)
    qtbot.wait(500)
    assert counter.frames > 5


def test_the_seconds_are_counted_in_chinese(qtbot) -> None:
    i18n.install_language("zh_CN")
    try:
        bar = CalmProgressBar()
        qtbot.addWidget(bar)
        bar.setFormat("")
        bar.setRange(0, 0)
        bar._since -= 3  # as if busy for three seconds
        bar._show_seconds()
        assert bar.text() == "3 秒"
    finally:
        i18n.install_language("en")
