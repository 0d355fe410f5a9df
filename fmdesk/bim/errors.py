"""Why a model could not be opened, one subclass per cause a user can act on.

Each error is a :class:`fmdesk.errors.ModelOpenError` carrying one sentence; ``category`` is a
stable machine-readable word (used by ``--json`` callers and tests) so the GUI can offer the
right follow-up (pick another file, re-export as IFC4, …) without parsing the message.
"""

from __future__ import annotations

from fmdesk.errors import ModelOpenError
from fmdesk.i18n import Msg

__all__ = [
    "EmptyModelError",
    "IfcXmlNotSupportedError",
    "ModelArchiveError",
    "ModelHeaderError",
    "ModelNotFoundError",
    "ModelSyntaxError",
    "ModelUnreadableError",
    "NotIfcError",
    "UnsupportedSchemaError",
]


class ModelNotFoundError(ModelOpenError):
    """The path does not exist."""

    category = "missing"


class ModelUnreadableError(ModelOpenError):
    """The path exists but cannot be read (a folder, no permission, an I/O error)."""

    category = "unreadable"


class NotIfcError(ModelOpenError):
    """The file is not an ISO 10303-21 (STEP) file at all: an image, a text file, a PDF…"""

    category = "not_ifc"


class IfcXmlNotSupportedError(ModelOpenError):
    """ifcXML (ISO 10303-28) files are recognised but not read."""

    category = "ifcxml"


class ModelArchiveError(ModelOpenError):
    """An .ifczip that is corrupt, uses an unsupported compression method or holds no .ifc."""

    category = "zip"


class ModelHeaderError(ModelOpenError):
    """The STEP HEADER section is malformed (missing or misordered FILE_* entries)."""

    category = "header"


class ModelSyntaxError(ModelOpenError):
    """The DATA section cannot be parsed; ``line`` is the 1-based line when known."""

    category = "syntax"

    def __init__(self, message: Msg | str, line: int | None = None) -> None:
        super().__init__(message)
        self.line = line


class UnsupportedSchemaError(ModelOpenError):
    """The header names a schema this build cannot read (IFC4X4, IFC4X3_ADD1, COBIE…)."""

    category = "schema"

    def __init__(self, message: Msg | str, schema: str) -> None:
        super().__init__(message)
        self.schema = schema


class EmptyModelError(ModelOpenError):
    """The file parses but has no IfcProject, or no spatial element and no element at all."""

    category = "empty"
