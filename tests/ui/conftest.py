"""Qt fixtures: a main-window factory that fails a test leaking widgets or VTK render windows."""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QApplication, QMessageBox

from fmdesk.ui import i18n

REPO = Path(__file__).resolve().parents[2]
SAMPLE = REPO / "ifc_samples" / "sample_residential_ifc4.ifc"


@pytest.fixture(autouse=True)
def interactive_pyvista() -> Iterator[None]:
    """The 3D view needs an interactive plotter, whatever the off-screen render tests set.

    ``pv.OFF_SCREEN`` is process-wide; render tests (and ``fmdesk render`` run in-process) turn
    it on, after which a QtInteractor has no interactor and every GUI test fails.
    """
    import pyvista as pv

    previous = pv.OFF_SCREEN
    pv.OFF_SCREEN = False
    yield
    pv.OFF_SCREEN = previous


@pytest.fixture(scope="session")
def model_path() -> Path:
    """The generated sample building, or the public FZK house while it is not generated yet."""
    if SAMPLE.is_file():
        return SAMPLE
    fallback = REPO.parent / "shared" / "ifc" / "fzk-haus_ifc4.ifc"
    if not fallback.is_file():
        pytest.skip("no IFC model available")
    return fallback


@pytest.fixture(scope="session")
def geometry_cache_folder(model_path: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The sample's tessellation, computed once per session into a shared cache folder."""
    import os

    from fmdesk.bim.geometry import tessellate

    home = tmp_path_factory.mktemp("geometry_home")
    previous = os.environ.get("FMDESK_HOME")
    os.environ["FMDESK_HOME"] = str(home)
    try:
        for _ in tessellate(model_path):
            pass
    finally:
        if previous is None:
            os.environ.pop("FMDESK_HOME", None)
        else:
            os.environ["FMDESK_HOME"] = previous
    return home / "cache" / "geometry"


@pytest.fixture
def cached_geometry(geometry_cache_folder: Path, isolated_home: Path) -> Path:
    """Let this test's FMDESK_HOME see the session's geometry cache (re-open path, fast)."""
    (isolated_home / "cache").mkdir(parents=True, exist_ok=True)
    (isolated_home / "cache" / "geometry").symlink_to(geometry_cache_folder)
    return geometry_cache_folder


def stale_surface_wrappers() -> list[object]:
    """Python wrappers typed plain QSurface still alive (shiboken cannot track them).

    A window is a QSurface but not through QObject, so its QSurface-typed wrapper is never
    invalidated; a later object allocated at the same address comes back as that wrapper.
    """
    from PySide6.QtGui import QSurface

    gc.unfreeze()  # a model load freezes what it leaves alive; get_objects skips frozen ones
    return [obj for obj in gc.get_objects() if type(obj) is QSurface]


@pytest.fixture
def make_window(qapp: QApplication, qtbot) -> Iterator[Callable[..., object]]:
    """Create main windows; afterwards close them and check nothing was left behind."""
    from pyvista.plotting.plotter import _ALL_PLOTTERS

    from fmdesk.ui.app import create_main_window

    i18n.use_cjk_font(qapp)
    before = set(map(id, qapp.topLevelWidgets()))
    plotters_before = set(_ALL_PLOTTERS)
    windows = []

    def factory(language: str = "en", with_geometry: bool = True, defer_start: bool = False):
        window = create_main_window(language, with_geometry=with_geometry, defer_start=defer_start)
        windows.append(window)
        window.show()
        qtbot.waitExposed(window)
        return window

    yield factory
    for window in windows:
        window.close()
        window.deleteLater()
    for _ in range(3):
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        qapp.processEvents()
    leaked = [w for w in qapp.topLevelWidgets() if id(w) not in before]
    windows.clear()
    assert not leaked, f"widgets left open: {[type(w).__name__ for w in leaked]}"
    assert set(_ALL_PLOTTERS) <= plotters_before, "a VTK plotter was not closed"
    assert not stale_surface_wrappers(), "a QSurface wrapper outlived its window"
    assert gc.isenabled(), "a model load left the garbage collector paused"
    i18n.install_language("en")


@pytest.fixture
def message_boxes(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """Capture QMessageBox.warning calls instead of blocking on a modal dialog."""
    shown: list[tuple[str, str]] = []

    def capture(parent, title, text, *args, **kwargs):
        shown.append((title, text))
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "warning", capture)
    return shown


def wait_loaded(qtbot, window, timeout: int = 60000) -> None:
    """Wait until the model is read, every geometry batch added and the chunks merged."""
    qtbot.waitUntil(
        lambda: window.loaded is not None and not window.is_loading() and window.view.is_settled(),
        timeout=timeout,
    )
