"""Discover and read raw inputs (`*.txt` + sidecar `*.json`, `*.jsonl`) without ever writing to `raw/`.

Only regular files inside the raw root are read. Checked with `lstat`/`stat` before anything is opened:
a symlink whose target lies outside the raw root is quarantined `outside_raw`; a FIFO, socket, device or
folder (also behind a symlink) `not_a_regular_file`; a name that is not valid UTF-8 `bad_file_name`. None of
them is opened. Regular files are opened with `O_NOFOLLOW | O_NONBLOCK` and checked again on the open file,
so a file swapped for a FIFO or a symlink in between is never read or waited on.

Names of partial downloads are ignored (`.*`, `*.tmp`, `*.part`, `*.crdownload`, `*.partial`). A file
still being written is *deferred*, left for the next run (neither published nor quarantined): its size or
mtime differ before and after the read, or it was modified less than `NEWSMILL_SETTLE_SECONDS` ago
(default 0). Deferred inputs are yielded with `deferred=True` so the flow can count them.

Limits: `NEWSMILL_MAX_BYTES` (per file, per JSONL line) gives `too_large`; `NEWSMILL_MAX_CHARS` (decoded
characters, default 1,000,000 = spaCy's `nlp.max_length`) gives `too_long`, so the model never sees a text
it refuses (spaCy error E088). A JSONL text with a lone surrogate (`"\\ud800"`) is quarantined
`undecodable`: it is not valid Unicode and replacing it would silently change the article.
"""
from __future__ import annotations

import codecs
import errno
import hashlib
import json
import os
import re
import stat
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from transforms.decode import decode_bytes
from transforms.ids import sha256_hex
from transforms.metadata import META_FIELDS, describe_value, json_kind, printable, validate_meta

META_KEYS = META_FIELDS
PARTIAL_SUFFIXES = (".tmp", ".part", ".crdownload", ".partial")
DEFAULT_MAX_CHARS = 1_000_000  # spaCy's default nlp.max_length
_BLOCK = 1 << 20
_OPEN_FLAGS = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0)
_SURROGATE = re.compile("[\ud800-\udfff]")
_FILE_KINDS = ((stat.S_ISFIFO, "a FIFO (named pipe)"), (stat.S_ISSOCK, "a socket"),
               (stat.S_ISCHR, "a character device"), (stat.S_ISBLK, "a block device"), (stat.S_ISDIR, "a folder"))


def max_chars_setting() -> int:
    """`NEWSMILL_MAX_CHARS`: the longest decoded text accepted (default 1,000,000 characters)."""
    value = os.environ.get("NEWSMILL_MAX_CHARS", "").strip()
    return int(value) if value else DEFAULT_MAX_CHARS


def settle_seconds_setting() -> float:
    """`NEWSMILL_SETTLE_SECONDS`: files modified more recently than this are left for the next run (default 0)."""
    value = os.environ.get("NEWSMILL_SETTLE_SECONDS", "").strip()
    return float(value) if value else 0.0


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
    """An input found under the raw root, hashed but not yet decoded.

    `deferred` inputs are still being written (or too recent): not to be processed in this run.
    """

    source_uri: str
    content_sha256: str | None
    path: Path
    line_no: int | None = None
    payload: bytes | None = None  # JSONL line, or the .txt bytes
    sidecar: bytes | None = None
    problem: Rejected | None = None
    deferred: bool = False
    max_chars: int | None = None


class _Deferred(Exception):
    """The file changed while it was read (or is too recent): leave it for the next run."""


def is_partial_name(name: str) -> bool:
    """Hidden files and names of downloads in progress, which are never inputs."""
    return name.startswith(".") or name.lower().endswith(PARTIAL_SUFFIXES)


def discover(raw_root: Path, max_bytes: int, *, max_chars: int | None = None,
             settle_seconds: float | None = None) -> Iterator[Candidate]:
    """Every article input under `raw_root`, sorted by path, with its content hash (a lazy generator).

    Paths are listed up front; each file is opened and read only when its candidate is requested.
    `max_chars` and `settle_seconds` default to `NEWSMILL_MAX_CHARS` and `NEWSMILL_SETTLE_SECONDS`.
    """
    max_chars = max_chars_setting() if max_chars is None else max_chars
    settle = settle_seconds_setting() if settle_seconds is None else settle_seconds
    root = Path(os.path.realpath(raw_root))
    for path in list_inputs(Path(raw_root)):
        rel = os.path.relpath(path, raw_root).replace(os.sep, "/")
        try:
            rel.encode("utf-8")
        except UnicodeEncodeError:
            uri = printable(os.fsencode(rel).decode("utf-8", "backslashreplace"))
            yield Candidate(uri, None, path, problem=Rejected(
                uri, None, "bad_file_name", "file name is not valid UTF-8 (undecodable bytes shown as \\xNN); "
                "rename the file to process it"), max_chars=max_chars)
            continue
        if path.suffix == ".txt":
            yield _txt_candidate(path, rel, root, max_bytes, settle, max_chars)
        else:
            yield from _jsonl_candidates(path, rel, root, max_bytes, settle, max_chars)


def list_inputs(raw_root: Path) -> list[Path]:
    """Paths of `*.txt` and `*.jsonl` entries under `raw_root` (any file type, symlinks not followed), sorted.

    Hidden folders and partial-download names are skipped; a symlink to a folder is not descended into.
    """
    found, todo = [], [str(raw_root)]
    while todo:  # iterative: a hostile tree thousands of folders deep is no RecursionError
        top = todo.pop()
        try:
            entries = list(os.scandir(top))
        except OSError:
            continue
        for entry in entries:
            if is_partial_name(entry.name):
                continue
            try:
                real_dir = entry.is_dir(follow_symlinks=False)
            except OSError:
                real_dir = False
            if real_dir:
                todo.append(entry.path)
            elif entry.name.endswith((".txt", ".jsonl")):
                found.append(Path(entry.path))
    return sorted(found, key=lambda p: os.fsencode(p))


def _txt_candidate(path: Path, rel: str, root: Path, max_bytes: int, settle: float, max_chars: int) -> Candidate:
    try:
        data, digest = _read_file(path, root, max_bytes, settle)
        side_path = path.with_suffix(".json")
        sidecar = None
        if os.path.lexists(side_path):
            try:
                sidecar, _ = _read_file(side_path, root, max_bytes, settle)
            except _Problem as exc:
                reason = exc.reason if exc.reason in ("outside_raw", "not_a_regular_file") else "malformed_sidecar"
                raise _Problem(reason, f"sidecar {side_path.name}: {exc.detail}", None) from None
    except _Deferred:
        return Candidate(rel, None, path, deferred=True)
    except _Problem as exc:
        return Candidate(rel, exc.digest, path, problem=Rejected(rel, exc.digest, exc.reason, exc.detail))
    if sidecar is not None:
        digest = sha256_hex(data + b"\x00sidecar\x00" + sidecar)
    return Candidate(rel, digest, path, payload=data, sidecar=sidecar, max_chars=max_chars)


class _Problem(Exception):
    def __init__(self, reason: str, detail: str, digest: str | None = None):
        super().__init__(detail)
        self.reason, self.detail, self.digest = reason, detail, digest


def _regular_target(path: Path, root: Path) -> tuple[str, os.stat_result]:
    """The path to open and its stat, after checking it is a regular file inside `root` (nothing opened)."""
    try:
        st = os.lstat(path)
    except OSError as exc:
        raise _Problem("unreadable", _os_error(exc)) from None
    target = str(path)
    if stat.S_ISLNK(st.st_mode):
        target = os.path.realpath(path)
        if os.path.commonpath([str(root), target]) != str(root):
            raise _Problem("outside_raw", f"symlink to {printable(os.readlink(path))}, outside the raw folder")
        try:
            st = os.stat(target, follow_symlinks=False)
        except OSError as exc:
            raise _Problem("unreadable", f"symlink target: {_os_error(exc)}") from None
        if stat.S_ISLNK(st.st_mode):
            raise _Problem("unreadable", "symlink loop")
    for test, kind in _FILE_KINDS:
        if test(st.st_mode):
            raise _Problem("not_a_regular_file", f"{'symlink to ' if target != str(path) else ''}{kind}, not read")
    if not stat.S_ISREG(st.st_mode):
        raise _Problem("not_a_regular_file", "not a regular file, not read")
    return target, st


def _open_checked(path: Path, root: Path, settle: float) -> tuple[int, str, os.stat_result]:
    """An open descriptor on the regular file behind `path`, its path and stat; raises `_Problem`/`_Deferred`."""
    target, st = _regular_target(path, root)
    if settle > 0 and time.time() - st.st_mtime < settle:
        raise _Deferred(f"modified less than {settle:g} s ago")
    try:
        fd = os.open(target, _OPEN_FLAGS)
    except OSError as exc:
        if exc.errno in (errno.ELOOP, errno.ENOENT):  # replaced by a symlink or removed since the stat
            raise _Deferred(str(exc)) from None
        raise _Problem("unreadable", _os_error(exc)) from None
    now = os.fstat(fd)
    if not stat.S_ISREG(now.st_mode) or (now.st_dev, now.st_ino) != (st.st_dev, st.st_ino):
        os.close(fd)
        raise _Deferred("replaced between stat and open")
    return fd, target, now


def _unchanged(fd: int, target: str, before: os.stat_result) -> bool:
    """Size and mtime of the open file and of the path are the same as before the read."""
    try:
        after, named = os.fstat(fd), os.stat(target, follow_symlinks=False)
    except OSError:
        return False
    sig = (before.st_size, before.st_mtime_ns)
    return (after.st_size, after.st_mtime_ns) == sig and (named.st_size, named.st_mtime_ns, named.st_ino) == (
        *sig, before.st_ino)


def _read_file(path: Path, root: Path, max_bytes: int, settle: float) -> tuple[bytes, str]:
    """Bytes and sha256 of a regular file inside `root`; raises `_Problem` or `_Deferred`."""
    fd, target, st = _open_checked(path, root, settle)
    try:
        chunks, size = [], 0
        while size <= max_bytes:
            block = os.read(fd, min(_BLOCK, max_bytes + 1 - size))
            if not block:
                break
            chunks.append(block)
            size += len(block)
        data = b"".join(chunks)
        if not _unchanged(fd, target, st):
            raise _Deferred("changed while read")
    except OSError as exc:
        raise _Problem("unreadable", _os_error(exc)) from None
    finally:
        os.close(fd)
    digest = sha256_hex(data)
    if st.st_size > max_bytes or len(data) > max_bytes:
        raise _Problem("too_large", f"{max(st.st_size, len(data))} bytes > limit {max_bytes} (NEWSMILL_MAX_BYTES)",
                       digest)
    return data, digest


def _jsonl_candidates(path: Path, rel: str, root: Path, max_bytes: int, settle: float,
                      max_chars: int) -> Iterator[Candidate]:
    """One candidate per non-blank line, or one for the whole file when it cannot be read.

    The file is read twice: once whole (hash, and the check that it does not change while read), then line by
    line, so no line is yielded from a file that is still being written and memory stays one line.
    """
    try:
        fd, target, st = _open_checked(path, root, settle)
    except _Deferred:
        yield Candidate(rel, None, path, deferred=True)
        return
    except _Problem as exc:
        yield Candidate(rel, None, path, problem=Rejected(rel, None, exc.reason, exc.detail))
        return
    with os.fdopen(fd, "rb") as f:
        try:
            whole = hashlib.sha256()
            head = f.read(4)
            whole.update(head)
            for block in iter(lambda: f.read(_BLOCK), b""):
                whole.update(block)
            stable = _unchanged(f.fileno(), target, st)
            f.seek(0)
        except OSError as exc:
            yield Candidate(rel, None, path, problem=Rejected(rel, None, "unreadable", _os_error(exc)))
            return
        if not stable:
            yield Candidate(rel, None, path, deferred=True)
            return
        if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
            digest = whole.hexdigest()
            yield Candidate(rel, digest, path, problem=Rejected(
                rel, digest, "malformed_jsonl", "file starts with a UTF-16/32 byte order mark: JSONL must be UTF-8"))
            return
        used: set[str] = set()
        for n, line, length in _lines(f, st.st_size, max_bytes):
            if n == 1 and line is not None and line.startswith(codecs.BOM_UTF8):
                line = line[len(codecs.BOM_UTF8):]
            if line is not None and not line.strip():
                continue
            uri = _line_uri(rel, n, _record_id(line) if line is not None else None, used)
            if line is None:
                yield Candidate(uri, None, path, n, problem=Rejected(
                    uri, None, "too_large", f"line {n} of {length} bytes > limit {max_bytes} (NEWSMILL_MAX_BYTES)"))
                continue
            yield Candidate(uri, sha256_hex(line), path, n, payload=line, max_chars=max_chars)


def _lines(f, size: int, max_bytes: int) -> Iterator[tuple[int, bytes | None, int]]:
    """(line number, bytes or None when longer than `max_bytes`, length) for the first `size` bytes of `f`."""
    left, n = size, 0
    while left > 0:
        n += 1
        line = f.readline(min(max_bytes + 2, left))
        if not line:
            return
        left -= len(line)
        if len(line.rstrip(b"\r\n")) > max_bytes:
            length = len(line)
            while left > 0 and not line.endswith(b"\n"):  # skip the rest of the over-long line
                line = f.readline(min(_BLOCK, left))
                if not line:
                    return
                left -= len(line)
                length += len(line)
            yield n, None, length
        else:
            yield n, line, len(line)


def _line_uri(rel: str, n: int, record_id: str | None, used: set[str]) -> str:
    """`path#id` (or `path#line`); a key already used in this file gets `@line`, so each uri is unique."""
    uri = f"{rel}#{record_id if record_id is not None else n}"
    while uri in used:
        uri = f"{uri}@{n}"
    used.add(uri)
    return uri


def _record_id(line: bytes) -> str | None:
    """The record's `id` when it is a non-empty string or an integer, made printable (at most 200 chars)."""
    try:
        record = json.loads(line)
    except (UnicodeDecodeError, ValueError, RecursionError):
        return None
    value = record.get("id") if isinstance(record, dict) else None
    if isinstance(value, bool) or not isinstance(value, str | int) or value == "":
        return None
    return printable(str(value))[:200]


def _os_error(exc: OSError) -> str:
    return f"{type(exc).__name__}: {exc.strerror or exc}"


def load(candidate: Candidate) -> RawArticle | Rejected:
    """Decode a candidate into a `RawArticle`, or say why it is quarantined."""
    if candidate.problem is not None:
        return candidate.problem
    assert candidate.payload is not None and candidate.content_sha256 is not None
    uri, digest = candidate.source_uri, candidate.content_sha256
    max_chars = candidate.max_chars if candidate.max_chars is not None else max_chars_setting()
    if candidate.line_no is not None:
        item = _parse_jsonl(candidate.payload, candidate.line_no, uri, digest)
        if isinstance(item, Rejected):
            return item
        text, meta = item
        if _SURROGATE.search(text):
            at = _SURROGATE.search(text).start()  # type: ignore[union-attr]
            return Rejected(uri, digest, "undecodable", f"line {candidate.line_no}: `text` has a lone surrogate "
                            f"{text[at].encode('utf-8', 'backslashreplace').decode()} at character {at}")
        decoded = decode_bytes(text.encode("utf-8"))
    else:
        meta = {}
        if candidate.sidecar is not None:
            side = _parse_sidecar(candidate.sidecar, uri, digest)
            if isinstance(side, Rejected):
                return side
            meta = side
        decoded = decode_bytes(candidate.payload)
    if decoded.text is None:
        return Rejected(uri, digest, decoded.problem or "undecodable", decoded.detail)
    if len(decoded.text) > max_chars:
        return Rejected(uri, digest, "too_long",
                        f"{len(decoded.text)} characters > limit {max_chars} (NEWSMILL_MAX_CHARS)")
    if len(meta.get("title") or "") > max_chars:
        return Rejected(uri, digest, "too_long", f"title of {len(meta['title'])} characters > limit {max_chars}")
    return RawArticle(uri, digest, decoded.text, decoded.encoding, meta)


def _parse_jsonl(payload: bytes, n: int, uri: str, digest: str) -> tuple[str, dict] | Rejected:
    """(text, checked metadata) of one JSONL line, or why it is `malformed_jsonl`."""
    def bad(detail: str) -> Rejected:
        return Rejected(uri, digest, "malformed_jsonl", f"line {n}: {detail}")

    record = _json_object(payload, "utf-8")
    if isinstance(record, str):
        return bad(record)
    if not isinstance(record.get("text"), str):
        got = "missing" if record.get("text") is None else describe_value(record["text"])
        return bad(f"no string `text` field ({got})")
    rid = record.get("id")
    if rid is not None and (isinstance(rid, bool) or not isinstance(rid, str | int)):
        return bad(f"field `id`: expected a string or an integer, got {describe_value(rid)}")
    if isinstance(rid, str) and _SURROGATE.search(rid):
        return bad("field `id`: text with a lone surrogate (invalid Unicode)")
    check = validate_meta(record)
    return bad("; ".join(check.problems)) if check.problems else (record["text"], check.meta)


def _parse_sidecar(data: bytes, uri: str, digest: str) -> dict | Rejected:
    """Checked metadata of a sidecar, or why the article is `malformed_sidecar`."""
    name = printable(Path(uri).with_suffix(".json").name)
    side = _json_object(data, "utf-8-sig")
    problems = [side] if isinstance(side, str) else validate_meta(side).problems
    if problems:
        return Rejected(uri, digest, "malformed_sidecar", f"{name}: {'; '.join(problems)}")
    return validate_meta(side).meta  # type: ignore[arg-type]


def _json_object(data: bytes, encoding: str) -> dict | str:
    """The JSON object in `data`, or what is wrong with it (not UTF-8, not JSON, not an object)."""
    try:
        value = json.loads(data.decode(encoding))
    except UnicodeDecodeError as exc:
        return f"not UTF-8 ({exc.reason} at byte {exc.start})"
    except (ValueError, RecursionError) as exc:
        return f"not valid JSON ({printable(str(exc))[:200]})"
    return value if isinstance(value, dict) else f"a JSON {json_kind(value)}, not an object"
