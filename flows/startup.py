"""Start-up of `newsmill run` overlapped with work: Prefect's temporary API server starts first.

Without a configured Prefect API, Prefect starts a temporary API server (a uvicorn subprocess) when the
flow is called, after the command has imported Prefect and the flow, and waits for it: tens of seconds of
start-up on a busy machine, one after the other. `early_api_server` starts the same server (the same
command and environment Prefect uses) before those imports and points `PREFECT_API_URL` at it, so the server
comes up while the command imports; `ApiServer.wait` is called just before the flow. When an API URL is
configured anywhere (environment, profile, `prefect.toml`, `.env`, `pyproject.toml`), nothing is started and
Prefect behaves as usual.
"""
from __future__ import annotations

import atexit
import contextlib
import os
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from importlib.util import find_spec
from pathlib import Path

API_URL_VAR = "PREFECT_API_URL"


def _api_url_configured() -> bool:
    """Whether a Prefect API URL may be set somewhere Prefect reads settings from (a cautious text check)."""
    if os.environ.get(API_URL_VAR) or os.environ.get("PREFECT_PROFILE"):
        return True
    home = Path(os.environ.get("PREFECT_HOME", Path.home() / ".prefect")).expanduser()
    files = [Path(os.environ.get("PREFECT_PROFILES_PATH", home / "profiles.toml")).expanduser(),
             Path("prefect.toml"), Path(".env"), Path("pyproject.toml")]
    for path in files:
        with contextlib.suppress(OSError, UnicodeDecodeError):
            text = path.read_text(encoding="utf-8").lower()
            if "api_url" in text or "[api]" in text or "api.url" in text or ("url" in text and "[tool.prefect" in text):
                return True
    return False


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class ApiServer:
    """A temporary Prefect API server in a subprocess, stopped when the command exits."""

    def __init__(self) -> None:
        self.port = _free_port()
        self.url = f"http://127.0.0.1:{self.port}/api"
        spec = find_spec("prefect")
        app_dir = Path(spec.origin).parent.parent if spec and spec.origin else None
        self.errors = tempfile.TemporaryFile()  # noqa: SIM115 (closed in stop); a file, not a pipe: a chatty server never blocks
        self.process = subprocess.Popen(
            [sys.executable, "-m", "uvicorn", *(["--app-dir", str(app_dir)] if app_dir else []), "--factory",
             "prefect.server.api.server:create_app", "--host", "127.0.0.1", "--port", str(self.port),
             "--log-level", "error", "--lifespan", "on"],
            env={**os.environ, "PREFECT_UI_ENABLED": "0", "PREFECT__SERVER_EPHEMERAL": "1",
                 "PREFECT__SERVER_FINAL": "1"},
            stdout=subprocess.DEVNULL, stderr=self.errors)
        atexit.register(self.stop)

    def wait(self, timeout_s: float) -> None:
        """Block until the server answers its health check; raises RuntimeError if it exits or times out."""
        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                self.errors.seek(0)
                err = self.errors.read().decode(errors="replace")[-2000:]
                raise RuntimeError(f"the temporary Prefect API server exited with code {self.process.returncode}: "
                                   f"{err}")
            with contextlib.suppress(urllib.error.URLError, OSError), \
                    urllib.request.urlopen(f"{self.url}/health", timeout=2) as response:
                if response.status == 200:
                    return
            time.sleep(0.1)
        raise RuntimeError(f"the temporary Prefect API server did not answer within {timeout_s:.0f} s")

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=5)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self.errors.close()


def early_api_server() -> ApiServer | None:
    """Start Prefect's temporary API server now and point `PREFECT_API_URL` at it (call before importing
    Prefect); None when an API is configured, then Prefect starts or uses its own as usual."""
    if "prefect" in sys.modules or _api_url_configured():  # too late to point Prefect elsewhere, or not ours
        return None
    server = ApiServer()
    os.environ[API_URL_VAR] = server.url
    return server


def startup_timeout_s() -> float:
    """Prefect's own limit for its temporary server to start (`PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS`)."""
    try:
        return float(os.environ.get("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", "") or 20)
    except ValueError:
        return 20.0
