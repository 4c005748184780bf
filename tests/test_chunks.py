"""Streaming: chunks committed one by one behave as one batch (duplicates and stories across chunks)."""
from __future__ import annotations

import shutil

import polars as pl

from flows.warehouse import Warehouse
from tests.conftest import seed_paths


def test_duplicates_and_stories_across_chunks(run_flow, tmp_path, monkeypatch):
    monkeypatch.setenv("NEWSMILL_CHUNK_DOCS", "1")  # every input its own chunk; the next is prepared early
    raw, wh = tmp_path / "raw", tmp_path / "wh"
    raw.mkdir()
    first, second, third = seed_paths()  # 000 and 001 are versions of one story, 002 another story
    shutil.copy(first, raw / "a.txt")
    shutil.copy(first, raw / "b_copy_of_a.txt")
    shutil.copy(second, raw / "c.txt")
    shutil.copy(third, raw / "d.txt")
    summary = run_flow(raw, wh)
    assert summary.status == "published" and summary.n_chunks == 4
    w = Warehouse(wh)
    docs = w.read("documents").sort("source_uri")
    assert docs["source_uri"].to_list() == ["a.txt", "c.txt", "d.txt"]
    story = dict(zip(docs["source_uri"], docs["story_id"], strict=True))
    assert story["a.txt"] == story["c.txt"] != story["d.txt"]
    inputs = w.read("inputs").sort("source_uri")
    assert inputs["status"].to_list() == ["document", "duplicate", "document", "document"]
    dup = inputs.filter(pl.col("status") == "duplicate")
    assert dup["doc_id"].item() == docs.filter(pl.col("source_uri") == "a.txt")["doc_id"].item()
    assert inputs["size_bytes"].null_count() == 0 and inputs["mtime"].null_count() == 0
    runs = w.read("runs")
    assert runs["n_chunks"].to_list() == [4] and runs["n_new_documents"].to_list() == [3]
    assert runs["n_skipped"].to_list() == [1]
