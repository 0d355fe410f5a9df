"""A network result in the user's words: titled sections of rows for the results panel, and the
plain text a duty engineer pastes into a chat (what to close, which flats lose supply).

No widgets here, only translated text built from the core's result objects, so both the panel
and the clipboard say exactly the same thing.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject

from fmdesk.i18n import render
from fmdesk.network.labels import kind_name
from fmdesk.network.model import NetworkNode, SpaceRef
from fmdesk.network.results import IsolationResult, OutageResult, TraceResult

Result = TraceResult | IsolationResult | OutageResult

KIND_UPSTREAM = "upstream"
KIND_DOWNSTREAM = "downstream"
KIND_ISOLATE = "isolate"
KIND_TRIP = "trip"
KINDS = (KIND_UPSTREAM, KIND_DOWNSTREAM, KIND_ISOLATE, KIND_TRIP)


@dataclass(frozen=True)
class Row:
    """One element or space of a result, as the panel lists it."""

    global_id: str
    name: str
    tag: str
    storey: str
    place: str
    """Flat and room (``1-601 卫生间``) or a space's long name."""
    ifc_class: str
    action: str = ""
    kind: str = ""
    """What the element is, in words ("水泵"), shown instead of the IFC class."""
    """For devices to operate: "Close" (valve) or "Open" (breaker, switch)."""


@dataclass(frozen=True)
class Section:
    """A titled group of rows; ``style`` is the 3D highlight style drawing them (or None)."""

    key: str
    title: str
    rows: tuple[Row, ...]
    style: str | None = None


def node_place(node: NetworkNode) -> str:
    """``1-601 卫生间``: the flat and the room an element is in (either may be missing)."""
    parts = [node.flat or ""]
    if node.space and node.space != node.flat:
        parts.append(node.space)
    return " ".join(p for p in parts if p)


def node_label(node: NetworkNode) -> str:
    """The element's name (its kind in words when unnamed)."""
    return node.name or node.tag or render(kind_name(node.kind))


class NetworkReport(QObject):
    """Turns trace / isolation / outage results into sections and chat text (translated)."""

    # -- rows ------------------------------------------------------------------------------

    def place(self, node: NetworkNode) -> str:
        """The flat and room; a room known only from geometry (the model places the element
        in no room) is marked as inferred."""
        place = node_place(node)
        if place and node.space_basis == "geometry":
            return self.tr("{0} (by geometry)").format(place)
        return place

    def node_row(self, node: NetworkNode, with_action: bool = False) -> Row:
        action = ""
        if with_action:
            action = self.tr("Close") if node.device == "valve" else self.tr("Open")
        return Row(
            global_id=node.global_id,
            name=node_label(node),
            tag=node.tag or "",
            storey=node.storey or "",
            place=self.place(node),
            ifc_class=node.ifc_class,
            action=action,
            kind=render(kind_name(node.kind)),
        )

    @staticmethod
    def space_row(space: SpaceRef) -> Row:
        long_name = space.long_name if space.long_name != space.name else ""
        return Row(
            global_id=space.global_id,
            name=space.label,
            tag="",
            storey=space.storey or "",
            place=long_name or "",
            ifc_class="IfcSpace",
            kind=QCoreApplication.translate("NetworkReport", "Space"),
        )

    def _nodes(self, key: str, title: str, nodes: Any, style: str | None = None) -> Section:
        action = key == "operate"
        rows = tuple(self.node_row(n, action) for n in nodes)
        return Section(key, title, rows, style)

    def _spaces(self, title: str, spaces: Any) -> Section:
        return Section("spaces", title, tuple(self.space_row(s) for s in spaces), None)

    # -- sections --------------------------------------------------------------------------

    def sections(self, result: Result) -> list[Section]:
        """The panel's sections, most urgent first; empty sections are left out."""
        if isinstance(result, IsolationResult):
            found = [
                self._nodes("operate", self.tr("Devices to operate"), result.close, "operate"),
                self._nodes(
                    "skipped", self.tr("Skipped: marked inoperable"), result.skipped_inoperable
                ),
                self._nodes(
                    "unisolated",
                    self.tr("Not cut off (no operable device in between)"),
                    result.unisolated_sources,
                ),
                self._spaces(self.tr("Affected flats and spaces"), result.spaces),
                self._nodes("segment", self.tr("Isolated segment"), result.segment, "path"),
                self._nodes(
                    "collateral", self.tr("Also lose supply"), result.collateral, "affected"
                ),
                self._nodes("sources", self.tr("Cut off from"), result.sources_cut, "source"),
            ]
        elif isinstance(result, OutageResult):
            found = [
                self._nodes("operate", self.tr("Devices opened"), result.opened, "operate"),
                self._spaces(self.tr("Affected flats and spaces"), result.spaces),
                self._nodes("collateral", self.tr("Lose supply"), result.affected, "affected"),
            ]
        elif result.direction == "upstream":
            found = [
                self._nodes("sources", self.tr("Sources"), result.sources, "source"),
                self._nodes(
                    "path", self.tr("Upstream elements (nearest first)"), result.elements, "path"
                ),
                self._spaces(self.tr("Spaces passed"), result.spaces),
            ]
        else:
            found = [
                self._spaces(self.tr("Flats and spaces served"), result.spaces),
                self._nodes(
                    "path",
                    self.tr("Downstream elements (nearest first)"),
                    result.elements,
                    "path",
                ),
                self._nodes("sources", self.tr("Sources passed"), result.sources, "source"),
            ]
        return [section for section in found if section.rows]

    # -- headline --------------------------------------------------------------------------

    def start_text(self, result: Result) -> str:
        """What was asked about: ``户内给水管 1-601 (6F 1-601)``."""
        if isinstance(result, IsolationResult):
            nodes: tuple[NetworkNode, ...] = (result.start,)
        elif isinstance(result, OutageResult):
            nodes = result.opened
        else:
            nodes = result.start
        if not nodes:
            return ""
        first = nodes[0]
        where = " ".join(p for p in (first.storey or "", node_place(first)) if p)
        text = node_label(first) + (f" ({where})" if where else "")
        if len(nodes) > 1 and not first.flat:
            text = self.tr("{0} and {1} more").format(text, len(nodes) - 1)
        elif len(nodes) > 1:
            text = self.tr("flat {0}").format(first.flat)
        return text

    def title(self, result: Result) -> str:
        start = self.start_text(result)
        if isinstance(result, IsolationResult):
            return self.tr("Isolate: {0}").format(start)
        if isinstance(result, OutageResult):
            return self.tr("Trip / close: {0}").format(start)
        if result.direction == "upstream":
            return self.tr("Upstream of: {0}").format(start)
        return self.tr("Downstream of: {0}").format(start)

    def summary(self, result: Result) -> str:
        """One line of figures under the title."""
        flats = len(result.spaces)
        if isinstance(result, IsolationResult):
            text = self.tr("{0} to operate, {1} flats/spaces affected, {2} elements out").format(
                len(result.close), flats, len(result.segment) + len(result.collateral)
            )
            if not result.isolated:
                text += " — " + self.tr("cannot be fully isolated")
            return text
        if isinstance(result, OutageResult):
            return self.tr("{0} flats/spaces affected, {1} elements out").format(
                flats, len(result.affected)
            )
        return self.tr("{0} sources, {1} elements, {2} flats/spaces").format(
            len(result.sources), len(result.elements), flats
        )

    # -- chat text -------------------------------------------------------------------------

    def _device_line(self, number: int, node: NetworkNode) -> str:
        where = " ".join(p for p in (node.storey or "", node_place(node)) if p)
        tag = f" [{node.tag}]" if node.tag and node.tag not in (node.name or "") else ""
        return f"{number}. {node_label(node)}{tag}" + (f" ({where})" if where else "")

    def _flats_line(self, title: str, spaces: tuple[SpaceRef, ...], limit: int = 60) -> str:
        labels = [s.label for s in spaces]
        shown = self.tr(", ").join(labels[:limit])
        if len(labels) > limit:
            shown += " " + self.tr("… and {0} more").format(len(labels) - limit)
        return f"{title.format(len(labels))}{shown or self.tr('none')}"

    def clipboard_text(self, result: Result, limit: int = 30) -> str:
        """Plain text for a chat message: the question, what to operate, who loses supply."""
        lines = [f"【{self.title(result)}】"]
        if isinstance(result, IsolationResult | OutageResult):
            devices = result.close if isinstance(result, IsolationResult) else result.opened
            valves = [n for n in devices if n.device == "valve"]
            others = [n for n in devices if n.device != "valve"]
            if valves:
                lines.append(self.tr("Close:"))
                lines += [self._device_line(i, n) for i, n in enumerate(valves[:limit], 1)]
            if others:
                lines.append(self.tr("Open / switch off:"))
                lines += [self._device_line(i, n) for i, n in enumerate(others[:limit], 1)]
            if isinstance(result, IsolationResult):
                if result.skipped_inoperable:
                    names = self.tr(", ").join(node_label(n) for n in result.skipped_inoperable)
                    lines.append(self.tr("Not usable (inoperable): {0}").format(names))
                if not result.isolated:
                    names = self.tr(", ").join(
                        node_label(n) for n in result.unisolated_sources[:limit]
                    )
                    lines.append(self.tr("Warning: still connected to {0}").format(names))
            lines.append(
                self._flats_line(self.tr("Flats/spaces losing supply ({0}): "), result.spaces)
            )
        elif result.direction == "upstream":
            lines.append(self.tr("Sources:"))
            lines += [self._device_line(i, n) for i, n in enumerate(result.sources[:limit], 1)]
            devices = [n for n in result.elements if n.device][:limit]
            if devices:
                lines.append(self.tr("Devices on the way (nearest first):"))
                lines += [self._device_line(i, n) for i, n in enumerate(devices, 1)]
        else:
            lines.append(self._flats_line(self.tr("Flats/spaces served ({0}): "), result.spaces))
        return "\n".join(lines)

    # -- work order ------------------------------------------------------------------------

    def order_title(self, result: Result) -> str:
        return self.tr("Shut-off: {0}").format(self.start_text(result))
