"""`--dask-address`: the chunks are parsed on Dask workers (two, in a LocalCluster) and the tables are the
same as a local run's; every worker loads the spaCy model once."""
from __future__ import annotations

import shutil

import pytest

from flows.settings import PROJECT_ROOT
from tests.conftest import seed_paths
from tests.test_fault_injection import snapshot


@pytest.fixture(scope="module")
def cluster():
    from distributed import LocalCluster

    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as c:
        yield c


def test_dask_run_equals_local_run(run_flow, cluster, tmp_path, monkeypatch):
    raw = tmp_path / "raw"
    raw.mkdir()
    for p in [*seed_paths(), *sorted((PROJECT_ROOT / "raw").iterdir())]:
        shutil.copy(p, raw / p.name)
    monkeypatch.setenv("NEWSMILL_CHUNK_DOCS", "4")
    local = run_flow(raw, tmp_path / "local")
    remote = run_flow(raw, tmp_path / "dask", dask_address=cluster.scheduler_address)
    assert remote.status == local.status == "published"
    assert remote.n_chunks == local.n_chunks > 1
    assert snapshot(tmp_path / "dask") == snapshot(tmp_path / "local")
    from distributed import Client

    with Client(cluster.scheduler_address) as client:
        loaded = client.run(_model_loaded)
    assert len(loaded) == 2 and all(loaded.values())


def _model_loaded() -> bool:
    import sys

    nlp = sys.modules.get("flows.worker")
    return bool(nlp and nlp.load_model.cache_info().currsize)
