"""Contractors and quality checks in the desktop app: Operations → Contractor scorecard… (the
month's scores, penalties and cards, :mod:`fmdesk.ui.operations.contractor_scorecard`),
Operations → Contractors and contracts… (pools and contracts,
:mod:`fmdesk.ui.operations.contractors_dialog`), Operations → Quality checks… (the findings
loop, :mod:`fmdesk.ui.operations.quality_checks`), and the work-order form's "Acceptance…"
button on a contractor's order (三级验收, :mod:`fmdesk.ui.operations.acceptance_dialog`)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject
from PySide6.QtGui import QAction

from fmdesk.ui.operations.menu import operations_menu
from fmdesk.ui.records.order_extras import OrderButton, register_order_button


class _Texts(QObject):
    def __init__(self, window: Any, scorecard: QAction, quality: QAction) -> None:
        super().__init__(window)
        self.scorecard, self.quality = scorecard, quality
        self.contractors: QAction | None = None
        window.language_changed.connect(self.retranslate)
        self.retranslate()

    def retranslate(self) -> None:
        translate = QCoreApplication.translate
        self.scorecard.setText(translate("Operations", "Contractor scorecard…"))
        self.quality.setText(translate("Operations", "Quality checks…"))
        if self.contractors is not None:
            self.contractors.setText(translate("Operations", "Contractors and contracts…"))


def _open(window: Any, attribute: str, make: Any) -> None:
    """Show the window's one dialog kept in ``attribute`` (made on first use) and refresh it."""
    dialog = getattr(window, attribute, None)
    if dialog is None:
        dialog = make(window)
        setattr(window, attribute, dialog)
    dialog.show()
    dialog.raise_()
    dialog.refresh()


def _open_acceptance(form: Any, card: Any) -> None:
    from fmdesk.ui.operations.acceptance_dialog import open_acceptance

    open_acceptance(form, card)


def install(window: Any) -> None:
    """Add Operations → Contractor scorecard…, Contractors and contracts… and Quality checks…
    to ``window``, and the Acceptance… button of the work-order form."""
    scorecard = QAction(window)
    scorecard.setObjectName("ContractorScorecardAction")
    contractors = QAction(window)
    contractors.setObjectName("ContractorsAction")
    quality = QAction(window)
    quality.setObjectName("QualityChecksAction")

    def open_scorecard() -> None:
        from fmdesk.ui.operations.contractor_scorecard import ContractorScorecard

        _open(window, "contractor_scorecard", ContractorScorecard)

    def open_contractors() -> None:
        from fmdesk.ui.operations.contractors_dialog import ContractorsDialog

        _open(window, "contractors_dialog", ContractorsDialog)

    def open_quality() -> None:
        from fmdesk.ui.operations.quality_checks import QualityChecks

        _open(window, "quality_checks", QualityChecks)

    scorecard.triggered.connect(open_scorecard)
    contractors.triggered.connect(open_contractors)
    quality.triggered.connect(open_quality)
    menu = operations_menu(window)
    menu.addAction(scorecard)
    menu.addAction(contractors)
    menu.addAction(quality)
    window.contractor_scorecard_action = scorecard
    window.contractors_action = contractors
    window.quality_checks_action = quality
    texts = _Texts(window, scorecard, quality)
    texts.contractors = contractors
    texts.retranslate()
    window.contractor_scorecard_texts = texts
    register_order_button(
        OrderButton(
            key="contractors.acceptance",
            label=QT_TRANSLATE_NOOP("OrderButtons", "Acceptance…"),
            run=_open_acceptance,
            visible=lambda card: bool(card.order.contractor),
        )
    )
