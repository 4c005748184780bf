"""The warehouse tables: columns, types, keys and column docs, declared once.

Parquet schemas (`empty_frame`, `conform`), the data dictionary in `docs/` and the checks that the
expectation suites in `expectations/` only name real columns all come from `TABLES`.
"""
from __future__ import annotations

import json
from dataclasses import dataclass

import polars as pl
import pyarrow as pa

UTC_TS = pl.Datetime("us", "UTC")
STR = pl.String
INT = pl.Int64


@dataclass(frozen=True)
class Column:
    name: str
    dtype: pl.DataType
    doc: str
    nullable: bool = True  # False: never null (key columns; Arrow field `nullable=False`)


@dataclass(frozen=True)
class Table:
    name: str
    key: tuple[str, ...]
    columns: tuple[Column, ...]
    doc: str
    append_only: bool = True  # False: rewritten whole each run (corpus-level aggregates)

    @property
    def schema(self) -> dict[str, pl.DataType]:
        return {c.name: c.dtype for c in self.columns}


def _t(name: str, key: tuple[str, ...], doc: str, cols: list[tuple[str, pl.DataType, str]],
       append_only: bool = True, nullable_keys: tuple[str, ...] = ()) -> Table:
    """A table whose key columns are non-nullable, except those in `nullable_keys` (documented why)."""
    columns = tuple(Column(*c, nullable=c[0] not in key or c[0] in nullable_keys) for c in cols)
    return Table(name, key, columns, doc, append_only)


TABLES: dict[str, Table] = {t.name: t for t in [
    _t("documents", ("doc_id",), "One row per distinct article (by content hash of its decoded text).", [
        ("doc_id", STR, "sha256 (first 24 hex) of the decoded, normalised article text"),
        ("source_uri", STR, "path relative to the raw root (JSONL: `path#id` or `path#line`)"),
        ("source_name", STR, "publisher: sidecar `source`, else what the text says ((CNN), credit line)"),
        ("title", STR, "headline: sidecar `title`, else a headline-shaped first line"),
        ("published_at", UTC_TS, "publication time (sidecar `published_at`), UTC"),
        ("language", STR, "ISO 639-1 code (sidecar `language`, else detected)"),
        ("clean_text", STR, "article body with boilerplate lines removed; offsets point here"),
        ("n_chars_raw", INT, "characters of the decoded raw text"),
        ("n_chars_clean", INT, "characters of clean_text"),
        ("story_id", STR, "near-duplicate cluster; equals doc_id for a singleton"),
        ("run_id", STR, "run that published the row"),
        ("ingested_at", UTC_TS, "when the row was published"),
        ("pipeline_version", STR, "newsmill version that produced the row"),
        ("content_sha256", STR, "sha256 of the input bytes (JSONL: of the line)"),
        ("url", STR, "sidecar `url`"),
        ("author", STR, "sidecar `author`, else the byline found in the text"),
        ("byline", STR, "byline line(s) found in the raw text"),
        ("dateline", STR, "dateline opening the body, e.g. `(CNN)`, `LONDON (Reuters) -` or `ZURICH, March 3 -`"),
        ("captions", pl.List(STR), "photo captions and credits removed from the body"),
        ("encoding", STR, "encoding the raw bytes were decoded from"),
        ("nlp_status", STR, "`ok`, or why entity/event extraction was skipped (e.g. `skipped:language=de`)"),
    ]),
    _t("boilerplate", ("doc_id", "line_no"), "One row per raw line removed from an article.", [
        ("doc_id", STR, "document"),
        ("line_no", INT, "0-based line of the decoded raw text"),
        ("text", STR, "the removed line"),
        ("reason", STR, "rule or scorer that removed it, e.g. `rule:share`, `score:-2.3`"),
        ("run_id", STR, "run that published the row"),
    ]),
    _t("entity_mentions", ("mention_id",), "One row per entity mention in a cleaned article or its title.", [
        ("mention_id", STR, "stable id of (doc_id, field, start_char, end_char)"),
        ("doc_id", STR, "document"),
        ("entity_id", STR, "canonical entity (entities.entity_id)"),
        ("text", STR, "surface form: clean_text[start_char:end_char] (title for field=title)"),
        ("label", STR, "spaCy/OntoNotes label: PERSON, ORG, GPE, LOC, NORP, DATE, …"),
        ("field", STR, "`body` or `title`"),
        ("start_char", INT, "start offset into clean_text (or title)"),
        ("end_char", INT, "end offset (exclusive)"),
        ("sentence_index", INT, "0-based sentence of the field"),
        ("normalized", STR, "DATE: resolved ISO 8601/TimeML value (YYYY, YYYY-MM, YYYY-MM-DD, YYYY-Www, "
                            "YYYY-Qn, YY century), else null"),
        ("country_code", STR, "ISO 3166-1 alpha-3 for countries, nationalities and capitals"),
        ("entity_key", STR, "canonical key the entity_id is derived from (e.g. `COUNTRY:USA`, `PERSON:joe biden`)"),
        ("run_id", STR, "run that published the row"),
    ]),
    _t("entities", ("entity_id",), "One row per canonical named entity across the corpus (PERSON, ORG, GPE, "
       "LOC, NORP, FAC, EVENT, WORK_OF_ART, LAW, PRODUCT, LANGUAGE; numbers, dates and quantities stay in "
       "`entity_mentions`). Updated from each batch's new mentions (`transforms.canonical.merge_entities`).", [
        ("entity_id", STR, "stable id of (label, canonical key)"),
        ("name", STR, "canonical name: the most frequent surface form among those with the most words, "
                      "preferring one not in capitals only; a country's everyday name"),
        ("label", STR, "label"),
        ("aliases", pl.List(STR), "distinct surface forms seen"),
        ("country_code", STR, "ISO 3166-1 alpha-3: the most frequent of its mentions', where a town's mention "
                               "takes the country of its namesake that its own article names (\"Essex\" beside "
                               "\"British\" is England's, not Vermont's); else for a state or province (New York, "
                               "Ontario, \"Calif.\"), a capital, a city of 200,000 or more, or a town only one "
                               "country has, that country; null where the articles do not say which of several "
                               "namesakes they mean"),
        ("latitude", pl.Float64, "for places a packaged gazetteer knows, the point of the namesake in "
                                 "`country_code` (null for a state or province, and where the namesake is unknown)"),
        ("longitude", pl.Float64, "for places a packaged gazetteer knows"),
        ("n_mentions", INT, "mentions in the warehouse"),
        ("n_documents", INT, "documents mentioning it"),
        ("canonical_key", STR, "key the id is derived from: label family and normalised name, or COUNTRY:ISO3"),
        ("surface_counts", pl.List(pl.Struct({"text": STR, "label": STR, "country_code": STR, "n": INT})),
         "bookkeeping for incremental updates: mentions per (surface form, label, country_code); `name`, "
         "`label`, `aliases` and `country_code` are derived from it"),
    ], append_only=False),
    _t("events", ("event_id",), "One row per event mention (PLOVER).", [
        ("event_id", STR, "stable id"), ("doc_id", STR, "document"), ("story_id", STR, "story"),
        ("field", STR, "`body` or `title`"), ("sentence_index", INT, "sentence"),
        ("start_char", INT, "sentence start"), ("end_char", INT, "sentence end"), ("sentence", STR, "sentence text"),
        ("event_type", STR, "PLOVER category"), ("trigger", STR, "trigger word"),
        ("trigger_start", INT, "offset of the trigger in clean_text"),
        ("source_entity_id", STR, "source actor entity"), ("source_text", STR, "source actor text"),
        ("source_country", STR, "source actor country (alpha-3)"),
        ("target_entity_id", STR, "target actor entity"), ("target_text", STR, "target actor text"),
        ("target_country", STR, "target actor country (alpha-3)"),
        ("modality", STR, "`asserted`, `negated` or `hypothetical`"),
        ("event_date", pl.Date, "first day of the period date_value names (see date_precision); without a date "
                                "in the text, the article's publication day (date_source `published`)"),
        ("date_text", STR, "date expression"),
        ("date_value", STR, "resolved date as written in TimeML/ISO form (`1980`, `2021-12`, `2021-Q3`)"),
        ("location_entity_id", STR, "place entity"),
        ("confidence", pl.Float64, "0–1: the share of such rows blind judges called real events (trigger part of "
                                   "speech, source state, target kind; `transforms/data/event_confidence.csv`)"),
        ("same_event_id", STR, "one id for the copies of an event across a story's articles"),
        ("source_sector", STR, "source actor's role, CAMEO-style (GDELT Actor1Type): GOV, MIL, COP, JUD, LEG, "
                               "OPP, PTY, REB, IGO, NGO, BUS, MED, CVL, …; null if unknown"),
        ("target_sector", STR, "target actor's role, same codes as source_sector"),
        ("quad_class", STR, "PLOVER quad class of event_type: `verbal_cooperation`, `material_cooperation`, "
                            "`verbal_conflict` or `material_conflict`"),
        ("quad_class_code", pl.Int8, "quad_class as GDELT's QuadClass number: 1 verbal cooperation, "
                                     "2 material cooperation, 3 verbal conflict, 4 material conflict"),
        ("date_precision", STR, "precision of event_date: `day`, `week`, `month`, `quarter`, `half_year`, "
                                "`season`, `year`, `decade` or `century` (null when event_date is null)"),
        ("date_source", STR, "`text` (event_date resolved from the sentence) or `published` (no date in the "
                             "text: the article's publication day); null when neither is known"),
        ("run_id", STR, "run that published the row"),
    ]),
    _t("quotes", ("quote_id",), "One row per quotation with its speaker.", [
        ("quote_id", STR, "stable id"), ("doc_id", STR, "document"),
        ("speaker_entity_id", STR, "speaker entity"), ("speaker_text", STR, "speaker mention as written"),
        ("speaker_name", STR, "resolved speaker name (pronouns resolved to the nearest preceding person)"),
        ("quote_text", STR, "quoted content; for a split quotation (`\"A,\" she said, \"B.\"`) its parts joined "
                            "by a space, so it differs from clean_text[start_char:end_char]"),
        ("cue", STR, "cue verb"),
        ("start_char", INT, "start in clean_text (a split quotation: of its first part)"),
        ("end_char", INT, "end in clean_text (a split quotation: of its last part)"),
        ("kind", STR, "`direct` or `indirect`"), ("run_id", STR, "run that published the row"),
    ]),
    _t("quarantine", ("source_uri", "content_sha256"), "One row per input that could not be processed.", [
        ("source_uri", STR, "input"), ("content_sha256", STR, "sha256 of the bytes (null if unreadable)"),
        ("reason", STR, "empty, binary, undecodable, too_large, too_long, unreadable, malformed_sidecar, "
                        "malformed_jsonl, outside_raw (symlink leading out of raw/), not_a_regular_file (FIFO, "
                        "device, socket), bad_file_name, processing_error, critical_expectation (a row of this "
                        "input failed a critical expectation)"),
        ("detail", STR, "human-readable detail"), ("run_id", STR, "run"), ("detected_at", UTC_TS, "when"),
    ], nullable_keys=("content_sha256",)),
    _t("runs", ("run_id",), "One row per flow run.", [
        ("run_id", STR, "newsmill run id"), ("flow_run_id", STR, "Prefect flow run id"),
        ("started_at", UTC_TS, "start"), ("finished_at", UTC_TS, "end"),
        ("status", STR, "`published`, `nothing_new`, `rejected` (a critical expectation failed) or `failed` "
                        "(the run raised; see `error`)"),
        ("n_inputs", INT, "inputs discovered"), ("n_new_documents", INT, "documents published"),
        ("n_skipped", INT, "inputs already in the warehouse"), ("n_quarantined", INT, "inputs quarantined"),
        ("pipeline_version", STR, "newsmill version"),
        ("duration_s", pl.Float64, "wall-clock seconds from start to end"),
        ("n_mentions", INT, "entity mentions published"), ("n_events", INT, "events published"),
        ("n_quotes", INT, "quotes published"),
        ("n_expectations_failed", INT, "expectations that failed in the run (critical and warning)"),
        ("n_chunks", INT, "micro-batches the run processed"),
        ("n_deferred", INT, "inputs left for a later run (e.g. a chunk that was not committed)"),
        ("error", STR, "exception type and message when status is `failed`, else null"),
    ]),
    _t("inputs", ("source_uri", "content_sha256"), "Lineage: one row per input a run saw and processed — "
       "what it became. An input already recorded (same path and bytes) is skipped by later runs and not "
       "recorded again.", [
        ("source_uri", STR, "input: path relative to the raw root (JSONL: `path#id` or `path#line`)"),
        ("content_sha256", STR, "sha256 of the input bytes (JSONL: of the line); null if it was not read"),
        ("doc_id", STR, "document it became; for a duplicate, the document it duplicates; null if quarantined"),
        ("status", STR, "`document`, `duplicate` (same text as another input) or `quarantined`"),
        ("reason", STR, "quarantine reason (see `quarantine.reason`), null otherwise"),
        ("run_id", STR, "run that saw it"), ("seen_at", UTC_TS, "when the run saw it"),
        ("size_bytes", INT, "size of the input in bytes (JSONL: of the line)"),
        ("mtime", UTC_TS, "file modification time when seen (for a cheap unchanged check)"),
    ], nullable_keys=("content_sha256",)),
    _t("event_reports", ("report_id",), "One row per distinct asserted event: events of one story with the "
       "same type, source, target, date and date precision, counted once, with how many mentions, articles "
       "and sources report it (GDELT's NumMentions, NumArticles, NumSources). Updated from each batch's new "
       "events (`transforms.event_reports.merge_event_reports`).", [
        ("report_id", STR, "stable id of (story_id, event_type, source, target, event_date, date_precision)"),
        ("story_id", STR, "story"), ("event_type", STR, "PLOVER category"),
        ("quad_class", STR, "PLOVER quad class (see events.quad_class)"),
        ("source_entity_id", STR, "source actor entity"), ("source_country", STR, "source actor country"),
        ("target_entity_id", STR, "target actor entity"), ("target_country", STR, "target actor country"),
        ("event_date", pl.Date, "event date as the text gives it (null when only the publication day is known)"),
        ("date_precision", STR, "precision of event_date"),
        ("n_mentions", INT, "asserted event rows reporting it"),
        ("n_articles", INT, "distinct documents reporting it"),
        ("n_sources", INT, "distinct sources reporting it (`unknown` counts as one)"),
        ("first_reported_at", UTC_TS, "earliest publication time of a reporting article (null if none known)"),
        ("last_reported_at", UTC_TS, "latest publication time of a reporting article"),
        ("doc_ids", pl.List(STR), "reporting documents, sorted"),
        ("sources", pl.List(STR), "reporting sources (source_name, `unknown` when null), sorted"),
        ("example_event_id", STR, "one event row of it (the smallest event_id)"),
    ], append_only=False),
    _t("source_stats", ("run_id", "batch", "source_name"), "Per run, micro-batch and source: the new "
       "documents' size, boilerplate removed and event density (feeds the quality report's trends and "
       "per-source warnings). A run writes one row per source and batch, with the batch: sum over `batch` "
       "for a run's figures.", [
        ("run_id", STR, "run"),
        ("batch", STR, "the run's micro-batch: its batch id, else the smallest doc_id of its documents (a "
                       "document is in one batch only)"),
        ("source_name", STR, "documents.source_name, `unknown` when null"),
        ("n_documents", INT, "new documents"),
        ("n_chars_raw", INT, "characters of raw text"), ("n_chars_clean", INT, "characters of clean_text"),
        ("removed_share", pl.Float64, "share of raw characters removed as boilerplate: 1 - clean/raw"),
        ("n_words", INT, "words (whitespace-separated) of clean_text"),
        ("n_events", INT, "event rows of these documents"),
        ("events_per_1k_words", pl.Float64, "n_events per 1,000 words (null when no words)"),
    ]),
    _t("line_stats", ("group", "line_hash"), "Internal: in how many documents of a site/source each short "
       "line occurs (corpus evidence for boilerplate; rebuilt each run).", [
        ("group", STR, "site host or source name"), ("line_hash", STR, "fingerprint of the normalised line"),
        ("n_docs", INT, "documents carrying the line"),
    ], append_only=False),
    _t("dq_results", ("run_id", "table", "expectation"), "One row per expectation evaluated in a run.", [
        ("run_id", STR, "run"), ("table", STR, "table validated"),
        ("expectation", STR, "expectation type and column(s)"), ("severity", STR, "`critical` or `warning`"),
        ("success", pl.Boolean, "passed"), ("unexpected_count", INT, "failing rows, if any"),
        ("observed", STR, "observed value or summary"),
    ]),
]}


def empty_frame(table: str) -> pl.DataFrame:
    """An empty frame with the table's schema."""
    return pl.DataFrame(schema=TABLES[table].schema)


def conform(table: str, df: pl.DataFrame) -> pl.DataFrame:
    """Cast `df` to the table's schema: declared columns in order, missing ones null, extras dropped."""
    spec = TABLES[table]
    if df.height == 0:
        return empty_frame(table)
    exprs = []
    for col in spec.columns:
        if col.name in df.columns:
            exprs.append(pl.col(col.name).cast(col.dtype))
        else:
            exprs.append(pl.lit(None, dtype=col.dtype).alias(col.name))
    return df.select(exprs)


def sort_by_key(table: str, df: pl.DataFrame) -> pl.DataFrame:
    """Rows in key order (nulls last), the order files are written in."""
    return df.sort(list(TABLES[table].key), nulls_last=True, maintain_order=True)


def arrow_schema(table: str, nullable: frozenset[str] = frozenset()) -> pa.Schema:
    """The table's Arrow schema: each field's `description` metadata, key columns non-nullable (except those
    named in `nullable`), and the table's doc and key as schema metadata."""
    spec = TABLES[table]
    arrow_types = empty_frame(table).to_arrow().schema
    fields = [pa.field(c.name, arrow_types.field(c.name).type, nullable=c.nullable or c.name in nullable,
                       metadata={b"description": c.doc.encode()}) for c in spec.columns]
    return pa.schema(fields, metadata={b"description": spec.doc.encode(), b"newsmill.table": table.encode(),
                                       b"newsmill.key": json.dumps(list(spec.key)).encode()})


def arrow_table(table: str, df: pl.DataFrame, strict: bool = True) -> pa.Table:
    """`df` conformed to the table, sorted by its key, as Arrow with the schema of `arrow_schema`.

    A null in a non-nullable column raises ValueError when `strict` (a published file must not hold one);
    otherwise (a rejected batch kept for inspection) that column is written nullable.
    """
    spec = TABLES[table]
    frame = sort_by_key(table, conform(table, df))
    nulls = [c.name for c in spec.columns if not c.nullable and frame[c.name].null_count()]
    if nulls and strict:
        raise ValueError(f"{table}: null values in non-nullable column(s) {', '.join(nulls)}")
    schema = arrow_schema(table, frozenset(nulls))
    data = frame.to_arrow()
    return pa.Table.from_arrays([data.column(f.name).cast(f.type) for f in schema], schema=schema)


def data_dictionary() -> str:
    """The tables as Markdown (for docs/warehouse.md)."""
    out = []
    for t in TABLES.values():
        out.append(f"### `{t.name}`\n\n{t.doc} Key: {', '.join(f'`{k}`' for k in t.key)}.\n")
        out.append("| column | type | meaning |\n|---|---|---|")
        out.extend(f"| `{c.name}` | {c.dtype}{'' if c.nullable else ', not null'} | {c.doc} |" for c in t.columns)
        out.append("")
    return "\n".join(out)


def with_constants(df: pl.DataFrame, **values: object) -> pl.DataFrame:
    """Add constant columns (e.g. `run_id`) without turning an empty frame into a one-row frame."""
    return df.with_columns([pl.Series(k, [v] * df.height) for k, v in values.items()])
