"""The 3D view draws into a native window (no OpenGL compositing of the whole main window),
and window pictures still show the model."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage
from PySide6.QtOpenGLWidgets import QOpenGLWidget

from fmdesk.ui.vtk_native import NATIVE_PLATFORMS, NativeInteractor, grab_with_view
from tests.ui.conftest import wait_loaded


@pytest.fixture
def window(make_window, qtbot, model_path: Path, cached_geometry: Path):
    window = make_window()
    window.open_model_file(model_path)
    wait_loaded(qtbot, window)
    view = window.view
    qtbot.waitUntil(lambda: view.is_settled() and not view.progressive.pending, timeout=30000)
    return window


def pixels(image: QImage) -> np.ndarray:
    """(height, width, 3) RGB of ``image`` (32-bit pixels: rows are never padded)."""
    image = image.convertToFormat(QImage.Format.Format_RGB32)
    width, height = image.width(), image.height()
    data = np.array(image.constBits(), np.uint8)[: 4 * width * height]
    return data.reshape(height, width, 4)[:, :, 2::-1]  # BGRA in memory, little-endian


def test_on_x11_the_view_is_a_native_window_not_an_opengl_widget(window) -> None:
    if QGuiApplication.platformName() not in NATIVE_PLATFORMS:
        pytest.skip(f"Qt platform {QGuiApplication.platformName()} has no native windows")
    view = window.view.interactor
    assert isinstance(view, NativeInteractor) and not isinstance(view, QOpenGLWidget)
    assert view.testAttribute(Qt.WidgetAttribute.WA_NativeWindow)
    assert not window.findChildren(QOpenGLWidget)  # Qt composites no window through OpenGL


def test_a_window_picture_shows_the_model_where_the_view_is(window) -> None:
    """Qt's own grab leaves a native window's area as it is; the window picture draws the
    view's picture there (screenshots, `fmdesk gui --screenshot`)."""
    view = window.view.interactor
    corner = view.mapTo(window, view.rect().topLeft())
    area = (
        slice(corner.y(), corner.y() + view.height()),
        slice(corner.x(), corner.x() + view.width()),
    )
    shot = pixels(grab_with_view(window).toImage())[area]
    picture = pixels(view.picture().scaled(view.width(), view.height()))
    assert shot.shape == picture.shape
    assert (np.abs(shot.astype(int) - picture.astype(int)).max(axis=2) > 40).mean() < 0.02
    building = (shot.astype(int).sum(axis=2) < 3 * 240).mean()  # not the white background
    assert building > 0.05 and len(np.unique(shot.reshape(-1, 3), axis=0)) >= 4
