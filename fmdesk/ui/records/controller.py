"""Records in the main window: docks, menu entries, search box, context action and the wiring.

The controller owns the :class:`~fmdesk.bootstrap.App` (opened and upgraded in a worker at
start-up) and a :class:`TaskRunner`; panels emit requests, the controller runs ONE service call
per request in the background and hands the plain result back to the panel. A database that is
locked or gone is one sentence in the status bar; the rest of the window keeps working.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QDockWidget,
    QFileDialog,
    QInputDialog,
    QLabel,
    QMessageBox,
    QProgressDialog,
    QWidget,
)

from fmdesk.bootstrap import App, bootstrap
from fmdesk.records.assets import asset_card, lookup_asset
from fmdesk.records.dto import AssetCard, AssetRow, ImportReport
from fmdesk.records.model_import import import_assets
from fmdesk.ui.context_actions import ContextAction, register_context_action
from fmdesk.ui.dialogs import error_sentence, show_error
from fmdesk.ui.records import services
from fmdesk.ui.records.asset_card import AssetCardPanel
from fmdesk.ui.records.asset_register import AssetRegisterPanel, systems_of
from fmdesk.ui.records.board import WorkOrderBoard
from fmdesk.ui.records.inspection_panel import InspectionPanel
from fmdesk.ui.records.order_form import WorkOrderDialog
from fmdesk.ui.records.search_box import AssetSearchBox
from fmdesk.ui.records.tasks import TaskRunner
from fmdesk.ui.status_bar import hide_password
from fmdesk.ui.workers import Job
from fmdesk.workorders.inspection import create_route, finish_round, record_result, start_round

if TYPE_CHECKING:
    from fmdesk.ui.main_window import MainWindow

BOARD_REFRESH_MS = 60_000  # overdue marks and other workstations' changes
REPORT_FAULT_KEY = "records.report_fault"


def _report_fault(window: Any, ids: Sequence[str]) -> None:
    feature = getattr(window, "records_feature", None)
    if feature is not None and ids:
        feature.report_fault(ids[0])


def _can_report(window: Any, ids: Sequence[str]) -> bool:
    feature = getattr(window, "records_feature", None)
    return feature is not None and feature.app is not None and len(ids) == 1


def register_report_fault_action() -> None:
    """Element context menu → "Report a fault here" (the label is translated by the registry)."""
    from PySide6.QtCore import QT_TRANSLATE_NOOP

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


class RecordsController(QObject):
    """Everything issue 5 adds to the main window; ``window.records_feature`` points here."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.app: App | None = None
        self.db_error: str | None = None
        self.assets: list[AssetRow] = []
        self.asset_by_gid: dict[str, AssetRow] = {}
        self.last_import_report: ImportReport | None = None
        self.last_labels: list[Path] = []
        self.dialogs: dict[str, WorkOrderDialog] = {}
        self._card_key: str | None = None
        self._closing = False
        self._tokens: dict[str, int] = {}
        self.runner = TaskRunner(self)
        self.runner.default_failed = self._show_failure

        self.register_panel = AssetRegisterPanel(window)
        self.card_panel = AssetCardPanel(window)
        self.board = WorkOrderBoard(window)
        self.inspection_panel = InspectionPanel(window)
        self.search_box = AssetSearchBox(window)
        self.db_label = QLabel(window)
        self.db_label.setObjectName("recordsState")
        self._create_docks()
        self._create_actions()
        self._connect()
        self.board_timer = QTimer(self)
        self.board_timer.setInterval(BOARD_REFRESH_MS)
        self.board_timer.timeout.connect(self.refresh_board)
        window.installEventFilter(self)
        self.retranslate()
        self.open_database()

    # -- construction ----------------------------------------------------------------------

    def _dock(self, name: str, widget: QWidget, area: Qt.DockWidgetArea) -> QDockWidget:
        dock = QDockWidget(self.window)
        dock.setObjectName(name)
        dock.setWidget(widget)
        self.window.addDockWidget(area, dock)
        self.window.menus.panels_menu.addAction(dock.toggleViewAction())
        return dock

    def _create_docks(self) -> None:
        w, area = self.window, Qt.DockWidgetArea
        self.card_dock = self._dock("AssetCardDock", self.card_panel, area.RightDockWidgetArea)
        w.tabifyDockWidget(w.properties_dock, self.card_dock)
        self.inspection_dock = self._dock(
            "InspectionDock", self.inspection_panel, area.RightDockWidgetArea
        )
        w.tabifyDockWidget(w.viewpoints_dock, self.inspection_dock)
        w.properties_dock.raise_()
        self.register_dock = self._dock(
            "AssetRegisterDock", self.register_panel, area.BottomDockWidgetArea
        )
        self.board_dock = self._dock("WorkOrderBoardDock", self.board, area.BottomDockWidgetArea)
        w.tabifyDockWidget(w.problems_dock, self.register_dock)
        w.tabifyDockWidget(self.register_dock, self.board_dock)
        self.register_dock.raise_()
        w.resizeDocks([w.problems_dock], [260], Qt.Orientation.Vertical)

    def _create_actions(self) -> None:
        w = self.window
        self.import_action = QAction(w)
        self.import_action.setObjectName("records_import_assets")
        self.import_action.triggered.connect(self.import_assets_from_model)
        self.labels_action = QAction(w)
        self.labels_action.setObjectName("records_qr_labels")
        self.labels_action.triggered.connect(self.choose_and_print_labels)
        self.reconnect_action = QAction(w)
        self.reconnect_action.setObjectName("records_reconnect")
        self.reconnect_action.triggered.connect(self.open_database)
        self.search_action = QAction(w)
        self.search_action.setObjectName("records_search")
        self.search_action.setShortcut("Ctrl+K")
        self.search_action.triggered.connect(self._focus_search)
        w.addAction(self.search_action)
        menu = w.menus.tools_menu
        menu.addSeparator()
        for action in (self.import_action, self.labels_action, self.reconnect_action):
            menu.addAction(action)
        w.menus.toolbar.addSeparator()
        w.menus.toolbar.addWidget(self.search_box)
        w.status.addPermanentWidget(self.db_label)
        register_report_fault_action()

    def _connect(self) -> None:
        w = self.window
        w.selection.changed.connect(self._on_selection_changed)
        w.model_changed.connect(self._on_model_changed)
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

    # -- running services ------------------------------------------------------------------

    def call(
        self,
        work: Callable[[Job], Any],
        done: Callable[[Any], None] | None = None,
        failed: Callable[[BaseException], None] | None = None,
        progress: Callable[[int, int, str], None] | None = None,
    ) -> None:
        """Run one service call in a worker; callbacks are skipped once their widget is gone."""
        if self.app is None or self._closing:
            return
        self.runner.run(work, self._guard(done), self._guard(failed), progress)

    @staticmethod
    def _guard(callback: Callable[..., None] | None) -> Callable[..., None] | None:
        if callback is None:
            return None
        owner = getattr(callback, "__self__", None)

        def guarded(*args: Any) -> None:
            if isinstance(owner, QObject) and not shiboken6.isValid(owner):
                return
            try:
                callback(*args)
            except RuntimeError as error:  # a dialog closed while its call was running
                if "already deleted" not in str(error):
                    raise

        return guarded

    def _latest(self, key: str, done: Callable[[Any], None]) -> Callable[[Any], None]:
        """Wrap ``done`` so only the newest request of ``key`` is shown (an older reload that
        finishes last must not overwrite a newer filter's result)."""
        token = self._tokens.get(key, 0) + 1
        self._tokens[key] = token

        def apply(result: Any) -> None:
            if self._tokens.get(key) == token:
                done(result)

        return apply

    def _show_failure(self, error: BaseException) -> None:
        show_error(self.window, self.tr("Maintenance records"), error)

    def _status_failure(self, error: BaseException) -> None:
        """Background refreshes report in the status bar, never with a message box."""
        self.window.status.showMessage(error_sentence(error), 10000)

    def is_busy(self) -> bool:
        return self.runner.is_busy()

    # -- database --------------------------------------------------------------------------

    def open_database(self) -> None:
        """Open and upgrade the records database in the background (start-up, Reconnect)."""
        if self.runner.is_busy() and self.app is None:
            return
        url = self.window.settings.effective_database_url()
        settings = self.window.settings
        self._set_db_state("opening")
        self.runner.run(
            lambda job: bootstrap(database_url=url, settings=settings),
            self._on_database_open,
            self._on_database_failed,
        )

    def _on_database_open(self, app: App) -> None:
        if self._closing:
            app.close()
            return
        if self.app is not None:
            self.app.close()
        self.app, self.db_error = app, None
        self._set_db_state("ready")
        self.board_timer.start()
        self.refresh_all()

    def _on_database_failed(self, error: BaseException) -> None:
        self.db_error = error_sentence(error)
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
        url = hide_password(self.window.settings.effective_database_url())
        self.db_label.setToolTip(self.db_error or url)
        self.db_label.setStyleSheet("color: #b00020;" if state == "failed" else "")
        self._update_enabled()
        if state == "failed" and self.db_error:
            self.window.status.showMessage(self.db_error, 15000)

    def _update_enabled(self) -> None:
        ready = self.app is not None
        for action in (self.import_action, self.labels_action):
            action.setEnabled(ready)
        self.reconnect_action.setEnabled(not ready and self._db_state != "opening")
        self.search_box.setEnabled(ready)

    def refresh_all(self) -> None:
        self.refresh_register()
        self.refresh_board()
        self.refresh_routes()

    # -- asset register --------------------------------------------------------------------

    def refresh_register(self, whole: bool = True) -> None:
        """Reload the register table (``whole``: also the full register behind the filters)."""
        app = self.app
        if app is None:
            return
        filters = self.register_panel.filters()
        self.call(
            lambda job: services.load_register(app, filters, whole),
            self._latest("register", self._show_register),
            self._status_failure,
        )

    def _show_register(self, data: services.RegisterData) -> None:
        if data.everything is not None:
            self.assets = data.everything
            self.asset_by_gid = {a.ifc_global_id: a for a in self.assets if a.ifc_global_id}
            self.register_panel.set_choices(self.assets)
            self.board.set_systems(sorted({s for a in self.assets for s in systems_of(a)}))
            self._load_card(self.window.selection.current)
        self.register_panel.set_rows(data.shown, self.window.selection.current)

    def _on_asset_picked(self, code: str, global_id: str) -> None:
        """A register row was picked: select the element (3D, tree, properties follow)."""
        if global_id and self.window.describe(global_id) is not None:
            self.window.selection.select([global_id], source="records")
            self.window.frame_selection()
        else:  # not in the loaded model: show the card by code
            self._load_card(code, by_code=True)

    def _select_asset_code(self, code: str) -> None:
        row = next((a for a in self.assets if a.code == code), None)
        if row is not None:
            self._on_asset_picked(row.code, row.ifc_global_id or "")

    # -- asset card ------------------------------------------------------------------------

    def _on_selection_changed(self, ids: tuple[str, ...], source: str) -> None:
        current = ids[0] if ids else None
        if source != "records":
            self.register_panel.select_global_id(current)
        self._load_card(current)

    def _load_card(self, key: str | None, by_code: bool = False) -> None:
        app = self.app
        self._card_key = key
        if key is None:
            self.card_panel.show_nothing()
            return
        if not by_code and key not in self.asset_by_gid:
            if app is not None and self.assets:
                self.card_panel.show_nothing(self.tr("This element has no asset record"))
            else:
                self.card_panel.show_nothing()
            return
        if app is None:
            return
        self.call(
            lambda job: asset_card(app.uow(), key),
            self._latest("card", self._show_card),
            self._status_failure,
        )

    def _show_card(self, card: AssetCard) -> None:
        if self._card_key not in (card.asset.code, card.asset.ifc_global_id):
            return  # the selection moved on while this card was loading
        self.card_panel.show_card(card)

    def _raise_card(self, _code: str = "") -> None:
        self.card_dock.show()
        self.card_dock.raise_()

    def refresh_card(self) -> None:
        self._load_card(self._card_key, by_code=self._card_key not in self.asset_by_gid)

    # -- search / scan ---------------------------------------------------------------------

    def _focus_search(self) -> None:
        self.search_box.setFocus()
        self.search_box.selectAll()

    def open_scanned(self, text: str) -> None:
        """A typed or scanned code: open that asset and select it in 3D."""
        app = self.app
        if app is None:
            return
        self.call(
            lambda job: lookup_asset(app.uow(), text),
            lambda row: self._on_scanned(text, row),
        )

    def _on_scanned(self, text: str, row: AssetRow | None) -> None:
        if row is None:
            message = self.tr("No asset has the code '{0}'.").format(text)
            self.window.status.showMessage(message, 8000)
            self.search_box.show_not_found(message)
            return
        self.register_panel.select_global_id(row.ifc_global_id)
        self._raise_card()
        if row.ifc_global_id and self.window.describe(row.ifc_global_id) is not None:
            self.window.selection.select([row.ifc_global_id], source="search")
            self.window.frame_selection()
        else:
            self._load_card(row.code, by_code=True)
        self.window.status.showMessage(self.tr("Asset {0}: {1}").format(row.code, row.name), 5000)

    # -- work orders -----------------------------------------------------------------------

    def refresh_board(self) -> None:
        app = self.app
        if app is None:
            return
        self.call(
            lambda job: services.load_board(app),
            self._latest("board", self._show_board),
            self._status_failure,
        )
        self.refresh_order_list()

    def _on_board_shown(self, visible: bool) -> None:
        """Orders made elsewhere (a trace's shut-off order, another workstation) show up as
        soon as the board is looked at, not only on the minute timer."""
        if visible and self.app is not None and not self._closing:
            self.refresh_board()

    def _show_board(self, orders: list[Any]) -> None:
        self.board.set_orders(orders)

    def refresh_order_list(self) -> None:
        app = self.app
        if app is None:
            return
        overdue, mine, system = self.board.list_filters()
        me = app.actor if mine else ""
        system_of = {a.code: a.system for a in self.assets}
        self.call(
            lambda job: services.load_order_list(app, overdue, me, system, system_of),
            self._latest("list", self.board.set_list),
            self._status_failure,
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
        dialog = WorkOrderDialog(self, None, prefill, self.window)
        dialog.changed.connect(self._on_order_changed)
        dialog.show()
        dialog.raise_()
        self.last_dialog = dialog
        return dialog

    def open_order(self, number: str) -> WorkOrderDialog | None:
        """Double-click on a card: the order's form (one window per order)."""
        if self.app is None or not number:
            return None
        dialog = self.dialogs.get(number)
        if dialog is None or not shiboken6.isValid(dialog):
            dialog = WorkOrderDialog(self, number, None, self.window)
            dialog.changed.connect(self._on_order_changed)
            dialog.destroyed.connect(lambda _=None, n=number: self.dialogs.pop(n, None))
            self.dialogs[number] = dialog
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()
        self.last_dialog = dialog
        return dialog

    def _on_order_changed(self, _order: Any) -> None:
        self.refresh_board()
        self.refresh_card()

    # -- import and labels -----------------------------------------------------------------

    def import_assets_from_model(self) -> None:
        """Tools → Import assets from model: the open model's equipment into the register."""
        app, loaded = self.app, self.window.loaded
        if app is None:
            return
        if loaded is None:
            show_error(
                self.window,
                self.tr("Import assets"),
                self.tr("Open a model first, then import its assets."),
            )
            return
        path = loaded.path
        progress = QProgressDialog(self.window)
        progress.setWindowTitle(self.tr("Import assets"))
        progress.setLabelText(self.tr("Importing the assets of {0}…").format(path.name))
        progress.setRange(0, 0)
        progress.setMinimumDuration(300)
        self.import_progress = progress

        def work(job: Job) -> ImportReport:
            def say(message: str) -> None:
                if not message.startswith("updating"):
                    job.check_cancelled()
                job.progress(0, 0, message, force=True)

            return import_assets(app.uow(), path, progress=say)

        worker = self.runner.run(
            work,
            self._guard(self._on_imported),
            self._guard(self._on_import_failed),
            self._guard(lambda _d, _t, text: progress.setLabelText(text)),
        )
        progress.canceled.connect(worker.cancel)
        worker.finished.connect(progress.deleteLater)

    def _on_import_failed(self, error: BaseException) -> None:
        show_error(self.window, self.tr("Import assets"), error)

    def _on_imported(self, report: ImportReport) -> None:
        self.last_import_report = report
        summary = self.tr(
            "{0}: {1} added, {2} changed, {3} removed, {4} unchanged; {5} space(s) added"
        ).format(
            report.file_name,
            len(report.added),
            len(report.changed),
            len(report.removed),
            report.unchanged,
            report.spaces_added,
        )
        self.window.status.showMessage(summary, 10000)
        self.register_panel.show_message(summary)
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Import assets"), summary)
        box.setParent(self.window, box.windowFlags())
        details = []
        for title, codes in (
            (self.tr("Added"), report.added),
            (self.tr("Changed"), report.changed),
            (self.tr("Removed"), report.removed),
        ):
            if codes:
                details.append(f"{title} ({len(codes)}): {', '.join(codes)}")
        if details:
            box.setDetailedText("\n\n".join(details))
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.setModal(False)
        box.show()
        self.import_box = box
        self.refresh_all()

    def choose_and_print_labels(self) -> None:
        """Tools → Print QR labels for selected assets…: a PDF (or PNG pages) of labels."""
        rows = self.register_panel.selected_rows()
        if not rows:
            show_error(
                self.window,
                self.tr("QR labels"),
                self.tr("Select one or more assets in the asset register first."),
            )
            return
        path, _ = QFileDialog.getSaveFileName(
            self.window,
            self.tr("Print QR labels"),
            "labels.pdf",
            self.tr("PDF (*.pdf);;PNG images (*.png)"),
        )
        if path:
            self.print_labels(rows, Path(path))

    def print_labels(self, rows: Sequence[AssetRow], out: Path) -> None:
        from fmdesk.exports.qr_labels import LabelData, write_label_sheet

        labels = [
            LabelData(r.code, r.name, " ".join(p for p in (r.storey_name, r.space_name) if p))
            for r in rows
        ]
        self.call(lambda job: write_label_sheet(labels, out), self._on_labels_written)

    def _on_labels_written(self, paths: list[Path]) -> None:
        self.last_labels = list(paths)
        text = self.tr("QR labels written to {0}").format(", ".join(str(p) for p in paths))
        self.window.status.showMessage(text, 10000)

    # -- inspection ------------------------------------------------------------------------

    def refresh_routes(self) -> None:
        app = self.app
        if app is not None:
            self.call(
                lambda job: services.route_names(app),
                self.inspection_panel.set_routes,
                self._status_failure,
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

    def create_route(self, name: str, storey: str) -> None:
        app = self.app
        if app is not None:
            self.call(
                lambda job: create_route(app.uow(), name, storey=storey),
                lambda _route: self.refresh_routes(),
            )

    def start_round(self, route: str) -> None:
        app = self.app
        if app is not None:
            self.call(lambda job: start_round(app.uow(), route), self.inspection_panel.show_round)

    def record_result(self, round_id: int, asset: str, item: str, outcome: str, note: str) -> None:
        app = self.app
        if app is None:
            return
        self.call(
            lambda job: record_result(app.uow(), round_id, asset, item, outcome, note, sla=app.sla),
            self._on_result,
        )

    def _on_result(self, result: Any) -> None:
        self.inspection_panel.show_result(result)
        if result.work_order_number:
            self.refresh_board()
            self.refresh_card()

    def finish_round(self, round_id: int) -> None:
        app = self.app
        if app is not None:
            self.call(
                lambda job: finish_round(app.uow(), round_id), self.inspection_panel.show_summary
            )

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
        self.labels_action.setToolTip(
            self.tr("Write a PDF or PNG sheet of QR labels for the assets selected in the register")
        )
        self.reconnect_action.setText(self.tr("Reconnect to the records database"))
        self.search_action.setText(self.tr("Find an asset by code"))
        self._set_db_state(getattr(self, "_db_state", "opening"))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window:
            if event.type() == QEvent.Type.LanguageChange:
                self.retranslate()
            elif event.type() == QEvent.Type.Close:
                self.shutdown()
        return False

    def shutdown(self) -> None:
        """The window is closing: stop refreshing, let running calls end, close the database."""
        self._closing = True
        self.board_timer.stop()
        for dialog in list(self.dialogs.values()):
            if shiboken6.isValid(dialog):
                dialog.close()
        self.runner.cancel_all()
        self.runner.wait_all()
        if self.app is not None:
            self.app.close()
            self.app = None
