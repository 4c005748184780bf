"""A batch that fails a critical expectation is kept aside, not published; warnings do not block."""
import json
import shutil

from flows.settings import PROJECT_ROOT
from flows.warehouse import Warehouse
from tests.conftest import seed_paths


def _expectations_with(tmp_path, table, extra):
    exp = tmp_path / "expectations"
    shutil.copytree(PROJECT_ROOT / "expectations", exp)
    spec = json.loads((exp / f"{table}.json").read_text())
    spec["expectations"].append(extra)
    (exp / f"{table}.json").write_text(json.dumps(spec))
    return exp


def _raw(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    shutil.copy(seed_paths()[0], raw / "a.txt")
    return raw


def test_critical_failure_blocks_publishing(run_flow, tmp_path):
    exp = _expectations_with(tmp_path, "documents", {
        "type": "expect_column_values_to_be_between", "kwargs": {"column": "n_chars_clean", "max_value": 10},
        "severity": "critical"})
    wh = tmp_path / "wh"
    summary = run_flow(_raw(tmp_path), wh, expectations_dir=str(exp))
    assert summary.status == "rejected"
    w = Warehouse(wh)
    assert w.read("documents").is_empty() and w.read("entity_mentions").is_empty()
    rejected = wh / "_rejected" / summary.run_id
    assert (rejected / "documents.parquet").exists()
    assert "n_chars_clean" in (rejected / "validation.json").read_text()
    dq = w.read("dq_results")
    failed_critical = dq.filter(~dq["success"] & (dq["severity"] == "critical"))["expectation"].to_list()
    assert len(failed_critical) == 1 and "n_chars_clean" in failed_critical[0]
    assert w.read("runs")["status"].to_list() == ["rejected"]


def test_warning_failure_still_publishes(run_flow, tmp_path):
    exp = _expectations_with(tmp_path, "documents", {
        "type": "expect_column_values_to_be_between", "kwargs": {"column": "n_chars_clean", "max_value": 10},
        "severity": "warning"})
    summary = run_flow(_raw(tmp_path), tmp_path / "wh", expectations_dir=str(exp))
    assert summary.status == "published" and summary.expectations_failed >= 1
    assert Warehouse(tmp_path / "wh").read("documents").height == 1
