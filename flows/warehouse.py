"""The one module that owns the warehouse layout, the run lock, atomic Parquet writes, publishing and reads.

Layout: `<root>/<table>` is a symlink to a generation folder `<root>/_tables/<table>/<gen>/` holding
`part-<batch>.parquet` files (append tables) or `<table>.parquet` (tables rewritten each batch). Readers glob
`<root>/<table>/*.parquet`; names starting with `_` or `.` are never data.

Every batch (a chunk of a run) is first staged under `<root>/_staging/<batch>/` with a manifest of where each
file goes, then a `COMMITTED` marker is written, then the files are renamed into place (documents last).
A crash before the marker leaves nothing visible (the staging folder is dropped at the next start); a crash
after it is rolled forward. A full refresh fills new generations beside the old ones and switches the links
under a journal, so a kill leaves the old tables or the new ones, never neither and never both.
Compaction writes a new generation and switches its link. One run at a time holds `<root>/_lock`.
"""
from __future__ import annotations

import contextlib
import fcntl
import json
import os
import shutil
import signal
import socket
import stat
import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path

import polars as pl
import pyarrow.parquet as pq

from transforms.schema import TABLES, conform, empty_frame

MARKER = "COMMITTED"
MANIFEST = "MANIFEST.json"
LOCK_FILE = "_lock"
TABLES_DIR = "_tables"
SWITCH = "SWITCH-"
HISTORY = frozenset({"runs", "dq_results", "source_stats"})  # kept across a full refresh
REFRESHED = frozenset(TABLES) - HISTORY  # rebuilt from raw/ by a full refresh


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


class WarehouseLocked(RuntimeError):
    """Another run holds the warehouse lock for longer than we were willing to wait."""


class Warehouse:
    """Reads, the run lock, and atomic, idempotent publishes of the warehouse tables."""

    def __init__(self, root: Path, refresh_id: str | None = None) -> None:
        self.root = Path(root)
        self.refresh_id = refresh_id  # set: data tables read and publish into the full refresh's generation

    def for_refresh(self, run_id: str) -> Warehouse:
        """A view whose data tables are the new, not yet visible generation of a full refresh."""
        return Warehouse(self.root, refresh_id=run_id)

    # ---- layout --------------------------------------------------------------------------------------
    def _gens(self, table: str) -> Path:
        return self.root / TABLES_DIR / table

    def table_dir(self, table: str) -> Path:
        """Folder holding the table's Parquet files (the refresh generation in a full-refresh view)."""
        if self.refresh_id and table in REFRESHED:
            return self._gens(table) / f"r-{self.refresh_id}"
        return self.root / table

    def ensure_table(self, table: str) -> Path:
        """Make sure `<root>/<table>` exists as a link to a generation folder (creating or migrating it)."""
        folder = self.table_dir(table)
        if folder.is_dir():
            if folder.is_symlink() or (self.refresh_id and table in REFRESHED):
                return folder
            gen = self._gens(table) / "g-legacy"  # a plain folder from an older layout: move it under _tables
            gen.parent.mkdir(parents=True, exist_ok=True)
            os.replace(folder, gen)
        else:
            gen = self._gens(table) / f"g-{_stamp()}"
            gen.mkdir(parents=True, exist_ok=True)
            if self.refresh_id and table in REFRESHED:
                return gen
        self._point(table, gen.name)
        return self.root / table

    def _point(self, table: str, gen_name: str) -> None:
        """Atomically switch `<root>/<table>` to a generation folder (one rename of a symlink)."""
        link = self.root / table
        tmp = self.root / f".{table}.link.tmp"
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()
        os.symlink(f"{TABLES_DIR}/{table}/{gen_name}", tmp)
        os.replace(tmp, link)
        _fsync_dir(self.root)

    def current_gen(self, table: str) -> str | None:
        link = self.root / table
        return Path(os.readlink(link)).name if link.is_symlink() else None

    # ---- reading -------------------------------------------------------------------------------------
    def table_files(self, table: str) -> list[Path]:
        folder = self.table_dir(table)
        return sorted(folder.glob("*.parquet")) if folder.is_dir() else []

    def read(self, table: str, columns: list[str] | None = None) -> pl.DataFrame:
        """The whole table (or some columns), in the declared schema; empty when absent."""
        files = self.table_files(table)
        if not files:
            frame = empty_frame(table)
            return frame.select(columns) if columns else frame
        wanted = columns or list(TABLES[table].schema)
        parts = []
        for f in files:
            have = set(pq.read_schema(f).names)
            part = pl.read_parquet(f, columns=[c for c in wanted if c in have])
            parts.append(conform(table, part).select(wanted))
        return pl.concat(parts, how="vertical")

    def glob(self, table: str) -> str:
        """A glob that readers (polars, DuckDB, pyarrow) can use for the table."""
        return str(self.root / table / "*.parquet")

    # ---- the run lock --------------------------------------------------------------------------------
    @contextlib.contextmanager
    def lock(self, timeout_s: float | None = None, on_wait: Callable[[str], None] | None = None) -> Iterator[None]:
        """Hold the warehouse's OS file lock (`<root>/_lock`) for a run; wait for another run to finish."""
        self.root.mkdir(parents=True, exist_ok=True)
        fd = os.open(self.root / LOCK_FILE, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            if not _try_lock(fd):
                holder = os.pread(fd, 300, 0).decode("utf-8", "replace").strip() or "another run"
                if on_wait:
                    on_wait(f"warehouse {self.root} is locked by {holder}: waiting for it to finish")
                deadline = None if timeout_s is None else time.monotonic() + timeout_s
                while not _try_lock(fd):
                    if deadline is not None and time.monotonic() > deadline:
                        raise WarehouseLocked(f"warehouse {self.root} is still locked by {holder} "
                                              f"after {timeout_s:.0f} s")
                    time.sleep(0.2)
            os.ftruncate(fd, 0)
            os.pwrite(fd, f"pid {os.getpid()} on {socket.gethostname()} since {_stamp()}\n".encode(), 0)
            yield
        finally:
            os.close(fd)  # closing the descriptor releases the lock; a killed process releases it too

    # ---- publishing ----------------------------------------------------------------------------------
    def staging(self, batch_id: str) -> Path:
        return self.root / "_staging" / batch_id

    def stage(self, batch_id: str, tables: dict[str, pl.DataFrame]) -> Path:
        """Write every table of a batch under its staging folder with a manifest, then mark it committed."""
        folder = self.staging(batch_id)
        shutil.rmtree(folder, ignore_errors=True)
        folder.mkdir(parents=True)
        manifest = {}
        for name, df in tables.items():
            write_atomic(conform(name, df), folder / f"{name}.parquet", table=name)
            file_name = f"part-{batch_id}.parquet" if TABLES[name].append_only else f"{name}.parquet"
            manifest[f"{name}.parquet"] = str(self.table_dir(name).relative_to(self.root) / file_name)
        write_text_atomic(json.dumps({"refresh_id": self.refresh_id, "files": manifest}), folder / MANIFEST)
        fault_point("before-commit-marker")
        write_text_atomic(batch_id, folder / MARKER)
        _fsync_dir(folder)
        return folder

    def publish(self, batch_id: str) -> list[str]:
        """Move a committed staging folder into place (documents last); safe to call again after a crash."""
        folder = self.staging(batch_id)
        if not (folder / MARKER).exists():
            raise RuntimeError(f"staging {folder} is not committed")
        files = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))["files"]
        order = sorted(files, key=lambda f: (f == "documents.parquet", f))
        fault_point("before-publish")
        for n, staged_name in enumerate(order):
            if n == 1:
                fault_point("mid-publish")
            staged = folder / staged_name
            if not staged.exists():  # moved before a crash
                continue
            name = staged_name.removesuffix(".parquet")
            self.ensure_table(name)
            target = self.root / files[staged_name]
            _check_writable(target.parent)
            os.replace(staged, target)
            _fsync_dir(target.parent)
        shutil.rmtree(folder)
        return [f.removesuffix(".parquet") for f in order]

    def append(self, batch_id: str, tables: dict[str, pl.DataFrame]) -> None:
        """Stage and publish in one go."""
        self.stage(batch_id, tables)
        self.publish(batch_id)

    def discard(self, prefix: str) -> None:
        """Drop the uncommitted staging folders of a run (after it failed)."""
        base = self.root / "_staging"
        for folder in sorted(base.glob(f"{prefix}*")) if base.is_dir() else []:
            if not (folder / MARKER).exists():
                shutil.rmtree(folder, ignore_errors=True)

    def reject(self, batch_id: str, tables: dict[str, pl.DataFrame], validation: dict) -> Path:
        """Keep a batch that failed a critical expectation aside, with its validation result."""
        folder = self.root / "_rejected" / batch_id
        folder.mkdir(parents=True, exist_ok=True)
        for name, df in tables.items():
            write_atomic(conform(name, df), folder / f"{name}.parquet", table=name)
        write_text_atomic(json.dumps(validation, indent=2, default=str), folder / "validation.json")
        return folder

    # ---- full refresh --------------------------------------------------------------------------------
    def begin_refresh(self) -> None:
        """Create the empty new generation of every data table (invisible until `finish_refresh`)."""
        assert self.refresh_id
        for table in REFRESHED:
            folder = self.table_dir(table)
            shutil.rmtree(folder, ignore_errors=True)
            folder.mkdir(parents=True)

    def finish_refresh(self) -> None:
        """Switch every data table to the refresh's generation: journaled, so a crash is rolled forward."""
        assert self.refresh_id
        journal = self.root / TABLES_DIR / f"{SWITCH}{self.refresh_id}"
        fault_point("before-switch")
        write_text_atomic(json.dumps(sorted(REFRESHED)), journal)
        self._switch(journal)

    def _switch(self, journal: Path) -> None:
        refresh_id = journal.name.removeprefix(SWITCH)
        for n, table in enumerate(json.loads(journal.read_text(encoding="utf-8"))):
            if n == 1:
                fault_point("mid-switch")
            gen = self._gens(table) / f"r-{refresh_id}"
            if gen.is_dir():
                if (self.root / table).is_dir() and not (self.root / table).is_symlink():
                    self.ensure_table(table)  # migrate a legacy plain folder first
                self._point(table, gen.name)
        journal.unlink()  # the old generations are removed by the next run's recovery, after readers moved on

    # ---- compaction ----------------------------------------------------------------------------------
    def compact(self, tables: list[str] | None = None) -> dict[str, tuple[int, int]]:
        """Merge each append table's part files into one file (sorted by key, 100k-row groups), switched in atomically.

        Returns {table: (files before, rows)}. Readers see the old generation or the new one, never a mix;
        the old generation is removed by the next run. Takes the warehouse lock (waits for a running run).
        """
        with self.lock():
            return self._compact(tables)

    def _compact(self, tables: list[str] | None) -> dict[str, tuple[int, int]]:
        done = {}
        for table in tables or [t for t, spec in TABLES.items() if spec.append_only]:
            files = self.table_files(table)
            if len(files) <= 1:
                continue
            frame = self.read(table)
            gen = self._gens(table) / f"c-{_stamp()}"
            gen.mkdir(parents=True, exist_ok=True)
            write_atomic(frame, gen / f"part-compacted-{gen.name[2:]}.parquet", table=table)
            self.ensure_table(table)
            self._point(table, gen.name)
            done[table] = (len(files), frame.height)
        return done

    # ---- recovery ------------------------------------------------------------------------------------
    def recover(self) -> list[str]:
        """Finish what a crash interrupted; returns what was done. Call under `lock()`.

        Committed batches are rolled forward and uncommitted ones dropped; a full refresh whose switch was
        journaled is finished, one that was not is dropped (the old tables stay); a table left without its
        link points at its newest generation; generations no table points at are removed.
        """
        done = []
        for journal in sorted((self.root / TABLES_DIR).glob(f"{SWITCH}*")):
            self._switch(journal)
            done.append(f"finished full refresh {journal.name.removeprefix(SWITCH)}")
        base = self.root / "_staging"
        for folder in sorted(base.iterdir()) if base.is_dir() else []:
            manifest = folder / MANIFEST
            refresh = (json.loads(manifest.read_text(encoding="utf-8")).get("refresh_id")
                       if (folder / MARKER).exists() and manifest.exists() else None)
            if (folder / MARKER).exists() and not refresh:
                self.publish(folder.name)
                done.append(f"rolled forward {folder.name}")
            else:
                shutil.rmtree(folder)
                done.append(f"dropped {'interrupted full refresh' if refresh else 'uncommitted'} {folder.name}")
        for table in TABLES:
            link = self.root / table
            gens = sorted(g for g in self._gens(table).glob("[gc]-*") if g.is_dir())
            if not link.exists() and not link.is_symlink() and gens:
                self._point(table, gens[-1].name)
                done.append(f"relinked {table} to {gens[-1].name}")
        dropped = self._drop_old_generations()
        done.extend(f"removed {d}" for d in dropped if d.startswith("r-"))
        return done

    def _drop_old_generations(self) -> list[str]:
        dropped = []
        base = self.root / TABLES_DIR
        for gens in sorted(base.iterdir()) if base.is_dir() else []:
            if not gens.is_dir():
                continue
            current = self.current_gen(gens.name)
            for gen in sorted(gens.iterdir()):
                if gen.name != current and gen.is_dir():
                    shutil.rmtree(gen, ignore_errors=True)
                    dropped.append(gen.name)
        return dropped


def _check_writable(folder: Path) -> None:
    """Refuse to write into a folder an operator made read-only, even when running as root."""
    mode = os.stat(folder).st_mode
    if not mode & stat.S_IWUSR or not os.access(folder, os.W_OK):
        raise PermissionError(f"table folder is read-only: {folder}")


def fault_point(name: str) -> None:
    """Fault injection for the crash tests: `NEWSMILL_FAULT_AT=<name>` kills this process here (SIGKILL)."""
    if os.environ.get("NEWSMILL_FAULT_AT") == name:
        os.kill(os.getpid(), signal.SIGKILL)


def _try_lock(fd: int) -> bool:
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        return True
    except BlockingIOError:
        return False


def _stamp() -> str:
    return datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
