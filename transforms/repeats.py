"""Corpus evidence for boilerplate: how many documents of the same site or source carry the same line.

A footer, menu or newsletter prompt repeats across a source's documents even when it reads like prose.
Only short lines count (long paragraphs repeat when a story is syndicated, and those are content).
"""
from __future__ import annotations

from collections.abc import Iterable, Sequence
from urllib.parse import urlparse

import polars as pl

from transforms.ids import stable_id

MAX_WORDS = 20


def source_group(url: str | None, source: str | None) -> str | None:
    """The site (URL host without www.) or, failing that, the source name; None when neither is known."""
    host = urlparse(url).netloc.lower().removeprefix("www.") if url else ""
    return host or (source.strip().lower() if source else None)


def line_hash(line: str) -> str | None:
    """Fingerprint of a short, non-blank line (None for blank or long lines)."""
    text = " ".join(line.split()).lower()
    if not text or len(text.split()) > MAX_WORDS:
        return None
    return stable_id(text, length=16)


def count_lines(docs: Iterable[tuple[str | None, Sequence[str]]]) -> pl.DataFrame:
    """(group, line_hash, n_docs) for each short line, counting each document once."""
    rows = []
    for group, lines in docs:
        if group is None:
            continue
        rows.extend({"group": group, "line_hash": h} for h in {line_hash(ln) for ln in lines} - {None})
    if not rows:
        return pl.DataFrame(schema={"group": pl.String, "line_hash": pl.String, "n_docs": pl.Int64})
    return pl.DataFrame(rows).group_by("group", "line_hash").agg(pl.len().cast(pl.Int64).alias("n_docs"))


def merge_counts(old: pl.DataFrame, new: pl.DataFrame) -> pl.DataFrame:
    """Add two count tables."""
    both = pl.concat([old.select("group", "line_hash", "n_docs"), new.select("group", "line_hash", "n_docs")])
    return both.group_by("group", "line_hash").agg(pl.col("n_docs").sum()).sort("group", "line_hash")


def repeats_for(group: str | None, lines: Sequence[str], counts: dict[tuple[str, str], int]) -> list[int] | None:
    """For each line, in how many *other* documents of its group it occurs (None when no group)."""
    if group is None:
        return None
    out = []
    for ln in lines:
        h = line_hash(ln)
        out.append(max(counts.get((group, h), 0) - 1, 0) if h else 0)
    return out
