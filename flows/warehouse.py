"""The one module that owns the warehouse layout, atomic Parquet writes, publishing and reads.

Layout: `<root>/<table>/part-<run_id>.parquet` for append tables, `<root>/<table>/<table>.parquet` for
tables rebuilt each run. A run first stages every file under `<root>/_staging/<run_id>/`, then writes a
`COMMITTED` marker, then moves the files into place (same filesystem, `os.replace`). A crash before the
marker leaves nothing visible (the staging folder is dropped at the next start); a crash after it is rolled
forward at the next start. Readers glob `<table>/*.parquet`; names starting with `_` or `.` are never data.
"""
from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import polars as pl

from transforms.schema import TABLES, conform, empty_frame

MARKER = "COMMITTED"
FULL_REFRESH = "FULL_REFRESH"


def _fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def write_atomic(df: pl.DataFrame, path: Path, table: str | None = None) -> None:
    """Write Parquet to a hidden temporary file, fsync it, and rename it into place.

    With `table`, the file is the table's Arrow form (`transforms.schema.arrow_table`): sorted by key, key
    columns required, column descriptions in the field metadata, row groups of 100,000 rows. A null key
    raises, except under `_rejected/` (a rejected batch is kept as it was, for inspection).
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.tmp")
    if table is None:
        df.write_parquet(tmp, compression="zstd", statistics=True)
    else:
        import pyarrow.parquet as pq

        from transforms.schema import arrow_table

        data = arrow_table(table, df, strict="_rejected" not in path.parts)
        pq.write_table(data, tmp, compression="zstd", write_statistics=True, row_group_size=100_000,
                       sorting_columns=[pq.SortingColumn(data.schema.get_field_index(k), nulls_first=False)
                                        for k in TABLES[table].key])
    with tmp.open("rb") as f:
        os.fsync(f.fileno())
    os.replace(tmp, path)
    _fsync_dir(path.parent)


def write_text_atomic(text: str, path: Path) -> None:
    """Write a small text file atomically."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.tmp")
    tmp.write_text(text, encoding="utf-8")
    os.replace(tmp, path)


class Warehouse:
    """Reads and atomic, idempotent publishes of the warehouse tables."""

    def __init__(self, root: Path) -> None:
        self.root = Path(root)

    # ---- reading -------------------------------------------------------------------------------------
    def table_files(self, table: str) -> list[Path]:
        folder = self.root / table
        return sorted(folder.glob("*.parquet")) if folder.is_dir() else []

    def read(self, table: str, columns: list[str] | None = None) -> pl.DataFrame:
        """The whole table (or some columns), in the declared schema; empty when absent."""
        files = self.table_files(table)
        frame = (pl.concat([conform(table, pl.read_parquet(f)) for f in files], how="vertical")
                 if files else empty_frame(table))
        return frame.select(columns) if columns else frame

    def glob(self, table: str) -> str:
        """A glob that readers (polars, DuckDB, pyarrow) can use for the table."""
        return str(self.root / table / "*.parquet")

    # ---- publishing ----------------------------------------------------------------------------------
    def staging(self, run_id: str) -> Path:
        return self.root / "_staging" / run_id

    def stage(self, run_id: str, tables: dict[str, pl.DataFrame], full_refresh: bool = False) -> Path:
        """Write every table of a batch under the run's staging folder, then mark it committed."""
        folder = self.staging(run_id)
        shutil.rmtree(folder, ignore_errors=True)
        folder.mkdir(parents=True)
        for name, df in tables.items():
            write_atomic(conform(name, df), folder / f"{name}.parquet")
        if full_refresh:
            write_text_atomic(run_id, folder / FULL_REFRESH)
        write_text_atomic(run_id, folder / MARKER)
        return folder

    def publish(self, run_id: str) -> list[str]:
        """Move a committed staging folder into place; safe to call again after a crash."""
        folder = self.staging(run_id)
        if not (folder / MARKER).exists():
            raise RuntimeError(f"staging {folder} is not committed")
        full = (folder / FULL_REFRESH).exists()
        published = []
        for staged in sorted(folder.glob("*.parquet")):
            name = staged.stem
            spec = TABLES[name]
            target_dir = self.root / name
            target_dir.mkdir(parents=True, exist_ok=True)
            target = target_dir / (f"part-{run_id}.parquet" if spec.append_only else f"{name}.parquet")
            if full and spec.append_only and name not in ("runs", "dq_results"):
                self._swap_table(name, staged, target.name)
            else:
                os.replace(staged, target)
                _fsync_dir(target_dir)
            published.append(name)
        shutil.rmtree(folder)
        return published

    def _swap_table(self, name: str, staged: Path, file_name: str) -> None:
        """Full refresh: replace a table folder wholesale by one holding only the staged file."""
        new_dir = self.root / f".{name}.new"
        old_dir = self.root / f".{name}.old"
        shutil.rmtree(new_dir, ignore_errors=True)
        shutil.rmtree(old_dir, ignore_errors=True)
        new_dir.mkdir(parents=True)
        os.replace(staged, new_dir / file_name)
        current = self.root / name
        if current.exists():
            os.replace(current, old_dir)
        os.replace(new_dir, current)
        shutil.rmtree(old_dir, ignore_errors=True)

    def recover(self) -> list[str]:
        """Finish committed runs a crash interrupted and drop uncommitted staging; returns what was done."""
        done = []
        base = self.root / "_staging"
        for folder in sorted(base.iterdir()) if base.is_dir() else []:
            if (folder / MARKER).exists():
                self.publish(folder.name)
                done.append(f"rolled forward {folder.name}")
            else:
                shutil.rmtree(folder)
                done.append(f"dropped uncommitted {folder.name}")
        return done

    def reject(self, run_id: str, tables: dict[str, pl.DataFrame], validation: dict) -> Path:
        """Keep a batch that failed a critical expectation aside, with its validation result."""
        folder = self.root / "_rejected" / run_id
        folder.mkdir(parents=True, exist_ok=True)
        for name, df in tables.items():
            write_atomic(conform(name, df), folder / f"{name}.parquet")
        write_text_atomic(json.dumps(validation, indent=2, default=str), folder / "validation.json")
        return folder

    def append(self, run_id: str, tables: dict[str, pl.DataFrame]) -> None:
        """Stage and publish in one go (run bookkeeping tables)."""
        self.stage(f"{run_id}", tables)
        self.publish(run_id)
