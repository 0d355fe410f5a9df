"""Kinds and places in the user's words: "生活水泵 B1 (水泵, 地下一层 水泵房)", not ``IfcPump``.

A duty engineer reads what a thing is and where it is; IFC class names stay in ``--json`` and
the Properties panel. The kind words come from the schema-independent kinds of
:mod:`fmdesk.bim.classify` and are translated through the core catalogue.
"""

from __future__ import annotations

from typing import Protocol

from fmdesk.i18n import Msg, _t, current_language, lookup, render

__all__ = ["Labelled", "kind_name", "node_label", "node_place"]


class Labelled(Protocol):
    """What a label reads of a network node (:class:`fmdesk.network.model.NetworkNode`, which
    itself labels its JSON with this module: a protocol keeps the arrow one way)."""

    @property
    def kind(self) -> str: ...

    @property
    def name(self) -> str | None: ...

    @property
    def tag(self) -> str | None: ...

    @property
    def storey(self) -> str | None: ...

    @property
    def flat(self) -> str | None: ...

    @property
    def space(self) -> str | None: ...


_KINDS: dict[str, Msg] = {
    "actuator": _t("actuator"),
    "air_terminal": _t("air terminal"),
    "air_terminal_box": _t("air terminal box"),
    "alarm": _t("alarm"),
    "appliance": _t("appliance"),
    "assembly": _t("assembly"),
    "audio_visual": _t("audio-visual appliance"),
    "battery": _t("battery"),
    "boiler": _t("boiler"),
    "breaker": _t("circuit breaker"),
    "breeching_inlet": _t("breeching inlet"),
    "cable": _t("cable"),
    "cable_carrier": _t("cable tray"),
    "cable_carrier_fitting": _t("cable tray fitting"),
    "cable_fitting": _t("cable fitting"),
    "chamber": _t("chamber"),
    "chiller": _t("chiller"),
    "coil": _t("coil"),
    "communications_appliance": _t("communications appliance"),
    "compressor": _t("compressor"),
    "control_panel": _t("control panel"),
    "controller": _t("controller"),
    "cooling_tower": _t("cooling tower"),
    "damper": _t("damper"),
    "distribution_board": _t("distribution board"),
    "duct": _t("duct"),
    "duct_fitting": _t("duct fitting"),
    "duct_silencer": _t("duct silencer"),
    "fan": _t("fan"),
    "filter": _t("filter"),
    "fire_terminal": _t("fire terminal"),
    "fitting": _t("pipe fitting"),
    "generator": _t("generator"),
    "heat_exchanger": _t("heat exchanger"),
    "heat_recovery": _t("heat recovery unit"),
    "hose_reel": _t("hose reel"),
    "hydrant": _t("fire hydrant"),
    "instrument": _t("instrument"),
    "interceptor": _t("interceptor"),
    "junction_box": _t("junction box"),
    "lift": _t("lift"),
    "light": _t("light"),
    "meter": _t("meter"),
    "motor": _t("motor"),
    "other": _t("other equipment"),
    "outlet": _t("socket outlet"),
    "pipe": _t("pipe"),
    "proxy": _t("element"),
    "pump": _t("pump"),
    "sanitary": _t("sanitary fixture"),
    "sensor": _t("sensor"),
    "solar_device": _t("solar device"),
    "space_heater": _t("radiator"),
    "sprinkler": _t("sprinkler"),
    "stack_terminal": _t("stack terminal"),
    "switch": _t("switch"),
    "tank": _t("tank"),
    "time_control": _t("time control"),
    "transformer": _t("transformer"),
    "transport": _t("transport element"),
    "unitary_equipment": _t("unitary equipment"),
    "valve": _t("valve"),
    "waste_terminal": _t("waste terminal"),
}


def kind_name(kind: str) -> Msg | str:
    """The kind in words (translated); an unknown kind as its words (``heat_pump`` → "heat
    pump")."""
    return _KINDS.get(kind) or kind.replace("_", " ")


def node_place(node: Labelled) -> str:
    """``地下一层 水泵房``: the storey and the room (flat and room for a room in a flat)."""
    parts = [node.storey or ""]
    if node.flat and node.flat != node.space:
        parts.append(node.flat)
    if node.space:
        parts.append(node.space)
    return " ".join(part for part in parts if part)


def node_label(node: Labelled, language: str | None = None) -> str:
    """``生活水泵 B1 (水泵, 地下一层 水泵房)``, rendered in ``language`` (default: the current
    one; pass it when labelling many nodes, a whole-building answer has 60,000).

    The name falls back to the tag, then to the kind; the place is left out when unknown.
    """
    language = language or current_language()
    kind = render(kind_name(node.kind), language)
    name = node.name or node.tag or kind
    place = node_place(node)
    if place:
        template = lookup("{name} ({kind}, {place})", language)
        return _format(template, "{name} ({kind}, {place})", name=name, kind=kind, place=place)
    template = lookup("{name} ({kind})", language)
    return _format(template, "{name} ({kind})", name=name, kind=kind)


def _format(template: str, source: str, **values: str) -> str:
    try:
        return template.format(**values)
    except (KeyError, IndexError, ValueError):  # a translation with a typo: the source text
        return source.format(**values)


# the label templates, for the catalogue extractor (node_label looks them up directly)
_TEMPLATES = (_t("{name} ({kind}, {place})"), _t("{name} ({kind})"))
