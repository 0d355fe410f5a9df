"""Contractors in the desktop app: Operations → Contractor scorecard… opens the month's scores,
penalties and cards (:mod:`fmdesk.ui.operations.contractor_scorecard`)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtGui import QAction

from fmdesk.ui.operations.menu import operations_menu


class _Texts(QObject):
    def __init__(self, window: Any, action: QAction) -> None:
        super().__init__(window)
        self.action = action
        window.installEventFilter(self)
        self.retranslate()

    def retranslate(self) -> None:
        self.action.setText(QCoreApplication.translate("Operations", "Contractor scorecard…"))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return False


def install(window: Any) -> None:
    """Add Operations → Contractor scorecard… to ``window``."""
    action = QAction(window)
    action.setObjectName("ContractorScorecardAction")

    def open_scorecard() -> None:
        from fmdesk.ui.operations.contractor_scorecard import ContractorScorecard

        dialog = getattr(window, "contractor_scorecard", None)
        if dialog is None:
            dialog = ContractorScorecard(window)
            window.contractor_scorecard = dialog
        dialog.show()
        dialog.raise_()
        dialog.refresh()

    action.triggered.connect(open_scorecard)
    operations_menu(window).addAction(action)
    window.contractor_scorecard_action = action
    window.contractor_scorecard_texts = _Texts(window, action)
