"""Pictures without a screen: off-screen rendering for ``fmdesk render``, reports and tests.

VTK 9.4+ wheels choose their OpenGL window at run time; on a Linux server without ``DISPLAY``
the default X window fails ("bad X server connection") before VTK falls back. Asking for the
EGL window directly (Mesa's EGL works without any display server) avoids the failed X attempt
and its warning; OSMesa (``VTK_DEFAULT_OPENGL_WINDOW=vtkOSOpenGLRenderWindow``) is the
alternative a user can force through the same variable.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import numpy as np

from fmdesk.bim.geometry import MeshBatch

__all__ = [
    "create_offscreen_plotter",
    "has_display",
    "prepare_offscreen",
    "render_image",
    "render_png",
]


def has_display() -> bool:
    """True when a windowing system is reachable (always on Windows and macOS)."""
    if not sys.platform.startswith("linux"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def prepare_offscreen() -> None:
    """Make VTK render off-screen, and on a display-less Linux use EGL, not X.

    Call before creating plotters; an explicit ``VTK_DEFAULT_OPENGL_WINDOW`` is respected.
    """
    import pyvista as pv

    pv.OFF_SCREEN = True
    if not has_display():
        os.environ.setdefault("VTK_DEFAULT_OPENGL_WINDOW", "vtkEGLRenderWindow")


def create_offscreen_plotter(size: tuple[int, int] = (1600, 1000)) -> Any:
    """An off-screen pyvista plotter without multi-sample anti-aliasing.

    Off-screen rendering runs on servers and CI, i.e. on software OpenGL (Mesa llvmpipe), where
    pyvista's default 8x MSAA makes every frame about 3x dearer: on the 100k-element building
    at 1280x800 the first frame took 2.9 s with MSAA and 1.0 s without (FXAA instead: 2.1 s),
    which alone decided whether a cached re-open reaches a picture 10x faster than a cold open.
    The GUI's ``QtInteractor`` is created with ``multi_samples=0`` for the same reason.

    Example::

        plotter = create_offscreen_plotter((800, 600))
    """
    import pyvista as pv

    prepare_offscreen()
    plotter = pv.Plotter(off_screen=True, window_size=list(size))
    plotter.disable_anti_aliasing()
    return plotter


def render_image(
    geometry: MeshBatch,
    *,
    view: str = "iso",
    storey: str | None = None,
    highlight: Iterable[str] = (),
    size: tuple[int, int] = (1600, 1000),
    xray: bool = False,
    colour_mode: str = "style",
) -> np.ndarray:
    """Render ``geometry`` off-screen and return the RGB image (height, width, 3) uint8.

    Unknown storey or highlight ids raise ``KeyError`` naming them (callers turn that into a
    user error); the plotter is always closed so no VTK objects outlive the call.
    """
    from fmdesk.render.scene import Scene

    plotter = create_offscreen_plotter(size)
    try:
        scene = Scene(plotter, colour_mode=colour_mode)
        scene.set_geometry(geometry)
        if storey:
            scene.isolate_storey(storey)
        ids = list(highlight)
        if ids:
            unknown = scene.highlight(ids, "selection")
            if unknown:
                raise KeyError(", ".join(unknown))
        scene.set_xray(xray)
        scene.set_view(view)
        plotter.render()
        image = plotter.screenshot(return_img=True)
        return np.asarray(image)
    finally:
        plotter.close()
        plotter.deep_clean()


def render_png(geometry: MeshBatch, out: str | Path, **options: Any) -> dict[str, Any]:
    """Render to a PNG file; returns facts about the picture (path, size, pixel std)."""
    from PIL import Image

    image = render_image(geometry, **options)
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    Image.fromarray(image).save(out)
    return {
        "path": str(out),
        "width": int(image.shape[1]),
        "height": int(image.shape[0]),
        "pixel_std": round(float(image.std()), 2),
    }
