"""The network feature's glue: one network per opened model, questions in workers, results in
the docks and the 3D view, corrections stored and re-run.

The network is built in a worker the first time a question needs it (not while the model
opens: the sample builds in 0.2 s, a 100,000-element building in ~10 s of CPU that would slow
the geometry streaming on a 2-core machine, and many sessions never trace). Later questions
reuse it; a correction (inoperable device, user source) rebuilds only the graph from the kept
inputs (1.7 s on 100,000 elements) and asks the last question again.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import QApplication, QDockWidget, QFileDialog, QMainWindow

from fmdesk.network.corrections import Corrections, load_corrections, save_corrections
from fmdesk.network.results import IsolationResult, OutageResult
from fmdesk.ui.dialogs import error_sentence, show_error
from fmdesk.ui.network.check_panel import NetworkCheckPanel
from fmdesk.ui.network.questions import Question, answer
from fmdesk.ui.network.report import NetworkReport, Result, Section
from fmdesk.ui.network.results_panel import NetworkResultsPanel
from fmdesk.ui.network.tasks import TaskRunner
from fmdesk.ui.workers import Job

HIGHLIGHT_STYLES = ("path", "operate", "affected", "source")
PROGRESS_STEPS = 1000
_UNSAFE_FILE_CHARS = re.compile(r'[\\/:*?"<>|\s]+')


def shutoff_service() -> Callable[..., Any] | None:
    """``fmdesk.workorders.service.create_shutoff_order`` when the work-order module has it."""
    try:
        from fmdesk.workorders import service
    except ImportError:
        return None
    return getattr(service, "create_shutoff_order", None)


def copy_corrections(corrections: Corrections) -> Corrections:
    """An independent copy for a worker (the GUI may change the original meanwhile)."""
    return Corrections.from_dict(corrections.to_dict())


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
        self.tasks = TaskRunner(self)
        self.report = NetworkReport(self)
        self.loaded: Any = None
        self.network: Any = None
        self.inputs: Any = None
        self.corrections = Corrections()
        self.question: Question | None = None
        self.result: Result | None = None
        self.check_report: Any = None
        self.last_export: Path | None = None
        self.last_order: str | None = None
        self._building: Any = None  # the build worker while it runs
        self._pending: list[Callable[[], None]] = []

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
        self.tasks.busy_changed.connect(self._on_busy)
        self.tasks.progress.connect(self._on_progress)
        panel = self.results_panel
        panel.elements_activated.connect(self.select_ids)
        panel.frame_requested.connect(self.frame_result)
        panel.copy_requested.connect(self.copy_result)
        panel.export_requested.connect(lambda: self.export_result())
        panel.order_requested.connect(self.create_work_order)
        panel.clear_requested.connect(self.clear_result)
        panel.cancel_requested.connect(self.tasks.cancel)
        self.check_panel.run_requested.connect(self.run_check)
        self.check_panel.cancel_requested.connect(self.tasks.cancel)
        self.check_panel.elements_activated.connect(self.select_ids)
        window.installEventFilter(self)

    def retranslate(self) -> None:
        self.results_dock.setWindowTitle(self.tr("Network results"))
        self.check_dock.setWindowTitle(self.tr("Network check"))
        if self.result is not None:
            self._show(self.result)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window:
            if event.type() == QEvent.Type.LanguageChange:
                self.retranslate()
            elif event.type() == QEvent.Type.Close:
                self.shutdown()
        return False

    def shutdown(self) -> None:
        """Stop and wait for every worker (the window is closing)."""
        self._pending.clear()
        self._building = None
        self.tasks.cancel_all(wait=True)

    # -- model -----------------------------------------------------------------------------

    def set_model(self, loaded: Any) -> None:
        """A model was opened (or closed, ``None``): forget the old network and results."""
        self.shutdown()
        self.loaded = loaded
        self.network = None
        self.inputs = None
        self.question = None
        self.result = None
        self.check_report = None
        self.corrections = load_corrections(self.model_hash) if loaded else Corrections()
        self.results_panel.clear()
        self.check_panel.clear()
        self.clear_highlight()

    @property
    def model_hash(self) -> str:
        if self.loaded is None:
            return ""
        if self.loaded.content_hash:
            return str(self.loaded.content_hash)
        from fmdesk.network.corrections import model_content_hash

        return model_content_hash(self.loaded.path)

    @property
    def model_name(self) -> str:
        return self.loaded.path.name if self.loaded is not None else ""

    # -- the network -----------------------------------------------------------------------

    def ensure_network(self, then: Callable[[], None]) -> None:
        """Call ``then`` once the network is built (now if it already is)."""
        if self.loaded is None:
            return
        if self.network is not None:
            then()
            return
        self._pending.append(then)
        if self._building is None:
            self._start_build()

    def _start_build(self) -> None:
        path, inputs = self.loaded.path, self.inputs
        corrections = copy_corrections(self.corrections)

        def work(job: Job) -> tuple[Any, Any]:
            def progress(fraction: float, _message: str) -> None:
                job.progress(int(fraction * PROGRESS_STEPS), PROGRESS_STEPS)

            if inputs is not None:  # a correction: the model was read already
                from fmdesk.network import build_network

                network = build_network(
                    inputs, corrections, progress=progress, cancelled=lambda: job.cancelled
                )
                return network, inputs
            from fmdesk.network import load_network

            return load_network(
                path, corrections=corrections, progress=progress, cancelled=lambda: job.cancelled
            )

        def stopped() -> None:
            if self._building is worker:  # not when a correction replaced this build
                self._building = None
                self._pending.clear()

        worker = self.tasks.run(
            work,
            self._on_built,
            self._on_build_failed,
            self.tr("Building the network…"),
            cancelled=stopped,
        )
        self._building = worker

    def _on_built(self, built: tuple[Any, Any]) -> None:
        self.network, self.inputs = built
        self._building = None
        pending, self._pending = self._pending, []
        for then in pending:
            then()

    def _on_build_failed(self, error: BaseException) -> None:
        self._building = None
        self._pending.clear()
        show_error(self.window, self.tr("Cannot build the network"), error)

    def _rebuild(self) -> None:
        """Corrections changed: build the graph again, then re-ask the last question."""
        if self._building is not None:
            self._building.cancel()
            self._building = None
        had_network = self.network is not None or self._pending
        self.network = None
        if not had_network:
            return
        question = self.question
        self.ensure_network(lambda: self.ask(question) if question else None)

    # -- questions -------------------------------------------------------------------------

    def ask(self, question: Question) -> None:
        """Trace, isolate or trip in a worker; the answer fills the panel and the 3D view."""
        if self.loaded is None:
            return
        self.question = question
        self.results_dock.show()
        self.results_dock.raise_()
        self.ensure_network(lambda: self._run_question(question))

    def ask_about(self, kind: str, ids: Sequence[str]) -> None:
        if ids:
            self.ask(Question(kind, ids[0]))

    def _run_question(self, question: Question) -> None:
        network, report = self.network, self.report

        def work(_job: Job) -> tuple[Result, list[Section]]:
            from fmdesk.gc_pauses import gc_paused

            with gc_paused():  # no full-heap collection of a big model inside the answer
                result = answer(network, question)
                return result, report.sections(result)  # 60,000 rows: ~0.5 s, off the GUI

        def done(answered: tuple[Result, list[Section]]) -> None:
            if question == self.question:
                self.show_result(*answered)

        self.tasks.run(work, done, self._on_question_failed, self.tr("Tracing…"), False)

    def _on_question_failed(self, error: BaseException) -> None:
        show_error(self.window, self.tr("Network"), error)

    def show_result(self, result: Result, sections: list[Section] | None = None) -> None:
        """List ``result`` (``sections`` when already made in the worker) and highlight it."""
        self.result = result
        self.last_export = None
        self.last_order = None
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
        if shutoff_service() is None or result is None:
            return False
        if isinstance(result, IsolationResult):
            return bool(result.close)
        return isinstance(result, OutageResult) and bool(result.opened)

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

    # -- copy, export, work order ----------------------------------------------------------

    def copy_result(self) -> str:
        """Put the chat text on the clipboard (and return it)."""
        if self.result is None:
            return ""
        text = self.report.clipboard_text(self.result)
        QApplication.clipboard().setText(text)
        self.results_panel.show_message(self.tr("Copied to the clipboard"))
        return text

    def default_export_name(self) -> str:
        result = self.result
        kind = self.question.kind if self.question else "trace"
        start = self.report.start_text(result) if result is not None else ""
        stem = Path(self.model_name).stem or "fmdesk"
        name = _UNSAFE_FILE_CHARS.sub("_", f"{stem}-{kind}-{start}").strip("_")
        return f"{name[:120]}.xlsx"

    def export_result(self, path: str | Path | None = None) -> None:
        """Ask for a file (unless ``path``), then write the workbook in a worker."""
        result = self.result
        if result is None:
            return
        if path is None:
            folder = self.loaded.path.parent if self.loaded is not None else Path.home()
            chosen, _ = QFileDialog.getSaveFileName(
                self.window,
                self.tr("Export to Excel"),
                str(folder / self.default_export_name()),
                self.tr("Excel workbooks (*.xlsx)"),
            )
            if not chosen:
                return
            path = chosen
        path = Path(path)
        if path.suffix.lower() != ".xlsx":
            path = path.with_suffix(".xlsx")
        model_name = self.model_name

        def work(_job: Job) -> Path:
            from fmdesk.exports.trace_xlsx import export_trace_xlsx

            return export_trace_xlsx(result, path, model_name)

        def done(written: Path) -> None:
            self.last_export = written
            self.results_panel.show_message(self.tr("Saved to {0}").format(written))

        self.tasks.run(work, done, self._export_failed, self.tr("Exporting…"), False)

    def _export_failed(self, error: BaseException) -> None:
        show_error(self.window, self.tr("Export to Excel"), error)

    def create_work_order(self) -> None:
        """Report a shut-off work order for the current result (records database, worker)."""
        result, create = self.result, shutoff_service()
        if result is None or create is None or not self.can_order(result):
            return
        devices = result.close if isinstance(result, IsolationResult) else result.opened
        valves = [self._device_text(n) for n in devices]
        flats = [space.label for space in result.spaces]
        title = self.report.order_title(result)
        description = self.report.clipboard_text(result, limit=200)
        start = result.start.global_id if isinstance(result, IsolationResult) else ""
        if isinstance(result, OutageResult) and result.opened:
            start = result.opened[0].global_id
        url = self.window.settings.effective_database_url()

        def work(_job: Job) -> str:
            from fmdesk.bootstrap import bootstrap

            app = bootstrap(database_url=url)
            try:
                order = create(
                    app.uow(),
                    title,
                    valves,
                    flats,
                    element_global_id=start,
                    description=description,
                )
            finally:
                app.close()
            return str(order.number)

        self.tasks.run(work, self._order_done, self._order_failed, self.tr("Creating…"), False)

    @staticmethod
    def _device_text(node: Any) -> str:
        name = node.name or node.global_id
        return f"{name} [{node.tag}]" if node.tag and node.tag not in name else name

    def _order_done(self, number: str) -> None:
        self.last_order = number
        self.results_panel.show_message(self.tr("Work order {0} created").format(number))
        self.order_created.emit(number)

    def _order_failed(self, error: BaseException) -> None:
        self.results_panel.show_message(error_sentence(error))
        show_error(self.window, self.tr("Create shut-off work order"), error)

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
        """Mark a device seized (isolation skips it) or usable again; stored, then re-run."""
        if inoperable:
            self.corrections.inoperable.add(gid)
        else:
            self.corrections.inoperable.discard(gid)
        self._store_corrections()

    def set_source(self, gid: str, source: bool) -> None:
        """Mark an element as a source (a temporary supply), or unmark it; stored, re-run."""
        if source:
            self.corrections.sources.add(gid)
        else:
            self.corrections.sources.discard(gid)
        self._store_corrections()

    def _store_corrections(self) -> None:
        if self.loaded is None:
            return
        try:
            save_corrections(self.model_hash, self.corrections)
        except OSError as error:
            show_error(
                self.window,
                self.tr("Network"),
                self.tr("Cannot save the correction: {0}").format(error.strerror or error),
            )
            return
        self._rebuild()

    # -- network check ---------------------------------------------------------------------

    def run_check(self) -> None:
        """Check the model's networks in a worker and list the findings."""
        if self.loaded is None:
            return
        self.check_dock.show()
        self.check_dock.raise_()
        self.ensure_network(self._run_check)

    def _run_check(self) -> None:
        inputs, network = self.inputs, self.network

        def work(_job: Job) -> Any:
            from fmdesk.network import check_network

            return check_network(inputs, network)

        self.tasks.run(work, self._check_done, self._check_failed, self.tr("Checking…"), False)

    def _check_done(self, report: Any) -> None:
        self.check_report = report
        self.check_panel.show_report(report)
        self.check_shown.emit(report)

    def _check_failed(self, error: BaseException) -> None:
        show_error(self.window, self.tr("Network check"), error)

    # -- busy state ------------------------------------------------------------------------

    def _on_busy(self, label: str) -> None:
        cancellable = self.tasks.can_cancel()
        self.results_panel.show_busy(label, cancellable=cancellable)
        self.check_panel.show_busy(label, cancellable=cancellable)
        if label:
            self.window.statusBar().showMessage(label, 3000)

    def _on_progress(self, done: int, total: int, label: str) -> None:
        cancellable = self.tasks.can_cancel()
        self.results_panel.show_busy(label, done, total, cancellable)
        self.check_panel.show_busy(label, done, total, cancellable)
