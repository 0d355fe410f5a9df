"""Opening and closing models in the main window: File → Open, recent files, drag-and-drop.

The model is read in the background by :class:`fmdesk.ui.loading.ModelLoader`; the tree and
the panels fill in as soon as the model is read, the 3D geometry streams in afterwards.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QTimer
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QFileDialog

from fmdesk.settings import save_settings
from fmdesk.ui.dialogs import error_sentence, show_error

if TYPE_CHECKING:
    from fmdesk.ui.loading import LoadedModel, LoadSummary, ModelLoader

MODEL_SUFFIXES = (".ifc", ".ifczip")
MAX_RECENT = 10


def is_model_path(path: str | Path) -> bool:
    return Path(path).suffix.lower() in MODEL_SUFFIXES


class ModelOpening:
    """Mixin of the main window: everything between choosing a file and showing the model."""

    _loader: ModelLoader | None
    _open_when_view_ready: Path | None

    @property
    def loader(self) -> ModelLoader:
        """The background model reader, created (and its module imported) on first use."""
        if self._loader is None:
            from fmdesk.ui.loading import ModelLoader

            self._loader = ModelLoader(self, with_geometry=self.with_geometry, pacer=self.pacer)
            self._loader.model_read.connect(self._on_model_read)
            self._loader.batch_ready.connect(self._on_batch_ready)
            self._loader.progress.connect(self.status.set_progress)
            self._loader.finished.connect(self._on_load_finished)
            self._loader.failed.connect(self._on_load_failed)
            self._loader.cancelled.connect(self._on_load_cancelled)
        return self._loader

    def choose_and_open(self) -> None:
        recent = self.settings.recent_files
        start = str(Path(recent[0]).parent) if recent else ""
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
        if not self.defer_until_view(path):  # else opened once the view is built
            self._build_view()  # the view must exist before the loader streams batches in
            self.close_model()  # (a load it cancels shows "cancelled": shown over below)
            self.last_error = None
            self.loader.open(path)
        self.status.set_state("opening", name=path.name)
        self.status.show_progress(True)

    def cancel_loading(self) -> None:
        """Stop opening; the worker stops at its next check (parsing finishes its file first)."""
        if self._open_when_view_ready is not None:  # not started: the view was being built
            self._open_when_view_ready = None
            self.status.show_progress(False)
            self.status.set_state("cancelled")
            return
        if self.is_loading():
            self.status.set_state("cancelling")
            self.status.cancel_button.setEnabled(False)
            self.loader.cancel()

    def is_loading(self) -> bool:
        if self._open_when_view_ready is not None:
            return True
        return self._loader is not None and self._loader.is_busy()

    def close_model(self) -> None:
        """Forget the current model (cancelling a load in progress)."""
        if self.is_loading():
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
        if self.has_view():
            self.view.clear()
        self.menus.xray_action.setChecked(False)
        self.menus.section_box_action.setChecked(False)
        self.status.show_progress(False)
        self.status.set_state("ready")
        self.status.set_model(None)
        self._update_title()

    def _on_model_read(self, loaded: LoadedModel) -> None:
        self.loaded = loaded
        if loaded.opened is not None:  # training, networks, plans: no second parse
            self.app.adopt_model(loaded.opened)
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

    def _warning_text(self, kind: str, count: int) -> str:
        from fmdesk.ui.loading import WARNING_NO_SYSTEMS, WARNING_OUTSIDE_STOREY

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
        QTimer.singleShot(0, self, lambda: self.open_model_file(path))

    @staticmethod
    def _dropped_model(event: QDragEnterEvent | QDropEvent) -> Path | None:
        mime = event.mimeData()
        if not mime.hasUrls():
            return None
        for url in mime.urls():
            if url.isLocalFile() and is_model_path(url.toLocalFile()):
                return Path(url.toLocalFile())
        return None
