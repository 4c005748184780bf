"""Analysts read the warehouse with globs: polars, pyarrow.dataset, DuckDB."""
import duckdb
import polars as pl
import pyarrow.dataset as ds

from flows.warehouse import Warehouse


def test_tables_read_with_globs(seeds_warehouse):
    _, wh, _ = seeds_warehouse
    w = Warehouse(wh)
    n_docs = pl.scan_parquet(w.glob("documents")).select(pl.len()).collect().item()
    assert n_docs == 3
    mentions = ds.dataset(str(wh / "entity_mentions"), format="parquet").to_table()
    assert mentions.num_rows == w.read("entity_mentions").height
    assert str(mentions.schema.field("start_char").type) == "int64"
    joined = duckdb.sql(
        f"select d.title, count(*) n from read_parquet('{w.glob('entity_mentions')}') m "
        f"join read_parquet('{w.glob('documents')}') d using (doc_id) group by 1").fetchall()
    assert sum(n for _, n in joined) == mentions.num_rows
    ents = pl.read_parquet(w.glob("entities"))
    assert ents["entity_id"].is_unique().all() and ents.schema["aliases"] == pl.List(pl.String)
