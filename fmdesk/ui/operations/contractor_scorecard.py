"""The contractor scorecard (外包商月度考核): one month's scores, SLA breaches, penalties and
cards of every serving contractor, with the termination warning of a red card.

It calls :func:`fmdesk.app.contractors.monthly_scores` through ``window.ops`` (off the GUI
thread) and refreshes when work orders change while it is open.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from fmdesk.ui.screen_fit import FittedDialog

CARD_COLOURS = {"yellow": "#ffd84d", "red": "#e5484d"}
COLUMNS = 11


def load_scorecard(app: Any, month: str) -> tuple[list[Any], dict[str, Any], dict[str, Any]]:
    """The month's scores, the contractors' profiles by name and the contracts by number."""
    from fmdesk.app.contractors import list_contractors, list_contracts, monthly_scores

    scores = monthly_scores(app, month)
    profiles = {p.name: p for p in list_contractors(app)}
    contracts = {c.number: c for c in list_contracts(app)}
    return scores, profiles, contracts


def last_complete_month(today: date | None = None) -> date:
    """The first day of the month before ``today``'s (the month a scorecard is usually for)."""
    first = (today or date.today()).replace(day=1)
    return (first - timedelta(days=1)).replace(day=1)


class ContractorScorecard(FittedDialog):
    """Month picker, the table of scores and the warnings."""

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window_ = window
        self.scores: list[Any] = []
        self.profiles: dict[str, Any] = {}
        self.contracts: dict[str, Any] = {}
        self.setObjectName("ContractorScorecard")
        self.setWindowTitle(self.tr("Contractor scorecard"))
        self.month = QDateEdit(self)
        self.month.setDisplayFormat("yyyy-MM")
        self.month.setCalendarPopup(False)
        start = last_complete_month()
        self.month.setDate(QDate(start.year, start.month, 1))
        self.month.dateChanged.connect(lambda _d: self.refresh())
        self.refresh_button = QPushButton(self.tr("Refresh"), self)
        self.refresh_button.clicked.connect(self.refresh)
        self.table = QTableWidget(0, COLUMNS, self)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Contractor"),
                self.tr("Orders"),
                self.tr("On time"),
                self.tr("First-time fix"),
                self.tr("Rework rate"),
                self.tr("Satisfaction"),
                self.tr("Findings"),
                self.tr("SLA breaches"),
                self.tr("Score"),
                self.tr("Penalty (¥)"),
                self.tr("Card"),
            ]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self.show_details)
        self.summary = QLabel(self)
        self.details = QLabel(self)
        self.details.setWordWrap(True)
        self.warnings = QLabel(self)
        self.warnings.setWordWrap(True)
        self.warnings.setStyleSheet("color: #b42318;")
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Month"), self))
        top.addWidget(self.month)
        top.addWidget(self.refresh_button)
        top.addStretch(1)
        top.addWidget(self.summary)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.details)
        layout.addWidget(self.warnings)
        self.resize(880, 380)  # fits 1366 × 768 at 150 %
        bus = getattr(window, "bus", None)
        if bus is not None and hasattr(bus, "work_orders"):
            bus.work_orders.connect(self._on_orders_changed)

    def month_text(self) -> str:
        return self.month.date().toString("yyyy-MM")

    def refresh(self) -> None:
        """Load the month's scores in the background (the newest request wins)."""
        app, month = self.window_.app, self.month_text()
        self.window_.ops.run(
            self.tr("Contractor scores"),
            lambda progress: load_scorecard(app, month),
            self._loaded,
            key="contractor-scores",
            supersede=True,
            quiet=True,
        )

    def is_busy(self) -> bool:
        return self.window_.ops.is_busy("contractor-scores")

    def _loaded(self, loaded: tuple[list[Any], dict[str, Any], dict[str, Any]]) -> None:
        scores, self.profiles, self.contracts = loaded
        self.show_scores(scores)

    def show_details(self) -> None:
        """The selected contractor's contract, staff, qualifications and insurance."""
        rows = self.table.selectionModel().selectedRows()
        if not rows or rows[0].row() >= len(self.scores):
            self.details.setText("")
            return
        score = self.scores[rows[0].row()]
        profile = self.profiles.get(score.contractor)
        contract = self.contracts.get(score.contract)
        parts = []
        if contract is not None:
            parts.append(
                self.tr("Contract {0}, {1} – {2}, monthly fee ¥{3}").format(
                    contract.number,
                    contract.start_on,
                    contract.end_on,
                    f"{contract.monthly_fee:,.0f}",
                )
            )
        if profile is not None:
            parts.append(
                self.tr("Staff: {0}").format(
                    "、".join(s.get("name", "") for s in profile.staff) or "—"
                )
            )
            parts.append(
                self.tr("Qualifications: {0}").format(
                    "、".join(q.get("name", "") for q in profile.qualifications) or "—"
                )
            )
            insurance = profile.insurance or {}
            parts.append(
                self.tr("Insurance: {0}").format(
                    " ".join(str(insurance.get(k, "")) for k in ("insurer", "policy")).strip()
                    or "—"
                )
            )
        self.details.setText("\n".join(parts))

    def show_scores(self, scores: list[Any]) -> None:
        self.scores = list(scores)
        self.table.setRowCount(len(self.scores))
        for row, score in enumerate(self.scores):
            for column, text in enumerate(self._cells(score)):
                item = QTableWidgetItem(text)
                if column:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                if column == COLUMNS - 1 and score.card in CARD_COLOURS:
                    item.setBackground(QBrush(QColor(CARD_COLOURS[score.card])))
                    if score.card == "red":
                        item.setForeground(QBrush(QColor("white")))
                if column == 9 and score.penalty_items:
                    item.setToolTip(self._breakdown(score))
                if column == 8 and not score.passed:
                    item.setForeground(QBrush(QColor("#b42318")))
                self.table.setItem(row, column, item)
        total = sum(s.penalty_yuan for s in self.scores)
        self.summary.setText(self.tr("Penalties this month: ¥{0}").format(f"{total:,.2f}"))
        self.warnings.setText(
            "\n".join(f"⚠ {s.contractor}: {s.warning}" for s in self.scores if s.warning)
        )

    def _breakdown(self, score: Any) -> str:
        labels = {
            "sla_breach_yuan": self.tr("SLA breaches"),
            "concealed_fault_percent": self.tr("Concealed faults"),
            "repeat_finding_yuan": self.tr("Repeated findings"),
        }
        return "\n".join(
            f"{labels.get(i['rule'], i['rule'])}: {i['count']} × ¥{i['rate']:,.2f} = "
            f"¥{i['amount']:,.2f}"
            for i in score.penalty_items
        )

    def _cells(self, score: Any) -> list[str]:
        def pct(value: float | None) -> str:
            return "—" if value is None else f"{value * 100:.0f}%"

        card = {"yellow": self.tr("Yellow card"), "red": self.tr("Red card")}.get(
            score.card, self.tr("None")
        )
        return [
            score.contractor,
            str(score.orders),
            pct(score.timeliness),
            pct(score.first_time_fix),
            pct(score.rework_rate),
            pct(score.satisfaction),
            str(score.findings),
            str(score.sla_breaches),
            f"{score.score:.1f}",
            f"{score.penalty_yuan:,.2f}",
            card,
        ]

    def _on_orders_changed(self, *args: Any) -> None:
        if self.isVisible():
            self.refresh()
