"""`newsmill serve` as a new user runs it: no Prefect server configured, an every-minute schedule.

A real `newsmill serve` process starts its own local Prefect server (scheduler included), the schedule
fires, the flow run publishes into the warehouse, and SIGTERM stops runner and server cleanly.
"""
import contextlib
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import polars as pl

from flows.watchdog import alive, descendants

NEWSMILL = str(Path(sys.executable).with_name("newsmill"))
# a first scheduled run publishes in well under this on an idle machine; a heavily loaded one may need more
PUBLISH_DEADLINE_S = float(os.environ.get("NEWSMILL_TEST_SERVE_DEADLINE_S", "170"))

ARTICLES = {
    "ferry.txt": (
        "Harbour council approves new ferry timetable\n\n"
        "The Westbridge harbour council voted on Tuesday to add two evening ferry crossings to Port Alder, "
        "the council chair Maria Lindqvist said after the meeting.\n"
        "\"Commuters have waited long enough,\" Lindqvist said. The new timetable starts in March.\n"),
    "library.txt": (
        "Library opens late on Thursdays\n\n"
        "The Eastfield public library will stay open until nine on Thursdays from next month, the city's "
        "culture office announced on Monday.\n"
        "Director Tomas Berg said the change follows a survey of more than two thousand readers.\n"),
}


def _published_runs(warehouse: Path) -> int:
    files = sorted((warehouse / "runs").glob("*.parquet"))
    if not files:
        return 0
    runs = pl.concat([pl.read_parquet(f, columns=["status"]) for f in files])
    return runs.filter(pl.col("status") == "published").height


def _record(pid: int, seen: dict[tuple[int, int], str]) -> None:
    for key in descendants([pid]) - seen.keys():
        with contextlib.suppress(OSError):  # it may have ended meanwhile
            seen[key] = Path(f"/proc/{key[0]}/cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")


def test_serve_every_minute_publishes_then_stops_cleanly(tmp_path):
    raw, wh = tmp_path / "raw", tmp_path / "wh"
    raw.mkdir()
    for name, text in ARTICLES.items():
        (raw / name).write_text(text, encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if k != "PREFECT_API_URL"}
    env.update(PREFECT_HOME=str(tmp_path / "prefect_home"), PREFECT_SERVER_ANALYTICS_ENABLED="false",
               DO_NOT_TRACK="1", GX_ANALYTICS_ENABLED="false")
    out, err = (tmp_path / "serve.out").open("w"), (tmp_path / "serve.err").open("w")
    proc = subprocess.Popen([NEWSMILL, "serve", "--cron", "* * * * *", "--raw", str(raw), "--warehouse", str(wh)],
                            stdout=out, stderr=err, env=env, cwd=tmp_path)
    seen: dict[tuple[int, int], str] = {}  # descendants of serve -> command line
    try:
        deadline = time.monotonic() + PUBLISH_DEADLINE_S
        while time.monotonic() < deadline and proc.poll() is None and not _published_runs(wh):
            _record(proc.pid, seen)
            time.sleep(1)
        published = _published_runs(wh)
        _record(proc.pid, seen)
        proc.send_signal(signal.SIGTERM)
        code = proc.wait(timeout=60)
    finally:
        if proc.poll() is None:
            proc.kill()
        out.close()
        err.close()
    stdout, stderr = (tmp_path / "serve.out").read_text(), (tmp_path / "serve.err").read_text()
    assert published >= 1, f"no published run after {PUBLISH_DEADLINE_S} s\n{stdout[-3000:]}\n{stderr[-3000:]}"
    assert "Prefect UI: http://127.0.0.1:" in stdout
    assert (wh / "_prefect" / "prefect.db").is_file()  # the server's database lives beside the tables
    assert code == 0, stderr[-3000:]
    assert "Traceback" not in stderr and "never awaited" not in stderr, stderr[-3000:]
    assert "stopped" in stdout
    servers = [k for k, cmd in seen.items() if "server start" in cmd]
    assert servers and not any(alive(k) for k in servers), "serve must stop its Prefect server before exiting"
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline and any(alive(k) for k in seen):
        time.sleep(0.5)
    left = [k for k in seen if alive(k)]
    assert not left, f"processes of serve still alive: {left}"
