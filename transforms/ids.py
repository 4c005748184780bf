"""Stable identifiers derived from content, so reruns reproduce the same keys."""
from __future__ import annotations

import hashlib


def sha256_hex(data: bytes | str) -> str:
    """sha256 of bytes (or UTF-8 text) as hex."""
    if isinstance(data, str):
        data = data.encode("utf-8")
    return hashlib.sha256(data).hexdigest()


def stable_id(*parts: object, length: int = 24) -> str:
    """A short deterministic id of the given parts (joined with a unit separator)."""
    return sha256_hex("\x1f".join("" if p is None else str(p) for p in parts))[:length]
