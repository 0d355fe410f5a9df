"""Plan assets from an IFC model, through the project's IFC reader (:mod:`fmdesk.bim`).

Only maintainable equipment becomes a plan asset: an element some task applies to, or one with a
service life (library or Pset_ServiceLife). Codes come from Tag (SB-01), install dates from
FM_Handover / Pset_ManufacturerOccurrence / Pset_Warranty, lives from Pset_ServiceLife or
FM_Handover, ISO 15686 factors from Pset_ServiceLifeFactors.
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path
from typing import Any

from fmdesk.maintenance.lifecycle import PSET_FACTOR_NAMES, LifeLibrary, default_library
from fmdesk.maintenance.model import CancelCheck, PlanAsset, Progress, report_progress
from fmdesk.maintenance.tasks import TaskMatcher, load_tasks

_SECONDS_PER_YEAR = 365 * 24 * 3600
_DURATION = re.compile(r"^P(?:(\d+(?:\.\d+)?)Y)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)D)?")


def assets_from_model(
    source: str | Path | Any,
    *,
    library: LifeLibrary | None = None,
    matcher: TaskMatcher | None = None,
    progress: Progress | None = None,
    cancel: CancelCheck | None = None,
) -> tuple[list[PlanAsset], date | None]:
    """Read the plan assets of a model and its handover date (the latest install date found).

    >>> assets, handover = assets_from_model("sample_residential_ifc4.ifc")  # doctest: +SKIP
    >>> sorted(a.code for a in assets if a.ifc_class == "IfcPump")  # doctest: +SKIP
    ['SB-01', 'SB-02', 'XF-01', 'XF-02']
    """
    from fmdesk import bim
    from fmdesk.bim.classify import DISTRIBUTION_RUN_KINDS

    not_assets = DISTRIBUTION_RUN_KINDS | {"port"}
    model = bim.open_model(source) if isinstance(source, str | Path) else source
    index = bim.build_model_index(model)
    library = library or default_library()
    matcher = matcher or TaskMatcher(load_tasks())
    systems = _systems_by_element(bim.read_systems(model, index))
    elements = bim.read_elements(model, index)
    assets: list[PlanAsset] = []
    seen: dict[str, int] = {}
    total = len(elements)
    for number, element in enumerate(elements):
        if number % 200 == 0:
            report_progress(progress, cancel, number, total)
        if element.kind in not_assets:
            continue
        ifc_class = effective_class(element.ifc_class, element.type_class)
        if not _is_equipment(model, element):
            continue
        system_name, system_type = systems.get(element.global_id, ("", ""))
        if element.kind == "lift" and system_type in ("", "ELECTRICAL"):
            system_name, system_type = "电梯", ""  # a lift is a load of the power system, not in it
        probe = PlanAsset(
            code="",
            name=element.name or "",
            ifc_class=ifc_class,
            predefined_type=(element.predefined_type or "").upper(),
            type_name=element.type_name or "",
            system_type=system_type,
        )
        psets = bim.read_properties(model.by_id(element.step_id))
        life, life_source = _service_life(psets)
        if not (matcher.tasks_for(probe) or library.lookup(probe) or life):
            continue
        code = element.tag or _pset_text(psets, "FM_Handover", "AssetCode") or element.name
        code = code or element.global_id
        if code in seen:  # two elements with one tag: keep both, distinguishably
            seen[code] += 1
            code = f"{code}#{seen[code]}"
        else:
            seen[code] = 1
        assets.append(
            PlanAsset(
                code=code,
                name=element.name or code,
                ifc_class=ifc_class,
                predefined_type=probe.predefined_type,
                type_name=probe.type_name,
                kind=element.kind,
                system=system_name,
                system_type=system_type,
                location=" ".join(p for p in (element.storey_name, element.space_name) if p),
                install_date=_install_date(psets),
                service_life_years=life,
                service_life_source=life_source,
                factors=_factors(psets),
                global_id=element.global_id,
            )
        )
    report_progress(progress, cancel, total, total)
    return assets, model_handover_date(model, assets)


_HANDOVER_PROPS = ("HandoverDate", "HandOverDate", "交付日期", "DateOfHandover", "CompletionDate")


def model_handover_date(model: Any, assets: list[PlanAsset]) -> date | None:
    """A handover date written on the project, site or building (any pset property named like
    ``HandoverDate`` / 交付日期), else the latest install date of the model's equipment."""
    from fmdesk import bim

    for cls in ("IfcProject", "IfcBuilding", "IfcSite"):
        for entity in model.by_type(cls):
            for props in bim.read_properties(entity).values():
                for name in _HANDOVER_PROPS:
                    found = _parse_date(props.get(name))
                    if found:
                        return found
    installs = [a.install_date for a in assets if a.install_date]
    return max(installs) if installs else None


def effective_class(ifc_class: str, type_class: str | None) -> str:
    """``IfcPump`` for an IFC2X3 ``IfcFlowMovingDevice`` typed by ``IfcPumpType``."""
    from fmdesk.bim.classify import GENERIC_CLASSES

    if ifc_class in GENERIC_CLASSES and type_class and type_class.endswith("Type"):
        return type_class[: -len("Type")]
    return ifc_class


def _is_equipment(model: Any, element: Any) -> bool:
    entity = model.by_id(element.step_id)
    return entity.is_a("IfcDistributionElement") or entity.is_a("IfcTransportElement")


def _systems_by_element(systems: list[Any]) -> dict[str, tuple[str, str]]:
    found: dict[str, tuple[str, str]] = {}
    for system in systems:
        for member in system.member_ids:
            found.setdefault(member, (system.name or "", (system.predefined_type or "").upper()))
    return found


def _pset_text(psets: dict, pset: str, prop: str) -> str:
    value = psets.get(pset, {}).get(prop)
    return str(value).strip() if value not in (None, "") else ""


def _parse_date(value: Any) -> date | None:
    if isinstance(value, date):
        return value
    if isinstance(value, str) and len(value) >= 10:
        try:
            return date.fromisoformat(value[:10])
        except ValueError:
            return None
    return None


def _install_date(psets: dict) -> date | None:
    for pset, prop in (
        ("FM_Handover", "InstallationDate"),
        ("Pset_Condition", "InstallationDate"),
        ("Pset_ManufacturerOccurrence", "AcquisitionDate"),
        ("Pset_Warranty", "WarrantyStartDate"),
    ):
        found = _parse_date(psets.get(pset, {}).get(prop))
        if found:
            return found
    return None


def _service_life(psets: dict) -> tuple[float | None, str]:
    life = psets.get("Pset_ServiceLife", {})
    for prop in ("ServiceLifeDuration", "ExpectedServiceLife", "ServiceLife"):
        years = _years(life.get(prop))
        if years:
            return years, f"模型 Pset_ServiceLife.{prop}"
    years = _years(psets.get("FM_Handover", {}).get("ExpectedServiceLifeYears"), plain_years=True)
    if years:
        return years, "模型 FM_Handover.ExpectedServiceLifeYears"
    return None, ""


def _years(value: Any, plain_years: bool = False) -> float | None:
    """Years from an ISO 8601 duration ("P15Y"), seconds (IFC2X3 IfcTimeMeasure) or a number."""
    if isinstance(value, dict):
        value = value.get("SetPointValue") or value.get("UpperBoundValue")
    if isinstance(value, str):
        match = _DURATION.match(value.strip())
        if match and any(match.groups()):
            y, m, d = (float(g) if g else 0.0 for g in match.groups())
            return round(y + m / 12 + d / 365.25, 2) or None
        try:
            value = float(value)
        except ValueError:
            return None
    if isinstance(value, int | float) and value > 0:
        if plain_years or value < 1000:
            return float(value)
        return round(value / _SECONDS_PER_YEAR, 2)
    return None


def _factors(psets: dict) -> dict[str, float]:
    found: dict[str, float] = {}
    for prop, letter in PSET_FACTOR_NAMES.items():
        value = psets.get("Pset_ServiceLifeFactors", {}).get(prop)
        if isinstance(value, dict):
            value = value.get("SetPointValue") or value.get("LowerBoundValue")
        if isinstance(value, int | float) and value > 0:
            found[letter] = float(value)
    return found
