"""The Handover feature's glue: tab actions → handover use cases through the operation runner.

Slots read the tabs, call one use case in the background (IDS check, review issues from
failures, IDS editing, revision diff, COBie export, handover inspection) and show the result;
the 3D view is coloured on the GUI thread after the operation.
"""

from __future__ import annotations

import threading
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox

from fmdesk.app.changes import Change
from fmdesk.app.cobie import export_cobie
from fmdesk.app.diff import diff_revisions
from fmdesk.app.handover import (
    check_handover_item,
    handover_reminders,
    list_handovers,
    parse_day,
    start_handover,
)
from fmdesk.app.ids import (
    check_ids,
    ids_failures_to_issues,
    load_ids_table,
    save_ids_table,
    write_ids_report,
)
from fmdesk.ui.changes import ChangeBus
from fmdesk.ui.handover import ui_language
from fmdesk.ui.handover.diff_tab import DIFF_STYLES
from fmdesk.ui.handover.ids_editor import IdsEditorDialog
from fmdesk.ui.ops import OperationRunner

__all__ = ["HandoverController"]


class HandoverController(QObject):
    """Owns the feature's App handle and its last results."""

    def __init__(self, window: Any, panel: Any) -> None:
        super().__init__(window)
        self.window, self.panel = window, panel
        self.bus = getattr(window, "bus", None) or ChangeBus(self)
        self.ops = getattr(window, "ops", None) or OperationRunner(window.status, self.bus, self)
        self.app: Any = getattr(window, "app", None)
        self._lock = threading.Lock()
        self.ids_path: str = ""
        self.ids_result: Any = None
        self.diff: dict | None = None
        tabs = panel
        tabs.ids.choose_requested.connect(self.choose_ids)
        tabs.ids.edit_requested.connect(self.edit_ids)
        tabs.ids.check_requested.connect(self.check_model)
        tabs.ids.issues_requested.connect(self.create_issues)
        tabs.ids.report_requested.connect(self.export_report)
        tabs.ids.elements_chosen.connect(self.select)
        tabs.diff.compare_requested.connect(self.compare)
        tabs.diff.elements_chosen.connect(self.select)
        tabs.inspection.new_requested.connect(self.new_handover)
        tabs.inspection.handover_chosen.connect(
            lambda _: tabs.inspection.show_handover(tabs.inspection.current())
        )
        tabs.inspection.result_requested.connect(self.record_result)
        window.model_changed.connect(lambda _: self._model_changed())

    # -- the application -------------------------------------------------------------------
    def _with_app(self, work: Any) -> Any:
        def run(progress: Any) -> Any:
            with self._lock:
                if self.app is None:
                    from fmdesk.bootstrap import bootstrap

                    self.app = bootstrap(settings=self.window.settings, open_database=False)
            return work(self.app, progress)

        return run

    def _model_path(self) -> Path | None:
        loaded = getattr(self.window, "loaded", None)
        if loaded is None:
            QMessageBox.information(
                self.window, self.tr("Handover"), self.tr("Open a model first.")
            )
            return None
        return Path(loaded.path)

    def _model_changed(self) -> None:
        self.ids_result = None
        self._clear_diff_colours()

    def select(self, ids: list[str]) -> None:
        self.window.selection.select(ids, source="handover")

    # -- IDS -------------------------------------------------------------------------------
    def choose_ids(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self.window, self.tr("Choose an IDS file"), "", self.tr("IDS files (*.ids *.xml)")
        )
        if path:
            self.ids_path = path
            self.panel.ids.set_ids_file(path)

    def check_model(self) -> None:
        model = self._model_path()
        if model is None:
            return
        ids_path = self.ids_path or None
        self.panel.ids.set_busy(True)
        self.ops.run(
            self.tr("Checking the model against the IDS"),
            self._with_app(lambda app, progress: check_ids(app, model, ids_path, progress)),
            self._show_ids_result,
            key="handover-ids",
            on_error=lambda _e: self.panel.ids.set_busy(False),
        )

    def _show_ids_result(self, result: Any) -> None:
        self.ids_result = result
        self.panel.ids.set_busy(False)
        self.panel.ids.show_result(result)

    def create_issues(self) -> None:
        if self.ids_result is None:
            return
        specs, ids = self.panel.ids.chosen_failures()
        result = self.ids_result
        self.ops.run(
            self.tr("Creating review issues"),
            self._with_app(lambda app, p: ids_failures_to_issues(app, result, specs, ids, p)),
            lambda issues: self.window.status.showMessage(
                self.tr("{n} review issues created").replace("{n}", str(len(issues))), 8000
            ),
            changes=[Change.REVIEW],
            key="handover-issues",
        )

    def export_report(self) -> None:
        if self.ids_result is None:
            return
        path, _ = QFileDialog.getSaveFileName(
            self.window,
            self.tr("Export the IDS report"),
            "ids_report.xlsx",
            self.tr("Excel (*.xlsx);;Web page (*.html);;BCF (*.bcf)"),
        )
        if path:
            result = self.ids_result
            self.ops.run(
                self.tr("Writing the report"),
                lambda progress: write_ids_report(result, Path(path), app=self.window.app),
                lambda out: self.window.status.showMessage(str(out), 8000),
            )

    def edit_ids(self) -> None:
        source = self.ids_path or None
        self.ops.run(
            self.tr("Reading the IDS"),
            self._with_app(lambda app, p: load_ids_table(source)),
            self._open_editor,
            key="handover-ids-edit",
        )

    def _open_editor(self, table: Any) -> None:
        dialog = IdsEditorDialog(table, self.window)
        if not dialog.exec():
            return
        default = self.ids_path or str(Path.home() / "fm_handover.ids")
        path, _ = QFileDialog.getSaveFileName(
            self.window, self.tr("Save the IDS"), default, self.tr("IDS files (*.ids)")
        )
        if not path:
            return
        edited = dialog.table()
        self.ops.run(
            self.tr("Saving the IDS"),
            lambda p: save_ids_table(edited, path),
            lambda saved: self._use_ids(str(saved)),
        )

    def _use_ids(self, path: str) -> None:
        self.ids_path = path
        self.panel.ids.set_ids_file(path)

    # -- revision diff ---------------------------------------------------------------------
    def compare(self) -> None:
        new = self._model_path()
        if new is None:
            return
        old, _ = QFileDialog.getOpenFileName(
            self.window,
            self.tr("Choose the older revision"),
            str(new.parent),
            self.tr("IFC models (*.ifc *.ifczip)"),
        )
        if old:
            self.compare_with(Path(old))

    def compare_with(self, old: Path) -> None:
        """Compare the open model (the new revision) with ``old`` and colour the differences."""
        new = self._model_path()
        if new is None:
            return
        relink = self.panel.diff.relink.isChecked()

        def work(app: Any, progress: Any) -> dict:
            return diff_revisions(app, old, new, progress, relink=relink).to_dict()

        self.ops.run(
            self.tr("Comparing revisions"),
            self._with_app(work),
            self._show_diff,
            changes=[Change.ASSETS] if relink else [],
            key="handover-diff",
        )

    def _show_diff(self, data: dict) -> None:
        self.diff = data
        self.panel.diff.show_diff(data)
        view = getattr(self.window, "view", None)
        if view is None:
            return
        sets = {
            "added": data["added"],
            "changed": [
                c["new"]
                for c in data["changed"]
                if c["new"] not in {m["new"] for m in data["moved"]}
            ],
            "moved": [m["new"] for m in data["moved"]],
        }
        for kind, ids in sets.items():
            view.scene.highlight(ids, DIFF_STYLES[kind])
        view.request_render()

    def _clear_diff_colours(self) -> None:
        view = getattr(self.window, "view", None)
        if view is None or self.diff is None:
            return
        for kind in ("added", "changed", "moved"):
            view.scene.clear_highlight(DIFF_STYLES[kind])
        self.diff = None

    # -- COBie -----------------------------------------------------------------------------
    def export_cobie(self) -> None:
        model = self._model_path()
        if model is None:
            return
        path, _ = QFileDialog.getSaveFileName(
            self.window, self.tr("Export COBie"), f"{model.stem}_COBie.xlsx", "Excel (*.xlsx)"
        )
        if path:
            self.ops.run(
                self.tr("Writing the COBie workbook"),
                self._with_app(lambda app, p: export_cobie(app, model, path, p)),
                lambda result: self.window.status.showMessage(result.out, 8000),
                key="handover-cobie",
            )

    # -- handover inspection ---------------------------------------------------------------
    def refresh_handovers(self, current: str = "") -> None:
        def work(app: Any, progress: Any) -> tuple[list, list[str]]:
            reminders = [
                f"{r.due_on.isoformat()}  {r.message.render(ui_language())}"
                for r in handover_reminders(app)
            ]
            return list_handovers(app), reminders

        def show(found: tuple[list, list[str]]) -> None:
            self.panel.inspection.set_handovers(found[0], current)
            self.panel.inspection.set_reminders(found[1])

        self.ops.run(self.tr("Loading handovers"), self._with_app(work), show, key="handover-list")

    def new_handover(self) -> None:
        name, ok = QInputDialog.getText(self.window, self.tr("New handover"), self.tr("Name"))
        if not ok or not name.strip():
            return
        day, ok = QInputDialog.getText(
            self.window,
            self.tr("New handover"),
            self.tr("Delivery date (2027-06-30)"),
            text=date.today().isoformat(),
        )
        if not ok:
            return
        model = getattr(getattr(self.window, "loaded", None), "path", "")

        def work(app: Any, progress: Any) -> Any:
            return start_handover(app, name.strip(), parse_day(day), model_file=str(model))

        self.ops.run(
            self.tr("Starting the handover"),
            self._with_app(work),
            lambda view: self.refresh_handovers(view.name),
            changes=[Change.REVIEW],
        )

    def record_result(self, handover: str, key: str, status: str) -> None:
        code, _, target = key.partition("\t")
        note = ""
        if status == "fail":
            note, ok = QInputDialog.getText(
                self.window, self.tr("Finding"), self.tr("What is wrong?")
            )
            if not ok:
                return
        element = next(iter(self.window.selection.ids), "")

        def work(app: Any, progress: Any) -> Any:
            return check_handover_item(
                app,
                handover,
                code,
                status,
                target=target,
                note=note,
                element_global_id=element if status == "fail" else "",
            )

        self.ops.run(
            self.tr("Recording the result"),
            self._with_app(work),
            lambda _r: self.refresh_handovers(handover),
            changes=[Change.REVIEW],
        )
