"""Lenient XML helpers for reading BCF: local names only, any namespace, never an exception.

BCF files in the wild mix versions (1.0 ``Component Selected=…``, 2.0 repeated ``Labels``,
2.1, 3.0 wrappers), add namespaces and vendor elements, or break the schema in small ways. The
reader asks for what it understands by local name and ignores the rest, as DESIGN.md's lenient
readers do.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

from lxml import etree

__all__ = [
    "attr",
    "child",
    "children",
    "flag",
    "number",
    "parse_xml",
    "text",
    "texts",
    "when",
]

_PARSER = etree.XMLParser(
    recover=True, resolve_entities=False, no_network=True, remove_comments=True, huge_tree=True
)


def parse_xml(data: bytes) -> Any | None:
    """The root element of ``data``, or None when nothing readable is there."""
    try:
        root = etree.fromstring(data, _PARSER)
    except (etree.XMLSyntaxError, ValueError):
        return None
    if root is not None:
        for element in root.iter():
            tag = element.tag
            if isinstance(tag, str) and tag[:1] == "{":
                element.tag = tag.split("}", 1)[1]  # local names only: find() stays in C
    return root


def children(element: Any, name: str) -> Iterator[Any]:
    """Direct children called ``name`` (namespaces were dropped by :func:`parse_xml`)."""
    if element is None:
        return iter(())
    return element.iterchildren(name)


def child(element: Any, name: str) -> Any | None:
    return None if element is None else next(element.iterchildren(name), None)


def text(element: Any, name: str | None = None) -> str | None:
    """The stripped text of ``element`` (or of its child ``name``); None when absent/empty."""
    node = element if name is None else child(element, name)
    if node is None or node.text is None:
        return None
    value = node.text.strip()
    return value or None


def texts(element: Any, name: str) -> list[str]:
    return [t for t in (text(c) for c in children(element, name)) if t]


def attr(element: Any, *names: str) -> str | None:
    """The first present attribute of ``names`` (BCF changed ``isExternal`` to ``IsExternal``)."""
    if element is None:
        return None
    for name in names:
        value = element.get(name)
        if value is not None and value.strip():
            return value.strip()
    return None


def flag(value: str | None, default: bool) -> bool:
    if value is None:
        return default
    return value.strip().lower() in ("true", "1", "yes")


def number(element: Any, name: str | None = None) -> float | None:
    value = text(element, name)
    if value is None:
        return None
    try:
        result = float(value.replace(",", "."))
    except ValueError:
        return None
    return result if math.isfinite(result) else None


_FRACTION = re.compile(r"(\.\d{6})\d+")


def when(value: str | None) -> datetime | None:
    """An aware UTC datetime from xs:dateTime (7-digit fractions, no zone = UTC); None when
    unreadable."""
    if not value:
        return None
    cleaned = _FRACTION.sub(r"\1", value.strip()).replace("Z", "+00:00").replace("z", "+00:00")
    try:
        parsed = datetime.fromisoformat(cleaned)
    except ValueError:
        return None
    return parsed.replace(tzinfo=UTC) if parsed.tzinfo is None else parsed.astimezone(UTC)
