"""Draw fmdesk's application icon (a building over a wrench-blue tile) as PNG and ICO.

Run once when the design changes: ``python -m tools.make_icon``; the files in
``installer/icons/`` are committed and used by the .deb desktop entry and the Windows installer.
"""

from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageDraw

OUT = Path(__file__).resolve().parents[1] / "installer" / "icons"


def draw(size: int = 256) -> Image.Image:
    """A rounded blue tile with a white three-storey building and a lit window."""
    image = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    pen = ImageDraw.Draw(image)
    s = size / 256
    pen.rounded_rectangle((8 * s, 8 * s, 248 * s, 248 * s), radius=44 * s, fill=(22, 94, 160))
    pen.rectangle((64 * s, 56 * s, 192 * s, 212 * s), fill=(255, 255, 255))
    pen.polygon([(52 * s, 60 * s), (128 * s, 24 * s), (204 * s, 60 * s)], fill=(255, 255, 255))
    for row in range(3):
        for col in range(3):
            x = (80 + col * 36) * s
            y = (76 + row * 40) * s
            lit = (row, col) == (1, 2)
            colour = (250, 176, 5) if lit else (22, 94, 160)
            pen.rectangle((x, y, x + 24 * s, y + 24 * s), fill=colour)
    pen.rectangle((112 * s, 190 * s, 144 * s, 212 * s), fill=(22, 94, 160))
    return image


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    icon = draw(256)
    icon.save(OUT / "fmdesk.png")
    icon.save(OUT / "fmdesk.ico", sizes=[(16, 16), (32, 32), (48, 48), (64, 64), (256, 256)])
    print(OUT / "fmdesk.png")


if __name__ == "__main__":
    main()
