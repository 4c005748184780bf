"""Events and quotes on the seeds, coded as a PLOVER coder would (real model, real flow, Parquet read back)."""
import datetime as dt

import polars as pl
import pytest

from flows.warehouse import Warehouse
from transforms.event_lexicon import lexicon
from transforms.event_modality import modality
from transforms.quotes import quote_spans


@pytest.fixture(scope="module")
def tables(seeds_warehouse):
    _, wh, _ = seeds_warehouse
    w = Warehouse(wh)
    docs = w.read("documents").with_columns(pl.col("source_uri").str.slice(0, 3).alias("seed"))
    seed_of = dict(zip(docs["doc_id"], docs["seed"], strict=True))
    events = w.read("events").with_columns(pl.col("doc_id").replace_strict(seed_of).alias("seed"))
    quotes = w.read("quotes").with_columns(pl.col("doc_id").replace_strict(seed_of).alias("seed"))
    return docs, events, quotes


def _events(events, seed, etype):
    return events.filter((pl.col("seed") == seed) & (pl.col("event_type") == etype))


def test_no_delegation_is_an_asserted_sanction_by_usa_on_china(tables):
    _, events, _ = tables
    rows = _events(events, "001", "SANCTION").filter(pl.col("modality") == "asserted")
    assert rows.filter((pl.col("source_country") == "USA") & (pl.col("target_country") == "CHN")).height >= 1


def test_expected_boycott_is_hypothetical_and_total_boycott_never_asserted(tables):
    _, events, _ = tables
    sanctions = _events(events, "000", "SANCTION")
    assert sanctions.filter(pl.col("sentence").str.contains("expected to announce"))["modality"].to_list()
    assert set(sanctions.filter(pl.col("sentence").str.contains("expected to announce"))["modality"]) == {
        "hypothetical"}
    total = events.filter(pl.col("sentence").str.contains("A total boycott is not expected"))
    assert "asserted" not in set(total["modality"])


def test_blocking_imports_and_restricting_exports_are_coerce_usa_on_china(tables):
    _, events, _ = tables
    coerce = _events(events, "001", "COERCE")
    assert set(coerce["trigger"].str.to_lowercase()) >= {"blocking", "restrict"}
    assert set(coerce["source_country"]) == {"USA"} and set(coerce["target_country"]) == {"CHN"}


def test_carter_refusal_is_a_1980_sanction_on_the_soviet_union(tables):
    _, events, _ = tables
    carter = _events(events, "002", "SANCTION").filter(pl.col("sentence").str.contains("Carter"))
    row = carter.row(0, named=True)
    assert (row["source_country"], row["target_country"], row["date_value"]) == ("USA", "SUN", "1980")
    assert row["event_date"] == dt.date(1980, 1, 1) and row["modality"] == "asserted"


def test_urging_the_ioc_is_a_request(tables):
    _, events, _ = tables
    req = _events(events, "002", "REQUEST")
    assert req.filter(pl.col("target_text").str.contains("IOC")).height == 1


def test_virtual_summit_is_consult_between_usa_and_china(tables):
    _, events, _ = tables
    for seed in ("000", "001"):
        consult = _events(events, seed, "CONSULT").filter(pl.col("trigger") == "summit")
        pairs = {frozenset((r["source_country"], r["target_country"])) for r in consult.iter_rows(named=True)}
        assert frozenset(("USA", "CHN")) in pairs, seed


def test_events_trace_to_sentences_and_repeat_across_a_story(tables):
    docs, events, _ = tables
    text = dict(zip(docs["doc_id"], docs["clean_text"], strict=True))
    for r in events.iter_rows(named=True):
        assert text[r["doc_id"]][r["start_char"]:r["end_char"]] == r["sentence"]
        assert text[r["doc_id"]][r["trigger_start"]:].startswith(r["trigger"])
    story = docs.filter(pl.col("seed") == "000")["story_id"].item()
    shared = events.filter(pl.col("story_id") == story).group_by("same_event_id").agg(pl.col("seed").n_unique())
    assert shared.filter(pl.col("seed") == 2).height >= 1  # the same event reported by both versions


def test_quotes_attributed_to_psaki_and_price(tables):
    docs, _, quotes = tables
    seed1 = quotes.filter(pl.col("seed") == "001")
    psaki = seed1.filter(pl.col("quote_text").str.contains("business as usual in the face"))
    assert psaki["speaker_name"].to_list() == ["Jen Psaki"] and psaki["kind"].to_list() == ["direct"]
    price = quotes.filter((pl.col("seed") == "002") & (pl.col("kind") == "direct"))
    assert set(price["speaker_name"]) == {"Ned Price"} and price.height >= 2
    indirect = quotes.filter((pl.col("seed") == "001") & (pl.col("kind") == "indirect"))
    assert "Jen Psaki" in set(indirect["speaker_name"])
    text = dict(zip(docs["doc_id"], docs["clean_text"], strict=True))
    for r in quotes.iter_rows(named=True):
        assert r["quote_text"].split()[0] in text[r["doc_id"]][r["start_char"]:r["end_char"]]


def test_modality_rules_on_short_sentences(nlp):
    doc = nlp("The government is expected to impose sanctions. China denies the accusations. Police arrested him.")
    by_word = {t.text: modality(t) for t in doc if t.text in ("impose", "accusations", "arrested")}
    assert by_word == {"impose": "hypothetical", "accusations": "negated", "arrested": "asserted"}
    assert ("boycott", "N") in lexicon()


def test_quote_spans_need_three_words():
    text = 'He called it "fake" and said "we will not back down now," adding more.'
    assert [text[s:e] for s, e in quote_spans(text)] == ['"we will not back down now,"']
