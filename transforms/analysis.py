"""Everything extracted from one parsed article: entity mentions, events and quotes (pure).

This is the per-article work that runs where the model runs (a worker process or a Dask worker), so it
parallelises with parsing; the flow only gathers the rows.
"""
from __future__ import annotations

import inspect
import sys
from collections.abc import Collection
from datetime import date

from spacy.tokens import Doc

from transforms.events import event_rows
from transforms.mentions import article_mentions
from transforms.quotes import quote_rows

OUTPUTS = ("entity_mentions", "events", "quotes")


def analyse_article(doc_id: str, story_id: str, docs: dict[str, Doc], texts: dict[str, str],
                    published: date | None, extract: Collection[str]) -> dict[str, list[dict]]:
    """Rows of one article's fields (`body`, `title`) for each output table.

    `docs` are the parsed fields (their text may be a re-cased copy of `texts`, same length); `extract` says
    which of `events` and `quotes` to produce besides entity mentions.
    """
    mentions = article_mentions(doc_id, docs, texts, published=published)
    out: dict[str, list[dict]] = {"entity_mentions": mentions, "events": [], "quotes": []}
    body = docs.get("body")
    if body is not None and "events" in extract:
        out["events"] = event_rows(doc_id, story_id, body, mentions, published=published)
    if body is not None and "quotes" in extract:
        out["quotes"] = quote_rows(doc_id, body, mentions)
    return out


def preload() -> None:
    """Build the lookup tables the extraction reads (every zero-argument cached loader of a loaded
    `transforms` module: actor dictionaries, gazetteers, lexicons), so the first article does not pay for them."""
    for name, module in list(sys.modules.items()):
        if not name.startswith("transforms.") or module is None:
            continue
        for value in list(vars(module).values()):
            if callable(value) and hasattr(value, "cache_info") and getattr(value, "__module__", None) == name \
                    and _takes_no_arguments(value):
                value()


def _takes_no_arguments(func) -> bool:
    try:
        params = inspect.signature(func).parameters.values()
    except (TypeError, ValueError):
        return False
    return all(p.default is not p.empty or p.kind in (p.VAR_POSITIONAL, p.VAR_KEYWORD) for p in params)
