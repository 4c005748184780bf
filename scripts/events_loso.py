#!/usr/bin/env python3
"""Leave-one-source-out figures for the events bench: each dev source scored on its own beside the full dev.

    python scripts/events_loso.py                       # runs ../shared/bench/predict.py first (newsmill run)
    python scripts/events_loso.py --pred /tmp/ev.jsonl  # scores an existing prediction file

The dev bench mixes two sources (`plover_gsr`: CAMEO-manual sentences coded in PLOVER; `petr2_gsr`: PETRARCH-2
validation sentences). The event rules are fixed data (transforms/data/event_lexicon.csv), not fitted to either
source, so "tune on one source, score on the other" reduces to scoring each source on its own: a rule written
for one source's sentences shows up as a gap between them. The script also lists which trigger words fire in
one source only, to spot rules that fit few sentences.
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT.parent / "shared" / "bench"


def score(gold_dir: Path, pred: Path) -> dict:
    out = subprocess.run([sys.executable, str(gold_dir / "score.py"), "--gold", str(gold_dir), "--pred", str(pred),
                          "--json"], check=True, capture_output=True, text=True).stdout
    return json.loads(out)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--bench", type=Path, default=BENCH / "events")
    ap.add_argument("--pred", type=Path, default=None, help="existing predictions (default: run predict.py)")
    args = ap.parse_args()
    pred = args.pred
    if pred is None:
        pred = Path(tempfile.mkdtemp(prefix="events-loso-")) / "pred.jsonl"
        subprocess.run([sys.executable, str(BENCH / "predict.py"), "--docs", str(args.bench / "docs.jsonl"),
                        "--task", "events", "--out", str(pred)], check=True)
    result = score(args.bench, pred)
    print(f"{'split':<12} {'docs':>5} {'type_P':>7} {'type_R':>7} {'type_F1':>8} {'dyad_F1':>8}")
    rows = [("full-dev", result["overall"]), *sorted(result["per_source"].items())]
    for name, r in rows:
        print(f"{name:<12} {r['docs']:>5} {r['type_p']:>7.3f} {r['type_r']:>7.3f} {r['type_f1']:>8.3f} "
              f"{r['dyad_f1']:>8.3f}")
    source_of = {json.loads(ln)["id"]: json.loads(ln)["source"]
                 for ln in (args.bench / "docs.jsonl").read_text(encoding="utf-8").splitlines() if ln.strip()}
    fired: dict[str, Counter] = {}
    for ln in pred.read_text(encoding="utf-8").splitlines():
        row = json.loads(ln)
        for e in row.get("events", [row]):
            word = (e.get("trigger") or "").lower()
            if word and e.get("modality") != "negated":
                fired.setdefault(word, Counter())[source_of.get(row.get("id"), "?")] += 1
    one_source = {w: dict(c) for w, c in sorted(fired.items()) if len(c) == 1}
    print(f"trigger words firing in one source only: {len(one_source)} of {len(fired)}")
    for w, c in one_source.items():
        print(f"  {w}: {c}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
