"""Every query of docs/cookbook.md runs on a real run's warehouse: the DuckDB SQL and the polars answer of each
question return the expected columns, the same rows, and rows wherever the sample articles guarantee them."""
from __future__ import annotations

import math
import re
from datetime import datetime
from pathlib import Path

import duckdb
import polars as pl
import pytest

from flows.settings import PROJECT_ROOT
from tests.sample_news import sample_warehouse

COOKBOOK = PROJECT_ROOT / "docs" / "cookbook.md"
BLOCK = re.compile(r"^```(sql|python) cookbook ([a-z0-9-]+)\n(.*?)^```", re.M | re.S)
# query id -> (columns of the answer, whether the sample warehouse guarantees at least one row)
EXPECTED = {
    "top-entities": (["entity_id", "name", "label", "n_documents", "n_mentions"], True),
    "dyads-by-month": (["month", "source_country", "target_country", "quad_class", "n_mentions", "n_events"], True),
    "top-speakers": (["speaker_entity_id", "speaker", "n_quotes", "n_direct", "n_documents", "articles"], True),
    "quote-topics": (["speaker", "topic", "label", "n_mentions"], False),
    "stories": (["story_id", "n_articles", "n_sources", "first_published", "last_published", "doc_ids", "sources"],
                True),
    "boilerplate-by-source": (["source", "n_documents", "chars_raw", "chars_clean", "removed_share"], True),
    "boilerplate-rules": (["source", "rule", "n_lines"], True),
    "source-stats": (["source_name", "n_documents", "removed_share", "n_events", "events_per_1k_words"], True),
    "quality-over-time": (["run_id", "started_at", "status", "n_new_documents", "n_quarantined", "n_expectations",
                           "n_failed", "n_failed_critical"], True),
    "failing-expectations": (["table", "expectation", "severity", "n_runs_failed", "last_failed_run"], False),
    "events-once": (["event_type", "quad_class", "n_mentions", "n_events", "n_stories"], True),
    "event-reports": (["report_id", "event_type", "quad_class", "source_country", "target_country", "event_date",
                       "date_precision", "n_articles", "n_sources", "first_reported_at", "last_reported_at"], True),
    "events-near": (["event_id", "event_type", "quad_class", "event_date", "place", "km", "source_text",
                     "target_text"], True),
    "inputs-lineage": (["source_uri", "status", "reason", "doc_id", "title", "run_id"], True),
}


def cookbook_queries() -> dict[str, dict[str, str]]:
    """{query id: {"sql": text, "python": text}} from the marked fenced blocks of the cookbook."""
    queries: dict[str, dict[str, str]] = {}
    for lang, name, body in BLOCK.findall(COOKBOOK.read_text(encoding="utf-8")):
        assert lang not in queries.get(name, {}), f"two {lang} blocks named {name}"
        queries.setdefault(name, {})[lang] = body
    return queries


def _on(text: str, warehouse: Path) -> str:
    """The query pointed at `warehouse` instead of ./warehouse (the contract's globs are kept)."""
    return re.sub(r"""(['"])warehouse/""", lambda m: f"{m.group(1)}{warehouse.as_posix()}/", text)


def _value(v: object) -> object:
    if isinstance(v, float):
        return None if math.isnan(v) else round(v, 6)
    if isinstance(v, datetime):
        return v.isoformat()
    if isinstance(v, list):
        return [_value(x) for x in v]
    return v


def _rows(frame: pl.DataFrame) -> list[tuple]:
    return [tuple(_value(v) for v in row) for row in frame.rows()]


@pytest.fixture(scope="module")
def warehouse(prefect_harness, tmp_path_factory) -> Path:
    return sample_warehouse(tmp_path_factory)


def test_cookbook_answers_each_question_in_sql_and_polars():
    queries = cookbook_queries()
    assert set(queries) == set(EXPECTED), "docs/cookbook.md and EXPECTED name different queries"
    assert len(queries) >= 8
    for name, pair in queries.items():
        assert set(pair) == {"sql", "python"}, f"{name}: needs one SQL and one polars block"
        for text in pair.values():
            assert "'warehouse/" in text or '"warehouse/' in text, f"{name}: reads the contract's globs"


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_cookbook_query_runs_on_a_real_warehouse(warehouse, name):
    pair = cookbook_queries()[name]
    columns, has_rows = EXPECTED[name]
    with duckdb.connect() as con:
        con.execute("SET TimeZone = 'UTC'")
        from_sql = con.sql(_on(pair["sql"], warehouse)).pl()
    scope: dict = {}
    exec(compile(_on(pair["python"], warehouse), f"cookbook:{name}", "exec"), scope)
    from_polars = scope["result"]
    assert isinstance(from_polars, pl.DataFrame)
    assert from_sql.columns == columns and from_polars.columns == columns
    assert _rows(from_sql) == _rows(from_polars), f"{name}: SQL and polars disagree"
    if has_rows:
        assert from_sql.height > 0, f"{name}: no rows on the sample warehouse"
    if name == "inputs-lineage":  # every input, the copy and the empty file included
        status = dict(zip(from_sql["source_uri"], from_sql["status"], strict=True))
        doc = dict(zip(from_sql["source_uri"], from_sql["doc_id"], strict=True))
        assert {k: status[k] for k in ("nile.txt", "nile_update.txt", "floods.txt", "empty.txt")} == {
            "nile.txt": "document", "nile_update.txt": "document", "floods.txt": "document",
            "empty.txt": "quarantined"}
        assert sorted([status["harbour.txt"], status["copies/harbour.txt"]]) == ["document", "duplicate"]
        assert doc["harbour.txt"] == doc["copies/harbour.txt"] is not None
    if name == "events-near":
        assert set(from_sql["place"]) == {"Rotterdam"}  # 57 km from Amsterdam; Cairo, Milan are far
