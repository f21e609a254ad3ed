"""A small PNG reader for tests (8-bit greyscale/RGB/RGBA, non-interlaced), standard library only."""

from __future__ import annotations

import struct
import zlib
from dataclasses import dataclass
from pathlib import Path

SIGNATURE = b"\x89PNG\r\n\x1a\n"
_CHANNELS = {0: 1, 2: 3, 4: 2, 6: 4}  # colour type -> channels (palette images are not supported)


@dataclass(frozen=True)
class Png:
    width: int
    height: int
    bit_depth: int
    color_type: int
    pixels: list[tuple[int, ...]]  # RGBA per pixel, row-major

    @property
    def has_alpha(self) -> bool:
        return self.color_type in (4, 6)


def read_ihdr(data: bytes) -> tuple[int, int, int, int]:
    """(width, height, bit depth, colour type) from the IHDR chunk."""
    if data[:8] != SIGNATURE or data[12:16] != b"IHDR":
        raise ValueError("not a PNG")
    width, height, depth, color_type = struct.unpack(">IIBB", data[16:26])
    return width, height, depth, color_type


def _paeth(a: int, b: int, c: int) -> int:
    p = a + b - c
    pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
    return a if pa <= pb and pa <= pc else (b if pb <= pc else c)


def read_png(source: bytes | Path) -> Png:
    data = source.read_bytes() if isinstance(source, Path) else source
    width, height, depth, color_type = read_ihdr(data)
    if depth != 8 or color_type not in _CHANNELS or data[28] != 0:
        raise ValueError(f"unsupported PNG (depth {depth}, colour type {color_type}, interlace {data[28]})")
    pos, idat = 8, b""
    while pos < len(data):
        (length,) = struct.unpack(">I", data[pos : pos + 4])
        kind = data[pos + 4 : pos + 8]
        if kind == b"IDAT":
            idat += data[pos + 8 : pos + 8 + length]
        pos += 12 + length
    raw = zlib.decompress(idat)
    bpp = _CHANNELS[color_type]
    stride = width * bpp
    prev = bytearray(stride)
    pixels: list[tuple[int, ...]] = []
    for y in range(height):
        start = y * (stride + 1)
        ftype, line = raw[start], bytearray(raw[start + 1 : start + 1 + stride])
        for i in range(stride):
            a = line[i - bpp] if i >= bpp else 0
            b = prev[i]
            c = prev[i - bpp] if i >= bpp else 0
            line[i] = (line[i] + (0, a, b, (a + b) // 2, _paeth(a, b, c))[ftype]) & 0xFF
        for x in range(width):
            px = tuple(line[x * bpp : (x + 1) * bpp])
            if bpp == 1:
                px = (px[0],) * 3 + (255,)
            elif bpp == 2:
                px = (px[0],) * 3 + (px[1],)
            elif bpp == 3:
                px = px + (255,)
            pixels.append(px)
        prev = line
    return Png(width, height, depth, color_type, pixels)
