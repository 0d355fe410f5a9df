"""The work-order slots of the records feature: board, list, report and open forms (工单).

The forms run their own use cases (:mod:`fmdesk.ui.records.order_form`); every change to an
order is published on the bus, and the board and the asset card refresh themselves here.
"""

from __future__ import annotations

from typing import Any

import shiboken6

from fmdesk.app import workorders as use_cases
from fmdesk.ui.records.order_form import WorkOrderDialog


class OrderSlots:
    """Mixin of :class:`~fmdesk.ui.records.controller.RecordsController`."""

    def refresh_board(self) -> None:
        app = self.app
        self.refresh(
            "records.board", lambda progress: use_cases.load_board(app), self.board.set_orders
        )
        self.refresh_order_list()

    def _on_orders_changed(self) -> None:
        self.refresh_board()
        self.refresh_card()

    def _on_board_shown(self, visible: bool) -> None:
        """Orders made on other workstations show up as soon as the board is looked at, not
        only on the minute timer."""
        if visible and self.app is not None:
            self.refresh_board()

    def refresh_order_list(self) -> None:
        app = self.app
        if app is None:
            return
        overdue, mine, system = self.board.list_filters()
        me = app.actor if mine else ""
        system_of = {a.code: a.system for a in self.assets}
        self.refresh(
            "records.list",
            lambda progress: use_cases.load_order_list(app, overdue, me, system, system_of),
            self.board.set_list,
        )

    def report_fault(self, global_id: str) -> None:
        """Context menu → Report a fault here: the form prefilled with the element's asset,
        or the space itself, or the element and its location."""
        asset = self.asset_by_gid.get(global_id)
        if asset is not None:
            self.open_report_form(asset=asset.code)
            return
        info = self.window.describe(global_id)
        name = getattr(info, "name", "") or ""
        if getattr(info, "ifc_class", "") == "IfcSpace":
            self.open_report_form(space=global_id, location=name)
            return
        storey = self.window.describe(getattr(info, "storey_id", "") or "")
        where = " ".join(p for p in (getattr(storey, "name", "") or "", name) if p)
        self.open_report_form(element_global_id=global_id, location=where)

    def open_report_form(self, **prefill: str) -> WorkOrderDialog | None:
        if self.app is None:
            return None
        dialog = WorkOrderDialog(self.window, None, prefill, self.window)
        dialog.show()
        dialog.raise_()
        self.last_dialog = dialog
        return dialog

    def open_order(self, number: str) -> WorkOrderDialog | None:
        """Double-click on a card: the order's form (one window per order)."""
        if self.app is None or not number:
            return None
        dialog: Any = self.dialogs.get(number)
        if dialog is None or not shiboken6.isValid(dialog):
            dialog = WorkOrderDialog(self.window, number, None, self.window)
            dialog.destroyed.connect(lambda _=None, n=number: self.dialogs.pop(n, None))
            self.dialogs[number] = dialog
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()
        self.last_dialog = dialog
        return dialog
