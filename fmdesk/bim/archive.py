"""Unpack the .ifc inside an .ifczip, whatever zip compression wrote it.

Python's zipfile reads Stored, Deflate, BZip2 and LZMA. Windows tools and 7-Zip also write
Deflate64 (method 9) and 7-Zip PPMd (method 98); for those the member's raw bytes are read from
its local header and decompressed by a maintained library (inflate64 and pyppmd, both
LGPL-2.1+, by the py7zr author), then checked against the archive's CRC-32 and size. No inflate
is hand-written here.
"""

from __future__ import annotations

import lzma
import struct
import zipfile
import zlib
from pathlib import Path

from fmdesk.bim.errors import IfcXmlNotSupportedError, ModelArchiveError
from fmdesk.i18n import _t

__all__ = ["DEFLATE64", "PPMD", "read_ifc_member"]

DEFLATE64 = 9
PPMD = 98
_LOCAL_HEADER = struct.Struct("<4s5H3I2H")
_LOCAL_SIGNATURE = b"PK\x03\x04"


def read_ifc_member(path: Path) -> tuple[bytes, str]:
    """Return the bytes and the name (``archive.ifczip/inner.ifc``) of the first .ifc inside
    the archive at ``path``; one-sentence :class:`ModelArchiveError` otherwise.

    >>> data, name = read_ifc_member(Path("model.ifczip"))  # doctest: +SKIP
    """
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError, EOFError):
        raise ModelArchiveError(
            _t(
                "{name} is not a valid zip archive (damaged or incomplete); download or export "
                "it again.",
                name=path.name,
            )
        ) from None
    with archive:
        member = _ifc_member(path, archive)
        return _read_member(path, archive, member), f"{path.name}/{member.filename}"


def _ifc_member(path: Path, archive: zipfile.ZipFile) -> zipfile.ZipInfo:
    members = [info for info in archive.infolist() if not info.is_dir()]
    ifc_members = [info for info in members if info.filename.lower().endswith(".ifc")]
    if ifc_members:
        return ifc_members[0]
    if any(info.filename.lower().endswith(".ifcxml") for info in members):
        raise IfcXmlNotSupportedError(
            _t(
                "{name} contains an ifcXML model; ifcXML is not supported, export as .ifc.",
                name=path.name,
            )
        )
    raise ModelArchiveError(
        _t("{name} contains no .ifc file; an .ifczip must hold one .ifc model.", name=path.name)
    )


def _read_member(path: Path, archive: zipfile.ZipFile, member: zipfile.ZipInfo) -> bytes:
    if member.flag_bits & 0x1:
        raise ModelArchiveError(
            _t(
                "{name} is encrypted; unzip it with its password and open the .ifc.",
                name=path.name,
            )
        )
    try:
        if member.compress_type in (DEFLATE64, PPMD):
            return _decompress_raw(path, member)
        return archive.read(member)
    except NotImplementedError:
        raise ModelArchiveError(
            _t(
                "{name} uses a zip compression method ({method}) this program cannot unpack; "
                "re-zip it with standard Deflate or open the .ifc.",
                name=path.name,
                method=member.compress_type,
            )
        ) from None
    except RuntimeError:
        raise ModelArchiveError(
            _t(
                "{name} is encrypted; unzip it with its password and open the .ifc.",
                name=path.name,
            )
        ) from None
    except (zipfile.BadZipFile, OSError, EOFError, ValueError, zlib.error, lzma.LZMAError):
        raise ModelArchiveError(
            _t(
                "{name} is damaged ({member} cannot be unpacked); download or export it again.",
                name=path.name,
                member=member.filename,
            )
        ) from None


def _decompress_raw(path: Path, member: zipfile.ZipInfo) -> bytes:
    """Decompress a member zipfile cannot: read its raw bytes, inflate, check CRC and size."""
    raw = _raw_bytes(path, member)
    if member.compress_type == DEFLATE64:
        import inflate64

        data = inflate64.Inflater().inflate(raw)
    else:
        data = _unppmd(raw, member.file_size)
    if len(data) != member.file_size or zlib.crc32(data) != member.CRC:
        raise zipfile.BadZipFile("CRC or size mismatch")
    return data


def _raw_bytes(path: Path, member: zipfile.ZipInfo) -> bytes:
    with open(path, "rb") as stream:
        stream.seek(member.header_offset)
        header = stream.read(_LOCAL_HEADER.size)
        if len(header) != _LOCAL_HEADER.size:
            raise zipfile.BadZipFile("truncated local header")
        fields = _LOCAL_HEADER.unpack(header)
        if fields[0] != _LOCAL_SIGNATURE:
            raise zipfile.BadZipFile("bad local header")
        name_length, extra_length = fields[-2], fields[-1]
        stream.seek(member.header_offset + _LOCAL_HEADER.size + name_length + extra_length)
        raw = stream.read(member.compress_size)
    if len(raw) != member.compress_size:
        raise zipfile.BadZipFile("truncated member")
    return raw


def _unppmd(raw: bytes, size: int) -> bytes:
    """PPMd variant I (PPMd8) as zip stores it: a two-byte parameter word, then the data
    (APPNOTE 5.10: order - 1 in bits 0-3, memory in MB - 1 in bits 4-11, restore method in
    bits 12-15)."""
    import pyppmd

    if len(raw) < 2:
        raise zipfile.BadZipFile("truncated PPMd header")
    (word,) = struct.unpack("<H", raw[:2])
    order = (word & 0x0F) + 1
    memory = (((word >> 4) & 0xFF) + 1) << 20
    restore = word >> 12
    decoder = pyppmd.Ppmd8Decoder(order, memory, restore_method=restore)
    return decoder.decode(raw[2:], size)
