"""Text repair for STEP files written by exporters that ignore the STEP string encoding.

ISO 10303-21 strings are ASCII; anything else must be escaped (``\\X2\\4E00\\X0\\``). Some
exporters write raw UTF-8, GBK or Windows-1251 bytes instead, and ifcopenshell silently drops
every byte above 0x7F, so "一层" would arrive as an empty name. :func:`escape_raw_text` guesses
the encoding of such a file and rewrites the non-ASCII characters as proper ``\\X2\\`` escapes
before parsing. :func:`repair_text` undoes the other common fault, mojibake: UTF-8 bytes that
were escaped one byte per character (``\\X\\E4\\X\\B8\\X\\80``) and so read back as "ä¸\\x80".
"""

from __future__ import annotations

import re

__all__ = [
    "decode_raw_bytes",
    "escape_raw_text",
    "escape_step_bytes",
    "guess_raw_encoding",
    "repair_text",
]

_HIGH_RUN = re.compile(rb"[\x80-\xff]+")


def guess_raw_encoding(data: bytes) -> str:
    """Name the encoding of the non-ASCII bytes in ``data`` (``"ascii"`` when there are none).

    UTF-8 is tried first (strict decoding rarely succeeds by accident); then GBK when most
    decoded characters are common Chinese characters (GB2312 level 1 or CJK punctuation); then
    Windows-1251 when the high bytes come in runs (Cyrillic words); else Windows-1252.

    >>> guess_raw_encoding("一层".encode("gbk"))
    'gb18030'
    """
    if data.isascii():
        return "ascii"
    try:
        data.decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError:
        pass
    if _looks_chinese(data):
        return "gb18030"
    runs = _HIGH_RUN.findall(data)
    mean_run = sum(len(run) for run in runs) / len(runs)
    return "cp1251" if mean_run >= 2 else "cp1252"


def _looks_chinese(data: bytes) -> bool:
    text = data.decode("gb18030", errors="replace")
    wide = [char for char in text if ord(char) > 0x7F]
    common = 0
    for char in wide:
        try:
            encoded = char.encode("gb2312")
        except UnicodeEncodeError:
            continue
        if 0xB0 <= encoded[0] <= 0xD7 or 0xA1 <= encoded[0] <= 0xA9:
            common += 1
    return bool(wide) and common / len(wide) >= 0.8


def decode_raw_bytes(data: bytes) -> str:
    """Decode bytes holding raw non-ASCII text, best guess (see :func:`guess_raw_encoding`)."""
    encoding = guess_raw_encoding(data)
    if encoding == "ascii":
        return data.decode("ascii")
    return data.decode(encoding, errors="replace")


def escape_step_bytes(data: bytes) -> str:
    r"""Return a STEP file's text with every raw non-ASCII string re-encoded as escapes.

    Each quoted segment holding high bytes is decoded on its own, so a UTF-8 file with one
    stray Windows-1252 byte keeps its Chinese names, and line numbers are unchanged.

    >>> print(escape_step_bytes("#1=IFCWALL('一层');".encode("gbk")))
    #1=IFCWALL('\X2\4E005C42\X0\');
    """
    if data.isascii():
        return data.decode("ascii")
    try:  # the common case, a whole file of valid UTF-8, in one pass
        return escape_raw_text(data.decode("utf-8"))
    except UnicodeDecodeError:
        pass
    parts: list[str] = []
    position = 0
    for match in _HIGH_RUN.finditer(data):
        if match.start() < position:
            continue
        start = max(
            data.rfind(b"'", position, match.start()), data.rfind(b"\n", position, match.start())
        )
        start = position if start < 0 else start + 1
        ends = [data.find(b"'", match.end()), data.find(b"\n", match.end())]
        end = min((value for value in ends if value >= 0), default=len(data))
        parts.append(data[position:start].decode("ascii", errors="replace"))
        parts.append(escape_raw_text(decode_raw_bytes(data[start:end])))
        position = end
    parts.append(data[position:].decode("ascii", errors="replace"))
    return "".join(parts)


def escape_raw_text(text: str) -> str:
    r"""Rewrite every non-ASCII character as a STEP ``\X2\…\X0\`` (or ``\X4\``) escape.

    Line breaks are untouched, so parser line numbers still match the original file.

    >>> print(escape_raw_text("'一层'"))
    '\X2\4E005C42\X0\'
    """
    if text.isascii():
        return text
    return re.sub(r"[^\x00-\x7f]+", _escape_run, text)


def _escape_run(match: re.Match[str]) -> str:
    run = match.group(0)
    if all(ord(char) <= 0xFFFF for char in run):
        return "\\X2\\" + "".join(f"{ord(char):04X}" for char in run) + "\\X0\\"
    return "\\X4\\" + "".join(f"{ord(char):08X}" for char in run) + "\\X0\\"


# a UTF-8 lead byte (Â..ô) followed by a continuation byte as Latin-1 or Windows-1252 shows it
_MOJIBAKE_HINT = re.compile(
    "[\u00c2-\u00f4][\u0080-\u00bf\u0152-\u0178\u0192\u02c6\u02dc\u2013-\u2122]"
)


def repair_text(value: object) -> str | None:
    """Return ``value`` with UTF-8 mojibake undone; other text is returned unchanged.

    Exporters that escape UTF-8 byte by byte produce Latin-1/Windows-1252 lookalikes of the
    real text. The repair is applied only when re-encoding gives valid UTF-8 that is shorter,
    so genuine accented text ("Étage") is left alone.

    >>> repair_text("ä¸€å±‚")
    '一层'

    A value that is not text (a number where a name belongs in a broken export) is read as its
    digits; anything else as None.
    """
    if not isinstance(value, str):
        if isinstance(value, int | float) and not isinstance(value, bool):
            return str(value)
        return None
    if not value or value.isascii() or not _MOJIBAKE_HINT.search(value):
        return value
    for codec in ("latin-1", "cp1252"):
        try:
            repaired = value.encode(codec).decode("utf-8")
        except (UnicodeEncodeError, UnicodeDecodeError):
            continue
        if len(repaired) < len(value):
            return repaired
    return value
