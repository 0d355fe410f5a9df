"""Open an IDS file: XSD validation (IfcTester), then our semantic audit, then our fixes.

An IDS that fails either check raises :class:`IdsInvalidError` with one sentence, so the CLI
exits 2 and the GUI shows a message box; nothing is checked against the model.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

import ifctester.ids
from ifctester.ids import Ids, IdsXmlValidationError
from xmlschema import XMLSchemaException

from fmdesk.errors import UserError
from fmdesk.handover.ids.audit import audit_ids
from fmdesk.handover.ids.facets import apply_fixes
from fmdesk.i18n import _t

__all__ = ["IdsInvalidError", "load_ids", "load_ids_text"]


class IdsInvalidError(UserError):
    """The IDS file itself is invalid (XML, XSD or IDS semantics): nothing was checked."""

    category = "invalid_ids"


def load_ids(path: str | Path) -> Ids:
    """The specifications of the IDS file at ``path``, audited and with our fixes applied."""
    path = Path(path)
    if not path.is_file():
        raise IdsInvalidError(_t("IDS file {path} does not exist.", path=str(path)))
    try:
        ids = ifctester.ids.open(str(path), validate=True)
    except IdsXmlValidationError as error:
        raise IdsInvalidError(
            _t(
                "{name} is not a valid IDS 1.0 file: {reason} (at {where}).",
                name=path.name,
                reason=_reason(error),
                where=getattr(error.xml_error, "path", None) or "-",
            )
        ) from None
    except (XMLSchemaException, SyntaxError, OSError, KeyError, TypeError) as error:
        raise IdsInvalidError(
            _t("{name} is not a readable IDS file: {reason}.", name=path.name, reason=str(error))
        ) from None
    return _audit_and_fix(ids, path.name)


def load_ids_text(text: str, name: str = "IDS") -> Ids:
    """Like :func:`load_ids` for IDS XML held in memory (the GUI's editor).

    Goes through a temporary file: IfcTester's ``from_string`` validates a re-parsed tree that
    has lost the ``xs:`` prefix, so every restriction's ``base="xs:string"`` fails the XSD."""
    with tempfile.TemporaryDirectory(prefix="fmdesk-ids-") as folder:
        path = Path(folder) / (Path(name).name or "IDS.ids")
        path.write_text(text, encoding="utf-8")
        return load_ids(path)


def _audit_and_fix(ids: Ids, name: str) -> Ids:
    findings = audit_ids(ids)
    if findings:
        first = findings[0]
        raise IdsInvalidError(
            _t(
                "{name} is not a valid IDS: in specification “{spec}”, {problem}",
                name=name,
                spec=first.specification,
                problem=first.message,
            )
        )
    return apply_fixes(ids)


def _reason(error: IdsXmlValidationError) -> str:
    reason = getattr(error.xml_error, "reason", None) or str(error.xml_error)
    return str(reason).rstrip(".")
