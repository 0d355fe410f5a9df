"""Deterministic identifiers for generated samples.

Later issues link records to model elements by GlobalId across model revisions, so regenerating a
sample must give every object the same GlobalId. Each object has a stable key (for example
``"flat:6:1:valve"``) and its GlobalId is the compressed uuid5 of that key.
"""

from __future__ import annotations

import hashlib
import uuid

import ifcopenshell.guid

NAMESPACE = uuid.UUID("6f0c3a52-6d0e-4a8c-9a3e-2b1f3c4d5e6f")


_NAMESPACE_BYTES = NAMESPACE.bytes
_SHIFTS = tuple(range(126, -1, -6))
_IFC_CHARS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz_$"


def guid_for(key: str) -> str:
    """Return the IFC GlobalId (22 characters) for a stable key.

    It equals ``ifcopenshell.guid.compress(uuid.uuid5(NAMESPACE, key).hex)``, computed without
    the uuid and compress round trips (a large sample creates several hundred thousand).

    Example: ``guid_for("storey:6")`` is the same string on every run and every machine.
    """
    digest = bytearray(hashlib.sha1(_NAMESPACE_BYTES + key.encode("utf-8")).digest()[:16])
    digest[6] = (digest[6] & 0x0F) | 0x50  # version 5
    digest[8] = (digest[8] & 0x3F) | 0x80  # RFC 4122 variant
    number = int.from_bytes(digest, "big")
    return "".join([_IFC_CHARS[(number >> shift) & 63] for shift in _SHIFTS])


def reference_guid_for(key: str) -> str:
    """The same GlobalId through ifcopenshell's own functions (used by the tests)."""
    return ifcopenshell.guid.compress(uuid.uuid5(NAMESPACE, key).hex)


def serial_for(key: str, prefix: str, digits: int = 8) -> str:
    """Return a stable, realistic-looking serial number such as ``"GF2019-04718823"``."""
    number = int(hashlib.sha1(key.encode("utf-8")).hexdigest(), 16) % (10**digits)
    return f"{prefix}{number:0{digits}d}"
