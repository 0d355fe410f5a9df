"""Colours of the simple mesher's triangles: an item's own surface style, else its product's
material's, read as ifcopenshell reads them (checked triangle by triangle against it on the
shared models, ``tests/bim/test_geometry_simple.py``). What ifcopenshell might read otherwise
(several styles, layer sets, styled presentation layers) raises :class:`NotSimple`.
"""

from __future__ import annotations

from typing import Any

import ifcopenshell
import ifcopenshell.util.element

from fmdesk.bim.geometry_axes import NotSimple

__all__ = ["Rgba", "has_any", "item_style", "material_rgba", "product_material", "styled_items"]

Rgba = tuple[int, int, int, int]


def styled_items(model: ifcopenshell.file) -> dict[int, list[Any]]:
    """Styled items by the id of the item they style (one pass instead of an inverse lookup
    per item)."""
    styled: dict[int, list[Any]] = {}
    for styled_item in model.by_type("IfcStyledItem"):
        item = styled_item.Item
        if item is not None:
            styled.setdefault(item.id(), []).append(styled_item)
    return styled


def has_any(model: ifcopenshell.file, ifc_class: str) -> bool:
    try:
        return bool(model.by_type(ifc_class))
    except RuntimeError:  # not in this schema
        return False


def product_material(product: Any) -> Any:
    """The one material associated with the product (else with its type), or None; several,
    or a layer set of several layers, are left to ifcopenshell."""
    associations = _material_associations(product)
    if not associations:
        product_type = ifcopenshell.util.element.get_type(product)
        associations = _material_associations(product_type) if product_type else []
    if not associations:
        return None
    if len(associations) > 1:
        raise NotSimple("several materials")
    material = associations[0].RelatingMaterial
    if material.is_a("IfcMaterialLayerSetUsage"):
        material = material.ForLayerSet
    if material.is_a("IfcMaterialLayerSet"):
        layers = material.MaterialLayers or ()
        material = layers[0].Material if len(layers) == 1 else None
    elif material.is_a("IfcMaterialList"):
        materials = material.Materials or ()
        material = materials[0] if len(materials) == 1 else None
    if material is None or not material.is_a("IfcMaterial"):
        raise NotSimple("material set")
    return material


def _material_associations(definition: Any) -> list[Any]:
    return [
        rel
        for rel in getattr(definition, "HasAssociations", None) or ()
        if rel.is_a("IfcRelAssociatesMaterial")
    ]


def material_rgba(material: Any) -> Rgba | None:
    """The colour of a material's own surface style (None when it has none)."""
    styled = [
        item
        for definition in material.HasRepresentation or ()
        for representation in definition.Representations or ()
        for item in representation.Items or ()
        if item.is_a("IfcStyledItem")
    ]
    surfaces = [s for item in styled for s in _surface_styles(item)]
    if not surfaces:
        return None
    if len(surfaces) != 1:
        raise NotSimple("several material styles")
    return _surface_rgba(surfaces[0])


def item_style(styled: list[Any] | None, layer_styles: bool) -> Rgba | None:
    """The RGBA of an item's own surface style (``styled``: the styled items that name it);
    None when it has none (then its product's material colours it, if any; styled
    presentation layers are left to ifcopenshell)."""
    if not styled:
        if layer_styles:
            raise NotSimple("layer style")
        return None
    surfaces = [s for assigned in styled for s in _surface_styles(assigned)]
    if len(surfaces) != 1:
        raise NotSimple("several styles")
    return _surface_rgba(surfaces[0])


def _surface_styles(styled_item: Any) -> list[Any]:
    found = []
    for style in styled_item.Styles or ():
        if style.is_a("IfcPresentationStyleAssignment"):
            found.extend(s for s in style.Styles or () if s.is_a("IfcSurfaceStyle"))
        elif style.is_a("IfcSurfaceStyle"):
            found.append(style)
        else:
            raise NotSimple(style.is_a())
    return found


def _surface_rgba(surface: Any) -> Rgba:
    shadings = [s for s in surface.Styles or () if s.is_a("IfcSurfaceStyleShading")]
    if len(shadings) != 1:
        raise NotSimple("surface style without one shading")
    shading = shadings[0]
    colour = shading.SurfaceColour
    rgb = (colour.Red, colour.Green, colour.Blue)
    if shading.is_a("IfcSurfaceStyleRendering"):
        diffuse = shading.DiffuseColour
        if diffuse is not None and diffuse.is_a("IfcColourRgb"):
            rgb = (diffuse.Red, diffuse.Green, diffuse.Blue)
        elif diffuse is not None:  # a factor of the surface colour
            factor = float(diffuse.wrappedValue)
            rgb = (rgb[0] * factor, rgb[1] * factor, rgb[2] * factor)
    transparency = getattr(shading, "Transparency", None)
    alpha = 1.0 if transparency is None else 1.0 - float(transparency)
    r, g, b = (_byte(c) for c in rgb)
    return (r, g, b, max(1, _byte(alpha)))


def _byte(value: float) -> int:
    return round(min(1.0, max(0.0, float(value))) * 255)
