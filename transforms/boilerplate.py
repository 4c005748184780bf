"""Line-level boilerplate removal: generic rules first, then one transparent scorer with context.

Each raw line gets a `LineVerdict`: kept as content, or removed with a reason (`rule:<name>`,
`score:<p>`, `repeat:<n>`) and a kind (`boilerplate`, `title`, `byline`, `caption`, `credit`). Rules live in
`data/boilerplate_rules.toml`, scorer weights in `data/boilerplate_weights.json` (fitted by
`scripts/fit_boilerplate.py`); both are data, documented beside them.
"""
from __future__ import annotations

import json
import math
import re
import tomllib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

_DATA = resources.files("transforms") / "data"
_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*", re.UNICODE)
_SENT_END = re.compile(r"[.!?…:;\"”’)\]]\s*$")
_SEPARATORS = set("|•»›·/>«‹")
STOPWORDS = frozenset(
    "a about above after again against all also am an and any are as at be because been before being below "
    "between both but by can could did do does doing down during each few for from further had has have having "
    "he her here hers herself him himself his how i if in into is it its itself just me more most my myself no "
    "nor not now of off on once only or other our ours out over own said same she should so some such than that "
    "the their theirs them then there these they this those through to too under until up very was we were what "
    "when where which while who whom why will with would you your yours would could may might must shall "
    "says say told one two new".split()
)


@dataclass(frozen=True)
class Rule:
    name: str
    kind: str
    regex: re.Pattern[str]


@dataclass(frozen=True)
class LineVerdict:
    """What became of one raw line."""

    line_no: int
    text: str
    keep: bool
    kind: str  # content | blank | boilerplate | title | byline | caption | credit
    reason: str


@lru_cache(maxsize=1)
def load_rules() -> tuple[Rule, ...]:
    """The rules of `data/boilerplate_rules.toml`, compiled."""
    spec = tomllib.loads((_DATA / "boilerplate_rules.toml").read_text(encoding="utf-8"))
    return tuple(
        Rule(r["name"], r["kind"], re.compile(r["pattern"], 0 if r.get("case") else re.IGNORECASE))
        for r in spec["rule"]
    )


@lru_cache(maxsize=1)
def load_weights() -> dict[str, float]:
    """Scorer weights and threshold of `data/boilerplate_weights.json`."""
    return json.loads((_DATA / "boilerplate_weights.json").read_text(encoding="utf-8"))["weights"]


def match_rule(line: str, rules: Sequence[Rule] | None = None) -> Rule | None:
    """The first rule that matches the stripped line, if any."""
    text = line.strip()
    for rule in rules if rules is not None else load_rules():
        if rule.regex.search(text):
            return rule
    return None


def words_of(line: str) -> list[str]:
    """Word tokens of a line (letters and digits, inner apostrophes kept)."""
    return _WORD.findall(line)


def line_features(line: str) -> dict[str, float]:
    """Context-free features of one line, in the spirit of jusText: length, stop words, shape."""
    text = line.strip()
    words = words_of(text)
    n = len(words)
    n_chars = max(len(text), 1)
    alpha_words = [w for w in words if w[0].isalpha()]
    stop = sum(1 for w in words if w.lower() in STOPWORDS)
    caps = sum(1 for w in alpha_words if w[0].isupper())
    return {
        "log_words": math.log1p(n),
        "stop_density": stop / n if n else 0.0,
        "ends_sentence": 1.0 if _SENT_END.search(text) and n >= 4 else 0.0,
        "title_case": caps / len(alpha_words) if alpha_words else 1.0,
        "digit_share": sum(c.isdigit() for c in text) / n_chars,
        "separator_share": sum(c in _SEPARATORS for c in text) / n_chars,
        "short": 1.0 if n <= 3 else 0.0,
        "has_comma": 1.0 if "," in text else 0.0,
        "upper_share": sum(c.isupper() for c in text) / max(sum(c.isalpha() for c in text), 1),
    }


def _logit(features: dict[str, float], weights: dict[str, float]) -> float:
    return weights.get("bias", 0.0) + sum(weights.get(k, 0.0) * v for k, v in features.items())


def _sigmoid(x: float) -> float:
    return 1.0 / (1.0 + math.exp(-max(min(x, 40.0), -40.0)))


def score_lines(lines: Sequence[str], repeats: Sequence[int] | None = None,
                weights: dict[str, float] | None = None) -> list[float]:
    """Probability that each line is article content (blank lines get 0).

    Two passes: a context-free logit per line, then the same plus the mean first-pass probability of the
    nearest non-blank neighbours (two on each side), the distance to the densest prose, the line's relative
    position and how often it repeats in other documents of the corpus (`repeats`).
    """
    w = weights or load_weights()
    idx = [i for i, ln in enumerate(lines) if ln.strip()]
    if not idx:
        return [0.0] * len(lines)
    feats = [line_features(lines[i]) for i in idx]
    first = [_sigmoid(_logit(f, w)) for f in feats]
    prose = [k for k, f in enumerate(feats) if f["log_words"] >= math.log1p(20) and f["stop_density"] >= 0.25]
    out = [0.0] * len(lines)
    for k, i in enumerate(idx):
        f = dict(feats[k])
        prev = first[max(0, k - 2):k]
        nxt = first[k + 1:k + 3]
        f["ctx_prev"] = sum(prev) / len(prev) if prev else 0.0
        f["ctx_next"] = sum(nxt) / len(nxt) if nxt else 0.0
        gap = min((abs(k - p) for p in prose), default=99)
        f["near_prose"] = 1.0 if gap <= 2 else 0.0
        f["far_from_prose"] = math.log1p(gap) if gap < 99 else math.log1p(len(idx))
        f["rel_pos"] = k / max(len(idx) - 1, 1)
        f["repeat"] = math.log1p(repeats[i]) if repeats is not None else 0.0
        out[i] = _sigmoid(_logit(f, {k2[4:]: v for k2, v in w.items() if k2.startswith("ctx:")}
                                 | {"bias": w.get("ctx:bias", 0.0)}) + w.get("ctx:first", 1.0) * _logit(feats[k], w))
    return out


def is_headline(line: str) -> bool:
    """A headline-shaped line: 3 to 30 words, not ending like a sentence (a question mark is fine)."""
    text = line.strip()
    n = len(words_of(text))
    return 3 <= n <= 30 and len(text) <= 250 and not re.search(r"[.,;:]\s*$", text)


def classify_lines(lines: Sequence[str], title: str | None = None, repeats: Sequence[int] | None = None,
                   threshold: float | None = None) -> list[LineVerdict]:
    """Decide for every raw line whether it is article content; see the module docstring."""
    rules = load_rules()
    cut = load_weights().get("threshold", 0.5) if threshold is None else threshold
    probs = score_lines(lines, repeats)
    verdicts: list[LineVerdict] = []
    norm_title = _norm(title) if title else None
    for i, line in enumerate(lines):
        text = line.strip()
        if not text:
            verdicts.append(LineVerdict(i, line, True, "blank", ""))
            continue
        if norm_title and _norm(text) == norm_title:
            verdicts.append(LineVerdict(i, line, False, "title", "title"))
            norm_title = None
            continue
        rule = match_rule(text, rules)
        if rule is not None:
            verdicts.append(LineVerdict(i, line, False, rule.kind, f"rule:{rule.name}"))
        elif repeats is not None and repeats[i] >= 3 and probs[i] < 0.99:
            verdicts.append(LineVerdict(i, line, False, "boilerplate", f"repeat:{repeats[i]}"))
        elif probs[i] < cut:
            verdicts.append(LineVerdict(i, line, False, "boilerplate", f"score:{probs[i]:.2f}"))
        else:
            verdicts.append(LineVerdict(i, line, True, "content", f"score:{probs[i]:.2f}"))
    return verdicts


def _norm(text: str) -> str:
    return " ".join(words_of(text.lower()))


def pick_title(lines: Sequence[str], verdicts: Sequence[LineVerdict]) -> int | None:
    """Index of the headline: the last headline-shaped line before the first kept prose line.

    A line counts when it was not removed by a rule and stands within the three non-blank lines just above
    the body's first paragraph (or is the text's first line).
    """
    first_body = next((v.line_no for v in verdicts if v.kind == "content" and len(words_of(v.text)) >= 8
                       and re.search(r"[.!?\"”’]\s*$", v.text.strip())), None)
    if first_body is None:
        return None
    candidates = [v for v in verdicts[:first_body] if v.text.strip() and not v.reason.startswith("rule:")]
    for v in reversed(candidates[-3:]):
        if is_headline(v.text):
            return v.line_no
    return None


def assemble(verdicts: Iterable[LineVerdict]) -> str:
    """The clean text: kept lines verbatim, at most one blank line between paragraphs, no edge blanks."""
    out: list[str] = []
    for v in verdicts:
        if v.kind == "blank":
            if out and out[-1] != "":
                out.append("")
        elif v.keep:
            out.append(v.text.strip())
    while out and out[-1] == "":
        out.pop()
    return "\n".join(out)
