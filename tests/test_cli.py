"""The command line as users and the benchmarks run it (a real `newsmill run` process)."""
import shutil
import subprocess
import sys
from pathlib import Path

import polars as pl

from tests.conftest import seed_paths

NEWSMILL = str(Path(sys.executable).with_name("newsmill"))


def test_newsmill_run_and_report(tmp_path):
    raw, wh = tmp_path / "raw", tmp_path / "wh"
    raw.mkdir()
    for p in seed_paths():
        shutil.copy(p, raw / p.name)
    out = subprocess.run([NEWSMILL, "run", "--raw", str(raw), "--warehouse", str(wh)],
                         capture_output=True, text=True, timeout=600)
    assert out.returncode == 0, out.stdout[-2000:] + out.stderr[-2000:]
    assert "new documents 3" in out.stdout and "data-quality report:" in out.stdout
    assert pl.read_parquet(str(wh / "documents" / "*.parquet")).height == 3
    report = subprocess.run([NEWSMILL, "report", "--warehouse", str(wh)], capture_output=True, text=True, timeout=300)
    assert report.returncode == 0 and "passed" in report.stdout and "index.html" in report.stdout


def test_serve_builds_a_cron_deployment(tmp_path):
    from flows.cli import make_deployment

    deployment = make_deployment("*/15 * * * *", tmp_path / "raw", tmp_path / "wh")
    assert deployment.name == "newsmill-scheduled"
    assert deployment.schedules[0].schedule.cron == "*/15 * * * *"
    assert deployment.parameters["warehouse_dir"] == str((tmp_path / "wh").resolve())
