"""The watchdog kills what a killed command started, even a process orphaned before the watchdog saw it.

A command that calls `start_watchdog()` starts a helper through an intermediate process that exits at once
(so the helper never descends from the command when the watchdog polls), then is killed with SIGKILL. The
helper carries the command's run token in its environment, and the watchdog must kill it.
"""
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from flows.watchdog import TOKENS_VAR, alive, descendants, start_time

ROOT = Path(__file__).resolve().parent.parent

COMMAND = """
import os, subprocess, sys, time
from flows.watchdog import start_watchdog
start_watchdog()
# an intermediate process starts the helper in its own session and exits: the helper is orphaned at once
subprocess.run([sys.executable, "-c",
    "import subprocess, sys; p = subprocess.Popen([sys.executable, '-c', 'import time; time.sleep(120)'],"
    " start_new_session=True); open(sys.argv[1], 'w').write(str(p.pid))", sys.argv[1]], check=True)
print(os.environ["NEWSMILL_RUN_TOKENS"], flush=True)
time.sleep(120)
"""


def _wait_for(path: Path, timeout: float = 60) -> str:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if path.exists() and path.read_text():
            return path.read_text()
        time.sleep(0.1)
    raise AssertionError(f"{path} never written")


def test_orphaned_helper_of_a_killed_command_is_killed(tmp_path):
    pid_file = tmp_path / "helper.pid"
    env = {k: v for k, v in os.environ.items() if k not in (TOKENS_VAR, "NEWSMILL_WATCHDOG")}
    command = subprocess.Popen([sys.executable, "-c", COMMAND, str(pid_file)], cwd=ROOT, env=env,
                               stdout=subprocess.PIPE, text=True)
    helper = int(_wait_for(pid_file))
    helper_key = (helper, start_time(helper))
    try:
        token = command.stdout.readline().strip()
        assert token == f"{command.pid}-{start_time(command.pid)}"
        assert helper_key not in descendants([command.pid])  # orphaned: polling alone would miss it
        command.send_signal(signal.SIGKILL)
        command.wait(timeout=30)
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline and alive(helper_key):
            time.sleep(0.2)
        assert not alive(helper_key), "the orphaned helper outlived the killed command"
    finally:
        if command.poll() is None:
            command.kill()
        if alive(helper_key):
            os.kill(helper, signal.SIGKILL)
