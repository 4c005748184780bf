"""`newsmill runs`: the recent rows of the warehouse's `runs` table as a plain-text table."""
from __future__ import annotations

from datetime import datetime
from pathlib import Path

import polars as pl

from flows.warehouse import Warehouse

# (heading, column or columns joined with "/") in the order printed
COLUMNS: list[tuple[str, tuple[str, ...]]] = [
    ("run", ("run_id",)),
    ("status", ("status",)),
    ("started (UTC)", ("started_at",)),
    ("duration", ("duration_s",)),
    ("inputs/new/skipped/quar.", ("n_inputs", "n_new_documents", "n_skipped", "n_quarantined")),
    ("mentions/events/quotes", ("n_mentions", "n_events", "n_quotes")),
    ("exp.failed", ("n_expectations_failed",)),
    ("error", ("error",)),
]
ERROR_WIDTH = 80


def recent_runs(warehouse: Path, limit: int = 20) -> pl.DataFrame:
    """The newest `limit` runs, newest first (columns an older warehouse lacks come back null)."""
    runs = Warehouse(warehouse).read("runs")
    if runs.is_empty():
        return runs
    if "duration_s" in runs.columns and {"started_at", "finished_at"} <= set(runs.columns):
        runs = runs.with_columns(pl.coalesce(
            pl.col("duration_s"),
            (pl.col("finished_at") - pl.col("started_at")).dt.total_milliseconds() / 1000).alias("duration_s"))
    return runs.sort("started_at", descending=True, nulls_last=True).head(max(limit, 0))


def _cell(column: str, value: object) -> str:
    if value is None:
        return "-"
    if column == "duration_s":
        return f"{float(value):.1f}s"
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M:%S")
    if column == "error":
        first = str(value).strip().splitlines()[0] if str(value).strip() else ""
        return first if len(first) <= ERROR_WIDTH else first[:ERROR_WIDTH - 1] + "…"
    return str(value)


def render_runs(runs: pl.DataFrame) -> str:
    """A fixed-width table: status, start, duration, input counts, output counts, failures, error line."""
    present = [(head, cols) for head, cols in COLUMNS if any(c in runs.columns for c in cols)]
    rows = [[head for head, _ in present]]
    for rec in runs.iter_rows(named=True):
        rows.append(["/".join(_cell(c, rec.get(c)) for c in cols) for _, cols in present])
    widths = [max(len(r[i]) for r in rows) for i in range(len(present))]
    lines = ["  ".join(cell.ljust(w) for cell, w in zip(r, widths, strict=True)).rstrip() for r in rows]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines)
