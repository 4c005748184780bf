"""The data-quality report of the last run: a text summary from `dq_results` plus the GX Data Docs."""
from __future__ import annotations

from pathlib import Path

import polars as pl

from flows.quality import Validator, gx_root
from flows.settings import Settings
from flows.warehouse import Warehouse


def last_run_report(warehouse_root: Path) -> tuple[str, Path | None]:
    """(summary text, Data Docs index path) for the newest run that validated something."""
    wh = Warehouse(warehouse_root)
    dq = wh.read("dq_results")
    if dq.is_empty():
        return f"no validated run in {warehouse_root}", None
    runs = wh.read("runs").sort("started_at")
    last = dq.select(pl.col("run_id").max()).item()
    rows = dq.filter(pl.col("run_id") == last)
    status = runs.filter(pl.col("run_id") == last)["status"].to_list()
    lines = [f"run {last} ({status[0] if status else 'unknown'}): "
             f"{rows['success'].sum()} passed, {(~rows['success']).sum()} failed"]
    for r in rows.filter(~pl.col("success")).iter_rows(named=True):
        lines.append(f"  FAILED [{r['severity']}] {r['table']}: {r['expectation']} -> {r['observed']}")
    index = Validator(Settings().expectations_dir, gx_root(warehouse_root)).docs_index()
    return "\n".join(lines), index
