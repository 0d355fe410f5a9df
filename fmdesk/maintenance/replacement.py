"""Replacement planning: each asset's end-of-life year and cost, and a multi-year forecast.

Costs come from ``resources/maintenance/replacement_costs.csv`` (with their basis), the year from
the asset's lifecycle card (library, model or planner life × ISO 15686 factors, or the group's
Weibull model when its failure history supports one).
"""

from __future__ import annotations

from datetime import date

from fmdesk.maintenance.lifecycle import (
    LifeLibrary,
    LifeOverride,
    default_library,
    lifecycle_cards,
)
from fmdesk.maintenance.model import Failure, PlanAsset, Replacement


def plan_replacements(
    assets: list[PlanAsset],
    year: int,
    *,
    failures: list[Failure],
    overrides: dict[str, LifeOverride],
    group_factors: dict[str, dict[str, float]],
    library: LifeLibrary | None = None,
    handover_date: date | None = None,
    forecast_years: int = 10,
) -> tuple[list[Replacement], list[Replacement]]:
    """Replacements due in ``year`` (overdue ones included) and the ``forecast_years`` forecast.

    A unit replaced in year Y is due again Y + ESL years later, so short-lived items (fire
    extinguishers) can appear twice in ten years.
    """
    library = library or default_library()
    as_of = date(year, 1, 1)
    cards = lifecycle_cards(
        assets,
        as_of=as_of,
        failures=failures,
        overrides=overrides,
        group_factors=group_factors,
        library=library,
        handover_date=handover_date,
    )  # groups are fitted over all assets, in service or not
    last_year = year + forecast_years - 1
    forecast: list[Replacement] = []
    for asset, card in zip(assets, cards, strict=True):
        if not asset.in_service:
            continue
        due = card.replacement_year
        if due is None or card.estimated_life is None:
            continue
        due = max(due, year)
        base_basis = f"寿命 {card.estimated_life:g} 年（{card.reference_source}）；{card.basis}"
        life_basis = base_basis
        if card.end_of_life_year is not None and card.end_of_life_year < year:
            life_basis = f"已超寿命（{card.end_of_life_year} 年到期）；" + base_basis
        step = max(1, round(card.estimated_life))
        while due <= last_year:
            forecast.append(
                Replacement(
                    asset.code,
                    asset.name,
                    asset.ifc_class,
                    asset.system or "未分系统",
                    asset.location,
                    due,
                    float(card.replacement_cost or 0.0),
                    card.cost_basis,
                    life_basis,
                )
            )
            due += step
            life_basis = f"上次更换后再次到期；{base_basis}"
    forecast.sort(key=lambda r: (r.year, r.system, r.asset_code))
    return [r for r in forecast if r.year == year], forecast
