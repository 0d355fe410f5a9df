"""The 3D view's VTK widget: a native window VTK draws into, with pyvista's plotter on top.

pyvistaqt's ``QtInteractor`` is a ``QOpenGLWidget``: VTK draws into a framebuffer object and
Qt then composites the *whole* window through OpenGL on every repaint of *any* of its widgets.
On the software OpenGL of most office PCs and remote desktops (llvmpipe) a status bar repaint
took 28-45 ms with the view in the window and 0.5-2 ms without it, so every progress tick, label
and table update of a load cost the GUI thread tens of milliseconds. Here VTK's own
``QVTKRenderWindowInteractor`` on a plain ``QWidget`` gives VTK a native child window to draw
into; the rest of the window is painted by Qt's raster engine as if the view were not there.

:class:`NativeInteractor` offers what the scene and the view use of pyvistaqt's interactor
(pyvista's ``BasePlotter``: renderer, render window, actors, cameras, screenshots, interactor
styles). A native window does not paint into ``QWidget.grab()``: :func:`grab_with_view` puts
the view's own picture into a window grab. Where Qt has no native windows VTK can use
(:data:`NATIVE_PLATFORMS`), :func:`create_interactor` falls back to pyvistaqt's widget.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from typing import Any

import numpy as np
import pyvista
import vtkmodules.qt
from PySide6.QtCore import QPoint
from PySide6.QtGui import QImage, QPainter, QPixmap
from PySide6.QtWidgets import QWidget
from pyvista.plotting.plotter import BasePlotter
from pyvista.plotting.render_window_interactor import RenderWindowInteractor

vtkmodules.qt.QVTKRWIBase = "QWidget"
vtkmodules.qt.PyQtImpl = "PySide6"
from vtkmodules.qt.QVTKRenderWindowInteractor import (  # noqa: E402 (after the choices above)
    QVTKRenderWindowInteractor,
)

__all__ = ["NATIVE_PLATFORMS", "NativeInteractor", "create_interactor", "grab_with_view"]

NATIVE_PLATFORMS = frozenset({"xcb", "windows", "cocoa"})
"""Qt platforms whose native child windows VTK can draw into. Elsewhere (``offscreen``, as
installed bundles are checked, or a Wayland session) the view is pyvistaqt's ``QOpenGLWidget``."""


def create_interactor(parent: QWidget) -> Any:
    """The 3D view's VTK widget for this platform (see :data:`NATIVE_PLATFORMS`)."""
    from PySide6.QtGui import QGuiApplication

    if QGuiApplication.platformName() in NATIVE_PLATFORMS:
        return NativeInteractor(parent, multi_samples=0)
    from pyvistaqt import QtInteractor

    return QtInteractor(parent, auto_update=False, multi_samples=0)


@contextlib.contextmanager
def _no_base_plotter_init() -> Iterator[None]:
    """Qt's constructor calls the next ``__init__`` in the MRO: keep it from being pyvista's
    (called next, with its own arguments)."""
    init = BasePlotter.__init__
    BasePlotter.__init__ = lambda *args, **kwargs: None  # type: ignore[method-assign]
    try:
        yield
    finally:
        BasePlotter.__init__ = init  # type: ignore[method-assign]


class _ClosedInteractor:
    """Stands in for VTK's interactor once the view is closed (Qt may still send it a leave
    or resize event while the window goes away)."""

    def __getattr__(self, name: str) -> Any:
        return lambda *args, **kwargs: None


def _unless_swallowed(handler: str) -> Callable[[Any, Any], None]:
    """An input handler that passes ``event`` to VTK's own ``handler`` unless the view's
    :attr:`NativeInteractor.input_filter` swallows it."""
    base = getattr(QVTKRenderWindowInteractor, handler)

    def handle(self: NativeInteractor, event: Any) -> None:
        if not self._swallowed(event):
            base(self, event)

    handle.__name__ = handler
    return handle


class NativeInteractor(QVTKRenderWindowInteractor, BasePlotter):
    """A pyvista plotter drawn by VTK into a native child window (see the module docstring).

    Example::

        view = NativeInteractor(parent, multi_samples=0)
        view.add_mesh(pyvista.Sphere())
        view.render()
    """

    def __init__(self, parent: QWidget | None = None, multi_samples: int = 0) -> None:
        with _no_base_plotter_init():
            QVTKRenderWindowInteractor.__init__(self, parent=parent)
        BasePlotter.__init__(self)
        self.interactor = self
        self.ren_win = self.GetRenderWindow()
        self.ren_win.SetMultiSamples(multi_samples)
        for renderer in self.renderers:
            renderer.view_isometric()
            self.ren_win.AddRenderer(renderer)
        self.background_color = pyvista.global_theme.background
        self._off_screen = False
        self.iren = RenderWindowInteractor(self, interactor=self.ren_win.GetInteractor())
        self.iren.interactor.RemoveObservers("MouseMoveEvent")  # pyvista's picking, unused
        self.iren.initialize()
        self.enable_trackball_style()
        self._first_time = False  # a live window: pyvista may render it at any time
        self._rendered = True  # and read its picture (drawn first if need be, see below)
        self._painted = False
        self.whole_frames: Callable[[], contextlib.AbstractContextManager[Any]] = (
            contextlib.nullcontext
        )
        """Renders inside draw the whole picture (the view sets its progressive renderer's)."""
        self.input_filter: Callable[[Any], bool] | None = None
        """Sees every key, mouse and wheel event first; True swallows it (the view's walk mode,
        clicks and keys). Called from the input handlers, not as a Qt event filter: a filter
        also runs, in Python, twice for every paint of the view, and each such call waits for
        the GIL while a worker thread runs Python."""

    def _swallowed(self, event: Any) -> bool:
        return self.input_filter is not None and self.input_filter(event)

    mousePressEvent = _unless_swallowed("mousePressEvent")
    mouseReleaseEvent = _unless_swallowed("mouseReleaseEvent")
    mouseMoveEvent = _unless_swallowed("mouseMoveEvent")
    mouseDoubleClickEvent = _unless_swallowed("mouseDoubleClickEvent")
    wheelEvent = _unless_swallowed("wheelEvent")
    keyPressEvent = _unless_swallowed("keyPressEvent")
    keyReleaseEvent = _unless_swallowed("keyReleaseEvent")

    def paintEvent(self, event: Any) -> None:
        self._painted = True
        super().paintEvent(event)

    def _check_has_ren_win(self) -> None:
        """Before pyvista reads the picture: a view never painted yet (hidden, or the event
        loop has not run) draws now."""
        if not self._painted:
            self._painted = True
            self.ren_win.Render()
        BasePlotter._check_has_ren_win(self)

    def render(self) -> None:
        """Draw now (pyvista's render, skipped once closed)."""
        if getattr(self, "_closed", False):
            return
        BasePlotter.render(self)

    def close(self) -> None:  # type: ignore[override]
        """Release the plotter and the render window (returns None, like pyvistaqt's)."""
        if getattr(self, "_closed", True):
            return
        BasePlotter.close(self)
        QVTKRenderWindowInteractor.close(self)
        self._Iren = _ClosedInteractor()
        for key in ("_RenderWindow", "renderer"):
            with contextlib.suppress(AttributeError):
                setattr(self, key, None)

    def picture(self) -> QImage:
        """The view's whole picture, drawn and read back from VTK (a native window does not
        paint into ``QWidget.grab``); drawn inside :attr:`whole_frames` (the view's
        progressive renderer would otherwise draw one slice)."""
        with self.whole_frames():
            self.ren_win.Render()
        rgb = np.ascontiguousarray(self.image)  # pyvista: (height, width, 3), top row first
        height, width = rgb.shape[:2]
        return QImage(rgb.data, width, height, 3 * width, QImage.Format.Format_RGB888).copy()


def grab_with_view(window: QWidget) -> QPixmap:
    """``window.grab()`` with the picture of every :class:`NativeInteractor` inside drawn in
    (Qt leaves a native window's area empty)."""
    pixmap = window.grab()
    painter = QPainter(pixmap)
    try:
        for view in window.findChildren(NativeInteractor):
            if view.isVisible() and not getattr(view, "_closed", True):
                corner = view.mapTo(window, QPoint(0, 0))
                painter.drawImage(view.rect().translated(corner), view.picture())
    finally:
        painter.end()
    return pixmap
