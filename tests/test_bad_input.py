"""Bad inputs are quarantined with a reason; the rest of the batch publishes; raw/ is never modified."""
import hashlib
import json
import shutil

import polars as pl
import pytest

from flows.warehouse import Warehouse
from tests.conftest import seed_paths


def _tree_digest(root):
    h = hashlib.sha256()
    for p in sorted(root.rglob("*")):
        if p.is_file() or p.is_symlink():
            h.update(p.relative_to(root).as_posix().encode())
            if p.exists():
                h.update(p.read_bytes())
                h.update(str(p.stat().st_mtime_ns).encode())
    return h.hexdigest()


@pytest.fixture
def bad_raw(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    good = seed_paths()[0]
    shutil.copy(good, raw / "good.txt")
    (raw / "empty.txt").write_bytes(b"")
    (raw / "blank.txt").write_text("   \n\n\t  \n")
    (raw / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 40)
    (raw / "huge.txt").write_text("word " * 400_000)
    (raw / "undecodable.txt").write_bytes(bytes(range(128, 256)) * 50)
    shutil.copy(seed_paths()[1], raw / "badside.txt")
    (raw / "badside.json").write_text("{not json")
    (raw / "dangling.txt").symlink_to(raw / "gone.txt")  # a link whose target vanished: unreadable
    (raw / "outside.txt").symlink_to(tmp_path / "gone.txt")  # a link out of raw/: never followed
    lines = [
        json.dumps({"id": "ok-1", "text": seed_paths()[2].read_text(encoding="utf-8"), "source": "Global News"}),
        "{broken json",
        json.dumps({"id": "no-text", "title": "missing text"}),
        json.dumps({"id": "empty-text", "text": "  "}),
    ]
    (raw / "batch.jsonl").write_text("\n".join(lines) + "\n")
    return raw


def test_each_bad_input_is_quarantined_and_good_ones_publish(run_flow, bad_raw, tmp_path, monkeypatch):
    monkeypatch.setenv("NEWSMILL_MAX_BYTES", "1000000")
    before = _tree_digest(bad_raw)
    wh = tmp_path / "wh"
    summary = run_flow(bad_raw, wh)
    assert summary.status == "published"
    w = Warehouse(wh)
    docs = w.read("documents")
    assert sorted(docs["source_uri"]) == ["batch.jsonl#ok-1", "good.txt"]
    q = {r["source_uri"]: r for r in w.read("quarantine").iter_rows(named=True)}
    expected = {"empty.txt": "empty", "blank.txt": "empty", "binary.txt": "binary", "huge.txt": "too_large",
                "undecodable.txt": "undecodable", "badside.txt": "malformed_sidecar",
                "batch.jsonl#2": "malformed_jsonl",
                "batch.jsonl#no-text": "malformed_jsonl", "batch.jsonl#empty-text": "empty",
                "dangling.txt": "unreadable", "outside.txt": "outside_raw"}
    for uri, reason in expected.items():
        assert q[uri]["reason"] == reason, uri
        assert q[uri]["detail"]
    assert _tree_digest(bad_raw) == before, "raw/ must never be modified"
    # a rerun quarantines nothing twice
    again = run_flow(bad_raw, wh)
    assert again.n_quarantined == 0
    assert w.read("quarantine").select(["source_uri", "content_sha256"]).is_unique().all()
    assert w.read("quarantine").height == len(q)


def test_non_english_is_published_without_nlp(run_flow, tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "fr.txt").write_text("Le gouvernement a annoncé mardi une nouvelle aide pour les agriculteurs touchés par "
                                "la sécheresse dans le sud du pays. Les fonds seront versés avant la fin du mois.")
    summary = run_flow(raw, tmp_path / "wh")
    docs = Warehouse(tmp_path / "wh").read("documents")
    assert summary.status == "published"
    assert docs["language"].to_list() == ["fr"] and docs["nlp_status"].to_list() == ["skipped:language=fr"]
    assert Warehouse(tmp_path / "wh").read("entity_mentions").filter(pl.col("doc_id") == docs["doc_id"][0]).is_empty()


# ---- the reader on its own (no flow): fast checks of each rule -------------------------------------------
ARTICLE = ("The council of a small harbour town voted on Tuesday to rebuild its flood wall, officials said.\n\n"
           "Work is expected to start in the spring and to last about eighteen months.\n")


def _outcomes(raw, **kwargs) -> dict[str, str]:
    """source_uri -> 'document', 'deferred' or the quarantine reason, for every candidate of `raw`."""
    from flows.inputs import Rejected, discover, load

    out = {}
    for cand in discover(raw, kwargs.pop("max_bytes", 100_000), **kwargs):
        item = "deferred" if cand.deferred else load(cand)
        out[cand.source_uri] = item if isinstance(item, str) else (
            item.reason if isinstance(item, Rejected) else "document")
    return out


def test_non_regular_files_and_links_out_of_raw_are_never_opened(tmp_path, monkeypatch):
    import os

    raw = tmp_path / "raw"
    raw.mkdir()
    (tmp_path / "secret.txt").write_text(ARTICLE)
    (raw / "out.txt").symlink_to(tmp_path / "secret.txt")
    (raw / "in.txt").write_text(ARTICLE)
    (raw / "alias.txt").symlink_to("in.txt")  # a link inside raw/ to a regular file is read
    os.mkfifo(raw / "fifo.txt")
    os.mkfifo(raw / "pipe")
    (raw / "to_pipe.jsonl").symlink_to("pipe")
    opened = []
    real_open = os.open
    monkeypatch.setattr("flows.inputs.os.open", lambda p, *a, **k: opened.append(str(p)) or real_open(p, *a, **k))
    assert _outcomes(raw) == {"alias.txt": "document", "fifo.txt": "not_a_regular_file", "in.txt": "document",
                              "out.txt": "outside_raw", "to_pipe.jsonl": "not_a_regular_file"}
    assert sorted(os.path.basename(p) for p in opened) == ["in.txt", "in.txt"]


def test_partial_downloads_are_ignored_and_bad_names_quarantined(tmp_path):
    import os

    raw = tmp_path / "raw"
    for name in (".hidden.txt", "a.txt.part", "a.txt.tmp", "b.jsonl.crdownload", "c.txt.partial", ".git/x.txt"):
        (raw / name).parent.mkdir(parents=True, exist_ok=True)
        (raw / name).write_text(ARTICLE)
    with open(os.fsencode(raw) + b"/r\xe9sum\xe9.txt", "wb") as f:
        f.write(ARTICLE.encode())
    assert _outcomes(raw) == {"r\\xe9sum\\xe9.txt": "bad_file_name"}


def test_a_file_written_during_the_read_is_deferred_then_read(tmp_path, monkeypatch):
    import flows.inputs

    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "growing.txt").write_text(ARTICLE)
    (raw / "feed.jsonl").write_text(json.dumps({"text": ARTICLE}) + "\n")
    real = flows.inputs._unchanged

    def written_meanwhile(fd, target, st):  # the scraper appends between our read and our check
        with open(target, "a") as f:
            f.write(json.dumps({"text": "More."}) + "\n" if target.endswith(".jsonl") else "More.\n")
        return real(fd, target, st)

    monkeypatch.setattr(flows.inputs, "_unchanged", written_meanwhile)
    assert _outcomes(raw) == {"feed.jsonl": "deferred", "growing.txt": "deferred"}
    monkeypatch.setattr(flows.inputs, "_unchanged", real)
    assert _outcomes(raw) == {"feed.jsonl#1": "document", "feed.jsonl#2": "document", "growing.txt": "document"}


def test_recent_files_wait_for_the_settle_time(tmp_path, monkeypatch):
    import os

    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "new.txt").write_text(ARTICLE)
    (raw / "old.txt").write_text(ARTICLE + "Old.\n")
    os.utime(raw / "old.txt", (1_600_000_000, 1_600_000_000))
    assert _outcomes(raw) == {"new.txt": "document", "old.txt": "document"}  # default 0: nothing waits
    monkeypatch.setenv("NEWSMILL_SETTLE_SECONDS", "60")
    assert _outcomes(raw) == {"new.txt": "deferred", "old.txt": "document"}


def test_limits_in_bytes_and_characters(tmp_path, monkeypatch):
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "long.txt").write_text("Word after word. " * 100)
    (raw / "large.txt").write_text("x" * 3000)
    (raw / "ok.txt").write_text(ARTICLE)
    monkeypatch.setenv("NEWSMILL_MAX_CHARS", "1000")
    assert _outcomes(raw, max_bytes=2500) == {"large.txt": "too_large", "long.txt": "too_long", "ok.txt": "document"}


def test_jsonl_edge_cases(tmp_path):
    from flows.inputs import discover, load

    raw = tmp_path / "raw"
    raw.mkdir()
    lines = [
        "\ufeff" + json.dumps({"id": "first", "text": ARTICLE}),  # a BOM must not cost the first line
        '{"id": "s", "text": "lone \\ud800 surrogate"}',
        json.dumps(["not", "an", "object"]),
        json.dumps({"id": "dup", "text": 1}),
        json.dumps({"id": "dup", "text": 1}),  # the same bad line twice under one id: two distinct keys
        json.dumps({"id": 7, "text": ARTICLE.replace("Tuesday", "Monday")}),
        json.dumps({"id": True, "text": ARTICLE}),
        json.dumps({"id": "lang", "text": ARTICLE, "language": 5}),
        json.dumps({"id": "\ud800", "text": ARTICLE}),
        "",
    ]
    (raw / "f.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8", errors="surrogatepass")
    assert _outcomes(raw) == {
        "f.jsonl#first": "document", "f.jsonl#s": "undecodable", "f.jsonl#3": "malformed_jsonl",
        "f.jsonl#dup": "malformed_jsonl", "f.jsonl#dup@5": "malformed_jsonl", "f.jsonl#7": "document",
        "f.jsonl#7@7": "malformed_jsonl", "f.jsonl#lang": "malformed_jsonl", "f.jsonl#\\ud800": "malformed_jsonl"}
    details = {c.source_uri: getattr(load(c), "detail", "") for c in discover(raw, 100_000)}
    assert "lone surrogate \\ud800" in details["f.jsonl#s"]
    assert "field `language`" in details["f.jsonl#lang"] and "number 5" in details["f.jsonl#lang"]
    assert "field `id`" in details["f.jsonl#7@7"]


@pytest.mark.parametrize(("sidecar", "field", "shown"), [
    ('{"source": ["Wire A", "Wire B"]}', "source", "array ['Wire A', 'Wire B']"),
    ('{"title": {"text": "A title"}}', "title", "object {'text': 'A title'}"),
    ('{"language": 7}', "language", "number 7"),
    ('{"language": "English"}', "language", "string 'English'"),
    ('{"published_at": "2021-13-45"}', "published_at", "string '2021-13-45'"),
    ('{"published_at": 12345}', "published_at", "number 12345"),
    ('{"author": false}', "author", "boolean False"),
    ('{"url": 3.5}', "url", "number 3.5"),
])
def test_invalid_sidecar_values_are_reported_never_nulled(tmp_path, sidecar, field, shown):
    from flows.inputs import discover, load

    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "a.txt").write_text(ARTICLE)
    (raw / "a.json").write_text(sidecar)
    item = load(next(discover(raw, 100_000)))
    assert item.reason == "malformed_sidecar"
    assert f"field `{field}`" in item.detail and shown in item.detail


def test_valid_sidecar_values_are_kept(tmp_path):
    from flows.inputs import discover, load

    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "a.txt").write_text(ARTICLE)
    (raw / "a.json").write_text(json.dumps({"source": "Wire", "title": "Flood wall", "language": "en-GB",
                                            "published_at": "2026-03-04T10:30:00+01:00", "author": "",
                                            "extra": [1, 2]}))
    item = load(next(discover(raw, 100_000)))
    assert item.meta == {"source": "Wire", "title": "Flood wall", "language": "en-GB",
                         "published_at": "2026-03-04T10:30:00+01:00"}
