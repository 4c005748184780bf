"""Run the dev benchmarks of ../shared/bench through `newsmill run` and check them against bench_floors.json.

    .venv/bin/python scripts/bench_quality.py                 # all the benchmarks, whole
    .venv/bin/python scripts/bench_quality.py events dates    # some of them
    .venv/bin/python scripts/bench_quality.py --sample        # the fixed samples the test suite checks

`events_written` is our own (tests/data/events_written, scored by the events scorer). Each benchmark goes through
../shared/bench/predict.py (the contract's command line) and its own scorer;
the scorer's last line is printed, and the exit status is 1 when a figure falls below its floor.

Whole benchmarks take many minutes on two cores (boilerplate and quotes hold over 2 MB of text each), so the
test suite checks a fixed sample of each (every k-th document with its gold, `SAMPLE_EVERY`) against its own
floors (`sample_floors` in bench_floors.json); the whole benchmarks are checked here, before a release and
whenever rules change.
"""
from __future__ import annotations

import gzip
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BENCH = Path(os.environ.get("NEWSMILL_SHARED", ROOT.parent / "shared")) / "bench"
DOCS = "docs.jsonl"
GOLD = ("gold.jsonl", "gold.jsonl.gz")
# every k-th document (in file order) of each benchmark: about 150-250 KB of text each
SAMPLE_EVERY = {"boilerplate": 8, "ner": 2, "events": 1, "dates": 2, "quotes": 8, "events_written": 1}
# benchmarks of our own, kept in the project: (folder, the shared benchmark whose predict task and scorer they use)
OWN = {"events_written": (ROOT / "tests" / "data" / "events_written", "events")}


def _read_lines(path: Path) -> list[str]:
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8") as f:
        return [line for line in f if line.strip()]


def sample_bench(src: Path, every: int, dest: Path) -> Path:
    """A copy of the benchmark in `src` holding every `every`-th document and the gold of those documents only."""
    dest.mkdir(parents=True, exist_ok=True)
    docs = _read_lines(src / DOCS)[::every]
    ids = {json.loads(line)["id"] for line in docs}
    for item in src.iterdir():
        if item.name == DOCS:
            (dest / DOCS).write_text("".join(docs), encoding="utf-8")
        elif item.name in GOLD:
            kept = [line for line in _read_lines(item) if json.loads(line)["id"] in ids]
            (dest / "gold.jsonl").write_text("".join(kept), encoding="utf-8")
        elif item.is_file():
            shutil.copy(item, dest / item.name)
    return dest


def run(task: str, sample: bool = False) -> dict[str, float]:
    """Predict and score one benchmark (or its fixed sample); returns the figures of the scorer's last line."""
    work = Path(tempfile.mkdtemp(prefix=f"newsmill-{task}-"))
    source, kind = OWN.get(task, (BENCH / task, task))
    bench = sample_bench(source, SAMPLE_EVERY[task], work / "bench") if sample else source
    out = work / "pred.jsonl"
    predicted = subprocess.run([sys.executable, str(BENCH / "predict.py"), "--docs", str(bench / DOCS),
                                "--task", kind, "--out", str(out)], capture_output=True, text=True)
    if predicted.returncode != 0:  # e.g. a batch rejected by the quality gate: say why
        raise RuntimeError(f"{task}: predict.py failed ({predicted.returncode}):\n{predicted.stdout[-3000:]}"
                           f"{predicted.stderr[-3000:]}")
    scored = subprocess.run([sys.executable, str(BENCH / kind / "score.py"), "--gold", str(bench),
                             "--pred", str(out)], check=True, capture_output=True, text=True)
    last = scored.stdout.strip().splitlines()[-1]
    print(f"{task}{' (sample)' if sample else ''}: {last}", flush=True)
    shutil.rmtree(work, ignore_errors=True)
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
    sample = "--sample" in argv
    floors = json.loads((ROOT / "bench_floors.json").read_text())["sample_floors" if sample else "floors"]
    tasks = [a for a in argv if a != "--sample"] or list(floors)
    failures = []
    for task in tasks:
        failures += check(task, run(task, sample), floors[task])
    for f in failures:
        print("BELOW FLOOR:", f)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
