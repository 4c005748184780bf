"""Reruns do no work and add no rows; full refresh rebuilds; a crash mid-publish is recovered."""
import shutil

import polars as pl

from flows.warehouse import Warehouse
from tests.conftest import seed_paths

DATA = ("documents", "boilerplate", "entity_mentions", "entities", "quarantine")


def _counts(wh):
    w = Warehouse(wh)
    return {t: w.read(t).height for t in DATA}


def test_rerun_adds_no_rows_and_new_input_is_incremental(run_flow, tmp_path):
    raw, wh = tmp_path / "raw", tmp_path / "wh"
    raw.mkdir()
    first, second = seed_paths()[:2]
    shutil.copy(first, raw / first.name)
    run_flow(raw, wh)
    before = _counts(wh)
    again = run_flow(raw, wh)
    assert again.status == "nothing_new" and again.n_skipped == 1
    assert _counts(wh) == before
    shutil.copy(second, raw / second.name)
    third = run_flow(raw, wh)
    assert third.n_new_documents == 1
    docs = Warehouse(wh).read("documents")
    assert docs.height == 2 and docs["doc_id"].is_unique().all()
    mentions = Warehouse(wh).read("entity_mentions")
    assert mentions["mention_id"].is_unique().all()
    # a byte-identical copy under another name is the same document
    shutil.copy(second, raw / "copy_of_second.txt")
    fourth = run_flow(raw, wh)
    assert fourth.n_new_documents == 0 and Warehouse(wh).read("documents").height == 2


def test_full_refresh_rebuilds_without_duplicates(run_flow, tmp_path):
    raw, wh = tmp_path / "raw", tmp_path / "wh"
    raw.mkdir()
    for p in seed_paths():
        shutil.copy(p, raw / p.name)
    run_flow(raw, wh)
    before = _counts(wh)
    (raw / seed_paths()[0].name).unlink()
    summary = run_flow(raw, wh, full_refresh=True)
    assert summary.status == "published"
    after = _counts(wh)
    assert after["documents"] == 2 and after["entity_mentions"] < before["entity_mentions"]
    assert Warehouse(wh).read("runs").height == 2


def test_crash_after_commit_is_rolled_forward_and_before_commit_dropped(tmp_path):
    w = Warehouse(tmp_path)
    docs = pl.DataFrame({"doc_id": ["a"], "source_uri": ["a.txt"], "clean_text": ["x"]})
    w.stage("run1", {"documents": docs})  # committed, then "crash" before publish
    (tmp_path / "_staging" / "run2").mkdir(parents=True)  # half-written, never committed
    (tmp_path / "_staging" / "run2" / "documents.parquet").write_bytes(b"PAR1 truncated")
    assert w.read("documents").is_empty()  # nothing visible yet
    done = w.recover()
    assert done == ["rolled forward run1", "dropped uncommitted run2"]
    assert w.read("documents")["doc_id"].to_list() == ["a"]
    assert not (tmp_path / "_staging").exists() or not any((tmp_path / "_staging").iterdir())
    w.recover()  # idempotent
    assert w.read("documents").height == 1
