"""`newsmill compact`: a table's part files merged into one, sorted by key, with the same rows."""
from __future__ import annotations

import shutil

import pyarrow.parquet as pq

from flows.cli import main
from flows.warehouse import Warehouse
from tests.conftest import seed_paths
from tests.test_fault_injection import snapshot
from transforms.schema import TABLES


def test_compact_merges_parts_without_changing_rows(run_flow, tmp_path, monkeypatch):
    raw, wh = tmp_path / "raw", tmp_path / "wh"
    raw.mkdir()
    monkeypatch.setenv("NEWSMILL_CHUNK_DOCS", "1")
    for p in seed_paths():
        shutil.copy(p, raw / p.name)
    assert run_flow(raw, wh).n_chunks == 3
    w = Warehouse(wh)
    before = snapshot(wh)
    assert len(w.table_files("documents")) == 3
    old_gen = (wh / "documents").resolve()
    assert main(["compact", "--warehouse", str(wh)]) == 0
    assert snapshot(wh) == before
    for table in ("documents", "entity_mentions", "inputs"):
        files = w.table_files(table)
        assert len(files) == 1
        keys = w.read(table).select(TABLES[table].key).rows()
        assert keys == sorted(keys)  # sorted by key
        assert pq.ParquetFile(files[0]).metadata.num_row_groups >= 1
    assert old_gen.exists()  # readers that listed the old generation can still read it until the next run
    again = run_flow(raw, wh)
    assert again.status == "nothing_new" and not old_gen.exists()
    assert snapshot(wh) == before
