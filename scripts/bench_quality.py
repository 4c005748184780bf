"""Run the dev benchmarks of ../shared/bench through `newsmill run` and check them against bench_floors.json.

    .venv/bin/python scripts/bench_quality.py                 # all five benchmarks
    .venv/bin/python scripts/bench_quality.py events dates    # some of them

Each benchmark goes through ../shared/bench/predict.py (the contract's command line) and its own scorer;
the scorer's last line is printed, and the exit status is 1 when a figure falls below its floor.
"""
from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BENCH = Path(os.environ.get("NEWSMILL_SHARED", ROOT.parent / "shared")) / "bench"
DOCS = {"boilerplate": "docs.jsonl", "ner": "docs.jsonl", "events": "docs.jsonl", "dates": "docs.jsonl",
        "quotes": "docs.jsonl"}


def run(task: str) -> dict[str, float]:
    """Predict and score one benchmark; returns the figures of the scorer's last line."""
    out = Path(tempfile.mkdtemp(prefix=f"newsmill-{task}-")) / "pred.jsonl"
    predicted = subprocess.run([sys.executable, str(BENCH / "predict.py"), "--docs", str(BENCH / task / DOCS[task]),
                                "--task", task, "--out", str(out)], capture_output=True, text=True)
    if predicted.returncode != 0:  # e.g. a batch rejected by the quality gate: say why
        raise RuntimeError(f"{task}: predict.py failed ({predicted.returncode}):\n{predicted.stdout[-3000:]}"
                           f"{predicted.stderr[-3000:]}")
    scored = subprocess.run([sys.executable, str(BENCH / task / "score.py"), "--gold", str(BENCH / task),
                             "--pred", str(out)], check=True, capture_output=True, text=True)
    last = scored.stdout.strip().splitlines()[-1]
    print(last, flush=True)
    return {k: float(v) for k, v in re.findall(r"(\w+)=([0-9.]+)", last)}


def check(task: str, figures: dict[str, float], floors: dict[str, float]) -> list[str]:
    """Figures below their floors (`*_max` floors are ceilings)."""
    failures = []
    for name, floor in floors.items():
        if name.endswith("_max"):
            value = figures[name[:-4]]
            if value > floor:
                failures.append(f"{task}: {name[:-4]}={value} above {floor}")
        elif figures[name] < floor:
            failures.append(f"{task}: {name}={figures[name]} below {floor}")
    return failures


def main(argv: list[str]) -> int:
    floors = json.loads((ROOT / "bench_floors.json").read_text())["floors"]
    tasks = argv or list(floors)
    failures = []
    for task in tasks:
        failures += check(task, run(task), floors[task])
    for f in failures:
        print("BELOW FLOOR:", f)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
