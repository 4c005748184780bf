"""spaCy's attribute ruler evaluated on token arrays: the same annotations in a fraction of the time.

The English pipelines' `attribute_ruler` holds a tag map (one rule per fine-grained tag: `{"TAG": "NNS"}` →
POS NOUN, Number=Plur) and about a hundred exception rules (`{"TAG": "DT", "LOWER": "the"}` → Definite=Def,
`"gets"` → lemma *get* …). spaCy's `Matcher` calls a Python predicate per token for every `IN`/`REGEX`
condition and applies each of the tens of thousands of matches one by one, which costs as much as the parser.
`FastAttributeRuler` evaluates the same rules with numpy over `Doc.to_array` columns, all matches on the
annotations as they were before the ruler (as spaCy's ruler does), then writes the tag map for all tokens at
once and applies the exception matches with spaCy's own `set_annotations`, in the order spaCy applies them.
`speed_up` installs it only when every rule is of a shape it evaluates exactly (fixed-length token patterns over
string attributes with equality, IN, NOT_IN or REGEX, and IS_* flags); any other rule keeps spaCy's component.
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

import numpy as np
from spacy.attrs import MORPH, POS, TAG
from spacy.language import Language
from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc
from spacy.util import minibatch
from spacy.vocab import Vocab

FACTORY = "newsmill_fast_attribute_ruler"
STRING_ATTRS = {"ORTH": "ORTH", "TEXT": "ORTH", "LOWER": "LOWER", "NORM": "NORM", "TAG": "TAG", "DEP": "DEP",
                "LEMMA": "LEMMA"}
FLAG_ATTRS = {"IS_SPACE", "IS_PUNCT", "IS_ALPHA", "IS_DIGIT", "IS_LOWER", "IS_UPPER", "IS_TITLE", "IS_STOP"}
PREDICATES = {"IN", "NOT_IN", "REGEX"}


@dataclass(frozen=True)
class Condition:
    """One condition on one token attribute: `op` is "==", "IN", "NOT_IN", "REGEX" or "FLAG"."""

    attr: str
    op: str
    value: object  # a string hash, a frozenset of hashes, a compiled regex, or a bool


def _condition(vocab: Vocab, key: str, value: object) -> Condition | None:
    if key in FLAG_ATTRS and isinstance(value, bool):
        return Condition(key, "FLAG", value)
    attr = STRING_ATTRS.get(key)
    if attr is None:
        return None
    if isinstance(value, str):
        return Condition(attr, "==", vocab.strings.add(value))
    if isinstance(value, dict) and len(value) == 1:
        (op, arg), = value.items()
        if op in ("IN", "NOT_IN") and isinstance(arg, list) and all(isinstance(v, str) for v in arg):
            return Condition(attr, op, frozenset(vocab.strings.add(v) for v in arg))
        if op == "REGEX" and isinstance(arg, str):
            return Condition(attr, op, re.compile(arg))
    return None


def compile_rule(vocab: Vocab, rule: dict) -> list[list[list[Condition]]] | None:
    """A rule's patterns as conditions per token position; None when a pattern has a feature not supported
    here (operators such as OP, other attributes or predicates)."""
    out = []
    for pattern in rule["patterns"]:
        tokens = []
        for spec in pattern:
            conditions = [_condition(vocab, k, v) for k, v in spec.items()]
            if not spec or None in conditions:
                return None
            tokens.append(conditions)
        out.append(tokens)
    return out


def _tag_rule(rule: dict) -> bool:
    """A rule of the tag map: one token matched on its TAG alone, setting POS and/or MORPH."""
    return rule.get("index", 0) == 0 and set(rule["attrs"]) <= {"POS", "MORPH"} and all(
        len(p) == 1 and set(p[0]) == {"TAG"} and isinstance(p[0]["TAG"], str) for p in rule["patterns"])


class _Columns:
    """Token attributes of a batch of docs as arrays (docs end to end), and each condition's boolean mask."""

    def __init__(self, docs: list[Doc], attrs: list[str]) -> None:
        self.vocab = docs[0].vocab if docs else None
        lengths = np.array([len(d) for d in docs], dtype=np.int64)
        self.ends = np.cumsum(lengths)  # exclusive end of each doc in the batch
        self.n = int(self.ends[-1]) if len(docs) else 0
        arrays = [d.to_array(attrs) for d in docs if len(d)]
        table = np.concatenate(arrays) if arrays else np.empty((0, len(attrs)), dtype=np.uint64)
        self.values = dict(zip(attrs, table.T, strict=True))
        self.masks: dict[int, np.ndarray] = {}

    def mask(self, key: int, c: Condition) -> np.ndarray:
        if key not in self.masks:
            col = self.values[c.attr]
            if c.op == "==":
                m = col == np.uint64(c.value)
            elif c.op == "FLAG":
                m = col.astype(bool) == c.value
            elif c.op == "REGEX":
                hits = [h for h in np.unique(col) if c.value.search(self.vocab.strings[int(h)])]
                m = np.isin(col, np.array(hits, dtype=np.uint64))
            else:
                m = np.isin(col, np.fromiter(c.value, dtype=np.uint64, count=len(c.value)))
                if c.op == "NOT_IN":
                    m = ~m
            self.masks[key] = m
        return self.masks[key]

    def starts(self, pattern: list[list[tuple[int, Condition]]]) -> tuple[np.ndarray, np.ndarray]:
        """(doc index, token position in that doc) of every match of a fixed-length pattern; a match never
        runs past the end of its doc."""
        span = len(pattern)
        width = self.n - span + 1
        if width <= 0:
            return np.empty(0, dtype=np.int64), np.empty(0, dtype=np.int64)
        ok = None
        for offset, conditions in enumerate(pattern):
            for key, c in conditions:
                m = self.mask(key, c)[offset:offset + width]
                ok = m.copy() if ok is None else ok & m
        starts = np.flatnonzero(ok)
        docs = np.searchsorted(self.ends, starts, side="right")
        keep = starts + span <= self.ends[docs]
        starts, docs = starts[keep], docs[keep]
        return docs, starts - (self.ends[docs] - self._lengths(docs))

    def _lengths(self, docs: np.ndarray) -> np.ndarray:
        return self.ends[docs] - np.concatenate(([0], self.ends[:-1]))[docs]


class FastAttributeRuler:
    """An attribute ruler evaluated on token arrays (see the module docstring)."""

    def __init__(self, vocab: Vocab, name: str = FACTORY) -> None:
        self.vocab, self.name = vocab, name
        self.rules = AttributeRuler(vocab, name=f"{name}_rules")  # normalised attrs, spaCy's set_annotations
        self.tag_tables: dict[int, dict[int, int]] = {POS: {}, MORPH: {}}  # attr → {tag hash: value}
        self.exceptions: list[tuple[int, int, list]] = []  # (attr id, match id, patterns of (key, condition))
        self.attrs: list[str] = []

    def load(self, rules: list[dict]) -> bool:
        """Take an `AttributeRuler`'s `patterns`; False (nothing loaded) when a rule is not supported."""
        n_tags = 0
        while n_tags < len(rules) and _tag_rule(rules[n_tags]):
            n_tags += 1
        compiled = [compile_rule(self.vocab, r) for r in rules[n_tags:]]
        if any(c is None for c in compiled) or any(_tag_rule(r) for r in rules[n_tags:]):
            return False
        self.rules.add_patterns(rules)
        for rule, attrs in zip(rules[:n_tags], self.rules.attrs, strict=False):
            for pattern in rule["patterns"]:
                tag = self.vocab.strings.add(pattern[0]["TAG"])
                for attr, value in attrs.items():  # a later rule for the same tag wins, as in spaCy
                    self.tag_tables[attr][tag] = value
        keys: dict[Condition, int] = {}
        self.exceptions = [
            (n_tags + i, self.vocab.strings.add(str(n_tags + i)),
             [[[(keys.setdefault(c, len(keys)), c) for c in token] for token in pattern] for pattern in patterns])
            for i, patterns in enumerate(compiled)]
        self.attrs = sorted({"TAG"} | {c.attr for c in keys})
        return True

    def __call__(self, doc: Doc) -> Doc:
        return next(iter(self.pipe([doc])))

    def pipe(self, stream: Iterable[Doc], batch_size: int = 128) -> Iterator[Doc]:
        """Annotate docs, evaluating the rules on a batch of docs at once."""
        for batch in minibatch(stream, size=batch_size):
            yield from self._annotate(list(batch))

    def _annotate(self, docs: list[Doc]) -> list[Doc]:
        cols = _Columns(docs, self.attrs)
        matches: list[list[tuple[int, int, int, int]]] = [[] for _ in docs]  # per doc, before any change
        for attr_id, match_id, patterns in self.exceptions:
            for pattern in patterns:
                for d, s in zip(*cols.starts(pattern), strict=True):
                    matches[d].append((attr_id, match_id, int(s), int(s) + len(pattern)))
        for doc, found in zip(docs, matches, strict=True):
            if len(doc):
                values = doc.to_array([TAG, POS, MORPH])
                tags = values[:, 0]
                for col, attr in ((1, POS), (2, MORPH)):
                    table = self.tag_tables[attr]
                    for tag in np.unique(tags):
                        value = table.get(int(tag))
                        if value is not None:
                            values[tags == tag, col] = value
                doc.from_array([POS, MORPH], values[:, 1:])
            self.rules.set_annotations(doc, sorted(set(found)))
        return docs


@Language.factory(FACTORY)
def make_fast_attribute_ruler(nlp: Language, name: str) -> FastAttributeRuler:
    """spaCy factory of `FastAttributeRuler` (its rules are loaded by `speed_up`)."""
    return FastAttributeRuler(nlp.vocab, name)


def speed_up(nlp: Language, name: str = "attribute_ruler") -> bool:
    """Replace the pipeline's attribute ruler by a `FastAttributeRuler` with the same rules; False (nothing
    changed) when there is none or a rule has a shape it does not evaluate."""
    if name not in nlp.pipe_names or not isinstance(nlp.get_pipe(name), AttributeRuler):
        return False
    rules = nlp.get_pipe(name).patterns
    if not FastAttributeRuler(nlp.vocab, name).load(rules):  # checked before anything changes
        return False
    nlp.replace_pipe(name, FACTORY).load(rules)
    return True

