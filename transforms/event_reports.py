"""`event_reports`: each distinct asserted event once, with how many mentions, articles and sources report it.

A distinct event is the asserted `events` rows of one story with the same type, source and target (entity
and country), event date and date precision, as GDELT counts NumMentions, NumArticles and NumSources for one
event record. The date is the one the text gives: an event dated only by its article's publication day is
grouped without a date, since versions of a story published on two days report one event. The table is
corpus-wide and updated from each batch's new events: the reporting documents and sources are kept as sorted
lists, so counts stay exact, and a batch merged twice changes nothing (its documents are already listed).
"""
from __future__ import annotations

import polars as pl

from transforms.event_columns import QUAD_CLASS
from transforms.ids import stable_id
from transforms.schema import conform, empty_frame
from transforms.source_stats import UNKNOWN_SOURCE

GROUP = ["story_id", "event_type", "source_entity_id", "source_country", "target_entity_id", "target_country",
         "event_date", "date_precision"]


def report_id(story_id: str | None, event_type: str | None, source_entity_id: str | None,
              source_country: str | None, target_entity_id: str | None, target_country: str | None,
              event_date: object, date_precision: str | None) -> str:
    """Stable id of a distinct event (same inputs, same id, in every run)."""
    parts = [story_id, event_type, source_entity_id, source_country, target_entity_id, target_country,
             event_date, date_precision]
    return "rep_" + stable_id(*("" if p is None else str(p) for p in parts), length=20)


def _new_reports(events: pl.DataFrame, documents: pl.DataFrame) -> pl.DataFrame:
    """One row per (distinct event, document) of the batch, with the document's source and time."""
    docs = documents.select("doc_id", "published_at",
                            pl.col("source_name").fill_null(UNKNOWN_SOURCE).alias("source"))
    asserted = events.filter(pl.col("modality") == "asserted")
    if "date_source" in asserted.columns:  # a date taken from the publication day says when it was reported,
        undated = pl.col("date_source") == "published"  # not when it happened: versions of a story published
        asserted = asserted.with_columns(  # on two days still report one event
            pl.when(undated).then(None).otherwise(pl.col("event_date")).alias("event_date"),
            pl.when(undated).then(None).otherwise(pl.col("date_precision")).alias("date_precision"))
    asserted = asserted.select(*GROUP, "doc_id", "event_id")
    rows = asserted.join(docs, on="doc_id", how="left", validate="m:1")
    ids = pl.struct(GROUP).map_elements(lambda r: report_id(*(r[c] for c in GROUP)), return_dtype=pl.String)
    return (rows.with_columns(ids.alias("report_id"), pl.col("source").fill_null(UNKNOWN_SOURCE))
            .group_by("report_id", "doc_id")
            .agg(*(pl.col(c).first() for c in GROUP), pl.len().cast(pl.Int64).alias("n_mentions"),
                 pl.col("event_id").min().alias("example_event_id"), pl.col("source").first(),
                 pl.col("published_at").first()))


def merge_event_reports(old: pl.DataFrame, new_events: pl.DataFrame, new_documents: pl.DataFrame) -> pl.DataFrame:
    """Update `event_reports` with a batch's events (with `add_event_columns` applied) and documents
    (doc_id, published_at, source_name). Only asserted events count; documents already listed in a report
    are not counted again."""
    old = conform("event_reports", old) if old.height else empty_frame("event_reports")
    if new_events.is_empty():
        return old.sort("report_id")
    new = _new_reports(new_events, new_documents)
    hit = new.select("report_id").unique()
    kept = old.join(hit, on="report_id", how="anti")  # reports the batch does not touch stay as they are
    old = old.join(hit, on="report_id", how="semi")
    listed = old.select("report_id", pl.col("doc_ids").alias("doc_id")).explode("doc_id")
    new = new.join(listed, on=["report_id", "doc_id"], how="anti")
    if new.is_empty():
        return pl.concat([kept, old]).sort("report_id")
    fresh = new.group_by("report_id").agg(
        *(pl.col(c).first() for c in GROUP), pl.col("n_mentions").sum(),
        pl.col("published_at").min().alias("first_reported_at"),
        pl.col("published_at").max().alias("last_reported_at"),
        pl.col("doc_id").alias("doc_ids"), pl.col("source").alias("sources"),
        pl.col("example_event_id").min())
    previous = old.select(fresh.columns)
    both = pl.concat([previous, fresh.cast(previous.schema)])
    merged = both.group_by("report_id").agg(
        *(pl.col(c).first() for c in GROUP), pl.col("n_mentions").sum(),
        pl.col("first_reported_at").min(), pl.col("last_reported_at").max(),
        pl.col("doc_ids").list.explode().unique().sort(), pl.col("sources").list.explode().unique().sort(),
        pl.col("example_event_id").min())
    merged = merged.with_columns(
        pl.col("event_type").replace_strict(QUAD_CLASS, default=None, return_dtype=pl.String).alias("quad_class"),
        pl.col("doc_ids").list.len().cast(pl.Int64).alias("n_articles"),
        pl.col("sources").list.len().cast(pl.Int64).alias("n_sources"))
    return pl.concat([kept, conform("event_reports", merged)]).sort("report_id")


def build_event_reports(events: pl.DataFrame, documents: pl.DataFrame) -> pl.DataFrame:
    """`event_reports` from all events and documents at once (full refresh)."""
    return merge_event_reports(empty_frame("event_reports"), events, documents)

