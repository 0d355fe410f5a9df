"""Printable sheets of QR labels for equipment (设备二维码标签): plain data in, PDF or PNG out.

Each label carries a QR code that encodes the asset code (e.g. ``SB-01``), the code in large
type, the Chinese name and where the asset is. Scanning it with any phone or the GUI's search
box resolves to the asset through :func:`fmdesk.records.assets.lookup_asset`.

Example::

    labels = [LabelData("SB-01", "生活水泵1#", "B1 水泵房")]
    write_label_sheet(labels, Path("labels.pdf"))
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import segno
from PIL import Image, ImageDraw, ImageFont

from fmdesk.errors import UserError
from fmdesk.i18n import _t

CJK_FONT = Path("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc")
CJK_FONT_INDEX = 2  # Noto Sans CJK SC inside the collection
FALLBACK_FONTS = (
    Path("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"),
    Path("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"),
    Path("C:/Windows/Fonts/msyh.ttc"),
    Path("/System/Library/Fonts/PingFang.ttc"),
)
MM_PER_INCH = 25.4


@dataclass(frozen=True)
class LabelData:
    """What one label shows; ``code`` is what the QR code encodes."""

    code: str
    name: str
    location: str = ""
    footer: str = "扫码查看设备 / 报修"


@dataclass(frozen=True)
class SheetLayout:
    """An A4 sheet of ``columns`` × ``rows`` labels with margins, in millimetres."""

    columns: int = 3
    rows: int = 8
    page_mm: tuple[float, float] = (210.0, 297.0)
    margin_mm: float = 8.0
    gap_mm: float = 2.0
    dpi: int = 200

    def px(self, mm: float) -> int:
        return round(mm / MM_PER_INCH * self.dpi)


def qr_image(payload: str, size_px: int) -> Image.Image:
    """A square black-on-white QR image of ``payload`` (error correction M, quiet zone 2)."""
    qr = segno.make(payload, error="m", micro=False)
    buffer = io.BytesIO()
    modules = qr.symbol_size(scale=1, border=2)[0]
    qr.save(buffer, kind="png", scale=max(1, size_px // modules), border=2)
    buffer.seek(0)
    image = Image.open(buffer).convert("L")
    return image.resize((size_px, size_px), Image.Resampling.NEAREST)


def write_label_sheet(
    labels: Sequence[LabelData], out: Path, layout: SheetLayout | None = None
) -> list[Path]:
    """Write labels to ``out`` (.pdf: one multi-page file; .png: one file per page).

    Returns the files written. Raises UserError for no labels or an unsupported extension.
    """
    layout = layout or SheetLayout()
    if not labels:
        raise UserError(_t("No assets were selected for labels; choose at least one asset."))
    suffix = out.suffix.lower()
    if suffix not in (".pdf", ".png"):
        raise UserError(
            _t("Labels are written as .pdf or .png, not '{suffix}'.", suffix=out.suffix or out.name)
        )
    pages = render_pages(labels, layout)
    out.parent.mkdir(parents=True, exist_ok=True)
    try:
        if suffix == ".pdf":
            pages[0].save(out, save_all=True, append_images=pages[1:], resolution=layout.dpi)
            return [out]
        written = []
        for number, page in enumerate(pages, start=1):
            target = out if number == 1 else out.with_name(f"{out.stem}-{number}{out.suffix}")
            page.save(target, dpi=(layout.dpi, layout.dpi))
            written.append(target)
        return written
    except OSError as error:
        raise UserError(
            _t(
                "Cannot write the label sheet to '{out}': {strerror}.",
                out=out,
                strerror=error.strerror,
            )
        ) from error


def render_pages(labels: Sequence[LabelData], layout: SheetLayout) -> list[Image.Image]:
    """Pages as white RGB images with the labels laid out row by row."""
    width, height = layout.px(layout.page_mm[0]), layout.px(layout.page_mm[1])
    margin, gap = layout.px(layout.margin_mm), layout.px(layout.gap_mm)
    cell_w = (width - 2 * margin - (layout.columns - 1) * gap) // layout.columns
    cell_h = (height - 2 * margin - (layout.rows - 1) * gap) // layout.rows
    per_page = layout.columns * layout.rows
    pages = []
    for start in range(0, len(labels), per_page):
        page = Image.new("RGB", (width, height), "white")
        for slot, label in enumerate(labels[start : start + per_page]):
            row, column = divmod(slot, layout.columns)
            x = margin + column * (cell_w + gap)
            y = margin + row * (cell_h + gap)
            page.paste(render_label(label, cell_w, cell_h), (x, y))
        pages.append(page)
    return pages


def render_label(label: LabelData, width: int, height: int) -> Image.Image:
    """One label: QR on the left, code / name / location / footer on the right, thin border."""
    image = Image.new("RGB", (width, height), "white")
    draw = ImageDraw.Draw(image)
    draw.rectangle((0, 0, width - 1, height - 1), outline=(160, 160, 160), width=1)
    pad = max(4, height // 16)
    qr_size = height - 2 * pad
    image.paste(qr_image(label.code, qr_size).convert("RGB"), (pad, pad))
    left = pad * 2 + qr_size
    text_width = width - left - pad
    small = _font(height // 11)
    footer_top = height - pad - _line_height(small)
    draw.text((left, footer_top), label.footer, fill=(90, 90, 90), font=small)
    big = _fit_font(draw, label.code, text_width, height // 5)
    y = pad
    for text, font, max_lines in (
        (label.code, big, 1),
        (label.name, _font(height // 8), 2),
        (label.location, small, 1),
    ):
        lines = _wrap(draw, text, font, text_width) if text else []
        if len(lines) > max_lines:
            lines = [
                *lines[: max_lines - 1],
                _ellipsize(draw, lines[max_lines - 1], font, text_width),
            ]
        for line in lines:
            if y + _line_height(font) > footer_top:
                break
            draw.text((left, y), line, fill="black", font=font)
            y += _line_height(font)
    return image


def _font(size: int) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    for path in FALLBACK_FONTS:
        if path.exists():
            index = CJK_FONT_INDEX if path == CJK_FONT else 0
            try:
                return ImageFont.truetype(str(path), max(8, size), index=index)
            except OSError:
                continue
    return ImageFont.load_default(size=max(8, size))


def _fit_font(
    draw: ImageDraw.ImageDraw, text: str, width: int, size: int
) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    """The largest font up to ``size`` that keeps ``text`` on one line (codes never wrap)."""
    font = _font(size)
    while size > 8 and draw.textlength(text, font=font) > width:
        size = int(size * 0.9)
        font = _font(size)
    return font


def _ellipsize(
    draw: ImageDraw.ImageDraw,
    text: str,
    font: ImageFont.FreeTypeFont | ImageFont.ImageFont,
    width: int,
) -> str:
    while text and draw.textlength(text + "…", font=font) > width:
        text = text[:-1]
    return text + "…"


def _line_height(font: ImageFont.FreeTypeFont | ImageFont.ImageFont) -> int:
    box = font.getbbox("国Ag")
    return int((box[3] - box[1]) * 1.3)


def _wrap(
    draw: ImageDraw.ImageDraw,
    text: str,
    font: ImageFont.FreeTypeFont | ImageFont.ImageFont,
    width: int,
) -> list[str]:
    """Break ``text`` into lines no wider than ``width`` (by character: Chinese has no spaces)."""
    lines: list[str] = []
    current = ""
    for char in text:
        if draw.textlength(current + char, font=font) > width and current:
            lines.append(current.rstrip())
            current = "" if char.isspace() else char
        else:
            current += char
    if current:
        lines.append(current)
    return lines
