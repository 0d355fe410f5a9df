"""Planning (年度保养计划) in the desktop app: the plan calendar, the lifecycle card and the
Planning menu (generate, export to Excel / iCalendar, import edits, task library, 调休).

``install(window)`` adds a "Plan" dock under the 3D view (tabbed with Problems), a "Lifecycle"
dock tabbed beside Properties, and the Planning menu before Help; everything else lives in
:mod:`fmdesk.ui.planning`.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import QDockWidget

from fmdesk.ui.planning.controller import PlanningController
from fmdesk.ui.planning.lifecycle_panel import LifecyclePanel
from fmdesk.ui.planning.plan_view import PlanView

PLAN_DOCK = "PlanDock"
LIFECYCLE_DOCK = "LifecycleDock"


class _DockTitles(QObject):
    """Keeps the two dock titles in the current language."""

    def __init__(self, window: Any, plan_dock: QDockWidget, card_dock: QDockWidget) -> None:
        super().__init__(window)
        self.plan_dock, self.card_dock = plan_dock, card_dock
        window.language_changed.connect(self.retranslate)
        self.retranslate()

    def retranslate(self) -> None:
        self.plan_dock.setWindowTitle(QCoreApplication.translate("Planning", "Maintenance plan"))
        self.card_dock.setWindowTitle(QCoreApplication.translate("Planning", "Lifecycle"))


def install(window: Any) -> None:
    """Add the planning docks and menu to ``window`` (called once by the main window)."""
    view = PlanView(window)
    card = LifecyclePanel(window)
    card.chinese = getattr(window, "language", "") == "zh_CN"
    plan_dock = QDockWidget(window)
    plan_dock.setObjectName(PLAN_DOCK)
    plan_dock.setWidget(view)
    window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, plan_dock)
    problems = getattr(window, "problems_dock", None)
    if problems is not None:
        window.tabifyDockWidget(problems, plan_dock)
        problems.raise_()
    card_dock = QDockWidget(window)
    card_dock.setObjectName(LIFECYCLE_DOCK)
    card_dock.setWidget(card)
    window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, card_dock)
    properties = getattr(window, "properties_dock", None)
    if properties is not None:
        window.tabifyDockWidget(properties, card_dock)
        properties.raise_()
    window.planning = PlanningController(window, view, card)
    window.planning.titles = _DockTitles(window, plan_dock, card_dock)
    panels = getattr(getattr(window, "menus", None), "panels_menu", None)
    if panels is not None:
        panels.addAction(plan_dock.toggleViewAction())
        panels.addAction(card_dock.toggleViewAction())
