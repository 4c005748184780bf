"""`inputs` lineage rows: what each input a run saw became (a document, a duplicate of one, or quarantined)."""
from __future__ import annotations

from datetime import datetime

import polars as pl

from transforms.schema import conform, empty_frame

# when one (source_uri, content_sha256) shows up in several frames, the first status here wins
STATUS_ORDER = ("document", "duplicate", "quarantined")


def input_rows(run_id: str, seen_at: datetime, documents: pl.DataFrame, duplicates: pl.DataFrame,
               quarantine: pl.DataFrame) -> pl.DataFrame:
    """`inputs` rows of one run (or chunk).

    - `documents`: the new documents (source_uri, content_sha256, doc_id);
    - `duplicates`: inputs whose text is an existing or new document's (source_uri, content_sha256, and
      doc_id = that document's id);
    - `quarantine`: quarantined inputs (source_uri, content_sha256, reason).
    Each frame may carry `size_bytes` and `mtime` (UTC) of the input; missing columns are null. One row per
    (source_uri, content_sha256), sorted by it.
    """
    parts = []
    for status, frame in zip(STATUS_ORDER, (documents, duplicates, quarantine), strict=True):
        if frame.height:
            parts.append(conform("inputs", frame.with_columns(pl.lit(status).alias("status"))))
    if not parts:
        return empty_frame("inputs")
    rank = pl.col("status").replace_strict({s: i for i, s in enumerate(STATUS_ORDER)}, return_dtype=pl.Int8)
    rows = (pl.concat(parts).with_columns(rank.alias("_rank")).sort("source_uri", "content_sha256", "_rank",
                                                                       nulls_last=True)
            .unique(["source_uri", "content_sha256"], keep="first", maintain_order=True).drop("_rank"))
    return rows.with_columns(
        pl.when(pl.col("status") == "quarantined").then(pl.col("reason")).alias("reason"),
        pl.when(pl.col("status") != "quarantined").then(pl.col("doc_id")).alias("doc_id"),
        pl.lit(run_id, pl.String).alias("run_id"),
        pl.lit(seen_at).cast(pl.Datetime("us", "UTC")).alias("seen_at"))
