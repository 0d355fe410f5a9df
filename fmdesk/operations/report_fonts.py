"""A Chinese font reportlab can embed, made from the system's CJK font.

reportlab embeds only TrueType outlines, while Linux ships Noto Sans CJK with CFF (PostScript)
outlines and the CID fonts reportlab knows (STSong-Light) are not embedded at all. So the
system's CJK font is subset (ASCII and the characters the reports have needed so far) and, if
its outlines are CFF, converted to TrueType quadratics with fontTools; the result is cached in
the cache folder and rebuilt (a second or two) only when a report needs a character it lacks.
"""

from __future__ import annotations

import io
import json
import threading
from pathlib import Path

from fmdesk.errors import UserError
from fmdesk.i18n import _t
from fmdesk.settings import cache_dir

__all__ = ["FONT_NAME", "chinese_font_path", "register_chinese_font"]

FONT_NAME = "FmdeskCJK"
CANDIDATES = (
    "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
    "/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc",
    "/usr/share/fonts/google-noto-cjk/NotoSansCJK-Regular.ttc",
    "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
    "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
    "C:/Windows/Fonts/msyh.ttc",
    "C:/Windows/Fonts/simhei.ttf",
    "C:/Windows/Fonts/simsun.ttc",
    "/System/Library/Fonts/PingFang.ttc",
    "/System/Library/Fonts/STHeiti Medium.ttc",
)
_lock = threading.Lock()
_registered: set[str] = set()


def chinese_font_path() -> Path:
    """The system's CJK font file (one sentence when there is none)."""
    for candidate in CANDIDATES:
        if Path(candidate).is_file():
            return Path(candidate)
    raise UserError(
        _t("No Chinese font is installed; install fonts-noto-cjk (Linux) and try again.")
    )


def _base_text() -> str:
    """ASCII and the punctuation and symbols reports use."""
    return "".join(chr(c) for c in range(32, 127)) + "，。、：；！？（）《》【】“”‘’—…·％℃±×÷≤≥→✓✗"


def register_chinese_font(text: str) -> str:
    """Register (once per process and character set) the embeddable Chinese font covering
    ``text`` with reportlab; returns its font name."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    needed = set(text) - {"\n", "\r", "\t"}
    with _lock:
        path, covered = _cached_font(needed)
        key = f"{path}:{len(covered)}"
        if key not in _registered:
            pdfmetrics.registerFont(TTFont(FONT_NAME, str(path)))
            _registered.add(key)
    return FONT_NAME


def _cached_font(needed: set[str]) -> tuple[Path, set[str]]:
    """The cached TrueType subset, rebuilt with ``needed`` when it lacks a character."""
    folder = cache_dir() / "fonts"
    font_file, chars_file = folder / "report_cjk.ttf", folder / "report_cjk.json"
    source = chinese_font_path()
    covered: set[str] = set()
    if font_file.is_file() and chars_file.is_file():
        meta = json.loads(chars_file.read_text(encoding="utf-8"))
        if meta.get("source") == str(source):
            covered = set(meta.get("chars", ""))
    if needed <= covered:
        return font_file, covered
    chars = covered | needed | set(_base_text())
    data = _subset_to_truetype(source, "".join(sorted(chars)))
    folder.mkdir(parents=True, exist_ok=True)
    font_file.write_bytes(data)
    chars_file.write_text(
        json.dumps({"source": str(source), "chars": "".join(sorted(chars))}, ensure_ascii=False),
        encoding="utf-8",
    )
    return font_file, chars


def _simplified_face(path: Path) -> int:
    """Index of the Simplified Chinese face in a collection (0 for a single font)."""
    from fontTools.ttLib import TTCollection

    if path.suffix.lower() != ".ttc":
        return 0
    collection = TTCollection(str(path), lazy=True)
    for index, face in enumerate(collection.fonts):
        name = face["name"].getDebugName(1) or ""
        if name.endswith(" SC") or "YaHei" in name or ("Hei" in name and "TC" not in name):
            return index
    return 0


def _subset_to_truetype(path: Path, text: str) -> bytes:
    """The glyphs of ``text`` from the font at ``path``, as a TrueType font file."""
    from fontTools import subset
    from fontTools.ttLib import TTFont

    font = TTFont(str(path), fontNumber=_simplified_face(path), lazy=True)
    options = subset.Options()
    options.layout_features = []
    options.hinting = False
    options.desubroutinize = True
    options.notdef_outline = True
    subsetter = subset.Subsetter(options)
    subsetter.populate(text=text)
    subsetter.subset(font)
    if "CFF " in font:
        _cff_to_glyf(font)
    out = io.BytesIO()
    font.save(out)
    return out.getvalue()


def _cff_to_glyf(font) -> None:
    """Replace CFF outlines by TrueType quadratic ones (fontTools' otf2ttf recipe)."""
    from fontTools.pens.cu2quPen import Cu2QuPen
    from fontTools.pens.ttGlyphPen import TTGlyphPen
    from fontTools.ttLib import newTable

    order = font.getGlyphOrder()
    glyph_set = font.getGlyphSet()
    glyf = newTable("glyf")
    glyf.glyphOrder = order
    glyf.glyphs = {}
    for name in order:
        pen = TTGlyphPen(glyph_set)
        glyph_set[name].draw(Cu2QuPen(pen, 1.0, reverse_direction=True))
        glyf.glyphs[name] = pen.glyph()
    font["loca"] = newTable("loca")
    font["glyf"] = glyf
    del font["CFF "]
    if "VORG" in font:
        del font["VORG"]
    glyf.compile(font)
    metrics = font["hmtx"]
    for name, glyph in glyf.glyphs.items():
        if hasattr(glyph, "xMin"):
            metrics[name] = (metrics[name][0], glyph.xMin)
    maxp = newTable("maxp")
    maxp.tableVersion = 0x00010000
    maxp.maxZones = 1
    for field in (
        "maxTwilightPoints",
        "maxStorage",
        "maxFunctionDefs",
        "maxInstructionDefs",
        "maxStackElements",
        "maxSizeOfInstructions",
        "maxComponentElements",
    ):
        setattr(maxp, field, 0)
    font["maxp"] = maxp
    post = font["post"]
    post.formatType = 2.0
    post.extraNames = []
    post.mapping = {}
    post.glyphOrder = order
    font.sfntVersion = "\000\001\000\000"
