"""The main window: menus, toolbar, dockable panels, status bar, and the wiring between them.

Slots stay short: read what the user chose, call one function (open a model, change the scene,
run a use case through ``self.ops``), and let the panels mirror the shared state (the selection,
the loaded model, the change bus). The window's responsibilities live in :mod:`fmdesk.ui.window`
(opening, selection, view actions, viewpoints, layout); this module builds the window and wires
them. Every user-visible string goes through ``self.tr()`` and is set again in
:meth:`MainWindow.retranslate`, so switching language needs no restart.

Start-up: the window is shown before the 3D view exists (importing VTK takes seconds on an
office PC); a placeholder takes its place and the view is built right after the first paint, or
as soon as anything asks for ``window.view``. ``fmdesk gui`` also defers the features (records,
planning, networks…: their modules import the database and model libraries) until the empty
window has been painted (``defer_start``); ``window.when_started(callback)`` runs a callback once
they are installed.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QPaintEvent, QShortcut
from PySide6.QtWidgets import (
    QDockWidget,
    QLabel,
    QMainWindow,
    QMessageBox,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from fmdesk import __version__
from fmdesk.app import App
from fmdesk.settings import Settings, load_settings, save_settings
from fmdesk.ui import i18n
from fmdesk.ui.changes import ChangeBus
from fmdesk.ui.dialogs import error_sentence
from fmdesk.ui.features import install_features
from fmdesk.ui.main_menus import MainMenus
from fmdesk.ui.ops import OperationRunner
from fmdesk.ui.pacing import TurnPacer
from fmdesk.ui.panels.problems_panel import ProblemsPanel
from fmdesk.ui.panels.properties_panel import PropertiesPanel
from fmdesk.ui.panels.tree_panel import ModelTreePanel
from fmdesk.ui.panels.viewpoints_panel import ViewpointsPanel
from fmdesk.ui.selection import SelectionModel
from fmdesk.ui.status_bar import StatusBar
from fmdesk.ui.window.layout import WindowLayout
from fmdesk.ui.window.opening import MODEL_SUFFIXES, ModelOpening, is_model_path
from fmdesk.ui.window.selection import SelectionMirror
from fmdesk.ui.window.view_actions import ViewActions
from fmdesk.ui.window.viewpoints import ViewpointSlots
from fmdesk.ui.workers import Worker, start_worker

if TYPE_CHECKING:
    from fmdesk.ui.loading import LoadedModel, LoadSummary
    from fmdesk.ui.view3d import View3D

__all__ = ["MODEL_SUFFIXES", "MainWindow", "is_model_path"]


class ViewHost(QWidget):
    """The central widget: a placeholder until the 3D view is built, then the view.

    The central widget itself never changes, so the docks keep the widths they were given.
    After the first paint it calls ``ready`` (once), which builds the view.
    """

    def __init__(self, ready: Callable[[], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ready = ready
        self._asked = False
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.placeholder = QLabel(self)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setText(self.tr("Preparing the 3D view…"))
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 0)
        self.layout_.addWidget(self.placeholder)

    def set_view(self, view: QWidget) -> None:
        view.setGeometry(self.placeholder.geometry())  # its first paint is at its final size
        self.layout_.addWidget(view)
        self.layout_.removeWidget(self.placeholder)
        self.placeholder.deleteLater()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._asked:
            self._asked = True
            QTimer.singleShot(0, self, self._ready)


_VIEW_MODULES = (
    "fmdesk.render.progressive",
    "fmdesk.render.scene",
    "pyvista.plotting",
    "vtkmodules.vtkRenderingOpenGL2",
    "vtkmodules.vtkInteractionStyle",
    "vtkmodules.vtkInteractionWidgets",
    "vtkmodules.vtkViewsContext2D",
)
"""What building the 3D view imports, but the Qt parts (VTK's rendering and interaction
modules, pyvista's plotting with matplotlib's colour maps: about 260 modules, 0.7 s). Never a
module that imports Qt classes: PySide6 creates its types and enums lazily and not thread-safely,
and pyvistaqt's ``from PySide6.QtGui import *`` (through qtpy) on this thread crashed the app in
one start of twenty while the GUI thread ran. The view's own modules (:mod:`fmdesk.ui.view3d`,
:mod:`fmdesk.ui.vtk_native`, VTK's Qt widget) are imported on the GUI thread when it is built."""
_MODEL_MODULES = (
    "fmdesk.render.viewpoints",
    "fmdesk.app.network",
    "fmdesk.network.cache",
    "fmdesk.network.compact",
    "fmdesk.app.planning",
    "fmdesk.maintenance.annual",
)
"""What the panels import when the first model arrives (its viewpoints, network checks and
maintenance plan: 16 modules, 0.1-0.2 s on the GUI thread in the middle of an open)."""


def import_view_modules() -> None:
    """Import, off the GUI thread, what building the view and showing a model import when
    first used."""
    for name in (*_VIEW_MODULES, *_MODEL_MODULES):
        importlib.import_module(name)


class MainWindow(
    ModelOpening, SelectionMirror, ViewActions, ViewpointSlots, WindowLayout, QMainWindow
):
    """fmdesk's main window; ``open_model_file`` is what File → Open and drag-and-drop call.

    ``window.app`` is the :class:`~fmdesk.app.App` every use case receives, ``window.ops`` runs
    use cases in the background (progress, Cancel), ``window.bus`` tells panels what changed.
    ``model_changed(LoadedModel | None)`` is broadcast when a model has been read or closed;
    ``selection.changed`` does the same for the selection.
    """

    model_changed = Signal(object)
    started = Signal()  # the features are installed and the layout restored
    language_changed = Signal()  # after the window's own texts are retranslated
    closing = Signal()  # the window is closing: features stop their work (before the database)

    def __init__(
        self,
        settings: Settings | None = None,
        with_geometry: bool = True,
        app: App | None = None,
        defer_start: bool = False,
    ) -> None:
        super().__init__()
        self.setObjectName("MainWindow")
        self.settings = settings or load_settings()
        self.app = app or _app_for(self.settings)
        self.language = i18n.resolve_language(self.settings.language)
        self.with_geometry = with_geometry
        self.selection = SelectionModel(self)
        self.loaded: LoadedModel | None = None
        self.last_summary: LoadSummary | None = None
        self.last_error: str | None = None
        self._dock_titles: dict[QDockWidget, Callable[[], str]] = {}
        self.viewpoints: list[Any] = []
        self._view: View3D | None = None
        self._view_import: Worker | None = None
        """Imports the view's modules off the GUI thread after the first paint."""
        self._open_when_view_ready: Path | None = None
        self._loader = None
        self.features: list[str] = []
        self._started = False
        self._when_started: list[Callable[[], None]] = []

        self.pacer = TurnPacer(self)
        self.view_host = ViewHost(self._after_first_paint, self)
        self.setCentralWidget(self.view_host)
        self.tree_panel = ModelTreePanel(self.selection, self)
        self.properties_panel = PropertiesPanel(self.selection, self)
        self.problems_panel = ProblemsPanel(self.selection, self)
        self.viewpoints_panel = ViewpointsPanel(self)
        self._create_docks()
        self.status = StatusBar(self.settings.effective_database_url(), self)
        self.setStatusBar(self.status)
        self.bus = ChangeBus(self)
        self.ops = OperationRunner(self.status, self.bus, self)
        self.menus = MainMenus(self)
        self._connect()
        self.setAcceptDrops(True)
        self.resize(1400, 900)
        self._default_dock_sizes()
        self.retranslate()
        if defer_start:
            self.restore_geometry()
        else:
            self.finish_start()

    # -- start-up --------------------------------------------------------------------------

    def finish_start(self) -> None:
        """Install the features and restore the saved layout (once)."""
        if self._started:
            return
        self._started = True
        self.features = self._install_features()
        self._default_dock_sizes()
        self.retranslate()
        self.restore_layout()
        if self.isVisible():  # deferred start: the features tabified docks after the show
            QTimer.singleShot(0, self, self.hide_stale_tab_bars)
        self.started.emit()
        callbacks, self._when_started = self._when_started, []
        for callback in callbacks:
            callback()

    def when_started(self, callback: Callable[[], None]) -> None:
        """Run ``callback`` once the features are installed (now, if they are)."""
        if self._started:
            callback()
        else:
            self._when_started.append(callback)

    def _after_first_paint(self) -> None:
        self.finish_start()
        self._import_view_then_build()

    def _import_view_then_build(self) -> None:
        """Import the 3D view's modules (VTK, pyvista: half a second) on a worker thread, then
        build the view here: imported on the GUI thread, they froze the window for 0.8 s
        right after its first paint, or inside the first Open (benchmarks/gui_stall.py); off
        it, the longest gap they cause is under 40 ms. An Open before they are in waits for
        them (:meth:`defer_until_view`)."""
        if self._view is not None or self._view_import is not None:
            return
        worker = Worker(lambda _job: import_view_modules())
        worker.finished.connect(self._on_view_imported)
        self._view_import = start_worker(worker)

    def _on_view_imported(self) -> None:
        worker, self._view_import = self._view_import, None
        if worker is not None:  # its thread is quitting: let it end before its last reference
            worker.thread.wait(2000)  # goes (Qt aborts on a QThread destroyed while running)
        self._build_view()
        path, self._open_when_view_ready = self._open_when_view_ready, None
        if path is not None:
            self.open_model_file(path)

    def defer_until_view(self, path: Path) -> bool:
        """True when the view's modules are still being imported: ``path`` is opened once the
        view is built (an Open now would wait for the import on the GUI thread)."""
        if self._view is not None:
            return False
        if self._view_import is None:  # an Open before the first paint's handler ran
            self._import_view_then_build()
        self._open_when_view_ready = path
        return True

    # -- the 3D view, built after the first paint ------------------------------------------

    @property
    def view(self) -> View3D:
        """The 3D view (built now if the window has not been painted yet)."""
        if self._view is None:
            self._build_view()
        assert self._view is not None
        return self._view

    def has_view(self) -> bool:
        return self._view is not None

    def _build_view(self) -> None:
        if self._view is not None:
            return
        from fmdesk.ui.view3d import View3D

        view = View3D(self.selection, self, pacer=self.pacer)
        view.expand = self.drawable_ids  # type: ignore[method-assign]
        view.context_menu_requested.connect(self.show_context_menu)
        view.walk_mode_changed.connect(self._on_walk_mode_changed)
        self._view = view
        self.view_host.set_view(view)
        if self.loaded is not None:
            view.set_model_info(self.loaded)

    # -- construction ----------------------------------------------------------------------

    def _install_features(self) -> list[str]:
        """Plug in the feature modules; one that fails is reported, the shell still starts."""
        try:
            return install_features(self)
        except Exception as error:  # a broken feature must not keep the app from opening
            self.problems_panel.add_problem(
                self.tr("Feature"), type(error).__name__, error_sentence(error)
            )
            return []

    def _create_docks(self) -> None:
        area = Qt.DockWidgetArea
        self.tree_dock = self._dock("ModelTreeDock", self.tree_panel, area.LeftDockWidgetArea)
        self.properties_dock = self._dock(
            "PropertiesDock", self.properties_panel, area.RightDockWidgetArea
        )
        self.viewpoints_dock = self._dock(
            "ViewpointsDock", self.viewpoints_panel, area.RightDockWidgetArea
        )
        self.problems_dock = self._dock(
            "ProblemsDock", self.problems_panel, area.BottomDockWidgetArea
        )
        self.tabifyDockWidget(self.properties_dock, self.viewpoints_dock)
        self.properties_dock.raise_()

    def _default_dock_sizes(self) -> None:
        """Side panels wide enough for Chinese names, a low bottom area (features included)."""
        self.resizeDocks(
            [self.tree_dock, self.properties_dock], [380, 430], Qt.Orientation.Horizontal
        )
        self.resizeDocks([self.problems_dock], [150], Qt.Orientation.Vertical)

    def add_dock(
        self,
        name: str,
        widget: QWidget,
        title: Callable[[], str],
        area: Qt.DockWidgetArea = Qt.DockWidgetArea.RightDockWidgetArea,
        tabify_with: QDockWidget | None = None,
    ) -> QDockWidget:
        """Add a feature's panel: a dock with a stable ``name`` (so its place is remembered),
        listed under View → Panels, titled by ``title()`` in the current language.

        Example: ``window.add_dock("WorkOrdersDock", panel, lambda: panel.tr("Work orders"))``
        """
        dock = self._dock(name, widget, area)
        self._dock_titles[dock] = title
        dock.setWindowTitle(title())
        self.menus.panels_menu.addAction(dock.toggleViewAction())
        if tabify_with is not None:
            self.tabifyDockWidget(tabify_with, dock)
        return dock

    def _dock(self, name: str, widget: QWidget, area: Qt.DockWidgetArea) -> QDockWidget:
        dock = QDockWidget(self)
        dock.setObjectName(name)
        dock.setWidget(widget)
        self.addDockWidget(area, dock)
        return dock

    def _connect(self) -> None:
        self.selection.changed.connect(self._on_selection_changed)
        self.problems_panel.changed.connect(self._update_problems_title)
        leave_walk = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        leave_walk.activated.connect(lambda: self.has_view() and self.set_walk_mode(False))
        self.status.cancel_requested.connect(self.cancel_loading)
        self.tree_panel.context_menu_requested.connect(self.show_context_menu)
        self.viewpoints_panel.save_requested.connect(self.save_viewpoint)
        self.viewpoints_panel.restore_requested.connect(self.restore_viewpoint)
        self.viewpoints_panel.delete_requested.connect(self.delete_viewpoint)

    # -- translation -----------------------------------------------------------------------

    def retranslate(self) -> None:
        """Set the window's own strings again (menus and status bar do theirs)."""
        self._update_title()
        self.tree_dock.setWindowTitle(self.tr("Model tree"))
        self.properties_dock.setWindowTitle(self.tr("Properties"))
        self._update_problems_title()
        self.viewpoints_dock.setWindowTitle(self.tr("Viewpoints"))
        for dock, title in self._dock_titles.items():
            dock.setWindowTitle(title())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self.language_changed.emit()
        super().changeEvent(event)

    def set_language(self, language: str) -> None:
        """Switch the UI language now and remember it."""
        if language not in i18n.LANGUAGES:
            return
        self.language = i18n.install_language(language)
        self.menus.language_actions[language].setChecked(True)
        # LanguageChange events arrive later; retranslate now so the switch is immediate.
        for part in (
            self.tree_panel,
            self.properties_panel,
            self.problems_panel,
            self.viewpoints_panel,
            self.status,
            self.menus,
        ):
            part.retranslate()
        self.retranslate()
        self.settings.language = language
        save_settings(self.settings)

    def _update_problems_title(self) -> None:
        count = self.problems_panel.count()
        title = self.tr("Problems")
        self.problems_dock.setWindowTitle(f"{title} ({count})" if count else title)

    def _update_title(self) -> None:
        if self.loaded is None:
            self.setWindowTitle("fmdesk")
        else:
            self.setWindowTitle(f"{self.loaded.path.name} — fmdesk")

    def show_about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About fmdesk"),
            self.tr(
                "fmdesk {0}\nBIM-aware facility management for property engineering departments."
            ).format(__version__),
        )

    # -- showing and closing ---------------------------------------------------------------

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        QTimer.singleShot(0, self, self.hide_stale_tab_bars)

    def closeEvent(self, event: Any) -> None:
        self.closing.emit()
        if self._loader is not None:
            self._loader.cancel(wait=True)
        self.ops.shutdown()
        self.save_layout()
        if self._view is not None:
            self._view.shutdown()
        self.pacer.stop()
        self.app.close()
        super().closeEvent(event)


def _app_for(settings: Settings) -> App:
    """The application over the settings' database, opened on first use (not at start-up)."""
    from fmdesk.bootstrap import bootstrap

    return bootstrap(settings=settings, open_database=False)
