"""The seeds end to end through a real Prefect flow run, read back from Parquet."""
import polars as pl

from flows.settings import PROJECT_ROOT
from flows.warehouse import Warehouse


def test_seeds_publish_clean_documents(seeds_warehouse):
    _, wh, summary = seeds_warehouse
    assert summary.status == "published" and summary.n_new_documents == 3
    docs = Warehouse(wh).read("documents")
    assert docs.height == 3 and docs["doc_id"].n_unique() == 3
    for text in docs["clean_text"]:
        for phrase in ("Outbrain", "Story continues below advertisement", "Click to play video", "Read more:",
                       "Sponsored content", "Stay Updated on Developing Stories"):
            assert phrase not in text
    assert set(docs["source_name"].drop_nulls()) == {"CNN", "Global News"}
    assert "\u00a0" not in "".join(docs["clean_text"])


def test_seed_entities_have_exact_offsets(seeds_warehouse):
    _, wh, _ = seeds_warehouse
    w = Warehouse(wh)
    docs = {r["doc_id"]: r for r in w.read("documents").iter_rows(named=True)}
    mentions = w.read("entity_mentions")
    assert mentions.height > 50
    for m in mentions.iter_rows(named=True):
        source = docs[m["doc_id"]]["clean_text"] if m["field"] == "body" else docs[m["doc_id"]]["title"]
        assert source[m["start_char"]:m["end_char"]] == m["text"]
        assert m["text"] == m["text"].strip()
    texts = set(mentions["text"])
    assert "Jen Psaki" in texts and "Xinjiang" in texts
    psaki = mentions.filter(pl.col("text") == "Jen Psaki")
    assert psaki["label"].to_list() == ["PERSON"]
    assert mentions.filter(pl.col("field") == "title").height >= 2


def test_boilerplate_table_keeps_removed_lines(seeds_warehouse):
    _, wh, _ = seeds_warehouse
    bp = Warehouse(wh).read("boilerplate")
    assert {"Outbrain", "Sponsored content", "Story continues below advertisement"} <= set(bp["text"].str.strip_chars())
    assert bp.select(pl.col("reason").is_null().sum()).item() == 0
    assert bp.select(["doc_id", "line_no"]).is_unique().all()


def test_every_table_validated_and_recorded(seeds_warehouse):
    _, wh, summary = seeds_warehouse
    w = Warehouse(wh)
    dq = w.read("dq_results").filter(pl.col("run_id") == summary.run_id)
    suites = {p.stem for p in (PROJECT_ROOT / "expectations").glob("*.json")}
    assert {"documents", "entities", "events", "inputs", "event_reports", "source_stats"} <= suites
    assert set(dq["table"]) == suites  # every table with a suite was validated in the run
    assert dq.filter((pl.col("severity") == "critical") & ~pl.col("success")).is_empty()
    runs = w.read("runs")
    row = runs.filter(pl.col("run_id") == summary.run_id).row(0, named=True)
    assert row["status"] == "published" and row["n_new_documents"] == 3 and row["flow_run_id"]
    assert summary.data_docs and summary.data_docs.endswith("index.html")
