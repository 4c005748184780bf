"""Nothing of a run outlives it: SIGKILL to `newsmill run` mid-run, or to `newsmill serve`, leaves no process.

A real `newsmill run` over 150 BBC articles (read from ../shared at test time) is killed with SIGKILL once
it has started its helper processes (Prefect's API server, NLP workers). Every process that descended from
it just before the kill must be gone within 10 s: the run's watchdog (flows/watchdog.py) kills them. The
same for `newsmill serve` once its local Prefect server is up.
"""
import contextlib
import gzip
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from flows.watchdog import alive, descendants
from tests.conftest import SHARED

NEWSMILL = str(Path(sys.executable).with_name("newsmill"))
N_ARTICLES = 150
HELPERS_DEADLINE_S = 240


def _write_articles(raw: Path, n: int) -> None:
    raw.mkdir()
    with gzip.open(SHARED / "corpora" / "bbc.jsonl.gz", "rt", encoding="utf-8") as lines:
        for i, line in enumerate(lines):
            if i == n:
                break
            (raw / f"{i:04d}.txt").write_text(json.loads(line)["text"], encoding="utf-8")


def _cmdline(pid: int) -> str:
    with contextlib.suppress(OSError):
        return Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
    return ""


def _assert_all_gone(seen: dict[tuple[int, int], str], within: float = 10) -> None:
    deadline = time.monotonic() + within
    while time.monotonic() < deadline and any(alive(k) for k in seen):
        time.sleep(0.25)
    left = {k: c for k, c in seen.items() if alive(k)}
    for pid, _ in left:  # do not leak them into the rest of the test session
        with contextlib.suppress(OSError):
            os.kill(pid, signal.SIGKILL)
    assert not left, f"processes of the killed command still alive: {left}"


def test_sigkill_mid_run_leaves_no_process(tmp_path):
    raw, wh = tmp_path / "raw", tmp_path / "wh"
    _write_articles(raw, N_ARTICLES)
    env = {k: v for k, v in os.environ.items() if k != "PREFECT_API_URL"}
    env.update(NEWSMILL_N_PROCESS="2", PREFECT_HOME=str(tmp_path / "prefect_home"))
    log = (tmp_path / "run.log").open("w")
    proc = subprocess.Popen([NEWSMILL, "run", "--raw", str(raw), "--warehouse", str(wh)], env=env,
                            stdout=log, stderr=subprocess.STDOUT, cwd=tmp_path)
    try:
        # wait until the run has its watchdog, its API server and at least one more helper (NLP workers);
        # on a very busy machine, kill it at the deadline with what it has started by then
        deadline = time.monotonic() + HELPERS_DEADLINE_S
        seen: dict[tuple[int, int], str] = {}
        while time.monotonic() < deadline and proc.poll() is None:
            seen = {k: _cmdline(k[0]) for k in descendants([proc.pid])}
            has_server = any("uvicorn" in c or "server" in c for c in seen.values())
            if has_server and len(seen) >= 3:
                break
            time.sleep(0.5)
        assert proc.poll() is None, f"the run ended before it was killed:\n{(tmp_path / 'run.log').read_text()[-3000:]}"
        seen = {k: _cmdline(k[0]) for k in descendants([proc.pid])}
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
        log.close()
    assert any("flows.watchdog" in c for c in seen.values()), seen
    assert any("uvicorn" in c or "server" in c for c in seen.values()), seen
    _assert_all_gone(seen)


def test_sigkill_to_serve_leaves_no_server(tmp_path):
    raw, wh = tmp_path / "raw", tmp_path / "wh"
    raw.mkdir()
    env = {k: v for k, v in os.environ.items() if k != "PREFECT_API_URL"}
    env.update(PREFECT_HOME=str(tmp_path / "prefect_home"))
    proc = subprocess.Popen([NEWSMILL, "serve", "--cron", "0 0 1 1 *", "--raw", str(raw), "--warehouse", str(wh)],
                            env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=tmp_path)
    try:
        deadline = time.monotonic() + HELPERS_DEADLINE_S
        seen: dict[tuple[int, int], str] = {}
        while time.monotonic() < deadline and proc.poll() is None:
            seen = {k: _cmdline(k[0]) for k in descendants([proc.pid])}
            if any("server start" in c for c in seen.values()) and any("flows.watchdog" in c for c in seen.values()):
                break
            time.sleep(0.5)
        time.sleep(3)  # let the server get going (it is killed all the same while still starting)
        seen |= {k: _cmdline(k[0]) for k in descendants([proc.pid])}
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert any("server start" in c for c in seen.values()), seen
    _assert_all_gone(seen)
