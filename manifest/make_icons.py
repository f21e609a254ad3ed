"""Write the Teams app icons (color.png 192x192, outline.png 32x32) with the standard library only.

Run `python -m manifest.make_icons` after changing the design; the PNGs are committed. The output is
deterministic (no timestamps), so re-running without changes leaves git clean.
"""

from __future__ import annotations

import struct
import zlib
from pathlib import Path

HERE = Path(__file__).resolve().parent
ACCENT = (0x2B, 0x6C, 0xB0)  # keep in line with accentColor in manifest.template.json
WHITE = (0xFF, 0xFF, 0xFF)

# A "P" monogram on a 5x7 grid: simple enough to read at 32x32.
GLYPH = (
    "XXXX.",
    "X...X",
    "X...X",
    "XXXX.",
    "X....",
    "X....",
    "X....",
)


def png_bytes(width: int, height: int, rows: list[bytes], *, alpha: bool) -> bytes:
    """Encode 8-bit RGB or RGBA rows (filter type 0) as a PNG."""
    channels = 4 if alpha else 3
    if len(rows) != height or any(len(r) != width * channels for r in rows):
        raise ValueError("pixel rows do not match the image size")

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    color_type = 6 if alpha else 2
    ihdr = struct.pack(">IIBBBBB", width, height, 8, color_type, 0, 0, 0)
    raw = b"".join(b"\x00" + row for row in rows)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b"")


def _glyph_mask(size: int, scale: int) -> list[list[bool]]:
    """The monogram scaled by `scale` and centred on a size x size canvas."""
    gw, gh = len(GLYPH[0]) * scale, len(GLYPH) * scale
    ox, oy = (size - gw) // 2, (size - gh) // 2
    mask = [[False] * size for _ in range(size)]
    for gy, line in enumerate(GLYPH):
        for gx, cell in enumerate(line):
            if cell != "X":
                continue
            for y in range(oy + gy * scale, oy + (gy + 1) * scale):
                for x in range(ox + gx * scale, ox + (gx + 1) * scale):
                    mask[y][x] = True
    return mask


def _rounded_square(size: int, radius: int, inset: int = 0) -> list[list[bool]]:
    lo, hi = inset, size - 1 - inset
    mask = [[False] * size for _ in range(size)]
    for y in range(lo, hi + 1):
        for x in range(lo, hi + 1):
            cx = min(max(x, lo + radius), hi - radius)
            cy = min(max(y, lo + radius), hi - radius)
            mask[y][x] = (x - cx) ** 2 + (y - cy) ** 2 <= radius**2
    return mask


def color_icon() -> bytes:
    """192x192 full colour: white monogram on the accent colour (Teams adds its own rounding)."""
    size = 192
    glyph = _glyph_mask(size, 18)
    rows = [b"".join(bytes(WHITE if glyph[y][x] else ACCENT) for x in range(size)) for y in range(size)]
    return png_bytes(size, size, rows, alpha=False)


def outline_icon() -> bytes:
    """32x32: white only on a fully transparent background (a frame and the monogram)."""
    size = 32
    outer, inner = _rounded_square(size, 6, 1), _rounded_square(size, 4, 3)
    glyph = _glyph_mask(size, 3)
    rows = []
    for y in range(size):
        row = bytearray()
        for x in range(size):
            on = (outer[y][x] and not inner[y][x]) or glyph[y][x]
            row += bytes((*WHITE, 0xFF if on else 0x00))
        rows.append(bytes(row))
    return png_bytes(size, size, rows, alpha=True)


def main() -> None:
    (HERE / "color.png").write_bytes(color_icon())
    (HERE / "outline.png").write_bytes(outline_icon())
    print(f"wrote {HERE / 'color.png'} and {HERE / 'outline.png'}")


if __name__ == "__main__":
    main()
