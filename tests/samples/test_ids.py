"""Stable identifiers: the fast GlobalId equals ifcopenshell's uuid5 + compress."""

from __future__ import annotations

import ifcopenshell.guid

from fmdesk.samples.ids import guid_for, reference_guid_for, serial_for


def test_fast_guid_matches_ifcopenshell_compress_of_uuid5() -> None:
    keys = [f"flat:{floor}:{unit}:valve" for floor in range(1, 41) for unit in range(1, 61)]
    keys += ["storey:B1", "户阀 1-601", ""]
    for key in keys:
        assert guid_for(key) == reference_guid_for(key)
    assert len({guid_for(key) for key in keys}) == len(keys)
    assert ifcopenshell.guid.expand(guid_for("storey:B1"))[12] == "5"  # a version-5 uuid


def test_serial_numbers_are_stable_and_prefixed() -> None:
    assert serial_for("dw:pump1", "GF96516-") == serial_for("dw:pump1", "GF96516-")
    assert serial_for("dw:pump1", "GF96516-").startswith("GF96516-")
    assert serial_for("dw:pump1", "X") != serial_for("dw:pump2", "X")
