"""Off-screen plotters that are always closed, a leak check, and the sample's geometry once."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from pathlib import Path

import pytest
import pyvista as pv
from vtkmodules.vtkRenderingCore import vtkActor, vtkRenderWindow

from fmdesk import bim
from fmdesk.bim.geometry import MeshBatch, concat_batches, iter_tessellation
from fmdesk.render.offscreen import prepare_offscreen

SAMPLE = Path(__file__).resolve().parents[2] / "ifc_samples" / "sample_residential_ifc4.ifc"
_WINDOW_TYPES = (vtkRenderWindow,)

prepare_offscreen()
pv.OFF_SCREEN = True


def vtk_object_count(types: tuple[type, ...] = _WINDOW_TYPES) -> int:
    """Live VTK objects of ``types`` (VTK's Python wrappers are tracked by the collector)."""
    gc.unfreeze()  # get_objects skips objects frozen by a model load
    gc.collect()
    return sum(isinstance(o, types) for o in gc.get_objects())


def live_actor_count() -> int:
    return vtk_object_count((vtkActor,))


@pytest.fixture(autouse=True)
def no_vtk_leaks(request: pytest.FixtureRequest) -> Iterator[None]:
    """Every test must close its plotters: no plotter or render window survives it.

    (Actors held by a test's own fixtures live until pytest drops the fixture values, after
    this check; ``test_closing_the_plotter_frees_the_scene_actors`` checks actors explicitly.)
    """
    from pyvista.plotting import _ALL_PLOTTERS

    renders = {"plotter", "sample_geometry"} & set(request.fixturenames)
    before_plotters = len(_ALL_PLOTTERS)
    before = vtk_object_count() if renders else 0  # a full gc scan costs ~0.5 s
    yield
    assert len(_ALL_PLOTTERS) == before_plotters, "a plotter was left open"
    if renders:
        assert vtk_object_count() <= before, "a render window (GL context) leaked from the test"


@pytest.fixture
def plotter() -> Iterator[pv.Plotter]:
    plotter = pv.Plotter(off_screen=True, window_size=[480, 360])
    try:
        yield plotter
    finally:
        plotter.close()
        plotter.deep_clean()
        del plotter


@pytest.fixture(scope="session")
def sample_path() -> Path:
    if not SAMPLE.is_file():
        pytest.skip("ifc_samples/sample_residential_ifc4.ifc is missing (run fmdesk samples)")
    return SAMPLE


@pytest.fixture(scope="session")
def sample_geometry(sample_path: Path) -> MeshBatch:
    """The committed IFC4 sample, meshed once per session (no cache involved)."""
    return concat_batches(iter_tessellation(bim.open_model(sample_path)))
