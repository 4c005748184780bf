"""Nothing of a run outlives it: a watchdog process that kills a command's leftover processes when it dies.

`newsmill run` and `newsmill serve` call `start_watchdog()` first. It starts `python -m flows.watchdog PID
START` in its own session (so a signal to the command's process group does not reach it). The watchdog
polls the command every second, remembering its descendants (Prefect's API server, spaCy and
multiprocessing workers, a local Dask cluster, flow-run processes of `serve`) by walking the `ppid` links
in /proc. When the command is gone (exited, crashed or killed with SIGKILL), it sends SIGTERM to every
remembered process still alive (and their own children), SIGKILL to those left after a grace period, and
exits. Processes are identified by pid and start time, so a reused pid is never signalled. Linux only
(elsewhere `start_watchdog` does nothing).

Polling alone misses a process started in the last second before the command died (orphaned at once,
it no longer descends from the command). So the command also carries a run token in its environment
(`NEWSMILL_RUN_TOKENS`, inherited by every process it starts, however deep); when the command is gone, the
watchdog also kills every process of the same user whose initial environment holds that token.
"""
from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterable
from pathlib import Path

PROC = Path("/proc")
POLL_SECONDS = 1.0  # the process table costs ~1 s of CPU a minute at 0.5 s; late starters are found by token
GRACE_SECONDS = 3.0

TOKENS_VAR = "NEWSMILL_RUN_TOKENS"  # colon-separated: a run started by another run carries both tokens

ProcKey = tuple[int, int]  # (pid, start time in clock ticks since boot)


def _stat(pid: int) -> tuple[str, int, int] | None:
    """(state, ppid, start time) of a process from /proc/PID/stat, or None if it is gone."""
    try:
        raw = (PROC / str(pid) / "stat").read_bytes().decode("ascii", "replace")
    except OSError:
        return None
    fields = raw[raw.rfind(")") + 2:].split()  # the command name may hold spaces and parentheses
    try:
        return fields[0], int(fields[1]), int(fields[19])
    except (IndexError, ValueError):
        return None


def start_time(pid: int) -> int | None:
    """The process's start time (clock ticks since boot), or None if it is gone."""
    stat = _stat(pid)
    return stat[2] if stat else None


def alive(key: ProcKey) -> bool:
    """True while the process runs (a zombie, or another process with a reused pid, counts as gone)."""
    stat = _stat(key[0])
    return stat is not None and stat[0] not in ("Z", "X") and stat[2] == key[1]


def process_table() -> dict[int, tuple[int, int]]:
    """pid -> (ppid, start time) for every live process."""
    table = {}
    for entry in PROC.iterdir():
        if entry.name.isdigit():
            stat = _stat(int(entry.name))
            if stat and stat[0] not in ("Z", "X"):
                table[int(entry.name)] = (stat[1], stat[2])
    return table


def descendants(roots: Iterable[int], table: dict[int, tuple[int, int]] | None = None) -> set[ProcKey]:
    """Every live process whose parent chain leads to one of `roots` (the roots excluded)."""
    table = process_table() if table is None else table
    children: dict[int, list[int]] = {}
    for pid, (ppid, _) in table.items():
        children.setdefault(ppid, []).append(pid)
    found: set[ProcKey] = set()
    todo = list(roots)
    while todo:
        for child in children.get(todo.pop(), []):
            key = (child, table[child][1])
            if key not in found:
                found.add(key)
                todo.append(child)
    return found


def carrying_token(token: str, table: dict[int, tuple[int, int]] | None = None) -> set[ProcKey]:
    """Every live process whose initial environment lists `token` in NEWSMILL_RUN_TOKENS."""
    table = process_table() if table is None else table
    found: set[ProcKey] = set()
    for pid, (_, started) in table.items():
        try:
            environ = (PROC / str(pid) / "environ").read_bytes()
        except OSError:  # gone, or another user's process
            continue
        for entry in environ.split(b"\0"):
            if entry.startswith(TOKENS_VAR.encode() + b"="):
                if token in entry.split(b"=", 1)[1].decode("ascii", "replace").split(":"):
                    found.add((pid, started))
                break
    return found


def run_token(key: ProcKey) -> str:
    """The token a command with this (pid, start time) puts in its environment."""
    return f"{key[0]}-{key[1]}"


def _signal_all(keys: Iterable[ProcKey], sig: int) -> None:
    for key in keys:
        if alive(key):
            with contextlib.suppress(ProcessLookupError, PermissionError):
                os.kill(key[0], sig)


def kill_tree(recorded: set[ProcKey], grace: float = GRACE_SECONDS) -> set[ProcKey]:
    """SIGTERM the recorded processes still alive and their descendants, then SIGKILL what is left."""
    me = os.getpid()
    live = {k for k in recorded if alive(k) and k[0] != me}
    targets = live | {k for k in descendants([pid for pid, _ in live]) if k[0] != me}
    _signal_all(targets, signal.SIGTERM)
    deadline = time.monotonic() + grace
    while time.monotonic() < deadline and any(alive(k) for k in targets):
        time.sleep(0.1)
    # children started while the others were stopping are caught too
    targets |= {k for k in descendants([k[0] for k in targets if alive(k)]) if k[0] != me}
    _signal_all(targets, signal.SIGKILL)
    return targets


def watch(parent: ProcKey, poll: float = POLL_SECONDS, grace: float = GRACE_SECONDS) -> int:
    """Remember `parent`'s descendants while it lives; when it is gone, kill those left. Returns how many."""
    me = os.getpid()
    recorded: set[ProcKey] = set()
    while alive(parent):
        current = {k for k in descendants([parent[0]]) if k[0] != me}
        recorded = {k for k in recorded if alive(k)} | current
        time.sleep(poll)
    recorded |= {k for k in carrying_token(run_token(parent)) if k[0] != me}
    return len(kill_tree(recorded, grace))


def start_watchdog() -> subprocess.Popen | None:
    """Start the watchdog of the current process (call once, early, from the command line's main)."""
    if not PROC.is_dir() or os.environ.get("NEWSMILL_WATCHDOG") == "0":
        return None
    me = os.getpid()
    started = start_time(me)
    if started is None:
        return None
    inherited = [t for t in os.environ.get(TOKENS_VAR, "").split(":") if t]
    os.environ[TOKENS_VAR] = ":".join([*inherited, run_token((me, started))])  # before any child starts
    return subprocess.Popen([sys.executable, "-m", "flows.watchdog", str(me), str(started)],
                            stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                            start_new_session=True, close_fds=True,
                            cwd=str(Path(__file__).resolve().parent.parent))


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C in the terminal is for the command, not for us
    signal.signal(signal.SIGHUP, signal.SIG_IGN)
    watch((int(args[0]), int(args[1])))
    return 0


if __name__ == "__main__":
    sys.exit(main())
