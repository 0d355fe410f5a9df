"""Model ↔ records: build and refresh the asset register and the spaces from an IFC model.

Every record is linked to its element by GlobalId, so re-importing a new revision keeps all
work orders, documents and history attached. Elements missing from the new revision are kept
and marked (``in_model = False``), never deleted. Values typed by hand are not overwritten by
empty model values.

Example::

    report = import_assets(records.uow("资料员"), Path("1号楼-2027-03.ifc"))
    print(report.added, report.changed, report.removed)
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import select

from fmdesk import bim
from fmdesk.records.dto import ImportReport
from fmdesk.records.models import Asset, ModelRevision, Space
from fmdesk.records.text_guard import fit_text
from fmdesk.records.uow import UnitOfWork

# Element kinds (fmdesk.bim.classify) that are maintained equipment.
EQUIPMENT_KINDS = frozenset(
    {
        "pump",
        "tank",
        "valve",
        "meter",
        "distribution_board",
        "breaker",
        "switch",
        "transformer",
        "generator",
        "motor",
        "battery",
        "lift",
        "escalator",
        "moving_walkway",
        "transport",
        "fan",
        "damper",
        "air_terminal_box",
        "unitary_equipment",
        "chiller",
        "boiler",
        "cooling_tower",
        "compressor",
        "heat_exchanger",
        "heat_recovery",
        "filter",
        "hydrant",
        "sprinkler",
        "hose_reel",
        "breeching_inlet",
        "fire_terminal",
        "alarm",
        "sensor",
        "actuator",
        "controller",
        "control_panel",
        "instrument",
        "interceptor",
        "chamber",
        "junction_box",
    }
)
# Kinds whose failure stops a building service: criticality A when first registered.
CRITICAL_KINDS = frozenset(
    {"pump", "tank", "transformer", "lift", "generator", "hydrant", "sprinkler", "fire_terminal"}
)
LINE_KINDS = frozenset({"pipe", "cable", "duct", "cable_carrier"})
CODE_PATTERN = re.compile(r"^[A-Za-z][A-Za-z0-9]*(-[A-Za-z0-9]+)*$")
MODEL_FIELDS = (
    "name",
    "category",
    "ifc_class",
    "predefined_type",
    "type_name",
    "system",
    "storey_name",
    "space_id",
    "space_name",
    "manufacturer",
    "model",
    "serial_number",
    "barcode",
    "install_date",
    "warranty_end",
)


@dataclass(frozen=True)
class ModelAsset:
    """What the model says about one piece of equipment."""

    global_id: str
    code: str | None
    values: dict[str, Any]


def import_assets(
    uow: UnitOfWork,
    model_path: Path,
    include_lines: bool = False,
    progress: Callable[[str], None] | None = None,
) -> ImportReport:
    """Create or update the asset register and spaces from the model at ``model_path``.

    ``include_lines`` also registers pipes, cables and ducts. Raises a ModelOpenError subclass
    (one sentence) when the file cannot be read; then nothing is written.
    """
    say = progress or (lambda _message: None)
    say("opening model")
    model = bim.open_model(model_path)
    content_hash = bim.hash_model_file(model_path)
    index = bim.build_model_index(model)
    say("reading elements")
    elements = bim.read_elements(model, index)
    kinds = EQUIPMENT_KINDS | (LINE_KINDS if include_lines else frozenset())
    systems = _systems_by_member(bim.read_systems(model, index))
    spaces = list(_read_spaces(bim.read_spatial_tree(model)))
    wanted = [
        _model_asset(model, e, systems.get(e.global_id, "")) for e in elements if e.kind in kinds
    ]
    say(f"updating register ({len(wanted)} assets)")
    with uow:
        uow.begin_write()
        session = uow.session
        revision = session.scalar(
            select(ModelRevision).where(ModelRevision.content_hash == content_hash).limit(1)
        )
        same_file = revision is not None
        if revision is None:
            revision = ModelRevision(
                file_name=Path(model_path).name,
                file_path=str(Path(model_path).resolve()),
                content_hash=content_hash,
                schema=model.schema_identifier
                if hasattr(model, "schema_identifier")
                else model.schema,
                imported_by=uow.actor,
            )
            session.add(revision)
            session.flush()
        space_ids, spaces_added, spaces_removed = _sync_spaces(uow, spaces, revision.id)
        added, changed, unchanged = _sync_assets(uow, wanted, space_ids, revision.id)
        removed = _mark_removed(uow, {a.global_id for a in wanted}, kinds, revision.id)
        revision.summary = {
            "added": len(added),
            "changed": len(changed),
            "removed": len(removed),
            "unchanged": unchanged,
            "elements": len(elements),
        }
        uow.note(f"model import {Path(model_path).name}")
        uow.flush()
        report = ImportReport(
            revision_id=revision.id,
            file_name=revision.file_name,
            schema=revision.schema,
            added=added,
            changed=changed,
            removed=removed,
            unchanged=unchanged,
            spaces_added=spaces_added,
            spaces_removed=spaces_removed,
            skipped_duplicate_revision=same_file,
        )
        uow.commit()
    say("done")
    return report


@dataclass(frozen=True)
class _SpaceInfo:
    global_id: str
    name: str
    long_name: str
    kind: str
    storey_name: str
    storey_global_id: str
    parent_global_id: str


def _read_spaces(root: Any) -> Iterable[_SpaceInfo]:
    """IfcSpaces with their storey; a space that holds other spaces (or reads 住宅) is a flat."""

    def walk(node: Any, storey: Any, parent_space: Any) -> Iterable[_SpaceInfo]:
        if node.ifc_class == "IfcBuildingStorey":
            storey = node
        if node.ifc_class == "IfcSpace":
            has_rooms = any(c.ifc_class == "IfcSpace" for c in node.children)
            long_name = node.long_name or ""
            if has_rooms or "住宅" in long_name:
                kind = "flat"
            elif parent_space is not None:
                kind = "room"
            else:
                kind = "space"
            yield _SpaceInfo(
                global_id=node.global_id,
                name=node.name or node.long_name or node.global_id,
                long_name=long_name,
                kind=kind,
                storey_name=(storey.name or "") if storey is not None else "",
                storey_global_id=storey.global_id if storey is not None else "",
                parent_global_id=parent_space.global_id if parent_space is not None else "",
            )
            parent_space = node
        for child in node.children:
            yield from walk(child, storey, parent_space)

    yield from walk(root, None, None)


def _sync_spaces(
    uow: UnitOfWork, spaces: list[_SpaceInfo], revision_id: int
) -> tuple[dict[str, int], int, int]:
    session = uow.session
    existing = {s.global_id: s for s in session.scalars(select(Space)).all()}
    added = 0
    for info in spaces:
        row = existing.get(info.global_id)
        if row is None:
            row = Space(global_id=info.global_id, revision_id=revision_id)
            session.add(row)
            existing[info.global_id] = row
            added += 1
        for key in ("name", "long_name", "kind", "storey_name", "storey_global_id"):
            value = fit_text(Space, key, getattr(info, key))
            if getattr(row, key) != value:
                setattr(row, key, value)
        if row.parent_global_id != info.parent_global_id:
            row.parent_global_id = info.parent_global_id
        if not row.in_model:
            row.in_model, row.removed_revision_id = True, None
    present = {s.global_id for s in spaces}
    removed = 0
    for gid, row in existing.items():
        if gid not in present and row.in_model:
            row.in_model, row.removed_revision_id = False, revision_id
            removed += 1
    session.flush()
    return {gid: row.id for gid, row in existing.items()}, added, removed


def _sync_assets(
    uow: UnitOfWork, wanted: list[ModelAsset], space_ids: dict[str, int], revision_id: int
) -> tuple[list[str], list[str], int]:
    session = uow.session
    by_guid = {a.ifc_global_id: a for a in uow.assets.all_linked()}
    taken = set(session.scalars(select(Asset.code)).all())
    counters: dict[str, int] = {}
    added: list[str] = []
    changed: list[str] = []
    unchanged = 0
    for item in wanted:
        values = {key: fit_text(Asset, key, value) for key, value in item.values.items()}
        space_gid = values.pop("space_global_id", None)
        values["space_id"] = space_ids.get(space_gid) if space_gid else None
        row = by_guid.get(item.global_id)
        if row is None:
            code = _unique_code(item, taken, counters)
            taken.add(code)
            row = Asset(code=code, ifc_global_id=item.global_id, revision_id=revision_id)
            critical = values["category"] in CRITICAL_KINDS or values["predefined_type"] in (
                "SWITCHBOARD",
            )
            row.criticality = "A" if critical else "B"
            for key, value in values.items():
                setattr(row, key, value)
            session.add(row)
            added.append(code)
            continue
        dirty = False
        for key in MODEL_FIELDS:
            value = values.get(key)
            if value in (None, "") and key not in ("space_id", "space_name"):
                continue  # never blank out what someone typed by hand
            if getattr(row, key) != value:
                setattr(row, key, value)
                dirty = True
        if not row.in_model:
            row.in_model, row.removed_revision_id = True, None
            dirty = True
        if dirty:
            row.revision_id = revision_id
            changed.append(row.code)
        else:
            unchanged += 1
    session.flush()
    return added, changed, unchanged


def _mark_removed(
    uow: UnitOfWork, present: set[str], kinds: frozenset[str], revision_id: int
) -> list[str]:
    removed = []
    for row in uow.assets.all_linked():
        if row.ifc_global_id not in present and row.in_model and row.category in kinds:
            row.in_model, row.removed_revision_id = False, revision_id
            removed.append(row.code)
    return removed


def _model_asset(model: Any, element: Any, system: str) -> ModelAsset:
    psets = bim.read_properties(model.by_guid(element.global_id))
    handover = psets.get("FM_Handover", {})
    maker = psets.get("Pset_ManufacturerTypeInformation", {})
    occurrence = psets.get("Pset_ManufacturerOccurrence", {})
    warranty = psets.get("Pset_Warranty", {})
    installed = _as_date(
        handover.get("InstallationDate")
        or psets.get("Pset_Condition", {}).get("InstallationDate")
        or occurrence.get("InstallationDate")
        or occurrence.get("AcquisitionDate")
    )
    warranty_end = _as_date(warranty.get("WarrantyEndDate") or handover.get("WarrantyEndDate"))
    if warranty_end is None:
        warranty_end = _add_duration(
            _as_date(warranty.get("WarrantyStartDate")) or installed, warranty.get("WarrantyPeriod")
        )
    code = _clean_code(handover.get("AssetCode")) or _clean_code(element.tag)
    return ModelAsset(
        global_id=element.global_id,
        code=code,
        values={
            "name": element.name or element.type_name or element.ifc_class,
            "category": element.kind,
            "ifc_class": element.ifc_class,
            "predefined_type": element.predefined_type or "",
            "type_name": element.type_name or "",
            "system": system,
            "storey_name": element.storey_name or "",
            "space_name": element.space_name or "",
            "space_global_id": element.space_id,
            "manufacturer": _text(maker.get("Manufacturer")),
            "model": _text(maker.get("ModelLabel") or maker.get("ModelReference")),
            "serial_number": _text(occurrence.get("SerialNumber")),
            "barcode": _text(occurrence.get("BarCode")),
            "install_date": installed,
            "warranty_end": warranty_end,
        },
    )


def _systems_by_member(systems: Iterable[Any]) -> dict[str, str]:
    names: dict[str, list[str]] = {}
    for system in systems:
        for member in system.member_ids:
            names.setdefault(member, []).append(system.name or system.predefined_type or "")
    return {gid: " / ".join(dict.fromkeys(n for n in values if n)) for gid, values in names.items()}


def _unique_code(item: ModelAsset, taken: set[str], counters: dict[str, int]) -> str:
    if item.code and item.code not in taken:
        return item.code
    prefix = str(item.values["category"]).upper().replace("_", "")[:10]
    while True:
        counters[prefix] = counters.get(prefix, 0) + 1
        code = f"{prefix}-{counters[prefix]:04d}"
        if code not in taken:
            return code


def _clean_code(value: Any) -> str | None:
    """A tag is a code when it looks like one (SB-01, AL-3); Revit element ids are not."""
    text = _text(value)
    return text if text and CODE_PATTERN.match(text) and not text.isdigit() else None


def _text(value: Any) -> str:
    return "" if value is None else str(value).strip()


def _as_date(value: Any) -> date | None:
    if isinstance(value, date):
        return value
    text = _text(value)[:10]
    try:
        return date.fromisoformat(text) if text else None
    except ValueError:
        return None


def _add_duration(start: date | None, period: Any) -> date | None:
    """``start + P2Y`` (ISO 8601 years, months or days); None when either is unknown."""
    match = re.fullmatch(r"P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)D)?", _text(period))
    if start is None or not match or not any(match.groups()):
        return None
    years, months, days = (int(g or 0) for g in match.groups())
    month_index = start.month - 1 + months
    year = start.year + years + month_index // 12
    month = month_index % 12 + 1
    day = min(start.day, 28)
    return date(year, month, day) + timedelta(days=days)
