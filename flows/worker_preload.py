"""Imported by multiprocessing's fork server before it forks any worker: spaCy, the model named in
`NEWSMILL_PRELOAD_MODEL` and the extraction's lookup tables are loaded here once, and every worker forked
afterwards starts with them (see `flows.worker.worker_context`).

The fork server first lowers its priority by `NEWSMILL_WORKER_NICE` (default 5, 0 to keep it), and the workers
inherit it: the command's own work (start-up, validation, commits) and Prefect's API server, which the workers
wait for, go first, and the workers take every cycle left. On a machine with spare cores this changes nothing.

A failure is left to the workers: each one's own `warm_up` loads the model again and reports a clear error.
"""
from __future__ import annotations

import contextlib
import os

from flows.worker import PRELOAD_VAR, warm_up

NICE_VAR = "NEWSMILL_WORKER_NICE"

with contextlib.suppress(ValueError, OSError):
    os.nice(max(0, int(os.environ.get(NICE_VAR, "").strip() or 5)))

_model = os.environ.get(PRELOAD_VAR)
if _model:
    with contextlib.suppress(Exception):
        warm_up(_model)
