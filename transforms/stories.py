"""Stories: near-duplicate articles (versions of one story, syndicated copies) share a `story_id`.

Candidates come from MinHash LSH (datasketch) over word 3-gram shingles; a pair is confirmed when the
shingle containment |A ∩ B| / min(|A|, |B|) reaches `CONTAINMENT`. Thresholds are tested in
tests/test_stories.py: rewritten versions of one story share 10-20% of their 3-grams, different stories on
the same topic 1-4%.
"""
from __future__ import annotations

import re
from collections.abc import Iterable

from datasketch import MinHash, MinHashLSH

SHINGLE = 3
NUM_PERM = 128
LSH_THRESHOLD = 0.05
CONTAINMENT = 0.10
MIN_SHINGLES = 20
_WORD = re.compile(r"\w+")


def shingles(text: str, k: int = SHINGLE) -> set[str]:
    """Lower-cased word k-grams of a text."""
    words = _WORD.findall(text.lower())
    return {" ".join(words[i:i + k]) for i in range(len(words) - k + 1)}


def minhash(sh: set[str]) -> MinHash:
    """MinHash signature of a shingle set."""
    m = MinHash(num_perm=NUM_PERM, seed=7)
    m.update_batch([s.encode("utf-8") for s in sh])
    return m


def containment(a: set[str], b: set[str]) -> float:
    """Overlap coefficient of two shingle sets."""
    return len(a & b) / min(len(a), len(b)) if a and b else 0.0


def assign_stories(existing: Iterable[tuple[str, str, str]], new: Iterable[tuple[str, str]]) -> dict[str, str]:
    """story_id for each new document.

    `existing` holds (doc_id, story_id, clean_text) already in the warehouse, `new` holds (doc_id, clean_text).
    A new document joins the story of the earliest matching existing document; new documents that only match
    each other form a story named after the smallest doc_id among them; the rest are singletons.
    """
    existing = list(existing)
    new = list(new)
    sh: dict[str, set[str]] = {d: shingles(t) for d, _, t in existing} | {d: shingles(t) for d, t in new}
    lsh = MinHashLSH(threshold=LSH_THRESHOLD, num_perm=NUM_PERM)
    for d, s in sh.items():
        if len(s) >= MIN_SHINGLES:
            lsh.insert(d, minhash(s))
    story_of = {d: s for d, s, _ in existing}
    order = {d: i for i, (d, _, _) in enumerate(existing)}
    parent: dict[str, str] = {d: d for d, _ in new}

    def find(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    joined: dict[str, str] = {}
    for d, _ in new:
        if len(sh[d]) < MIN_SHINGLES:
            continue
        matches = [c for c in lsh.query(minhash(sh[d])) if c != d and containment(sh[d], sh[c]) >= CONTAINMENT]
        old = sorted((c for c in matches if c in story_of), key=lambda c: order[c])
        if old:
            joined[d] = story_of[old[0]]
        for c in matches:
            if c in parent:
                a, b = find(d), find(c)
                if a != b:
                    parent[max(a, b)] = min(a, b)
    out: dict[str, str] = {}
    groups: dict[str, list[str]] = {}
    for d, _ in new:
        groups.setdefault(find(d), []).append(d)
    for members in groups.values():
        story = next((joined[m] for m in sorted(members) if m in joined), None) or min(members)
        for m in members:
            out[m] = story
    return out


