"""3D scene building on pyvista, without Qt: merged meshes, picking, highlights, visibility.

The GUI passes its pyvistaqt ``QtInteractor``; tests and ``fmdesk render`` pass an off-screen
``pv.Plotter``. Typical use::

    from fmdesk.bim.geometry import tessellate
    from fmdesk.render import Scene

    scene = Scene(plotter)
    for batch in tessellate("building.ifc", cancel=is_cancelled, progress=report):
        scene.add_batch(batch)      # progressive; the caller renders when it likes
    scene.compact()
    scene.set_view("iso")
"""

from __future__ import annotations

from fmdesk.render.palette import HIGHLIGHT_STYLES, colour_for, is_architecture
from fmdesk.render.scene import DEFAULT_HIDDEN_CLASSES, Scene, SceneState, Section
from fmdesk.render.views import STANDARD_VIEWS

__all__ = [
    "DEFAULT_HIDDEN_CLASSES",
    "HIGHLIGHT_STYLES",
    "STANDARD_VIEWS",
    "Scene",
    "SceneState",
    "Section",
    "colour_for",
    "is_architecture",
]
