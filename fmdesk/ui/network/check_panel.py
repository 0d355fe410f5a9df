"""The network-check dock: what a model author must fix before traces can be trusted.

Findings from :func:`fmdesk.network.check_network` are grouped by code (most severe group
first) with the severity, the element's name, class and storey and the detail; the fix of the
current group is shown under the list. Selecting a finding selects its elements (a fragment
selects all of its pieces); selecting a group selects every element of the group.
"""

from __future__ import annotations

from collections import defaultdict

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from fmdesk.i18n import render
from fmdesk.network.check import CheckReport, Finding
from fmdesk.ui.network.busy import add_busy_row, show_progress

IDS_ROLE = Qt.ItemDataRole.UserRole
CODE_ROLE = Qt.ItemDataRole.UserRole + 1
SEVERITY_ORDER = {"error": 0, "warning": 1, "info": 2}
SEVERITY_COLOURS = {"error": (200, 30, 30), "warning": (190, 120, 0), "info": (60, 90, 160)}
MAX_ROWS_PER_GROUP = 500


class NetworkCheckPanel(QWidget):
    """Run button, figures, findings grouped by code, and the fix text.

    Signals: ``run_requested``, ``cancel_requested``, ``elements_activated(list[str])``.
    """

    run_requested = Signal()
    cancel_requested = Signal()
    elements_activated = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.report: CheckReport | None = None
        self.run_button = QPushButton(self)
        self.run_button.clicked.connect(self.run_requested)
        self.summary_label = QLabel(self)
        self.summary_label.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(self.run_button)
        top.addWidget(self.summary_label, 1)
        self.progress, self.cancel_button, busy = add_busy_row(self, self.cancel_requested)
        self.tree = QTreeWidget(self)
        self.tree.setColumnCount(5)
        self.tree.setUniformRowHeights(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.currentItemChanged.connect(self._on_current)
        self.tree.setColumnWidth(0, 300)
        self.tree.setColumnWidth(1, 70)
        self.tree.setColumnWidth(2, 170)
        self.tree.setColumnWidth(3, 60)
        self.fix_label = QLabel(self)
        self.fix_label.setWordWrap(True)
        self.fix_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.setSpacing(3)
        layout.addLayout(top)
        layout.addLayout(busy)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.fix_label)
        self.show_busy("")
        self.retranslate()

    # -- texts -----------------------------------------------------------------------------

    def severity_text(self, severity: str) -> str:
        return {
            "error": self.tr("Error"),
            "warning": self.tr("Warning"),
            "info": self.tr("Note"),
        }.get(severity, severity)

    def code_title(self, code: str) -> str:
        """A short title per finding code (the core's fix text says what to do)."""
        titles = {
            "dangling_port": self.tr("Ports without an element"),
            "connection_without_element": self.tr("Connections to ports without an element"),
            "unconnected_element": self.tr("Unconnected elements"),
            "unconnected_ports": self.tr("Elements with open ports"),
            "no_ports": self.tr("Distribution elements without ports"),
            "system_member_unconnected": self.tr("System members in no connection"),
            "port_without_direction": self.tr("Ports without a flow direction"),
            "conflicting_direction": self.tr("Connections with conflicting directions"),
            "fragment": self.tr("Network fragments"),
            "open_end": self.tr("Runs that end open"),
            "flow_cycle": self.tr("Flow directions that go round"),
            "loop": self.tr("Loops (normal)"),
            "inferred_edge": self.tr("Inferred connections to confirm"),
            "no_source": self.tr("Pieces without a source"),
            "isolated_piece": self.tr("Pieces that feed and serve nothing"),
        }
        return titles.get(code, code)

    def retranslate(self) -> None:
        self.run_button.setText(self.tr("Check networks"))
        self.run_button.setToolTip(
            self.tr("Check ports, connections and flow directions of the model's networks")
        )
        self.cancel_button.setText(self.tr("Cancel"))
        self.tree.setHeaderLabels(
            [
                self.tr("Finding / element"),
                self.tr("Severity"),
                self.tr("Medium"),
                self.tr("Storey"),
                self.tr("Detail"),
            ]
        )
        if self.report is not None:
            self.show_report(self.report)
        else:
            self.summary_label.setText(self.tr("Not checked yet"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- showing ---------------------------------------------------------------------------

    def clear(self) -> None:
        self.report = None
        self.tree.clear()
        self.fix_label.clear()
        self.summary_label.setText(self.tr("Not checked yet"))

    def show_busy(self, text: str, done: int = 0, total: int = 0, cancellable: bool = True) -> None:
        busy = show_progress(self.progress, self.cancel_button, text, done, total, cancellable)
        self.run_button.setEnabled(not busy)

    def show_report(self, report: CheckReport) -> None:
        """List the findings grouped by code, most severe groups first."""
        self.report = report
        counts = {"error": 0, "warning": 0, "info": 0}
        groups: dict[str, list[Finding]] = defaultdict(list)
        for finding in report.findings:
            groups[finding.code].append(finding)
            counts[finding.severity] = counts.get(finding.severity, 0) + 1
        summary = report.summary
        self.summary_label.setText(
            self.tr("{0} errors, {1} warnings, {2} notes; {3} elements, {4} fragments").format(
                counts["error"],
                counts["warning"],
                counts["info"],
                summary.get("element_count", 0),
                summary.get("fragment_count", 0),
            )
        )
        self.fix_label.clear()
        self.tree.setUpdatesEnabled(False)
        self.tree.clear()
        ordered = sorted(
            groups.items(), key=lambda kv: (SEVERITY_ORDER.get(kv[1][0].severity, 9), kv[0])
        )
        for code, findings in ordered:
            self._add_group(code, findings)
        self.tree.setUpdatesEnabled(True)
        if not groups:
            item = QTreeWidgetItem(self.tree, [self.tr("No problems found")])
            item.setFirstColumnSpanned(True)

    def _add_group(self, code: str, findings: list[Finding]) -> None:
        severity = findings[0].severity
        head = QTreeWidgetItem(
            self.tree, [f"{self.code_title(code)} ({len(findings)})", self.severity_text(severity)]
        )
        font = QFont(head.font(0))
        font.setBold(True)
        head.setFont(0, font)
        head.setForeground(1, QBrush(QColor(*SEVERITY_COLOURS.get(severity, (0, 0, 0)))))
        head.setData(0, CODE_ROLE, code)
        ids = [gid for f in findings for gid in self.finding_ids(f)]
        head.setData(0, IDS_ROLE, list(dict.fromkeys(ids)))
        head.setToolTip(0, render(findings[0].fix))
        children = []
        for finding in findings[:MAX_ROWS_PER_GROUP]:
            child = QTreeWidgetItem(
                [
                    finding.label or finding.name or finding.global_id or "—",
                    self.severity_text(finding.severity),
                    finding.medium or "",
                    finding.storey or "",
                    render(finding.detail),
                ]
            )
            child.setData(0, IDS_ROLE, self.finding_ids(finding))
            child.setData(0, CODE_ROLE, code)
            child.setToolTip(4, render(finding.detail))
            children.append(child)
        head.addChildren(children)
        head.setExpanded(len(findings) <= 20)

    @staticmethod
    def finding_ids(finding: Finding) -> list[str]:
        ids = list(finding.elements)
        if finding.global_id and finding.global_id not in ids:
            ids.insert(0, finding.global_id)
        return ids

    def group_codes(self) -> list[str]:
        """The codes listed, in order (tests)."""
        codes = []
        for index in range(self.tree.topLevelItemCount()):
            code = self.tree.topLevelItem(index).data(0, CODE_ROLE)
            if code:
                codes.append(code)
        return codes

    # -- clicks ----------------------------------------------------------------------------

    def _on_current(self, item: QTreeWidgetItem | None, _previous: object = None) -> None:
        if item is None:
            return
        code = item.data(0, CODE_ROLE)
        if code and self.report is not None:
            fix = next((render(f.fix) for f in self.report.findings if f.code == code), "")
            self.fix_label.setText(self.tr("How to fix: {0}").format(fix))
        ids = item.data(0, IDS_ROLE) or []
        if ids:
            self.elements_activated.emit(list(ids))
