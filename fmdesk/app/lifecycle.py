"""Use cases of lifecycle estimates (寿命估算): service life, ISO 15686 factors, end-of-life.

``estimate_lifecycles`` is ``fmdesk lifecycle``; :class:`LifecycleCards` gives the desktop app's
lifecycle card of one asset at a time, fitting each group's Weibull model once per plan::

    report = estimate_lifecycles(app, as_of=date(2027, 1, 1), model=Path("building.ifc"))
    cards = LifecycleCards(planned.source, date(2027, 1, 1)); cards.card(asset)
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from fmdesk.app.context import App
from fmdesk.app.planning import read_plan_source
from fmdesk.app.results import Result
from fmdesk.i18n import _t
from fmdesk.records.errors import NotFoundError

if TYPE_CHECKING:
    from fmdesk.maintenance.annual import PlanAssets
    from fmdesk.maintenance.lifecycle import LifecycleCard
    from fmdesk.maintenance.model import PlanAsset

__all__ = ["LifecycleCards", "LifecycleReport", "estimate_lifecycles"]


@dataclass(frozen=True)
class LifecycleReport(Result):
    as_of: date
    cards: list[LifecycleCard]

    def to_dict(self) -> dict[str, Any]:
        return {"as_of": self.as_of.isoformat(), "cards": [c.as_dict() for c in self.cards]}


def estimate_lifecycles(
    app: App,
    as_of: date,
    *,
    model: Path | None = None,
    overrides: Path | None = None,
    assets: Sequence[str] = (),
) -> LifecycleReport:
    """Cards of every asset of ``model`` (else of the records database, with its failure
    history), or only of the ``assets`` codes; life overrides and factors from ``overrides``."""
    from fmdesk.maintenance.lifecycle import lifecycle_cards, read_life_overrides

    source = read_plan_source(app, model)
    per_asset, per_group = read_life_overrides(overrides) if overrides else ({}, {})
    cards = lifecycle_cards(
        source.assets,
        as_of=as_of,
        failures=source.failures,
        overrides=per_asset,
        group_factors=per_group,
        handover_date=source.handover_date,
    )
    if assets:
        wanted = set(assets)
        cards = [c for c in cards if c.asset_code in wanted]
        missing = wanted - {c.asset_code for c in cards}
        if missing:
            raise NotFoundError(
                _t("No asset {codes}; check the asset codes.", codes=", ".join(sorted(missing)))
            )
    return LifecycleReport(as_of, cards)


@dataclass
class LifecycleCards:
    """Lifecycle cards of the assets of one plan source, as of one date (the plan's 1 January).

    The Weibull fits of the groups are computed on the first card asked for, then reused.
    """

    source: PlanAssets
    as_of: date
    _fits: tuple[dict, dict] | None = field(default=None, repr=False)

    def asset_of(self, global_id: str) -> PlanAsset | None:
        """The maintained asset that is the model element ``global_id`` (None: not one)."""
        return next((a for a in self.source.assets if a.global_id == global_id), None)

    def card(self, asset: PlanAsset) -> LifecycleCard:
        from fmdesk.maintenance.lifecycle import fit_groups, group_key, lifecycle_card

        if self._fits is None:
            self._fits = fit_groups(self.source.assets, self.source.failures, self.as_of)
        fits, counts = self._fits
        key = group_key(asset)
        units, failed = counts.get(key, (0, 0))
        return lifecycle_card(
            asset,
            as_of=self.as_of,
            handover_date=self.source.handover_date,
            fit=fits.get(key),
            group_size=units,
            group_failures=failed,
        )
