"""The network feature's glue: questions asked through the operation runner, answers shown in
the docks and the 3D view, corrections stored and the last question asked again.

Every question is one use case of :mod:`fmdesk.app.network` (the same calls as ``fmdesk trace``
and ``fmdesk isolate``) run by ``window.ops``: off the GUI thread, with progress and Cancel. The
first question builds the model's network from the model the window already parsed (not while
the model opens: many sessions never trace, and a 100,000-element building takes seconds); the
use case keeps it in memory and on disk, so later questions and later sessions answer at once.
Copy, Excel export and the shut-off work order are in
:class:`~fmdesk.ui.network.result_actions.ResultActions`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QDockWidget, QMainWindow

from fmdesk.app.changes import Change
from fmdesk.network.corrections import Corrections
from fmdesk.network.results import IsolationResult, OutageResult
from fmdesk.ui.network.check_panel import NetworkCheckPanel
from fmdesk.ui.network.questions import Question, ask_use_case
from fmdesk.ui.network.report import NetworkReport, Result, Section
from fmdesk.ui.network.result_actions import ResultActions
from fmdesk.ui.network.results_panel import NetworkResultsPanel
from fmdesk.ui.network.runner import feature_app, feature_runner

HIGHLIGHT_STYLES = ("path", "operate", "affected", "source")
QUESTION_KEY = "network.question"
CHECK_KEY = "network.check"


class NetworkFeature(QObject):
    """Everything the network feature adds to one main window (``window.network_feature``).

    Signals for tests and other features: ``result_shown(result)``, ``check_shown(report)``,
    ``order_created(number)``.
    """

    result_shown = Signal(object)
    check_shown = Signal(object)
    order_created = Signal(str)

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.app = feature_app(window)
        self.ops = feature_runner(window)
        self.report = NetworkReport(self)
        self.loaded: Any = None
        self.network: Any = None
        self.corrections = Corrections()
        self.question: Question | None = None
        self.result: Result | None = None
        self.answer: Any = None
        self.check_report: Any = None
        self._operations: list[Any] = []

        self.results_panel = NetworkResultsPanel(window)
        self.check_panel = NetworkCheckPanel(window)
        self.results_dock = self._dock(
            "NetworkResultsDock", self.results_panel, lambda: self.tr("Network results")
        )
        self.check_dock = self._dock(
            "NetworkCheckDock",
            self.check_panel,
            lambda: self.tr("Network check"),
            tabify_with=self.results_dock,
        )
        problems = getattr(window, "problems_dock", None)
        if problems is not None:
            problems.raise_()
        self.actions = ResultActions(self)
        self._connect()
        self.retranslate()

    # -- construction ----------------------------------------------------------------------

    def _dock(
        self,
        name: str,
        widget: Any,
        title: Callable[[], str],
        tabify_with: QDockWidget | None = None,
    ) -> QDockWidget:
        """A bottom dock tabbed with Problems (listed under View → Panels by the menu).

        It is tabified without being added to the area first: adding it beside the tab group
        and then moving it in left a stale second tab bar painted in the window (Qt 6.12).
        """
        window = self.window
        dock = QDockWidget(window)
        dock.setObjectName(name)
        dock.setWidget(widget)
        dock.setWindowTitle(title())
        target = tabify_with or getattr(window, "problems_dock", None)
        if target is not None:
            window.tabifyDockWidget(target, dock)
        else:
            window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, dock)
        return dock

    def _connect(self) -> None:
        window = self.window
        window.model_changed.connect(self.set_model)
        loader = getattr(window, "loader", None)
        if loader is not None:  # highlights added before the geometry arrived
            loader.finished.connect(lambda *_: self.apply_highlight())
        self.ops.finished.connect(self._on_finished)
        panel = self.results_panel
        panel.elements_activated.connect(self.select_ids)
        panel.frame_requested.connect(self.frame_result)
        panel.copy_requested.connect(self.actions.copy_result)
        panel.export_requested.connect(lambda: self.actions.export_result())
        panel.order_requested.connect(self.actions.create_work_order)
        panel.clear_requested.connect(self.clear_result)
        panel.cancel_requested.connect(self.cancel)
        self.check_panel.run_requested.connect(self.run_check)
        self.check_panel.cancel_requested.connect(self.cancel)
        self.check_panel.elements_activated.connect(self.select_ids)
        window.language_changed.connect(self.retranslate)
        window.closing.connect(self.shutdown)

    def retranslate(self) -> None:
        self.results_dock.setWindowTitle(self.tr("Network results"))
        self.check_dock.setWindowTitle(self.tr("Network check"))
        if self.result is not None:
            self._show(self.result)

    # -- running -----------------------------------------------------------------------------

    def run(
        self,
        title: str,
        work: Callable[[Any], Any],
        on_success: Callable[[Any], None],
        *,
        key: str | None = None,
        changes: Sequence[Change] = (),
    ) -> Any:
        """Run ``work(progress)`` through the window's runner; the docks show it as busy."""
        operation = self.ops.run(title, work, on_success, changes=changes, key=key)
        if operation is not None:
            self._operations.append(operation)
            self._show_busy(title)
        return operation

    def is_busy(self) -> bool:
        """Whether a question, a check or an export of this feature is still running."""
        return bool(self._operations)

    def can_cancel(self) -> bool:
        return self.is_busy()

    def cancel(self) -> None:
        """Stop what this feature runs (the user pressed Cancel in a dock)."""
        for operation in list(self._operations):
            operation.cancel()

    def shutdown(self) -> None:
        """Stop and wait for this feature's operations (the model closes, the window closes)."""
        for operation in list(self._operations):
            operation.cancel()
            operation.worker.wait(30000)
        self._operations.clear()
        self._show_busy("")

    def _on_finished(self, operation: Any) -> None:
        if operation in self._operations:
            self._operations.remove(operation)
        if not self._operations:
            self._show_busy("")

    def _show_busy(self, label: str) -> None:
        self.results_panel.show_busy(label, cancellable=bool(label))
        self.check_panel.show_busy(label, cancellable=bool(label))

    # -- model -----------------------------------------------------------------------------

    def set_model(self, loaded: Any) -> None:
        """A model was opened (or closed, ``None``): forget the old network and results."""
        self.shutdown()
        self.loaded = loaded
        self.network = None
        self.question = None
        self.result = None
        self.answer = None
        self.check_report = None
        self.corrections = self.stored_corrections() if loaded else Corrections()
        self.results_panel.clear()
        self.check_panel.clear()
        self.clear_highlight()

    @property
    def model_hash(self) -> str:
        from fmdesk.network.cache import content_hash

        return content_hash(self.loaded.path) if self.loaded is not None else ""

    @property
    def model_name(self) -> str:
        return self.loaded.path.name if self.loaded is not None else ""

    def stored_corrections(self) -> Corrections:
        from fmdesk.app.network import model_corrections

        return model_corrections(self.loaded.path)

    # -- questions -------------------------------------------------------------------------

    def ask(self, question: Question) -> None:
        """Trace, isolate or trip through the runner; the answer fills the panel and 3D view."""
        if self.loaded is None:
            return
        self.question = question
        self.results_dock.show()
        self.results_dock.raise_()
        app, path, model = self.app, self.loaded.path, self.loaded.model
        report = self.report

        def work(progress: Any) -> tuple[Any, list[Section]]:
            from fmdesk.gc_pauses import gc_paused

            with gc_paused():  # no full-heap collection of a big model inside the answer
                answer = ask_use_case(app, path, question, model, progress)
                return answer, report.sections(answer.result)  # 60,000 rows: ~0.5 s

        def done(answered: tuple[Any, list[Section]]) -> None:
            answer, sections = answered
            self.network = answer.network
            if question == self.question:
                self.answer = answer
                self.show_result(answer.result, sections)

        self.run(self.tr("Tracing…"), work, done, key=QUESTION_KEY)

    def ask_about(self, kind: str, ids: Sequence[str]) -> None:
        if ids:
            self.ask(Question(kind, ids[0]))

    def show_result(self, result: Result, sections: list[Section] | None = None) -> None:
        """List ``result`` (``sections`` when already made in the worker) and highlight it."""
        self.result = result
        self.actions.reset()
        self._show(result, sections)
        self.apply_highlight()
        self.result_shown.emit(result)

    def _show(self, result: Result, sections: list[Section] | None = None) -> None:
        report = self.report
        self.results_panel.show_result(
            report.title(result),
            report.summary(result),
            report.sections(result) if sections is None else sections,
            self.can_order(result),
        )

    def can_order(self, result: Result | None) -> bool:
        if result is None:
            return False
        if isinstance(result, IsolationResult):
            return bool(result.close)
        return isinstance(result, OutageResult) and bool(result.opened)

    @property
    def last_export(self) -> Any:
        """The workbook written for the current result, if any."""
        return self.actions.last_export

    @property
    def last_order(self) -> str | None:
        """The number of the work order created for the current result, if any."""
        return self.actions.last_order

    def copy_result(self) -> str:
        return self.actions.copy_result()

    # -- 3D --------------------------------------------------------------------------------

    def apply_highlight(self) -> None:
        """Draw the result in the four highlight styles (path, operate, affected, source)."""
        view = getattr(self.window, "view", None)
        if view is None:
            return
        if self.result is None:
            self.clear_highlight()
            return
        sets = self.result.highlight()
        for style in HIGHLIGHT_STYLES:
            view.scene.highlight(getattr(sets, style), style)
        view.request_render()

    def clear_highlight(self) -> None:
        view = getattr(self.window, "view", None)
        if view is None:
            return
        for style in HIGHLIGHT_STYLES:
            view.scene.clear_highlight(style)
        view.request_render()

    def clear_result(self) -> None:
        self.result = None
        self.answer = None
        self.question = None
        self.results_panel.clear()
        self.clear_highlight()

    def select_ids(self, ids: Sequence[str]) -> None:
        """Select rows' elements everywhere (tree, 3D, properties follow the selection)."""
        self.window.selection.select(list(ids), source="network")

    def frame_result(self) -> None:
        """Zoom to the selected row, else to what the result asks to operate and isolate."""
        view = self.window.view
        ids = list(self.window.selection.ids)
        if not ids and self.result is not None:
            sets = self.result.highlight()
            ids = sorted(sets.operate | sets.path) or sorted(sets.source | sets.affected)
        view.frame(ids)

    # -- corrections -----------------------------------------------------------------------

    def is_device(self, gid: str) -> bool:
        """An isolating device (valve, breaker, switch), from the network once it is built."""
        if self.network is not None:
            node = self.network.nodes.get(gid)
            return node is not None and node.device is not None
        info = self.loaded.elements.get(gid) if self.loaded is not None else None
        if info is None:
            return False
        from fmdesk.network.devices import device_type, network_kind

        kind = network_kind(info.kind, info.name, info.type_name)
        return device_type(kind, info.predefined_type, info.name) is not None

    def set_inoperable(self, gid: str, inoperable: bool) -> None:
        """Mark a device seized (isolation skips it) or usable again; stored, then re-asked."""
        (self.corrections.inoperable.add if inoperable else self.corrections.inoperable.discard)(
            gid
        )
        self._store_corrections()

    def set_source(self, gid: str, source: bool) -> None:
        """Mark an element as a source (a temporary supply), or unmark it; stored, re-asked."""
        (self.corrections.sources.add if source else self.corrections.sources.discard)(gid)
        self._store_corrections()

    def _store_corrections(self) -> None:
        if self.loaded is None:
            return
        from fmdesk.app.network import save_model_corrections
        from fmdesk.ui.dialogs import show_error

        try:
            save_model_corrections(self.loaded.path, self.corrections)
        except OSError as error:
            show_error(
                self.window,
                self.tr("Network"),
                self.tr("Cannot save the correction: {0}").format(error.strerror or error),
            )
            return
        self.network = None
        if hasattr(self.window, "bus"):
            self.window.bus.publish([Change.NETWORK])
        if self.question is not None:
            self.ask(self.question)

    # -- network check ---------------------------------------------------------------------

    def run_check(self) -> None:
        """Check the model's networks through the runner and list the findings."""
        if self.loaded is None:
            return
        self.check_dock.show()
        self.check_dock.raise_()
        app, path, model = self.app, self.loaded.path, self.loaded.model

        def work(progress: Any) -> Any:
            from fmdesk.app.network import check_model_networks

            return check_model_networks(app, path, model_file=model, progress=progress).report

        self.run(self.tr("Checking…"), work, self._check_done, key=CHECK_KEY)

    def _check_done(self, report: Any) -> None:
        self.check_report = report
        self.check_panel.show_report(report)
        self.check_shown.emit(report)
