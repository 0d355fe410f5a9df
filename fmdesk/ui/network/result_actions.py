"""What a duty engineer does with a network answer: copy it into a chat, export it to Excel,
report a shut-off work order. Each slow step runs through the feature's runner."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication, QFileDialog

from fmdesk.app.changes import Change
from fmdesk.network.results import IsolationResult, OutageResult
from fmdesk.ui.dialogs import error_sentence, show_error

# The network feature (fmdesk.ui.network.controller.NetworkFeature) that owns these actions:
# named by a plain alias, since the controller builds this object (importing it back would be
# a cycle).
NetworkFeature = Any

__all__ = ["ResultActions"]

_UNSAFE_FILE_CHARS = re.compile(r'[\\/:*?"<>|\s]+')


def _database_url(feature: NetworkFeature) -> str:
    settings = getattr(feature.window, "settings", None)
    if settings is not None:
        return settings.effective_database_url()
    return feature.app.database_url


class ResultActions(QObject):
    """Copy, export and work order for the feature's current result."""

    def __init__(self, feature: NetworkFeature) -> None:
        super().__init__(feature)
        self.feature = feature
        self.last_export: Path | None = None
        self.last_order: str | None = None

    def reset(self) -> None:
        """A new result is shown: nothing exported or ordered for it yet."""
        self.last_export = None
        self.last_order = None

    @property
    def panel(self) -> Any:
        return self.feature.results_panel

    def copy_result(self) -> str:
        """Put the chat text on the clipboard (and return it)."""
        result = self.feature.result
        if result is None:
            return ""
        text = self.feature.report.clipboard_text(result)
        QApplication.clipboard().setText(text)
        self.panel.show_message(self.tr("Copied to the clipboard"))
        return text

    def default_export_name(self) -> str:
        feature = self.feature
        kind = feature.question.kind if feature.question else "trace"
        start = feature.report.start_text(feature.result) if feature.result is not None else ""
        stem = Path(feature.model_name).stem or "fmdesk"
        name = _UNSAFE_FILE_CHARS.sub("_", f"{stem}-{kind}-{start}").strip("_")
        return f"{name[:120]}.xlsx"

    def export_result(self, path: str | Path | None = None) -> None:
        """Ask for a file (unless ``path``), then write the workbook through the runner."""
        answer = self.feature.answer
        if answer is None:
            return
        if path is None:
            loaded = self.feature.loaded
            folder = loaded.path.parent if loaded is not None else Path.home()
            chosen, _ = QFileDialog.getSaveFileName(
                self.feature.window,
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

        def work(_progress: Any) -> Path:
            from fmdesk.app.network import export_answer

            return export_answer(answer, path, app=self.feature.app)

        def done(written: Path) -> None:
            self.last_export = written
            self.panel.show_message(self.tr("Saved to {0}").format(written))

        self.feature.run(self.tr("Exporting…"), work, done, key="network.export")

    def create_work_order(self) -> None:
        """Report a shut-off work order for the current result (records database, runner)."""
        feature = self.feature
        result = feature.result
        if result is None or not feature.can_order(result):
            return
        devices = result.close if isinstance(result, IsolationResult) else result.opened
        valves = [self._device_text(n) for n in devices]
        flats = [space.label for space in result.spaces]
        title = feature.report.order_title(result)
        description = feature.report.clipboard_text(result, limit=200)
        start = result.start.global_id if isinstance(result, IsolationResult) else ""
        if isinstance(result, OutageResult) and result.opened:
            start = result.opened[0].global_id
        url = _database_url(feature)

        def work(_progress: Any) -> str:
            from fmdesk.app.workorders import create_shutoff_order
            from fmdesk.bootstrap import bootstrap

            app = bootstrap(database_url=url)  # the database chosen now, not at start-up
            try:  # the use case applies the department's SLA targets (sla.json)
                order = create_shutoff_order(
                    app, title, valves, flats, element_global_id=start, description=description
                )
            finally:
                app.close()
            return str(order.number)

        operation = feature.ops.run(
            self.tr("Creating…"),
            work,
            self._order_done,
            changes=[Change.WORK_ORDERS],
            on_error=self._order_failed,
        )
        if operation is not None:
            feature._operations.append(operation)

    @staticmethod
    def _device_text(node: Any) -> str:
        name = node.name or node.global_id
        return f"{name} [{node.tag}]" if node.tag and node.tag not in name else name

    def _order_done(self, number: str) -> None:
        self.last_order = number
        self.panel.show_message(self.tr("Work order {0} created").format(number))
        self.feature.order_created.emit(number)

    def _order_failed(self, error: BaseException) -> None:
        self.panel.show_message(error_sentence(error))
        show_error(self.feature.window, self.tr("Create shut-off work order"), error)
