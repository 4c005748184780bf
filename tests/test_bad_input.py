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
