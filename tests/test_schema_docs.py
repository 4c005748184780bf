"""Schema, suites and docs come from one place and agree."""
import json
import subprocess
import sys

import pytest

from flows.settings import PROJECT_ROOT
from transforms.schema import TABLES, conform, empty_frame


@pytest.mark.parametrize("path", sorted((PROJECT_ROOT / "expectations").glob("*.json")), ids=lambda p: p.stem)
def test_suites_name_real_columns_and_severities(path):
    spec = json.loads(path.read_text())
    columns = set(TABLES[path.stem].schema)
    for e in spec["expectations"]:
        assert e["severity"] in ("critical", "warning")
        kw = e["kwargs"]
        named = [kw[k] for k in ("column", "column_A", "column_B") if k in kw] + kw.get("column_list", [])
        assert set(named) <= columns, (path.stem, e)


def test_every_data_table_has_a_suite():
    suites = {p.stem for p in (PROJECT_ROOT / "expectations").glob("*.json")}
    assert {t for t in TABLES if t not in ("runs", "dq_results")} <= suites


def test_data_dictionary_is_current():
    out = subprocess.run([sys.executable, "scripts/gen_docs.py", "--check"], cwd=PROJECT_ROOT)
    assert out.returncode == 0, "run `python scripts/gen_docs.py`"


def test_conform_keeps_empty_frames_empty():
    assert conform("documents", empty_frame("documents")).height == 0
    assert conform("quarantine", empty_frame("documents").head(0)).columns == list(TABLES["quarantine"].schema)
