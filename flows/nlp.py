"""Where the model runs on Dask: `analyse_part`, the Prefect task around `flows.worker.analyse_articles`.

The Dask task runner submits `analyse_part` to Dask workers; each worker loads the model once
(`load_model` is cached) and runs the whole per-article extraction (`transforms.analysis`) next to the
parse, so only rows travel back. The local process pool (`flows.worker.LocalPool`) calls
`analyse_articles` directly, without Prefect in its workers.
"""
from __future__ import annotations

from typing import Any

from prefect import task
from prefect.cache_policies import NO_CACHE

from flows.worker import analyse_articles


@task(name="analyse-part", cache_policy=NO_CACHE)
def analyse_part(articles: list[dict], model: str, extract: list[str], batch_size: int = 64) -> dict[str, Any]:
    """Prefect task around `analyse_articles`, run on a Dask worker."""
    return analyse_articles(articles, model, extract, batch_size)
