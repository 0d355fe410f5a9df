"""Which products should have produced triangles, and why ifcopenshell says they did not.

After meshing, products with a 3D body representation that gave no triangles become
:class:`GeometryFailure` records, with the reason ifcopenshell logged about them when its log
names the element or an instance of its representation.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

import ifcopenshell

from fmdesk.bim.geometry_types import GeometryFailure

__all__ = ["expected_products", "failures_of", "has_body"]

_LOG_INSTANCE = re.compile(r"^#(\d+)\s*=")
_FLAT_CONTEXTS = ("plan", "sketch", "annotation")
_BODY_IDENTIFIERS = {"body", "facetation", "mesh", ""}
_NO_BODY_CLASSES = ("IfcAnnotation", "IfcGrid", "IfcGridAxis", "IfcVirtualElement")


def expected_products(model: ifcopenshell.file, exclude: Iterable[str]) -> set[int]:
    """STEP ids of products that should be meshed: a 3D body representation, not excluded."""
    excluded = tuple(exclude) + _NO_BODY_CLASSES
    return {
        product.id()
        for product in model.by_type("IfcProduct")
        if not any(product.is_a(c) for c in excluded) and has_body(product)
    }


def has_body(product: Any) -> bool:
    """Whether a product has a representation the viewer should be able to draw."""
    if product.is_a("IfcPort") or any(product.is_a(c) for c in _NO_BODY_CLASSES):
        return False
    if product.Representation is None:
        return False
    for representation in product.Representation.Representations or ():
        context = representation.ContextOfItems
        context_type = (context.ContextType or "").lower() if context is not None else ""
        if context_type.startswith(_FLAT_CONTEXTS):  # exporters write "Model", "model view"…
            continue
        if (representation.RepresentationIdentifier or "").lower() in _BODY_IDENTIFIERS:
            return True
    return False


def failures_of(
    model: ifcopenshell.file,
    candidates: set[int],
    empty: set[int],
    problems: list[str],
) -> list[GeometryFailure]:
    """Candidates (not meshed, or meshed empty) that have a body representation."""
    missing = [
        step_id
        for step_id in sorted(candidates)
        if step_id in empty or has_body(model.by_id(step_id))
    ]
    if not missing:
        return []
    entries = _log_entries(problems)
    failures = []
    for step_id in missing:
        product = model.by_id(step_id)
        reason = _reason_for(model, product, entries) or (
            "geometry is empty" if step_id in empty else "no geometry could be produced"
        )
        failures.append(
            GeometryFailure(product.GlobalId, product.is_a(), product.Name or "", reason)
        )
    return failures


_LOG_HEADER = re.compile(r"^\[(\w+)\] \[\w+\] \[[^\]]*\] (?:\{([^}]*)\} )?(.*)$")


def _log_entries(chunks: list[str]) -> list[tuple[str | None, int | None, str, str]]:
    """(product GlobalId, instance id, instance class, message) of logged warnings/errors.

    ifcopenshell's text log writes ``[level] [CODE] [time] {GlobalId} message`` and, on the
    following line(s), the instance concerned as ``#id=IfcClass(...)``.
    """
    entries: list[tuple[str | None, int | None, str, str]] = []
    current: list | None = None
    for line in "\n".join(chunks).splitlines():
        header = _LOG_HEADER.match(line)
        if header:
            level, guid, message = header.groups()
            keep = level in ("error", "warning")
            current = [guid, None, "", message.strip()] if keep else None
            if keep:
                entries.append(current)  # type: ignore[arg-type]
            continue
        if current is None:
            continue
        instance = _LOG_INSTANCE.match(line)
        if instance and current[1] is None:
            current[1] = int(instance.group(1))
            current[2] = line.split("=", 1)[1].split("(", 1)[0]
        elif not instance:
            current[3] = f"{current[3]} {line.strip()}".strip()
    return [(g, i, c, " ".join(m.split()).rstrip(":")) for g, i, c, m in entries]


def _reason_for(model: ifcopenshell.file, product: Any, entries: list) -> str | None:
    """The first few distinct problems logged about ``product`` or its representation."""
    related: set[int] | None = None
    messages: list[str] = []
    for guid, instance_id, instance_class, message in entries:
        if guid != product.GlobalId:
            if instance_id is None:
                continue
            if related is None:
                related = {e.id() for e in model.traverse(product.Representation)}
            if instance_id not in related:
                continue
            message = f"{message} ({instance_class} #{instance_id})"
        if message not in messages:
            messages.append(message)
        if len(messages) == 3:
            break
    return "; ".join(messages)[:300] if messages else None
