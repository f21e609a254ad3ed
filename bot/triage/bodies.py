"""Text hygiene and decoding: control/format characters, charsets (with fallbacks), RFC 2047 headers, file names."""

from __future__ import annotations

import codecs
import email.header
import re
import unicodedata

from .limits import DEFAULT_LIMITS, Limits

_CTRL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_CF_CHARS = None


def _cf_table() -> dict[int, None]:
    global _CF_CHARS
    if _CF_CHARS is None:
        import sys

        _CF_CHARS = {
            cp: None
            for cp in range(0x80, sys.maxunicode + 1)
            if (0x80 <= cp < 0x3000 or 0xFE00 <= cp < 0xFFFF or 0xE0000 <= cp < 0xE1000)
            and unicodedata.category(chr(cp)) == "Cf"
        }
        _CF_CHARS[0xAD] = None  # soft hyphen
    return _CF_CHARS


_HAS_NONASCII = re.compile(r"[^\x00-\x7f]")


def clean_text(text: str) -> str:
    """Normalise line endings; drop NULs, control characters (except newline/tab) and Unicode format (Cf)."""
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if "\x00" in text:
        text = text.replace("\x00", "")
    text = _CTRL.sub("", text)
    if _HAS_NONASCII.search(text):
        text = text.translate(_cf_table())
        # lone surrogates (from surrogateescape) cannot be stored
        text = text.encode("utf-8", "replace").decode("utf-8")
    return text


def _cap_text(text: str, limits: Limits) -> tuple[str, bool]:
    if len(text) <= limits.body_head_chars + limits.body_tail_chars:
        return text, False
    return text[: limits.body_head_chars] + "\n[...]\n" + text[-limits.body_tail_chars :], True


# ------------------------------------------------------------------------------------------------- decoding

_UTF7 = {"utf-7", "utf7", "unicode-1-1-utf-7", "x-utf-7", "csunicode11utf7"}
_ASCII = {"us-ascii", "ascii", "ansi_x3.4-1968", "iso646-us", ""}


def _norm_charset(cs: str | None) -> str:
    if not cs:
        return ""
    cs = str(cs).strip().strip('"').strip("'").lower()[:40]
    return cs


def decode_bytes(data: bytes, charset: str | None, flags: list[str] | None = None) -> str:
    """Decode with a declared charset, never raising. UTF-7 is refused (ASCII with replacement)."""
    cs = _norm_charset(charset)
    if cs in _UTF7:
        if flags is not None and "utf7_refused" not in flags:
            flags.append("utf7_refused")
        return data.decode("ascii", "replace")
    if cs in _ASCII or cs in {"utf-8", "utf8"}:
        try:
            return data.decode("utf-8")
        except UnicodeDecodeError:
            if flags is not None and "charset_mismatch" not in flags:
                flags.append("charset_mismatch")
            return data.decode("cp1252", "replace")
    try:
        codec = codecs.lookup(cs)
        if codec.name in {"utf-7"}:
            return data.decode("ascii", "replace")
    except (LookupError, ValueError, TypeError):
        if flags is not None and "unknown_charset" not in flags:
            flags.append("unknown_charset")
        try:
            return data.decode("utf-8")
        except UnicodeDecodeError:
            return data.decode("cp1252", "replace")
    try:
        return data.decode(codec.name)
    except (UnicodeDecodeError, LookupError, ValueError):
        if flags is not None and "charset_mismatch" not in flags:
            flags.append("charset_mismatch")
        try:
            return data.decode("utf-8")
        except UnicodeDecodeError:
            return data.decode(codec.name, "replace") if codec.name != "utf-7" else data.decode("ascii", "replace")


_ENCODED_WORD = re.compile(r"=\?[^?\s]{1,40}\?[bBqQ]\?[^?\s]*\?=")
_WS_RUN = re.compile(r"\s+")


def decode_header_value(raw: object, limits: Limits = DEFAULT_LIMITS) -> str:
    """Decode an RFC 2047 header value; strips CR/LF (no header injection), controls and Cf; caps length."""
    try:
        s = str(raw) if not isinstance(raw, str) else raw
    except Exception:  # noqa: BLE001
        return ""
    s = s[: limits.max_header_raw_chars]
    if any("\udc80" <= ch <= "\udcff" for ch in s):
        b = s.encode("utf-8", "surrogateescape")
        try:
            s = b.decode("utf-8")
        except UnicodeDecodeError:
            s = b.decode("cp1252", "replace")
    s = _WS_RUN.sub(" ", s)
    if "=?" in s and _ENCODED_WORD.search(s):
        try:
            pieces = email.header.decode_header(s)
            out = []
            for chunk, cs in pieces:
                if isinstance(chunk, bytes):
                    out.append(decode_bytes(chunk, cs or "utf-8"))
                else:
                    out.append(chunk)
            s = "".join(out)
        except Exception:  # noqa: BLE001 - malformed encoded-words: keep the raw text
            pass
    s = clean_text(s)
    s = _WS_RUN.sub(" ", s).strip()  # CR/LF from decoded words become spaces
    return s[: limits.max_header_chars]


_BAD_NAME_CHARS = re.compile(r"[\\/:*?\"<>|\x00-\x1f\x7f]")


def sanitize_filename(name: str, limits: Limits = DEFAULT_LIMITS) -> str:
    """Display-safe attachment name (never a path)."""
    name = decode_header_value(name, limits)
    name = name.replace("\\", "/").rsplit("/", 1)[-1]
    name = _BAD_NAME_CHARS.sub("_", name).strip().lstrip(".")
    if len(name) > limits.max_filename_chars:
        keep = limits.max_filename_chars - 10
        name = name[:keep] + "..." + name[-7:]
    return name or "unnamed"
