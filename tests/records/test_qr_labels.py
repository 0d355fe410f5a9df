"""QR label sheets: the QR code carries the asset code, pages hold the labels, CJK text renders."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import segno
from PIL import Image

from fmdesk.errors import UserError
from fmdesk.exports.qr_labels import LabelData, SheetLayout, qr_image, write_label_sheet


def read_modules(image: Image.Image, code: str) -> list[list[bool]]:
    """Sample the centre of every module of a QR image the size segno says it has."""
    qr = segno.make(code, error="m", micro=False)
    size = qr.symbol_size(scale=1, border=2)[0]
    step = image.width / size
    gray = image.convert("L")
    return [
        [gray.getpixel((int((x + 0.5) * step), int((y + 0.5) * step))) < 128 for x in range(size)]
        for y in range(size)
    ]


def expected_modules(code: str) -> list[list[bool]]:
    qr = segno.make(code, error="m", micro=False)
    return [[bool(v) for v in row] for row in qr.matrix_iter(scale=1, border=2)]


def test_qr_image_encodes_exactly_the_asset_code() -> None:
    image = qr_image("SB-01", 300)
    assert read_modules(image, "SB-01") == expected_modules("SB-01")
    assert read_modules(image, "SB-01") != expected_modules("SB-02")


def test_pdf_sheet_has_one_page_per_24_labels(tmp_path: Path) -> None:
    labels = [LabelData(f"V-{i:02d}", f"阀门 {i}", "B1 水泵房") for i in range(30)]
    files = write_label_sheet(labels, tmp_path / "labels.pdf")
    assert files == [tmp_path / "labels.pdf"]
    content = files[0].read_bytes()
    assert content.startswith(b"%PDF")
    assert re.findall(rb"/Count (\d+)", content) == [b"2"]


def test_png_sheet_draws_labels_with_chinese_text(tmp_path: Path) -> None:
    layout = SheetLayout(columns=2, rows=2, dpi=100)
    labels = [LabelData("SB-01", "生活水泵1#", "B1 水泵房")] * 5
    files = write_label_sheet(labels, tmp_path / "sheet.png", layout)
    assert [f.name for f in files] == ["sheet.png", "sheet-2.png"]
    page = Image.open(files[0]).convert("L")
    assert page.size == (layout.px(210), layout.px(297))
    dark = sum(page.histogram()[:128])
    assert dark > 0.03 * page.width * page.height  # four labels of ink, not a blank page


def test_label_sheet_refuses_bad_requests(tmp_path: Path) -> None:
    with pytest.raises(UserError, match="No assets were selected"):
        write_label_sheet([], tmp_path / "x.pdf")
    with pytest.raises(UserError, match=r"as \.pdf or \.png"):
        write_label_sheet([LabelData("A", "a")], tmp_path / "x.docx")
