"""Fixed samples of the dev benchmarks, through the real command line, stay above their pinned floors.

Each benchmark's sample (every k-th document with its gold, `bench_quality.SAMPLE_EVERY`) goes through
../shared/bench/predict.py (`newsmill run`) and the benchmark's own scorer; `sample_floors` in
bench_floors.json pins each figure a little below what the sample scored when it was set. The whole
benchmarks take too long for the suite on two cores: `make bench-quality` checks them against `floors`.
"""
import json
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))
import bench_quality  # noqa: E402

FLOORS = json.loads((ROOT / "bench_floors.json").read_text())["sample_floors"]


@pytest.mark.parametrize("task", ["boilerplate", "ner", "events", "dates", "quotes", "events_written"])
def test_benchmark_sample_above_floor(task):
    figures = bench_quality.run(task, sample=True)
    assert bench_quality.check(task, figures, FLOORS[task]) == []
