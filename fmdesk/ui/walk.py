"""Walk mode input: W/A/S/D or arrow keys move, a mouse drag looks around, Esc leaves.

This module only turns Qt key and mouse events into calls to the render core's pure walk
maths (:mod:`fmdesk.render.walk`) and applies the resulting pose to the VTK camera, on the GUI
thread. Keys held down keep moving on a 30 ms timer; a single key press moves one step, so a
tap is never lost. Page Up/Down change storey; the mouse wheel changes the speed.
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QEvent, QObject, QPointF, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent

from fmdesk.render import views
from fmdesk.render import walk as walk_maths

TICK_MS = 30
TAP_SECONDS = 0.25  # one tap moves as far as a quarter second of walking
LOOK_DEGREES_PER_PIXEL = 0.25
WALK_VIEW_ANGLE = 60.0

# key -> (forward, right, turn_left)
MOVES: dict[int, tuple[int, int, int]] = {
    Qt.Key.Key_W: (1, 0, 0),
    Qt.Key.Key_Up: (1, 0, 0),
    Qt.Key.Key_S: (-1, 0, 0),
    Qt.Key.Key_Down: (-1, 0, 0),
    Qt.Key.Key_D: (0, 1, 0),
    Qt.Key.Key_A: (0, -1, 0),
    Qt.Key.Key_Left: (0, 0, 1),
    Qt.Key.Key_Q: (0, 0, 1),
    Qt.Key.Key_Right: (0, 0, -1),
    Qt.Key.Key_E: (0, 0, -1),
}
STOREY_KEYS = {Qt.Key.Key_PageUp: 1, Qt.Key.Key_PageDown: -1}


class WalkController(QObject):
    """First-person navigation on a pyvista plotter, driven by Qt events."""

    moved = Signal()
    left = Signal()

    def __init__(self, plotter: Any, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._plotter = plotter
        self.active = False
        self.pose: walk_maths.WalkPose | None = None
        self._speed = walk_maths.WalkPose(0, 0, 0).speed
        self._storeys: Sequence[Any] = ()
        self._saved_camera: dict[str, Any] | None = None
        self._held: set[int] = set()
        self._drag_from: QPointF | None = None
        self._last_tick = 0.0
        self._timer = QTimer(self)
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self._tick)

    @property
    def speed(self) -> float:
        """Walking speed in metres per second."""
        return self.pose.speed if self.pose else self._speed

    def scale_speed(self, factor: float) -> None:
        pose = self.pose or walk_maths.WalkPose(0, 0, 0, speed=self._speed)
        pose = walk_maths.scale_speed(pose, factor)
        self._speed = pose.speed
        if self.pose is not None:
            self.pose = pose

    def enter(self, storeys: Sequence[Any], bounds: Sequence[float] | None = None) -> None:
        """Remember the orbit camera and stand where it is, on the storey below it.

        When the orbit camera is outside the model (the usual overview), the walker starts at
        the model's edge facing its centre, on the storey nearest the ground, instead of in
        mid-air beside the roof.
        """
        self._saved_camera = views.capture_camera(self._plotter)
        self._storeys = list(storeys)
        camera = self._plotter.renderer.GetActiveCamera()
        position, focal = camera.GetPosition(), camera.GetFocalPoint()
        if bounds is not None and not _inside(position, bounds):
            position, focal = _entrance(position, bounds, self._storeys)
        self.pose = walk_maths.pose_from_camera(position, focal, self._storeys, speed=self._speed)
        camera.SetParallelProjection(False)
        camera.SetViewAngle(WALK_VIEW_ANGLE)
        self.active = True
        self._apply()

    def leave(self) -> None:
        """Stop walking and put the orbit camera back exactly as it was."""
        self.stop()
        self.active = False
        self.pose = None
        if self._saved_camera is not None:
            views.apply_camera(self._plotter, self._saved_camera)
        self._saved_camera = None

    def stop(self) -> None:
        self._timer.stop()
        self._held.clear()
        self._drag_from = None

    # -- events ----------------------------------------------------------------------------

    def handle_event(self, event: QEvent) -> bool:
        """Consume the interactor's key and mouse events while walking (True = handled)."""
        kind = event.type()
        if kind == QEvent.Type.KeyPress:
            return self._key_press(event)  # type: ignore[arg-type]
        if kind == QEvent.Type.KeyRelease:
            key_event: QKeyEvent = event  # type: ignore[assignment]
            if not key_event.isAutoRepeat():
                self._held.discard(key_event.key())
            return True
        if kind == QEvent.Type.MouseButtonPress:
            self._drag_from = event.position()  # type: ignore[attr-defined]
            return True
        if kind == QEvent.Type.MouseMove:
            if self._drag_from is not None:
                mouse: QMouseEvent = event  # type: ignore[assignment]
                delta = mouse.position() - self._drag_from
                self._drag_from = mouse.position()
                self.look(-delta.x() * LOOK_DEGREES_PER_PIXEL, -delta.y() * LOOK_DEGREES_PER_PIXEL)
            return True
        if kind == QEvent.Type.MouseButtonRelease:
            self._drag_from = None
            return True
        if kind == QEvent.Type.Wheel:
            notches = event.angleDelta().y() / 120.0  # type: ignore[attr-defined]
            self.scale_speed(1.25**notches)
            return True
        return kind == QEvent.Type.MouseButtonDblClick

    def _key_press(self, event: QKeyEvent) -> bool:
        key = event.key()
        if key == Qt.Key.Key_Escape:
            self.leave()
            self.left.emit()
            return True
        if key in STOREY_KEYS and self.pose is not None:
            self.pose = walk_maths.change_storey(self.pose, self._storeys, STOREY_KEYS[key])
            self._apply()
            return True
        if key in MOVES and not event.isAutoRepeat():
            self._held.add(key)
            self.advance(MOVES[key], TAP_SECONDS)
            self._last_tick = time.monotonic()
            if not self._timer.isActive():
                self._timer.start()
        return True

    # -- moving ----------------------------------------------------------------------------

    def advance(self, keys: tuple[int, int, int], seconds: float) -> None:
        """Move for ``seconds`` as if (forward, right, turn_left) keys were held."""
        if self.pose is None:
            return
        forward, right, turn_left = keys
        self.pose = walk_maths.step(self.pose, seconds, forward, right, turn_left)
        self._apply()

    def look(self, yaw_degrees: float, pitch_degrees: float) -> None:
        if self.pose is None:
            return
        self.pose = walk_maths.turn(self.pose, yaw_degrees, pitch_degrees)
        self._apply()

    def _tick(self) -> None:
        now = time.monotonic()
        elapsed, self._last_tick = now - self._last_tick, now
        if not self._held:
            self._timer.stop()
            return
        total = [0, 0, 0]
        for key in self._held:
            for axis, value in enumerate(MOVES[key]):
                total[axis] += value
        keys = (max(-1, min(1, total[0])), max(-1, min(1, total[1])), max(-1, min(1, total[2])))
        self.advance(keys, min(elapsed, 0.1))

    def _apply(self) -> None:
        assert self.pose is not None
        position, focal, up = walk_maths.camera_of(self.pose)
        camera = self._plotter.renderer.GetActiveCamera()
        camera.SetPosition(*position)
        camera.SetFocalPoint(*focal)
        camera.SetViewUp(*up)
        self._plotter.renderer.ResetCameraClippingRange()
        self.moved.emit()


def _inside(point: Sequence[float], bounds: Sequence[float]) -> bool:
    x0, x1, y0, y1, z0, z1 = bounds
    return x0 <= point[0] <= x1 and y0 <= point[1] <= y1 and z0 <= point[2] <= z1


def _entrance(
    camera: Sequence[float], bounds: Sequence[float], storeys: Sequence[Any]
) -> tuple[tuple[float, float, float], tuple[float, float, float]]:
    """A standing point just outside the model on the camera's side, and the model centre."""
    x0, x1, y0, y1, z0, _z1 = bounds
    cx, cy = (x0 + x1) / 2, (y0 + y1) / 2
    dx, dy = camera[0] - cx, camera[1] - cy
    scale = max(abs(dx) / max((x1 - x0) / 2, 1e-6), abs(dy) / max((y1 - y0) / 2, 1e-6), 1e-6)
    margin = 1.05 + 2.0 / max(x1 - x0, y1 - y0, 1.0)
    ground = min((s.elevation for s in storeys), key=abs, default=z0)
    eye = ground + walk_maths.EYE_HEIGHT
    start = (cx + dx / scale * margin, cy + dy / scale * margin, eye)
    return start, (cx, cy, eye)
