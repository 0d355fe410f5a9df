"""The Handover dock: IDS checks, revision diff and handover inspection as three tabs."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QTabWidget, QWidget

from fmdesk.ui.handover.diff_tab import DiffTab
from fmdesk.ui.handover.ids_tab import IdsTab
from fmdesk.ui.handover.inspection_tab import InspectionTab

__all__ = ["HandoverPanel"]


class HandoverPanel(QTabWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ids = IdsTab(self)
        self.diff = DiffTab(self)
        self.inspection = InspectionTab(self)
        self.addTab(self.ids, "")
        self.addTab(self.diff, "")
        self.addTab(self.inspection, "")
        self.retranslate()

    def retranslate(self) -> None:
        self.setTabText(0, self.tr("IDS check"))
        self.setTabText(1, self.tr("Revisions"))
        self.setTabText(2, self.tr("Handover inspection"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
