"""Training in the main window: the Training menu, the Tours, Drills and Trainer docks, the tour
player and the drill session, wired to :mod:`fmdesk.app.training` through the operation runner.

Slots read what the user chose and call one use case in a worker (``self.run``); results come
back on the GUI thread and the change bus (``Change.TRAINING``) refreshes the panels.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox

from fmdesk.app import training
from fmdesk.app.changes import Change
from fmdesk.i18n import current_language, set_language
from fmdesk.records.documents import list_documents
from fmdesk.training.tours import StopDocument, Tour
from fmdesk.ui.changes import ChangeBus
from fmdesk.ui.context_actions import ContextAction, register_context_action
from fmdesk.ui.dialogs import error_sentence
from fmdesk.ui.ops import OperationRunner
from fmdesk.ui.training.drill_panel import DrillPanel
from fmdesk.ui.training.drill_session import DrillSession
from fmdesk.ui.training.player import TourPlayer
from fmdesk.ui.training.set_builder import DrillSetActions, SetBuilderPanel
from fmdesk.ui.training.tours_panel import ToursPanel
from fmdesk.ui.training.trainer_panel import TrainerPanel

Work = Callable[[Any, Path | None, Any], Any]


class TrainingFeature(QObject):
    """Everything issue 17 adds to the window; ``window.training_feature`` points here."""

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window = window
        shared = getattr(window, "ops", None)
        self._own_ops = shared is None
        self.ops: OperationRunner = shared or OperationRunner(
            window.status, ChangeBus(window), window
        )
        self._app = getattr(window, "app", None)
        self._app_lock = threading.Lock()
        self._core_language = current_language()  # given back when the window closes
        self.model: training.ModelKey | None = None
        self.sets: list[Any] = []
        self.tours_panel = ToursPanel(window)
        self.drill_panel = DrillPanel(window)
        self.trainer_panel = TrainerPanel(window)
        self.set_builder = SetBuilderPanel(window)
        self.player = TourPlayer(window)
        self.drills = DrillSession(self, self.drill_panel)
        self._create_docks()
        self._create_menu()
        self._connect()
        register_context_action(
            ContextAction(
                key="training.leak_drill",
                label=QT_TRANSLATE_NOOP("ContextActions", "Leak drill here"),
                run=lambda w, ids: w.training_feature.leak_drill_at(ids[0]),
                enabled=_is_pipe,
                order=80,
            )
        )

    # -- construction ------------------------------------------------------------------------

    def _create_docks(self) -> None:
        w, area = self.window, Qt.DockWidgetArea
        right = getattr(w, "viewpoints_dock", None)
        self.tours_dock = w.add_dock(
            "TrainingToursDock",
            self.tours_panel,
            lambda: self.tr("Tours"),
            area.RightDockWidgetArea,
            right,
        )
        self.drill_dock = w.add_dock(
            "TrainingDrillDock",
            self.drill_panel,
            lambda: self.tr("Drills"),
            area.RightDockWidgetArea,
            self.tours_dock,
        )
        self.sets_dock = w.add_dock(
            "TrainingSetsDock",
            self.set_builder,
            lambda: self.tr("Drill sets"),
            area.RightDockWidgetArea,
            self.drill_dock,
        )
        self.trainer_dock = w.add_dock(
            "TrainingTrainerDock",
            self.trainer_panel,
            lambda: self.tr("Trainees"),
            area.BottomDockWidgetArea,
            getattr(w, "problems_dock", None),
        )
        for dock in (self.tours_dock, self.drill_dock, self.sets_dock, self.trainer_dock):
            dock.hide()
        if getattr(w, "properties_dock", None) is not None:
            w.properties_dock.raise_()

    def _create_menu(self) -> None:
        self.menu = self.window.menuBar().addMenu("")
        self.menu.setObjectName("trainingMenu")
        self.actions: dict[str, QAction] = {}
        for key, slot in (
            ("tours", lambda: self._show(self.tours_dock)),
            ("drills", lambda: self._show(self.drill_dock)),
            ("trainees", lambda: self._show(self.trainer_dock)),
            ("random", lambda: self.random_drill("medium")),
        ):
            action = QAction(self.window)
            action.setObjectName(f"training_{key}")
            action.triggered.connect(slot)
            self.menu.addAction(action)
            self.actions[key] = action
        self.retranslate()

    def retranslate(self) -> None:
        # drill questions and results are core messages: render them in the window's language
        set_language(getattr(self.window, "language", None) or current_language())
        self.menu.setTitle(self.tr("T&raining"))
        texts = {
            "tours": self.tr("Guided &tours"),
            "drills": self.tr("&Drills"),
            "trainees": self.tr("Trainees and &progress"),
            "random": self.tr("&Random leak drill"),
        }
        for key, text in texts.items():
            self.actions[key].setText(text)

    def _connect(self) -> None:
        t, d, p = self.tours_panel, self.drill_panel, self.trainer_panel
        t.play_requested.connect(self.play_tour)
        t.edit_requested.connect(self.edit_tour)
        t.export_requested.connect(lambda tour_id: self.export_tour(tour_id))
        t.import_requested.connect(lambda: self.import_tour())
        t.delete_requested.connect(self.delete_tour)
        t.capture_requested.connect(self.capture_stop)
        t.attach_requested.connect(self.attach_document)
        t.save_requested.connect(self.save_draft)
        t.play_draft_requested.connect(lambda: self.player.play(t.draft_tour()))
        d.start_set_requested.connect(self.start_set)
        d.random_requested.connect(self.random_drill)
        p.add_requested.connect(lambda: self.add_trainee())
        p.certificate_requested.connect(lambda name, set_id: self.certificate(name, set_id))
        p.refresh_requested.connect(self.refresh)
        self.set_actions = DrillSetActions(self, self.set_builder)
        self.window.model_changed.connect(self._on_model_changed)
        self.ops.bus.training.connect(self.refresh)
        for dock in (self.tours_dock, self.drill_dock, self.sets_dock, self.trainer_dock):
            dock.visibilityChanged.connect(self._on_dock_shown)
        self.window.language_changed.connect(self.retranslate)
        self.window.closing.connect(self._on_window_closing)

    def _on_window_closing(self) -> None:
        self.player.stop()
        set_language(self._core_language)
        if self._own_ops:
            self.ops.shutdown()
        if self._app is not None and self._app is not getattr(self.window, "app", None):
            self._app.close()

    def _on_dock_shown(self, visible: bool) -> None:
        if visible and self.model is None and not self.ops.is_busy("training.refresh"):
            self.refresh()

    def _show(self, dock: Any) -> None:
        dock.show()
        dock.raise_()

    # -- running use cases -------------------------------------------------------------------

    def app(self) -> Any:
        """The application (the window's, else one of our own opened on first use)."""
        with self._app_lock:
            if self._app is None:
                self._app = getattr(self.window, "app", None)
            if self._app is None:
                from fmdesk.bootstrap import bootstrap

                self._app = bootstrap(settings=self.window.settings)
            return self._app

    @property
    def model_path(self) -> Path | None:
        loaded = getattr(self.window, "loaded", None)
        return loaded.path if loaded is not None else None

    def run(
        self,
        title: str,
        work: Work,
        on_success: Callable[[Any], None] | None = None,
        changes: Sequence[Change] = (),
        key: str | None = None,
        on_error: Callable[[BaseException], None] | None = None,
    ) -> Any:
        """``work(app, model_path, progress)`` in a worker, ``on_success`` on the GUI thread."""
        path = self.model_path
        return self.ops.run(
            title,
            lambda progress: work(self.app(), path, progress),
            on_success,
            changes=changes,
            key=key,
            on_error=on_error,
        )

    # -- refresh -----------------------------------------------------------------------------

    def _on_model_changed(self, loaded: Any) -> None:
        self.model = None
        if self.player.playing:
            self.player.stop()
        self.refresh()

    def refresh(self) -> None:
        """Reload tours, drill sets, trainees and progress (one worker call)."""

        def work(app: Any, path: Path | None, progress: Any) -> dict[str, Any]:
            key = training.model_key(app, path) if path is not None else None
            return {
                "model": key,
                "tours": training.list_tours(app, path) if path is not None else [],
                "sets": training.list_drill_sets(app, path) if path is not None else [],
                "trainees": training.list_trainees(app),
                "progress": training.training_progress(app),
            }

        self.run(
            self.tr("Loading training records"),
            work,
            self._refreshed,
            key="training.refresh",
            on_error=self._status_failure,
        )

    def _status_failure(self, error: BaseException) -> None:
        """A background refresh reports in the status bar, never with a message box."""
        self.window.status.showMessage(error_sentence(error), 10000)

    def _refreshed(self, data: dict[str, Any]) -> None:
        self.model, self.sets = data["model"], data["sets"]
        self.tours_panel.set_tours(data["tours"])
        self.drill_panel.set_choices(
            [t.name for t in data["trainees"]], [(s.id, s.name) for s in self.sets]
        )
        self.trainer_panel.set_rows(data["progress"])

    # -- tours -------------------------------------------------------------------------------

    def play_tour(self, tour_id: int, full_screen: bool = True) -> None:
        self.run(
            self.tr("Opening the tour"),
            lambda app, path, progress: training.load_tour(app, tour_id),
            lambda tour: self.player.play(tour, full_screen),
        )

    def edit_tour(self, tour_id: int) -> None:
        self.run(
            self.tr("Opening the tour"),
            lambda app, path, progress: training.load_tour(app, tour_id),
            self.tours_panel.edit,
        )

    def new_tour(self) -> None:
        self.tours_panel.edit(Tour("", "", []))

    def capture_stop(self) -> Any:
        """Add a stop from the 3D view as it is now (camera, visibility, highlights)."""
        if self.model_path is None:
            return None
        return self.tours_panel.add_stop(self.window.view.scene_state())

    def attach_document(self, document: StopDocument | None = None) -> None:
        """Attach a photo or document (from the archive, or a file) to the next stop."""
        if document is not None:
            self.tours_panel.set_document(document)
            return
        self.run(
            self.tr("Reading the archive"),
            lambda app, path, progress: list_documents(app.uow()),
            self._choose_document,
        )

    def _choose_document(self, documents: list[Any]) -> None:
        from_file = self.tr("From a file…")
        labels = [from_file] + [f"{d.title or d.file_name} ({d.doc_type})" for d in documents]
        label, ok = QInputDialog.getItem(
            self.window,
            self.tr("Photo or document"),
            self.tr("From the archive:"),
            labels,
            0,
            False,
        )
        if not ok:
            return
        if label == from_file:
            name, _ = QFileDialog.getOpenFileName(
                self.window,
                self.tr("Photo or document"),
                "",
                self.tr("Photos and documents (*.png *.jpg *.jpeg *.pdf);;All files (*)"),
            )
            if name:
                import mimetypes

                data = Path(name).read_bytes()
                mime = mimetypes.guess_type(name)[0] or "application/octet-stream"
                self.tours_panel.set_document(StopDocument(Path(name).name, "", mime, None, data))
            return
        doc = documents[labels.index(label) - 1]
        self.tours_panel.set_document(
            StopDocument(doc.file_name, doc.title, doc.mime_type, doc.id, None)
        )

    def save_draft(self) -> None:
        draft = self.tours_panel.draft_tour()
        if not draft.title:
            self.tours_panel.tour_title.setFocus()
            self.window.status.showMessage(self.tr("Give the tour a title first."), 5000)
            return

        def work(app: Any, path: Path | None, progress: Any) -> Any:
            key = training.model_key(app, path)
            draft.model_key, draft.model_name = key.key, key.name
            return training.save_tour(app, draft, replace=draft.id is not None)

        self.run(self.tr("Saving the tour"), work, self._saved, changes=(Change.TRAINING,))

    def _saved(self, summary: Any) -> None:
        self.tours_panel.draft.id = summary.id
        self.window.status.showMessage(self.tr("Tour {0} saved.").format(summary.title), 5000)

    def export_tour(self, tour_id: int, path: str | Path | None = None) -> None:
        if path is None:
            path, _ = QFileDialog.getSaveFileName(
                self.window,
                self.tr("Export tour"),
                "tour.fmtour",
                self.tr("Tour with photos (*.fmtour);;Tour as JSON (*.json)"),
            )
            if not path:
                return
        self.run(
            self.tr("Exporting the tour"),
            lambda app, model, progress: training.export_tour(app, tour_id, path),
            lambda r: self.window.status.showMessage(
                self.tr("Tour written to {0}").format(r.path), 5000
            ),
        )

    def import_tour(self, path: str | Path | None = None) -> None:
        if path is None:
            path, _ = QFileDialog.getOpenFileName(
                self.window,
                self.tr("Import tour"),
                "",
                self.tr("Tours (*.fmtour *.json);;All files (*)"),
            )
            if not path:
                return
        self.run(
            self.tr("Importing the tour"),
            lambda app, model, progress: training.import_tour(app, path, model),
            self._imported,
            changes=(Change.TRAINING,),
        )

    def _imported(self, result: Any) -> None:
        text = self.tr("Imported {0} ({1} stops).").format(
            result.tour.title, result.tour.stop_count
        )
        if result.missing_elements:
            text += " " + self.tr("{0} element(s) are not in this model.").format(
                len(result.missing_elements)
            )
        self.window.status.showMessage(text, 8000)

    def delete_tour(self, tour_id: int, confirm: bool = True) -> None:
        if confirm:
            answer = QMessageBox.question(
                self.window, self.tr("Delete tour"), self.tr("Delete this tour for everyone?")
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        self.run(
            self.tr("Deleting the tour"),
            lambda app, path, progress: training.delete_tour(app, tour_id),
            changes=(Change.TRAINING,),
        )

    # -- drills ------------------------------------------------------------------------------

    def leak_drill_at(self, gid: str) -> None:
        """A practice leak drill on one pipe (context menu)."""
        element = self.window.loaded.elements.get(gid) if self.window.loaded else None
        name = (element.name if element is not None else None) or gid
        self._show(self.drill_dock)
        self.drills.start([training.drill_spec("leak", gid, name)])

    def random_drill(self, difficulty: str = "medium") -> None:
        if self.model_path is None:
            return
        self._show(self.drill_dock)
        self.run(
            self.tr("Choosing a leak"),
            lambda app, path, progress: training.pick_random_drills(
                app, path, 1, difficulty, progress=progress
            ),
            self.drills.start,
        )

    def start_set(self) -> None:
        set_id = self.drill_panel.chosen_set()
        chosen = next((s for s in self.sets if s.id == set_id), None)
        if chosen is not None:
            self.drills.start(list(chosen.drills), chosen, self.drill_panel.chosen_trainee())

    # -- trainees ----------------------------------------------------------------------------

    def add_trainee(self, name: str | None = None, team: str = "") -> None:
        if name is None:
            name, ok = QInputDialog.getText(self.window, self.tr("Add trainee"), self.tr("Name:"))
            if not ok or not name.strip():
                return
            team, _ = QInputDialog.getText(self.window, self.tr("Add trainee"), self.tr("Team:"))
        self.run(
            self.tr("Adding the trainee"),
            lambda app, path, progress: training.add_trainee(app, name, team),
            changes=(Change.TRAINING,),
        )

    def certificate(self, trainee: str, set_id: int, path: str | Path | None = None) -> None:
        if path is None:
            path, _ = QFileDialog.getSaveFileName(
                self.window, self.tr("Certificate"), f"{trainee}.pdf", self.tr("PDF (*.pdf)")
            )
            if not path:
                return
        self.run(
            self.tr("Writing the certificate"),
            lambda app, model, progress: training.issue_certificate(app, trainee, set_id, path),
            lambda r: self.window.status.showMessage(
                self.tr("Certificate written to {0}").format(r.path), 8000
            ),
        )


def _is_pipe(window: Any, ids: Sequence[str]) -> bool:
    loaded = getattr(window, "loaded", None)
    if len(ids) != 1 or loaded is None:
        return False
    element = loaded.elements.get(ids[0])
    return element is not None and element.kind in ("pipe", "fitting")
