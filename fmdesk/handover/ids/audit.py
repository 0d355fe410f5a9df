"""Semantic checks of an IDS file: what makes it invalid although it passes the XSD.

buildingSMART's IDS test suite marks as ``invalid-`` the files its audit tool rejects "whatever
the IFC contains": an unknown or lower-case class, an attribute the class does not have (or
only has as an inverse or derived attribute), a value on an attribute that holds an object,
list or select, a value whose text is not a valid literal of its type (``42,3`` for a real,
``42.0`` for an integer, ``TRUE`` for a boolean), a pattern on a number, a required class that
can never be the applicable one, a predefined type on a class without one, and a prohibited
specification that has requirements. IfcTester only validates the XSD, so these run first and
each problem is one :class:`AuditFinding` with a sentence for the user.

Checks are made for every schema the specification's ``ifcVersion`` names; where schemas
disagree a name is only reported when no named schema accepts it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from ifctester.facet import Attribute, Entity, Facet, PartOf, Property, Restriction
from ifctester.ids import Ids, Specification

from fmdesk.handover.ids import schema_info as si
from fmdesk.handover.ids.values import has_value, is_valid_literal, matches_pattern
from fmdesk.i18n import Msg, _t

__all__ = ["AuditFinding", "audit_ids"]


@dataclass(frozen=True)
class AuditFinding:
    """One reason an IDS file is invalid."""

    code: str
    specification: str
    message: Msg


def audit_ids(ids: Ids) -> list[AuditFinding]:
    """Every semantic problem of ``ids`` (empty when it is valid)."""
    findings: list[AuditFinding] = []
    for specification in ids.specifications:
        findings.extend(_audit_specification(specification))
    return findings


def _schemas(specification: Specification) -> list[str]:
    versions = specification.ifcVersion
    names = versions.split() if isinstance(versions, str) else list(versions or [])
    chosen = [name for name in names if name in si.SCHEMAS]
    return chosen or list(si.SCHEMAS)


def _audit_specification(spec: Specification) -> Iterable[AuditFinding]:
    schemas = _schemas(spec)
    name = spec.name

    def finding(code: str, message: Msg) -> AuditFinding:
        return AuditFinding(code, name, message)

    if spec.maxOccurs == 0 and spec.requirements:
        yield finding(
            "prohibited-with-requirements",
            _t("Specification “{spec}” is prohibited and must not have requirements.", spec=name),
        )
    applicable = _applicable_classes(spec, schemas)
    for facet in [*spec.applicability, *spec.requirements]:
        for code, message in _audit_facet(facet, schemas, applicable, spec):
            yield finding(code, message)


def _applicable_classes(spec: Specification, schemas: list[str]) -> dict[str, set[str]] | None:
    """Schema → upper-case classes the applicability's entity facet selects (None: any)."""
    entities = [f for f in spec.applicability if isinstance(f, Entity)]
    if not entities:
        return None
    return {schema: _expand_names(entities[0].name, schema) for schema in schemas}


def _expand_names(name: Any, schema: str) -> set[str]:
    """The upper-case class names a facet's name value stands for in ``schema``."""
    if isinstance(name, str):
        return {name.upper()}
    if isinstance(name, Restriction):
        options = name.options
        if "enumeration" in options:
            values = options["enumeration"]
            return {str(v).upper() for v in (values if isinstance(values, list) else [values])}
        if "pattern" in options:
            return {c for c in si.class_names(schema) if matches_pattern(options["pattern"], c)}
    return set()


def _audit_facet(
    facet: Facet, schemas: list[str], applicable: dict[str, set[str]] | None, spec: Specification
) -> Iterable[tuple[str, Msg]]:
    if isinstance(facet, Entity):
        yield from _audit_entity(facet, schemas, applicable, facet in spec.requirements)
    elif isinstance(facet, PartOf):
        yield from _audit_class_reference(facet, schemas)
    elif isinstance(facet, Attribute):
        yield from _audit_attribute(facet, schemas, applicable)
    elif isinstance(facet, Property):
        yield from _audit_property(facet, schemas)


def _literal_names(name: Any) -> list[str]:
    if isinstance(name, str):
        return [name]
    if isinstance(name, Restriction) and "enumeration" in name.options:
        values = name.options["enumeration"]
        return [str(v) for v in (values if isinstance(values, list) else [values])]
    return []


def _audit_entity(
    facet: Entity, schemas: list[str], applicable: dict[str, set[str]] | None, required: bool
) -> Iterable[tuple[str, Msg]]:
    yield from _audit_class_reference(facet, schemas)
    if not required or applicable is None or _uses_ifc2x3_mapping(facet.name, schemas):
        return
    wanted = {schema: _expand_names(facet.name, schema) for schema in schemas}
    if all(applicable[s] and wanted[s] and not (applicable[s] & wanted[s]) for s in schemas):
        yield (
            "entity-requirement-contradicts-applicability",
            _t(
                "The required class {required} can never be the applicable class {applicable}.",
                required=_describe(facet.name),
                applicable=", ".join(sorted(next(iter(applicable.values())))),
            ),
        )


def _uses_ifc2x3_mapping(name: Any, schemas: list[str]) -> bool:
    """IFC2X3 knows many occurrences only through their type (``IFCAIRTERMINAL``)."""
    return "IFC2X3" in schemas and any(
        not si.class_exists("IFC2X3", n) for n in _literal_names(name)
    )


def _audit_class_reference(facet: Entity | PartOf, schemas: list[str]) -> Iterable[tuple[str, Msg]]:
    """Class names must be upper case and known; a predefined type needs a class that has one."""
    names = _literal_names(facet.name)
    for name in names:
        if name != name.upper():
            yield (
                "entity-name-case",
                _t("Class names in IDS are written in upper case: {name}.", name=name),
            )
        elif not any(_known_class(schema, name) for schema in schemas):
            yield (
                "entity-unknown",
                _t(
                    "{name} is not an IFC class of {schemas}.", name=name, schemas=" ".join(schemas)
                ),
            )
    if not has_value(facet.predefinedType):
        return
    for name in names:
        lacking = [
            s
            for s in schemas
            if _known_class(s, name) and not si.has_predefined_type(s, name.upper())
        ]
        if lacking:
            yield (
                "predefined-type-unavailable",
                _t("{name} has no predefined type in {schema}.", name=name, schema=lacking[0]),
            )


def _known_class(schema: str, name: str) -> bool:
    upper = name.upper()
    return si.class_exists(schema, upper) or (
        schema == "IFC2X3" and si.type_class_of(schema, upper) is not None
    )


def _audit_attribute(
    facet: Attribute, schemas: list[str], applicable: dict[str, set[str]] | None
) -> Iterable[tuple[str, Msg]]:
    bases = _attribute_bases(facet.name, schemas, applicable)
    if bases is None:
        return
    if isinstance(facet.name, str) and not bases:
        yield (
            "attribute-unknown",
            _t(
                "{classes} has no attribute {name} that an IDS can check.",
                classes=_classes_text(applicable),
                name=facet.name,
            ),
        )
        return
    if not has_value(facet.value) or not bases:
        return
    if all(base == si.OBJECT for base in bases):
        yield (
            "attribute-value-not-comparable",
            _t(
                "Attribute {name} holds an object or a list, which cannot have a value.",
                name=_describe(facet.name),
            ),
        )
        return
    yield from _audit_value(
        facet.value, {b for b in bases if b != si.OBJECT}, _describe(facet.name)
    )


def _attribute_bases(
    name: Any, schemas: list[str], applicable: dict[str, set[str]] | None
) -> set[str] | None:
    """Value bases of the attributes the facet's name matches on the applicable classes;
    None when that cannot be known (no entity in the applicability, a class IFC2X3 only knows
    by its type)."""
    if applicable is None:
        return None
    bases: set[str] = set()
    for schema in schemas:
        for class_name in applicable.get(schema, ()):
            if not si.class_exists(schema, class_name):
                if schema == "IFC2X3":
                    return None
                continue
            for attribute, base in si.explicit_attributes(schema, class_name).items():
                if (isinstance(name, str) and attribute == name) or (
                    not isinstance(name, str) and name == attribute
                ):
                    bases.add(base)
    return bases


def _audit_property(facet: Property, schemas: list[str]) -> Iterable[tuple[str, Msg]]:
    if not facet.dataType or not has_value(facet.value):
        return
    bases = {si.datatype_base(schema, facet.dataType.upper()) for schema in schemas} - {None}
    if bases:
        yield from _audit_value(facet.value, bases, _describe(facet.baseName))


def _audit_value(value: Any, bases: set[str], subject: str) -> Iterable[tuple[str, Msg]]:
    """Literals must be valid for at least one possible base; patterns need text."""
    numeric = bases <= {"double", "integer"}
    if isinstance(value, Restriction):
        if "pattern" in value.options and numeric:
            yield (
                "pattern-on-non-string",
                _t(
                    "A pattern cannot check the number {subject}; use bounds or a value.",
                    subject=subject,
                ),
            )
        literals = _restriction_literals(value)
    else:
        literals = [str(value)]
    for literal in literals:
        if not any(is_valid_literal(literal, base) for base in bases):
            yield (
                "value-type-mismatch",
                _t(
                    "“{value}” is not a valid {base} value for {subject}.",
                    value=literal,
                    base="/".join(sorted(bases)),
                    subject=subject,
                ),
            )


def _restriction_literals(restriction: Restriction) -> list[str]:
    literals: list[str] = []
    for key in ("enumeration", "minInclusive", "maxInclusive", "minExclusive", "maxExclusive"):
        values = restriction.options.get(key)
        if values is not None:
            literals.extend(str(v) for v in (values if isinstance(values, list) else [values]))
    return literals


def _describe(value: Any) -> str:
    return str(value) if isinstance(value, str) else str(getattr(value, "options", value))


def _classes_text(applicable: dict[str, set[str]] | None) -> str:
    if not applicable:
        return "-"
    names = sorted(set().union(*applicable.values()))
    return ", ".join(names[:5]) + ("…" if len(names) > 5 else "")
