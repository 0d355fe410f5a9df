"""Playing a tour full screen: the 3D view with the stop's text beside it.

Next/previous move the camera smoothly (about one second, on the GUI thread with a
:class:`QVariantAnimation`) from where it is to the stop's saved camera, after the stop's
visibility, x-ray, section and highlights are applied. "Walk here" hands the view to the
first-person walk mode; "Back to the tour" flies back to the stop. Leaving restores the window
as it was (docks, menus, normal size).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEasingCurve, QEvent, QObject, Qt, QVariantAnimation, Signal
from PySide6.QtGui import QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QDockWidget,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fmdesk.render.scene_state import SceneState
from fmdesk.render.views import apply_camera, capture_camera
from fmdesk.training.camera_path import camera_at
from fmdesk.training.tours import Tour

FLIGHT_MS = 1000


class TourSidePanel(QWidget):
    """The stop's title, text and photo, with the tour's buttons."""

    previous_requested = Signal()
    next_requested = Signal()
    walk_requested = Signal()
    back_requested = Signal()
    exit_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tourSidePanel")
        self.setMinimumWidth(380)
        self.tour_title = QLabel(self)
        self.tour_title.setWordWrap(True)
        self.tour_title.setStyleSheet("color: #666;")
        self.counter = QLabel(self)
        self.title = QLabel(self)
        self.title.setWordWrap(True)
        self.title.setStyleSheet("font-size: 20pt; font-weight: bold;")
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.text.setStyleSheet("font-size: 13pt;")
        self.text.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.photo = QLabel(self)
        self.photo.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.missing = QLabel(self)
        self.missing.setWordWrap(True)
        self.missing.setStyleSheet("color: #a05000;")
        self.previous_button = QPushButton(self)
        self.next_button = QPushButton(self)
        self.walk_button = QPushButton(self)
        self.back_button = QPushButton(self)
        self.exit_button = QPushButton(self)
        for button, signal in (
            (self.previous_button, self.previous_requested),
            (self.next_button, self.next_requested),
            (self.walk_button, self.walk_requested),
            (self.back_button, self.back_requested),
            (self.exit_button, self.exit_requested),
        ):
            button.clicked.connect(signal.emit)
        steps = QHBoxLayout()
        steps.addWidget(self.previous_button)
        steps.addWidget(self.next_button)
        modes = QHBoxLayout()
        modes.addWidget(self.walk_button)
        modes.addWidget(self.back_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tour_title)
        layout.addWidget(self.counter)
        layout.addWidget(self.title)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.photo)
        layout.addWidget(self.missing)
        layout.addLayout(steps)
        layout.addLayout(modes)
        layout.addWidget(self.exit_button)
        self.retranslate()

    def retranslate(self) -> None:
        self.previous_button.setText(self.tr("◀ Previous"))
        self.next_button.setText(self.tr("Next ▶"))
        self.walk_button.setText(self.tr("Walk here"))
        self.walk_button.setToolTip(self.tr("Walk freely: W/A/S/D, drag to look"))
        self.back_button.setText(self.tr("Back to the tour"))
        self.exit_button.setText(self.tr("Leave the tour"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class TourPlayer(QObject):
    """Plays one tour in ``window`` (a :class:`~fmdesk.ui.main_window.MainWindow`)."""

    stop_shown = Signal(int)
    finished = Signal()

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window = window
        self.tour: Tour | None = None
        self.index = -1
        self.walking = False
        self.panel = TourSidePanel(window)
        self.dock = QDockWidget(window)
        self.dock.setObjectName("TrainingTourPlayerDock")
        self.dock.setWidget(self.panel)
        self.dock.setFeatures(QDockWidget.DockWidgetFeature.NoDockWidgetFeatures)
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dock)
        self.dock.hide()
        self.animation = QVariantAnimation(self)
        self.animation.setDuration(FLIGHT_MS)
        self.animation.setStartValue(0.0)
        self.animation.setEndValue(1.0)
        self.animation.setEasingCurve(QEasingCurve.Type.Linear)  # camera_at eases
        self.animation.valueChanged.connect(self._fly)
        self._from: dict[str, Any] = {}
        self._to: dict[str, Any] = {}
        self._saved: tuple[Any, ...] | None = None
        self.panel.previous_requested.connect(self.previous)
        self.panel.next_requested.connect(self.next)
        self.panel.walk_requested.connect(self.walk_here)
        self.panel.back_requested.connect(self.back_to_tour)
        self.panel.exit_requested.connect(self.stop)
        self._keys = [
            (QShortcut(QKeySequence(Qt.Key.Key_PageDown), window), self.next),
            (QShortcut(QKeySequence(Qt.Key.Key_PageUp), window), self.previous),
        ]
        for shortcut, slot in self._keys:
            shortcut.setEnabled(False)
            shortcut.activated.connect(slot)

    @property
    def playing(self) -> bool:
        return self.tour is not None

    def play(self, tour: Tour, full_screen: bool = True, start: int = 0) -> None:
        """Show the tour beside the view (full screen) from stop ``start``."""
        if not tour.stops:
            return
        if self.tour is None:
            self._enter(full_screen)
        self.tour, self.index = tour, -1
        self.panel.tour_title.setText(tour.title)
        self.show_stop(start)

    def show_stop(self, index: int, animate: bool = True) -> None:
        """Apply stop ``index`` and fly the camera to it."""
        if self.tour is None or not 0 <= index < len(self.tour.stops):
            return
        if self.walking:
            self.window.set_walk_mode(False)
            self.walking = False
        self.index = index
        stop = self.tour.stops[index]
        target = dict(stop.state.camera)
        without_camera = SceneState.from_dict({**stop.state.as_dict(), "camera": {}})
        view = self.window.view
        view.apply_scene_state(without_camera)
        # the view re-draws the window's selection over the stop's: show the stop's own
        view.scene.highlight(stop.state.highlights.get("selection", []), "selection")
        if not target:
            view.frame(stop.focus_ids())
        elif animate and FLIGHT_MS > 0:
            self._from, self._to = capture_camera(view.interactor), target
            self.animation.stop()
            self.animation.start()
        else:
            apply_camera(view.interactor, target)
            view.render_now()
        self._show_text(index)
        self.stop_shown.emit(index)

    def next(self) -> None:
        if self.tour is not None and self.index + 1 < len(self.tour.stops):
            self.show_stop(self.index + 1)

    def previous(self) -> None:
        if self.index > 0:
            self.show_stop(self.index - 1)

    def walk_here(self) -> None:
        """Free walk from where the camera is; the tour waits."""
        self.animation.stop()
        self.walking = True
        self.window.set_walk_mode(True)

    def back_to_tour(self) -> None:
        self.show_stop(max(self.index, 0))

    def stop(self) -> None:
        """Leave the tour and give the window back as it was."""
        if self.tour is None:
            return
        self.animation.stop()
        if self.walking:
            self.window.set_walk_mode(False)
            self.walking = False
        self.tour, self.index = None, -1
        self._leave()
        self.finished.emit()

    def is_flying(self) -> bool:
        return self.animation.state() == QVariantAnimation.State.Running

    def _fly(self, value: Any) -> None:
        if not self._to:
            return
        camera = camera_at(self._from, self._to, float(value))
        apply_camera(self.window.view.interactor, camera)
        self.window.view.render_now()

    def _show_text(self, index: int) -> None:
        assert self.tour is not None
        stop = self.tour.stops[index]
        panel = self.panel
        panel.counter.setText(self.tr("Stop {0} of {1}").format(index + 1, len(self.tour.stops)))
        panel.title.setText(stop.title)
        panel.text.setText(stop.text)
        panel.previous_button.setEnabled(index > 0)
        panel.next_button.setEnabled(index + 1 < len(self.tour.stops))
        self._show_photo(stop.document)
        loaded = getattr(self.window, "loaded", None)
        missing = [g for g in stop.focus_ids() if loaded is not None and g not in loaded.elements]
        panel.missing.setText(
            self.tr("{0} element(s) of this stop are not in this revision of the model.").format(
                len(missing)
            )
            if missing
            else ""
        )
        panel.missing.setVisible(bool(missing))

    def _show_photo(self, document: Any) -> None:
        label = self.panel.photo
        label.clear()
        if document is None:
            label.hide()
            return
        pixmap = QPixmap()
        if document.data and document.is_image and pixmap.loadFromData(document.data):
            label.setPixmap(
                pixmap.scaled(
                    360,
                    260,
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )
        else:
            label.setText(self.tr("Document: {0}").format(document.title or document.file_name))
        label.show()

    def _enter(self, full_screen: bool) -> None:
        w = self.window
        docks = [d for d in w.findChildren(QDockWidget) if d.isVisible() and d is not self.dock]
        bars = [b for b in (w.menuBar(), getattr(w.menus, "toolbar", None)) if b is not None]
        self._saved = (w.isFullScreen(), w.isMaximized(), docks, [b.isVisible() for b in bars])
        for dock in docks:
            dock.hide()
        for bar in bars:
            bar.hide()
        self.dock.show()
        for shortcut, _ in self._keys:
            shortcut.setEnabled(True)
        if full_screen:
            w.showFullScreen()

    def _leave(self) -> None:
        w = self.window
        self.dock.hide()
        for shortcut, _ in self._keys:
            shortcut.setEnabled(False)
        if self._saved is None:
            return
        was_full, was_max, docks, bars_visible = self._saved
        self._saved = None
        bars = [b for b in (w.menuBar(), getattr(w.menus, "toolbar", None)) if b is not None]
        for bar, visible in zip(bars, bars_visible, strict=False):
            bar.setVisible(visible)
        for dock in docks:
            dock.show()
        if not was_full:
            if was_max:
                w.showMaximized()
            else:
                w.showNormal()
