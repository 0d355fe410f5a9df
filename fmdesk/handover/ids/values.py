"""How IDS values are written and compared: literal formats, tolerance, restrictions.

IDS 1.0 writes every value as text and says how text meets the model's typed values
(``ImplementersDocumentation/DataTypes.md`` and ``tolerance.md`` of buildingSMART's IDS
repository): numbers use a dot and may use an exponent, booleans are ``true``/``false``/``0``/``1``,
integers have no decimal point, and real numbers are equal within a relative **and** absolute
tolerance of 1e-6. IfcTester 0.9 compares reals with a relative tolerance only (so ``0.`` never
matches ``-0.000001``), applies no tolerance to range bounds, and requires *every* ``xs:pattern``
of a restriction to match where XSD ORs them. :class:`IdsValue` and :class:`FixedRestriction`
replace its comparisons while keeping its data model, so the rest of IfcTester works unchanged.
"""

from __future__ import annotations

import math
import re
from functools import cache
from typing import Any

import ifcopenshell
from elementpath.regex import translate_pattern
from ifctester.facet import Restriction

__all__ = [
    "EPSILON",
    "FixedRestriction",
    "IdsValue",
    "has_value",
    "is_valid_literal",
    "matches_pattern",
    "numbers_equal",
]

EPSILON = 1e-6
"""The IDS comparison tolerance (relative and absolute)."""

_LITERALS = {
    "boolean": re.compile(r"true|false|0|1"),
    "logical": re.compile(r"true|false|0|1|unknown|UNKNOWN"),
    "integer": re.compile(r"[+-]?\d+"),
    "double": re.compile(r"[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?|NaN|\+INF|-INF|INF"),
    "date": re.compile(r"\d{4}-\d{2}-\d{2}(Z|[+-]\d{2}:\d{2})?"),
    "dateTime": re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})?"),
    "time": re.compile(r"\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})?"),
    "duration": re.compile(r"[+-]?P(\d+Y)?(\d+M)?(\d+W)?(\d+D)?(T(\d+H)?(\d+M)?(\d+(\.\d+)?S)?)?"),
}


def has_value(value: Any) -> bool:
    """True when a facet parameter is set: not None and not empty text. (A restriction is
    never compared with ``""``: its ``__eq__`` would test ``""`` against its pattern.)"""
    return value is not None and not (isinstance(value, str) and value == "")


def is_valid_literal(text: str, base: str) -> bool:
    """True when ``text`` is a valid IDS literal of ``base`` (``double``, ``integer``, …);
    strings and unknown bases accept anything."""
    pattern = _LITERALS.get(base)
    return pattern is None or pattern.fullmatch(text.strip()) is not None


def numbers_equal(actual: float, expected: float) -> bool:
    """IDS equality of reals: within ``|expected|·ε + ε`` of ``expected`` (tolerance.md)."""
    margin = abs(expected) * EPSILON + EPSILON
    return expected - margin <= actual <= expected + margin or math.isclose(
        abs(actual - expected), margin, rel_tol=1e-9
    )


def _number(text: Any) -> float | None:
    try:
        return float(str(text).strip())
    except ValueError:
        return None


def _boolean(text: str) -> bool | None:
    return {"true": True, "1": True, "false": False, "0": False}.get(text.strip())


def literal_matches(literal: str, actual: Any) -> bool:
    """Does the model value ``actual`` equal the IDS text ``literal``? Typed like the model
    value: booleans by their IDS spelling, numbers with tolerance, text exactly."""
    if actual is None or isinstance(actual, ifcopenshell.entity_instance):
        return False
    if isinstance(actual, bool):
        return _boolean(literal) is actual
    if isinstance(actual, int | float):
        expected = _number(literal)
        if expected is None:
            return False
        if isinstance(actual, int):
            return float(actual) == expected
        return numbers_equal(float(actual), expected)
    if isinstance(actual, str):
        return actual == literal
    return False


class IdsValue:
    """A ``simpleValue`` that compares with model values the IDS way (see module docstring).

    It stands in for the plain string IfcTester keeps, so its ``value != self.value`` checks
    use :func:`literal_matches`; ``str()`` gives the text back for reports.
    """

    def __init__(self, text: str) -> None:
        self.text = text

    def __eq__(self, other: object) -> bool:
        if isinstance(other, IdsValue):
            return other.text == self.text
        if isinstance(other, list | tuple):
            return False
        return literal_matches(self.text, other)

    def __ne__(self, other: object) -> bool:
        return not self.__eq__(other)

    def __hash__(self) -> int:
        return hash(self.text)

    def __str__(self) -> str:
        return self.text

    def __repr__(self) -> str:
        return f"IdsValue({self.text!r})"


@cache
def _compiled(pattern: str) -> re.Pattern[str]:
    translated = translate_pattern(
        pattern, back_references=False, lazy_quantifiers=False, anchors=False
    )
    return re.compile(translated)


def matches_pattern(patterns: list[str] | str, text: Any) -> bool:
    """XSD patterns of one restriction are alternatives (XSD 1.1 §4.3.4): any may match."""
    if not isinstance(text, str):
        return False
    options = patterns if isinstance(patterns, list) else [patterns]
    return any(_compiled(p).fullmatch(text) is not None for p in options)


def _bound_ok(constraint: str, bound: str, actual: Any) -> bool:
    if isinstance(actual, bool) or not isinstance(actual, int | float | str):
        return False
    if isinstance(actual, str):
        return _text_bound_ok(constraint, bound, actual)
    limit = _number(bound)
    if limit is None:
        return False
    margin = abs(limit) * EPSILON + EPSILON
    value = float(actual)
    if constraint == "minInclusive":
        return value >= limit - margin
    if constraint == "maxInclusive":
        return value <= limit + margin
    if constraint == "minExclusive":
        return value > limit + margin
    return value < limit - margin  # maxExclusive


def _text_bound_ok(constraint: str, bound: str, actual: str) -> bool:
    """Dates, times and date-times compare in ISO order; other text has no order."""
    for base in ("date", "dateTime", "time"):
        if is_valid_literal(actual, base) and is_valid_literal(bound, base):
            return {
                "minInclusive": actual >= bound,
                "maxInclusive": actual <= bound,
                "minExclusive": actual > bound,
                "maxExclusive": actual < bound,
            }[constraint]
    return False


_BOUNDS = ("minInclusive", "maxInclusive", "minExclusive", "maxExclusive")


class FixedRestriction(Restriction):
    """IfcTester's restriction with IDS semantics: ORed patterns, typed enumerations, bounds
    with tolerance, lengths on text."""

    def __eq__(self, other: object) -> bool:
        if other is None or isinstance(other, ifcopenshell.entity_instance):
            return False
        for constraint, value in self.options.items():
            if not self._satisfies(constraint, value, other):
                return False
        return True

    def __ne__(self, other: object) -> bool:
        return not self.__eq__(other)

    __hash__ = None  # type: ignore[assignment]

    def _satisfies(self, constraint: str, value: Any, other: Any) -> bool:
        if constraint == "enumeration":
            options = value if isinstance(value, list) else [value]
            return any(literal_matches(str(option), other) for option in options)
        if constraint == "pattern":
            return matches_pattern(value, other)
        if constraint in _BOUNDS:
            return _bound_ok(constraint, str(value), other)
        if constraint in ("length", "minLength", "maxLength"):
            return _length_ok(constraint, value, other)
        return True  # totalDigits, fractionDigits: not part of IDS 1.0 checks


def _length_ok(constraint: str, value: Any, other: Any) -> bool:
    if not isinstance(other, str):
        return False
    try:
        limit = int(str(value))
    except ValueError:
        return False
    length = len(other)
    if constraint == "length":
        return length == limit
    return length >= limit if constraint == "minLength" else length <= limit
