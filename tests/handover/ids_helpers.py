"""Build small IDS documents in tests (one specification, facets as XML snippets)."""

from __future__ import annotations


def simple(tag: str, value: str) -> str:
    return f"<{tag}><simpleValue>{value}</simpleValue></{tag}>"


def restriction(tag: str, body: str, base: str = "xs:string") -> str:
    return f'<{tag}><xs:restriction base="{base}">{body}</xs:restriction></{tag}>'


def entity(name: str, predefined: str | None = None) -> str:
    extra = simple("predefinedType", predefined) if predefined else ""
    return f"<entity>{simple('name', name)}{extra}</entity>"


def attribute(name: str, value: str | None = None, cardinality: str = "required") -> str:
    extra = simple("value", value) if value is not None else ""
    return f'<attribute cardinality="{cardinality}">{simple("name", name)}{extra}</attribute>'


def prop(pset: str, name: str, value: str | None = None, datatype: str | None = None) -> str:
    data = f' dataType="{datatype}"' if datatype else ""
    extra = simple("value", value) if value is not None else ""
    return (
        f"<property{data}>{simple('propertySet', pset)}{simple('baseName', name)}{extra}</property>"
    )


def ids_xml(
    applicability: str,
    requirements: str = "",
    *,
    versions: str = "IFC2X3 IFC4",
    occurs: str = 'maxOccurs="unbounded"',
    name: str = "Case",
) -> str:
    reqs = f"<requirements>{requirements}</requirements>" if requirements else ""
    return (
        '<?xml version="1.0" encoding="utf-8"?>'
        '<ids xmlns:xs="http://www.w3.org/2001/XMLSchema" '
        'xmlns="http://standards.buildingsmart.org/IDS">'
        f"<info><title>{name}</title></info><specifications>"
        f'<specification name="{name}" ifcVersion="{versions}">'
        f"<applicability {occurs}>{applicability}</applicability>{reqs}"
        "</specification></specifications></ids>"
    )
