"""The inspection slots of the records feature: routes, rounds, results (巡检).

A failed item opens a work order (the use case does it, with the configured SLA); the result
declares the change, so the work-order board and the asset card refresh themselves.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QInputDialog

from fmdesk.app import Change
from fmdesk.app import inspections as use_cases
from fmdesk.ui.dialogs import show_error


class InspectionSlots:
    """Mixin of :class:`~fmdesk.ui.records.controller.RecordsController`."""

    def refresh_routes(self) -> None:
        app = self.app
        self.refresh(
            "records.routes",
            lambda progress: use_cases.route_names(app),
            self.inspection_panel.set_routes,
        )

    def ask_new_route(self) -> None:
        storeys = sorted({a.storey_name for a in self.assets if a.storey_name})
        if not storeys:
            show_error(
                self.window,
                self.tr("Inspection"),
                self.tr("Import the model's assets before creating a route."),
            )
            return
        storey, ok = QInputDialog.getItem(
            self.window, self.tr("New route"), self.tr("Storey:"), storeys, 0, False
        )
        if not ok:
            return
        name, ok = QInputDialog.getText(
            self.window,
            self.tr("New route"),
            self.tr("Route name:"),
            text=self.tr("{0} daily round").format(storey),
        )
        if ok and name.strip():
            self.create_route(name.strip(), storey)

    def _run(self, title: str, work: Any, done: Any, changes: tuple[Change, ...] = ()) -> None:
        if self.app is not None:
            self.window.ops.run(title, work, done, changes=changes)

    def create_route(self, name: str, storey: str) -> None:
        app = self.app
        self._run(
            self.tr("New route"),
            lambda progress: use_cases.create_route(app, name, storey=storey),
            lambda _route: None,
            (Change.INSPECTIONS,),
        )

    def start_round(self, route: str) -> None:
        app = self.app
        self._run(
            self.tr("Inspection"),
            lambda progress: use_cases.start_round(app, route),
            self.inspection_panel.show_round,
        )

    def record_result(self, round_id: int, asset: str, item: str, outcome: str, note: str) -> None:
        app = self.app
        self._run(
            self.tr("Inspection"),
            lambda progress: use_cases.record_result(app, round_id, asset, item, outcome, note),
            self.inspection_panel.show_result,
            (Change.INSPECTIONS, Change.WORK_ORDERS) if outcome == "fail" else (),
        )

    def finish_round(self, round_id: int) -> None:
        app = self.app
        self._run(
            self.tr("Inspection"),
            lambda progress: use_cases.finish_round(app, round_id),
            self.inspection_panel.show_summary,
            (Change.INSPECTIONS,),
        )
