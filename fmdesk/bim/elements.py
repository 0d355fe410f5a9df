"""Every physical element with its kind, type and place (storey, space) as plain data.

The asset register, the element table in the UI and the network builder all need the same
flat list; reading it costs one pass over the relationships (see :mod:`fmdesk.bim.index`) and
one pass over the elements, so it stays linear on large models.
"""

from __future__ import annotations

from dataclasses import dataclass

import ifcopenshell

from fmdesk.bim.attributes import global_id_of, is_subtype, read_attribute
from fmdesk.bim.classify import classify_class, read_predefined_type
from fmdesk.bim.index import ModelIndex, build_model_index
from fmdesk.bim.text import repair_text

__all__ = ["ElementInfo", "read_element", "read_elements"]

_EXCLUDED = ("IfcFeatureElement", "IfcVirtualElement")


@dataclass(frozen=True)
class ElementInfo:
    """One IfcElement (openings and virtual elements excluded), ready for tables and graphs."""

    global_id: str
    step_id: int
    """The STEP instance number (``model.by_id(step_id)``), valid for this file only."""
    ifc_class: str
    name: str | None
    tag: str | None
    """The exporter's tag; equipment codes (SB-01) or Revit element ids."""
    predefined_type: str | None
    """Instance predefined type, else the type's; USERDEFINED resolved to ObjectType."""
    type_class: str | None
    type_name: str | None
    kind: str
    """Schema-independent kind from :func:`fmdesk.bim.classify.classify_element`."""
    storey_id: str | None
    storey_name: str | None
    space_id: str | None
    space_name: str | None


def read_elements(model: ifcopenshell.file, index: ModelIndex | None = None) -> list[ElementInfo]:
    """Return every element of ``model`` in file order.

    Pass an ``index`` from :func:`fmdesk.bim.index.build_model_index` when calling several
    readers on the same model.

    >>> pumps = [e for e in read_elements(model) if e.kind == "pump"]  # doctest: +SKIP
    >>> pumps[0].name, pumps[0].storey_name  # doctest: +SKIP
    ('生活水泵1# (SB-01)', 'B1')
    """
    index = index or build_model_index(model)
    return [
        read_element(element, index)
        for element in model.by_type("IfcElement")
        if not any(is_subtype(element, excluded) for excluded in _EXCLUDED)
    ]


def read_element(element: ifcopenshell.entity_instance, index: ModelIndex) -> ElementInfo:
    """Return the :class:`ElementInfo` of one element using a prebuilt index."""
    element_type = index.element_type.get(element.id())
    predefined = read_predefined_type(element, element_type)
    type_class = element_type.is_a() if element_type is not None else None
    ifc_class = element.is_a()
    storey, space = index.locate(element)
    # IfcRoot's GlobalId and Name are arguments 0 and 2 in every IFC schema
    return ElementInfo(
        global_id=global_id_of(element),
        step_id=element.id(),
        ifc_class=ifc_class,
        name=repair_text(element.get_argument(2)),
        tag=repair_text(read_attribute(element, "Tag")),
        predefined_type=predefined,
        type_class=type_class,
        type_name=repair_text(element_type.get_argument(2)) if element_type is not None else None,
        kind=classify_class(ifc_class, type_class, predefined),
        storey_id=global_id_of(storey) if storey is not None else None,
        storey_name=repair_text(storey.get_argument(2)) if storey is not None else None,
        space_id=global_id_of(space) if space is not None else None,
        space_name=repair_text(space.get_argument(2)) if space is not None else None,
    )
