"""Lifecycle estimates: reference service life, ISO 15686 factors, age, remaining life, end of life.

Reference service life (RSL), best first: the planner's per-asset override; the asset's own value
(the model's Pset_ServiceLife or the register); the service-life library
(``resources/maintenance/service_life.csv``, keyed by IFC class, predefined type and type object).
ESL = RSL × A × B × C × D × E × F × G (ISO 15686-8 factor method); factors default to 1.0 and come
from the per-asset override, the asset's Pset_ServiceLifeFactors, or a group setting. Where the
group's failure history supports it, a Weibull model refines the replacement year.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from fmdesk.i18n import _t
from fmdesk.maintenance.model import Failure, PlanAsset
from fmdesk.maintenance.reliability import MIN_FAILURES, WeibullFit, fit_weibull
from fmdesk.maintenance.resources import ReferenceDataError, read_table, resource_path

FACTORS: dict[str, tuple[str, str]] = {
    "A": ("构件质量", "quality of components"),
    "B": ("设计水平", "design level"),
    "C": ("施工质量", "work execution level"),
    "D": ("室内环境", "indoor environment"),
    "E": ("室外环境", "outdoor environment"),
    "F": ("使用条件", "in-use conditions"),
    "G": ("维护水平", "maintenance level"),
}
"""ISO 15686-8 factors A..G with their meaning (Chinese for the UI, English for reports)."""

KIND_WORDS = {
    "pump": "水泵",
    "valve": "阀门",
    "meter": "水表",
    "lift": "电梯",
    "hydrant": "消火栓",
    "fan": "风机",
    "tank": "水箱",
    "transformer": "变压器",
    "distribution_board": "配电箱",
    "breaker": "断路器",
    "chamber": "检查井",
    "air_terminal": "风口",
}
"""Words for the kinds of :mod:`fmdesk.bim.classify` in sentences such as "40 台水泵中"."""

PSET_FACTOR_NAMES = {
    "QualityOfComponents": "A",
    "DesignLevel": "B",
    "WorkExecutionLevel": "C",
    "IndoorEnvironment": "D",
    "OutdoorEnvironment": "E",
    "InUseConditions": "F",
    "MaintenanceLevel": "G",
}
"""Pset_ServiceLifeFactors property → factor letter."""


@dataclass(frozen=True)
class LifeEntry:
    """One row of the service-life library."""

    ifc_class: str
    predefined_type: str
    type_object: str
    equipment: str
    life_years: float
    range_years: str
    is_default: bool
    source: str
    note: str


@dataclass(frozen=True)
class CostEntry:
    ifc_class: str
    predefined_type: str
    type_object: str
    cost: float
    basis: str


@dataclass
class LifeOverride:
    """What the planner set for one asset or group; a field left ``None`` is not overridden."""

    install_date: date | None = None
    service_life_years: float | None = None
    factors: dict[str, float] = field(default_factory=dict)
    replacement_cost: float | None = None


@dataclass(frozen=True)
class FactorLine:
    letter: str
    meaning: str
    meaning_en: str
    value: float
    source: str


@dataclass(frozen=True)
class LifecycleCard:
    """Everything the lifecycle panel shows for one asset, with the basis of each number."""

    asset_code: str
    asset_name: str
    reference_life: float | None
    reference_source: str
    factors: tuple[FactorLine, ...]
    estimated_life: float | None
    install_date: date | None
    install_source: str
    age_years: float | None
    remaining_years: float | None
    end_of_life_year: int | None
    replacement_year: int | None
    reliability_next_year: float | None
    basis: str
    replacement_cost: float | None
    cost_basis: str

    def as_dict(self) -> dict:
        data = dict(self.__dict__)
        data["factors"] = [f.__dict__ for f in self.factors]
        return data


class LifeLibrary:
    """The service-life and replacement-cost tables, looked up by class, type and type object.

    >>> LifeLibrary.load().lookup(PlanAsset("T1", "变压器", "IfcTransformer")).life_years
    30.0
    """

    def __init__(self, entries: list[LifeEntry], costs: list[CostEntry]) -> None:
        self.entries = entries
        self.costs = costs
        self._by_class: dict[str, list[LifeEntry]] = {}
        for entry in entries:
            self._by_class.setdefault(entry.ifc_class.lower(), []).append(entry)
        self._costs_by_class: dict[str, list[CostEntry]] = {}
        for cost in costs:
            self._costs_by_class.setdefault(cost.ifc_class.lower(), []).append(cost)

    @classmethod
    def load(cls, life_path: Path | None = None, cost_path: Path | None = None) -> LifeLibrary:
        life_path = life_path or resource_path("service_life.csv")
        cost_path = cost_path or resource_path("replacement_costs.csv")
        entries = []
        for number, row in enumerate(read_table(life_path), start=2):
            try:
                life = float(row["life_years"])
            except (KeyError, ValueError):
                raise ReferenceDataError(
                    _t(
                        "{name} row {number}: life_years is not a number; correct it.",
                        name=life_path.name,
                        number=number,
                    )
                ) from None
            entries.append(
                LifeEntry(
                    row.get("ifc_class", ""),
                    row.get("predefined_type", "").upper(),
                    row.get("type_object", ""),
                    row.get("equipment", ""),
                    life,
                    row.get("range_years", ""),
                    row.get("is_default", "").lower() in ("yes", "true", "1"),
                    row.get("source", ""),
                    row.get("note", ""),
                )
            )
        costs = []
        for row in read_table(cost_path):
            try:
                cost = float(row["cost_cny"])
            except (KeyError, ValueError):
                continue
            costs.append(
                CostEntry(
                    row.get("ifc_class", ""),
                    row.get("predefined_type", "").upper(),
                    row.get("type_object", ""),
                    cost,
                    row.get("basis", ""),
                )
            )
        return cls(entries, costs)

    def lookup(self, asset: PlanAsset) -> LifeEntry | None:
        """The most specific row: class+type+object, class+type, class+object, class default."""
        rows = self._by_class.get(asset.ifc_class.lower(), [])
        return _best(rows, asset, lambda r: r.is_default)

    def cost(self, asset: PlanAsset) -> CostEntry | None:
        rows = self._costs_by_class.get(asset.ifc_class.lower(), [])
        return _best(rows, asset, lambda r: not r.predefined_type and not r.type_object)


def _best(rows: list, asset: PlanAsset, is_default) -> object | None:
    predefined = asset.predefined_type.upper()
    text = f"{asset.type_name} {asset.name}".lower()
    scored = []
    for row in rows:
        if row.predefined_type and row.predefined_type != predefined:
            continue
        object_ok = not row.type_object or row.type_object.lower() in text
        if not object_ok and not is_default(row):
            continue
        score = 2 * bool(row.predefined_type) + (bool(row.type_object) and object_ok)
        if score == 0 and not is_default(row):
            continue
        scored.append((score, is_default(row), row))
    if not scored:
        return None
    scored.sort(key=lambda item: (item[0], item[1]), reverse=True)
    return scored[0][2]


def lifecycle_card(
    asset: PlanAsset,
    *,
    as_of: date,
    library: LifeLibrary | None = None,
    override: LifeOverride | None = None,
    group_factors: dict[str, float] | None = None,
    handover_date: date | None = None,
    fit: WeibullFit | None = None,
    group_size: int | None = None,
    group_failures: int | None = None,
) -> LifecycleCard:
    """Estimate one asset's life, age and end-of-life year, and say what each number rests on.

    ``fit`` is the group's Weibull model (see :func:`fit_groups`); without one the library or
    model life decides the replacement year and ``basis`` says the history was too thin.

    >>> card = lifecycle_card(PlanAsset("BYQ-01", "变压器", "IfcTransformer",
    ...     install_date=date(2019, 6, 30)), as_of=date(2027, 1, 1))
    >>> card.end_of_life_year, card.reference_source.startswith("库")
    (2049, True)
    """
    library = library or default_library()
    override = override or LifeOverride()
    rsl, rsl_source = _reference_life(asset, library, override)
    factors = _factor_lines(asset, override, group_factors or {})
    product = math.prod(f.value for f in factors)
    esl = rsl * product if rsl is not None else None
    install, install_source = _install_date(asset, override, handover_date)
    age = (as_of - install).days / 365.25 if install else None
    remaining = esl - age if esl is not None and age is not None else None
    end_year = _end_year(install, esl)
    replacement_year, reliability, basis = _replacement_basis(
        asset, end_year, age, fit, group_size, group_failures, as_of
    )
    cost, cost_basis = _cost(asset, library, override)
    return LifecycleCard(
        asset.code,
        asset.name,
        rsl,
        rsl_source,
        tuple(factors),
        round(esl, 2) if esl is not None else None,
        install,
        install_source,
        round(age, 2) if age is not None else None,
        round(remaining, 2) if remaining is not None else None,
        end_year,
        replacement_year,
        reliability,
        basis,
        cost,
        cost_basis,
    )


def _reference_life(
    asset: PlanAsset, library: LifeLibrary, override: LifeOverride
) -> tuple[float | None, str]:
    if override.service_life_years:
        return override.service_life_years, "计划员设定"
    if asset.service_life_years:
        return asset.service_life_years, asset.service_life_source or "模型/台账 Pset_ServiceLife"
    entry = library.lookup(asset)
    if entry is None:
        return None, "库中无此类设备，请填写使用寿命"
    return entry.life_years, f"库: {entry.equipment}（{entry.source}）"


def _factor_lines(
    asset: PlanAsset, override: LifeOverride, group: dict[str, float]
) -> list[FactorLine]:
    lines = []
    for letter, (meaning, meaning_en) in FACTORS.items():
        if letter in override.factors:
            value, source = override.factors[letter], "本设备设定"
        elif letter in asset.factors:
            value, source = asset.factors[letter], "模型 Pset_ServiceLifeFactors"
        elif letter in group:
            value, source = group[letter], "同类设备设定"
        else:
            value, source = 1.0, "默认"
        lines.append(FactorLine(letter, meaning, meaning_en, float(value), source))
    return lines


def _install_date(
    asset: PlanAsset, override: LifeOverride, handover: date | None
) -> tuple[date | None, str]:
    if override.install_date:
        return override.install_date, "计划员设定"
    if asset.install_date:
        return asset.install_date, "台账/模型安装日期"
    if handover:
        return handover, "模型交付日期（无安装日期）"
    return None, "无安装日期"


def _end_year(install: date | None, esl: float | None) -> int | None:
    if install is None or esl is None:
        return None
    return install.year + math.floor(esl + (install.timetuple().tm_yday - 1) / 365.25)


def _replacement_basis(
    asset: PlanAsset,
    end_year: int | None,
    age: float | None,
    fit: WeibullFit | None,
    group_size: int | None,
    group_failures: int | None,
    as_of: date,
) -> tuple[int | None, float | None, str]:
    label = KIND_WORDS.get(asset.kind, asset.kind or asset.ifc_class)
    if fit is not None and age is not None:
        reliability = round(fit.conditional_reliability(age, 1.0), 4)
        evidence = (
            f"基于 {fit.units} 台{label}中的 {fit.failures} 次故障"
            f"（威布尔 β={fit.shape:.2f}, η={fit.scale:.1f} 年；"
            f"未来一年无故障概率 {reliability:.0%}）"
        )
        replace_age = fit.replacement_age()
        if replace_age is None:
            return (
                end_year,
                reliability,
                evidence + "；β≤1 属随机故障，按年限更换无益，沿用寿命年限",
            )
        year = as_of.year + max(0, math.ceil(replace_age - age))
        return year, reliability, evidence + f"；一年内故障概率超过 10% 的年份: {year}"
    if group_size is not None:
        have = group_failures or 0
        thin = (
            f"故障记录不足（{group_size} 台{label}中 {have} 次故障，少于 {MIN_FAILURES} 次），"
            "按寿命库/模型年限"
        )
        return end_year, None, thin
    return end_year, None, "按寿命库/模型年限"


def _cost(
    asset: PlanAsset, library: LifeLibrary, override: LifeOverride
) -> tuple[float | None, str]:
    if override.replacement_cost is not None:
        return override.replacement_cost, "计划员设定"
    if asset.replacement_cost is not None:
        return asset.replacement_cost, "台账"
    entry = library.cost(asset)
    if entry is None:
        return None, "无费用数据"
    return entry.cost, entry.basis


def group_key(asset: PlanAsset) -> str:
    """Assets that share a life model: same kind if known, else same class and predefined type."""
    return asset.kind or f"{asset.ifc_class}:{asset.predefined_type}"


def fit_groups(
    assets: list[PlanAsset], failures: list[Failure], as_of: date
) -> tuple[dict[str, WeibullFit], dict[str, tuple[int, int]]]:
    """Weibull fits of every group with enough failures, and (units, failures) of every group."""
    groups: dict[str, list[PlanAsset]] = {}
    for asset in assets:
        groups.setdefault(group_key(asset), []).append(asset)
    codes_by_group = {k: {a.code for a in v} for k, v in groups.items()}
    counts: dict[str, tuple[int, int]] = {}
    fits: dict[str, WeibullFit] = {}
    for key, members in groups.items():
        own = [f for f in failures if f.asset_code in codes_by_group[key]]
        counts[key] = (len(members), len(own))
        if len(own) >= MIN_FAILURES:
            fit = fit_weibull(key, members, own, as_of)
            if fit is not None:
                fits[key] = fit
    return fits, counts


_DEFAULT: LifeLibrary | None = None


def default_library() -> LifeLibrary:
    """The bundled library, read once."""
    global _DEFAULT
    if _DEFAULT is None:
        _DEFAULT = LifeLibrary.load()
    return _DEFAULT


def lifecycle_cards(
    assets: list[PlanAsset],
    *,
    as_of: date,
    failures: list[Failure] | None = None,
    overrides: dict[str, LifeOverride] | None = None,
    group_factors: dict[str, dict[str, float]] | None = None,
    library: LifeLibrary | None = None,
    handover_date: date | None = None,
) -> list[LifecycleCard]:
    """Cards of many assets, fitting each group's Weibull model once (for tables and reports).

    ``group_factors`` is keyed by group (kind, e.g. "pump") or by IFC class.

    >>> [c.asset_code for c in lifecycle_cards([PlanAsset("T1", "变压器", "IfcTransformer")],
    ...                                        as_of=date(2027, 1, 1))]
    ['T1']
    """
    fits, counts = fit_groups(assets, failures or [], as_of)
    overrides = overrides or {}
    group_factors = group_factors or {}
    cards = []
    for asset in assets:
        key = group_key(asset)
        units, failed = counts.get(key, (0, 0))
        cards.append(
            lifecycle_card(
                asset,
                as_of=as_of,
                library=library,
                override=overrides.get(asset.code),
                group_factors=group_factors.get(key) or group_factors.get(asset.ifc_class),
                handover_date=handover_date,
                fit=fits.get(key),
                group_size=units,
                group_failures=failed,
            )
        )
    return cards


_NO_TARGET = _t("{where}: target is missing (an asset code or group:category); fill it in.").text
_BAD_VALUE = _t("{where}: a number or date is wrong; dates as 2019-06-30, factors as 0.9.").text
_OUT_OF_RANGE = _t("{where}: factors must be between 0.1 and 5 and lives above 0; correct it.").text


def read_life_overrides(
    path: Path,
) -> tuple[dict[str, LifeOverride], dict[str, dict[str, float]]]:
    """Per-asset overrides and per-group factors from a planner's CSV.

    Columns: ``target`` (an asset code, ``group:pump`` or ``class:IfcPump``), ``install_date``,
    ``service_life_years``, ``A`` … ``G`` (ISO 15686 factors), ``replacement_cost``; blank cells
    change nothing. Groups take only factors.

    >>> import tempfile, pathlib
    >>> p = pathlib.Path(tempfile.mkdtemp()) / "o.csv"
    >>> _ = p.write_text("target,install_date,D\\nSB-01,2012-05-01,\\ngroup:pump,,0.8\\n")
    >>> per_asset, per_group = read_life_overrides(p)
    >>> per_asset["SB-01"].install_date, per_group["pump"]
    (datetime.date(2012, 5, 1), {'D': 0.8})
    """
    from fmdesk.maintenance.resources import ReferenceDataError

    per_asset: dict[str, LifeOverride] = {}
    per_group: dict[str, dict[str, float]] = {}
    for number, row in enumerate(read_table(path), start=2):
        where = _t("{file} row {number}", file=path.name, number=number)
        target = row.get("target", "")
        if not target:
            raise ReferenceDataError(_t(_NO_TARGET, where=where))
        try:
            factors = {k: float(row[k]) for k in FACTORS if row.get(k)}
            life = float(row["service_life_years"]) if row.get("service_life_years") else None
            cost = float(row["replacement_cost"]) if row.get("replacement_cost") else None
            installed = date.fromisoformat(row["install_date"]) if row.get("install_date") else None
        except ValueError:
            raise ReferenceDataError(_t(_BAD_VALUE, where=where)) from None
        if any(not 0.1 <= v <= 5 for v in factors.values()) or (life is not None and life <= 0):
            raise ReferenceDataError(_t(_OUT_OF_RANGE, where=where))
        if target.startswith(("group:", "class:")):
            per_group[target.split(":", 1)[1]] = factors
        else:
            per_asset[target] = LifeOverride(installed, life, factors, cost)
    return per_asset, per_group
