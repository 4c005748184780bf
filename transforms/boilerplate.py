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

from transforms.metadata import dateline_end

_DATA = resources.files("transforms") / "data"
REPEAT_MIN = 3  # a line seen in this many other documents of the same source is boilerplate
SHORT_LINE_WORDS = 12  # a line this short is stand-alone: any rule phrase in it may remove it
RULE_MAX_CHARS = 200  # a longer line is removed by a rule only when the rule allows it (`max_chars`)
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
    max_chars: int = RULE_MAX_CHARS


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
        Rule(r["name"], r["kind"], re.compile(r["pattern"], 0 if r.get("case") else re.IGNORECASE),
             int(r.get("max_chars", RULE_MAX_CHARS)))
        for r in spec["rule"]
    )


@lru_cache(maxsize=1)
def load_weights() -> dict[str, float]:
    """Scorer weights and threshold of `data/boilerplate_weights.json`."""
    return json.loads((_DATA / "boilerplate_weights.json").read_text(encoding="utf-8"))["weights"]


def match_rule(line: str, rules: Sequence[Rule] | None = None) -> Rule | None:
    """The first rule that matches the stripped line as a whole, if any.

    A short line (at most `SHORT_LINE_WORDS` words) is stand-alone: the rule's phrase is the line. A longer
    line counts only when the phrase opens or closes it (nothing but punctuation before or after the match)
    and the line is at most the rule's `max_chars` long: "Get the best deals ..." is a prompt, while a
    quoted sentence that says "... will get the best headlines" in the middle of a paragraph is article text.
    """
    text = line.strip()
    short = len(words_of(text)) <= SHORT_LINE_WORDS
    for rule in rules if rules is not None else load_rules():
        if not short and len(text) > rule.max_chars:
            continue  # too long for this rule to remove: its regex need not run
        if any(short or _opens_or_closes(text, m) for m in rule.regex.finditer(text)):
            return rule
    return None


def _opens_or_closes(text: str, match: re.Match[str]) -> bool:
    """Nothing but punctuation before the match, or nothing but punctuation after it."""
    return not _WORD.search(text, 0, match.start()) or not _WORD.search(text, match.end())


def words_of(line: str) -> list[str]:
    """Word tokens of a line (letters and digits, inner apostrophes kept)."""
    return _WORD.findall(line)


_DATE_ONLY = re.compile(
    r"^\W*((updated|published|posted)\W*)?((mon|tue|wed|thu|fri|sat|sun)\w*\W+)?"
    r"((\d{1,2}\s+)?(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*\.?(\s+\d{1,2})?,?(\s+\d{4})?|"
    r"\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{4}-\d{2}-\d{2})?\W*(\d{1,2}[:.]\d{2}\s*([ap]\.?m\.?)?\s*\w{0,4})?\W*$",
    re.IGNORECASE,
)
_PROSE_LOG_WORDS = math.log1p(12)  # a prose line: 12+ words, ends like a sentence, has stop words
_LINKISH = re.compile(r"https?://|www\.|@\w|\.com\b|#\w", re.IGNORECASE)


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
        "words_le3": 1.0 if n <= 3 else 0.0,
        "words_4_9": 1.0 if 4 <= n <= 9 else 0.0,
        "words_ge20": 1.0 if n >= 20 else 0.0,
        "stop_density": stop / n if n else 0.0,
        "ends_sentence": 1.0 if _SENT_END.search(text) and n >= 4 else 0.0,
        "ends_colon": 1.0 if text.endswith(":") else 0.0,
        "title_case": caps / len(alpha_words) if alpha_words else 1.0,
        "digit_share": sum(c.isdigit() for c in text) / n_chars,
        "separator_share": sum(c in _SEPARATORS for c in text) / n_chars,
        "has_comma": 1.0 if "," in text else 0.0,
        "upper_share": sum(c.isupper() for c in text) / max(sum(c.isalpha() for c in text), 1),
        "date_only": 1.0 if _DATE_ONLY.match(text) and any(c.isdigit() for c in text) else 0.0,
        "linkish": 1.0 if _LINKISH.search(text) else 0.0,
        "quote_mark": 1.0 if re.search(r"[\"“”]", text) else 0.0,
        "bullet": 1.0 if re.match(r"^[-*•·▪►>]\s", text) else 0.0,
        "headline_like": 1.0 if 4 <= n <= 20 and not _SENT_END.search(text)
        and alpha_words and caps / len(alpha_words) >= 0.5 else 0.0,
        "fragment": 1.0 if n >= 4 and not _SENT_END.search(text) else 0.0,
    }


def _logit(features: dict[str, float], weights: dict[str, float], prefix: str = "") -> float:
    return weights.get(prefix + "bias", 0.0) + sum(weights.get(prefix + k, 0.0) * v for k, v in features.items())


def _sigmoid(x: float) -> float:
    return 1.0 / (1.0 + math.exp(-max(min(x, 40.0), -40.0)))


def page_features(lines: Sequence[str], repeats: Sequence[int] | None = None,
                  weights: dict[str, float] | None = None,
                  skip: Sequence[bool] | None = None) -> tuple[list[int], list[dict], list[dict]]:
    """Indices of the lines to score, their first-pass features and their context features.

    Blank lines and lines flagged in `skip` (those a rule already removed) are left out, so an
    advertisement inside the article does not make the paragraphs around it look like boilerplate.
    Context: the mean first-pass probability of the two nearest non-blank neighbours on each side, whether
    the line lies between the first and last prose line, distance to the nearest prose line, relative
    position, repeats of the same line in this page and in other documents of the corpus (`repeats`).
    """
    w = weights or load_weights()
    idx = [i for i, ln in enumerate(lines) if ln.strip() and not (skip and skip[i])]
    feats = [line_features(lines[i]) for i in idx]
    first = [_sigmoid(_logit(f, w)) for f in feats]
    prose = [k for k, f in enumerate(feats) if f["log_words"] >= _PROSE_LOG_WORDS and f["ends_sentence"]
             and f["stop_density"] >= 0.25]
    counts: dict[str, int] = {}
    for i in idx:
        counts[lines[i].strip()] = counts.get(lines[i].strip(), 0) + 1
    ctx = []
    nonprose = [0.0 if f["ends_sentence"] and not f["words_le3"] else 1.0 for f in feats]
    for k, i in enumerate(idx):
        prev, nxt = first[max(0, k - 2):k], first[k + 1:k + 3]
        around = nonprose[max(0, k - 2):k] + nonprose[k + 1:k + 3]
        gap = min((abs(k - p) for p in prose), default=len(idx))
        ctx.append({
            "first_logit": _logit(feats[k], w),
            "ctx_prev": sum(prev) / len(prev) if prev else 0.0,
            "ctx_next": sum(nxt) / len(nxt) if nxt else 0.0,
            "inside_prose": 1.0 if prose and prose[0] <= k <= prose[-1] else 0.0,
            "near_prose": 1.0 if gap <= 1 else 0.0,
            "log_gap": math.log1p(gap),
            "rel_pos": k / max(len(idx) - 1, 1),
            "page_dup": 1.0 if counts[lines[i].strip()] > 1 else 0.0,
            "nonprose_around": sum(around) / len(around) if around else 1.0,
            "list_item": nonprose[k] * (sum(around) / len(around) if around else 1.0),
            "repeat": math.log1p(repeats[i]) if repeats is not None else 0.0,
        })
    return idx, feats, ctx


def score_lines(lines: Sequence[str], repeats: Sequence[int] | None = None,
                weights: dict[str, float] | None = None, skip: Sequence[bool] | None = None) -> list[float]:
    """Probability that each line is article content (blank and skipped lines get 0); see `page_features`."""
    w = weights or load_weights()
    out = [0.0] * len(lines)
    idx, _, ctx = page_features(lines, repeats, w, skip)
    for i, c in zip(idx, ctx, strict=True):
        out[i] = _sigmoid(_logit(c, w, "ctx:"))
    return out


def is_headline(line: str) -> bool:
    """A headline-shaped line: 3 to 30 words, not ending like a sentence (a question mark is fine)."""
    text = line.strip()
    n = len(words_of(text))
    return 3 <= n <= 30 and len(text) <= 250 and not re.search(r"[.,;:_—–-]\s*$", text)


def classify_lines(lines: Sequence[str], title: str | None = None, repeats: Sequence[int] | None = None,
                   threshold: float | None = None) -> list[LineVerdict]:
    """Decide for every raw line whether it is article content; see the module docstring.

    Rules always apply. The scorer only runs on texts that show web-page evidence (at least
    `web_page_min_rule_hits` rule matches, or corpus repeats): clean article text, such as wire copy with
    datelines, headlines and results tables, keeps every line the rules do not remove.
    """
    rules = load_rules()
    weights = load_weights()
    cut = weights.get("threshold", 0.5) if threshold is None else threshold
    hits = [match_rule(line, rules) if line.strip() else None for line in lines]
    repeated = repeats is not None and sum(1 for r in repeats if r >= REPEAT_MIN) >= 2
    web = sum(h is not None for h in hits) >= weights.get("web_page_min_rule_hits", 2) or repeated
    probs = score_lines(lines, repeats, weights, [h is not None for h in hits]) if web else [1.0] * len(lines)
    verdicts: list[LineVerdict] = []
    norm_title = _norm(title) if title else None
    for i, line in enumerate(lines):
        text = line.strip()
        rule = hits[i]
        if not text:
            verdicts.append(LineVerdict(i, line, True, "blank", ""))
        elif norm_title and _norm(text) == norm_title:
            verdicts.append(LineVerdict(i, line, False, "title", "title"))
            norm_title = None
        elif rule is not None:
            verdicts.append(LineVerdict(i, line, False, rule.kind, f"rule:{rule.name}"))
        elif repeats is not None and repeats[i] >= REPEAT_MIN and (not web or probs[i] < 0.99):
            verdicts.append(LineVerdict(i, line, False, "boilerplate", f"repeat:{repeats[i]}"))
        elif probs[i] < cut and not attributed_quotation(text):
            verdicts.append(LineVerdict(i, line, False, "boilerplate", f"score:{probs[i]:.2f}"))
        else:
            verdicts.append(LineVerdict(i, line, True, "content", f"score:{probs[i]:.2f}" if web else "plain"))
    return verdicts


_QUOTED = re.compile(r"[\"“”‘’']([^\"“”]{12,})[\"“”’']")
_ATTRIBUTION = re.compile(r"\b(?:said|says|told|added|asked|warned|according to)\b", re.IGNORECASE)


def attributed_quotation(line: str) -> bool:
    """A quotation with its speaker (`"The ships cannot wait," Visser said.`): reporting, never page chrome.

    The scorer may be unsure of a short line, but menus, share lines and promos do not quote someone and say
    who said it, so such a line is kept whatever its score (rules still apply).
    """
    return bool(_QUOTED.search(line) and _ATTRIBUTION.search(line))


def _norm(text: str) -> str:
    return " ".join(words_of(text.lower()))


def pick_title(lines: Sequence[str], verdicts: Sequence[LineVerdict]) -> int | None:
    """Index of the headline: the last headline-shaped line before the first kept prose line.

    A line counts when it was not removed by a rule and stands within the three non-blank lines just above
    the body's first paragraph. Prose hard-wrapped at a fixed width (wire copy: "... three of the\nCheung Kong
    group ...") starts a paragraph on a line that runs on into the next, and such a line is no headline.
    """
    first_body = next((v.line_no for i, v in enumerate(verdicts) if v.kind == "content"
                       and len(words_of(v.text)) >= 8 and (re.search(r"[.!?\"”’]\s*$", v.text.strip())
                                                            or _runs_on(v.text, _next_text(verdicts, i))
                                                            or dateline_end(v.text))), None)
    if first_body is None:
        return None
    candidates = [(i, v) for i, v in enumerate(verdicts[:first_body])
                  if v.text.strip() and not v.reason.startswith("rule:")]
    for i, v in reversed(candidates[-3:]):
        if is_headline(v.text) and not _opens_in_lower_case(v.text) and not _runs_on(v.text, _next_text(verdicts, i)) \
                and not dateline_end(v.text):
            return v.line_no
    return None


def _opens_in_lower_case(line: str) -> bool:
    """A wrapped prose line opens with a lower-case word; a headline does not ("iTunes ...", "$1m ..." may)."""
    word = line.split()[0]
    return word[:1].islower() and word.islower()


# words a sentence does not end on: a line ending with one runs on into the next line
_RUN_ON_WORDS = {"a", "an", "the", "of", "to", "in", "on", "at", "by", "for", "from", "with", "and", "or", "but",
                 "that", "which", "who", "its", "their", "his", "her", "as", "than", "into", "is", "are", "was",
                 "were", "be", "has", "have", "had", "will", "would"}


def _next_text(verdicts: Sequence[LineVerdict], i: int) -> str:
    """The next line's text when it directly follows line `i` (no blank line between)."""
    return verdicts[i + 1].text.strip() if i + 1 < len(verdicts) else ""


def _runs_on(line: str, next_line: str) -> bool:
    """Whether `line` is hard-wrapped prose that continues on `next_line`: it ends with a comma or a word no
    sentence ends on, or the next line goes on in lower case or with a number ("rose to a record\n51.73 billion")."""
    if not next_line:
        return False
    words = words_of(line)
    return line.rstrip().endswith(",") or (bool(words) and words[-1].lower() in _RUN_ON_WORDS) or \
        next_line[:1].islower() or next_line[:1].isdigit()


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
