"""Crash safety: a run killed (SIGKILL) or failing at any step, then a plain rerun, gives a clean run's tables.

Faults are injected with `NEWSMILL_FAULT_AT=<point>` (see `flows.warehouse.fault_point`): the process kills
itself with SIGKILL at that point, as the OOM killer or a scheduler's timeout would. CI runs the points that
exercise distinct recovery paths (an uncommitted chunk dropped, a committed one rolled forward, an unfinished
refresh dropped, a journaled switch finished); `before-commit-marker`, `before-run-row` and `refresh-begun`
passed too and can be added to the parameters when a change touches them. Two runs started at once
on one warehouse never interleave: the second waits for the lock and finds nothing new.
"""
from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys

import polars as pl
import pytest

from flows.settings import PROJECT_ROOT
from flows.warehouse import Warehouse
from tests.conftest import seed_paths

RUN_TIME_COLUMNS = {"run_id", "ingested_at", "detected_at", "seen_at", "pipeline_version"}
COMPARED = ("documents", "boilerplate", "entity_mentions", "entities", "events", "quotes", "quarantine", "inputs",
            "event_reports", "line_stats")


def _raw(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    for p in seed_paths():
        shutil.copy(p, raw / p.name)
    for p in sorted((PROJECT_ROOT / "raw").iterdir()):
        shutil.copy(p, raw / p.name)
    (raw / "empty.txt").write_bytes(b"")
    return raw


def snapshot(wh) -> dict[str, list[tuple]]:
    """Every data table as sorted rows, without the columns that name a run or its time."""
    w = Warehouse(wh)
    out = {}
    for table in COMPARED:
        df = w.read(table)
        df = df.select([c for c in df.columns if c not in RUN_TIME_COLUMNS])
        df = df.with_columns([pl.col(c).list.sort() for c, t in df.schema.items()
                              if isinstance(t, pl.List) and t.inner == pl.String])
        out[table] = sorted(df.rows(), key=repr)
    return out


@pytest.fixture(scope="module")
def api_env(prefect_harness):
    """Environment for `newsmill` subprocesses: the test harness's Prefect API, small chunks."""
    from prefect.settings import PREFECT_API_URL

    env = dict(os.environ, PREFECT_API_URL=PREFECT_API_URL.value(), NEWSMILL_CHUNK_DOCS="3",
               NEWSMILL_N_PROCESS="1")
    env.pop("NEWSMILL_FAULT_AT", None)
    return env


def _newsmill(env, raw, wh, *extra, fault=None, wait=True):
    cmd = [sys.executable, "-m", "flows.cli", "run", "--raw", str(raw), "--warehouse", str(wh), *extra]
    run_env = dict(env, NEWSMILL_FAULT_AT=fault) if fault else env
    proc = subprocess.Popen(cmd, env=run_env, cwd=PROJECT_ROOT, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                            text=True)
    if not wait:
        return proc
    out, _ = proc.communicate(timeout=600)
    return proc.returncode, out


@pytest.fixture(scope="module")
def clean(api_env, tmp_path_factory):
    """A clean run's tables, its raw folder and its warehouse (copy it before changing it)."""
    base = tmp_path_factory.mktemp("clean")
    raw = _raw(base)
    code, out = _newsmill(api_env, raw, base / "wh")
    assert code == 0, out
    return raw, snapshot(base / "wh"), base / "wh"


@pytest.mark.parametrize("point", ["chunk-2-prepared", "mid-publish"])
def test_kill_during_a_run_then_rerun_equals_a_clean_run(api_env, clean, tmp_path, point):
    raw, expected, _ = clean
    wh = tmp_path / "wh"
    code, out = _newsmill(api_env, raw, wh, fault=point)
    assert code == -signal.SIGKILL, out
    code, out = _newsmill(api_env, raw, wh)
    assert code == 0, out
    assert snapshot(wh) == expected
    docs = Warehouse(wh).read("documents")
    assert docs["doc_id"].is_unique().all()


@pytest.mark.parametrize("point", ["mid-publish", "mid-switch"])
def test_kill_during_a_full_refresh_leaves_old_or_new_tables(api_env, clean, tmp_path, point):
    raw, expected, clean_wh = clean
    wh = tmp_path / "wh"
    shutil.copytree(clean_wh, wh, symlinks=True)  # the clean run's warehouse (table links are relative)
    code, out = _newsmill(api_env, raw, wh, "--full-refresh", fault=point)
    assert code == -signal.SIGKILL, out
    code, out = _newsmill(api_env, raw, wh)  # a plain run recovers: the old tables, or the new ones
    assert code == 0, out
    assert snapshot(wh) == expected
    assert "nothing new" in out or "nothing_new" in out
    leftovers = [p.name for p in (wh / "_tables").iterdir() if p.is_file()]
    assert leftovers == []  # no switch journal left behind


def test_two_runs_at_once_never_interleave(api_env, clean, tmp_path):
    raw, expected, _ = clean
    wh = tmp_path / "wh"
    first = _newsmill(api_env, raw, wh, wait=False)
    second = _newsmill(api_env, raw, wh, wait=False)
    outs = [p.communicate(timeout=600)[0] for p in (first, second)]
    assert [first.returncode, second.returncode] == [0, 0], outs
    assert snapshot(wh) == expected
    statuses = sorted(Warehouse(wh).read("runs")["status"].to_list())
    assert statuses == ["nothing_new", "published"]
    assert any("is locked by" in o for o in outs)
