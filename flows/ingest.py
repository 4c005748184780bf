"""The ingest flow: raw articles in, validated Parquet tables out, chunk by chunk (orchestration only).

A run holds the warehouse lock, recovers what a crash left, then streams the new inputs in chunks of
`NEWSMILL_CHUNK_DOCS`: each chunk is decoded and cleaned here, parsed and extracted in worker processes
(or on Dask workers), validated, and committed on its own, so memory stays flat and a kill loses at most the
chunks in flight. The next chunk is prepared while the workers parse the current one.
"""
from __future__ import annotations

import contextlib
import logging
import os
import time
import traceback
import uuid
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from itertools import islice
from pathlib import Path
from typing import Any

import polars as pl
from prefect import flow, get_run_logger
from prefect.runtime import flow_run

from flows import __version__
from flows.chunk_state import ChunkState, RunState
from flows.inputs import Candidate, Rejected, discover, load
from flows.nlp import analyse_part
from flows.progress import Progress, log_step
from flows.quality import Validator, gx_root
from flows.settings import Settings
from flows.warehouse import Warehouse, fault_point
from flows.worker import LocalPool, analyse_articles, take_pool, warm_up
from transforms.analysis import OUTPUTS
from transforms.articles import prepare_article
from transforms.canonical import merge_entities
from transforms.event_columns import add_event_columns
from transforms.event_reports import merge_event_reports
from transforms.events import mark_same_events
from transforms.mentions import link_surnames
from transforms.repeats import count_lines, merge_counts, repeats_for, source_group
from transforms.schema import conform, empty_frame, with_constants
from transforms.source_stats import source_stats

# below this many articles in a chunk, parsing in the flow's own process beats starting workers
MIN_ARTICLES_FOR_WORKERS = 40
ROW_TABLES = ("documents", "boilerplate", "entity_mentions", "events", "quotes")  # rows carry doc_id


@dataclass
class RunSummary:
    """What a run did, for the command line and the `runs` table."""

    run_id: str
    status: str = "running"
    n_inputs: int = 0
    n_new_documents: int = 0
    n_skipped: int = 0
    n_quarantined: int = 0
    n_mentions: int = 0
    n_events: int = 0
    n_quotes: int = 0
    n_chunks: int = 0
    n_deferred: int = 0
    expectations_passed: int = 0
    expectations_failed: int = 0
    critical_failures: list[str] = field(default_factory=list)
    quarantined_by_reason: dict[str, int] = field(default_factory=dict)
    warehouse: str = ""
    data_docs: str | None = None
    report: str | None = None
    rejected_at: str | None = None
    recovered: list[str] = field(default_factory=list)
    error: str | None = None
    duration_s: float = 0.0


def _logger() -> logging.Logger | logging.LoggerAdapter:
    try:
        return get_run_logger()
    except Exception:  # called outside a run (unit tests of tasks)
        return logging.getLogger("newsmill")


def new_run_id() -> str:
    """Sortable, unique run id: UTC time plus a random suffix."""
    return datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ") + "-" + uuid.uuid4().hex[:8]


# ---- steps ---------------------------------------------------------------------------------------------
def new_inputs(candidates: Iterable[Candidate], state: RunState, summary: RunSummary) -> Iterator[Candidate]:
    """The candidates the warehouse does not hold yet (by input and content hash); counts the rest."""
    for cand in candidates:
        summary.n_inputs += 1
        if getattr(cand, "deferred", False):
            summary.n_deferred += 1
            continue
        if state.seen(cand.source_uri, cand.content_sha256):
            summary.n_skipped += 1
            continue
        yield cand


def prepare_chunk(candidates: list[Candidate], state: RunState) -> ChunkState:
    """Decode, quarantine bad inputs, strip boilerplate with corpus evidence, and assign stories.

    Plain functions, not Prefect tasks: they update the run's in-memory state, which task parameters
    would copy. Their durations and counts go to the run page as step log lines.
    """
    chunk = ChunkState()
    now = datetime.now(UTC)
    state.load_corpus_tables()
    articles = []
    for cand in candidates:
        original = state.doc_of_content(cand.content_sha256)
        if original:  # same bytes under another name
            chunk.duplicate(cand.source_uri, cand.content_sha256, original)
            continue
        try:
            item = load(cand)
        except Exception as exc:  # a reader bug on one input must not stop the batch
            item = Rejected(cand.source_uri, cand.content_sha256, "processing_error", _error(exc))
        if isinstance(item, Rejected):
            chunk.quarantine(item.source_uri, item.content_sha256, item.reason, item.detail, now)
            continue
        group = source_group(_text_or_none(item.meta.get("url")), _text_or_none(item.meta.get("source")))
        articles.append((item, group, item.text.split("\n")))
    chunk.line_counts = count_lines((g, lines) for _, g, lines in articles)
    state.line_stats = merge_counts(state.line_stats, chunk.line_counts)  # evidence incl. chunks in flight
    counts = {(r[0], r[1]): r[2] for r in state.line_stats.iter_rows()}
    for item, group, lines in articles:
        try:
            row, dropped = prepare_article(item.text, item.meta, item.source_uri, item.content_sha256,
                                           item.encoding, repeats_for(group, lines, counts))
        except Exception as exc:  # a bug on one article must not stop the batch
            chunk.quarantine(item.source_uri, item.content_sha256, "processing_error", _error(exc), now)
            continue
        if state.has_document(row["doc_id"]) or row["doc_id"] in chunk.doc_uri:
            # same text after decoding (e.g. another encoding of one article), here or in an earlier chunk
            chunk.duplicate(item.source_uri, item.content_sha256, row["doc_id"])
            continue
        chunk.add_document(row, dropped)
    stories = state.stories().assign((d["doc_id"], d["clean_text"]) for d in chunk.documents)
    for d in chunk.documents:
        d["story_id"] = stories[d["doc_id"]]
    chunk.in_flight = [{"doc_id": d["doc_id"], "content_sha256": d["content_sha256"]} for d in chunk.documents]
    state.pending(chunk.in_flight)
    chunk.describe_inputs({c.source_uri: _size_and_mtime(c) for c in candidates})
    return chunk


def _size_and_mtime(cand: Candidate) -> tuple[int | None, datetime | None]:
    """Size of the input's bytes and its file's modification time (for lineage)."""
    size = len(cand.payload) if cand.payload is not None else None
    try:
        mtime = datetime.fromtimestamp(os.lstat(cand.path).st_mtime, UTC)
    except (OSError, ValueError):
        mtime = None
    return size, mtime


def _text_or_none(value: Any) -> str | None:
    return value if isinstance(value, str) else None


def _error(exc: BaseException) -> str:
    return f"{type(exc).__name__}: {exc}"[:1000]


def load_model_on_dask_workers(address: str, model: str) -> None:
    """Load the spaCy model once on every Dask worker before the first part arrives."""
    from distributed import Client

    with Client(address, timeout="60s") as client:
        client.run(warm_up, model)


# Articles per call of a local worker: at a run's end one worker waits for the other's last part, so parts stay
# short (16 BBC articles parse in about two seconds); spaCy still batches their titles and bodies together.
LOCAL_PART_ARTICLES = 16


def _parts(articles: list[dict], n_workers: int, max_size: int | None = None) -> list[list[dict]]:
    """Split a chunk's articles into parts: a few per worker (at most `max_size` each), so workers stay busy
    and results stream."""
    size = max(8, -(-len(articles) // max(2 * n_workers, 1)))
    if max_size:
        size = min(size, max(8, max_size))
    return [articles[i:i + size] for i in range(0, len(articles), size)]


class Analyser:
    """Runs `analyse_articles` where the model is: Dask workers (the Prefect task `analyse_part`), a local
    process pool (`flows.worker.LocalPool`, also with one process, so that this process prepares, validates
    and commits chunks while the worker parses), or this process for a small chunk when no pool runs yet."""

    def __init__(self, settings: Settings, stack: contextlib.ExitStack) -> None:
        self.settings = settings
        self.stack = stack
        self.runner = None
        self.pool = None if settings.dask_address else take_pool(settings.spacy_model, settings.n_process)
        if self.pool is not None:  # started by the command before Prefect was imported
            stack.callback(self.pool.close)

    def _dask_runner(self):
        if self.runner is None:
            from prefect_dask import DaskTaskRunner

            self.runner = self.stack.enter_context(DaskTaskRunner(address=self.settings.dask_address))
            load_model_on_dask_workers(self.settings.dask_address, self.settings.spacy_model)
        return self.runner

    def _pool(self) -> LocalPool:
        if self.pool is None:
            self.pool = LocalPool(self.settings.spacy_model, self.settings.n_process)
            self.stack.callback(self.pool.close)
        return self.pool

    def submit(self, articles: list[dict]) -> list[Any]:
        """Start the analysis of a chunk's articles; returns handles for `results`."""
        s = self.settings
        extract = sorted(s.extract)
        if s.dask_address:
            params = {"model": s.spacy_model, "extract": extract, "batch_size": s.batch_size}
            return [self._dask_runner().submit(analyse_part, parameters={"articles": part, **params})
                    for part in _parts(articles, 4)]
        if self.pool is None and len(articles) < MIN_ARTICLES_FOR_WORKERS:
            return [("local", part) for part in _parts(articles, 1)]
        pool = self._pool()
        return [pool.submit(part, extract, s.batch_size)
                for part in _parts(articles, s.n_process, LOCAL_PART_ARTICLES)]

    def results(self, handles: list[Any]) -> Iterator[dict[str, Any]]:
        """Each part's rows, in order."""
        s = self.settings
        for handle in handles:
            if isinstance(handle, tuple):
                yield analyse_articles(handle[1], s.spacy_model, sorted(s.extract), s.batch_size)
            else:
                yield handle.result()


def finish_chunk(chunk: ChunkState, parts: Iterable[dict[str, Any]], state: RunState, settings: Settings,
                 validator: Validator, run_id: str, batch_id: str, progress: Progress) -> dict[str, Any]:
    """Gather a chunk's rows, derive the corpus tables, validate, and commit it (or keep it aside)."""
    now = datetime.now(UTC)
    rows: dict[str, list[dict]] = {name: [] for name in OUTPUTS}
    for part in parts:
        for name in OUTPUTS:
            rows[name].extend(part[name])
        for doc_id, reason in part["failures"]:
            chunk.fail_document(doc_id, "processing_error", reason, now)
        progress.update(part["n_docs"], part["n_words"])
    failed = chunk.failed_doc_ids()
    rows = {name: [r for r in rs if r["doc_id"] not in failed] for name, rs in rows.items()}
    changed = link_surnames(rows["entity_mentions"], state.known_keys)
    for row in rows["events"]:
        for col in ("source_entity_id", "target_entity_id"):
            row[col] = changed.get(row[col], row[col])
    for row in rows["quotes"]:
        row["speaker_entity_id"] = changed.get(row["speaker_entity_id"], row["speaker_entity_id"])
    rows["events"] = mark_same_events(rows["events"])
    first_failures: list[dict] = []
    for attempt in range(2):
        tables = _chunk_tables(chunk, rows, state, run_id, now)
        outcome = _validate(validator, run_id, _changed_rows(tables, state.committed_line_stats))
        bad_docs = _docs_behind(outcome, tables)
        if not outcome["critical"] or attempt == 1 or not bad_docs or outcome["table_level"]:
            break
        first_failures = [r for r in outcome["rows"] if not r["success"]]
        for doc_id, why in bad_docs.items():  # quarantine the inputs whose rows fail, keep the rest
            chunk.fail_document(doc_id, "critical_expectation", why, now)
        rows = {name: [r for r in rs if r["doc_id"] not in bad_docs] for name, rs in rows.items()}
    failed_first = {(r["table"], r["expectation"]): r for r in first_failures}
    dq_rows = [failed_first.get((r["table"], r["expectation"]), r) for r in outcome["rows"]]
    result = {"tables": tables, "dq": dq_rows, "critical": outcome["critical"],
              "results": outcome["results"], "rejected_at": None}
    wh = state.target
    state.forget(chunk.in_flight)  # from here on, only what is published is known
    if outcome["critical"]:
        result["rejected_at"] = str(wh.reject(batch_id, tables, {"critical_failures": outcome["critical"],
                                                                  "results": outcome["results"]}))
        return result
    wh.stage(batch_id, tables)
    wh.publish(batch_id)
    state.committed(tables)
    return result


def _chunk_tables(chunk: ChunkState, rows: dict[str, list[dict]], state: RunState, run_id: str,
                  now: datetime) -> dict[str, pl.DataFrame]:
    documents = with_constants(_frame("documents", chunk.documents), run_id=run_id, ingested_at=now,
                               pipeline_version=__version__)
    mentions = _frame("entity_mentions", rows["entity_mentions"])
    events = add_event_columns(_frame("events", rows["events"]), documents)
    tables = {
        "documents": documents,
        "boilerplate": _frame("boilerplate", chunk.boilerplate),
        "entity_mentions": mentions,
        "events": conform("events", events),
        "quotes": _frame("quotes", rows["quotes"]),
        "quarantine": _frame("quarantine", chunk.quarantined),
        "inputs": with_constants(_frame("inputs", chunk.inputs), seen_at=now),
        "entities": merge_entities(state.entities, mentions),
        "event_reports": merge_event_reports(state.event_reports, events, documents),
        "line_stats": merge_counts(state.committed_line_stats, chunk.line_counts),  # only its own lines
        "source_stats": source_stats(documents, events),
    }
    return {name: conform(name, with_constants(df, run_id=run_id) if _has_run_id(name) else df)
            for name, df in tables.items()}


def _changed_rows(tables: dict[str, pl.DataFrame], committed_line_stats: pl.DataFrame) -> dict[str, pl.DataFrame]:
    """What to validate: the chunk's own rows, and only the rows of corpus-wide tables that it changed.

    Validating all of `entities` or `line_stats` after every chunk would cost more as the corpus grows.
    """
    out = dict(tables)
    touched_entities = tables["entity_mentions"]["entity_id"].implode()
    out["entities"] = tables["entities"].filter(pl.col("entity_id").is_in(touched_entities))
    touched_stories = tables["documents"]["story_id"].implode()
    out["event_reports"] = tables["event_reports"].filter(pl.col("story_id").is_in(touched_stories))
    out["line_stats"] = tables["line_stats"].join(committed_line_stats, on=["group", "line_hash", "n_docs"],
                                                  how="anti", nulls_equal=True)
    return out


def _has_run_id(table: str) -> bool:
    from transforms.schema import TABLES

    return "run_id" in TABLES[table].schema and table != "documents"


def _frame(table: str, rows: list[dict]) -> pl.DataFrame:
    return conform(table, pl.DataFrame(rows, infer_schema_length=None)) if rows else empty_frame(table)


def _validate(validator: Validator, run_id: str, tables: dict[str, pl.DataFrame]) -> dict[str, Any]:
    out: dict[str, Any] = {"rows": [], "critical": [], "results": {}, "table_level": [], "bad_rows": {}}
    for name, df in tables.items():
        if not (validator.expectations_dir / f"{name}.json").exists():
            continue
        v = validator.validate(run_id, name, df)
        out["rows"].extend(v.rows)
        out["critical"].extend(f"{name}: {c}" for c in v.critical_failures)
        out["results"][name] = v.result
        out["table_level"].extend(f"{name}: {c}" for c in v.table_level)
        if v.critical_rows:
            out["bad_rows"][name] = (v.critical_rows, "; ".join(v.critical_failures))
    return out


def _docs_behind(outcome: dict[str, Any], tables: dict[str, pl.DataFrame]) -> dict[str, str]:
    """{doc_id: why} for the rows that failed critical expectations, where a row names its document."""
    bad: dict[str, str] = {}
    for name, (positions, why) in outcome["bad_rows"].items():
        df = tables[name]
        if name in ROW_TABLES:
            ids = df["doc_id"].gather(sorted(p for p in positions if p < df.height)).to_list()
            bad.update({d: f"{name}: {why}"[:1000] for d in ids if d})
        else:
            return {}  # a corpus-level table: no document to blame, the chunk is kept aside
    return bad


def _merge_dq(runs_dq: dict[tuple[str, str], dict], rows: list[dict]) -> None:
    """One dq_results row per (table, expectation) for the whole run: failures and counts add up."""
    for r in rows:
        key = (r["table"], r["expectation"])
        if key not in runs_dq:
            runs_dq[key] = dict(r)
            continue
        acc = runs_dq[key]
        acc["success"] = acc["success"] and r["success"]
        if r["unexpected_count"] is not None:
            acc["unexpected_count"] = (acc["unexpected_count"] or 0) + r["unexpected_count"]
        if not r["success"]:
            acc["observed"] = r["observed"]


# ---- the flow ------------------------------------------------------------------------------------------
@flow(name="newsmill-ingest", log_prints=True)
def ingest(raw_dir: str | None = None, warehouse_dir: str | None = None, full_refresh: bool = False,
           expectations_dir: str | None = None, dask_address: str | None = None) -> RunSummary:
    """Ingest new raw articles into validated, atomically published warehouse tables."""
    settings = Settings.from_env(raw_dir=raw_dir, warehouse_dir=warehouse_dir, full_refresh=full_refresh,
                                 expectations_dir=Path(expectations_dir) if expectations_dir else None,
                                 dask_address=dask_address)
    log = _logger()
    started = datetime.now(UTC)
    clock = time.perf_counter()
    run_id = new_run_id()
    summary = RunSummary(run_id=run_id, warehouse=str(settings.warehouse_dir))
    wh = Warehouse(settings.warehouse_dir)
    log.info("run %s: raw %s -> warehouse %s%s", run_id, settings.raw_dir, settings.warehouse_dir,
             " (full refresh)" if full_refresh else "")
    with wh.lock(settings.lock_timeout_s, on_wait=log.warning):
        dq: dict[tuple[str, str], dict] = {}
        try:
            _run(settings, wh, summary, dq, log)
        except BaseException as exc:
            summary.status = "failed"
            summary.error = _error(exc)
            log.error("run %s failed: %s\n%s", run_id, summary.error, traceback.format_exc(limit=8))
            wh.discard(run_id)
            raise
        finally:
            summary.duration_s = round(time.perf_counter() - clock, 3)
            _record_run(wh, summary, started, dq, log)
            summary.report = _write_report(settings, log)
    return summary


def _run(settings: Settings, wh: Warehouse, summary: RunSummary, dq: dict, log) -> None:
    run_id = summary.run_id
    t = time.perf_counter()
    summary.recovered = wh.recover()
    log_step(log, run_id, "recover", time.perf_counter() - t, actions=len(summary.recovered))
    for line in summary.recovered:
        log.warning("recovered: %s", line)
    target = wh.for_refresh(run_id) if settings.full_refresh else wh
    if settings.full_refresh:
        target.begin_refresh()
        fault_point("refresh-begun")
    t = time.perf_counter()
    state = RunState.load(target)
    log_step(log, run_id, "load-state", time.perf_counter() - t, documents=len(state.doc_of_id),
             inputs_known=len(state.seen_inputs))
    estimate = estimate_inputs(settings.raw_dir)
    validator = Validator(settings.expectations_dir, gx_root(settings.warehouse_dir))
    reasons: Counter[str] = Counter()
    with contextlib.ExitStack() as stack:
        progress = stack.enter_context(Progress(total_texts=estimate, label="documents"))
        analyser = Analyser(settings, stack)
        candidates = new_inputs(discover(settings.raw_dir, settings.max_bytes), state, summary)
        pending = None
        for k, batch in enumerate(_batched(candidates, settings.chunk_docs), start=1):
            t = time.perf_counter()
            chunk = prepare_chunk(batch, state)
            articles = chunk.nlp_articles()
            handles = analyser.submit(articles)
            log_step(log, run_id, f"prepare-chunk-{k}", time.perf_counter() - t, inputs=len(batch),
                     documents=len(chunk.documents), duplicates=len(chunk.duplicates),
                     quarantined=dict(Counter(q["reason"] for q in chunk.quarantined)), parsing=len(articles))
            progress.update(len(batch) - len(articles), 0)
            fault_point(f"chunk-{k}-prepared")
            if pending:
                _finish(pending, state, settings, validator, summary, dq, reasons, progress, log)
            pending = (k, chunk, handles, analyser)
        if pending:
            _finish(pending, state, settings, validator, summary, dq, reasons, progress, log)
    summary.quarantined_by_reason = dict(reasons)
    if settings.full_refresh:
        target.finish_refresh()
        log.info("run %s: full refresh switched every data table to the new generation", run_id)
    if summary.status == "running":
        summary.status = "published" if summary.n_chunks else "nothing_new"
    if summary.n_chunks:
        t = time.perf_counter()
        summary.data_docs = _build_reports(validator, log)
        log_step(log, run_id, "report", time.perf_counter() - t)
    log_step(log, run_id, "done", 0.0, status=summary.status, inputs=summary.n_inputs,
             new_documents=summary.n_new_documents, skipped=summary.n_skipped, deferred=summary.n_deferred,
             quarantined=summary.quarantined_by_reason, mentions=summary.n_mentions, events=summary.n_events,
             quotes=summary.n_quotes, expectations_passed=summary.expectations_passed,
             expectations_failed=summary.expectations_failed)


def _finish(pending: tuple, state: RunState, settings: Settings, validator: Validator, summary: RunSummary,
            dq: dict, reasons: Counter, progress: Progress, log) -> None:
    k, chunk, handles, analyser = pending
    run_id = summary.run_id
    t = time.perf_counter()
    result = finish_chunk(chunk, analyser.results(handles), state, settings, validator, run_id,
                          f"{run_id}-{k:05d}", progress)
    tables = result["tables"]
    _merge_dq(dq, [{**r, "run_id": run_id} for r in result["dq"]])
    summary.expectations_passed = sum(r["success"] for r in dq.values())
    summary.expectations_failed = sum(not r["success"] for r in dq.values())
    summary.n_chunks += 1
    if result["rejected_at"]:
        summary.status = "rejected"
        summary.rejected_at = result["rejected_at"]
        summary.critical_failures.extend(result["critical"])
        log.error("run %s chunk %d kept aside (critical expectations failed: %s): %s", run_id, k,
                  "; ".join(result["critical"]), result["rejected_at"])
    else:
        summary.n_new_documents += tables["documents"].height
        summary.n_quarantined += tables["quarantine"].height
        summary.n_skipped += len(chunk.duplicates)
        summary.n_mentions += tables["entity_mentions"].height
        summary.n_events += tables["events"].height
        summary.n_quotes += tables["quotes"].height
        reasons.update(tables["quarantine"]["reason"].to_list())
    log_step(log, run_id, f"commit-chunk-{k}", time.perf_counter() - t,
             **{name: tables[name].height for name in ("documents", "entity_mentions", "events", "quotes",
                                                       "quarantine", "inputs")},
             critical_failed=len(result["critical"]))


def _batched(items: Iterable[Candidate], n: int) -> Iterator[list[Candidate]]:
    it = iter(items)
    while batch := list(islice(it, n)):
        yield batch


def estimate_inputs(raw_dir: Path) -> int:
    """How many inputs the raw folder holds (files and JSONL lines), cheaply, for progress and ETA."""
    n = 0
    for path in raw_dir.rglob("*"):
        with contextlib.suppress(OSError):
            if path.is_symlink() or not path.is_file():
                continue
            if path.suffix == ".txt":
                n += 1
            elif path.suffix == ".jsonl":
                with path.open("rb") as f:
                    n += sum(chunk.count(b"\n") for chunk in iter(lambda: f.read(1 << 20), b""))
    return n


def _build_reports(validator: Validator, log) -> str | None:
    """GX Data Docs pages of the run's validations; a failure here never fails the run."""
    try:
        index = validator.docs_index()
    except Exception as exc:
        log.warning("data docs not built: %s", _error(exc))
        index = None
    return str(index) if index else None


def _write_report(settings: Settings, log) -> str | None:
    """The self-contained quality page, after the run's own row is written; never fails the run."""
    try:
        from flows.report import write_report

        return str(write_report(settings.warehouse_dir))
    except Exception as exc:
        log.warning("quality report not written: %s", _error(exc))
        return None


def _record_run(wh: Warehouse, summary: RunSummary, started: datetime, dq: dict, log) -> None:
    """The run's `runs` row (and its dq_results), also when the run failed."""
    fault_point("before-run-row")
    try:
        summary.expectations_passed = sum(r["success"] for r in dq.values())
        summary.expectations_failed = sum(not r["success"] for r in dq.values())
        tables = {"runs": pl.DataFrame([{
            "run_id": summary.run_id, "flow_run_id": flow_run.get_id(), "started_at": started,
            "finished_at": datetime.now(UTC), "status": summary.status, "n_inputs": summary.n_inputs,
            "n_new_documents": summary.n_new_documents, "n_skipped": summary.n_skipped,
            "n_quarantined": summary.n_quarantined, "pipeline_version": __version__,
            "duration_s": summary.duration_s, "n_mentions": summary.n_mentions, "n_events": summary.n_events,
            "n_quotes": summary.n_quotes, "n_expectations_failed": summary.expectations_failed,
            "n_chunks": summary.n_chunks, "n_deferred": summary.n_deferred, "error": summary.error,
        }])}
        if dq:
            tables["dq_results"] = pl.DataFrame(list(dq.values()))
        wh.append(f"{summary.run_id}-run", tables)
    except Exception as exc:
        log.error("run %s: could not record the run: %s", summary.run_id, _error(exc))
