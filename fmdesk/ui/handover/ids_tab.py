"""The IDS tab (交付信息检查): choose an IDS, check the open model, read the result.

A dumb view: it shows an :class:`~fmdesk.handover.ids.results.IdsCheckResult` as a tree
(specification → failed elements → reasons, in the current language) and emits what the user
asked for; :mod:`fmdesk.ui.handover.controller` does the work.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from fmdesk.handover.ids.results import IdsCheckResult
from fmdesk.ui.handover import ui_language

__all__ = ["IdsTab"]

_PASS, _FAIL = QColor("#1e8449"), QColor("#c0392b")
GID_ROLE = Qt.ItemDataRole.UserRole
SPEC_ROLE = Qt.ItemDataRole.UserRole + 1


class IdsTab(QWidget):
    """IDS file, actions, summary and the result tree."""

    choose_requested = Signal()
    edit_requested = Signal()
    check_requested = Signal()
    issues_requested = Signal()
    report_requested = Signal()
    elements_chosen = Signal(list)  # GlobalIds

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.result: IdsCheckResult | None = None
        self.file_label = QLabel(self)
        self.file_label.setWordWrap(True)
        self.choose_button = QPushButton(self)
        self.edit_button = QPushButton(self)
        self.check_button = QPushButton(self)
        self.issues_button = QPushButton(self)
        self.report_button = QPushButton(self)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.tree = QTreeWidget(self)
        self.tree.setColumnCount(3)
        self.tree.setAlternatingRowColors(True)
        self.tree.setSelectionMode(QTreeWidget.SelectionMode.ExtendedSelection)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.itemSelectionChanged.connect(self._emit_selection)
        self.detail = QLabel(self)
        self.detail.setWordWrap(True)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.choose_button.clicked.connect(self.choose_requested)
        self.edit_button.clicked.connect(self.edit_requested)
        self.check_button.clicked.connect(self.check_requested)
        self.issues_button.clicked.connect(self.issues_requested)
        self.report_button.clicked.connect(self.report_requested)
        files = QHBoxLayout()
        files.addWidget(self.choose_button)
        files.addWidget(self.edit_button)
        files.addStretch(1)
        actions = QHBoxLayout()
        actions.addWidget(self.check_button)
        actions.addWidget(self.issues_button)
        actions.addWidget(self.report_button)
        actions.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.file_label)
        layout.addLayout(files)
        layout.addLayout(actions)
        layout.addWidget(self.summary)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.detail)
        self.set_ids_file("")
        self.retranslate()
        self._update_buttons()

    def retranslate(self) -> None:
        self.choose_button.setText(self.tr("Choose IDS…"))
        self.edit_button.setText(self.tr("Edit requirements…"))
        self.check_button.setText(self.tr("Check model"))
        self.issues_button.setText(self.tr("Create review issues"))
        self.issues_button.setToolTip(
            self.tr("One review issue per failed element (the selected ones, else all)")
        )
        self.report_button.setText(self.tr("Export report…"))
        self.tree.setHeaderLabels(
            [self.tr("Specification / element"), self.tr("Result"), self.tr("Reason")]
        )
        self.set_ids_file(self._ids_file)
        if self.result is not None:
            self.show_result(self.result)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def set_ids_file(self, path: str) -> None:
        self._ids_file = path
        name = path or self.tr("the default FM handover IDS (物业承接查验设备交付信息)")
        self.file_label.setText(self.tr("IDS: {name}").replace("{name}", name))

    def set_busy(self, busy: bool) -> None:
        self.check_button.setEnabled(not busy)

    def show_result(self, result: IdsCheckResult) -> None:
        self.result = result
        self.tree.clear()
        failed_specs = sum(1 for s in result.specifications if not s.passed)
        failures = sum(len(s.failures) for s in result.specifications)
        verdict = self.tr("passed") if result.passed else self.tr("failed")
        self.summary.setText(
            self.tr(
                "{title}: {verdict} — {specs} specifications, {failed} failed, "
                "{elements} elements to fix"
            )
            .replace("{title}", result.title)
            .replace("{verdict}", verdict)
            .replace("{specs}", str(len(result.specifications)))
            .replace("{failed}", str(failed_specs))
            .replace("{elements}", str(failures))
        )
        for spec in result.specifications:
            counts = self.tr("{applicable} applicable, {passed} passed, {failed} failed")
            counts = (
                counts.replace("{applicable}", str(len(spec.applicable)))
                .replace("{passed}", str(len(spec.passed_ids)))
                .replace("{failed}", str(len(spec.failures)))
            )
            item = QTreeWidgetItem([spec.name, "✓" if spec.passed else "✗", counts])
            item.setForeground(1, QBrush(_PASS if spec.passed else _FAIL))
            item.setData(0, SPEC_ROLE, spec.name)
            item.setData(0, GID_ROLE, [f.global_id for f in spec.failures])
            for failure in spec.failures:
                reasons = "；".join(r.render(ui_language()) for r in failure.reasons)
                child = QTreeWidgetItem(
                    [failure.name or failure.global_id, failure.ifc_class, reasons]
                )
                child.setToolTip(
                    2,
                    f"{failure.name}（{failure.ifc_class} {failure.global_id}）\n"
                    + "\n".join(f"• {r.render(ui_language())}" for r in failure.reasons),
                )
                child.setData(0, GID_ROLE, [failure.global_id])
                child.setData(0, SPEC_ROLE, spec.name)
                item.addChild(child)
            self.tree.addTopLevelItem(item)
            item.setExpanded(not spec.passed and len(spec.failures) <= 50)
        self.tree.resizeColumnToContents(1)
        self._update_buttons()

    def chosen_failures(self) -> tuple[list[str], list[str]]:
        """(specification names, GlobalIds) of the selected rows; empty = all failures."""
        specs, ids = [], []
        for item in self.tree.selectedItems():
            ids += list(item.data(0, GID_ROLE) or [])
            specs.append(item.data(0, SPEC_ROLE))
        return sorted(set(filter(None, specs))), list(dict.fromkeys(ids))

    def _emit_selection(self) -> None:
        current = self.tree.currentItem()
        self.detail.setText(current.toolTip(2) if current is not None else "")
        ids = [
            gid
            for item in self.tree.selectedItems()
            if item.parent() is not None
            for gid in item.data(0, GID_ROLE) or []
        ]
        if ids:
            self.elements_chosen.emit(ids)

    def _update_buttons(self) -> None:
        has_failures = bool(self.result and any(s.failures for s in self.result.specifications))
        self.issues_button.setEnabled(has_failures)
        self.report_button.setEnabled(self.result is not None)
