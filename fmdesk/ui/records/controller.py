"""Records in the main window: docks, menu entries, search box, context action and the wiring.

The feature opens the records database in the background at start-up (``window.app``), then
every panel request becomes ONE use case of :mod:`fmdesk.app` run through ``window.ops``; panels
refresh themselves when the change bus says that assets, work orders or inspections changed
(whoever changed them: a form, an inspection, the network panel's shut-off order). A database
that is locked or gone is one sentence in the status bar; the rest of the window keeps working.

The slots live by subject in :mod:`.asset_slots`, :mod:`.order_slots` and
:mod:`.inspection_slots`; this module builds the feature and connects it.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDockWidget, QWidget

from fmdesk.app.database import connect_records
from fmdesk.records.dto import AssetRow, ImportReport
from fmdesk.ui.context_actions import ContextAction, register_context_action
from fmdesk.ui.dialogs import error_sentence
from fmdesk.ui.records.asset_card import AssetCardPanel
from fmdesk.ui.records.asset_register import AssetRegisterPanel
from fmdesk.ui.records.asset_slots import AssetSlots
from fmdesk.ui.records.board import WorkOrderBoard
from fmdesk.ui.records.inspection_panel import InspectionPanel
from fmdesk.ui.records.inspection_slots import InspectionSlots
from fmdesk.ui.records.order_slots import OrderSlots
from fmdesk.ui.records.search_box import AssetSearchBox
from fmdesk.ui.status_bar import ElidedLabel, hide_password

if TYPE_CHECKING:
    from pathlib import Path

    from fmdesk.app import App
    from fmdesk.ui.records.order_form import WorkOrderDialog
    from fmdesk.ui.shell import Shell

BOARD_REFRESH_MS = 60_000  # overdue marks and other workstations' changes
REPORT_FAULT_KEY = "records.report_fault"
OPEN_KEY = "records.open"


def register_report_fault_action() -> None:
    """Element context menu → "Report a fault here" (the label is translated by the registry)."""
    register_context_action(
        ContextAction(
            key=REPORT_FAULT_KEY,
            label=QT_TRANSLATE_NOOP("ContextActions", "Report a fault here…"),
            run=_report_fault,
            enabled=_can_report,
            order=60,
            separator_before=True,
        )
    )


def _report_fault(window: Any, ids: Sequence[str]) -> None:
    feature = getattr(window, "records_feature", None)
    if feature is not None and ids:
        feature.report_fault(ids[0])


def _can_report(window: Any, ids: Sequence[str]) -> bool:
    feature = getattr(window, "records_feature", None)
    return feature is not None and feature.app is not None and len(ids) == 1


class RecordsController(AssetSlots, OrderSlots, InspectionSlots, QObject):
    """Everything issue 5 adds to the main window; ``window.records_feature`` points here."""

    def __init__(self, window: Shell) -> None:
        super().__init__(window)  # type: ignore[arg-type]
        self.window = window
        self.ready = False
        self.db_error: str | None = None
        self._db_state = "opening"
        self.assets: list[AssetRow] = []
        self.asset_by_gid: dict[str, AssetRow] = {}
        self.last_import_report: ImportReport | None = None
        self.last_labels: list[Path] = []
        self.dialogs: dict[str, WorkOrderDialog] = {}
        self.last_dialog: WorkOrderDialog | None = None
        self._card_key: str | None = None
        self._closing = False

        self.register_panel = AssetRegisterPanel(window)  # type: ignore[arg-type]
        self.card_panel = AssetCardPanel(window)  # type: ignore[arg-type]
        self.board = WorkOrderBoard(window)  # type: ignore[arg-type]
        self.inspection_panel = InspectionPanel(window)  # type: ignore[arg-type]
        self.search_box = AssetSearchBox(window)  # type: ignore[arg-type]
        self.db_label = ElidedLabel(window)  # type: ignore[arg-type]
        self.db_label.setObjectName("recordsState")
        self._create_docks()
        self._create_actions()
        self._connect()
        self.board_timer = QTimer(self)
        self.board_timer.setInterval(BOARD_REFRESH_MS)
        self.board_timer.timeout.connect(self.refresh_board)
        window.language_changed.connect(self.retranslate)  # type: ignore[attr-defined]
        window.closing.connect(self.shutdown)  # type: ignore[attr-defined]
        self.retranslate()
        self.open_database()

    @property
    def app(self) -> App | None:
        """The application once its records database is open (None before, or when it failed)."""
        return self.window.app if self.ready and not self._closing else None

    # -- construction ----------------------------------------------------------------------

    def _dock(self, name: str, widget: QWidget, area: Qt.DockWidgetArea) -> QDockWidget:
        dock = QDockWidget(self.window)  # type: ignore[arg-type]
        dock.setObjectName(name)
        dock.setWidget(widget)
        self.window.addDockWidget(area, dock)  # type: ignore[attr-defined]
        self.window.menus.panels_menu.addAction(dock.toggleViewAction())
        return dock

    def _create_docks(self) -> None:
        w, area = self.window, Qt.DockWidgetArea
        self.card_dock = self._dock("AssetCardDock", self.card_panel, area.RightDockWidgetArea)
        w.tabifyDockWidget(w.properties_dock, self.card_dock)  # type: ignore[attr-defined]
        self.inspection_dock = self._dock(
            "InspectionDock", self.inspection_panel, area.RightDockWidgetArea
        )
        w.tabifyDockWidget(w.viewpoints_dock, self.inspection_dock)  # type: ignore[attr-defined]
        w.properties_dock.raise_()  # type: ignore[attr-defined]
        self.register_dock = self._dock(
            "AssetRegisterDock", self.register_panel, area.BottomDockWidgetArea
        )
        self.board_dock = self._dock("WorkOrderBoardDock", self.board, area.BottomDockWidgetArea)
        w.tabifyDockWidget(w.problems_dock, self.register_dock)  # type: ignore[attr-defined]
        w.tabifyDockWidget(self.register_dock, self.board_dock)  # type: ignore[attr-defined]
        self.register_dock.raise_()
        w.resizeDocks([w.problems_dock], [260], Qt.Orientation.Vertical)  # type: ignore[attr-defined]

    def _action(self, name: str, slot: Any) -> QAction:
        action = QAction(self.window)  # type: ignore[arg-type]
        action.setObjectName(name)
        action.triggered.connect(lambda _=False: slot())
        return action

    def _create_actions(self) -> None:
        w = self.window
        self.import_action = self._action("records_import_assets", self.import_assets_from_model)
        self.labels_action = self._action("records_qr_labels", self.choose_and_print_labels)
        self.preview_labels_action = self._action("records_qr_preview", self.preview_labels)
        self.reconnect_action = self._action("records_reconnect", self.open_database)
        self.search_action = self._action("records_search", self._focus_search)
        self.search_action.setShortcut("Ctrl+K")
        w.addAction(self.search_action)  # type: ignore[attr-defined]
        menu = w.menus.tools_menu
        menu.addSeparator()
        for action in (
            self.import_action,
            self.labels_action,
            self.preview_labels_action,
            self.reconnect_action,
        ):
            menu.addAction(action)
        w.menus.toolbar.addSeparator()
        w.menus.toolbar.addWidget(self.search_box)
        w.status.addPermanentWidget(self.db_label)
        register_report_fault_action()

    def _connect(self) -> None:
        w = self.window
        w.selection.changed.connect(self._on_selection_changed)
        w.model_changed.connect(self._on_model_changed)
        w.bus.assets.connect(self.refresh_register)
        w.bus.work_orders.connect(self._on_orders_changed)
        w.bus.documents.connect(self.refresh_card)
        w.bus.inspections.connect(self.refresh_routes)
        self.register_panel.filters_changed.connect(lambda: self.refresh_register(whole=False))
        self.register_panel.asset_selected.connect(self._on_asset_picked)
        self.register_panel.open_requested.connect(self._raise_card)
        self.card_panel.report_requested.connect(lambda code: self.open_report_form(asset=code))
        self.card_panel.order_requested.connect(self.open_order)
        self.board.order_requested.connect(self.open_order)
        self.board.refresh_requested.connect(self.refresh_board)
        self.board_dock.visibilityChanged.connect(self._on_board_shown)
        self.board.list_filters_changed.connect(self.refresh_order_list)
        self.search_box.scanned.connect(self.open_scanned)
        self.inspection_panel.new_route_requested.connect(self.ask_new_route)
        self.inspection_panel.start_requested.connect(self.start_round)
        self.inspection_panel.record_requested.connect(self.record_result)
        self.inspection_panel.finish_requested.connect(self.finish_round)
        self.inspection_panel.order_requested.connect(self.open_order)
        self.inspection_panel.asset_focused.connect(self._select_asset_code)

    # -- running use cases -----------------------------------------------------------------

    def refresh(self, key: str, work: Any, done: Any) -> None:
        """A background reload of one panel: quiet, the newest request wins, errors in the
        status bar only."""
        if self.app is None:
            return
        self.window.ops.run(
            self.tr("Maintenance records"), work, done, key=key, quiet=True, supersede=True
        )

    def is_busy(self) -> bool:
        return self.window.ops.is_busy()

    # -- database --------------------------------------------------------------------------

    def open_database(self) -> None:
        """Open and upgrade the records database in the background (start-up, Reconnect)."""
        if self.window.ops.is_busy(OPEN_KEY):
            return
        app = self.window.app
        self._set_db_state("opening")
        self.window.ops.run(
            self.tr("Opening the records database"),
            lambda progress: connect_records(app),
            self._on_database_open,
            key=OPEN_KEY,
            quiet=True,
            on_error=self._on_database_failed,
        )

    def _on_database_open(self, _url: str) -> None:
        if self._closing:
            return
        self.ready, self.db_error = True, None
        self._set_db_state("ready")
        self.board_timer.start()
        self.refresh_all()

    def _on_database_failed(self, error: BaseException) -> None:
        self.ready, self.db_error = False, error_sentence(error)
        self._set_db_state("failed")
        self.register_panel.show_message(self.db_error)

    def _set_db_state(self, state: str) -> None:
        self._db_state = state
        if state == "opening":
            text = self.tr("Records: opening…")
        elif state == "ready":
            text = self.tr("Records: ready")
        else:
            text = self.tr("Records unavailable")
        self.db_label.setText(text)
        url = hide_password(self.window.app.database_url)
        self.db_label.setToolTip(self.db_error or url)
        self.db_label.setStyleSheet("color: #b00020;" if state == "failed" else "")
        self._update_enabled()
        if state == "failed" and self.db_error:
            self.window.status.showMessage(self.db_error, 15000)

    def _update_enabled(self) -> None:
        ready = self.app is not None
        for action in (self.import_action, self.labels_action, self.preview_labels_action):
            action.setEnabled(ready)
        self.reconnect_action.setEnabled(not ready and self._db_state != "opening")
        self.search_box.setEnabled(ready)

    def refresh_all(self) -> None:
        self.refresh_register()
        self.refresh_board()
        self.refresh_routes()

    # -- model, texts, shutdown ------------------------------------------------------------

    def _on_model_changed(self, loaded: Any) -> None:
        self.import_action.setEnabled(self.app is not None)
        self.register_panel.select_global_id(None)

    def retranslate(self) -> None:
        self.card_dock.setWindowTitle(self.tr("Asset card"))
        self.register_dock.setWindowTitle(self.tr("Asset register"))
        self.board_dock.setWindowTitle(self.tr("Work orders"))
        self.inspection_dock.setWindowTitle(self.tr("Inspection"))
        self.import_action.setText(self.tr("Import &assets from model"))
        self.import_action.setToolTip(
            self.tr("Create or update the asset register from the open model's equipment")
        )
        self.labels_action.setText(self.tr("Print &QR labels for selected assets…"))
        self.preview_labels_action.setText(self.tr("Print QR labels with pre&view…"))
        self.preview_labels_action.setToolTip(
            self.tr("Preview the label sheet of the selected assets and print it")
        )
        self.labels_action.setToolTip(
            self.tr("Write a PDF or PNG sheet of QR labels for the assets selected in the register")
        )
        self.reconnect_action.setText(self.tr("Reconnect to the records database"))
        self.search_action.setText(self.tr("Find an asset by code"))
        self._set_db_state(self._db_state)

    def shutdown(self) -> None:
        """The window is closing: stop refreshing and close the work-order forms (the window
        then waits for running operations and closes the database)."""
        self._closing = True
        self.board_timer.stop()
        for dialog in list(self.dialogs.values()):
            if shiboken6.isValid(dialog):
                dialog.close()
