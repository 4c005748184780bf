"""Stories: near-duplicate articles (versions of one story, syndicated copies) share a `story_id`.

Candidates come from MinHash LSH (datasketch) over word 3-gram shingles; a pair is confirmed when the
shingle containment |A ∩ B| / min(|A|, |B|) reaches `CONTAINMENT` and they share at least `MIN_SHARED`
3-grams. Thresholds are tested in tests/test_stories.py: rewritten versions of one story share 10-20% of their
3-grams (25-95 of them in BBC versions), different stories on the same topic 1-4%; but two short wire briefs
in one template ("... said it filed a registration statement with the Securities and Exchange Commission ...")
share 10-20% with only 4-14 3-grams, so a share alone would make one story of seven companies' offerings.
"""
from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from functools import lru_cache

import numpy as np
from datasketch import MinHash, MinHashLSH

SHINGLE = 3
NUM_PERM = 128
LSH_THRESHOLD = 0.05
CONTAINMENT = 0.10
MIN_SHARED = 20
MIN_SHINGLES = 20
_WORD = re.compile(r"\w+")


def shingles(text: str, k: int = SHINGLE) -> set[str]:
    """Lower-cased word k-grams of a text."""
    words = _WORD.findall(text.lower())
    return {" ".join(words[i:i + k]) for i in range(len(words) - k + 1)}


def _minhash(prints: np.ndarray) -> MinHash:
    """MinHash signature from a set's fingerprint: the low 32 bits of each hash are datasketch's `sha1_hash32` of
    the shingle, so the signature is the one `MinHash.update_batch` gives for the encoded shingles."""
    m = MinHash(seed=7, hashfunc=_same, permutations=_permutations(), scheme="affine32")
    m.update_batch((prints & np.uint64(0xFFFFFFFF)).tolist())
    return m


def _same(value: int) -> int:
    return value


@lru_cache(maxsize=1)
def _permutations() -> np.ndarray:
    """The MinHash permutations of `NUM_PERM` and seed 7 (drawn once per process, not per document)."""
    return MinHash(num_perm=NUM_PERM, seed=7).permutations


@lru_cache(maxsize=1)
def _lsh_params() -> tuple[int, int]:
    """Bands and rows of the LSH index (datasketch finds them by numerical integration: once per process)."""
    lsh = MinHashLSH(threshold=LSH_THRESHOLD, num_perm=NUM_PERM)
    return lsh.b, lsh.r


def _new_lsh() -> MinHashLSH:
    return MinHashLSH(threshold=LSH_THRESHOLD, num_perm=NUM_PERM, params=_lsh_params())


def containment(a: set[str], b: set[str]) -> float:
    """Overlap coefficient of two shingle sets."""
    return len(a & b) / min(len(a), len(b)) if a and b else 0.0


def _fingerprint(sh: set[str]) -> np.ndarray:
    """Sorted 64-bit hashes of a shingle set: a compact stand-in for the set (containment on hashes).

    The first 8 bytes of each shingle's SHA-1, whose first 4 are datasketch's own 32-bit shingle hash, so one hash
    per shingle serves both the fingerprint and the MinHash (`_minhash`)."""
    raw = b"".join(hashlib.sha1(s.encode("utf-8")).digest()[:8] for s in sh)
    return np.unique(np.frombuffer(raw, dtype="<u8"))


def _same_story(a: np.ndarray, b: np.ndarray) -> bool:
    """Whether two shingle fingerprints are versions of one story (`CONTAINMENT` and `MIN_SHARED`)."""
    if not len(a) or not len(b):
        return False
    shared = len(np.intersect1d(a, b, assume_unique=True))
    return shared >= MIN_SHARED and shared / min(len(a), len(b)) >= CONTAINMENT


class StoryIndex:
    """Near-duplicate index that grows chunk by chunk, so a story split over chunks or runs keeps one id.

    Holds, per document, a MinHash LSH entry and its sorted shingle hashes (a few KB), never its text.
    """

    def __init__(self) -> None:
        self.lsh = _new_lsh()
        self.prints: dict[str, np.ndarray] = {}
        self.story_of: dict[str, str] = {}
        self.order: dict[str, int] = {}

    def __len__(self) -> int:
        return len(self.story_of)

    def add(self, doc_id: str, story_id: str, text: str, sh: set[str] | None = None) -> None:
        """Index a document whose story is known."""
        if doc_id in self.story_of:
            return
        sh = shingles(text) if sh is None else sh
        self.story_of[doc_id] = story_id
        self.order[doc_id] = len(self.order)
        if len(sh) >= MIN_SHINGLES:
            self.prints[doc_id] = _fingerprint(sh)
            self.lsh.insert(doc_id, _minhash(self.prints[doc_id]))

    def assign(self, new: Iterable[tuple[str, str]]) -> dict[str, str]:
        """story_id for each new (doc_id, clean_text), then index them.

        A new document joins the story of the earliest matching indexed document; new documents that only
        match each other form a story named after the smallest doc_id among them; the rest are singletons.
        """
        new = list(new)
        known = {d: self.story_of[d] for d, _ in new if d in self.story_of}  # indexed already: keep its story
        new = [(d, t) for d, t in new if d not in known]
        sh = {d: shingles(t) for d, t in new}
        prints = {d: _fingerprint(s) for d, s in sh.items() if len(s) >= MIN_SHINGLES}
        hashes = {d: _minhash(p) for d, p in prints.items()}
        local = _new_lsh()
        for d, m in hashes.items():
            local.insert(d, m)
        parent: dict[str, str] = {d: d for d, _ in new}

        def find(x: str) -> str:
            while parent[x] != x:
                parent[x] = parent[parent[x]]
                x = parent[x]
            return x

        joined: dict[str, str] = {}
        for d in prints:
            matches = (c for c in self.lsh.query(hashes[d]) if _same_story(prints[d], self.prints[c]))
            old = sorted(matches, key=lambda c: self.order[c])
            if old:
                joined[d] = self.story_of[old[0]]
            for c in local.query(hashes[d]):
                if c != d and _same_story(prints[d], prints[c]):
                    a, b = find(d), find(c)
                    if a != b:
                        parent[max(a, b)] = min(a, b)
        groups: dict[str, list[str]] = {}
        for d, _ in new:
            groups.setdefault(find(d), []).append(d)
        out: dict[str, str] = {}
        for members in groups.values():
            story = next((joined[m] for m in sorted(members) if m in joined), None) or min(members)
            for m in members:
                out[m] = story
        for d, _ in new:
            self.story_of[d] = out[d]
            self.order[d] = len(self.order)
            if d in prints:
                self.prints[d] = prints[d]
                self.lsh.insert(d, hashes[d])
        return out | known


def assign_stories(existing: Iterable[tuple[str, str, str]], new: Iterable[tuple[str, str]]) -> dict[str, str]:
    """story_id for each new document against `existing` (doc_id, story_id, clean_text); see `StoryIndex`."""
    index = StoryIndex()
    for d, s, t in existing:
        index.add(d, s, t)
    return index.assign(new)
