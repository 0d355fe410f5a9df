"""The state shared by the generators of one sample: writer, storeys, flats and rooms.

Generators (architecture, water, drainage, fire, electrical, ventilation) receive a
:class:`BuildContext` and call :meth:`BuildContext.put` to create one element from a catalogue
type, either between two world points (pipes, cables, ducts, inline valves/meters/pumps) or at a
point (equipment boxes).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

import ifcopenshell

from fmdesk.samples.catalogue import RADIUS, TYPES
from fmdesk.samples.geometry import Frame, Vec, frame_along
from fmdesk.samples.layout import FlatPlace
from fmdesk.samples.writer import Node, SampleWriter


@dataclass
class Storey:
    number: int  # 0 = B1, 1..N floors, N+1 = roof
    key: str
    name: str
    entity: ifcopenshell.entity_instance
    placement: ifcopenshell.entity_instance
    elevation: float


@dataclass
class Flat:
    place: FlatPlace
    entity: ifcopenshell.entity_instance
    rooms: dict[str, ifcopenshell.entity_instance] = field(default_factory=dict)

    @property
    def name(self) -> str:
        return self.place.name

    @property
    def key(self) -> str:
        return f"flat:{self.place.floor}:{self.place.unit}"


@dataclass
class BuildContext:
    writer: SampleWriter
    storey_count: int
    units_per_storey: int
    site: ifcopenshell.entity_instance | None = None
    building: ifcopenshell.entity_instance | None = None
    storeys: dict[int, Storey] = field(default_factory=dict)
    flats: list[Flat] = field(default_factory=list)
    spaces: dict[str, ifcopenshell.entity_instance] = field(default_factory=dict)
    fixtures: dict[str, list[tuple[Node, float]]] = field(default_factory=dict)
    equipment: dict[str, Node] = field(default_factory=dict)

    def flats_on(self, floor: int) -> list[Flat]:
        return [flat for flat in self.flats if flat.place.floor == floor]

    @property
    def roof_number(self) -> int:
        return self.storey_count + 1

    def put(
        self,
        type_key: str,
        key: str,
        name: str,
        storey: int,
        container: ifcopenshell.entity_instance | None = None,
        *,
        start: Vec | None = None,
        end: Vec | None = None,
        at: Vec | None = None,
        tag: str | None = None,
        description: str | None = None,
        systems: Iterable[str] = (),
    ) -> Node:
        """Create one element of catalogue type ``type_key`` in ``storey`` (or in ``container``).

        Example: ``ctx.put("valve_dn25", "flat:6:1:valve", "户阀 1-601", 6, start=a, end=b)``.
        """
        spec = TYPES[type_key]
        info = self.storeys[storey]
        profile = None
        size = None
        if start is not None and end is not None:
            frame, size = frame_along(start, end)
            if spec.box is None:
                if type_key in RADIUS:
                    profile = self.writer.circle_profile(RADIUS[type_key])
                else:
                    profile = self.writer.rectangle_profile(0.4, 0.3)
        elif at is not None:
            frame = Frame(at)
        else:
            raise ValueError("put() needs start and end, or at")
        return self.writer.add_element(
            spec,
            key,
            name,
            frame=frame,
            storey_placement=info.placement,
            storey_elevation=info.elevation,
            container=container if container is not None else info.entity,
            length=size,
            profile=profile,
            tag=tag,
            description=description,
            systems=systems,
        )
