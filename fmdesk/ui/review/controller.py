"""The Review feature's glue: panel actions → review use cases (through the operation runner),
viewpoints captured from and restored onto the 3D view.

Slots stay short: read the panel, call one use case in the background, show the result. What
only the GUI thread may do (capturing the camera, grabbing the snapshot, restoring a view) is
done before or after the operation, never inside it.
"""

from __future__ import annotations

import tempfile
import threading
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QFileDialog, QMessageBox, QStatusBar

from fmdesk.app.changes import Change
from fmdesk.app.review import (
    add_review_viewpoint,
    comment_review_issue,
    create_review_issue,
    list_review_issues,
    review_issue_to_work_order,
    review_snapshot,
    set_review_status,
)
from fmdesk.app.review_bcf import export_bcf, import_bcf
from fmdesk.render.scene_state import SceneState
from fmdesk.review.dto import ReviewIssueView
from fmdesk.ui.changes import ChangeBus
from fmdesk.ui.ops import OperationRunner
from fmdesk.ui.review.panel import ReviewPanel

__all__ = ["ReviewController"]


class ReviewController(QObject):
    """Owns the App handle of the Review feature and the overlay of restored viewpoints."""

    def __init__(self, window: Any, panel: ReviewPanel) -> None:
        super().__init__(window)
        self.window, self.panel = window, panel
        self.bus = getattr(window, "bus", None) or ChangeBus(self)
        self.ops = getattr(window, "ops", None) or OperationRunner(window.status, self.bus, self)
        self._quiet_bar = QStatusBar(window)  # never shown: background loads do not chatter
        self._quiet_bar.hide()
        self.quiet = OperationRunner(self._quiet_bar, self.bus, self)
        self.app: Any = getattr(window, "app", None)
        self._app_lock = threading.Lock()
        self.overlay: Any = None
        self.last_result: Any = None
        self.restored: SceneState | None = None
        self.bus.review.connect(self.refresh)
        panel.filters_changed.connect(self.refresh)
        panel.issue_chosen.connect(self.choose)
        panel.new_requested.connect(self.ask_new_issue)
        panel.restore_requested.connect(self.restore)
        panel.add_viewpoint_requested.connect(self.add_current_view)
        panel.status_requested.connect(self.set_status)
        panel.comment_requested.connect(self.comment)
        panel.work_order_requested.connect(self.make_work_order)
        panel.import_requested.connect(self.ask_import)
        panel.export_requested.connect(self.ask_export)
        window.model_changed.connect(lambda _: self._forget_overlay())
        window.closing.connect(self._on_window_closing)
        QTimer.singleShot(0, self.refresh)

    def _on_window_closing(self) -> None:
        """Wait for our operations, then close the database."""
        self.quiet.shutdown()
        if self.ops is not getattr(self.window, "ops", None):
            self.ops.shutdown()
        self.close()

    # -- the application -------------------------------------------------------------------
    def _with_app(self, work: Any) -> Any:
        """``work(app, progress)`` with the records opened on first use (in the worker)."""

        def run(progress: Any) -> Any:
            with self._app_lock:
                if self.app is None:
                    from fmdesk.bootstrap import bootstrap

                    self.app = bootstrap(settings=self.window.settings)
            return work(self.app, progress)

        return run

    def is_busy(self) -> bool:
        return self.ops.is_busy("review") or self.quiet.is_busy()

    def close(self) -> None:
        if self.app is not None and self.app is not getattr(self.window, "app", None):
            self.app.close()
        self.app = None

    # -- list and detail -------------------------------------------------------------------
    def refresh(self) -> None:
        filters = self.panel.filter_values()
        self.quiet.run(
            self.tr("Loading review issues"),
            self._with_app(lambda app, p: list_review_issues(app, **filters)),
            self.panel.set_issues,
            key="review-list",
            on_error=self._status_error,
        )

    def choose(self, number: str) -> None:
        issue = self._issue(number)
        if issue is None:
            return
        self.panel.show_issue(issue)
        if any(v.has_snapshot for v in issue.viewpoints):
            self.quiet.run(
                self.tr("Loading snapshot"),
                self._with_app(lambda app, p: review_snapshot(app, number)),
                lambda data: self._show_snapshot(number, data),
                key="review-snapshot",
                on_error=self._status_error,
            )

    def _show_snapshot(self, number: str, data: bytes | None) -> None:
        if self.panel.current is not None and self.panel.current.number == number:
            self.panel.set_snapshot(data)

    def _issue(self, number: str) -> ReviewIssueView | None:
        return next((i for i in self.panel.issues if i.number == number), None)

    # -- viewpoints ------------------------------------------------------------------------
    def view(self) -> Any:
        return getattr(self.window, "view", None)

    def _overlay(self) -> Any:
        if self.overlay is None and self.view() is not None:
            from fmdesk.render.review_view import ReviewOverlay

            self.overlay = ReviewOverlay(self.view().scene)
        return self.overlay

    def _forget_overlay(self) -> None:
        if self.overlay is not None:
            self.overlay.clear()
        self.overlay = None

    def capture(self) -> tuple[SceneState, bytes | None]:
        """What the reviewer sees now: the scene state and a PNG of the 3D view."""
        from fmdesk.render.review_view import capture_review_state

        view = self.view()
        size = view.interactor.size()
        aspect = size.width() / size.height() if size.height() else None
        state = capture_review_state(view.scene, self._overlay(), aspect)
        with tempfile.TemporaryDirectory() as folder:
            path = Path(folder) / "snapshot.png"
            with view.progressive.whole_frames():
                view.interactor.ren_win.Render()  # now: the view may not have painted yet
                view.interactor.screenshot(str(path))
            snapshot = path.read_bytes() if path.exists() else None
        return state, snapshot

    def restore(self, number: str, position: int = 0) -> None:
        """Show an issue's viewpoint exactly as it was captured (or imported)."""
        issue = self._issue(number)
        view = self.view()
        if issue is None or not issue.viewpoints or view is None:
            return
        chosen = issue.viewpoints[min(position, len(issue.viewpoints) - 1)]
        state = SceneState.from_dict(chosen.state)
        if view.walk.active:
            view.set_walk_mode(False)
        self.window.selection.select(state.selection, source="review")
        view.apply_scene_state(state)  # the viewpoints' own path: camera, visibility, render
        self.restored = self._overlay().apply_extras(state)
        view.render_now()

    # -- actions ---------------------------------------------------------------------------
    def ask_new_issue(self) -> None:
        from fmdesk.ui.review.new_issue import NewIssueDialog

        dialog = NewIssueDialog(len(self.window.selection.ids), self.window)
        if dialog.exec() and dialog.values()["title"]:
            self.create_issue(dialog.values())

    def create_issue(self, values: dict[str, Any]) -> None:
        """Create an issue on the selected elements with the current view and snapshot."""
        state, snapshot = self.capture() if self.view() is not None else (None, None)
        loaded = getattr(self.window, "loaded", None)
        fields = dict(values)
        fields.setdefault("element_ids", list(self.window.selection.ids))
        fields["model_file"] = Path(loaded.path).name if loaded is not None else ""
        self._write(
            self.tr("Creating review issue"),
            lambda app, p: create_review_issue(app, viewpoint=state, snapshot=snapshot, **fields),
            self._created,
        )

    def _created(self, issue: ReviewIssueView) -> None:
        self.last_result = issue
        self.panel.current = issue
        self.panel.show_issue(issue)

    def add_current_view(self, number: str) -> None:
        state, snapshot = self.capture()
        self._write(
            self.tr("Adding viewpoint"),
            lambda app, p: add_review_viewpoint(app, number, state, snapshot),
            self._created,
        )

    def set_status(self, number: str, status: str) -> None:
        self._write(
            self.tr("Changing status"),
            lambda app, p: set_review_status(app, number, status),
            self._created,
        )

    def comment(self, number: str, text: str) -> None:
        self._write(
            self.tr("Adding comment"),
            lambda app, p: comment_review_issue(app, number, text),
            self._created,
        )

    def make_work_order(self, number: str) -> None:
        def done(result: Any) -> None:
            self._created(result.issue)
            self.window.status.showMessage(
                self.tr("Work order {0} raised from {1}").format(
                    result.work_order.number, result.issue.number
                ),
                10000,
            )

        self._write(
            self.tr("Raising work order"),
            lambda app, p: review_issue_to_work_order(app, number, progress=p),
            done,
            changes=(Change.REVIEW, Change.WORK_ORDERS),
        )

    def ask_import(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self.window, self.tr("Import BCF"), "", self.tr("BCF files (*.bcf *.bcfzip)")
        )
        if path:
            self.import_file(Path(path))

    def import_file(self, path: Path) -> None:
        def done(result: Any) -> None:
            self.last_result = result
            self.window.status.showMessage(
                self.tr("Imported {0} topic(s) from {1}").format(result.topic_count, path.name),
                10000,
            )

        self._write(
            self.tr("Importing BCF"), lambda app, p: import_bcf(app, path, progress=p), done
        )

    def ask_export(self) -> None:
        filters = [self.tr("BCF 2.1 (*.bcfzip)"), self.tr("BCF 3.0 (*.bcf)")]
        path, chosen = QFileDialog.getSaveFileName(
            self.window, self.tr("Export BCF"), "review.bcfzip", ";;".join(filters)
        )
        if path:
            version = "3.0" if chosen == filters[1] or path.endswith(".bcf") else "2.1"
            self.export_file(Path(path), version)

    def export_file(self, path: Path, version: str) -> None:
        numbers = [i.number for i in self.panel.issues]

        def done(result: Any) -> None:
            self.last_result = result
            text = self.tr("Exported {0} issue(s) to {1}").format(result.topic_count, path.name)
            if result.warnings:
                QMessageBox.information(
                    self.window, self.tr("Export BCF"), text + "\n\n" + "\n".join(result.warnings)
                )
            self.window.status.showMessage(text, 10000)

        self._write(
            self.tr("Exporting BCF"),
            lambda app, p: export_bcf(app, path, version=version, numbers=numbers, progress=p),
            done,
            changes=(),
        )

    def _write(
        self,
        title: str,
        work: Any,
        on_success: Any,
        changes: tuple[Change, ...] = (Change.REVIEW,),
    ) -> None:
        self.ops.run(title, self._with_app(work), on_success, changes=changes, key="review")

    def _status_error(self, error: BaseException) -> None:
        from fmdesk.ui.dialogs import error_sentence

        self.window.status.showMessage(error_sentence(error), 10000)
