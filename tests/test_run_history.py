"""Run history covers failures: a run that fails part-way still writes its `runs` row, and `newsmill runs`
lists it."""
from __future__ import annotations

import shutil
import stat

import pytest

from flows.cli import main
from flows.warehouse import Warehouse
from tests.conftest import seed_paths


def _raw(tmp_path, n=1):
    raw = tmp_path / "raw"
    raw.mkdir(exist_ok=True)
    for p in seed_paths()[:n]:
        shutil.copy(p, raw / p.name)
    return raw


def test_a_bug_part_way_records_a_failed_run(run_flow, tmp_path, monkeypatch, capsys):
    def broken(*args, **kwargs):
        raise RuntimeError("injected failure while merging entities")

    monkeypatch.setattr("flows.ingest.merge_entities", broken)
    wh = tmp_path / "wh"
    with pytest.raises(RuntimeError, match="injected failure"):
        run_flow(_raw(tmp_path), wh)
    runs = Warehouse(wh).read("runs")
    assert runs["status"].to_list() == ["failed"]
    assert "injected failure while merging entities" in runs["error"].item()
    assert runs["duration_s"].item() > 0
    assert Warehouse(wh).read("documents").is_empty()
    assert not list((wh / "_staging").glob("*")) if (wh / "_staging").exists() else True
    assert main(["runs", "--warehouse", str(wh)]) == 0
    assert "failed" in capsys.readouterr().out


def test_a_read_only_table_folder_fails_the_publish_and_is_recorded(run_flow, tmp_path):
    wh = tmp_path / "wh"
    raw = _raw(tmp_path, 1)
    first = run_flow(raw, wh)
    assert first.status == "published"
    folder = (wh / "entity_mentions").resolve()
    folder.chmod(stat.S_IRUSR | stat.S_IXUSR | stat.S_IRGRP | stat.S_IXGRP)
    try:
        shutil.copy(seed_paths()[2], raw / seed_paths()[2].name)
        with pytest.raises(PermissionError, match="read-only"):
            run_flow(raw, wh)
        runs = Warehouse(wh).read("runs").sort("started_at")
        assert runs["status"].to_list() == ["published", "failed"]
        assert "read-only" in runs["error"].to_list()[1]
    finally:
        folder.chmod(stat.S_IRWXU | stat.S_IRGRP | stat.S_IXGRP)
    again = run_flow(raw, wh)  # writable again: the committed chunk is rolled forward, nothing doubled
    docs = Warehouse(wh).read("documents")
    assert docs.height == 2 and docs["doc_id"].is_unique().all()
    assert Warehouse(wh).read("entity_mentions")["mention_id"].is_unique().all()
    assert again.status == "nothing_new" and any("rolled forward" in r for r in again.recovered)
