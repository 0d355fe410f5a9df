"""Contractors and quality checks in the desktop app: Operations → Contractor scorecard… (the
month's scores, penalties and cards, :mod:`fmdesk.ui.operations.contractor_scorecard`) and
Operations → Quality checks… (the findings loop, :mod:`fmdesk.ui.operations.quality_checks`)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtGui import QAction

from fmdesk.ui.operations.menu import operations_menu


class _Texts(QObject):
    def __init__(self, window: Any, scorecard: QAction, quality: QAction) -> None:
        super().__init__(window)
        self.scorecard, self.quality = scorecard, quality
        window.installEventFilter(self)
        self.retranslate()

    def retranslate(self) -> None:
        translate = QCoreApplication.translate
        self.scorecard.setText(translate("Operations", "Contractor scorecard…"))
        self.quality.setText(translate("Operations", "Quality checks…"))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return False


def install(window: Any) -> None:
    """Add Operations → Contractor scorecard… and Quality checks… to ``window``."""
    scorecard = QAction(window)
    scorecard.setObjectName("ContractorScorecardAction")
    quality = QAction(window)
    quality.setObjectName("QualityChecksAction")

    def open_scorecard() -> None:
        from fmdesk.ui.operations.contractor_scorecard import ContractorScorecard

        dialog = getattr(window, "contractor_scorecard", None)
        if dialog is None:
            dialog = ContractorScorecard(window)
            window.contractor_scorecard = dialog
        dialog.show()
        dialog.raise_()
        dialog.refresh()

    def open_quality() -> None:
        from fmdesk.ui.operations.quality_checks import QualityChecks

        dialog = getattr(window, "quality_checks", None)
        if dialog is None:
            dialog = QualityChecks(window)
            window.quality_checks = dialog
        dialog.show()
        dialog.raise_()
        dialog.refresh()

    scorecard.triggered.connect(open_scorecard)
    quality.triggered.connect(open_quality)
    menu = operations_menu(window)
    menu.addAction(scorecard)
    menu.addAction(quality)
    window.contractor_scorecard_action = scorecard
    window.quality_checks_action = quality
    window.contractor_scorecard_texts = _Texts(window, scorecard, quality)
