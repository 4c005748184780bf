"""Hard-wrapped text back into paragraphs: a line break that only wrapped a line becomes a space.

Wire archives and plain-text feeds (Reuters-21578 among them) break every line at about 65-80 characters, so a
line break there says nothing about paragraphs. Downstream rules read a line break as a paragraph edge: quotes
never cross one, the parser tends to start a sentence after one. `unwrap` replaces exactly those breaks with a
space, so the text keeps its length and every character offset stays valid; a text that is not hard-wrapped
(web pages: one paragraph per line) is returned unchanged.
"""
from __future__ import annotations

import re
from itertools import pairwise

MIN_WIDTH, MAX_WIDTH = 40, 100  # the wrap width of hard-wrapped text (its 90th-percentile line length)
MIN_LOWER_CONTINUATIONS = 0.2  # share of line breaks followed by a lower-case word: wrapping splits sentences
FULL_LINE = 0.6  # a line shorter than this share of the width ended its paragraph (or is a table row, a title)
_SENTENCE_END = re.compile(r"[.!?:;][\"'”’)\]]*$")
MIN_LINES = 4


def wrap_width(lines: list[str]) -> int | None:
    """The width a text was hard-wrapped at, or None when it does not look hard-wrapped."""
    kept = [line.strip() for line in lines]
    lengths = sorted(len(line) for line in kept if line)
    if len(lengths) < MIN_LINES:
        return None
    width = lengths[int(0.9 * (len(lengths) - 1))]
    pairs = [(a, b) for a, b in pairwise(kept) if a and b]
    lower = sum(1 for _, b in pairs if b[0].islower())
    if not MIN_WIDTH <= width <= MAX_WIDTH or not pairs or lower / len(pairs) < MIN_LOWER_CONTINUATIONS:
        return None
    return width


def unwrap(text: str) -> str:
    """`text` with the line breaks of hard wrapping turned into spaces (same length, same offsets)."""
    lines = text.split("\n")
    width = wrap_width(lines)
    if width is None:
        return text
    out = []
    for line, following in pairwise(lines):
        line_ = line.strip()
        wrapped = (bool(line_) and bool(following.strip()) and len(line_) >= FULL_LINE * width
                   and (not _SENTENCE_END.search(line_) or following.lstrip()[:1].islower()))
        out.append(line + (" " if wrapped else "\n"))
    out.append(lines[-1])
    return "".join(out)
