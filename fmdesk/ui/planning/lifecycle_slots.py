"""The lifecycle card of the selected element (寿命估算), and selecting a planned asset in 3D.

With a plan, the card is computed from the plan's assets (their group's Weibull fit, once per
plan) and lists the asset's next visits; without one, the assets are read once in the
background (:func:`fmdesk.app.planning.read_plan_source`) so that cards can be shown.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from fmdesk.app import planning as use_cases
from fmdesk.app.lifecycle import LifecycleCards

if TYPE_CHECKING:
    from fmdesk.maintenance.annual import PlanAssets
    from fmdesk.maintenance.model import Occurrence

NEXT_VISITS = 8
SOURCE = "planning"
CARDS_KEY = "planning.cards"


class LifecycleSlots:
    """Mixin of :class:`~fmdesk.ui.planning.controller.PlanningController`."""

    cards: LifecycleCards | None = None

    def select_asset(self, code: str) -> None:
        """Select the asset's element in 3D (by GlobalId) when the open model has it."""
        asset = self.plan.assets.get(code) if self.plan else None
        gid = asset.global_id if asset else ""
        loaded = self.window.loaded
        if gid and loaded is not None and gid in loaded.elements:
            self.window.selection.select([gid], source=SOURCE)
            self.window.view.frame([gid])
        else:
            self._say(self.tr("{0} is not an element of the open model").format(code))

    def _on_selection_changed(self, _ids: tuple[str, ...], _source: str) -> None:
        self._show_card()

    def _as_of(self) -> date:
        return date(self.plan.year, 1, 1) if self.plan else date.today()

    def card_cache(self) -> LifecycleCards:
        """The cards of the current source as of the plan's 1 January (fitted once)."""
        assert self.source is not None
        if self.cards is None or self.cards.source is not self.source:
            self.cards = LifecycleCards(self.source, self._as_of())
        return self.cards

    def _show_card(self) -> None:
        gid = self.window.selection.current
        if gid is None:
            self.card_panel.show_message(
                self.tr("Select an element to see its lifecycle estimate.")
            )
            return
        if self.source is None:
            self._read_assets_for_cards()
            return
        cards = self.card_cache()
        asset = cards.asset_of(gid)
        if asset is None:
            self.card_panel.show_message(
                self.tr("The selected element is not a maintained asset (no task or service life).")
            )
            return
        self.card_panel.show_card(
            cards.card(asset),
            self._as_of().isoformat(),
            self.plan,
            self.next_visits(asset.code),
            self.origin_text(),
        )

    def next_visits(self, code: str) -> list[Occurrence]:
        if self.plan is None:
            return []
        return [o for o in self.plan.occurrences if o.asset_code == code][:NEXT_VISITS]

    def _read_assets_for_cards(self) -> None:
        """No plan yet: read the assets once (in the background) so cards can be shown."""
        loaded, app = self.window.loaded, self.window.app
        if loaded is None:
            self.card_panel.show_message(self.tr("Lifecycle estimate: waiting for the model…"))
            return
        self.card_panel.show_message(self.tr("Reading the assets…"))
        model = loaded.path
        self.window.ops.run(
            self.tr("Lifecycle"),
            lambda progress: use_cases.read_plan_source(
                app, model, prefer_records=True, progress=progress
            ),
            self._on_assets_read,
            key=CARDS_KEY,
            quiet=True,
            supersede=True,
        )

    def _on_assets_read(self, source: PlanAssets) -> None:
        if self.source is None:
            self.source, self.cards = source, None
        self._show_card()
