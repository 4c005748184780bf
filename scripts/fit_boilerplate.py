"""Fit the boilerplate line scorer (transforms/data/boilerplate_weights.json) on the dev pages.

    .venv/bin/python scripts/fit_boilerplate.py [--write]

Two logistic regressions (numpy, L2): the first on context-free line features, the second on context
features plus the first one's logit. Only pages with web-page evidence are used (the scorer does not run on
others) and only lines the rules leave (rules decide the rest). Cross-validation holds out whole sites
(5 folds by host) and prints pooled line P/R/F1 per fold, so that what is reported is across sites.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import os
import sys
from pathlib import Path
from urllib.parse import urlparse

import numpy as np

from transforms import boilerplate as bp

ROOT = Path(__file__).resolve().parent.parent
BENCH = Path(os.environ.get("NEWSMILL_SHARED", ROOT.parent / "shared")) / "bench" / "boilerplate"
WEIGHTS = ROOT / "transforms" / "data" / "boilerplate_weights.json"


def load_pages() -> list[tuple[str, list[str], list[int]]]:
    gold = {}
    for line in (BENCH / "gold.jsonl").open(encoding="utf-8"):
        g = json.loads(line)
        gold[g["id"]] = g["line_labels"]
    pages = []
    for line in (BENCH / "docs.jsonl").open(encoding="utf-8"):
        d = json.loads(line)
        host = urlparse(d.get("url") or "").netloc.removeprefix("www.") or d["id"]
        pages.append((host, d["raw_text"].split("\n"), gold[d["id"]]))
    return pages


def fit_logreg(x: np.ndarray, y: np.ndarray, l2: float = 1.0, iters: int = 3000, lr: float = 0.5) -> np.ndarray:
    """Weights (bias first) by full-batch gradient descent with class-balanced loss and L2."""
    xb = np.hstack([np.ones((len(x), 1)), x])
    w = np.zeros(xb.shape[1])
    pos = y.mean()
    sw = np.where(y == 1, 0.5 / max(pos, 1e-9), 0.5 / max(1 - pos, 1e-9))
    for _ in range(iters):
        p = 1 / (1 + np.exp(-np.clip(xb @ w, -40, 40)))
        grad = xb.T @ ((p - y) * sw) / len(y) + l2 * np.r_[0, w[1:]] / len(y)
        w -= lr * grad
    return w


def rows(pages, weights, stage: int):
    feats, labels = [], []
    for _, lines, labs in pages:
        hits = [bp.match_rule(ln) if ln.strip() else None for ln in lines]
        if sum(h is not None for h in hits) < weights.get("web_page_min_rule_hits", 2):
            continue
        idx, first, ctx = bp.page_features(lines, None, weights, [h is not None for h in hits])
        for k, i in enumerate(idx):
            if labs[i] < 0:
                continue
            feats.append(first[k] if stage == 1 else ctx[k])
            labels.append(labs[i])
    names = sorted(feats[0])
    return names, np.array([[f[n] for n in names] for f in feats]), np.array(labels, dtype=float)


def fit(pages, base: dict) -> dict:
    weights = dict(base)
    names, x, y = rows(pages, weights, 1)
    w1 = fit_logreg(x, y)
    weights = {k: v for k, v in weights.items() if k in ("threshold", "web_page_min_rule_hits")}
    weights["bias"] = float(w1[0])
    weights.update({n: float(v) for n, v in zip(names, w1[1:], strict=True)})
    names, x, y = rows(pages, weights, 2)
    w2 = fit_logreg(x, y)
    weights["ctx:bias"] = float(w2[0])
    weights.update({f"ctx:{n}": float(v) for n, v in zip(names, w2[1:], strict=True)})
    xb = np.hstack([np.ones((len(x), 1)), x])
    prob = 1 / (1 + np.exp(-np.clip(xb @ w2, -40, 40)))
    best = max(np.arange(0.3, 0.95, 0.025), key=lambda t: _f1(prob >= t, y))
    weights["threshold"] = float(round(best, 3))
    return weights


def _f1(keep: np.ndarray, y: np.ndarray) -> float:
    tp = float(np.sum(keep & (y == 1)))
    p = tp / max(float(np.sum(keep)), 1)
    r = tp / max(float(np.sum(y == 1)), 1)
    return 2 * p * r / max(p + r, 1e-9)


def evaluate(pages, weights) -> tuple[float, float, float, float]:
    """Pooled line precision, recall, F1 and leak over labelled lines, through classify_lines."""
    tp = fp = fn = tn = 0
    original = bp.load_weights
    bp.load_weights = lambda: weights  # type: ignore[assignment]
    try:
        for _, lines, labs in pages:
            for v, lab in zip(bp.classify_lines(lines), labs, strict=True):
                if lab < 0 or not v.text.strip():
                    continue
                keep = v.keep
                tp += keep and lab == 1
                fp += keep and lab == 0
                fn += (not keep) and lab == 1
                tn += (not keep) and lab == 0
    finally:
        bp.load_weights = original  # type: ignore[assignment]
    p = tp / max(tp + fp, 1)
    r = tp / max(tp + fn, 1)
    return p, r, 2 * p * r / max(p + r, 1e-9), fp / max(fp + tn, 1)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--write", action="store_true", help="write the weights fitted on all dev pages")
    ap.add_argument("--folds", type=int, default=5)
    args = ap.parse_args()
    pages = load_pages()
    spec = json.loads(WEIGHTS.read_text())
    base = spec["weights"]
    fold_of = {h: int(hashlib.sha256(h.encode()).hexdigest(), 16) % args.folds for h, _, _ in pages}
    scores = []
    for k in range(args.folds):
        train = [p for p in pages if fold_of[p[0]] != k]
        test = [p for p in pages if fold_of[p[0]] == k]
        w = fit(train, base)
        scores.append(evaluate(test, w))
        print(f"fold {k}: held-out sites {len({p[0] for p in test})} pages {len(test)}  "
              "P={:.3f} R={:.3f} F1={:.3f} leak={:.3f}".format(*scores[-1]))
    mean = np.mean(scores, axis=0)
    print("cross-site mean: P={:.3f} R={:.3f} F1={:.3f} leak={:.3f}".format(*mean))
    weights = fit(pages, base)
    print("all dev pages (in-sample): P={:.3f} R={:.3f} F1={:.3f} leak={:.3f}".format(*evaluate(pages, weights)))
    if args.write:
        spec["weights"] = {k: round(v, 4) for k, v in weights.items()}
        WEIGHTS.write_text(json.dumps(spec, indent=2) + "\n")
        print(f"wrote {WEIGHTS}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
