"""Bytes to clean Unicode text: encoding detection, mojibake repair, whitespace normalisation.

Only what is broken is changed: curly quotes, dashes and ligatures that decoded fine stay as they are.
"""
from __future__ import annotations

import codecs
import html
import re
from dataclasses import dataclass

import charset_normalizer
import ftfy

# ftfy's repairs that fix broken text, without its cosmetic rewrites (uncurl_quotes, widths, ligatures).
_FTFY = ftfy.TextFixerConfig(
    unescape_html=False, fix_latin_ligatures=False, fix_character_width=False, uncurl_quotes=False,
    fix_line_breaks=False, normalization=None, explain=False,
)
_BOMS = [
    (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"),
]
_SPACES = re.compile("[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]")
_INVISIBLE = re.compile("[\u200b-\u200d\u2060\ufeff\u00ad]")
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
# A numeric character reference left in plain text ("communiqu&#233;"), or one whose "&" a feed turned into a
# space or dropped ("Israel #39;s", "for  #36;10"). Without the "&", only punctuation that feeds escape counts.
_CHAR_REFERENCE = re.compile(r"&#(?:x([0-9a-fA-F]{1,6})|([0-9]{1,7}));|(?: |(?<![\w&#]))#([0-9]{2,4});")
_BARE_REFERENCES = frozenset({34, 36, 38, 39, 145, 146, 147, 148, 150, 151, 160, 8211, 8212, 8216, 8217, 8220,
                              8221, 8230})


@dataclass(frozen=True)
class Decoded:
    """A decoding outcome: `text` when it worked, else `problem` (a quarantine reason) and `detail`."""

    text: str | None
    encoding: str | None = None
    problem: str | None = None
    detail: str = ""


def detect_encoding(data: bytes) -> tuple[str | None, str | None]:
    """Return (encoding, decoded text) for `data`, or (None, None) when no encoding fits."""
    for bom, name in _BOMS:
        if data.startswith(bom):
            try:
                return name, data.decode(name)
            except UnicodeDecodeError:
                return None, None
    try:
        return "utf-8", data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    if sum(b < 128 for b in data) / len(data) > 0.9:  # mostly ASCII: Western single-byte text
        for name in ("cp1252", "latin-1"):
            try:
                return name, data.decode(name)
            except UnicodeDecodeError:
                continue
    best = charset_normalizer.from_bytes(data).best()
    if best is None or best.encoding is None:
        return None, None
    return best.encoding, str(best)


def sniff_utf16(data: bytes) -> str | None:
    """`utf-16-le`/`utf-16-be` for UTF-16 text without a BOM (Latin-script text: every other byte is 0)."""
    head = data[:65536]
    pairs = len(head) // 2
    if pairs < 2 or len(data) % 2:
        return None
    low, high = head[0:2 * pairs:2].count(0), head[1:2 * pairs:2].count(0)
    if high >= 0.3 * pairs and low <= 0.02 * pairs:
        name = "utf-16-le"
    elif low >= 0.3 * pairs and high <= 0.02 * pairs:
        name = "utf-16-be"
    else:
        return None
    try:
        text = data.decode(name)
    except UnicodeDecodeError:
        return None
    return None if len(_CONTROL.findall(text)) > 0.05 * len(text) else name


def looks_binary(data: bytes) -> bool:
    """NUL bytes (outside UTF-16/32 with a BOM) or many control bytes mean a binary file."""
    if any(data.startswith(bom) for bom, name in _BOMS if name != "utf-8-sig"):
        return False
    head = data[:65536]
    if b"\x00" in head:
        return True
    controls = sum(1 for b in head if b < 9 or 13 < b < 32)
    return bool(head) and controls / len(head) > 0.05


def normalize_text(text: str) -> str:
    """Line endings to \\n, odd spaces to plain spaces, invisible characters and stray controls removed."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n").replace("\u2029", "\n")
    text = _SPACES.sub(" ", text)
    text = _INVISIBLE.sub("", text)
    return _CONTROL.sub("", text)


def repair_mojibake(text: str) -> str:
    """Undo UTF-8-read-as-cp1252 style mojibake (ftfy) without touching characters that were fine."""
    return ftfy.fix_text(text, config=_FTFY)


def _reference(match: re.Match) -> str:
    hexa, dec, bare = match.groups()
    code = int(hexa, 16) if hexa else int(dec or bare)
    if bare and code not in _BARE_REFERENCES:
        return match.group(0)
    char = html.unescape(f"&#{code};")  # HTML's rules: &#151; is an em dash, as Windows-1252 had it
    return match.group(0) if len(char) != 1 or char == "\ufffd" or _CONTROL.match(char) else char


def repair_character_references(text: str) -> str:
    """Turn numeric character references left in plain text into their characters ("&#233;" -> "é", "Israel
    #39;s" -> "Israel's"); named ones ("&lt;b&gt;") stay, so escaped markup never becomes markup."""
    return _CHAR_REFERENCE.sub(_reference, text) if "#" in text else text


def decode_bytes(data: bytes) -> Decoded:
    """Decode raw article bytes into normalised text, or say why it cannot be done."""
    if not data:
        return Decoded(None, problem="empty", detail="file has 0 bytes")
    utf16 = sniff_utf16(data)
    if utf16 is None and looks_binary(data):
        return Decoded(None, problem="binary", detail="NUL or control bytes: not a text file")
    encoding, text = (utf16, data.decode(utf16)) if utf16 else detect_encoding(data)
    if text is None:
        return Decoded(None, problem="undecodable", detail="no text encoding fits the bytes")
    if text.count("\ufffd") > max(3, len(text) // 100):
        return Decoded(None, encoding, "undecodable", f"{text.count(chr(0xFFFD))} replacement characters")
    text = normalize_text(repair_character_references(repair_mojibake(text)))
    if not text.strip():
        return Decoded(None, encoding, "empty", "only whitespace")
    return Decoded(text, encoding)
