"""Imported by multiprocessing's fork server before it forks any worker: spaCy, the model named in
`NEWSMILL_PRELOAD_MODEL` and the extraction's lookup tables are loaded here once, and every worker forked
afterwards starts with them (see `flows.worker.worker_context`).

A failure is left to the workers: each one's own `warm_up` loads the model again and reports a clear error.
"""
from __future__ import annotations

import contextlib
import os

from flows.worker import PRELOAD_VAR, warm_up

_model = os.environ.get(PRELOAD_VAR)
if _model:
    with contextlib.suppress(Exception):
        warm_up(_model)
