"""`source_stats`: per source, how much text a run's new documents brought, lost as boilerplate, and how many
events it yielded (for the quality report's trends and per-source warnings)."""
from __future__ import annotations

import polars as pl

from transforms.schema import conform, empty_frame

UNKNOWN_SOURCE = "unknown"


def source_stats(documents: pl.DataFrame, events: pl.DataFrame, run_id: str | None = None,
                 batch: str | None = None) -> pl.DataFrame:
    """One row per source of a batch's `documents` (doc_id, source_name, n_chars_raw, n_chars_clean,
    clean_text; a null source counts as `unknown`) with its documents' `events` rows counted. `run_id`
    defaults to the documents' own `run_id` column, `batch` to the smallest doc_id of the batch."""
    if documents.is_empty():
        return empty_frame("source_stats")
    docs = documents.with_columns(pl.col("source_name").fill_null(UNKNOWN_SOURCE),
                                  pl.col("clean_text").fill_null("").str.count_matches(r"\S+").alias("_words"),
                                  pl.lit(batch or documents["doc_id"].min(), pl.String).alias("batch"))
    if run_id is not None or "run_id" not in docs.columns:
        docs = docs.with_columns(pl.lit(run_id, pl.String).alias("run_id"))
    per_doc = events.group_by("doc_id").agg(pl.len().cast(pl.Int64).alias("_events"))
    docs = docs.join(per_doc, on="doc_id", how="left").with_columns(pl.col("_events").fill_null(0))
    stats = docs.group_by("run_id", "batch", "source_name").agg(
        pl.len().cast(pl.Int64).alias("n_documents"), pl.col("n_chars_raw").sum().cast(pl.Int64),
        pl.col("n_chars_clean").sum().cast(pl.Int64), pl.col("_words").sum().cast(pl.Int64).alias("n_words"),
        pl.col("_events").sum().cast(pl.Int64).alias("n_events"))
    return conform("source_stats", stats.with_columns(
        pl.when(pl.col("n_chars_raw") > 0).then(1 - pl.col("n_chars_clean") / pl.col("n_chars_raw"))
        .alias("removed_share"),
        pl.when(pl.col("n_words") > 0).then(1000 * pl.col("n_events") / pl.col("n_words"))
        .alias("events_per_1k_words"),
    )).sort("run_id", "batch", "source_name")
