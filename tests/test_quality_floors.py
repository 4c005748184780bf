"""The dev benchmarks through the real command line stay above their pinned floors (an evaluation gate)."""
import json
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))
import bench_quality  # noqa: E402

FLOORS = json.loads((ROOT / "bench_floors.json").read_text())["floors"]


@pytest.mark.parametrize("task", ["boilerplate", "ner", "events", "dates", "quotes"])
def test_benchmark_above_floor(task):
    figures = bench_quality.run(task)
    assert bench_quality.check(task, figures, FLOORS[task]) == []
