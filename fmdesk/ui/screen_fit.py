"""Windows that fit the screen: a 1366×768 workstation, at 150 % scaling a 911×512 logical
desktop. Dialogs remember generous default sizes (1300×600 for the task library); shown on a
small screen they would open partly off screen with their buttons out of reach.

:func:`install` watches a main window and :class:`FittedDialog` is every dialog's base: when
a main window or a dialog is first shown it is shrunk to the screen's available area (less
the title bar) and moved inside it. Content that cannot shrink that far is the dialog's
business (a scroll area, a splitter); ``tests/ui/test_screen_fit.py`` opens every dialog on
such a screen and checks.
"""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QEvent, QObject, QRect, QSize, QTimer
from PySide6.QtGui import QGuiApplication, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QDockWidget,
    QFrame,
    QMainWindow,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

__all__ = [
    "TITLE_BAR",
    "FittedDialog",
    "available_area",
    "fit_when_first_shown",
    "fit_window",
    "install",
    "scroll_body",
    "scroll_dock",
    "scrollable",
    "shrink_docks",
]

TITLE_BAR = 32
"""Room left for the window manager's title bar and frame (logical pixels)."""
_FITTED = "fmdeskFitted"
_WATCHED = "fmdeskFitWatched"


def available_area(widget: QWidget) -> QRect:
    """The usable desktop of the widget's screen (without task bars), in logical pixels."""
    screen = widget.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry()


def scrollable(widget: QWidget) -> QScrollArea:
    """``widget`` in a frameless scroll area: a dock panel taller or wider than a small
    screen allows scrolls instead of forcing the main window past the screen."""
    area = QScrollArea()
    area.setObjectName(f"{widget.objectName() or type(widget).__name__}Scroll")
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidget(widget)
    return area


def scroll_body(dialog: QWidget) -> bool:
    """Put everything but the last row (the buttons) of a vertical dialog into a scroll area,
    so the buttons stay in view when the body is taller than the screen. False when the
    dialog's layout is not a vertical box with a body and a button row."""
    layout = dialog.layout()
    if not isinstance(layout, QVBoxLayout) or layout.count() < 2:
        return False
    body = QWidget()
    inner = QVBoxLayout(body)
    inner.setContentsMargins(0, 0, 0, 0)
    stretches = [layout.stretch(i) for i in range(layout.count() - 1)]
    for stretch in stretches:
        item = layout.takeAt(0)
        if item.widget() is not None:
            inner.addWidget(item.widget(), stretch)
        elif item.layout() is not None:
            inner.addLayout(item.layout(), stretch)
        else:
            inner.addItem(item)
    layout.insertWidget(0, scrollable(body), 1)
    return True


def _too_big(window: QWidget, area: QRect) -> bool:
    hint = window.minimumSizeHint()
    return hint.height() > area.height() - TITLE_BAR or hint.width() > area.width() - 8


def fit_window(window: QWidget) -> None:
    """Shrink ``window`` to the available area if it is larger (a dialog whose content cannot
    shrink that far gets a scrolling body), and move it fully inside."""
    area = available_area(window)
    if isinstance(window, QDialog) and _too_big(window, area):
        scroll_body(window)
        window.setMinimumSize(0, 0)
    width = min(window.width(), area.width() - 8)
    height = min(window.height(), area.height() - TITLE_BAR)
    if (width, height) != (window.width(), window.height()):
        window.resize(max(width, 1), max(height, 1))
    x = min(max(window.x(), area.left()), area.right() - window.width())
    y = min(max(window.y(), area.top() + TITLE_BAR), area.bottom() - window.height())
    if (x, y) != (window.x(), window.y()):
        window.move(max(x, area.left()), max(y, area.top()))


def scroll_dock(dock: QDockWidget) -> bool:
    """Give a dock's panel a scroll area (once): docks stacked on a small screen otherwise add
    up their minimum heights past the screen and push the main window's bottom off it."""
    widget = dock.widget()
    if widget is None or isinstance(widget, QScrollArea):
        return False
    dock.setWidget(scrollable(widget))
    return True


def shrink_docks(window: QMainWindow) -> bool:
    """While the main window's minimum size exceeds its screen, give the dock with the largest
    minimum panel a scroll area (largest first; on a big screen nothing changes). True when
    a dock was changed."""
    area = available_area(window)
    changed = False
    docks = sorted(
        (d for d in window.findChildren(QDockWidget) if not isinstance(d.widget(), QScrollArea)),
        key=lambda d: _area_of(d.widget().minimumSizeHint()) if d.widget() else 0,
        reverse=True,
    )
    for dock in docks:
        if not _too_big(window, area):
            break
        changed = scroll_dock(dock) or changed
        window.layout().invalidate()
        window.layout().activate()
    return changed


def _area_of(size: QSize) -> int:
    return max(size.width(), 0) * max(size.height(), 0)


class FittedDialog(QDialog):
    """A dialog fitted to the screen when first shown (every fmdesk dialog derives from it)."""

    def showEvent(self, event: QShowEvent) -> None:
        fit_when_first_shown(self)
        super().showEvent(event)


def fit_when_first_shown(window: QWidget) -> None:
    """Shrink ``window`` (a main window or a dialog) to the screen once, when first shown."""
    if not window.isWindow() or window.property(_FITTED):
        return
    window.setProperty(_FITTED, True)
    if isinstance(window, QMainWindow) and shrink_docks(window):
        _refit(window)
    fit_window(window)


class _MainWindowFit(QObject):
    """Watches one main window (its first show) and the docks added to it (a feature's dock
    shown after the first show makes the window fit again).

    Only the main window's events pass through this filter; a dock is followed through its
    ``visibilityChanged`` signal. A filter on the whole application, and later on every dock,
    was called in Python for every event of those widgets, and each call waited for the GIL
    while a worker thread computed in Python (150-450 ms turns of the event loop while a large
    model was read, 250 calls in the third of a second after it was drawn)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.ChildPolished:
            child = event.child()  # type: ignore[attr-defined]
            if isinstance(child, QDockWidget):
                _watch_dock(child)
        elif kind == QEvent.Type.Show and isinstance(watched, QMainWindow):
            fit_when_first_shown(watched)
        return False


def _watch_dock(dock: QDockWidget) -> None:
    """Fit the dock's main window again whenever the dock is shown or hidden (once per
    dock)."""
    if dock.property(_WATCHED):
        return
    dock.setProperty(_WATCHED, True)
    dock.visibilityChanged.connect(partial(_on_dock_visibility, dock))


def _on_dock_visibility(dock: QDockWidget, visible: bool) -> None:
    """Refit on every change: Qt reports a dock shown before it is laid out as not visible
    (its geometry is still empty), and a refit after a hide costs nothing."""
    _refit(dock.parentWidget())


def _refit(window: QWidget | None) -> None:
    """Fit the main window again once its docks shrank (after this event)."""
    if window is None or not window.property(_FITTED) or window.property("fmdeskRefit"):
        return
    window.setProperty("fmdeskRefit", True)

    def refit() -> None:
        window.setProperty("fmdeskRefit", False)
        if isinstance(window, QMainWindow):
            shrink_docks(window)
        fit_window(window)

    QTimer.singleShot(0, window, refit)


def install(window: QMainWindow) -> None:
    """Fit ``window`` to the screen when first shown, and again when a dock is added; idempotent.
    (Dialogs fit themselves: :class:`FittedDialog`.)"""
    if window.property("fmdeskScreenFit"):
        return
    fitter = _MainWindowFit(window)
    window.installEventFilter(fitter)
    window.setProperty("fmdeskScreenFit", True)
    for dock in window.findChildren(QDockWidget):  # docks added before: watched too
        _watch_dock(dock)
