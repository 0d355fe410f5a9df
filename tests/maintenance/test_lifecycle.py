from __future__ import annotations

import csv
import math
from datetime import date, timedelta
from pathlib import Path

import numpy as np
import pytest

from fmdesk.maintenance.lifecycle import (
    FACTORS,
    LifeLibrary,
    LifeOverride,
    fit_groups,
    lifecycle_card,
)
from fmdesk.maintenance.model import Failure, PlanAsset
from fmdesk.maintenance.reliability import fit_weibull
from fmdesk.maintenance.resources import read_table, resource_path

REFERENCE = "reference/service_life.csv"
AS_OF = date(2027, 1, 1)


def test_library_rows_keep_the_reference_lives_and_sources(shared_dir: Path) -> None:
    library = read_table(resource_path("service_life.csv"))
    assert all(row["source"] for row in library)
    if not (shared_dir / REFERENCE).exists():
        pytest.skip(f"{REFERENCE} is not in ../shared")
    with (shared_dir / REFERENCE).open(encoding="utf-8") as stream:
        reference = {row["equipment"]: row for row in csv.DictReader(stream)}
    for row in library:
        ref = reference[row["equipment"]]
        assert float(row["life_years"]) == float(ref["median_life_years"])
        assert row["source"] == ref["source"]
        assert (
            row["ifc_class"] == ref["ifc_hint"] or ref["ifc_hint"] == "IfcElectricDistributionBoard"
        )
    assert {row["equipment"] for row in library} == set(reference)


def test_lookup_prefers_predefined_type_then_type_object_then_class_default() -> None:
    library = LifeLibrary.load()
    inline = PlanAsset("P1", "泵", "IfcPump", "VERTICALINLINE")
    assert library.lookup(inline).life_years == 10
    assert library.lookup(PlanAsset("P2", "泵", "IfcPump")).life_years == 20
    co2 = PlanAsset("E1", "二氧化碳灭火器", "IfcFireSuppressionTerminal")
    assert library.lookup(co2).life_years == 12
    hydrant = PlanAsset("H1", "室内消火栓", "IfcFireSuppressionTerminal", "FIREHYDRANT")
    assert library.lookup(hydrant) is None


def test_factor_method_multiplies_the_reference_life_and_shows_each_factor() -> None:
    asset = PlanAsset(
        "SB-01",
        "生活水泵1#",
        "IfcPump",
        "VERTICALINLINE",
        install_date=date(2019, 6, 30),
        factors={"D": 0.8},
    )
    card = lifecycle_card(
        asset,
        as_of=AS_OF,
        override=LifeOverride(factors={"G": 1.2}),
        group_factors={"D": 0.5, "A": 1.1},
    )
    assert card.reference_life == 10
    values = {f.letter: (f.value, f.source) for f in card.factors}
    assert values["D"] == (0.8, "模型 Pset_ServiceLifeFactors")  # the model beats the group
    assert values["G"] == (1.2, "本设备设定")
    assert values["A"] == (1.1, "同类设备设定")
    assert values["B"] == (1.0, "默认")
    assert card.estimated_life == pytest.approx(10 * 0.8 * 1.2 * 1.1)
    assert [f.meaning for f in card.factors] == [m for m, _ in FACTORS.values()]
    assert card.end_of_life_year == 2019 + math.floor(10.56 + 180 / 365.25)
    assert card.remaining_years == pytest.approx(card.estimated_life - card.age_years, abs=0.01)


def test_overrides_beat_the_model_which_beats_the_library() -> None:
    asset = PlanAsset("BYQ-01", "变压器", "IfcTransformer", service_life_years=25.0)
    assert lifecycle_card(asset, as_of=AS_OF).reference_life == 25.0
    over = lifecycle_card(asset, as_of=AS_OF, override=LifeOverride(service_life_years=18))
    assert over.reference_life == 18 and over.reference_source == "计划员设定"
    no_date = lifecycle_card(asset, as_of=AS_OF, handover_date=date(2020, 5, 1))
    assert no_date.install_date == date(2020, 5, 1) and "交付" in no_date.install_source
    unknown = lifecycle_card(PlanAsset("X", "x", "IfcWidget"), as_of=AS_OF)
    assert unknown.end_of_life_year is None and "请填写" in unknown.reference_source


def _simulated_pumps(seed: int = 7) -> tuple[list[PlanAsset], list[Failure]]:
    """40 pumps whose lives follow Weibull(β=2.5, η=8 years), renewed at each failure."""
    rng = np.random.default_rng(seed)
    assets, failures = [], []
    for number in range(40):
        installed = date(2008, 1, 1) + timedelta(days=int(rng.integers(0, 365 * 6)))
        assets.append(
            PlanAsset(
                f"B-{number:02d}", f"水泵{number}", "IfcPump", kind="pump", install_date=installed
            )
        )
        start = installed
        while True:
            life = 8.0 * rng.weibull(2.5)
            failed = start + timedelta(days=int(life * 365.25))
            if failed > AS_OF:
                break
            failures.append(Failure(f"B-{number:02d}", failed))
            start = failed
    return assets, failures


def test_weibull_fit_with_censoring_recovers_the_wear_out_and_explains_itself() -> None:
    assets, failures = _simulated_pumps()
    fits, _counts = fit_groups(assets, failures, AS_OF)
    fit = fits["pump"]
    assert 1.6 < fit.shape < 4.0
    assert 6.0 < fit.scale < 10.5
    assert fit.failures == len(failures) and fit.units == 40 and fit.censored == 40
    card = lifecycle_card(
        assets[0], as_of=AS_OF, fit=fit, group_size=40, group_failures=len(failures)
    )
    assert f"基于 40 台水泵中的 {len(failures)} 次故障" in card.basis
    assert 0.0 < card.reliability_next_year < 1.0
    assert card.replacement_year is not None and card.replacement_year >= AS_OF.year


def test_too_few_failures_fall_back_to_the_library_and_say_so() -> None:
    assets, failures = _simulated_pumps()
    few = failures[:3]
    fits, counts = fit_groups(assets, few, AS_OF)
    assert "pump" not in fits and counts["pump"] == (40, 3)
    assert fit_weibull("pump", assets, few, AS_OF) is None
    card = lifecycle_card(assets[0], as_of=AS_OF, group_size=40, group_failures=3)
    assert "故障记录不足" in card.basis and "40 台水泵中 3 次故障" in card.basis
    assert card.replacement_year == card.end_of_life_year
