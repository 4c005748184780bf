"""The data-quality report of a warehouse: read its tables (only the columns needed), write
`<warehouse>/_quality/index.html` (built by `transforms.report_page`), and summarise the last validated run.

The page sits beside the GX project (`_quality/gx/...`, see `flows.quality.gx_root`) and links to its Data
Docs by relative links. Nothing is written outside the warehouse reported on: the page is the only file
written, and only when its folder resolves inside the warehouse.
"""
from __future__ import annotations

import os
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import quote

import polars as pl
import pyarrow.parquet as pq

from transforms.report_page import (
    RUN_COLUMNS,
    ColumnInfo,
    ReportInputs,
    TableInfo,
    render_report,
    summary_text,
    validated_run,
)
from transforms.schema import TABLES

REPORT_DIR = "_quality"
REPORT_FILE = "index.html"
MAX_RUNS = 30
DQ_COLUMNS = ["run_id", "table", "expectation", "severity", "success", "unexpected_count", "observed"]


def _gx_root(warehouse_root: Path) -> Path:
    """Where GX keeps its project for this warehouse (the same rule as flows.quality.gx_root, without importing
    GX, which takes seconds)."""
    return Path(os.environ.get("NEWSMILL_GX_ROOT", warehouse_root / REPORT_DIR))


def table_files(root: Path, table: str) -> list[Path]:
    """The Parquet files of a table (hidden and temporary files excluded)."""
    folder = root / table
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.glob("*.parquet") if not p.name.startswith((".", "_")) and p.is_file())


def table_names(root: Path) -> list[str]:
    """Every table: the declared ones, then any other folder of Parquet files (names starting `_`/`.` are not data)."""
    found = sorted(p.name for p in root.iterdir() if p.is_dir() and not p.name.startswith(("_", "."))
                   and table_files(root, p.name)) if root.is_dir() else []
    return list(TABLES) + [t for t in found if t not in TABLES]


def read_columns(root: Path, table: str, columns: list[str]) -> pl.DataFrame | None:
    """Those of `columns` the table's files have (each file read for those columns only); None without files."""
    files = table_files(root, table)
    if not files:
        return None
    frames = []
    for f in files:
        present = [c for c in columns if c in pq.read_schema(f).names]
        if present:
            frames.append(pl.read_parquet(f, columns=present))
    if not frames:
        return pl.DataFrame()
    return pl.concat(frames, how="diagonal_relaxed")


def table_info(root: Path, table: str) -> TableInfo:
    """Rows, files and columns (with their Parquet `description` metadata) of one table, from file footers."""
    files = table_files(root, table)
    declared = TABLES.get(table)
    docs = {c.name: c.doc for c in declared.columns} if declared else {}
    columns: dict[str, ColumnInfo] = {}
    n_rows = 0
    for f in files:
        meta = pq.ParquetFile(f).metadata
        n_rows += meta.num_rows
        for fld in meta.schema.to_arrow_schema():
            if fld.name not in columns:
                desc = (fld.metadata or {}).get(b"description")
                columns[fld.name] = ColumnInfo(fld.name, str(fld.type),
                                               desc.decode("utf-8", "replace") if desc else docs.get(fld.name))
    return TableInfo(table, declared.doc if declared else None, len(files), n_rows if files else None,
                     tuple(columns.values()))


def rows_per_run(root: Path, tables: list[str]) -> pl.DataFrame:
    """table, run_id, n_rows for every table with a `run_id` column (reading that column only)."""
    parts = []
    for table in tables:
        ids = read_columns(root, table, ["run_id"])
        if ids is not None and "run_id" in ids.columns:
            parts.append(ids.group_by("run_id").agg(pl.len().alias("n_rows")).with_columns(pl.lit(table).alias("table")))
    if not parts:
        return pl.DataFrame(schema={"table": pl.String, "run_id": pl.String, "n_rows": pl.UInt32})
    return pl.concat(parts, how="vertical_relaxed").select("table", "run_id", "n_rows")


def _href(target: Path, page_dir: Path) -> str:
    return quote(os.path.relpath(target, page_dir).replace(os.sep, "/"))


def gx_links(warehouse_root: Path, validated_run: str | None) -> list[tuple[str, str]]:
    """(label, relative href) for the GX Data Docs index and the last validated run's validation pages."""
    page_dir = warehouse_root / REPORT_DIR
    site = _gx_root(warehouse_root) / "gx" / "uncommitted" / "data_docs" / "local_site"
    index = site / "index.html"
    if not index.is_file():
        return []
    links = [("GX Data Docs: index of every validation", _href(index, page_dir))]
    if validated_run:
        for page in sorted((site / "validations").glob(f"*/{validated_run}-*/**/*.html")):
            suite = page.relative_to(site / "validations").parts[0]
            links.append((f"GX validation of {suite} in run {validated_run}", _href(page, page_dir)))
    return links


def gather(warehouse_root: Path, max_runs: int = MAX_RUNS) -> ReportInputs:
    """Read what the page shows from the warehouse (only the columns needed)."""
    root = Path(warehouse_root)
    names = table_names(root)
    runs = read_columns(root, "runs", ["run_id", "flow_run_id", "started_at", "finished_at", *RUN_COLUMNS])
    dq = read_columns(root, "dq_results", DQ_COLUMNS)
    data = ReportInputs(
        warehouse=str(root), generated_at=datetime.now(UTC), runs=runs, dq_results=dq,
        rows_per_run=rows_per_run(root, names),
        quarantine=read_columns(root, "quarantine", ["run_id", "reason"]),
        source_stats=read_columns(root, "source_stats", ["run_id", "source_name", "n_documents", "n_chars_raw",
                                                         "n_chars_clean", "removed_share"]),
        documents=read_columns(root, "documents", ["run_id", "source_name", "n_chars_raw", "n_chars_clean"]),
        tables=[table_info(root, t) for t in names], max_runs=max_runs)
    data.gx_links = gx_links(root, validated_run(runs, dq))
    return data


def _page_path(warehouse_root: Path) -> Path:
    """The page's path, refusing a `_quality` that leads out of the warehouse (a symlink)."""
    root = Path(warehouse_root).resolve()
    folder = root / REPORT_DIR
    if folder.exists() and not folder.resolve().is_relative_to(root):
        raise ValueError(f"{folder} leads outside the warehouse {root}; not writing the report there")
    return folder / REPORT_FILE


def _write_inside(path: Path, text: str) -> None:
    """Write atomically: a fresh temporary file (never following a link), then a rename over the page."""
    path.parent.mkdir(exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    tmp.unlink(missing_ok=True)
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0), 0o644)
    with os.fdopen(fd, "w", encoding="utf-8") as f:
        f.write(text)
    os.replace(tmp, path)


def write_report(warehouse_root: Path) -> Path:
    """Build `<warehouse>/_quality/index.html` from the warehouse's tables; returns its path.

    For the flow's end-of-run step: call it after the run's `runs` row is written, so the page shows that run.
    """
    root = Path(warehouse_root)
    if not root.is_dir():
        raise FileNotFoundError(f"no warehouse at {root}")
    path = _page_path(root)
    _write_inside(path, render_report(gather(root)))
    return path


def last_run_report(warehouse_root: Path) -> tuple[str, Path | None]:
    """(summary text of the last validated run, path of the rebuilt report page); no page without a warehouse."""
    root = Path(warehouse_root)
    if not root.is_dir():
        return f"no warehouse at {root}", None
    path = write_report(root)
    runs = read_columns(root, "runs", ["run_id", "started_at", "status"])
    dq = read_columns(root, "dq_results", DQ_COLUMNS)
    return summary_text(runs, dq), path
