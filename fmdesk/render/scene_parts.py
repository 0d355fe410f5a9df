"""The scene's building blocks: one VTK actor per chunk of a part, coloured per triangle.

A part (storey, IFC class, translucent, closed) is drawn by one or a few chunks; each chunk's mesh
wraps the chunk's own arrays without copying them (float32 points, int32 triangles and the
per-triangle element numbers are handed to VTK as they are, memory-mapped ones included), plus
one array of display colours. Highlights are separate actors drawn on top.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import pyvista as pv
from vtkmodules.util.numpy_support import numpy_to_vtk
from vtkmodules.vtkCommonCore import vtkPoints
from vtkmodules.vtkCommonDataModel import vtkCellArray, vtkPlane, vtkPolyData
from vtkmodules.vtkRenderingCore import vtkActor, vtkPolyDataMapper

from fmdesk.bim.geometry_assembly import PartChunk, PartKey
from fmdesk.bim.geometry_types import NO_STYLE_ALPHA
from fmdesk.render.palette import HighlightStyle

__all__ = [
    "SceneChunk",
    "SceneGroup",
    "apply_clipping",
    "build_mesh",
    "cull_back_faces",
    "highlight_actor",
    "model_actor",
    "warm_up_actors",
]


@dataclass
class SceneChunk:
    """A part chunk on screen: its arrays, its mesh and its actor."""

    part: PartChunk
    actor: vtkActor | None = None
    mesh: vtkPolyData | None = None
    mesh_elements: np.ndarray | None = None
    """The element of each cell of ``mesh`` (the visible triangles only)."""
    cells: int = 0
    """Triangles in ``mesh`` (read without a call into VTK)."""
    bounds: tuple[float, ...] | None = None
    """``mesh``'s bounds, read once when it is built: framing the scene then makes no call
    into VTK per chunk (each call lets the GIL go, and taking it back waited behind a worker
    thread: 700 chunks made a 100 ms turn while the model was checked)."""

    @property
    def key(self) -> PartKey:
        return self.part.key

    @property
    def elements(self) -> np.ndarray:
        return self.part.elements

    @property
    def triangle_count(self) -> int:
        return len(self.part.triangles)


@dataclass
class SceneGroup:
    """Every chunk of one part."""

    key: PartKey
    chunks: list[SceneChunk] = field(default_factory=list)

    @property
    def storey_id(self) -> str:
        return self.key[0]

    @property
    def ifc_class(self) -> str:
        return self.key[1]

    @property
    def translucent(self) -> bool:
        return self.key[2]

    @property
    def closed(self) -> bool:
        """Whether every mesh of the part encloses a solid and faces outward."""
        return self.key[3]


def display_rgba(
    part: PartChunk, palette: np.ndarray, colour_mode: str, visible: np.ndarray | None
) -> np.ndarray:
    """Per-triangle display colours: the IFC style where there is one (``style`` mode), else
    the element's class colour from ``palette`` (one uint32 RGBA word per element); only the
    ``visible`` triangles. Colours move as 32-bit words: a third of the time of per-channel
    selects, which matters on the GUI thread."""
    elements = part.elements if visible is None else part.elements[visible]
    if colour_mode == "class":
        return palette[elements].view(np.uint8).reshape(-1, 4)
    style = part.colours if visible is None else part.colours[visible]
    rgba = np.array(style, np.uint8, order="C", copy=True)
    words = rgba.view(np.uint32).ravel()
    unstyled = rgba[:, 3] == NO_STYLE_ALPHA
    words[unstyled] = palette[elements[unstyled]]
    return rgba


def build_mesh(
    part: PartChunk, hidden: np.ndarray, palette: np.ndarray, colour_mode: str
) -> tuple[vtkPolyData, np.ndarray]:
    """The chunk's mesh without its hidden elements, and the element of each of its cells.

    Built with VTK's own calls (pyvista's wrappers cost six times as much, per chunk, on the
    GUI thread); the chunk's arrays are shared with VTK when nothing is hidden: VTK keeps a
    reference (32-bit fixed-size cells: the triangles as they are), nothing is copied.
    """
    visible = ~hidden[part.elements]
    mesh = vtkPolyData()
    if not visible.any():
        return mesh, np.zeros(0, np.int32)
    everything = bool(visible.all())
    triangles = part.triangles if everything else part.triangles[visible]
    elements = _contiguous(part.elements if everything else part.elements[visible])
    points = vtkPoints()
    points.SetData(numpy_to_vtk(_contiguous(part.points), deep=False))
    mesh.SetPoints(points)
    cells = vtkCellArray()
    cells.SetData(3, numpy_to_vtk(_contiguous(triangles).ravel(), deep=False))
    mesh.SetPolys(cells)
    element_array = numpy_to_vtk(elements, deep=False)
    element_array.SetName("element")
    mesh.GetCellData().AddArray(element_array)
    rgba = numpy_to_vtk(display_rgba(part, palette, colour_mode, None if everything else visible))
    rgba.SetName("rgba")
    mesh.GetCellData().SetScalars(rgba)
    return mesh, elements


def model_actor(mesh: vtkPolyData) -> vtkActor:
    """An actor drawing ``mesh`` in its per-triangle ``rgba`` colours, lit like the model."""
    mapper = vtkPolyDataMapper()
    mapper.SetInputData(mesh)
    mapper.SetScalarModeToUseCellFieldData()
    mapper.SelectColorArray("rgba")
    mapper.SetColorModeToDirectScalars()
    mapper.ScalarVisibilityOn()
    actor = vtkActor()
    actor.SetMapper(mapper)
    prop = actor.GetProperty()
    prop.SetAmbient(0.25)
    prop.SetDiffuse(0.8)
    return actor


def highlight_actor(points: np.ndarray, triangles: np.ndarray, style: HighlightStyle) -> vtkActor:
    """One highlight set drawn in its style's colour, pulled toward the viewer."""
    mesh = pv.PolyData.from_regular_faces(points, triangles.astype(np.int32))
    mapper = vtkPolyDataMapper()
    mapper.SetInputData(mesh)
    mapper.ScalarVisibilityOff()
    shift = -4.0 - 2.0 * style.order  # pull toward the viewer so it wins depth ties
    mapper.SetRelativeCoincidentTopologyPolygonOffsetParameters(shift, shift)
    actor = vtkActor()
    actor.SetMapper(mapper)
    prop = actor.GetProperty()
    prop.SetColor(*(c / 255.0 for c in style.colour))
    prop.SetOpacity(style.opacity)
    prop.SetAmbient(0.45)
    prop.SetDiffuse(0.7)
    actor.SetPickable(False)
    return actor


def apply_clipping(actor: vtkActor | None, planes: list[tuple[tuple, tuple]]) -> None:
    """Clip ``actor`` by the section's planes (origin, normal); none removes the clipping."""
    if actor is None:
        return
    mapper = actor.GetMapper()
    mapper.RemoveAllClippingPlanes()
    for origin, normal in planes:
        plane = vtkPlane()
        plane.SetOrigin(*origin)
        plane.SetNormal(*normal)
        mapper.AddClippingPlane(plane)


def cull_back_faces(actor: vtkActor | None, cull: bool) -> None:
    """Skip (or draw again) the triangles of ``actor`` that face away from the camera.

    Only for closed, outward meshes seen from outside: there every back face hides behind a
    front face of the same solid, and software OpenGL, bound by triangles, draws the big
    generated building's full frame in 0.26 s instead of 0.37 s. A section plane opens the
    solids, so culling is off while one is set (their insides must show)."""
    if actor is not None:
        actor.GetProperty().SetBackfaceCulling(cull)


def warm_up_actors() -> list[vtkActor]:
    """Two invisible actors (one degenerate triangle each) drawn like the model's, opaque and
    see-through. Drawn once when a window opens, they make the GL driver compile the shaders
    the model needs then, not in the middle of opening it: software OpenGL took 40-80 ms for
    that in the first frame of a model."""
    actors = []
    for alpha in (255, 128):
        mesh = pv.PolyData.from_regular_faces(
            np.zeros((3, 3), np.float32), np.asarray([[0, 1, 2]], np.int32)
        )
        mesh.cell_data["rgba"] = np.asarray([[200, 200, 200, alpha]], np.uint8)
        mesh.cell_data.active_scalars_name = "rgba"
        actor = model_actor(mesh)
        actor.GetProperty().SetOpacity(1.0 if alpha == 255 else 0.5)
        actor.SetPickable(False)
        actors.append(actor)
    return actors


def _contiguous(array: np.ndarray) -> np.ndarray:
    """C-contiguous without copying when it already is (memory-mapped slices are)."""
    return array if array.flags.c_contiguous else np.ascontiguousarray(array)
