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
    for name, spec in TABLES.items():
        empty = arrow_table(name, pl.DataFrame({c.name: [] for c in spec.columns[:1]}))
        assert empty.num_rows == 0 and all(f.metadata[b"description"] for f in empty.schema)
        assert {f.name for f in empty.schema if not f.nullable} == {c.name for c in spec.columns if not c.nullable}
        assert {c.name for c in spec.columns if not c.nullable} <= set(spec.key)
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
        ("d5", "WASHINGTON", "GPE", "e_washington", "PLACE:washington", "USA"),
        ("d5", "WASHINGTON", "GPE", "e_washington", "PLACE:washington", "USA"),
        ("d1", "Washington", "GPE", "e_washington", "PLACE:washington", "USA"),
        ("d2", "IOC", "ORG", "e_ioc", "ORG:ioc", None),
    ]
    return pl.DataFrame(rows, schema=["doc_id", "text", "label", "entity_id", "entity_key", "country_code"],
                        orient="row")


def test_entities_hold_named_entities_only():
    from transforms.canonical import NAMED_LABELS, build_entities

    ents = build_entities(_mentions())
    assert set(ents["label"]) <= set(NAMED_LABELS)
    assert set(ents["entity_id"]) == {"e_biden", "e_usa", "e_beijing", "e_acme", "e_washington", "e_ioc"}
    row = {r["entity_id"]: r for r in ents.iter_rows(named=True)}
    assert row["e_biden"]["name"] == "Joe Biden" and row["e_biden"]["n_mentions"] == 4
    assert row["e_biden"]["n_documents"] == 3 and row["e_biden"]["aliases"] == ["Biden", "Joe Biden"]
    assert row["e_acme"]["name"] == "Acme Corp"  # the full form, though "Acme" is more frequent
    assert row["e_beijing"]["label"] == "GPE" and row["e_beijing"]["country_code"] == "CHN"
    assert row["e_usa"]["name"] == "United States" and row["e_usa"]["country_code"] == "USA"
    assert row["e_washington"]["name"] == "Washington" and row["e_ioc"]["name"] == "IOC"  # datelines shout
    assert ents.columns == list(TABLES["entities"].schema)


def test_entity_names_read_line_breaks_as_spaces():
    """Wire copy breaks lines inside names ("George\nShultz"): mentions keep the exact text (offsets), the
    entity's name and aliases are written with single spaces."""
    from transforms.canonical import build_entities

    rows = [("d1", "George\nShultz", "PERSON", "e_s", "PERSON:george shultz", None),
            ("d2", "George\nShultz", "PERSON", "e_s", "PERSON:george shultz", None),
            ("d3", "George  Shultz ", "PERSON", "e_s", "PERSON:george shultz", None),
            ("d3", "Shultz", "PERSON", "e_s", "PERSON:george shultz", None)]
    mentions = pl.DataFrame(rows, schema=["doc_id", "text", "label", "entity_id", "entity_key", "country_code"],
                            orient="row")
    row = build_entities(mentions).row(0, named=True)
    assert row["name"] == "George Shultz" and row["aliases"] == ["George Shultz", "Shultz"]
    assert row["n_mentions"] == 4 and sum(s["n"] for s in row["surface_counts"]) == 4


def test_a_place_the_gazetteer_knows_gets_its_country():
    """Only capitals name a country in `entity_mentions`, but an entity with coordinates (Chicago) carries its
    country, and so does a state or province (New York, Texas, Ontario), before a small namesake town
    elsewhere (Ontario, California; Virginia, South Africa) but not before a big city (Parana, Argentina)."""
    from transforms.canonical import build_entities

    names = {"e_chi": "Chicago", "e_tx": "Texas", "e_ny": "New York", "e_on": "Ontario", "e_va": "Virginia",
             "e_pa": "Parana", "e_gulf": "Gulf", "e_ca": "Calif", "e_nyab": "N.Y.", "e_ab": "Alta.", "e_kiev": "Kiev",
             "e_han": "Hanover", "e_bom": "Bombay", "e_fl": "Florida"}
    rows = [("d1", name, "GPE", eid, f"PLACE:{name.lower()}", None) for eid, name in names.items()]
    rows += [("d2", "Acme", "ORG", "e_acme", "ORG:acme", None), ("d2", "Texas", "ORG", "e_txo", "ORG:texas", None)]
    mentions = pl.DataFrame(rows, schema=["doc_id", "text", "label", "entity_id", "entity_key", "country_code"],
                            orient="row")
    row = {r["entity_id"]: r for r in build_entities(mentions).iter_rows(named=True)}
    assert row["e_chi"]["country_code"] == "USA" and row["e_chi"]["latitude"] is not None
    wire = {"e_ca": "USA", "e_nyab": "USA", "e_ab": "CAN"}  # "Hartford, Conn.": the wire's abbreviations
    wire["e_fl"] = "USA"  # a US state, though Uruguay has a department of that name (and Cuba a town)
    for eid, code in {"e_tx": "USA", "e_ny": "USA", "e_on": "CAN", "e_va": "USA", **wire}.items():
        assert row[eid]["country_code"] == code and row[eid]["latitude"] is None, row[eid]  # a region, no point
    assert row["e_pa"]["country_code"] == "ARG" and row["e_pa"]["latitude"] is not None  # the city of 250,000
    for eid, code in {"e_kiev": "UKR", "e_han": "DEU", "e_bom": "IND"}.items():  # exonyms and older names
        assert row[eid]["country_code"] == code and row[eid]["latitude"] is not None, row[eid]
    assert row["e_gulf"]["country_code"] is None  # a province of Papua New Guinea is not what "Gulf" means
    assert row["e_acme"]["country_code"] is None and row["e_txo"]["country_code"] is None  # not places
    countries = pl.DataFrame([("d3", "Costa Rica", "GPE", "e_cr", "COUNTRY:CRI", "CRI")], orient="row",
                             schema=["doc_id", "text", "label", "entity_id", "entity_key", "country_code"])
    costa_rica = build_entities(countries).row(0, named=True)
    assert costa_rica["country_code"] == "CRI" and costa_rica["latitude"] is None  # no namesake town's point


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


# ---- events: quad class, date precision, publication-date fallback -----------------------------------

def test_event_columns_quad_class_precision_and_fallback():
    from datetime import date

    from transforms.event_columns import add_event_columns, date_period

    assert date_period("2021-03-04") == (date(2021, 3, 4), "day")
    assert date_period("2021-W12") == (date(2021, 3, 22), "week")
    assert date_period("2021-03") == (date(2021, 3, 1), "month")
    assert date_period("2021-Q3") == (date(2021, 7, 1), "quarter")
    assert date_period("2021-SU") == (date(2021, 6, 1), "season")
    assert date_period("2021") == (date(2021, 1, 1), "year")
    assert date_period("202") == (date(2020, 1, 1), "decade")
    assert date_period("19") == (date(1900, 1, 1), "century")
    assert date_period("2021-02-30") == (None, None) and date_period("soon") == (None, None)
    events = pl.DataFrame({
        "event_id": ["a", "b", "c", "d"], "doc_id": ["d1", "d1", "d2", "d2"],
        "event_type": ["AGREE", "ASSAULT", "REQUEST", "AID"], "date_value": ["2021-Q3", None, None, "1980"],
        "event_date": [None, None, None, date(1980, 1, 1)]})
    documents = pl.DataFrame({"doc_id": ["d1", "d2"],
                              "published_at": [datetime(2021, 5, 6, 23, 30, tzinfo=UTC), None]})
    out = add_event_columns(events, documents)
    assert out["event_id"].to_list() == ["a", "b", "c", "d"]
    assert out["quad_class"].to_list() == ["verbal_cooperation", "material_conflict", "verbal_conflict",
                                           "material_cooperation"]
    assert out["quad_class_code"].to_list() == [1, 4, 3, 2]
    assert out["event_date"].to_list() == [date(2021, 7, 1), date(2021, 5, 6), None, date(1980, 1, 1)]
    assert out["date_precision"].to_list() == ["quarter", "day", None, "year"]
    assert out["date_source"].to_list() == ["text", "published", None, "text"]


# ---- event_reports: each asserted event once, merged batch by batch ---------------------------------

def _story_events():
    rows = [  # event, doc, story, type, source country, target country, modality, date
        ("e1", "d1", "s1", "ASSAULT", "RUS", "UKR", "asserted", "2022-02-24"),
        ("e2", "d1", "s1", "ASSAULT", "RUS", "UKR", "asserted", "2022-02-24"),
        ("e3", "d2", "s1", "ASSAULT", "RUS", "UKR", "asserted", "2022-02-24"),
        ("e4", "d3", "s1", "ASSAULT", "RUS", "UKR", "asserted", "2022-02-24"),
        ("e5", "d3", "s1", "ASSAULT", "RUS", "UKR", "hypothetical", "2022-02-24"),
        ("e6", "d2", "s1", "CONSULT", "FRA", "DEU", "asserted", None),
        ("e7", "d4", "s2", "ASSAULT", "RUS", "UKR", "asserted", "2022-02-24"),
        ("e8", "d4", "s2", "AID", None, "UKR", "asserted", "2022"),
    ]
    events = pl.DataFrame(rows, orient="row", schema=["event_id", "doc_id", "story_id", "event_type",
                                                      "source_country", "target_country", "modality",
                                                      "date_value"])
    events = events.with_columns(pl.lit(None, pl.String).alias("source_entity_id"),
                                 pl.lit(None, pl.String).alias("target_entity_id"))
    documents = pl.DataFrame({
        "doc_id": ["d1", "d2", "d3", "d4"], "source_name": ["Wire A", "Wire B", "Wire A", None],
        "published_at": [datetime(2022, 2, 24, 9, tzinfo=UTC), datetime(2022, 2, 24, 12, tzinfo=UTC),
                         datetime(2022, 2, 25, 8, tzinfo=UTC), None]})
    from transforms.event_columns import add_event_columns

    return add_event_columns(events, documents), documents


def test_event_reports_count_mentions_articles_and_sources():
    from transforms.event_reports import build_event_reports

    events, documents = _story_events()
    reports = build_event_reports(events, documents)
    assert reports.columns == list(TABLES["event_reports"].schema)
    assert reports["report_id"].is_unique().all()
    attack = reports.filter((pl.col("story_id") == "s1") & (pl.col("event_type") == "ASSAULT")).row(0, named=True)
    assert (attack["n_mentions"], attack["n_articles"], attack["n_sources"]) == (4, 3, 2)  # e5 is hypothetical
    assert attack["doc_ids"] == ["d1", "d2", "d3"] and attack["sources"] == ["Wire A", "Wire B"]
    assert attack["first_reported_at"] == datetime(2022, 2, 24, 9, tzinfo=UTC)
    assert attack["last_reported_at"] == datetime(2022, 2, 25, 8, tzinfo=UTC)
    assert attack["example_event_id"] == "e1" and attack["quad_class"] == "material_conflict"
    consult = reports.filter(pl.col("event_type") == "CONSULT").row(0, named=True)
    # dated only by its article's publication day: grouped without a date (versions published on two days
    # report one event)
    assert consult["event_date"] is None and consult["date_precision"] is None
    other_story = reports.filter(pl.col("story_id") == "s2")
    assert other_story.height == 2 and set(other_story["sources"].explode()) == {"unknown"}
    assert reports.height == 4


def test_merging_event_reports_batch_by_batch_equals_building_at_once():
    from transforms.event_reports import build_event_reports, merge_event_reports

    events, documents = _story_events()
    at_once = build_event_reports(events, documents)
    for batches in (["d1"], ["d2", "d3"], ["d4"]), (["d4", "d3"], ["d2"], ["d1"]):
        table = pl.DataFrame()
        for docs in batches:
            table = merge_event_reports(table, events.filter(pl.col("doc_id").is_in(docs)),
                                        documents.filter(pl.col("doc_id").is_in(docs)))
        assert table.equals(at_once)
    again = merge_event_reports(at_once, events.filter(pl.col("doc_id") == "d2"),
                                documents.filter(pl.col("doc_id") == "d2"))
    assert again.equals(at_once)  # a batch merged twice is counted once


# ---- inputs lineage and source_stats ---------------------------------------------------------------

def test_input_rows_record_documents_duplicates_and_quarantine():
    from transforms.lineage import input_rows

    seen = datetime(2026, 1, 2, 3, 4, tzinfo=UTC)
    mtime = datetime(2026, 1, 1, tzinfo=UTC)
    documents = pl.DataFrame({"source_uri": ["b.txt", "feed.jsonl#7"], "content_sha256": ["hb", "h7"],
                              "doc_id": ["doc_b", "doc_7"], "size_bytes": [120, 80], "mtime": [mtime, mtime]})
    duplicates = pl.DataFrame({"source_uri": ["copy_of_b.txt"], "content_sha256": ["hb2"], "doc_id": ["doc_b"]})
    quarantine = pl.DataFrame({"source_uri": ["a.bin", "fifo"], "content_sha256": ["ha", None],
                               "reason": ["binary", "not_a_regular_file"], "doc_id": ["ignored", None]})
    rows = input_rows("run1", seen, documents, duplicates, quarantine)
    assert rows.columns == list(TABLES["inputs"].schema)
    assert rows.select("source_uri", "status", "doc_id", "reason").rows() == [
        ("a.bin", "quarantined", None, "binary"), ("b.txt", "document", "doc_b", None),
        ("copy_of_b.txt", "duplicate", "doc_b", None), ("feed.jsonl#7", "document", "doc_7", None),
        ("fifo", "quarantined", None, "not_a_regular_file")]
    assert set(rows["run_id"]) == {"run1"} and set(rows["seen_at"]) == {seen}
    assert rows.filter(pl.col("source_uri") == "b.txt")["size_bytes"].item() == 120
    assert input_rows("run1", seen, documents.head(0), duplicates.head(0), quarantine.head(0)).height == 0
    # the same input seen as a document and as a processing error: the document wins, one row
    both = input_rows("run1", seen, documents, duplicates.head(0), documents.head(1).with_columns(
        pl.lit("processing_error").alias("reason")))
    assert both.height == 2 and both.filter(pl.col("source_uri") == "b.txt")["status"].item() == "document"


def test_source_stats_per_source():
    from transforms.source_stats import source_stats

    documents = pl.DataFrame({
        "doc_id": ["d1", "d2", "d3"], "source_name": ["Wire A", "Wire A", None],
        "n_chars_raw": [100, 300, 50], "n_chars_clean": [80, 220, 50],
        "clean_text": ["one two three four", "five six", "seven eight nine ten"], "run_id": ["r1"] * 3})
    events = pl.DataFrame({"doc_id": ["d1", "d1", "d3", "d9"], "event_id": ["e1", "e2", "e3", "e9"]})
    stats = source_stats(documents, events)
    assert stats.columns == list(TABLES["source_stats"].schema)
    a, unknown = stats.rows(named=True)
    assert (a["source_name"], a["n_documents"], a["n_chars_raw"], a["n_chars_clean"]) == ("Wire A", 2, 400, 300)
    assert a["removed_share"] == pytest.approx(0.25) and a["n_words"] == 6 and a["n_events"] == 2
    assert a["events_per_1k_words"] == pytest.approx(2000 / 6)
    assert unknown["source_name"] == "unknown" and unknown["removed_share"] == 0 and unknown["n_events"] == 1
    assert source_stats(documents, events, run_id="r2")["run_id"].to_list() == ["r2", "r2"]
    assert source_stats(documents.head(0), events).height == 0
    assert set(stats["batch"]) == {"d1"}  # no batch id given: the batch's smallest doc_id
    chunks = pl.concat([source_stats(documents.filter(pl.col("doc_id") == d), events) for d in ("d1", "d2", "d3")])
    assert chunks.select("run_id", "batch", "source_name").is_unique().all()  # one row per source and batch
    per_run = chunks.group_by("run_id", "source_name").agg(pl.col("n_documents", "n_events", "n_words").sum())
    assert per_run.sort("source_name").rows() == stats.select(per_run.columns).rows()
    assert source_stats(documents, events, batch="r1-0002")["batch"].to_list() == ["r1-0002"] * 2


# ---- the suites accept what the builders produce, and warn on what they should ----------------------

def test_suites_pass_on_built_tables_and_warn_per_source(tmp_path):
    from flows.quality import Validator
    from flows.settings import PROJECT_ROOT
    from transforms.event_reports import build_event_reports
    from transforms.lineage import input_rows
    from transforms.source_stats import source_stats

    events, documents = _story_events()
    seen = datetime(2026, 1, 2, tzinfo=UTC)
    inputs = input_rows("r1", seen, pl.DataFrame({"source_uri": ["a.txt"], "content_sha256": ["0" * 64],
                                                  "doc_id": ["d1"], "size_bytes": [10]}),
                        pl.DataFrame(), pl.DataFrame({"source_uri": ["fifo"], "content_sha256": [None],
                                                      "reason": ["not_a_regular_file"]}))
    words = " ".join(["word"] * 200)
    # Wire A: 2 documents, 25 events per 1,000 words (too few documents to judge); Wire B: 10 documents, 20
    # events per 1,000 words and 70% of the text removed; Wire C: 10 documents, 6 per 1,000 words, 10% removed
    sources = ["Wire A"] * 2 + ["Wire B"] * 10 + ["Wire C"] * 10
    stats = source_stats(pl.DataFrame({
        "doc_id": [f"d{i}" for i in range(22)], "source_name": sources, "n_chars_raw": [1_000] * 22,
        "n_chars_clean": [900] * 2 + [300] * 10 + [900] * 10, "clean_text": [words] * 22, "run_id": ["r1"] * 22}),
        pl.DataFrame({"doc_id": ["d0"] * 10 + [f"d{i}" for i in range(2, 12) for _ in range(4)] + ["d12"] * 12}))
    assert stats["events_per_1k_words"].to_list() == [25, 20, 6]
    validator = Validator(PROJECT_ROOT / "expectations", tmp_path / "gx")
    tables = {"event_reports": build_event_reports(events, documents), "inputs": inputs, "source_stats": stats}
    for name, frame in tables.items():
        outcome = validator.validate("r1", name, frame)
        failed = {r["expectation"]: r["severity"] for r in outcome.rows if not r["success"]}
        assert not outcome.critical_failures, (name, failed)
        if name == "source_stats":  # Wire B only: 20 events per 1,000 words and 70% of its text removed
            assert sorted(failed.values()) == ["warning", "warning"], failed
            assert all(r["unexpected_count"] == 1 for r in outcome.rows if not r["success"])
        else:
            assert not failed, (name, failed)



def test_a_town_takes_the_country_its_own_article_names_or_none():
    """Namesakes: Essex (England's county; towns in the USA and Canada), Cambridge (England, Canada, the USA, New
    Zealand), Westminster (London's borough; US cities). An article that names Britain places its Essex and
    Cambridge there; a town of several countries that no article places gets no country and no point."""
    from transforms.canonical import build_entities

    def place(doc: str, name: str) -> tuple:
        return (doc, name, "GPE", "e_" + name.lower().replace(" ", "_"), "PLACE:" + name.lower(), None)

    british, england, american = ("NORP", "n_gb", "NORP:GBR", "GBR"), ("GPE", "p_en", "PLACE:england", "GBR"), (
        "NORP", "n_us", "NORP:USA", "USA")
    rows = [("d1", "British", *british), place("d1", "Essex"), place("d1", "Westminster"),
            ("d2", "England", *england), place("d2", "Cambridge"), place("d3", "Cambridge"), place("d3", "Bedford"),
            ("d4", "American", *american), place("d4", "Cambridge"), place("d5", "Cambridge"),
            ("d7", "British", *british), place("d7", "Cambridge")]
    mentions = pl.DataFrame(rows, schema=["doc_id", "text", "label", "entity_id", "entity_key", "country_code"],
                            orient="row")
    row = {r["entity_id"]: r for r in build_entities(mentions).iter_rows(named=True)}
    assert row["e_essex"]["country_code"] == "GBR" and row["e_essex"]["latitude"] is None  # a county: no point
    assert row["e_westminster"]["country_code"] == "GBR"  # not the US cities
    assert row["e_cambridge"]["country_code"] == "GBR" and 52 < row["e_cambridge"]["latitude"] < 53  # 2 of 3
    assert row["e_bedford"]["country_code"] is None and row["e_bedford"]["latitude"] is None  # England's? the USA's?
