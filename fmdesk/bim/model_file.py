"""Open an IFC model from ``.ifc`` or ``.ifczip``, turning every failure into one clear sentence.

ifcopenshell reports most problems as "Syntax error during parse, check logs" or silently
drops what it cannot read. Users need to know *which* problem they have, because each has a
different fix: a wrong file picked, a damaged download, a schema this build cannot read, an
ifcXML export that needs re-exporting as STEP. So the file is sniffed and its header read here
first, ifcopenshell's log is turned into a line number, and the parsed model is checked for
content. Raw non-ASCII bytes in STEP strings (UTF-8, GBK, Windows-1251 written unescaped) are
re-encoded as proper escapes first so Chinese names survive (see :mod:`fmdesk.bim.text`).
"""

from __future__ import annotations

import hashlib
import json
import re
import zipfile
from dataclasses import dataclass
from pathlib import Path

import ifcopenshell

from fmdesk.bim.errors import (
    EmptyModelError,
    IfcXmlNotSupportedError,
    ModelArchiveError,
    ModelHeaderError,
    ModelNotFoundError,
    ModelSyntaxError,
    ModelUnreadableError,
    NotIfcError,
    UnsupportedSchemaError,
)
from fmdesk.bim.text import escape_step_bytes

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
_ERROR_IN_LOG = re.compile(r"\[error\][^\]]*\]\s*(.+)")
_SIGNATURES = (
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"%PDF", "a PDF document"),
    (b"AC10", "a DWG drawing"),
    (b"SQLite format 3", "an SQLite database"),
    (b"\xd0\xcf\x11\xe0", "an old Microsoft Office document"),
    (b"glTF", "a glTF model"),
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
        data, name = _unzip_ifc(path, data)
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
        raise ModelNotFoundError(f"Model file not found: {path}; check the path and try again.")
    if path.is_dir():
        raise ModelUnreadableError(f"{path} is a folder, not a model file; choose an .ifc file.")
    try:
        return path.read_bytes()
    except PermissionError:
        raise ModelUnreadableError(
            f"No permission to read {path}; ask for read access or copy the file elsewhere."
        ) from None
    except OSError as error:
        raise ModelUnreadableError(
            f"Cannot read {path} ({error.strerror or error}); check the disk or copy the file."
        ) from None


def _unzip_ifc(path: Path, data: bytes) -> tuple[bytes, str]:
    """Return the bytes and name of the first .ifc inside an .ifczip archive."""
    try:
        archive = zipfile.ZipFile(path)
    except zipfile.BadZipFile:
        raise ModelArchiveError(
            f"{path.name} is not a valid zip archive (damaged or incomplete); download or "
            "export it again."
        ) from None
    with archive:
        members = [info for info in archive.infolist() if not info.is_dir()]
        ifc_members = [info for info in members if info.filename.lower().endswith(".ifc")]
        if not ifc_members:
            if any(info.filename.lower().endswith(".ifcxml") for info in members):
                raise IfcXmlNotSupportedError(
                    f"{path.name} contains an ifcXML model; ifcXML is not supported, export "
                    "as .ifc."
                )
            raise ModelArchiveError(
                f"{path.name} contains no .ifc file; an .ifczip must hold one .ifc model."
            )
        member = ifc_members[0]
        try:
            return archive.read(member), f"{path.name}/{member.filename}"
        except NotImplementedError:
            raise ModelArchiveError(
                f"{path.name} uses a zip compression method ({member.compress_type}) this "
                "program cannot unpack; re-zip it with standard Deflate or open the .ifc."
            ) from None
        except RuntimeError:
            raise ModelArchiveError(
                f"{path.name} is encrypted; unzip it with its password and open the .ifc."
            ) from None
        except (zipfile.BadZipFile, OSError, EOFError):
            raise ModelArchiveError(
                f"{path.name} is damaged ({member.filename} cannot be unpacked); download or "
                "export it again."
            ) from None


def _check_is_step(data: bytes, name: str) -> None:
    head = data[:4096].lstrip(b"\xef\xbb\xbf \t\r\n")
    if head.startswith(_STEP_MAGIC):
        return
    if not data:
        raise NotIfcError(f"{name} is empty (0 bytes); it is not an IFC model.")
    if head.startswith(b"<"):
        lowered = head.lower()
        if b"<ifc" in lowered or b"iso_10303_28" in lowered or b"ifcxml" in lowered:
            raise IfcXmlNotSupportedError(
                f"{name} is an ifcXML file; ifcXML is not supported, export as .ifc."
            )
        raise NotIfcError(f"{name} is an XML/HTML file, not an IFC model; choose an .ifc file.")
    for signature, what in _SIGNATURES:
        if head.startswith(signature):
            raise NotIfcError(f"{name} is {what}, not an IFC model; choose an .ifc file.")
    raise NotIfcError(
        f"{name} is not an IFC file (it does not start with ISO-10303-21); choose an .ifc file."
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
            f"{name} has no FILE_SCHEMA in its header, so its IFC version is unknown; export it "
            "again."
        )
    schema = match.group(1).decode("ascii", errors="replace").strip().upper()
    if schema not in SUPPORTED_SCHEMAS and schema not in SCHEMA_ALIASES:
        what = schema or "an empty schema name"
        raise UnsupportedSchemaError(
            f"{name} uses schema {what}, which is not supported; export as one of "
            f"{_SUPPORTED_TEXT}.",
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
    """Parse with ifcopenshell: the plain-ASCII file on disk, or the re-escaped ``text``."""
    ifcopenshell.get_log()  # drop messages left by earlier opens
    try:
        if text is None:
            model = ifcopenshell.open(str(path), format=".ifc", lazy=lazy)
        else:
            model = ifcopenshell.file.from_string(text)
    except Exception as error:  # ifcopenshell raises several unrelated types here
        messages = _log_errors(ifcopenshell.get_log())
        raise _parse_error(error, messages, _source(path, text), name) from None
    fatal = [m for m in _log_errors(ifcopenshell.get_log()) if "Instance reference #" not in m]
    if fatal:
        # ifcopenshell skips instances it cannot parse and carries on: refuse rather than show
        # a model with silently missing pipes or relationships (dangling references, common in
        # real exports, are tolerated)
        raise _syntax_error(fatal, _source(path, text), name)
    return model


def _source(path: Path | None, text: str | None) -> str | bytes:
    """What the parser's offsets count into: the text given, or the file's bytes."""
    if text is not None or path is None:
        return text or ""
    return path.read_bytes()


def _log_errors(log: str) -> list[str]:
    """Error messages from ifcopenshell's log, in text or JSON format (the geometry code
    switches the process-wide format to JSON while it tessellates)."""
    messages = []
    for line in log.splitlines():
        if line.startswith("{"):
            try:
                entry = json.loads(line)
            except ValueError:
                continue
            if entry.get("level") == "error" and entry.get("message"):
                messages.append(str(entry["message"]).strip())
        else:
            match = _ERROR_IN_LOG.match(line)
            if match:
                messages.append(match.group(1).strip())
    return messages


def _check_complete(data: bytes, name: str) -> None:
    if b"END-ISO-10303-21" not in data[-1024:]:
        line = data.count(b"\n") + 1
        raise ModelSyntaxError(
            f"{name} ends at line {line} without END-ISO-10303-21; the file is incomplete "
            "(interrupted download or export), get it again.",
            line,
        )


def _parse_error(
    error: Exception, messages: list[str], source: str | bytes, name: str
) -> Exception:
    detail = messages[0] if messages else str(error)
    if "header" in str(error).lower():
        return ModelHeaderError(
            f"{name} has an invalid STEP header ({detail}); export the model again."
        )
    if "schema" in str(error).lower():
        return ModelHeaderError(f"{name} names no readable schema ({detail}); export it again.")
    return _syntax_error(messages, source, name, fallback=str(error))


def _syntax_error(
    messages: list[str], source: str | bytes, name: str, fallback: str = "unreadable data"
) -> ModelSyntaxError:
    """Turn ifcopenshell's first located error into a sentence with the line it points at."""
    located = [message for message in messages if _OFFSET_IN_LOG.search(message)]
    detail = (located or messages or [fallback])[0]
    offset = _OFFSET_IN_LOG.search(detail)
    line = None
    if offset:
        position = int(offset.group(1))
        newline = b"\n" if isinstance(source, bytes) else "\n"
        line = source[:position].count(newline) + 1  # type: ignore[arg-type]
        detail = " ".join(_OFFSET_IN_LOG.sub("", detail).split())
    where = f" near line {line}" if line else ""
    return ModelSyntaxError(
        f"{name} has a syntax error{where} ({detail}); the file is damaged, export it again.",
        line,
    )


def _check_not_empty(model: ifcopenshell.file, name: str) -> None:
    if not model.by_type("IfcProject"):
        raise EmptyModelError(
            f"{name} contains no IfcProject ({len(list(model))} entities), so there is no model "
            "to show; export the full model."
        )
    has_content = any(model.by_type(cls) for cls in ("IfcSpatialStructureElement", "IfcElement"))
    if not has_content:
        raise EmptyModelError(
            f"{name} contains a project but no site, building, storey, space or element; "
            "export the full model."
        )
