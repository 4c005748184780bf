"""The ingest flow: raw articles in, validated Parquet tables out (orchestration only)."""
from __future__ import annotations

import logging
import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import polars as pl
from prefect import flow, get_run_logger, task
from prefect.runtime import flow_run

from flows import __version__
from flows.inputs import Candidate, RawArticle, Rejected, discover, load
from flows.nlp import load_model, pipe
from flows.quality import Validator, gx_root
from flows.settings import Settings
from flows.warehouse import Warehouse
from transforms.articles import prepare_article
from transforms.canonical import build_entities
from transforms.entities import ner_view
from transforms.events import event_rows, mark_same_events
from transforms.mentions import article_mentions, link_surnames
from transforms.quotes import quote_rows
from transforms.repeats import count_lines, merge_counts, repeats_for, source_group
from transforms.schema import TABLES, conform, empty_frame, with_constants
from transforms.stories import assign_stories


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
    expectations_passed: int = 0
    expectations_failed: int = 0
    critical_failures: list[str] = field(default_factory=list)
    warehouse: str = ""
    data_docs: str | None = None
    rejected_at: str | None = None
    recovered: list[str] = field(default_factory=list)


def _logger() -> logging.Logger | logging.LoggerAdapter:
    try:
        return get_run_logger()
    except Exception:  # called outside a run (unit tests of tasks)
        return logging.getLogger("newsmill")


@task(name="recover-warehouse")
def recover_warehouse(root: Path) -> list[str]:
    """Roll forward committed batches and drop uncommitted ones left by a crash."""
    return Warehouse(root).recover()


@task(name="discover-inputs")
def discover_inputs(settings: Settings) -> tuple[list[Candidate], int]:
    """Find inputs and drop those the warehouse already holds (by content hash). Returns (new, skipped)."""
    wh = Warehouse(settings.warehouse_dir)
    candidates = list(discover(settings.raw_dir, settings.max_bytes))
    if settings.full_refresh:
        return candidates, 0
    known = set(wh.read("documents", ["content_sha256"])["content_sha256"].to_list())
    quarantined = {(r["source_uri"], r["content_sha256"]) for r in
                   wh.read("quarantine", ["source_uri", "content_sha256"]).iter_rows(named=True)}
    new = [c for c in candidates
           if c.content_sha256 not in known and (c.source_uri, c.content_sha256) not in quarantined]
    return new, len(candidates) - len(new)


@task(name="decode-and-clean")
def decode_and_clean(candidates: list[Candidate], settings: Settings) -> tuple[pl.DataFrame, pl.DataFrame,
                                                                              pl.DataFrame, pl.DataFrame, int]:
    """Decode, quarantine bad inputs, strip boilerplate with corpus evidence.

    Returns documents, boilerplate, quarantine, the updated line_stats table and the number of duplicates.
    """
    wh = Warehouse(settings.warehouse_dir)
    existing = set() if settings.full_refresh else set(wh.read("documents", ["doc_id"])["doc_id"].to_list())
    now = datetime.now(UTC)
    bad: list[dict] = []
    articles: list[tuple[RawArticle, str | None, list[str]]] = []
    for cand in candidates:
        item = load(cand)
        if isinstance(item, Rejected):
            bad.append({"source_uri": item.source_uri, "content_sha256": item.content_sha256,
                        "reason": item.reason, "detail": item.detail, "detected_at": now})
        else:
            group = source_group(item.meta.get("url"), item.meta.get("source"))
            articles.append((item, group, item.text.split("\n")))
    old_stats = empty_frame("line_stats") if settings.full_refresh else wh.read("line_stats")
    stats = merge_counts(old_stats, count_lines((g, lines) for _, g, lines in articles))
    counts = {(r[0], r[1]): r[2] for r in stats.iter_rows()}
    docs, removed = [], []
    duplicates = 0
    for item, group, lines in articles:
        try:
            row, dropped = prepare_article(item.text, item.meta, item.source_uri, item.content_sha256,
                                           item.encoding, repeats_for(group, lines, counts))
        except Exception as exc:  # a bug on one article must not stop the batch
            bad.append({"source_uri": item.source_uri, "content_sha256": item.content_sha256,
                        "reason": "processing_error", "detail": f"{type(exc).__name__}: {exc}", "detected_at": now})
            continue
        if row["doc_id"] in existing:
            duplicates += 1
            continue
        existing.add(row["doc_id"])
        docs.append(row)
        removed.extend(dropped)
    return (_frame("documents", docs), _frame("boilerplate", removed), _frame("quarantine", bad),
            conform("line_stats", stats), duplicates)


def _frame(table: str, rows: list[dict]) -> pl.DataFrame:
    return conform(table, pl.DataFrame(rows, infer_schema_length=None)) if rows else empty_frame(table)


@task(name="assign-stories")
def assign_story_ids(documents: pl.DataFrame, settings: Settings) -> pl.DataFrame:
    """Near-duplicate clustering of the new documents against the warehouse: fills `story_id`."""
    if documents.is_empty():
        return documents
    existing = [] if settings.full_refresh else Warehouse(settings.warehouse_dir).read(
        "documents", ["doc_id", "story_id", "clean_text"]).iter_rows()
    stories = assign_stories(existing, documents.select("doc_id", "clean_text").iter_rows())
    return documents.with_columns(pl.col("doc_id").replace_strict(stories).alias("story_id"))


@task(name="extract")
def extract(documents: pl.DataFrame, settings: Settings) -> tuple[pl.DataFrame, pl.DataFrame, pl.DataFrame]:
    """One `nlp.pipe` stream over every body and title of the batch: entity mentions, events and quotes."""
    todo = documents.filter(pl.col("nlp_status") == "ok")
    if todo.is_empty():
        return empty_frame("entity_mentions"), empty_frame("events"), empty_frame("quotes")
    nlp = load_model(settings.spacy_model)
    meta = {r["doc_id"]: r for r in todo.select("doc_id", "clean_text", "title", "published_at", "story_id")
            .iter_rows(named=True)}
    texts = {d: {f: t for f, t in (("body", r["clean_text"]), ("title", r["title"])) if t} for d, r in meta.items()}
    items = [(ner_view(t), (d, f)) for d, fields in texts.items() for f, t in fields.items()]
    pending: dict[str, dict] = {}
    mentions: list[dict] = []
    events: list[dict] = []
    quotes: list[dict] = []
    for doc, (doc_id, fld) in pipe(nlp, items, len(items), settings.n_process, settings.batch_size):
        parts = pending.setdefault(doc_id, {})
        parts[fld] = doc
        if set(parts) != set(texts[doc_id]):
            continue
        docs = pending.pop(doc_id)
        published = meta[doc_id]["published_at"]
        rows = article_mentions(doc_id, docs, texts[doc_id], published=published.date() if published else None)
        mentions.extend(rows)
        if "body" in docs and "events" in settings.extract:
            events.extend(event_rows(doc_id, meta[doc_id]["story_id"], docs["body"], rows))
        if "body" in docs and "quotes" in settings.extract:
            quotes.extend(quote_rows(doc_id, docs["body"], rows))
    known = [] if settings.full_refresh else Warehouse(settings.warehouse_dir).read(
        "entities", ["canonical_key"])["canonical_key"].drop_nulls().to_list()
    changed = link_surnames(mentions, known)
    for row in events:
        for col in ("source_entity_id", "target_entity_id"):
            row[col] = changed.get(row[col], row[col])
    for row in quotes:
        row["speaker_entity_id"] = changed.get(row["speaker_entity_id"], row["speaker_entity_id"])
    return _frame("entity_mentions", mentions), _frame("events", mark_same_events(events)), _frame("quotes", quotes)


@task(name="build-entities")
def build_entities_table(new_mentions: pl.DataFrame, settings: Settings) -> pl.DataFrame:
    """The corpus-wide `entities` table from the warehouse's mentions plus this batch's."""
    cols = ["entity_id", "entity_key", "doc_id", "text", "label", "country_code"]
    old = (pl.DataFrame(schema={c: TABLES["entity_mentions"].schema[c] for c in cols}) if settings.full_refresh
           else Warehouse(settings.warehouse_dir).read("entity_mentions", cols))
    allm = pl.concat([old, new_mentions.select(cols)], how="vertical")
    return conform("entities", build_entities(allm))


@task(name="validate")
def validate_tables(run_id: str, tables: dict[str, pl.DataFrame], settings: Settings) -> tuple[list[dict],
                                                                                              list[str], dict]:
    """Validate every table of the batch with its GX suite. Returns dq rows, critical failures, results."""
    validator = Validator(settings.expectations_dir, gx_root(settings.warehouse_dir))
    rows, critical, results = [], [], {}
    for name, df in tables.items():
        outcome = validator.validate(run_id, name, df)
        rows.extend(outcome.rows)
        critical.extend(f"{name}: {c}" for c in outcome.critical_failures)
        results[name] = outcome.result
    return rows, critical, results


@task(name="build-data-docs")
def build_data_docs(settings: Settings) -> str | None:
    """(Re)build the GX Data Docs site; returns the index page path."""
    index = Validator(settings.expectations_dir, gx_root(settings.warehouse_dir)).docs_index()
    return str(index) if index else None


def new_run_id() -> str:
    """Sortable, unique run id: UTC time plus a random suffix."""
    return datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ") + "-" + uuid.uuid4().hex[:8]


@flow(name="newsmill-ingest", log_prints=True)
def ingest(raw_dir: str | None = None, warehouse_dir: str | None = None, full_refresh: bool = False,
           expectations_dir: str | None = None) -> RunSummary:
    """Ingest new raw articles into validated, atomically published warehouse tables."""
    base = Settings()
    settings = Settings(
        raw_dir=Path(raw_dir) if raw_dir else base.raw_dir,
        warehouse_dir=Path(warehouse_dir) if warehouse_dir else base.warehouse_dir,
        expectations_dir=Path(expectations_dir) if expectations_dir else base.expectations_dir,
        full_refresh=full_refresh,
    )
    log = _logger()
    started = datetime.now(UTC)
    run_id = new_run_id()
    wh = Warehouse(settings.warehouse_dir)
    summary = RunSummary(run_id=run_id, warehouse=str(settings.warehouse_dir))
    summary.recovered = recover_warehouse(settings.warehouse_dir)
    candidates, skipped = discover_inputs(settings)
    summary.n_inputs = len(candidates) + skipped
    documents, boilerplate, quarantine, line_stats, duplicates = decode_and_clean(candidates, settings)
    summary.n_skipped = skipped + duplicates
    summary.n_quarantined = quarantine.height
    now = datetime.now(UTC)
    if documents.is_empty() and quarantine.is_empty() and not settings.full_refresh:
        summary.status = "nothing_new"
        log.info("nothing new: %d inputs already in the warehouse", skipped)
    else:
        documents = assign_story_ids(documents, settings)
        mentions, events, quotes = extract(documents, settings)
        summary.n_mentions = mentions.height
        summary.n_events = events.height
        summary.n_quotes = quotes.height
        entities = build_entities_table(mentions, settings)
        documents = with_constants(documents, run_id=run_id, ingested_at=now, pipeline_version=__version__)
        tables = {
            "documents": documents,
            "boilerplate": with_constants(boilerplate, run_id=run_id),
            "entity_mentions": with_constants(mentions, run_id=run_id),
            "events": with_constants(events, run_id=run_id),
            "quotes": with_constants(quotes, run_id=run_id),
            "entities": entities,
            "quarantine": with_constants(quarantine, run_id=run_id),
            "line_stats": line_stats,
        }
        tables = {k: conform(k, v) for k, v in tables.items()}
        dq_rows, critical, results = validate_tables(run_id, tables, settings)
        summary.expectations_passed = sum(r["success"] for r in dq_rows)
        summary.expectations_failed = sum(not r["success"] for r in dq_rows)
        summary.critical_failures = critical
        dq = conform("dq_results", pl.DataFrame(dq_rows))
        if critical:
            summary.status = "rejected"
            summary.rejected_at = str(wh.reject(run_id, tables, {"critical_failures": critical, "results": results}))
            wh.append(run_id, {"dq_results": dq})
            log.error("batch rejected: %s", "; ".join(critical))
        else:
            wh.stage(run_id, tables | {"dq_results": dq}, full_refresh=settings.full_refresh)
            wh.publish(run_id)
            summary.status = "published"
            summary.n_new_documents = documents.height
        summary.data_docs = build_data_docs(settings)
    wh.append(run_id, {"runs": pl.DataFrame([{
        "run_id": run_id, "flow_run_id": flow_run.get_id(), "started_at": started,
        "finished_at": datetime.now(UTC), "status": summary.status, "n_inputs": summary.n_inputs,
        "n_new_documents": summary.n_new_documents, "n_skipped": summary.n_skipped,
        "n_quarantined": summary.n_quarantined, "pipeline_version": __version__,
    }])})
    return summary
