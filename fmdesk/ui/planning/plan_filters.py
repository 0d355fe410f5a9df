"""The plan view's filters: by system, by team, in-house or contractors."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSignalBlocker
from PySide6.QtWidgets import QComboBox

if TYPE_CHECKING:
    from fmdesk.maintenance.model import Occurrence

ALL = ""
INTERNAL = "__internal__"
CONTRACTORS = "__contractors__"


class PlanFilters:
    """Mixin of :class:`~fmdesk.ui.planning.plan_view.PlanView`: fill and apply the filters."""

    def _fill_filters(self) -> None:
        plan = self.plan
        systems = sorted({a.system for a in plan.assets.values() if a.system}) if plan else []
        teams = sorted({o.team for o in plan.occurrences}) if plan else []
        self._fill(self.system_filter, [(self.tr("All systems"), ALL), *((s, s) for s in systems)])
        self._fill(self.team_filter, [(self.tr("All teams"), ALL), *((t, t) for t in teams)])
        self._fill(
            self.contractor_filter,
            [
                (self.tr("In-house and contractors"), ALL),
                (self.tr("In-house teams only"), INTERNAL),
                (self.tr("Contractors only"), CONTRACTORS),
            ],
        )

    @staticmethod
    def _fill(combo: QComboBox, entries: list[tuple[str, str]]) -> None:
        current = combo.currentData()
        with QSignalBlocker(combo):
            combo.clear()
            for text, data in entries:
                combo.addItem(text, data)
            index = combo.findData(current)
            combo.setCurrentIndex(max(index, 0))

    def set_filters(self, system: str = ALL, team: str = ALL, contractor: str = ALL) -> None:
        """Choose filter values by data (tests and the feature use it)."""
        for combo, value in (
            (self.system_filter, system),
            (self.team_filter, team),
            (self.contractor_filter, contractor),
        ):
            with QSignalBlocker(combo):
                combo.setCurrentIndex(max(combo.findData(value), 0))
        self._refresh()

    def _passes(self, occ: Occurrence) -> bool:
        assert self.plan is not None
        system, team = self.system_filter.currentData(), self.team_filter.currentData()
        contractor = self.contractor_filter.currentData()
        asset = self.plan.assets.get(occ.asset_code)
        if system and (asset is None or asset.system != system):
            return False
        if team and occ.team != team:
            return False
        if contractor:
            is_contractor = bool(
                occ.team in self.plan.teams and self.plan.teams[occ.team].contractor
            )
            if is_contractor != (contractor == CONTRACTORS):
                return False
        return True
