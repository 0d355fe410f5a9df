"""The Planning menu and what its actions do: one core call each, in a worker when it is slow.

The controller holds the current plan, the workday calendar it was made with and the planner's
accepted edits; the plan view, the lifecycle card and the menu only mirror that state. The
plan's wiring (where the assets come from, which data files) is
:mod:`fmdesk.maintenance.annual`, the same code ``fmdesk plan`` runs.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMenu

from fmdesk.errors import UserError
from fmdesk.maintenance.annual import (
    ORIGIN_RECORDS,
    PlanAssets,
    build_plan,
    plan_calendar,
    read_plan_assets,
)
from fmdesk.maintenance.lifecycle import (
    LifecycleCard,
    fit_groups,
    group_key,
    lifecycle_card,
)
from fmdesk.maintenance.model import Occurrence, Plan
from fmdesk.maintenance.resources import user_resource_path
from fmdesk.maintenance.workdays import WorkCalendar
from fmdesk.ui.dialogs import show_error
from fmdesk.ui.planning.import_report import ImportReportDialog
from fmdesk.ui.planning.jobs import JobRunner
from fmdesk.ui.planning.lifecycle_panel import LifecyclePanel
from fmdesk.ui.planning.plan_view import PlanView
from fmdesk.ui.planning.task_editor import TaskLibraryDialog

if TYPE_CHECKING:
    from fmdesk.exports.plan_import import ImportReport

NEXT_VISITS = 8
SOURCE = "planning"


def plan_state_path(year: int) -> Path:
    """Where the planner's accepted edits and completions of ``year`` are kept."""
    return user_resource_path(f"plan_state_{year}.json")


class PlanningController(QObject):
    """Owns the plan and the Planning menu of ``window``."""

    def __init__(self, window: Any, view: PlanView, card: LifecyclePanel) -> None:
        super().__init__(window)
        self.window = window
        self.view = view
        self.card_panel = card
        self.jobs = JobRunner(window.statusBar(), self)
        self.plan: Plan | None = None
        self.source: PlanAssets | None = None
        self.calendar: WorkCalendar = plan_calendar()
        self.report_dialog: ImportReportDialog | None = None
        self.task_dialog: TaskLibraryDialog | None = None
        self.last_message = ""
        self._fits: tuple[dict, dict] | None = None
        self._pending_report: tuple[ImportReport, str] | None = None
        self._create_menu()
        self._card_waiting = False
        self.jobs.busy_changed.connect(self._update_actions)
        self.jobs.busy_changed.connect(self._retry_card)
        view.asset_chosen.connect(self.select_asset)
        window.model_changed.connect(self._on_model_changed)
        window.selection.changed.connect(self._on_selection_changed)
        window.installEventFilter(self)
        self.retranslate()
        self._update_actions()

    # -- menu ------------------------------------------------------------------------------

    def _create_menu(self) -> None:
        w = self.window
        self.menu = QMenu(w)
        self.menu.setObjectName("PlanningMenu")
        help_action = w.menus.help_menu.menuAction()
        w.menuBar().insertMenu(help_action, self.menu)

        def action(name: str, slot: Any, shortcut: str | None = None) -> QAction:
            item = QAction(w)
            item.setObjectName(name)
            if shortcut:
                item.setShortcut(shortcut)
            item.triggered.connect(lambda _=False: slot())
            w.addAction(item)
            self.menu.addAction(item)
            return item

        self.generate_action = action("planning_generate", self.generate_plan, "Ctrl+Shift+P")
        self.menu.addSeparator()
        self.export_xlsx_action = action("planning_export_xlsx", self.export_xlsx)
        self.export_ics_action = action("planning_export_ics", self.export_ics)
        self.import_edits_action = action("planning_import_edits", self.import_edits)
        self.menu.addSeparator()
        self.tasks_action = action("planning_tasks", self.edit_task_library)
        self.workdays_action = action("planning_workdays", self.import_workdays)
        self.menu.addSeparator()
        self.show_plan_action = action("planning_show_plan", self.show_plan_view)

    def _update_actions(self, busy: bool | None = None) -> None:
        busy = self.jobs.is_busy() if busy is None else busy
        has_plan = self.plan is not None
        self.generate_action.setEnabled(not busy)
        self.import_edits_action.setEnabled(not busy and has_plan)
        self.export_xlsx_action.setEnabled(not busy and has_plan)
        self.export_ics_action.setEnabled(not busy and has_plan)

    def retranslate(self) -> None:
        self.menu.setTitle(self.tr("&Planning"))
        texts = {
            self.generate_action: (
                self.tr("&Generate plan for year…"),
                self.tr("Plan a year of preventive maintenance on Chinese working days"),
            ),
            self.export_xlsx_action: (
                self.tr("Export to &Excel…"),
                self.tr("Write the plan as a workbook for approval and contractors"),
            ),
            self.export_ics_action: (
                self.tr("Export i&Calendar per team…"),
                self.tr("Write one .ics file per team or contractor"),
            ),
            self.import_edits_action: (
                self.tr("&Import edited workbook…"),
                self.tr("Check a planner's edited workbook row by row before applying it"),
            ),
            self.tasks_action: (
                self.tr("Edit &task library…"),
                self.tr("Routine tasks per equipment type: recurrence, hours, team"),
            ),
            self.workdays_action: (
                self.tr("Import &workday adjustments (调休)…"),
                self.tr("The State Council's holiday and adjusted-workday notice (date,kind,name)"),
            ),
            self.show_plan_action: (
                self.tr("Show the &plan"),
                self.tr("Show the plan calendar panel"),
            ),
        }
        for item, (text, tip) in texts.items():
            item.setText(text)
            item.setToolTip(tip)
            item.setStatusTip(tip)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window:
            if event.type() == QEvent.Type.LanguageChange:
                self.retranslate()
                self.card_panel.chinese = self.window.language == "zh_CN"
                self._show_card()
            elif event.type() == QEvent.Type.Close:
                self.jobs.shutdown()
        return False

    def show_plan_view(self) -> None:
        dock = self.view.parentWidget()
        if dock is not None:
            dock.show()
            dock.raise_()

    # -- generate --------------------------------------------------------------------------

    def origin_text(self) -> str:
        if self.source is None:
            return ""
        if self.source.origin == ORIGIN_RECORDS:
            return self.tr("the records database ({0} assets)").format(len(self.source.assets))
        name = self.window.loaded.path.name if self.window.loaded else ""
        return self.tr("the model {0} ({1} assets)").format(name, len(self.source.assets))

    def generate_plan(self, year: int | None = None) -> bool:
        """Ask for the year (default: next year, or the current plan's) and plan it."""
        if year is None:
            default = self.plan.year if self.plan else date.today().year + 1
            year, ok = QInputDialog.getInt(
                self.window,
                self.tr("Generate plan"),
                self.tr("Plan year:"),
                default,
                2000,
                2100,
            )
            if not ok:
                return False
        loaded = self.window.loaded
        # the worker reads its own copy of the file: the open one belongs to the GUI thread
        model = loaded.path if loaded is not None else None
        url = self.window.settings.effective_database_url()
        self.calendar = plan_calendar()
        calendar, state = self.calendar, plan_state_path(year)
        no_assets = self.tr("No assets to plan: open a model or add assets to the register.")

        def work(progress: Any, cancel: Any) -> tuple[PlanAssets, Plan]:
            from fmdesk.exports.plan_import import read_plan_state

            if model is None:
                try:
                    source = read_plan_assets(None, url, progress=progress, cancel=cancel)
                except UserError as error:  # no register either: say what would help
                    raise UserError(no_assets) from error
            else:
                source = read_plan_assets(
                    model, url, prefer_records=True, progress=progress, cancel=cancel
                )
            if not source.assets:
                raise UserError(no_assets)
            edits, done = read_plan_state(state) if state.exists() else ([], [])
            plan = build_plan(
                year,
                source,
                calendar=calendar,
                edits=edits,
                done=done,
                progress=progress,
                cancel=cancel,
            )
            return source, plan

        return self.jobs.run(
            self.tr("Generate plan"),
            self.tr("Planning {0}").format(year),
            work,
            self._on_generated,
        )

    def _on_generated(self, result: tuple[PlanAssets, Plan]) -> None:
        self.source, self.plan = result
        self._fits = None
        self._show_plan()
        self.show_plan_view()
        hours = round(sum(o.hours for o in self.plan.occurrences), 1)
        self._say(
            self.tr("Planned {0}: {1} visit(s), {2:g} h, assets from {3}").format(
                self.plan.year, len(self.plan.occurrences), hours, self.origin_text()
            )
        )
        self._show_card()

    def _show_plan(self) -> None:
        self.view.set_plan(self.plan, self.calendar, self.origin_text())
        self._update_actions()

    def _say(self, message: str) -> None:
        self.last_message = message
        self.window.statusBar().showMessage(message, 15000)

    # -- exports ---------------------------------------------------------------------------

    def export_xlsx(self, path: str | Path | None = None) -> bool:
        if self.plan is None:
            return False
        if path is None:
            path, _ = QFileDialog.getSaveFileName(
                self.window,
                self.tr("Export plan to Excel"),
                f"{self.plan.year}年度保养计划.xlsx",
                self.tr("Excel workbooks (*.xlsx)"),
            )
            if not path:
                return False
        target = Path(path)
        if target.suffix.lower() != ".xlsx":
            target = target.with_suffix(".xlsx")
        plan = self.plan

        def work(progress: Any, cancel: Any) -> Path:
            from fmdesk.exports.plan_xlsx import export_plan_xlsx

            return export_plan_xlsx(plan, target, progress=progress, cancel=cancel)

        return self.jobs.run(
            self.tr("Export to Excel"),
            self.tr("Writing {0}").format(target.name),
            work,
            lambda written: self._say(self.tr("Plan written to {0}").format(written)),
        )

    def export_ics(self, folder: str | Path | None = None) -> bool:
        if self.plan is None:
            return False
        if folder is None:
            folder = QFileDialog.getExistingDirectory(
                self.window, self.tr("Folder for the iCalendar files")
            )
            if not folder:
                return False
        team = self.view.team_filter.currentData()
        plan, out = self.plan, Path(folder)

        def work(progress: Any, cancel: Any) -> list[Path]:
            from fmdesk.exports.plan_ics import export_ics

            teams = [team] if team else None
            return export_ics(plan, out, teams=teams, progress=progress, cancel=cancel)

        return self.jobs.run(
            self.tr("Export iCalendar"),
            self.tr("Writing calendars"),
            work,
            lambda paths: self._say(
                self.tr("{0} calendar file(s) written to {1}").format(len(paths), out)
            ),
        )

    # -- import of an edited workbook ------------------------------------------------------

    def import_edits(self, path: str | Path | None = None) -> bool:
        """Check the workbook in a worker, then show the report; nothing is applied yet."""
        if self.plan is None:
            return False
        if path is None:
            path, _ = QFileDialog.getOpenFileName(
                self.window,
                self.tr("Import edited workbook"),
                "",
                self.tr("Excel workbooks (*.xlsx)"),
            )
            if not path:
                return False
        source, plan, calendar = Path(path), self.plan, self.calendar

        def work(progress: Any, cancel: Any) -> ImportReport:
            from fmdesk.exports.plan_import import import_plan_edits

            return import_plan_edits(source, plan, calendar, progress=progress, cancel=cancel)

        return self.jobs.run(
            self.tr("Import edited workbook"),
            self.tr("Checking {0}").format(source.name),
            work,
            lambda report: self._show_report(report, source.name, plan),
        )

    def _show_report(self, report: ImportReport, name: str, plan: Plan) -> None:
        if self.report_dialog is not None:
            self.report_dialog.close()
            self.report_dialog.deleteLater()
        dialog = ImportReportDialog(report, name, self.window)
        dialog.apply_requested.connect(
            lambda valid_part: self.apply_report(report, plan, valid_part)
        )
        self.report_dialog = dialog
        dialog.open()

    def apply_report(self, report: ImportReport, plan: Plan, accept_valid_part: bool) -> bool:
        """Apply the checked edits (all valid, or the valid part when the planner chose it)."""
        from fmdesk.exports.plan_import import apply_plan_edits

        if plan is not self.plan:
            self._say(self.tr("The plan changed meanwhile; import the workbook again."))
            return False
        try:
            self.plan = apply_plan_edits(plan, report, accept_valid_part=accept_valid_part)
        except UserError as error:
            show_error(self.window, self.tr("Import edited workbook"), error)
            return False
        self._remember(plan.year, report)
        self._show_plan()
        self._say(
            self.tr("Applied {0} change(s) and {1} completion(s)").format(
                len(report.edits), len(report.done)
            )
        )
        return True

    @staticmethod
    def _remember(year: int, report: ImportReport) -> None:
        """Keep accepted edits and completions for the next generation (as ``--state`` does)."""
        from fmdesk.exports.plan_import import read_plan_state, write_plan_state

        state = plan_state_path(year)
        edits, done = read_plan_state(state) if state.exists() else ([], [])
        kept = {e.occurrence_id: e for e in edits} | {e.occurrence_id: e for e in report.edits}
        state.parent.mkdir(parents=True, exist_ok=True)
        write_plan_state(list(kept.values()), [*done, *report.done], state)

    # -- task library and workdays ---------------------------------------------------------

    def edit_task_library(self) -> TaskLibraryDialog:
        if self.task_dialog is None:
            self.task_dialog = TaskLibraryDialog(self.window)
            self.task_dialog.saved.connect(
                lambda count: self._say(
                    self.tr(
                        "Task library saved ({0} tasks); generate the plan again to use it"
                    ).format(count)
                )
            )
        else:
            self.task_dialog.reload()
        self.task_dialog.open()
        return self.task_dialog

    def import_workdays(self, path: str | Path | None = None) -> bool:
        """Check and save a ``date,kind,name`` notice (small file: no worker needed)."""
        from fmdesk.maintenance.workdays import read_adjustments, save_adjustments

        if path is None:
            path, _ = QFileDialog.getOpenFileName(
                self.window,
                self.tr("Import workday adjustments"),
                "",
                self.tr("CSV files (*.csv)"),
            )
            if not path:
                return False
        try:
            rows = read_adjustments(Path(path))
            save_adjustments(rows)
        except UserError as error:
            show_error(self.window, self.tr("Import workday adjustments"), error)
            return False
        years = ", ".join(str(y) for y in sorted({r.day.year for r in rows}))
        self.calendar = plan_calendar()
        self._say(
            self.tr("{0} workday adjustment(s) imported for {1}; generate the plan again").format(
                len(rows), years
            )
        )
        return True

    # -- selection and lifecycle card ------------------------------------------------------

    def select_asset(self, code: str) -> None:
        """Select the asset's element in 3D (by GlobalId) when the open model has it."""
        asset = self.plan.assets.get(code) if self.plan else None
        gid = asset.global_id if asset else ""
        loaded = self.window.loaded
        if gid and loaded is not None and gid in loaded.elements:
            self.window.selection.select([gid], source=SOURCE)
            self.window.view.frame([gid])
        else:
            self._say(self.tr("{0} is not an element of the open model").format(code))

    def _on_model_changed(self, loaded: Any) -> None:
        """A plan of the register outlives the model; a plan of the old model does not."""
        if self.source is not None and self.source.origin == ORIGIN_RECORDS:
            return
        self.source, self._fits = None, None
        if self.plan is not None:
            self.plan = None
            self._show_plan()

    def _on_selection_changed(self, _ids: tuple[str, ...], _source: str) -> None:
        self._show_card()

    def asset_of(self, gid: str) -> Any:
        source = self.source
        if source is None:
            return None
        return next((a for a in source.assets if a.global_id == gid), None)

    def card_for(self, asset: Any) -> LifecycleCard:
        """The core's card for ``asset``, with its group's Weibull fit (fitted once per plan)."""
        assert self.source is not None
        as_of = self._as_of()
        if self._fits is None:
            self._fits = fit_groups(self.source.assets, self.source.failures, as_of)
        fits, counts = self._fits
        key = group_key(asset)
        units, failed = counts.get(key, (0, 0))
        return lifecycle_card(
            asset,
            as_of=as_of,
            handover_date=self.source.handover_date,
            fit=fits.get(key),
            group_size=units,
            group_failures=failed,
        )

    def _as_of(self) -> date:
        return date(self.plan.year, 1, 1) if self.plan else date.today()

    def _show_card(self) -> None:
        gid = self.window.selection.current
        if gid is None:
            self.card_panel.show_message(
                self.tr("Select an element to see its lifecycle estimate.")
            )
            return
        if self.source is None:
            self._read_assets_for_cards()
            return
        asset = self.asset_of(gid)
        if asset is None:
            self.card_panel.show_message(
                self.tr("The selected element is not a maintained asset (no task or service life).")
            )
            return
        card = self.card_for(asset)
        self.card_panel.show_card(
            card,
            self._as_of().isoformat(),
            self.plan,
            self.next_visits(asset.code),
            self.origin_text(),
        )

    def _retry_card(self, busy: bool) -> None:
        """A card asked for while another job ran is shown once that job has ended."""
        if not busy and self._card_waiting:
            self._card_waiting = False
            self._show_card()

    def next_visits(self, code: str) -> list[Occurrence]:
        if self.plan is None:
            return []
        return [o for o in self.plan.occurrences if o.asset_code == code][:NEXT_VISITS]

    def _read_assets_for_cards(self) -> None:
        """No plan yet: read the assets once (in a worker) so cards can be shown."""
        loaded = self.window.loaded
        if loaded is None or self.jobs.is_busy():
            self._card_waiting = loaded is not None
            self.card_panel.show_message(self.tr("Lifecycle estimate: waiting for the model…"))
            return
        self._card_waiting = False
        model, url = loaded.path, self.window.settings.effective_database_url()
        self.card_panel.show_message(self.tr("Reading the assets…"))

        def work(progress: Any, cancel: Any) -> PlanAssets:
            return read_plan_assets(
                model, url, prefer_records=True, progress=progress, cancel=cancel
            )

        def done(source: PlanAssets) -> None:
            self.source, self._fits = source, None
            self._show_card()

        self.jobs.run(self.tr("Lifecycle"), self.tr("Reading the assets"), work, done)
