"""The main window: menus, toolbar, dockable panels, status bar, and the wiring between them.

Slots here stay short: read what the user chose, call one function (open a model, change the
scene, switch language), and let the panels mirror the shared state (the selection, the loaded
model). Every user-visible string goes through ``self.tr()`` and is set again in
:meth:`MainWindow.retranslate`, so switching language needs no restart.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import (
    QDragEnterEvent,
    QDropEvent,
    QKeySequence,
    QShortcut,
)
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QFileDialog,
    QInputDialog,
    QMainWindow,
    QMessageBox,
    QTabBar,
    QWidget,
)

from fmdesk import __version__
from fmdesk.settings import Settings, load_settings, save_settings
from fmdesk.ui import i18n
from fmdesk.ui.context_actions import build_context_menu
from fmdesk.ui.dialogs import error_sentence, show_error
from fmdesk.ui.features import install_features
from fmdesk.ui.loading import (
    WARNING_NO_SYSTEMS,
    WARNING_OUTSIDE_STOREY,
    LoadedModel,
    LoadSummary,
    ModelLoader,
)
from fmdesk.ui.main_menus import MainMenus
from fmdesk.ui.pacing import TurnPacer
from fmdesk.ui.panels.problems_panel import ProblemsPanel
from fmdesk.ui.panels.properties_panel import PropertiesPanel
from fmdesk.ui.panels.tree_panel import ModelTreePanel, element_label
from fmdesk.ui.panels.viewpoints_panel import ViewpointsPanel
from fmdesk.ui.selection import SelectionModel
from fmdesk.ui.status_bar import StatusBar
from fmdesk.ui.ui_settings import ui_settings
from fmdesk.ui.view3d import View3D

MODEL_SUFFIXES = (".ifc", ".ifczip")
MAX_RECENT = 10
LAYOUT_VERSION = 1


def is_model_path(path: str | Path) -> bool:
    return Path(path).suffix.lower() in MODEL_SUFFIXES


class MainWindow(QMainWindow):
    """fmdesk's main window; ``open_model_file`` is what File → Open and drag-and-drop call.

    ``model_changed(LoadedModel | None)`` is broadcast when a model has been read or closed, so
    panels added later (maintenance records, work orders) refresh themselves without the
    window knowing them; ``selection.changed`` does the same for the selection.
    """

    model_changed = Signal(object)

    def __init__(self, settings: Settings | None = None, with_geometry: bool = True) -> None:
        super().__init__()
        self.setObjectName("MainWindow")
        self.settings = settings or load_settings()
        self.language = i18n.resolve_language(self.settings.language)
        self.selection = SelectionModel(self)
        self.loaded: LoadedModel | None = None
        self.last_summary: LoadSummary | None = None
        self.last_error: str | None = None
        self._dock_titles: dict[QDockWidget, Callable[[], str]] = {}
        self.viewpoints: list[Any] = []  # fmdesk.render.viewpoints.Viewpoint

        self.pacer = TurnPacer(self)
        self.view = View3D(self.selection, self, pacer=self.pacer)
        self.view.expand = self.drawable_ids  # type: ignore[method-assign]
        self.setCentralWidget(self.view)
        self.tree_panel = ModelTreePanel(self.selection, self)
        self.properties_panel = PropertiesPanel(self.selection, self)
        self.problems_panel = ProblemsPanel(self.selection, self)
        self.viewpoints_panel = ViewpointsPanel(self)
        self.loader = ModelLoader(self, with_geometry=with_geometry, pacer=self.pacer)

        self._create_docks()
        self.status = StatusBar(self.settings.effective_database_url(), self)
        self.setStatusBar(self.status)
        self.menus = MainMenus(self)
        self._connect()
        self.features = self._install_features()
        self.setAcceptDrops(True)
        self.resize(1400, 900)
        self._default_dock_sizes()
        self.retranslate()
        self.restore_layout()

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
        self.tree_dock = self._dock(
            "ModelTreeDock", self.tree_panel, Qt.DockWidgetArea.LeftDockWidgetArea
        )
        self.properties_dock = self._dock(
            "PropertiesDock", self.properties_panel, Qt.DockWidgetArea.RightDockWidgetArea
        )
        self.viewpoints_dock = self._dock(
            "ViewpointsDock", self.viewpoints_panel, Qt.DockWidgetArea.RightDockWidgetArea
        )
        self.problems_dock = self._dock(
            "ProblemsDock", self.problems_panel, Qt.DockWidgetArea.BottomDockWidgetArea
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
        leave_walk.activated.connect(lambda: self.set_walk_mode(False))
        self.status.cancel_requested.connect(self.cancel_loading)
        self.loader.model_read.connect(self._on_model_read)
        self.loader.batch_ready.connect(self._on_batch_ready)
        self.loader.progress.connect(self.status.set_progress)
        self.loader.finished.connect(self._on_load_finished)
        self.loader.failed.connect(self._on_load_failed)
        self.loader.cancelled.connect(self._on_load_cancelled)
        self.tree_panel.context_menu_requested.connect(self.show_context_menu)
        self.view.context_menu_requested.connect(self.show_context_menu)
        self.view.walk_mode_changed.connect(self._on_walk_mode_changed)
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

    # -- opening ---------------------------------------------------------------------------

    def choose_and_open(self) -> None:
        start = (
            str(Path(self.settings.recent_files[0]).parent) if self.settings.recent_files else ""
        )
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Open IFC model"),
            start,
            self.tr("IFC models (*.ifc *.ifczip);;All files (*)"),
        )
        if path:
            self.open_model_file(path)

    def open_model_file(self, path: str | Path) -> None:
        """Open ``path`` in the background (File → Open, recent files, drag-and-drop, CLI)."""
        path = Path(path)
        self.close_model()
        self.last_error = None
        self.status.set_state("opening", name=path.name)
        self.status.show_progress(True)
        self.loader.open(path)

    def cancel_loading(self) -> None:
        """Stop opening; the worker stops at its next check (parsing finishes its file first)."""
        if self.loader.is_busy():
            self.status.set_state("cancelling")
            self.status.cancel_button.setEnabled(False)
            self.loader.cancel()

    def is_loading(self) -> bool:
        return self.loader.is_busy()

    def close_model(self) -> None:
        """Forget the current model (cancelling a load in progress)."""
        if self.loader.is_busy():
            self.loader.cancel(wait=True)
        self.selection.clear(source="close")
        had_model, self.loaded = self.loaded is not None, None
        if had_model:
            self.model_changed.emit(None)
        self.last_summary = None
        self.tree_panel.clear()
        self.properties_panel.clear()
        self.problems_panel.clear()
        self.viewpoints_panel.set_names([])
        self.view.clear()
        self.menus.xray_action.setChecked(False)
        self.menus.section_box_action.setChecked(False)
        self.status.show_progress(False)
        self.status.set_state("ready")
        self.status.set_model(None)
        self._update_title()

    def _on_model_read(self, loaded: LoadedModel) -> None:
        self.loaded = loaded
        self.tree_panel.set_model(loaded.tree, loaded.elements, loaded.systems)
        self.view.set_model_info(loaded)
        for kind, count in loaded.warnings:
            self.problems_panel.add_problem(
                self.tr("Model"), loaded.path.name, self._warning_text(kind, count)
            )
        self._remember_recent(loaded.path)
        self._load_viewpoints()
        self.status.set_model(
            loaded.path.name, loaded.schema, len(loaded.elements), str(loaded.path)
        )
        self._update_title()
        self.status.set_state("geometry", name=loaded.path.name)
        self.model_changed.emit(loaded)

    def _update_problems_title(self) -> None:
        count = self.problems_panel.count()
        title = self.tr("Problems")
        self.problems_dock.setWindowTitle(f"{title} ({count})" if count else title)

    def _warning_text(self, kind: str, count: int) -> str:
        if kind == WARNING_OUTSIDE_STOREY:
            return self.tr("{0} element(s) are not placed on any storey").format(count)
        if kind == WARNING_NO_SYSTEMS:
            return self.tr("The model defines no distribution systems")
        return kind

    def _on_batch_ready(self, batch: Any) -> None:
        self.view.add_batch(batch)
        for failure in getattr(batch, "failures", ()):
            label = f"{failure.name or ''} <{failure.ifc_class}>".strip()
            self.problems_panel.add_problem(
                self.tr("Geometry"), label, failure.reason, failure.global_id
            )

    def _on_load_finished(self, summary: LoadSummary) -> None:
        self.last_summary = summary
        self.status.show_progress(False)
        self.view.finish_loading()
        self.status.set_state(
            "opened",
            name=summary.path.name,
            seconds=summary.seconds,
            cached=summary.from_cache,
            failures=len(summary.failures),
        )

    def _on_load_failed(self, error: BaseException) -> None:
        self.status.show_progress(False)
        self.last_error = error_sentence(error)
        if self.loaded is None:
            self.close_model()
        else:  # the tree stays usable even when the 3D geometry failed
            self.view.finish_loading()
        self.status.set_state("failed", error=self.last_error)
        show_error(self, self.tr("Cannot open the model"), error)

    def _on_load_cancelled(self) -> None:
        self.status.show_progress(False)
        self.view.finish_loading()
        self.status.set_state("cancelled")

    # -- recent files ----------------------------------------------------------------------

    def _remember_recent(self, path: Path) -> None:
        text = str(path.resolve())
        recent = [text, *(p for p in self.settings.recent_files if p != text)][:MAX_RECENT]
        self.settings.recent_files = recent
        save_settings(self.settings)
        self.menus.update_recent_menu()

    def clear_recent_files(self) -> None:
        self.settings.recent_files = []
        save_settings(self.settings)
        self.menus.update_recent_menu()

    # -- drag and drop ---------------------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._dropped_model(event) is not None:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        path = self._dropped_model(event)
        if path is None:
            event.ignore()
            return
        event.acceptProposedAction()
        QTimer.singleShot(0, lambda: self.open_model_file(path))

    @staticmethod
    def _dropped_model(event: QDragEnterEvent | QDropEvent) -> Path | None:
        mime = event.mimeData()
        if not mime.hasUrls():
            return None
        for url in mime.urls():
            if url.isLocalFile() and is_model_path(url.toLocalFile()):
                return Path(url.toLocalFile())
        return None

    # -- selection -------------------------------------------------------------------------

    def _on_selection_changed(self, ids: tuple[str, ...], source: str) -> None:
        self._update_selection_label()
        gid = self.selection.current
        if gid is None or self.loaded is None:
            self.properties_panel.clear()
            return
        info = self.describe(gid)
        self.properties_panel.show_element(gid, info, self.read_psets(gid))

    def drawable_ids(self, ids: Sequence[str]) -> list[str]:
        """Elements to highlight or frame for ``ids``: a system gives its members, a storey
        its elements (spaces included), a space itself when drawn else its elements."""
        if self.loaded is None:
            return list(ids)
        systems = {s.global_id: s for s in self.loaded.systems}
        result: list[str] = []
        for gid in ids:
            node = self.loaded.spatial.get(gid)
            if gid in systems:
                result.extend(systems[gid].member_ids)
            elif node is not None and node.ifc_class == "IfcBuildingStorey":
                result.extend(self._contained_ids(node))
            elif node is not None and node.ifc_class == "IfcSpace":
                in_scene = self.view.scene.record(gid) is not None
                result.extend([gid] if in_scene else self._contained_ids(node))
            else:
                result.append(gid)
        return list(dict.fromkeys(result))

    @staticmethod
    def _contained_ids(node: Any) -> list[str]:
        ids = list(node.element_ids)
        for child in node.children:
            if child.ifc_class == "IfcSpace":
                ids.append(child.global_id)
            ids.extend(MainWindow._contained_ids(child))
        return ids

    def describe(self, gid: str) -> Any:
        """ElementInfo, SpatialNode or SystemInfo for ``gid`` (None if unknown)."""
        if self.loaded is None:
            return None
        found = self.loaded.elements.get(gid) or self.loaded.spatial.get(gid)
        if found is None:
            found = next((s for s in self.loaded.systems if s.global_id == gid), None)
        return found

    def read_psets(self, gid: str) -> dict[str, dict[str, Any]]:
        from fmdesk.bim.properties import read_properties

        assert self.loaded is not None
        try:
            return read_properties(self.loaded.model.by_guid(gid))
        except Exception as error:  # a broken pset must not break the panel
            return {self.tr("(unreadable)"): {type(error).__name__: str(error)}}

    def frame_selection(self) -> None:
        self.view.frame(self.selection.ids)

    def _update_selection_label(self) -> None:
        ids = self.selection.ids
        if not ids:
            self.status.set_selection(None)
            return
        info = self.describe(ids[0])
        label = element_label(info) if info is not None else ids[0]
        self.status.set_selection(label, getattr(info, "ifc_class", ""), len(ids) - 1)

    # -- context menu and element actions --------------------------------------------------

    def show_context_menu(self, ids: Sequence[str], global_pos: QPoint) -> None:
        self.context_menu = build_context_menu(self, list(ids), self)
        self.context_menu.popup(global_pos)

    def hide_class_of(self, ids: Sequence[str]) -> None:
        for gid in ids:
            info = self.describe(gid)
            if info is not None:
                self.view.set_class_visible(info.ifc_class, False)

    def isolate_storey_of(self, ids: Sequence[str]) -> None:
        for gid in ids:
            info = self.describe(gid)
            storey = getattr(info, "storey_id", None)
            if info is not None and getattr(info, "ifc_class", "") == "IfcBuildingStorey":
                storey = gid
            if storey:
                self.view.isolate_storey(storey)
                return

    def show_all(self) -> None:
        self.view.show_all()

    def hide_elements(self, ids: Sequence[str]) -> None:
        """Hide the drawable elements behind ``ids`` (e.g. a whole system)."""
        self.view.scene.hide_elements(self.drawable_ids(ids))
        self.view.render_now()

    def show_only(self, ids: Sequence[str]) -> None:
        """Hide everything except the drawable elements behind ``ids``."""
        self.view.scene.show_only_elements(self.drawable_ids(ids))
        self.view.render_now()

    def copy_ids(self, ids: Sequence[str]) -> None:
        QApplication.clipboard().setText("\n".join(ids))

    def set_xray(self, enabled: bool) -> None:
        self.menus.xray_action.setChecked(enabled)
        self.view.set_xray(enabled)

    def set_colour_by_class(self, enabled: bool) -> None:
        """Palette colours per class (pipes, valves, pumps stand out) or the IFC styles."""
        self.menus.colour_by_class_action.setChecked(enabled)
        self.view.scene.set_colour_mode("class" if enabled else "style")
        self.view.render_now()

    def set_section_box(self, enabled: bool) -> None:
        self.menus.section_box_action.setChecked(enabled)
        self.view.set_section_box(enabled, self.selection.ids)

    def set_walk_mode(self, enabled: bool) -> None:
        self.view.set_walk_mode(enabled)

    def _on_walk_mode_changed(self, enabled: bool) -> None:
        self.menus.walk_action.setChecked(enabled)
        if enabled:
            self.status.showMessage(
                self.tr("Walk mode: W/A/S/D or arrows to move, drag to look, Esc to leave"), 5000
            )

    # -- viewpoints ------------------------------------------------------------------------

    def _load_viewpoints(self) -> None:
        """Show the saved viewpoints of the model (stored per file content by the render core)."""
        from fmdesk.render.viewpoints import load_viewpoints

        found = load_viewpoints(self.loaded.content_hash) if self.loaded else {}
        self.viewpoints = list(found.values())
        self.viewpoints_panel.set_names([v.name for v in self.viewpoints])

    def save_viewpoint(self, name: str | None = None) -> None:
        """Save the camera, visibility, x-ray and section under ``name`` (asked when None)."""
        from fmdesk.render.viewpoints import Viewpoint, save_viewpoint

        if self.loaded is None:
            return
        if name is None:
            default = self.tr("Viewpoint {0}").format(len(self.viewpoints) + 1)
            name, ok = QInputDialog.getText(
                self, self.tr("Save viewpoint"), self.tr("Name:"), text=default
            )
            if not ok or not name.strip():
                return
        save_viewpoint(self.loaded.content_hash, Viewpoint(name.strip(), self.view.scene_state()))
        self._load_viewpoints()

    def restore_viewpoint(self, row: int) -> None:
        if 0 <= row < len(self.viewpoints):
            self.view.apply_scene_state(self.viewpoints[row].state)
            self.menus.xray_action.setChecked(self.view.scene.xray)
            self.menus.section_box_action.setChecked(self.view.scene.section is not None)

    def delete_viewpoint(self, row: int) -> None:
        from fmdesk.render.viewpoints import delete_viewpoint

        if self.loaded is not None and 0 <= row < len(self.viewpoints):
            delete_viewpoint(self.loaded.content_hash, self.viewpoints[row].name)
            self._load_viewpoints()

    # -- screenshot, about -----------------------------------------------------------------

    def choose_and_export_screenshot(self) -> None:
        name = (self.loaded.path.stem if self.loaded else "fmdesk") + ".png"
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export screenshot"), name, self.tr("PNG images (*.png)")
        )
        if path:
            self.export_screenshot(path)

    def export_screenshot(self, path: str | Path) -> Path | None:
        """Save the 3D view as PNG; a failure (disk full, no permission) is one sentence."""
        path = Path(path)
        if path.suffix.lower() != ".png":
            path = path.with_suffix(".png")
        try:
            self.view.save_screenshot(path)
        except OSError as error:
            show_error(
                self,
                self.tr("Export screenshot"),
                self.tr("Cannot write {0}: {1}").format(path, error.strerror or error),
            )
            return None
        self.status.showMessage(self.tr("Screenshot saved to {0}").format(path), 5000)
        return path

    def show_about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About fmdesk"),
            self.tr(
                "fmdesk {0}\nBIM-aware facility management for property engineering departments."
            ).format(__version__),
        )

    def _update_title(self) -> None:
        if self.loaded is None:
            self.setWindowTitle("fmdesk")
        else:
            self.setWindowTitle(f"{self.loaded.path.name} — fmdesk")

    # -- layout persistence and shutdown ---------------------------------------------------

    def restore_layout(self) -> None:
        """The saved window geometry and dock layout, else the default one."""
        stored = ui_settings()
        geometry = stored.value("window/geometry")
        state = stored.value("window/state")
        if geometry is not None:
            self.restoreGeometry(geometry)
        if state is not None:
            self.restoreState(state, LAYOUT_VERSION)

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        QTimer.singleShot(0, self.hide_stale_tab_bars)

    def hide_stale_tab_bars(self) -> int:
        """Hide dock tab bars Qt left behind; returns how many.

        Qt 6.12 keeps painting the tab bar of a tab group it has rebuilt (after docks are
        tabified programmatically, or a layout is restored) at its old place, over the panels.
        A tab bar in use sits right against the dock it switches; the others are stale.
        """
        docks = [
            d.geometry()
            for d in self.findChildren(QDockWidget)
            if d.parentWidget() is self and d.isVisible() and not d.isFloating()
        ]
        hidden = 0
        for bar in self.findChildren(QTabBar, options=Qt.FindChildOption.FindDirectChildrenOnly):
            rect = bar.geometry()
            in_use = any(
                rect.left() < dock.right()
                and dock.left() < rect.right()
                and (
                    abs(rect.top() - dock.bottom() - 1) <= 3
                    or abs(dock.top() - rect.bottom() - 1) <= 3
                )
                for dock in docks
            )
            if bar.isVisible() and not in_use:
                bar.hide()
                hidden += 1
        return hidden

    def save_layout(self) -> None:
        stored = ui_settings()
        stored.setValue("window/geometry", self.saveGeometry())
        stored.setValue("window/state", self.saveState(LAYOUT_VERSION))
        stored.sync()

    def closeEvent(self, event: Any) -> None:
        self.loader.cancel(wait=True)
        self.save_layout()
        self.view.shutdown()
        self.pacer.stop()
        super().closeEvent(event)
