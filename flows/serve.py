"""`newsmill serve`: scheduled runs of the ingest flow, with a local Prefect server when none is configured.

Prefect's temporary (ephemeral) API server does not run the scheduler service, so a deployment served
against it never gets a scheduled run. With `PREFECT_API_URL` unset, `serve_scheduled` therefore starts
`prefect server start` (API, UI and every service, scheduler included) as a child process bound to
127.0.0.1 on a free port, with its SQLite database in `<warehouse>/_prefect/prefect.db` (unless
`PREFECT_API_DATABASE_CONNECTION_URL` says otherwise) and its output in `<warehouse>/_prefect/server.log`.
It waits for `/api/health`, serves the deployment against it, and on Ctrl-C or SIGTERM stops the runner,
then the server, and returns 0. With `PREFECT_API_URL` set, that server is used and nothing is started.
"""
from __future__ import annotations

import asyncio
import contextlib
import os
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

DEPLOYMENT_NAME = "newsmill-scheduled"
STARTUP_TIMEOUT_S = 180.0
STOP_REQUESTED = threading.Event()  # set by Ctrl-C / SIGTERM while `serve` starts


class StopRequested(Exception):
    """Ctrl-C or SIGTERM arrived while `serve` was starting."""


def free_port(host: str = "127.0.0.1") -> int:
    """A TCP port nobody listens on right now."""
    with contextlib.closing(socket.socket(socket.AF_INET, socket.SOCK_STREAM)) as sock:
        sock.bind((host, 0))
        return int(sock.getsockname()[1])


def healthy(api_url: str, timeout: float = 2.0) -> bool:
    """True when the Prefect API at `api_url` answers `/health` with 200."""
    try:
        with urllib.request.urlopen(f"{api_url.rstrip('/')}/health", timeout=timeout) as response:
            return response.status == 200
    except (OSError, urllib.error.URLError, ValueError):
        return False


class LocalPrefectServer:
    """A `prefect server start` child process (API, UI, scheduler and other services) on 127.0.0.1."""

    def __init__(self, state_dir: Path, host: str = "127.0.0.1", port: int | None = None) -> None:
        self.state_dir = Path(state_dir)
        self.host = host
        self.port = port or free_port(host)
        self.process: subprocess.Popen | None = None

    @property
    def url(self) -> str:
        return f"http://{self.host}:{self.port}"

    @property
    def api_url(self) -> str:
        return f"{self.url}/api"

    @property
    def log_path(self) -> Path:
        return self.state_dir / "server.log"

    def environment(self) -> dict[str, str]:
        """The server's environment: ours, minus any API URL, plus its database, services and quiet logs."""
        env = {k: v for k, v in os.environ.items() if k not in ("PREFECT_API_URL", "PREFECT_API_KEY")}
        env.setdefault("PREFECT_API_DATABASE_CONNECTION_URL",
                       f"sqlite+aiosqlite:///{self.state_dir / 'prefect.db'}")
        env.update({
            "PREFECT_SERVER_SERVICES_SCHEDULER_ENABLED": "true",
            "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
            "PREFECT_SERVER_LOGGING_LEVEL": env.get("PREFECT_SERVER_LOGGING_LEVEL", "WARNING"),
            "PREFECT_SERVER_API_HOST": self.host,
            "PREFECT_SERVER_API_PORT": str(self.port),
        })
        return env

    def launch(self) -> None:
        """Start the server process without waiting for it (see `wait_healthy`)."""
        self.state_dir.mkdir(parents=True, exist_ok=True)
        with self.log_path.open("ab") as log:
            self.process = subprocess.Popen(
                [sys.executable, "-m", "prefect", "server", "start", "--host", self.host, "--port", str(self.port)],
                env=self.environment(), stdin=subprocess.DEVNULL, stdout=log, stderr=subprocess.STDOUT,
                cwd=str(self.state_dir), start_new_session=True)  # Ctrl-C reaches `serve` only, which stops us last

    def wait_healthy(self, timeout: float = STARTUP_TIMEOUT_S) -> str:
        """Wait until `/api/health` answers; returns the API URL. Raises RuntimeError if the server fails."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            check_stop()
            if self.process is None or self.process.poll() is not None:
                code = None if self.process is None else self.process.returncode
                raise RuntimeError(f"the local Prefect server exited with status {code}; "
                                   f"see {self.log_path}:\n{self.log_tail()}")
            if healthy(self.api_url):
                return self.api_url
            time.sleep(0.5)
        self.stop()
        raise RuntimeError(f"the local Prefect server did not become healthy in {timeout:.0f} s; see {self.log_path}")

    def start(self, timeout: float = STARTUP_TIMEOUT_S) -> str:
        """Start the server and wait until it is healthy; returns the API URL. Raises RuntimeError on failure."""
        self.launch()
        return self.wait_healthy(timeout)

    def log_tail(self, n: int = 15) -> str:
        try:
            return "\n".join(self.log_path.read_text(errors="replace").splitlines()[-n:])
        except OSError:
            return ""

    def stop(self, timeout: float = 15.0) -> None:
        """SIGTERM the server (uvicorn shuts down gracefully), SIGKILL it if it does not stop in time."""
        proc, self.process = self.process, None
        if proc is None or proc.poll() is not None:
            return
        proc.terminate()
        try:
            proc.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()

    def __enter__(self) -> LocalPrefectServer:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()


def ui_url(api_url: str) -> str:
    """The Prefect UI address of an API URL (`PREFECT_UI_URL` wins when set)."""
    return os.environ.get("PREFECT_UI_URL") or api_url.rstrip("/").removesuffix("/api")


@contextlib.contextmanager
def prefect_api(warehouse: Path) -> Iterator[LocalPrefectServer | None]:
    """Sets `PREFECT_API_URL` for the block: as configured, else a local server launched for the block.

    Yields the local server (still starting: call `wait_healthy`), or None when `PREFECT_API_URL` was set.
    """
    if os.environ.get("PREFECT_API_URL"):
        yield None
        return
    server = LocalPrefectServer(Path(warehouse) / "_prefect")
    print(f"starting a local Prefect server on {server.url} (database and log in {server.state_dir})",
          flush=True)
    os.environ["PREFECT_API_URL"] = server.api_url  # before Prefect is imported: its settings read it once
    try:
        server.launch()
        yield server
    finally:
        os.environ.pop("PREFECT_API_URL", None)
        server.stop()


def make_deployment(cron: str, raw: Path, warehouse: Path) -> Any:
    """The scheduled deployment of the ingest flow (absolute paths, importable entrypoint)."""
    from prefect.deployments.runner import EntrypointType

    from flows.ingest import ingest

    return ingest.to_deployment(name=DEPLOYMENT_NAME, cron=cron, entrypoint_type=EntrypointType.MODULE_PATH,
                                parameters={"raw_dir": str(Path(raw).resolve()),
                                            "warehouse_dir": str(Path(warehouse).resolve())})


async def _serve_until_stopped(deployment: Any) -> None:
    """Serve one deployment until SIGINT or SIGTERM, then stop the runner cleanly (no stray coroutine)."""
    from prefect.runner import Runner

    loop = asyncio.get_running_loop()
    stop = asyncio.Event()

    class _Runner(Runner):
        def handle_sigterm(self, *args: Any, **kwargs: Any) -> None:  # Runner.start installs this for SIGTERM
            loop.call_soon_threadsafe(stop.set)

    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, stop.set)
    if STOP_REQUESTED.is_set():
        return
    runner = _Runner(name="newsmill-serve", pause_on_shutdown=True, limit=1)  # one run at a time
    await runner.aadd_deployment(deployment)
    start = asyncio.create_task(runner.start(webserver=False))
    stopped = asyncio.create_task(stop.wait())
    done, _ = await asyncio.wait({start, stopped}, return_when=asyncio.FIRST_COMPLETED)
    if start in done:  # the runner ended on its own (an error): report it
        stopped.cancel()
        start.result()
        return
    if runner.started:
        await runner.astop()
    else:
        start.cancel()
    with contextlib.suppress(asyncio.CancelledError):
        await asyncio.wait_for(start, timeout=60)


def serve_scheduled(cron: str, raw: Path, warehouse: Path) -> int:
    """`newsmill serve`: serve the ingest deployment on `cron` until Ctrl-C/SIGTERM; returns the exit status."""
    from flows.watchdog import start_watchdog

    start_watchdog()
    quiet_stop_signals()
    os.environ.setdefault("PREFECT_RUNNER_POLL_FREQUENCY", "5")  # pick scheduled runs up within 5 s
    try:
        check_stop()
        with prefect_api(warehouse) as server:
            deployment = make_deployment(cron, raw, warehouse)  # imports the flow while the server starts
            check_stop()
            api_url = server.wait_healthy() if server else os.environ["PREFECT_API_URL"]
            from prefect.settings import PREFECT_API_URL, temporary_settings

            with temporary_settings(updates={PREFECT_API_URL: api_url}):
                print(f"serving {deployment.name} on cron {cron!r}: raw {Path(raw).resolve()} -> warehouse "
                      f"{Path(warehouse).resolve()}", flush=True)
                print(f"Prefect UI: {ui_url(api_url)}  (flow runs: {ui_url(api_url)}/runs)"
                      + ("  [server from PREFECT_API_URL]" if server is None else ""), flush=True)
                print("Ctrl-C or SIGTERM stops serving" + (" and the local server" if server else ""), flush=True)
                asyncio.run(_serve_until_stopped(deployment))
                quiet_stop_signals()  # a second Ctrl-C must not interrupt stopping the server
    except (KeyboardInterrupt, StopRequested):
        pass
    except RuntimeError as exc:
        print(f"newsmill serve: {exc}", file=sys.stderr)
        return 1
    print("stopped", flush=True)
    return 0


def _request_stop(signum: int, frame: Any) -> None:
    STOP_REQUESTED.set()


def quiet_stop_signals() -> None:
    """Until the runner is up, Ctrl-C and SIGTERM only note the request; `serve` stops at its next step.

    (Raising from a signal handler could land inside any import or library call and show as a traceback.)
    """
    signal.signal(signal.SIGTERM, _request_stop)
    signal.signal(signal.SIGINT, _request_stop)


def check_stop() -> None:
    """Raise `StopRequested` if Ctrl-C or SIGTERM arrived."""
    if STOP_REQUESTED.is_set():
        raise StopRequested
