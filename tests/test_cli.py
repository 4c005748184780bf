"""The command line as users and the benchmarks run it (a real `newsmill run` process)."""
import os
import shutil
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import polars as pl

from flows.runs_table import recent_runs, render_runs
from tests.conftest import seed_paths

NEWSMILL = str(Path(sys.executable).with_name("newsmill"))


def _files(root: Path, skip: Path) -> dict[str, float]:
    return {str(p): p.stat().st_mtime for p in root.rglob("*") if p.is_file() and skip not in p.parents}


def test_newsmill_run_runs_and_report(tmp_path):
    raw, wh, elsewhere = tmp_path / "raw", tmp_path / "wh", tmp_path / "elsewhere"
    raw.mkdir()
    elsewhere.mkdir()
    for p in seed_paths():
        shutil.copy(p, raw / p.name)
    out = subprocess.run([NEWSMILL, "run", "--raw", str(raw), "--warehouse", str(wh)],
                         capture_output=True, text=True, timeout=600)
    assert out.returncode == 0, out.stdout[-2000:] + out.stderr[-2000:]
    assert "new documents 3" in out.stdout and "data-quality report:" in out.stdout
    assert pl.read_parquet(str(wh / "documents" / "*.parquet")).height == 3
    # the run's own log lines reach the terminal (Prefect internals stay quiet)
    assert "Flow run" in out.stderr and "Finished in state Completed" in out.stderr
    runs = subprocess.run([NEWSMILL, "runs", "--warehouse", str(wh)], capture_output=True, text=True, timeout=120)
    assert runs.returncode == 0 and "published" in runs.stdout and "3/" in runs.stdout, runs.stdout + runs.stderr
    # `report` from another folder, with a scratch HOME, writes only inside the warehouse it reports on
    before = _files(tmp_path, wh)
    env = os.environ | {"HOME": str(elsewhere), "NEWSMILL_GX_ROOT": str(elsewhere / "gx")}
    report = subprocess.run([NEWSMILL, "report", "--warehouse", str(wh)], capture_output=True, text=True,
                            timeout=300, cwd=elsewhere, env=env)
    assert report.returncode == 0 and "passed" in report.stdout and "index.html" in report.stdout
    assert _files(tmp_path, wh) == before


def test_runs_table_reads_old_and_new_rows(tmp_path):
    """`newsmill runs`: newest first, columns an older warehouse lacks shown as '-', first line of an error."""
    folder = tmp_path / "wh" / "runs"
    folder.mkdir(parents=True)
    t0 = datetime(2026, 3, 1, 9, 0, tzinfo=UTC)
    pl.DataFrame({"run_id": ["r-old"], "status": ["published"], "started_at": [t0],
                  "finished_at": [t0.replace(second=42)], "n_inputs": [5], "n_new_documents": [4],
                  "n_skipped": [0], "n_quarantined": [1]}).write_parquet(folder / "part-r-old.parquet")
    pl.DataFrame({"run_id": ["r-new"], "status": ["failed"], "started_at": [t0.replace(hour=10)],
                  "finished_at": [t0.replace(hour=10, second=3)], "duration_s": [3.25], "n_inputs": [2],
                  "n_new_documents": [0], "n_skipped": [0], "n_quarantined": [0], "n_mentions": [0],
                  "n_events": [0], "n_quotes": [0], "n_expectations_failed": [0],
                  "error": ["PermissionError: [Errno 13] Permission denied: 'documents'\nTraceback ..."]},
                 ).write_parquet(folder / "part-r-new.parquet")
    runs = recent_runs(tmp_path / "wh", limit=10)
    assert runs["run_id"].to_list() == ["r-new", "r-old"]
    lines = render_runs(runs).splitlines()
    assert lines[0].split()[:2] == ["run", "status"]
    assert "failed" in lines[2] and "3.2s" in lines[2] and "PermissionError: [Errno 13]" in lines[2]
    assert "Traceback" not in lines[2]
    assert "published" in lines[3] and "42.0s" in lines[3] and "5/4/0/1" in lines[3] and "-/-/-" in lines[3]
    out = subprocess.run([NEWSMILL, "runs", "--warehouse", str(tmp_path / "wh"), "--limit", "1"],
                         capture_output=True, text=True, timeout=120)
    assert out.returncode == 0 and "r-new" in out.stdout and "r-old" not in out.stdout, out.stderr


def test_serve_builds_a_cron_deployment(tmp_path):
    from flows.cli import make_deployment

    deployment = make_deployment("*/15 * * * *", tmp_path / "raw", tmp_path / "wh")
    assert deployment.name == "newsmill-scheduled"
    assert deployment.schedules[0].schedule.cron == "*/15 * * * *"
    assert deployment.parameters["warehouse_dir"] == str((tmp_path / "wh").resolve())
    assert deployment.entrypoint == "flows.ingest.ingest"  # importable from any folder the runner starts in


def test_run_exit_skips_only_the_teardown_and_keeps_status_and_output():
    """`newsmill run` ends with `os._exit` after every other exit handler: its status is the run's, what it
    printed to a pipe is not lost, and other exit handlers still run; without a status (an unexpected
    exception) Python exits as usual."""
    script = ("import atexit, sys; from flows import cli; atexit.register(cli._exit_without_teardown); "
              "atexit.register(print, 'other handler ran'); print('summary'); cli._EXIT_CODE.update({})"
              "; sys.exit(0)")
    for code, expected in ((3, 3), (1, 1), (None, 0)):
        update = f"{{'code': {code}}}" if code is not None else "{}"
        out = subprocess.run([sys.executable, "-c", script.replace("update({})", f"update({update})")],
                             capture_output=True, text=True, timeout=60, cwd=Path(__file__).parent.parent)
        assert out.returncode == expected, out.stderr
        assert out.stdout.splitlines() == ["summary", "other handler ran"], out.stdout


def test_a_run_started_in_a_folder_with_its_own_flows_package_uses_newsmill_s_code(tmp_path):
    """Operators run newsmill from their Prefect project, which often has a `flows/` folder: the workers forked
    for parsing import newsmill's own code, not the working directory's (the fork server's `python -c` would put
    the working directory first on its path)."""
    project, raw, wh = tmp_path / "project", tmp_path / "raw", tmp_path / "wh"
    for pkg in ("flows", "transforms"):
        (project / pkg).mkdir(parents=True)
        (project / pkg / "__init__.py").write_text("raise RuntimeError('a decoy package, not newsmill')\n")
    raw.mkdir()
    shutil.copy(seed_paths()[0], raw / seed_paths()[0].name)
    out = subprocess.run([NEWSMILL, "run", "--raw", str(raw), "--warehouse", str(wh)], capture_output=True,
                         text=True, timeout=600, cwd=project, env=os.environ | {"NEWSMILL_N_PROCESS": "2"})
    assert out.returncode == 0, out.stdout[-2000:] + out.stderr[-2000:]
    assert "decoy" not in out.stdout + out.stderr
    assert pl.read_parquet(str(wh / "documents" / "*.parquet")).height == 1
    assert pl.read_parquet(str(wh / "entity_mentions" / "*.parquet")).height > 0
