"""KPIs (issue 16): the KPI dashboard window and the monthly report, under the Operations menu.

``install(window)`` adds "KPI dashboard" and "Monthly report…" to the Operations menu (运营),
creating that menu before Help when no other operations feature has yet; the dashboard
(:class:`fmdesk.ui.operations.kpi_dashboard.KpiDashboard`) is built on first use.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

OPERATIONS_MENU = "OperationsMenu"


class KpiFeature(QObject):
    """Owns the menu entries and the (lazily built) dashboard window."""

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window = window
        self.dashboard: Any = None
        self.menu = _operations_menu(window)
        self.dashboard_action = QAction(window)
        self.report_action = QAction(window)
        self.dashboard_action.triggered.connect(self.show_dashboard)
        self.report_action.triggered.connect(self.write_report)
        self.menu.addAction(self.dashboard_action)
        self.menu.addAction(self.report_action)
        window.language_changed.connect(self.retranslate)
        self.retranslate()

    def retranslate(self) -> None:
        if self.menu.property("kpi_owned"):  # the same title as the other operations features
            self.menu.setTitle(QCoreApplication.translate("Operations", "&Operations"))
        self.dashboard_action.setText(QCoreApplication.translate("Kpi", "KPI dashboard"))
        self.report_action.setText(QCoreApplication.translate("Kpi", "Monthly report…"))

    def show_dashboard(self) -> Any:
        """Open (or raise) the dashboard and load the last full month."""
        from fmdesk.ui.operations.kpi_dashboard import KpiDashboard

        if self.dashboard is None:
            self.dashboard = KpiDashboard(self.window)
        self.dashboard.show()
        self.dashboard.raise_()
        self.dashboard.refresh()
        return self.dashboard

    def write_report(self) -> None:
        self.show_dashboard().write_report()


def _operations_menu(window: Any) -> QMenu:
    """The Operations menu shared by the operations features: found by its object name
    wherever another feature parented it, else created before Help."""
    bar = window.menuBar()
    found = window.findChild(QMenu, OPERATIONS_MENU)
    if found is not None:
        return found
    menu = QMenu(bar)
    menu.setObjectName(OPERATIONS_MENU)
    menu.setProperty("kpi_owned", True)
    help_menu = getattr(getattr(window, "menus", None), "help_menu", None)
    if help_menu is not None:
        bar.insertMenu(help_menu.menuAction(), menu)
    else:
        bar.addMenu(menu)
    return menu


def install(window: Any) -> None:
    window.kpi_feature = KpiFeature(window)
