"""Critical failures: a failing row quarantines its input; a table-level failure keeps the batch aside.

Warnings never block publishing.
"""
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


def test_a_row_failing_a_critical_expectation_quarantines_its_input_only(run_flow, tmp_path):
    exp = _expectations_with(tmp_path, "documents", {
        "type": "expect_column_values_to_be_between", "kwargs": {"column": "n_chars_clean", "max_value": 500},
        "severity": "critical"})
    raw = _raw(tmp_path)  # a.txt: a seed article, longer than 500 characters
    (raw / "short.txt").write_text("Harbour pilots in Tallinn ended a two-day strike on Tuesday after the port "
                                   "authority agreed to review their rosters.\n", encoding="utf-8")
    wh = tmp_path / "wh"
    summary = run_flow(raw, wh, expectations_dir=str(exp))
    assert summary.status == "published"
    w = Warehouse(wh)
    assert w.read("documents")["source_uri"].to_list() == ["short.txt"]
    q = w.read("quarantine")
    assert q["source_uri"].to_list() == ["a.txt"] and q["reason"].to_list() == ["critical_expectation"]
    assert "n_chars_clean" in q["detail"].item()
    assert not w.read("entity_mentions")["doc_id"].is_in(q["source_uri"].implode()).any()
    dq = w.read("dq_results")
    failed = dq.filter(~dq["success"] & (dq["severity"] == "critical"))
    assert failed.height == 1 and failed["unexpected_count"].to_list() == [1]
    assert failed["expectation"].item().startswith("expect_column_values_to_be_between(n_chars_clean)")


def test_a_table_level_critical_failure_keeps_the_batch_aside(run_flow, tmp_path):
    exp = _expectations_with(tmp_path, "documents", {
        "type": "expect_table_row_count_to_be_between", "kwargs": {"max_value": 0}, "severity": "critical"})
    wh = tmp_path / "wh"
    summary = run_flow(_raw(tmp_path), wh, expectations_dir=str(exp))
    assert summary.status == "rejected"
    w = Warehouse(wh)
    assert w.read("documents").is_empty() and w.read("entity_mentions").is_empty()
    rejected = wh / "_rejected" / f"{summary.run_id}-00001"
    assert (rejected / "documents.parquet").exists()
    assert "expect_table_row_count_to_be_between" in (rejected / "validation.json").read_text()
    dq = w.read("dq_results")
    failed_critical = dq.filter(~dq["success"] & (dq["severity"] == "critical"))["expectation"].to_list()
    assert failed_critical == ["expect_table_row_count_to_be_between()"]
    assert w.read("runs")["status"].to_list() == ["rejected"]


def test_warning_failure_still_publishes(run_flow, tmp_path):
    exp = _expectations_with(tmp_path, "documents", {
        "type": "expect_column_values_to_be_between", "kwargs": {"column": "n_chars_clean", "max_value": 10},
        "severity": "warning"})
    summary = run_flow(_raw(tmp_path), tmp_path / "wh", expectations_dir=str(exp))
    assert summary.status == "published" and summary.expectations_failed >= 1
    assert Warehouse(tmp_path / "wh").read("documents").height == 1


def test_data_docs_add_each_runs_pages_and_keep_earlier_ones(tmp_path):
    """The first build makes the whole site; later ones add the pages of what was validated since."""
    import polars as pl

    from flows.quality import Validator
    from transforms.schema import empty_frame

    v1 = Validator(PROJECT_ROOT / "expectations", tmp_path / "gx")
    row = pl.DataFrame({"group": ["site-a"], "line_hash": ["h1"], "n_docs": [3]})
    frame = pl.concat([empty_frame("line_stats"), row], how="diagonal_relaxed")
    v1.validate("run-one", "line_stats", frame)
    index = v1.docs_index()
    site = index.parent
    first = sorted(site.glob("validations/line_stats/run-one-*/**/*.html"))
    assert index.is_file() and len(first) == 1
    v2 = Validator(PROJECT_ROOT / "expectations", tmp_path / "gx")  # the next run
    v2.validate("run-two", "line_stats", frame)
    assert v2.docs_index() == index
    assert len(list(site.glob("validations/line_stats/run-two-*/**/*.html"))) == 1
    assert sorted(site.glob("validations/line_stats/run-one-*/**/*.html")) == first
    assert "run-two" in index.read_text(encoding="utf-8") and "run-one" in index.read_text(encoding="utf-8")
