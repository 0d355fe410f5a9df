"""Open an IFC model from ``.ifc`` or ``.ifczip``, turning every failure into one clear sentence.

ifcopenshell reports most problems as "Syntax error during parse, check logs" or silently
drops what it cannot read. Users need to know *which* problem they have, because each has a
different fix: a wrong file picked, a damaged download, a schema this build cannot read, an
ifcXML export that needs re-exporting as STEP. So the file is sniffed and its header read here
first, ifcopenshell's log is turned into a line number, and the parsed model is checked for
content. Schema slips that ifcopenshell reads past (an enumeration value out of its enumeration,
a reference to a missing instance…) do not refuse the file: they become reading warnings kept
with the model (:func:`fmdesk.bim.reading_warnings`). Raw non-ASCII bytes in STEP strings
(UTF-8, GBK, Windows-1251 written unescaped) are re-encoded as proper escapes first so Chinese
names survive (see :mod:`fmdesk.bim.text`).
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from pathlib import Path

import ifcopenshell

from fmdesk.bim.archive import read_ifc_member
from fmdesk.bim.errors import (
    EmptyModelError,
    IfcXmlNotSupportedError,
    ModelHeaderError,
    ModelNotFoundError,
    ModelSyntaxError,
    ModelUnreadableError,
    NotIfcError,
    UnsupportedSchemaError,
)
from fmdesk.bim.parse_log import LogEntry, fatal_entries, read_log, warnings_from_log
from fmdesk.bim.reading_warnings import record_warnings
from fmdesk.bim.text import escape_step_bytes
from fmdesk.i18n import Msg, _t

__all__ = [
    "SCHEMA_ALIASES",
    "SUPPORTED_SCHEMAS",
    "StepHeader",
    "hash_model_file",
    "open_model",
    "read_step_header",
]

SUPPORTED_SCHEMAS = ("IFC2X3", "IFC4", "IFC4X3_ADD2")
SCHEMA_ALIASES = {"IFC4X3": "IFC4X3_ADD2", "IFC2X3_TC1": "IFC2X3"}
"""Header names some exporters write for a supported schema; read with the schema they mean."""
_SUPPORTED_TEXT = ", ".join(SUPPORTED_SCHEMAS)
_STEP_MAGIC = b"ISO-10303-21"
_UTF8_BOM = b"\xef\xbb\xbf"
_HEADER_LIMIT = 256 * 1024
_FILE_SCHEMA = re.compile(rb"FILE_SCHEMA\s*\(\s*\(\s*'([^']*)'", re.IGNORECASE)
_OFFSET_IN_LOG = re.compile(r"at offset (\d+)")
_SIGNATURES = (
    (b"\x89PNG", _t("a PNG image")),
    (b"\xff\xd8\xff", _t("a JPEG image")),
    (b"GIF8", _t("a GIF image")),
    (b"%PDF", _t("a PDF document")),
    (b"AC10", _t("a DWG drawing")),
    (b"SQLite format 3", _t("an SQLite database")),
    (b"\xd0\xcf\x11\xe0", _t("an old Microsoft Office document")),
    (b"glTF", _t("a glTF model")),
)


@dataclass(frozen=True)
class StepHeader:
    """What the STEP header says before any data is parsed."""

    schema: str
    """The schema identifier as written, upper-cased (``IFC4X3_ADD2``, or an alias ``IFC4X3``)."""

    @property
    def reading_schema(self) -> str:
        """The supported schema the file is read with (aliases resolved)."""
        return SCHEMA_ALIASES.get(self.schema, self.schema)


def open_model(path: str | Path, lazy: bool = False) -> ifcopenshell.file:
    """Open ``path`` (.ifc or .ifczip) and return the model, or raise one ``ModelOpenError``.

    Accepted schemas: IFC2X3, IFC4 and IFC4X3_ADD2 (``model.schema`` then reads ``IFC4X3``,
    ``model.schema_identifier`` ``IFC4X3_ADD2``). A model counts as empty, and is refused,
    when it has no IfcProject or has neither a spatial element (site, building, storey,
    space) nor a physical element.

    >>> model = open_model("ifc_samples/sample_residential_ifc4.ifc")  # doctest: +SKIP
    >>> model.schema  # doctest: +SKIP
    'IFC4'

    ``lazy`` (plain ASCII files on disk) indexes the file in one quick pass and parses each
    instance when it is first read: the geometry workers use it (half the memory, a third less
    time to open).
    """
    path = Path(path)
    data = _read_bytes(path)
    name = path.name
    is_step = data[:4096].lstrip(b"\xef\xbb\xbf \t\r\n").startswith(_STEP_MAGIC)
    if data.startswith(b"PK\x03\x04") or (path.suffix.lower() == ".ifczip" and not is_step):
        data, name = read_ifc_member(path)
    _check_is_step(data, name)
    header = read_step_header(data[:_HEADER_LIMIT], name)
    _check_complete(data, name)
    from_disk = name == path.name  # else the bytes differ from the file: parse from memory
    if data.startswith(_UTF8_BOM):  # Windows editors add one; ifcopenshell rejects it
        data, from_disk = data[len(_UTF8_BOM) :], False
    if header.reading_schema != header.schema:
        data, from_disk = _rename_schema(data, header.reading_schema), False
    if from_disk and data.isascii():
        del data  # the parser reads the file itself; no second copy of a large model in memory
        model = _parse_step(path, None, name, lazy)
    else:
        text = escape_step_bytes(data)
        del data
        model = _parse_step(None, text, name)
    _check_not_empty(model, name)
    return model


def hash_model_file(path: str | Path) -> str:
    """SHA-256 (hex) of the file's bytes, read in 1 MiB blocks so a large model is never held
    whole: the same model keeps its identity (import revision, network corrections, geometry
    cache) wherever it lies or whatever it is called.

    >>> hash_model_file("ifc_samples/sample_residential_ifc4.ifc")[:8]  # doctest: +SKIP
    '3f1c9a0e'
    """
    digest = hashlib.sha256()
    with open(path, "rb") as stream:
        for block in iter(lambda: stream.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _read_bytes(path: Path) -> bytes:
    if not path.exists():
        raise ModelNotFoundError(
            _t("Model file not found: {path}; check the path and try again.", path=path)
        )
    if path.is_dir():
        raise ModelUnreadableError(
            _t("{path} is a folder, not a model file; choose an .ifc file.", path=path)
        )
    try:
        return path.read_bytes()
    except PermissionError:
        raise ModelUnreadableError(
            _t(
                "No permission to read {path}; ask for read access or copy the file elsewhere.",
                path=path,
            )
        ) from None
    except OSError as error:
        raise ModelUnreadableError(
            _t(
                "Cannot read {path} ({reason}); check the disk or copy the file.",
                path=path,
                reason=error.strerror or error,
            )
        ) from None


def _check_is_step(data: bytes, name: str) -> None:
    head = data[:4096].lstrip(b"\xef\xbb\xbf \t\r\n")
    if head.startswith(_STEP_MAGIC):
        return
    if not data:
        raise NotIfcError(_t("{name} is empty (0 bytes); it is not an IFC model.", name=name))
    if head.startswith(b"<"):
        lowered = head.lower()
        if b"<ifc" in lowered or b"iso_10303_28" in lowered or b"ifcxml" in lowered:
            raise IfcXmlNotSupportedError(
                _t("{name} is an ifcXML file; ifcXML is not supported, export as .ifc.", name=name)
            )
        raise NotIfcError(
            _t("{name} is an XML/HTML file, not an IFC model; choose an .ifc file.", name=name)
        )
    for signature, what in _SIGNATURES:
        if head.startswith(signature):
            raise NotIfcError(
                _t("{name} is {what}, not an IFC model; choose an .ifc file.", name=name, what=what)
            )
    raise NotIfcError(
        _t(
            "{name} is not an IFC file (it does not start with ISO-10303-21); choose an .ifc file.",
            name=name,
        )
    )


def read_step_header(data: bytes, name: str = "the file") -> StepHeader:
    """Read the schema from the first bytes of a STEP file and refuse unsupported ones.

    >>> read_step_header(b"ISO-10303-21;HEADER;FILE_SCHEMA(('IFC4'));ENDSEC;").schema
    'IFC4'
    """
    header_end = data.find(b"ENDSEC")
    header = data if header_end < 0 else data[:header_end]
    match = _FILE_SCHEMA.search(header)
    if not match:
        raise ModelHeaderError(
            _t(
                "{name} has no FILE_SCHEMA in its header, so its IFC version is unknown; export "
                "it again.",
                name=name,
            )
        )
    schema = match.group(1).decode("ascii", errors="replace").strip().upper()
    if schema not in SUPPORTED_SCHEMAS and schema not in SCHEMA_ALIASES:
        raise UnsupportedSchemaError(
            _t(
                "{name} uses schema {schema}, which is not supported; export as one of "
                "{supported}.",
                name=name,
                schema=schema or _t("an empty schema name"),
                supported=_SUPPORTED_TEXT,
            ),
            schema,
        )
    return StepHeader(schema=schema)


def _rename_schema(data: bytes, schema: str) -> bytes:
    """Rewrite FILE_SCHEMA in the header only (one occurrence, before the DATA section)."""
    header_end = data.find(b"ENDSEC")
    header = _FILE_SCHEMA.sub(
        lambda m: m.group(0).replace(m.group(1), schema.encode("ascii")), data[:header_end], 1
    )
    return header + data[header_end:]


def _parse_step(
    path: Path | None, text: str | None, name: str, lazy: bool = False
) -> ifcopenshell.file:
    """Parse with ifcopenshell (the plain-ASCII file on disk, or the re-escaped ``text``).

    ifcopenshell reads past schema slips and logs them; those become reading warnings kept with
    the model (see :mod:`fmdesk.bim.parse_log`). Damaged syntax, where the parser skipped part
    of the data, refuses the file: better no model than one with silently missing pipes.
    """
    ifcopenshell.get_log()  # drop messages left by earlier opens
    try:
        if text is None:
            model = ifcopenshell.open(str(path), format=".ifc", lazy=lazy)
        else:
            model = ifcopenshell.file.from_string(text)
    except Exception as error:  # ifcopenshell raises several unrelated types here
        entries = read_log(ifcopenshell.get_log())
        raise _parse_error(error, entries, _source(path, text), name) from None
    entries = read_log(ifcopenshell.get_log())
    fatal = fatal_entries(entries)
    if fatal:
        raise _syntax_error(fatal, _source(path, text), name)
    if entries:
        warnings = warnings_from_log(entries, model, lambda: _source(path, text))
        record_warnings(model, warnings)
    return model


def _source(path: Path | None, text: str | None) -> str | bytes:
    """What the parser's offsets count into: the text given, or the file's bytes."""
    if text is not None or path is None:
        return text or ""
    return path.read_bytes()


def _check_complete(data: bytes, name: str) -> None:
    if b"END-ISO-10303-21" not in data[-1024:]:
        line = data.count(b"\n") + 1
        raise ModelSyntaxError(
            _t(
                "{name} ends at line {line} without END-ISO-10303-21; the file is incomplete "
                "(interrupted download or export), get it again.",
                name=name,
                line=line,
            ),
            line,
        )


def _parse_error(
    error: Exception, entries: list[LogEntry], source: str | bytes, name: str
) -> Exception:
    detail = _parser_words(entries[0].message if entries else str(error))
    if "header" in str(error).lower():
        return ModelHeaderError(
            _t(
                "{name} has an invalid STEP header ({detail}); export the model again.",
                name=name,
                detail=detail,
            )
        )
    if "schema" in str(error).lower():
        return ModelHeaderError(
            _t(
                "{name} names no readable schema ({detail}); export it again.",
                name=name,
                detail=detail,
            )
        )
    return _syntax_error(entries, source, name, fallback=str(error))


def _syntax_error(
    entries: list[LogEntry], source: str | bytes, name: str, fallback: str = "unreadable data"
) -> ModelSyntaxError:
    """Turn ifcopenshell's first located error into a sentence with the line it points at."""
    messages = [entry.message for entry in entries]
    located = [message for message in messages if _OFFSET_IN_LOG.search(message)]
    detail = (located or messages or [fallback])[0]
    offset = _OFFSET_IN_LOG.search(detail)
    line = None
    if offset:
        position = int(offset.group(1))
        newline = b"\n" if isinstance(source, bytes) else "\n"
        line = source[:position].count(newline) + 1  # type: ignore[arg-type]
        detail = " ".join(_OFFSET_IN_LOG.sub("", detail).split())
    detail = _parser_words(detail)
    if line:
        message = _t(
            "{name} has a syntax error near line {line} ({detail}); the file is damaged, "
            "export it again.",
            name=name,
            line=line,
            detail=detail,
        )
    else:
        message = _t(
            "{name} has a syntax error ({detail}); the file is damaged, export it again.",
            name=name,
            detail=detail,
        )
    return ModelSyntaxError(message, line)


_PARSER_WORDS = (
    (re.compile(r"^Unexpected (.+)$"), _t("unexpected {token}")),
    (re.compile(r"^Expected (.+)$"), _t("expected {token}")),
)
"""ifcopenshell's usual parser complaints, said in the reader's language (the token stays)."""


def _parser_words(detail: str) -> Msg | str:
    """The parser's detail as a message when it is one of the usual complaints."""
    for pattern, message in _PARSER_WORDS:
        found = pattern.match(detail.strip())
        if found:
            return Msg(message.text, {"token": found.group(1)})
    return detail


def _check_not_empty(model: ifcopenshell.file, name: str) -> None:
    if not model.by_type("IfcProject"):
        raise EmptyModelError(
            _t(
                "{name} contains no IfcProject ({count} entities), so there is no model to show; "
                "export the full model.",
                name=name,
                count=len(list(model)),
            )
        )
    has_content = any(model.by_type(cls) for cls in ("IfcSpatialStructureElement", "IfcElement"))
    if not has_content:
        raise EmptyModelError(
            _t(
                "{name} contains a project but no site, building, storey, space or element; "
                "export the full model.",
                name=name,
            )
        )
