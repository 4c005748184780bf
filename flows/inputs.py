"""Discover and read raw inputs (`*.txt` + sidecar `*.json`, `*.jsonl`) without ever writing to `raw/`."""
from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from transforms.decode import decode_bytes
from transforms.ids import sha256_hex

META_KEYS = ("url", "source", "title", "published_at", "author", "language")


@dataclass
class RawArticle:
    """One decoded article ready for cleaning."""

    source_uri: str
    content_sha256: str
    text: str
    encoding: str | None
    meta: dict = field(default_factory=dict)


@dataclass
class Rejected:
    """One input that cannot be processed, with a quarantine reason."""

    source_uri: str
    content_sha256: str | None
    reason: str
    detail: str


@dataclass
class Candidate:
    """An input found under the raw root, hashed but not yet decoded."""

    source_uri: str
    content_sha256: str | None
    path: Path
    line_no: int | None = None
    payload: bytes | None = None  # JSONL line, or the .txt bytes
    sidecar: bytes | None = None
    problem: Rejected | None = None


def _read(path: Path, max_bytes: int) -> tuple[bytes | None, Rejected | None, str]:
    uri = path.name
    try:
        size = path.stat().st_size
        with path.open("rb") as f:
            data = f.read(max_bytes + 1)
    except OSError as exc:
        return None, Rejected(uri, None, "unreadable", f"{type(exc).__name__}: {exc}"), ""
    if size > max_bytes or len(data) > max_bytes:
        return None, Rejected(uri, sha256_hex(data), "too_large", f"{size} bytes > limit {max_bytes}"), ""
    return data, None, ""


def discover(raw_root: Path, max_bytes: int) -> Iterator[Candidate]:
    """Every article input under `raw_root`, sorted by path, with its content hash."""
    paths = (p for p in raw_root.rglob("*") if (p.is_file() or p.is_symlink()) and not p.name.startswith("."))
    for path in sorted(paths):
        rel = path.relative_to(raw_root).as_posix()
        if path.suffix == ".txt":
            data, problem, _ = _read(path, max_bytes)
            side_path = path.with_suffix(".json")
            sidecar = None
            if side_path.exists():
                sidecar, side_problem, _ = _read(side_path, max_bytes)
                if side_problem is not None:
                    problem = problem or Rejected(rel, None, "malformed_sidecar", side_problem.detail)
            if problem is not None:
                problem.source_uri = rel
                yield Candidate(rel, problem.content_sha256, path, problem=problem)
                continue
            assert data is not None
            digest = sha256_hex(data + b"\x00sidecar\x00" + sidecar if sidecar else data)
            yield Candidate(rel, digest, path, payload=data, sidecar=sidecar)
        elif path.suffix == ".jsonl":
            yield from _discover_jsonl(path, rel, max_bytes)


def _discover_jsonl(path: Path, rel: str, max_bytes: int) -> Iterator[Candidate]:
    try:
        f = path.open("rb")
    except OSError as exc:
        yield Candidate(rel, None, path, problem=Rejected(rel, None, "unreadable", f"{type(exc).__name__}: {exc}"))
        return
    with f:
        for n, line in enumerate(f, start=1):
            if not line.strip():
                continue
            uri = f"{rel}#{_record_id(line) or n}"
            digest = sha256_hex(line)
            if len(line) > max_bytes:
                yield Candidate(uri, digest, path, n, problem=Rejected(
                    uri, digest, "too_large", f"line of {len(line)} bytes > limit {max_bytes}"))
                continue
            yield Candidate(uri, digest, path, n, payload=line)


def _record_id(line: bytes) -> str | None:
    try:
        record = json.loads(line)
    except (UnicodeDecodeError, json.JSONDecodeError):
        return None
    value = record.get("id") if isinstance(record, dict) else None
    return str(value) if value not in (None, "") else None


def load(candidate: Candidate) -> RawArticle | Rejected:
    """Decode a candidate into a `RawArticle`, or say why it is quarantined."""
    if candidate.problem is not None:
        return candidate.problem
    assert candidate.payload is not None and candidate.content_sha256 is not None
    uri, digest = candidate.source_uri, candidate.content_sha256
    meta: dict = {}
    if candidate.line_no is not None:
        try:
            record = json.loads(candidate.payload.decode("utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError) as exc:
            return Rejected(uri, digest, "malformed_jsonl", f"line {candidate.line_no}: {exc}")
        if not isinstance(record, dict) or not isinstance(record.get("text"), str):
            return Rejected(uri, digest, "malformed_jsonl", f"line {candidate.line_no}: no string `text` field")
        meta = {k: record[k] for k in META_KEYS if record.get(k) not in (None, "")}
        decoded = decode_bytes(record["text"].encode("utf-8"))
    else:
        if candidate.sidecar is not None:
            try:
                side = json.loads(candidate.sidecar.decode("utf-8-sig"))
                if not isinstance(side, dict):
                    raise ValueError("sidecar is not a JSON object")
            except (UnicodeDecodeError, ValueError) as exc:
                return Rejected(uri, digest, "malformed_sidecar", f"{Path(uri).with_suffix('.json').name}: {exc}")
            meta = {k: side[k] for k in META_KEYS if side.get(k) not in (None, "")}
        decoded = decode_bytes(candidate.payload)
    if decoded.text is None:
        return Rejected(uri, digest, decoded.problem or "undecodable", decoded.detail)
    return RawArticle(uri, digest, decoded.text, decoded.encoding, meta)
