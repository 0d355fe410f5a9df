"""Turn ifcopenshell's parse log into refusals (damaged files) and warnings (schema slips).

ifcopenshell 0.9 is already lenient: it keeps parsing past an enumeration value that is not in
its enumeration (``VAL012``: the attribute is left unset), a wrong number of attributes
(``VAL016``), a reference to a missing instance (left out) or an instance of a class the schema
does not have (skipped), and logs each. Only damaged syntax (an invalid token, an unbalanced
parenthesis: the lexer loses its place and the rest of an instance, or of the file, is lost)
is a reason to refuse the file. Everything else becomes a :class:`ReadingWarning`, and an
invalid enumeration value is repaired where the schema allows a sensible reading: the same
literal in another case or spelling (``.METER.`` → ``METRE``), else ``NOTDEFINED`` when the
enumeration has it, else unset.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass

import ifcopenshell
import ifcopenshell.ifcopenshell_wrapper as wrapper

from fmdesk.bim.reading_warnings import ReadingWarning, describe_entity
from fmdesk.i18n import Msg, _t

__all__ = ["LogEntry", "fatal_entries", "read_log", "warnings_from_log"]

_TEXT_LINE = re.compile(r"\[(\w+)\]\s*(?:\[([A-Z]{3}\d+)\]\s*)?\[[^\]]*\]\s*(.+)")
_OFFSET = re.compile(r"at offset (\d+)")
_ENUM = re.compile(r"enumeration literal '([^']*)' is not valid for type '(\w+)'")
_ENUM_UNEXPECTED = re.compile(r"enumeration literal '([^']*)' is not expected at attribute index")
_COUNT = re.compile(r"Expected (\d+) attribute values, found (\d+) for instance #(\d+)")
_DANGLING = re.compile(
    r"Instance reference #(\d+) used by instance #(\d+) at attribute index (\d+)"
)
_UNKNOWN = re.compile(r"Entity with name '([^']*)' not found in schema")
_OVERWRITE = re.compile(r"Overwriting instance with name #(\d+)")
_DUPLICATE_GUID = re.compile(r"non-unique GlobalId (\S+)")
_REQUESTED = re.compile(r"Requested type <(\w+)> does not match actual type <(\w+)> at index (\d+)")
_SYNTAX_WORDS = ("invalid valid token", "Unexpected", "Syntax error")
_STEP_KEYWORDS = frozenset({"ENDSEC", "END-ISO-10303-21", "DATA", "HEADER", "ISO-10303-21"})
_STATEMENT = re.compile(r"\s*#(\d+)\s*=\s*([A-Za-z0-9_]+)\s*\(")
_SPELLINGS = (("ER", "RE"), ("RE", "ER"), ("IZ", "IS"), ("IS", "IZ"))


@dataclass(frozen=True)
class LogEntry:
    """One ifcopenshell log message: ``level`` (error, warning…), ``code`` (``VAL012``,
    ``SYN123`` or None) and the message."""

    level: str
    code: str | None
    message: str


def read_log(log: str) -> list[LogEntry]:
    """The entries of ifcopenshell's log in text or JSON format (the geometry code switches the
    process-wide format to JSON while it tessellates)."""
    entries = []
    for line in log.splitlines():
        line = line.strip()
        if line.startswith("{"):
            try:
                data = json.loads(line)
            except ValueError:
                continue
            entries.append(
                LogEntry(
                    str(data.get("level", "")),
                    data.get("code"),
                    str(data.get("message", "")).strip(),
                )
            )
            continue
        match = _TEXT_LINE.match(line)
        if match:
            entries.append(LogEntry(match.group(1), match.group(2), match.group(3).strip()))
    return [entry for entry in entries if entry.level in ("error", "warning") and entry.message]


def fatal_entries(entries: list[LogEntry]) -> list[LogEntry]:
    """The entries that mean damaged syntax: the parser lost part of the file."""
    fatal = []
    for entry in entries:
        unknown = _UNKNOWN.search(entry.message)
        if (
            (entry.code or "").startswith("SYN")
            or any(word in entry.message for word in _SYNTAX_WORDS)
            or (unknown is not None and unknown.group(1).upper() in _STEP_KEYWORDS)
        ):
            fatal.append(entry)
    return fatal


def warnings_from_log(
    entries: list[LogEntry], model: ifcopenshell.file, source: Callable[[], str | bytes]
) -> list[ReadingWarning]:
    """One warning per (non-fatal) entry; invalid enumerations are repaired in ``model``.

    ``source()`` returns the parsed text (offsets count into it); it is only called when an
    entry needs its instance located.
    """
    reader = _Reader(model, source)
    found = (reader.warning(entry) for entry in entries)
    return [warning for warning in found if warning is not None]


class _Reader:
    def __init__(self, model: ifcopenshell.file, source: Callable[[], str | bytes]) -> None:
        self.model = model
        self._source_call = source
        self._source: str | None = None
        self.schema = wrapper.schema_by_name(model.schema_identifier)

    @property
    def source(self) -> str:
        if self._source is None:
            raw = self._source_call()
            self._source = raw.decode("latin-1") if isinstance(raw, bytes | bytearray) else str(raw)
        return self._source

    def warning(self, entry: LogEntry) -> ReadingWarning | None:
        message = entry.message
        for pattern, method in (
            (_ENUM, self._invalid_enumeration),
            (_ENUM_UNEXPECTED, self._unexpected_enumeration),
            (_COUNT, self._attribute_count),
            (_DANGLING, self._dangling),
            (_UNKNOWN, self._unknown_entity),
            (_OVERWRITE, self._duplicate_id),
            (_DUPLICATE_GUID, self._duplicate_guid),
            (_REQUESTED, self._requested_type),
        ):
            match = pattern.search(message)
            if match:
                return method(match, message)
        return ReadingWarning(
            "parser_message",
            "-",
            None,
            _OFFSET.sub("", message).strip(),
            _t("read as far as possible"),
        )

    # -- locating instances ----------------------------------------------------------------

    def _entity(self, step_id: int) -> ifcopenshell.entity_instance | None:
        try:
            return self.model.by_id(step_id)
        except (RuntimeError, ValueError):
            return None

    def _label(self, step_id: int, fallback: str = "") -> tuple[str, str | None]:
        entity = self._entity(step_id)
        if entity is None:
            return (f"{fallback} #{step_id}".strip(), None)
        return describe_entity(entity)

    def _attribute_name(self, entity: ifcopenshell.entity_instance | None, index: int) -> str:
        if entity is None:
            return f"#{index + 1}"
        try:
            return entity.attribute_name(index)
        except (RuntimeError, IndexError, ValueError):
            return f"#{index + 1}"

    def _statement(self, offset: int) -> tuple[int, str, int, int] | None:
        """``(step id, class, start, end)`` of the instance statement holding ``offset``."""
        text = self.source
        offset = min(max(offset, 0), len(text))
        start = text.rfind(";", 0, offset) + 1
        match = _STATEMENT.match(text, start)
        if match is None:  # the offset points at the ';' ending the statement
            start = text.rfind(";", 0, max(offset - 1, 0)) + 1
            match = _STATEMENT.match(text, start)
        if match is None:
            return None
        end = text.find(";", match.end())
        return int(match.group(1)), match.group(2), match.end(), end if end >= 0 else len(text)

    def _argument_index(self, start: int, end: int, token: str) -> int | None:
        """Index of the top-level argument (between ``start``, after the opening parenthesis,
        and ``end``) that holds ``token``."""
        text = self.source
        depth, index, quoted = 0, 0, False
        position = start
        while position < end:
            char = text[position]
            if quoted:
                if char == "'":
                    quoted = False
            elif char == "'":
                quoted = True
            elif char == "(":
                depth += 1
            elif char == ")":
                depth -= 1
            elif char == "," and depth == 0:
                index += 1
            elif text.startswith(token, position):
                return index
            position += 1
        return None

    # -- one method per kind of entry ------------------------------------------------------

    def _invalid_enumeration(self, match: re.Match[str], message: str) -> ReadingWarning:
        literal, type_name = match.group(1), match.group(2)
        located = self._locate_token(message, f".{literal}.")
        if located is None:
            return ReadingWarning("invalid_enumeration", "-", type_name, literal, _t("unset"))
        entity, index = located
        label, global_id = describe_entity(entity) if entity else ("-", None)
        assumed = self._repair_enumeration(entity, index, literal, type_name)
        return ReadingWarning(
            "invalid_enumeration",
            label,
            self._attribute_name(entity, index) if index is not None else type_name,
            literal,
            assumed,
            entity.id() if entity else None,
            global_id,
        )

    def _locate_token(
        self, message: str, token: str
    ) -> tuple[ifcopenshell.entity_instance | None, int | None] | None:
        offset = _OFFSET.search(message)
        if offset is None:
            return None
        statement = self._statement(int(offset.group(1)))
        if statement is None:
            return None
        step_id, _, start, end = statement
        return self._entity(step_id), self._argument_index(start, end, token)

    def _repair_enumeration(
        self,
        entity: ifcopenshell.entity_instance | None,
        index: int | None,
        literal: str,
        type_name: str,
    ) -> Msg | str:
        """Set the attribute to the literal the exporter meant, NOTDEFINED, or leave it unset;
        return what was assumed."""
        items = self._enumeration_items(type_name)
        choice = _closest_literal(literal, items)
        if choice is None or entity is None or index is None or not self._is_plain(entity, index):
            return _t("unset")
        try:
            entity[index] = choice
        except (RuntimeError, TypeError, ValueError, IndexError):
            return _t("unset")
        return choice

    def _enumeration_items(self, type_name: str) -> tuple[str, ...]:
        try:
            declaration = self.schema.declaration_by_name(type_name)
        except RuntimeError:
            return ()
        enumeration = declaration.as_enumeration_type()
        return tuple(enumeration.enumeration_items()) if enumeration is not None else ()

    def _is_plain(self, entity: ifcopenshell.entity_instance, index: int) -> bool:
        """Whether attribute ``index`` holds an enumeration directly (not in a select or a
        list, where a repaired value would need a type name)."""
        try:
            kind = entity.attribute_type(index)
        except (RuntimeError, IndexError, AttributeError):
            return False
        return kind == "ENUMERATION"

    def _unexpected_enumeration(self, match: re.Match[str], message: str) -> ReadingWarning:
        literal = match.group(1)
        located = self._locate_token(message, f".{literal}.")
        entity, index = located if located else (None, None)
        label, global_id = describe_entity(entity) if entity else ("-", None)
        return ReadingWarning(
            "invalid_enumeration",
            label,
            self._attribute_name(entity, index) if index is not None else None,
            literal,
            _t("unset"),
            entity.id() if entity else None,
            global_id,
        )

    def _attribute_count(self, match: re.Match[str], _message: str) -> ReadingWarning:
        expected, found, step_id = int(match.group(1)), int(match.group(2)), int(match.group(3))
        label, global_id = self._label(step_id)
        assumed = (
            _t("the missing {count} unset", count=expected - found)
            if found < expected
            else _t("the extra {count} ignored", count=found - expected)
        )
        return ReadingWarning(
            "attribute_count",
            label,
            _t("{expected} attributes", expected=expected),
            _t("{found} values", found=found),
            assumed,
            step_id,
            global_id,
        )

    def _dangling(self, match: re.Match[str], _message: str) -> ReadingWarning:
        target, step_id, index = int(match.group(1)), int(match.group(2)), int(match.group(3))
        entity = self._entity(step_id)
        label, global_id = describe_entity(entity) if entity else (f"#{step_id}", None)
        return ReadingWarning(
            "dangling_reference",
            label,
            self._attribute_name(entity, index),
            f"#{target}",
            _t("no reference (the instance is not in the file)"),
            step_id,
            global_id,
        )

    def _unknown_entity(self, match: re.Match[str], message: str) -> ReadingWarning:
        name = match.group(1)
        offset = _OFFSET.search(message)
        statement = self._statement(int(offset.group(1))) if offset else None
        element = f"{name} #{statement[0]}" if statement else name
        return ReadingWarning(
            "unknown_entity",
            element,
            None,
            name,
            _t("instance skipped: the schema has no such class"),
            statement[0] if statement else None,
        )

    def _duplicate_id(self, match: re.Match[str], _message: str) -> ReadingWarning:
        step_id = int(match.group(1))
        label, global_id = self._label(step_id)
        return ReadingWarning(
            "duplicate_id",
            label,
            None,
            _t("#{id} defined twice", id=step_id),
            _t("the last definition"),
            step_id,
            global_id,
        )

    def _duplicate_guid(self, match: re.Match[str], _message: str) -> ReadingWarning:
        guid = match.group(1)
        return ReadingWarning(
            "duplicate_global_id",
            guid,
            "GlobalId",
            _t("{guid} used by more than one instance", guid=guid),
            _t("only one of them is found by its GlobalId"),
            None,
            guid,
        )

    def _requested_type(self, _match: re.Match[str], _message: str) -> None:
        """ifcopenshell read an attribute (the GlobalId, for its index) of the wrong type or
        unset; the message does not say which instance, the schema check does."""
        return None


def _closest_literal(literal: str, items: tuple[str, ...]) -> str | None:
    """The enumeration item the exporter meant: the same word in another case or spelling
    (METER → METRE), else NOTDEFINED when the enumeration has it, else None."""
    upper = literal.upper()
    if upper in items:
        return upper
    for old, new in _SPELLINGS:
        if upper.endswith(old) and upper[: -len(old)] + new in items:
            return upper[: -len(old)] + new
        if old in upper and upper.replace(old, new) in items:
            return upper.replace(old, new)
    return "NOTDEFINED" if "NOTDEFINED" in items else None
