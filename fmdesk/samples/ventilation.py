"""Pump-room ventilation (排风系统): exhaust fan → two duct segments → louvre in the outer wall."""

from __future__ import annotations

from fmdesk.samples.context import BuildContext
from fmdesk.samples.psets import Handover, add_fm_psets

SYSTEM = "sys:exhaust"


def add_ventilation(ctx: BuildContext) -> None:
    """Create the small exhaust system of the pump room."""
    w = ctx.writer
    w.add_system(SYSTEM, "排风系统", "EXHAUST", "水泵房机械排风")
    room = ctx.spaces["space:pump_room"]
    z = ctx.storeys[0].elevation + 3.6
    fan = ctx.put(
        "fan",
        "ve:fan",
        "水泵房排风机 (PF-01)",
        0,
        room,
        start=(12.0, 12.0, z),
        end=(12.8, 12.0, z),
        tag="PF-01",
    )
    add_fm_psets(w, fan.entity, fan.key, "PF-01", Handover("DT-", service_life_years=12))
    ctx.equipment["PF-01"] = fan
    duct1 = ctx.put(
        "duct", "ve:duct:1", "排风管 PF-01-1", 0, room, start=(12.8, 12.0, z), end=(13.4, 12.0, z)
    )
    duct2 = ctx.put(
        "duct", "ve:duct:2", "排风管 PF-01-2", 0, room, start=(13.4, 12.0, z), end=(13.9, 12.0, z)
    )
    louvre = ctx.put(
        "louvre",
        "ve:louvre",
        "防雨百叶 (BY-01)",
        0,
        room,
        start=(13.9, 12.0, z),
        end=(14.0, 12.0, z),
        tag="BY-01",
    )
    w.connect(fan, duct1, (12.8, 12.0, z), SYSTEM)
    w.connect(duct1, duct2, (13.4, 12.0, z), SYSTEM)
    w.connect(duct2, louvre, (13.9, 12.0, z), SYSTEM)
