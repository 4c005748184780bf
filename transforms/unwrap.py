"""Hard-wrapped text back into paragraphs: the raw lines that only wrap one paragraph are read as one.

Wire archives and plain-text feeds (Reuters-21578 among them) break every line at about 65-80 characters, so a
line there is no unit of the page: "said." or "share." alone on a line is the end of a sentence, and a column of
short lines looks like a menu to a line classifier. `paragraphs` groups such lines, so boilerplate removal judges
paragraphs and `clean_text` holds one paragraph per line, as downstream rules expect (quotes never cross a line
break; the parser tends to start a sentence after one). A headline in capitals and a line opening with a dateline
stay lines of their own. Text that is not hard-wrapped (web pages: one block per line) keeps one group per line.
"""
from __future__ import annotations

import re
from itertools import pairwise

from transforms.metadata import dateline_end

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


def paragraphs(lines: list[str]) -> list[list[int]]:
    """The raw lines (indices) of each paragraph: runs of wrapped lines, else one line each."""
    width = wrap_width(lines)
    groups: list[list[int]] = []
    joins = width is not None
    for i, line in enumerate(lines):
        previous = lines[i - 1].strip() if i else ""
        wrapped = joins and bool(previous) and bool(line.strip()) and len(previous) >= FULL_LINE * width and (
            not _SENTENCE_END.search(previous) or line.lstrip()[:1].islower()) and not _capitals(previous) \
            and not _capitals(line) and not dateline_end(line)
        if wrapped:
            groups[-1].append(i)
        else:
            groups.append([i])
    return groups


def _capitals(line: str) -> bool:
    """A line in capitals: a wire headline or a heading, a line of its own."""
    letters = [c for c in line if c.isalpha()]
    return len(letters) >= 4 and sum(c.isupper() for c in letters) >= 0.9 * len(letters)


def join_lines(lines: list[str], group: list[int]) -> str:
    """One paragraph's text from its raw lines: a wrapped line's break becomes a space."""
    if len(group) == 1:
        return lines[group[0]]
    return " ".join(lines[i].strip() for i in group)
