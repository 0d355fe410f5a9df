"""Tours exported and imported as files, to share between sites.

Two forms, one format (``"format": "fmdesk-tour"``, ``"version": 1``):

- ``.fmtour`` — a zip holding ``tour.json`` and the stops' photos and documents under
  ``files/`` (what a trainer sends to another site);
- ``.json`` — the same JSON alone, photos embedded as base64 (easy to read and to keep in a
  repository, e.g. the default tour in ``resources/training/``).

Reading never trusts the file: a bad zip, bad JSON, a wrong format or a stop without a title is
one sentence (:class:`TourFileError`), and nothing is imported.

Example::

    write_tour_file(tour, Path("泵房巡览.fmtour"))
    tour = read_tour_file(Path("泵房巡览.fmtour"))
"""

from __future__ import annotations

import base64
import json
import mimetypes
import zipfile
from pathlib import Path, PurePosixPath
from typing import Any

from fmdesk.errors import UserError
from fmdesk.i18n import _t
from fmdesk.training.tours import StopDocument, Tour, TourStop

__all__ = [
    "FORMAT",
    "VERSION",
    "TourFileError",
    "read_tour_file",
    "tour_to_data",
    "write_tour_file",
]

FORMAT = "fmdesk-tour"
VERSION = 1
MAX_FILE_BYTES = 200 * 1024 * 1024


class TourFileError(UserError):
    """A tour file cannot be read or written."""


def tour_to_data(tour: Tour, embed: bool = True) -> dict[str, Any]:
    """The tour as JSON-ready data (``embed``: photos as base64, else left to the zip)."""
    stops = []
    for number, stop in enumerate(tour.stops, start=1):
        item: dict[str, Any] = {"title": stop.title, "text": stop.text, "state": stop.state_dict()}
        if stop.document is not None and stop.document.data is not None:
            doc = stop.document
            entry: dict[str, Any] = {
                "file_name": doc.file_name,
                "title": doc.title,
                "mime_type": doc.mime_type,
            }
            if embed:
                entry["base64"] = base64.b64encode(doc.data).decode("ascii")
            else:
                entry["path"] = _member_name(number, doc.file_name)
            item["document"] = entry
        stops.append(item)
    return {
        "format": FORMAT,
        "version": VERSION,
        "model_key": tour.model_key,
        "model_name": tour.model_name,
        "title": tour.title,
        "summary": tour.summary,
        "created_by": tour.created_by,
        "stops": stops,
    }


def write_tour_file(tour: Tour, path: Path) -> Path:
    """Write ``tour`` to ``path``: a zip unless the name ends in ``.json``."""
    path = Path(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        if path.suffix.lower() == ".json":
            text = json.dumps(tour_to_data(tour, embed=True), ensure_ascii=False, indent=1)
            path.write_text(text + "\n", encoding="utf-8")
            return path
        data = tour_to_data(tour, embed=False)
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
            archive.writestr("tour.json", json.dumps(data, ensure_ascii=False, indent=1))
            for number, stop in enumerate(tour.stops, start=1):
                if stop.document is not None and stop.document.data is not None:
                    archive.writestr(
                        _member_name(number, stop.document.file_name), stop.document.data
                    )
    except OSError as error:
        raise TourFileError(
            _t("Cannot write {path}: {reason}.", path=str(path), reason=error.strerror or error)
        ) from error
    return path


def read_tour_file(path: Path) -> Tour:
    """Read a ``.fmtour`` zip or a ``.json`` tour; one sentence for anything wrong."""
    path = Path(path)
    try:
        if not path.is_file():
            raise TourFileError(_t("The tour file {path} does not exist.", path=str(path)))
        if path.stat().st_size > MAX_FILE_BYTES:
            raise TourFileError(_t("The tour file {path} is too large.", path=str(path)))
        if zipfile.is_zipfile(path):
            return _read_zip(path)
        return _tour_from_data(_parse_json(path.read_bytes(), path), None, path)
    except OSError as error:
        raise TourFileError(
            _t("Cannot read {path}: {reason}.", path=str(path), reason=error.strerror or error)
        ) from error


def _read_zip(path: Path) -> Tour:
    try:
        with zipfile.ZipFile(path) as archive:
            names = set(archive.namelist())
            if "tour.json" not in names:
                raise TourFileError(
                    _t("{path} is a zip file without tour.json; it is not a tour.", path=str(path))
                )
            data = _parse_json(archive.read("tour.json"), path)
            return _tour_from_data(data, archive, path)
    except (zipfile.BadZipFile, KeyError) as error:
        raise TourFileError(_t("{path} is a damaged zip file.", path=str(path))) from error


def _parse_json(raw: bytes, path: Path) -> dict[str, Any]:
    try:
        data = json.loads(raw.decode("utf-8-sig"))
    except (UnicodeDecodeError, ValueError) as error:
        raise TourFileError(
            _t("{path} is neither a tour file (.fmtour) nor tour JSON.", path=str(path))
        ) from error
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise TourFileError(_t("{path} is not an fmdesk tour.", path=str(path)))
    if int(data.get("version", 0) or 0) > VERSION:
        raise TourFileError(
            _t("{path} was written by a newer fmdesk; update fmdesk to import it.", path=str(path))
        )
    return data


def _tour_from_data(data: dict[str, Any], archive: zipfile.ZipFile | None, path: Path) -> Tour:
    title = str(data.get("title") or "").strip()
    model_key = str(data.get("model_key") or "").strip()
    stops_data = data.get("stops")
    if not title or not model_key or not isinstance(stops_data, list):
        raise TourFileError(
            _t("{path} lacks a title, a model or its stops; it cannot be imported.", path=str(path))
        )
    stops = []
    for number, item in enumerate(stops_data, start=1):
        if not isinstance(item, dict) or not str(item.get("title") or "").strip():
            raise TourFileError(
                _t("Stop {number} of {path} has no title.", number=number, path=str(path))
            )
        state = item.get("state") if isinstance(item.get("state"), dict) else {}
        document = _document(item.get("document"), archive, path)
        stops.append(
            TourStop.from_parts(
                str(item["title"]).strip(), str(item.get("text") or ""), state, document
            )
        )
    return Tour(
        title=title,
        model_key=model_key,
        stops=stops,
        model_name=str(data.get("model_name") or ""),
        summary=str(data.get("summary") or ""),
        created_by=str(data.get("created_by") or ""),
    )


def _document(entry: Any, archive: zipfile.ZipFile | None, path: Path) -> StopDocument | None:
    if not isinstance(entry, dict) or not entry.get("file_name"):
        return None
    name = str(entry["file_name"])
    try:
        if "base64" in entry:
            data = base64.b64decode(str(entry["base64"]), validate=True)
        elif archive is not None and entry.get("path"):
            data = archive.read(str(entry["path"]))
        else:
            return None
    except (ValueError, KeyError) as error:
        raise TourFileError(
            _t("The attachment {name} in {path} is damaged.", name=name, path=str(path))
        ) from error
    mime = str(entry.get("mime_type") or mimetypes.guess_type(name)[0] or "")
    return StopDocument(
        name, str(entry.get("title") or ""), mime or "application/octet-stream", None, data
    )


def _member_name(number: int, file_name: str) -> str:
    safe = PurePosixPath(file_name.replace("\\", "/")).name or "attachment"
    return f"files/{number:02d}_{safe}"
