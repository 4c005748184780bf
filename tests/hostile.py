"""A hostile raw folder: every kind of bad input an operator or a broken scraper can leave, plus good articles.

`build(raw, outside)` writes it and returns a `Corpus` saying what each input must become: a document, a
quarantine reason, ignored (a partial download's name), or deferred (changing while it is read). The good
articles are written for this project. `outside` is a folder beside raw/ whose files must never be read.
"""
from __future__ import annotations

import codecs
import json
import os
import socket
from dataclasses import dataclass, field
from pathlib import Path

OUTSIDE_MARKER = "OUTSIDE-RAW-SECRET-7f3a"  # must never appear in any table
MAX_BYTES = 200_000  # NEWSMILL_MAX_BYTES for the hostile run
MAX_CHARS = 50_000  # NEWSMILL_MAX_CHARS for the hostile run

ARTICLES = [
    ("Harbour town votes to rebuild its flood wall",
     "The town council of Westhaven voted on Tuesday to rebuild the flood wall along the old harbour, two years "
     "after a winter storm pushed seawater into dozens of homes.\n\n"
     "Mayor Elena Brandt said the new wall would be a metre higher than the one it replaces. “We cannot ask "
     "people to bail out their kitchens every winter,” she told reporters after the vote.\n\n"
     "Work is expected to start in the spring and to last about eighteen months, the council said."),
    ("Rail operator adds night trains between two capitals",
     "A state rail operator said on Monday it would run three night trains a week between Vienna and "
     "Copenhagen from next summer, answering demand from travellers who want to avoid short flights.\n\n"
     "The company said sleeper cars would be refurbished at its workshop in Linz. A spokesperson said tickets "
     "would go on sale in March, with prices similar to those of a budget flight and a hotel night.\n\n"
     "Environmental groups welcomed the decision but said the service should run every night."),
    ("Library reopens after two years of repairs",
     "The central library of Maple Falls reopened its doors on Saturday after two years of repairs to its "
     "roof and heating system, city officials said.\n\n"
     "Hundreds of residents queued before the opening. The head librarian, Tomas Okafor, said the building "
     "now had a children's wing and longer opening hours on weekdays.\n\n"
     "The repairs cost about four million dollars, most of it paid by a regional grant."),
    ("Farmers test drought-resistant wheat in the south",
     "Farmers in the southern plains are testing a drought-resistant variety of wheat this season, the "
     "agriculture ministry said on Thursday, after two dry summers cut harvests by a third.\n\n"
     "The ministry said forty farms had planted the seed on a trial basis. Results will be published after "
     "the harvest in July, and the seed could be sold widely within three years, officials said."),
    ("Port workers end strike after pay deal",
     "Dock workers at the port of Saltmarsh returned to work on Wednesday after their union accepted a pay "
     "offer that ends a nine-day strike.\n\n"
     "The deal raises wages by six percent this year and four percent next year, the union said. Shipping "
     "companies said it would take about a week to clear the backlog of containers."),
    ("Schools in the valley switch to a four-day week",
     "Three school districts in the northern valley will move to a four-day week from September, their boards "
     "said on Friday, citing a shortage of teachers and the cost of running buses.\n\n"
     "Parents' groups were divided. Some said the long weekend would help families, while others worried "
     "about child care on Fridays. The boards said they would review the change after one year."),
]


def article(k: int) -> str:
    """Good article number `k` (title line, blank line, body)."""
    title, body = ARTICLES[k]
    return f"{title}\n\n{body}\n"


@dataclass
class Corpus:
    """What each input of the hostile folder must become."""

    documents: set[str] = field(default_factory=set)  # source_uri of every good input
    quarantine: dict[str, str] = field(default_factory=dict)  # source_uri -> reason
    ignored: set[str] = field(default_factory=set)  # names never seen by a run
    deferred: set[str] = field(default_factory=set)  # changed while read: published by the next run
    kinds: set[str] = field(default_factory=set)  # the kinds of bad input written


def build(raw: Path, outside: Path) -> Corpus:
    """Write the hostile corpus into `raw` (and files that must stay unread into `outside`)."""
    raw.mkdir(parents=True, exist_ok=True)
    outside.mkdir(parents=True, exist_ok=True)
    c = Corpus()

    def good(name: str, data: bytes, sidecar: dict | None = None) -> None:
        _write(raw / name, data)
        if sidecar is not None:
            _write((raw / name).with_suffix(".json"), json.dumps(sidecar).encode())
        c.documents.add(name)

    def bad(kind: str, name: str, reason: str, data: bytes | None = None, sidecar: bytes | None = None) -> None:
        if data is not None:
            _write(raw / name, data)
        if sidecar is not None:
            _write((raw / name).with_suffix(".json"), sidecar)
        c.quarantine[name] = reason
        c.kinds.add(kind)

    # good articles, in the encodings a scraper leaves
    good("good/plain.txt", article(0).encode())
    good("good/with_sidecar.txt", article(1).encode(), {"source": "Example Wire", "language": "en-GB",
                                                        "published_at": "2026-03-04T10:30:00Z", "url": "https://example.org/a"})
    good("good/utf16_bom.txt", article(2).encode("utf-16"))
    good("good/utf16_no_bom.txt", article(3).encode("utf-16-le"))
    good("good/cp1252.txt", article(4).replace("week", "week – “officially”").encode("cp1252"))
    good("good/mojibake.txt", article(5).replace("Parents'", "Parents’").encode().decode("cp1252").encode())
    good("good/utf8_bom.txt", codecs.BOM_UTF8 + article(0).replace("Tuesday", "Monday").encode())
    good("folder.txt/nested.txt", article(1).replace("Monday", "Sunday").encode())  # a folder named *.txt

    # bytes that are not an article
    bad("empty", "empty.txt", "empty", b"")
    bad("whitespace only", "blank.txt", "empty", b"  \n\n\t \r\n")
    bad("BOM only", "bom_only.txt", "empty", codecs.BOM_UTF8)
    bad("binary", "binary.txt", "binary", b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 20)
    bad("NUL in text", "nul.txt", "binary", article(0).encode().replace(b" ", b"\x00"))
    bad("control characters", "controls.txt", "binary", bytes(range(1, 9)) * 300)
    bad("undecodable", "undecodable.txt", "undecodable", bytes(range(128, 256)) * 50)
    bad("over NEWSMILL_MAX_BYTES", "huge.txt", "too_large", b"word " * (MAX_BYTES // 4))
    bad("over NEWSMILL_MAX_CHARS", "too_long.txt", "too_long", ("Lorem words. " * (MAX_CHARS // 12 + 10)).encode())

    # sidecars
    side = article(3).replace("wheat", "barley").encode()
    bad("sidecar not JSON", "side_badjson.txt", "malformed_sidecar", side, b"{not json")
    bad("sidecar a list", "side_list.txt", "malformed_sidecar", side + b"1", b'["a", "b"]')
    bad("sidecar source a list", "side_source.txt", "malformed_sidecar", side + b"2", b'{"source": ["A", "B"]}')
    bad("sidecar title an object", "side_title.txt", "malformed_sidecar", side + b"3", b'{"title": {"t": 1}}')
    bad("sidecar language a number", "side_lang.txt", "malformed_sidecar", side + b"4", b'{"language": 7}')
    bad("sidecar language a word", "side_langword.txt", "malformed_sidecar", side + b"5", b'{"language": "english"}')
    bad("sidecar invalid date", "side_date.txt", "malformed_sidecar", side + b"6", b'{"published_at": "2021-13-45"}')
    bad("sidecar numeric date", "side_datenum.txt", "malformed_sidecar", side + b"7", b'{"published_at": 12345}')
    bad("sidecar lone surrogate", "side_surrogate.txt", "malformed_sidecar", side + b"8", b'{"author": "A\\udc00"}')
    bad("sidecar outside raw", "side_outside.txt", "outside_raw", side + b"9")
    _write(outside / "meta.json", json.dumps({"title": OUTSIDE_MARKER}).encode())
    (raw / "side_outside.json").symlink_to(outside / "meta.json")

    # JSONL
    lines = [
        codecs.BOM_UTF8 + _line({"id": "bom-first", "text": article(4).replace("Saltmarsh", "Eastport")}),
        b"{broken json",
        b"[1, 2, 3]",
        b'"just a string"',
        b"null",
        _line({"id": "no-text", "title": "missing text"}),
        _line({"id": "text-number", "text": 42}),
        b'{"id": "surrogate", "text": "A lone \\ud800 surrogate in an otherwise fine article."}',
        _line({"id": "dup", "text": "x", "language": 5}),
        _line({"id": "dup", "text": "x", "language": 5}),
        _line({"id": {"nested": True}, "text": "an id that is an object"}),
        _line({"id": "bad-date", "text": article(5), "published_at": "yesterday"}),
        b"[" * 100_000 + b"]" * 100_000,
        '{"id": "cp1252", "text": "caf\xe9 au lait"}'.encode("cp1252"),
        _line({"id": "too-big", "text": "word " * (MAX_BYTES // 4)}),
        _line({"id": "good-line", "text": article(2).replace("Maple Falls", "Cedar Point"), "source": "Wire"}),
    ]
    _write(raw / "feed.jsonl", b"\n".join(lines) + b"\n")
    c.documents |= {"feed.jsonl#bom-first", "feed.jsonl#good-line"}
    c.quarantine |= {"feed.jsonl#2": "malformed_jsonl", "feed.jsonl#3": "malformed_jsonl",
                     "feed.jsonl#4": "malformed_jsonl", "feed.jsonl#5": "malformed_jsonl",
                     "feed.jsonl#no-text": "malformed_jsonl", "feed.jsonl#text-number": "malformed_jsonl",
                     "feed.jsonl#surrogate": "undecodable", "feed.jsonl#dup": "malformed_jsonl",
                     "feed.jsonl#dup@10": "malformed_jsonl", "feed.jsonl#11": "malformed_jsonl",
                     "feed.jsonl#bad-date": "malformed_jsonl", "feed.jsonl#13": "malformed_jsonl",
                     "feed.jsonl#14": "malformed_jsonl", "feed.jsonl#15": "too_large"}
    c.kinds |= {"JSONL with BOM", "JSONL bad JSON", "JSONL not an object", "JSONL missing text",
                "JSONL text not a string", "JSONL lone surrogate", "JSONL duplicate bad lines with one id",
                "JSONL language a number", "JSONL id an object", "JSONL invalid date", "JSONL deep nesting",
                "JSONL not UTF-8", "JSONL line over NEWSMILL_MAX_BYTES"}
    _write(raw / "utf16.jsonl", _line({"text": "a feed saved as UTF-16"}).decode().encode("utf-16"))
    c.quarantine["utf16.jsonl"] = "malformed_jsonl"
    c.kinds.add("JSONL in UTF-16")

    # what is not a regular file inside raw/: never opened
    _write(outside / "secret.txt", f"{OUTSIDE_MARKER}: this file lies outside the raw folder.\n".encode())
    bad("symlink outside raw", "outside_link.txt", "outside_raw")
    (raw / "outside_link.txt").symlink_to(outside / "secret.txt")
    bad("symlink to /etc/passwd", "passwd.txt", "outside_raw")
    (raw / "passwd.txt").symlink_to("/etc/passwd")
    bad("symlink to a device", "zero.txt", "outside_raw")
    (raw / "zero.txt").symlink_to("/dev/zero")
    bad("relative symlink escaping raw", "escape.txt", "outside_raw")
    (raw / "escape.txt").symlink_to(os.path.relpath(outside / "secret.txt", raw))
    bad("FIFO", "fifo.txt", "not_a_regular_file")
    os.mkfifo(raw / "fifo.txt")
    bad("JSONL FIFO", "fifo.jsonl", "not_a_regular_file")
    os.mkfifo(raw / "fifo.jsonl")
    bad("symlink to a FIFO", "to_fifo.txt", "not_a_regular_file")
    os.mkfifo(raw / "pipe.fifo")
    (raw / "to_fifo.txt").symlink_to("pipe.fifo")
    bad("socket", "sock.txt", "not_a_regular_file")
    _bind_socket(raw / "sock.txt")
    bad("symlink to a folder", "dir_link.txt", "not_a_regular_file")
    (raw / "subdir").mkdir()
    (raw / "dir_link.txt").symlink_to("subdir")
    bad("dangling symlink", "dangling.txt", "unreadable")
    (raw / "dangling.txt").symlink_to("gone.txt")
    bad("symlink loop", "loop_a.txt", "unreadable")
    bad("symlink loop", "loop_b.txt", "unreadable")
    (raw / "loop_a.txt").symlink_to("loop_b.txt")
    (raw / "loop_b.txt").symlink_to("loop_a.txt")
    bad_name = os.fsencode(raw) + b"/caf\xe9-latin1-name.txt"
    with open(bad_name, "wb") as f:
        f.write(article(0).replace("Westhaven", "Bad Name").encode())
    bad("non-UTF-8 file name", "caf\\xe9-latin1-name.txt", "bad_file_name")

    # names of downloads in progress: never inputs
    for name in (".hidden.txt", "draft.txt.part", "draft.txt.tmp", "feed.jsonl.crdownload", "x.txt.partial",
                 ".cache/inside.txt"):
        _write(raw / name, article(1).encode())
        c.ignored.add(name)
    c.kinds.add("partial-download names")

    # changing while read: the test appends to it between the read and the check (see `growing`)
    good("growing.txt", article(2).replace("Saturday", "Sunday").encode())
    c.documents.discard("growing.txt")
    c.deferred.add("growing.txt")
    c.kinds.add("modified while read")
    return c


GROWING = "growing.txt"


def _line(record: dict) -> bytes:
    return json.dumps(record).encode()


def _write(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)


def _bind_socket(path: Path) -> None:
    """A Unix socket file (closed at once; the file stays)."""
    s = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    try:
        s.bind(str(path))
    finally:
        s.close()


def tree_digest(root: Path) -> dict[str, str]:
    """Each entry under `root` (not following symlinks, never opening a non-regular file) -> a fingerprint."""
    import hashlib
    import stat

    out = {}
    for top, dirs, files in os.walk(os.fsencode(root)):
        for name in dirs + files:
            path = os.path.join(top, name)
            st = os.lstat(path)
            rel = os.path.relpath(path, os.fsencode(root)).decode("utf-8", "backslashreplace")
            if stat.S_ISREG(st.st_mode):
                with open(path, "rb") as f:
                    out[rel] = hashlib.sha256(f.read()).hexdigest() + f":{st.st_mtime_ns}"
            elif stat.S_ISLNK(st.st_mode):
                out[rel] = "link:" + os.readlink(path).decode("utf-8", "backslashreplace")
            else:
                out[rel] = f"mode:{stat.S_IFMT(st.st_mode)}:{st.st_mtime_ns}"
    return out
