"""The Planning menu and what its actions do: one use case of :mod:`fmdesk.app.planning` each,
run through the window's runner (progress, Cancel) when it can take a while.

The controller holds the current plan (with the assets and calendar it was made with); the plan
view, the lifecycle card (:mod:`.lifecycle_slots`) and the menu only mirror that state. The
CLI's ``fmdesk plan`` runs the same use cases, so the GUI cannot plan differently.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDockWidget, QFileDialog, QInputDialog, QMenu

from fmdesk.app import Change
from fmdesk.app import planning as use_cases
from fmdesk.app.planning import plan_state_path
from fmdesk.errors import UserError
from fmdesk.ui.dialogs import show_error
from fmdesk.ui.planning.lifecycle_slots import LifecycleSlots

if TYPE_CHECKING:
    from fmdesk.app.planning import PlannedYear
    from fmdesk.exports.plan_import import ImportReport
    from fmdesk.maintenance.annual import PlanAssets
    from fmdesk.maintenance.model import Plan
    from fmdesk.maintenance.workdays import WorkCalendar
    from fmdesk.ui.planning.import_report import ImportReportDialog
    from fmdesk.ui.planning.lifecycle_panel import LifecyclePanel
    from fmdesk.ui.planning.plan_view import PlanView
    from fmdesk.ui.planning.task_editor import TaskLibraryDialog
    from fmdesk.ui.shell import Shell

__all__ = ["PLAN_KEY", "PlanningController", "plan_state_path"]

PLAN_KEY = "planning"
"""One planning operation at a time (generate, export, check an edited workbook)."""


class PlanningController(LifecycleSlots, QObject):
    """Owns the plan and the Planning menu of ``window``."""

    def __init__(self, window: Shell, view: PlanView, card: LifecyclePanel) -> None:
        super().__init__(window)  # type: ignore[arg-type]
        self.window = window
        self.view = view
        self.card_panel = card
        self.planned: PlannedYear | None = None
        self.source: PlanAssets | None = None
        self._calendar: WorkCalendar | None = None
        self.report_dialog: ImportReportDialog | None = None
        self.task_dialog: TaskLibraryDialog | None = None
        self.last_message = ""
        self._create_menu()
        window.ops.busy_changed.connect(self._update_actions)
        view.asset_chosen.connect(self.select_asset)
        window.model_changed.connect(self._on_model_changed)
        window.selection.changed.connect(self._on_selection_changed)
        window.bus.assets.connect(self._on_register_changed)
        window.language_changed.connect(self._on_language_changed)  # type: ignore[attr-defined]
        self.retranslate()
        self._update_actions()

    @property
    def plan(self) -> Plan | None:
        return self.planned.plan if self.planned is not None else None

    @property
    def calendar(self) -> WorkCalendar:
        """The workday calendar of the current plan, else the one plans would use now."""
        if self._calendar is None:
            self._calendar = use_cases.current_calendar()
        return self._calendar

    @calendar.setter
    def calendar(self, calendar: WorkCalendar) -> None:
        self._calendar = calendar

    # -- menu ------------------------------------------------------------------------------

    def _create_menu(self) -> None:
        w = self.window
        self.menu = QMenu(w)  # type: ignore[arg-type]
        self.menu.setObjectName("PlanningMenu")
        w.menuBar().insertMenu(w.menus.help_menu.menuAction(), self.menu)

        def action(name: str, slot: Any, shortcut: str | None = None) -> QAction:
            item = QAction(w)  # type: ignore[arg-type]
            item.setObjectName(name)
            if shortcut:
                item.setShortcut(shortcut)
            item.triggered.connect(lambda _=False: slot())
            w.addAction(item)  # type: ignore[attr-defined]
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

    def is_busy(self) -> bool:
        return self.window.ops.is_busy(PLAN_KEY)

    def _update_actions(self, _busy: bool | None = None) -> None:
        busy, has_plan = self.is_busy(), self.plan is not None
        self.generate_action.setEnabled(not busy)
        for item in (self.import_edits_action, self.export_xlsx_action, self.export_ics_action):
            item.setEnabled(not busy and has_plan)

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

    def _on_language_changed(self) -> None:
        self.retranslate()
        self.card_panel.chinese = self.window.language == "zh_CN"
        self._show_card()

    def _site(self) -> str:
        """The open model's site (or building) name for the workbook's title rows."""
        loaded = getattr(self.window, "loaded", None)
        nodes = list(getattr(loaded, "spatial", {}).values()) if loaded is not None else []
        for ifc_class in ("IfcSite", "IfcBuilding", "IfcProject"):
            for node in nodes:
                name = node.long_name or node.name
                if node.ifc_class == ifc_class and name and name.strip():
                    return name.strip()
        return ""

    def show_plan_view(self) -> None:
        dock = self.view.parentWidget()
        while dock is not None and not isinstance(dock, QDockWidget):
            dock = dock.parentWidget()  # a scroll area on a small screen (screen_fit)
        if dock is not None:
            dock.show()
            dock.raise_()

    def _run(self, title: str, work: Any, done: Any) -> bool:
        """One planning operation at a time; False (and a status message) while one runs."""
        return self.window.ops.run(title, work, done, key=PLAN_KEY, changes=()) is not None

    def _say(self, message: str) -> None:
        self.last_message = message
        self.window.statusBar().showMessage(message, 15000)

    # -- generate --------------------------------------------------------------------------

    def origin_text(self) -> str:
        from fmdesk.maintenance.annual import ORIGIN_RECORDS

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
                self.window, self.tr("Generate plan"), self.tr("Plan year:"), default, 2000, 2100
            )
            if not ok:
                return False
        loaded, app = self.window.loaded, self.window.app
        # the worker reads its own copy of the file: the open one belongs to the GUI thread
        model = loaded.path if loaded is not None else None
        chosen = year
        return self._run(
            self.tr("Planning {0}").format(year),
            lambda progress: use_cases.generate_plan(
                app,
                chosen,
                model=model,
                prefer_records=True,
                state=plan_state_path(chosen),
                progress=progress,
            ),
            self._on_generated,
        )

    def _on_generated(self, planned: PlannedYear) -> None:
        self.planned, self.source, self.calendar = planned, planned.source, planned.calendar
        self.cards = None
        self._show_plan()
        self.show_plan_view()
        plan = planned.plan
        hours = round(sum(o.hours for o in plan.occurrences), 1)
        self._say(
            self.tr("Planned {0}: {1} visit(s), {2:g} h, assets from {3}").format(
                plan.year, len(plan.occurrences), hours, self.origin_text()
            )
        )
        self._show_card()

    def _show_plan(self) -> None:
        self.view.set_plan(self.plan, self.calendar, self.origin_text())
        self._update_actions()

    # -- exports ---------------------------------------------------------------------------

    def export_xlsx(self, path: str | Path | None = None) -> bool:
        plan = self.plan
        if plan is None:
            return False
        if path is None:
            path, _ = QFileDialog.getSaveFileName(
                self.window,
                self.tr("Export plan to Excel"),
                f"{plan.year}年度保养计划.xlsx",
                self.tr("Excel workbooks (*.xlsx)"),
            )
            if not path:
                return False
        target = Path(path)
        if target.suffix.lower() != ".xlsx":
            target = target.with_suffix(".xlsx")
        site = self._site()
        return self._run(
            self.tr("Writing {0}").format(target.name),
            lambda progress: use_cases.export_plan(
                plan, target, progress, site=site, app=self.window.app
            ),
            lambda written: self._say(self.tr("Plan written to {0}").format(written)),
        )

    def export_ics(self, folder: str | Path | None = None) -> bool:
        plan = self.plan
        if plan is None:
            return False
        if folder is None:
            folder = QFileDialog.getExistingDirectory(
                self.window, self.tr("Folder for the iCalendar files")
            )
            if not folder:
                return False
        team, out = self.view.team_filter.currentData(), Path(folder)
        teams = [team] if team else None
        return self._run(
            self.tr("Writing calendars"),
            lambda progress: use_cases.export_plan_ics(
                plan, out, teams, progress, app=self.window.app
            ),
            lambda paths: self._say(
                self.tr("{0} calendar file(s) written to {1}").format(len(paths), out)
            ),
        )

    # -- import of an edited workbook ------------------------------------------------------

    def import_edits(self, path: str | Path | None = None) -> bool:
        """Check the workbook in a worker, then show the report; nothing is applied yet."""
        planned = self.planned
        if planned is None:
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
        source = Path(path)
        return self._run(
            self.tr("Checking {0}").format(source.name),
            lambda progress: use_cases.check_plan_edits(planned, source, progress),
            lambda report: self._show_report(report, source.name, planned.plan),
        )

    def _show_report(self, report: ImportReport, name: str, plan: Plan) -> None:
        from fmdesk.ui.planning.import_report import ImportReportDialog

        if self.report_dialog is not None:
            self.report_dialog.close()
            self.report_dialog.deleteLater()
        dialog = ImportReportDialog(report, name, self.window)  # type: ignore[arg-type]
        dialog.apply_requested.connect(
            lambda valid_part: self.apply_report(report, plan, valid_part)
        )
        self.report_dialog = dialog
        dialog.open()

    def apply_report(self, report: ImportReport, plan: Plan, accept_valid_part: bool) -> bool:
        """Apply the checked edits (all valid, or the valid part when the planner chose it);
        they are kept for the next generation of the year."""
        if self.planned is None or plan is not self.planned.plan:
            self._say(self.tr("The plan changed meanwhile; import the workbook again."))
            return False
        try:
            edited = use_cases.apply_plan_edits(
                plan, report, accept_valid_part=accept_valid_part, state=plan_state_path(plan.year)
            )
        except UserError as error:
            show_error(self.window, self.tr("Import edited workbook"), error)
            return False
        self.planned = replace(self.planned, plan=edited)
        self._show_plan()
        self.window.bus.publish([Change.PLAN])
        self._say(
            self.tr("Applied {0} change(s) and {1} completion(s)").format(
                len(report.edits), len(report.done)
            )
        )
        return True

    # -- task library and workdays ---------------------------------------------------------

    def edit_task_library(self) -> TaskLibraryDialog:
        from fmdesk.ui.planning.task_editor import TaskLibraryDialog

        if self.task_dialog is None:
            self.task_dialog = TaskLibraryDialog(self.window)  # type: ignore[arg-type]
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
        from fmdesk.app.holidays import import_workday_adjustments

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
            imported = import_workday_adjustments(Path(path))
        except UserError as error:
            show_error(self.window, self.tr("Import workday adjustments"), error)
            return False
        self.calendar = use_cases.current_calendar()
        years = ", ".join(str(y) for y in imported.years)
        self._say(
            self.tr("{0} workday adjustment(s) imported for {1}; generate the plan again").format(
                imported.rows, years
            )
        )
        return True

    # -- model and register ----------------------------------------------------------------

    def _on_model_changed(self, loaded: Any) -> None:
        """A plan of the register outlives the model; a plan of the old model does not."""
        from fmdesk.maintenance.annual import ORIGIN_RECORDS

        if self.source is not None and self.source.origin == ORIGIN_RECORDS:
            return
        self.source, self.cards = None, None
        if self.planned is not None:
            self.planned = None
            self._show_plan()

    def _on_register_changed(self) -> None:
        """Assets were imported or edited: the cards read the register again when asked."""
        if self.planned is None:
            self.source, self.cards = None, None
