"""The analyst-grade tables' pure functions, on small frames written here (plus real Parquet and GX)."""
from __future__ import annotations

from datetime import UTC, datetime

import duckdb
import polars as pl
import pyarrow.parquet as pq
import pytest

from flows.warehouse import write_atomic
from transforms.schema import TABLES, arrow_table


def _documents(tmp_path):
    df = pl.DataFrame({
        "doc_id": ["d3", "d1", "d2"], "source_uri": ["c.txt", "a.txt", "b.txt"],
        "published_at": [datetime(2021, 3, 4, tzinfo=UTC), None, datetime(2021, 3, 5, tzinfo=UTC)],
        "captions": [["a caption"], [], None],
    })
    path = tmp_path / "documents.parquet"
    write_atomic(df, path, table="documents")
    return path


def test_parquet_carries_descriptions_required_keys_and_key_order(tmp_path):
    path = _documents(tmp_path)
    schema = pq.read_schema(path)
    spec = TABLES["documents"]
    assert schema.names == [c.name for c in spec.columns]
    for col in spec.columns:
        field = schema.field(col.name)
        assert field.metadata[b"description"].decode() == col.doc
        assert field.nullable == (col.name != "doc_id")
    assert schema.metadata[b"description"].decode() == spec.doc
    meta = pq.ParquetFile(path).metadata.row_group(0)
    assert meta.sorting_columns[0].column_index == 0
    assert pq.read_table(path).column("doc_id").to_pylist() == ["d1", "d2", "d3"]
    polars = pl.read_parquet(path)
    assert polars["doc_id"].to_list() == ["d1", "d2", "d3"] and polars["captions"][0].to_list() == []
    rows = duckdb.sql(f"select doc_id, published_at from read_parquet('{path}') order by doc_id").fetchall()
    assert [r[0] for r in rows] == ["d1", "d2", "d3"] and rows[0][1] is None


def test_every_table_converts_and_compound_keys_sort(tmp_path):
    for name in TABLES:
        assert arrow_table(name, pl.DataFrame({c.name: [] for c in TABLES[name].columns[:1]})).num_rows == 0
    quarantine = pl.DataFrame({"source_uri": ["b", "a", "a"], "content_sha256": [None, "f", "e"]})
    out = arrow_table("quarantine", quarantine)
    assert out.column("content_sha256").to_pylist() == ["e", "f", None]  # unread input: no hash, sorted last
    assert out.schema.field("content_sha256").nullable and not out.schema.field("source_uri").nullable


def test_null_key_is_refused_not_written(tmp_path):
    with pytest.raises(ValueError, match="doc_id"):
        write_atomic(pl.DataFrame({"doc_id": ["a", None]}), tmp_path / "documents.parquet", table="documents")
    assert list(tmp_path.iterdir()) == []


def test_write_atomic_without_table_is_unchanged(tmp_path):
    write_atomic(pl.DataFrame({"x": [2, 1]}), tmp_path / "x.parquet")
    assert pl.read_parquet(tmp_path / "x.parquet")["x"].to_list() == [2, 1]



def test_rejected_batch_with_null_key_is_still_kept(tmp_path):
    path = tmp_path / "_rejected" / "run1" / "documents.parquet"
    write_atomic(pl.DataFrame({"doc_id": ["a", None]}), path, table="documents")
    assert pq.read_schema(path).field("doc_id").nullable
    assert pl.read_parquet(path)["doc_id"].to_list() == ["a", None]


# ---- entities: named only, merged batch by batch --------------------------------------------------------

def _mentions():
    rows = [  # doc, text, label, entity, key, country
        ("d1", "Joe Biden", "PERSON", "e_biden", "PERSON:joe biden", None),
        ("d1", "Biden", "PERSON", "e_biden", "PERSON:joe biden", None),
        ("d1", "U.S.", "GPE", "e_usa", "COUNTRY:USA", "USA"),
        ("d1", "one", "CARDINAL", "e_one", "CARDINAL:one", None),
        ("d2", "Biden", "PERSON", "e_biden", "PERSON:joe biden", None),
        ("d2", "United States", "GPE", "e_usa", "COUNTRY:USA", "USA"),
        ("d2", "Wednesday", "DATE", "e_wed", "DATE:wednesday", None),
        ("d3", "Beijing", "GPE", "e_beijing", "PLACE:beijing", "CHN"),
        ("d3", "Beijing", "LOC", "e_beijing", "PLACE:beijing", "CHN"),
        ("d3", "Beijing", "GPE", "e_beijing", "PLACE:beijing", None),
        ("d4", "Joe Biden", "PERSON", "e_biden", "PERSON:joe biden", None),
        ("d4", "US", "GPE", "e_usa", "COUNTRY:USA", "USA"),
        ("d4", "Acme Corp", "ORG", "e_acme", "ORG:acme corp", None),
        ("d5", "Acme", "ORG", "e_acme", "ORG:acme corp", None),
        ("d5", "Acme", "ORG", "e_acme", "ORG:acme corp", None),
        ("d5", "first", "ORDINAL", "e_first", "ORDINAL:first", None),
    ]
    return pl.DataFrame(rows, schema=["doc_id", "text", "label", "entity_id", "entity_key", "country_code"],
                        orient="row")


def test_entities_hold_named_entities_only():
    from transforms.canonical import NAMED_LABELS, build_entities

    ents = build_entities(_mentions())
    assert set(ents["label"]) <= set(NAMED_LABELS)
    assert set(ents["entity_id"]) == {"e_biden", "e_usa", "e_beijing", "e_acme"}
    row = {r["entity_id"]: r for r in ents.iter_rows(named=True)}
    assert row["e_biden"]["name"] == "Joe Biden" and row["e_biden"]["n_mentions"] == 4
    assert row["e_biden"]["n_documents"] == 3 and row["e_biden"]["aliases"] == ["Biden", "Joe Biden"]
    assert row["e_acme"]["name"] == "Acme Corp"  # the full form, though "Acme" is more frequent
    assert row["e_beijing"]["label"] == "GPE" and row["e_beijing"]["country_code"] == "CHN"
    assert row["e_usa"]["name"] == "United States" and row["e_usa"]["country_code"] == "USA"
    assert ents.columns == list(TABLES["entities"].schema)


def test_merging_entities_batch_by_batch_equals_building_at_once():
    from transforms.canonical import build_entities, merge_entities

    mentions = _mentions()
    at_once = build_entities(mentions)
    for batches in (["d1", "d2"], ["d3"], ["d4", "d5"]), (["d5"], ["d4"], ["d3", "d2", "d1"]):
        table = pl.DataFrame()
        for docs in batches:
            table = merge_entities(table, mentions.filter(pl.col("doc_id").is_in(docs)))
        assert table.equals(at_once)
    assert merge_entities(at_once, mentions.head(0)).equals(at_once)


def test_entities_written_before_surface_counts_keep_their_names():
    from transforms.canonical import build_entities, merge_entities

    mentions = _mentions()
    legacy = build_entities(mentions.filter(pl.col("doc_id") != "d5")).with_columns(
        pl.lit(None).alias("surface_counts"))
    merged = merge_entities(legacy, mentions.filter(pl.col("doc_id") == "d5"))
    acme = merged.filter(pl.col("entity_id") == "e_acme").row(0, named=True)
    assert acme["name"] == "Acme Corp" and acme["n_mentions"] == 3 and acme["aliases"] == ["Acme", "Acme Corp"]
