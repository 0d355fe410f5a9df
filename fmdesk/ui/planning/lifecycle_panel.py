"""The lifecycle card of the selected element's asset: age, lives, ISO 15686 factors, end of life.

It shows a :class:`~fmdesk.maintenance.lifecycle.LifecycleCard` computed by the core (the panel
does no arithmetic) and the asset's next visits from the current plan.
"""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QTextBrowser, QVBoxLayout, QWidget

if TYPE_CHECKING:
    from fmdesk.maintenance.lifecycle import LifecycleCard
    from fmdesk.maintenance.model import Occurrence, Plan


class LifecyclePanel(QWidget):
    """Read-only card; ``show_card(card, plan, next_visits)`` or ``show_message(text)``."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.card: LifecycleCard | None = None
        self.chinese = False
        self._state: tuple = ("message", "")
        self.browser = QTextBrowser(self)
        self.browser.setOpenLinks(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addWidget(self.browser)
        self.retranslate()

    def text(self) -> str:
        """What the card says, as plain text (for tests and copying)."""
        return self.browser.toPlainText()

    def show_message(self, message: str) -> None:
        self.card = None
        self._state = ("message", message)
        self.browser.setHtml(f"<p>{escape(message)}</p>")

    def show_card(
        self,
        card: LifecycleCard,
        as_of: str,
        plan: Plan | None,
        visits: list[Occurrence],
        origin: str,
    ) -> None:
        self.card = card
        self._state = ("card", card, as_of, plan, visits, origin)
        self.browser.setHtml(self._html(card, as_of, plan, visits, origin))

    def _years(self, value: float | None) -> str:
        return self.tr("unknown") if value is None else self.tr("{0:.1f} years").format(value)

    def _html(
        self,
        card: LifecycleCard,
        as_of: str,
        plan: Plan | None,
        visits: list[Occurrence],
        origin: str,
    ) -> str:
        def row(label: str, value: str, note: str = "") -> str:
            extra = f"<br><span style='color:#666'>{escape(note)}</span>" if note else ""
            return f"<tr><td><b>{escape(label)}</b></td><td>{escape(value)}{extra}</td></tr>"

        install = card.install_date.isoformat() if card.install_date else self.tr("unknown")
        end = str(card.end_of_life_year) if card.end_of_life_year else self.tr("unknown")
        header = self.tr("As of {0}; from {1}").format(as_of, origin)
        parts = [
            f"<h3>{escape(card.asset_code)} {escape(card.asset_name)}</h3>",
            f"<p style='color:#666'>{escape(header)}</p>",
            "<table cellspacing='0' cellpadding='3'>",
            row(self.tr("Age"), self._years(card.age_years), f"{install} · {card.install_source}"),
            row(
                self.tr("Reference service life"),
                self._years(card.reference_life),
                card.reference_source,
            ),
            row(self.tr("Estimated service life"), self._years(card.estimated_life)),
            row(self.tr("Remaining life"), self._years(card.remaining_years)),
            row(self.tr("End-of-life year"), end),
        ]
        if card.replacement_year and card.replacement_year != card.end_of_life_year:
            parts.append(row(self.tr("Recommended replacement"), str(card.replacement_year)))
        if card.replacement_cost is not None:
            parts.append(
                row(
                    self.tr("Replacement cost"),
                    self.tr("{0:,.0f} CNY").format(card.replacement_cost),
                    card.cost_basis,
                )
            )
        parts.append(row(self.tr("Basis"), card.basis))
        parts.append("</table>")
        factors_title = self.tr("ISO 15686 factors (ESL = RSL × A × … × G)")
        parts.append(f"<h4>{escape(factors_title)}</h4>")
        parts.append("<table cellspacing='0' cellpadding='2'>")
        for factor in card.factors:
            meaning = factor.meaning if self.chinese else factor.meaning_en
            parts.append(
                f"<tr><td><b>{factor.letter}</b></td><td>{escape(meaning)}</td>"
                f"<td align='right'>{factor.value:g}</td>"
                f"<td style='color:#666'>{escape(factor.source)}</td></tr>"
            )
        parts.append("</table>")
        next_title = self.tr("Next tasks")
        parts.append(f"<h4>{escape(next_title)}</h4>")
        if plan is None:
            no_plan = self.tr("No plan yet: Planning → Generate plan for year…")
            parts.append(f"<p>{escape(no_plan)}</p>")
        elif not visits:
            none = self.tr("No visits for this asset in {0}.").format(plan.year)
            parts.append(f"<p>{escape(none)}</p>")
        else:
            parts.append("<table cellspacing='0' cellpadding='2'>")
            for occ in visits:
                task = plan.tasks.get(occ.task_code)
                parts.append(
                    f"<tr><td>{occ.planned_on.isoformat()}</td>"
                    f"<td>{escape(task.name if task else occ.task_code)}</td>"
                    f"<td>{escape(occ.team)}</td><td align='right'>{occ.hours:g} h</td></tr>"
                )
            parts.append("</table>")
        return "".join(parts)

    def retranslate(self) -> None:
        if self._state[0] == "card":
            self.show_card(*self._state[1:])
        elif self._state[1]:
            self.show_message(self._state[1])
        else:
            self.show_message(self.tr("Select an element to see its lifecycle estimate."))
            self._state = ("message", "")

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
