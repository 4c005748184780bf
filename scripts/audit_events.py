#!/usr/bin/env python3
"""Precision audit of the `events` table on real news: sample asserted events, judge them blind, report precision.

    # 1. run newsmill on a corpus slice and sample N asserted events into a judgement file
    python scripts/audit_events.py sample --corpus ../shared/corpora/bbc.jsonl.gz --topic politics \\
        --articles 150 --n 80 --seed 1 --out audit/bbc_politics.jsonl
    # a blind audit on other articles: the next 150 of the same shuffled order (--seed 1 shuffles the same way)
    python scripts/audit_events.py sample ... --articles 150 --skip 150 --seed 1 --out ...
    # 2. judge: for each line, read `sentence` and the event, then fill `real` (is it a PLOVER event at all?) and
    #    `right` (event, type, source, target and modality all right) with true/false. `rule` fields (trigger,
    #    lexicon entry) are kept out of the line shown by `show` so the judgement is blind to the rule that fired.
    python scripts/audit_events.py show audit/bbc_politics.jsonl          # one event at a time, no rule fields
    # 3. precision with Wilson 95% intervals
    python scripts/audit_events.py score audit/bbc_politics.jsonl
    # asserted events per 100 articles (a flood check), e.g. BBC sport and tech
    python scripts/audit_events.py rate --corpus ../shared/corpora/bbc.jsonl.gz --topic sport --topic tech

The corpus is read from ../shared at run time and never copied into the repository; the judgement file holds the
sampled sentences, so keep it outside the repository too (e.g. under /tmp or a folder git ignores).
"""
from __future__ import annotations

import argparse
import gzip
import json
import math
import os
import random
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

SHOWN = ("id", "sentence", "event_type", "source_text", "source_country", "source_sector", "target_text",
         "target_country", "target_sector", "modality")


def wilson(successes: int, n: int, z: float = 1.96) -> tuple[float, float]:
    """Wilson score interval for a binomial proportion."""
    if n == 0:
        return 0.0, 0.0
    p = successes / n
    centre = (p + z * z / (2 * n)) / (1 + z * z / n)
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / (1 + z * z / n)
    return max(0.0, centre - half), min(1.0, centre + half)


def corpus_slice(path: Path, topics: list[str], articles: int, seed: int, skip: int = 0) -> list[dict]:
    """Distinct articles of the chosen topics (BBC `topic` field), a seeded random sample of `articles` of them,
    after the first `skip` of the same shuffled order (so `--skip 150 --articles 150` never overlaps the first 150)."""
    with gzip.open(path, "rt", encoding="utf-8") as f:
        rows = [json.loads(line) for line in f if line.strip()]
    seen: set[str] = set()
    chosen = []
    for r in rows:
        if (not topics or r.get("topic") in topics) and r["text"] not in seen:
            seen.add(r["text"])
            chosen.append(r)
    random.Random(seed).shuffle(chosen)
    return chosen[skip:skip + articles] if articles else chosen[skip:]


def run_newsmill(docs: list[dict], keep: Path | None = None) -> list[dict]:
    """`newsmill run` over the documents (one .txt + sidecar each); the `events` rows read back from Parquet."""
    import pyarrow.dataset as ds

    work = Path(keep) if keep else Path(tempfile.mkdtemp(prefix="newsmill-audit-"))
    raw, wh = work / "raw", work / "warehouse"
    shutil.rmtree(raw, ignore_errors=True)
    shutil.rmtree(wh, ignore_errors=True)
    raw.mkdir(parents=True)
    for n, d in enumerate(docs):
        (raw / f"{n:06d}.txt").write_text(d["text"], encoding="utf-8")
        meta = {k: d[k] for k in ("source", "title", "published_at", "url") if d.get(k)}
        (raw / f"{n:06d}.json").write_text(json.dumps(meta), encoding="utf-8")
    newsmill = Path(sys.executable).with_name("newsmill")
    env = dict(os.environ, PREFECT_SERVER_ANALYTICS_ENABLED="false", GX_ANALYTICS_ENABLED="false", DO_NOT_TRACK="1")
    subprocess.run([str(newsmill if newsmill.exists() else "newsmill"), "run", "--raw", str(raw), "--warehouse",
                    str(wh)], check=True, env=env)
    files = [str(p) for p in (wh / "events").rglob("*.parquet")]
    return ds.dataset(files, format="parquet").to_table().to_pylist() if files else []


def sample(args: argparse.Namespace) -> int:
    docs = corpus_slice(args.corpus, args.topic, args.articles, args.seed, args.skip)
    events = [e for e in run_newsmill(docs, args.keep) if e["modality"] == "asserted"]
    print(f"articles={len(docs)} asserted_events={len(events)} per_100_articles={100 * len(events) / len(docs):.1f}")
    picked = random.Random(args.seed).sample(events, min(args.n, len(events)))
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with open(args.out, "w", encoding="utf-8") as f:
        for i, e in enumerate(picked):
            line = {"id": i, **{k: e.get(k) for k in SHOWN if k != "id"}, "real": None, "right": None,
                    "note": "", "rule": {"trigger": e.get("trigger"), "doc_id": e.get("doc_id")}}
            f.write(json.dumps(line, ensure_ascii=False) + "\n")
    print(f"wrote {len(picked)} events to {args.out}")
    return 0


def show(args: argparse.Namespace) -> int:
    for line in args.file.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        print(json.dumps({k: row.get(k) for k in SHOWN}, ensure_ascii=False))
    return 0


def score(args: argparse.Namespace) -> int:
    rows = [json.loads(line) for line in args.file.read_text(encoding="utf-8").splitlines() if line.strip()]
    judged = [r for r in rows if r.get("real") is not None]
    for field in ("real", "right"):
        k = sum(1 for r in judged if r.get(field))
        lo, hi = wilson(k, len(judged))
        share = k / len(judged) if judged else 0.0
        print(f"{field}: {k}/{len(judged)} = {share:.3f} (Wilson 95% CI {lo:.3f}-{hi:.3f})")
    return 0


def rate(args: argparse.Namespace) -> int:
    docs = corpus_slice(args.corpus, args.topic, args.articles, args.seed, args.skip)
    events = [e for e in run_newsmill(docs, args.keep) if e["modality"] == "asserted"]
    print(f"articles={len(docs)} asserted_events={len(events)} per_100_articles={100 * len(events) / len(docs):.1f}")
    return 0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="cmd", required=True)
    for name in ("sample", "rate"):
        p = sub.add_parser(name)
        p.add_argument("--corpus", type=Path, required=True)
        p.add_argument("--topic", action="append", default=[], help="BBC topic field (repeatable); none = all")
        p.add_argument("--articles", type=int, default=0, help="random articles to run (0 = all)")
        p.add_argument("--seed", type=int, default=1)
        p.add_argument("--skip", type=int, default=0, help="skip the first N articles of the shuffled order "
                       "(a blind audit on articles a development sample never saw)")
        p.add_argument("--keep", type=Path, default=None, help="keep the raw and warehouse folders here")
        if name == "sample":
            p.add_argument("--n", type=int, default=80)
            p.add_argument("--out", type=Path, required=True)
    for name in ("show", "score"):
        sub.add_parser(name).add_argument("file", type=Path)
    args = ap.parse_args()
    return {"sample": sample, "show": show, "score": score, "rate": rate}[args.cmd](args)


if __name__ == "__main__":
    raise SystemExit(main())
