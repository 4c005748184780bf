"""spaCy's rule lemmatizer with a lemma per (form, POS, morphology) looked up on token arrays.

spaCy's `Lemmatizer` visits every token in Python: it builds a `Token`, reads its morphology, asks
`is_base_form` and sets `lemma_` one token at a time, and caches only the forms that pass its rules (base
forms and proper nouns are worked out again each time). That is about a tenth of the English small pipeline's
time. A rule lemma depends only on the token's form, coarse POS and morphology, so `FastLemmatizer` reads those
three columns with `Doc.to_array`, asks a copy of the wrapped spaCy lemmatizer once per new combination, and
writes the lemmas back with one `Doc.from_array`. The copy holds the same tables, except that its word index
(`lemma_index`, lists of tens of thousands of words that spaCy searches from the start for each candidate form)
is held as sets: the same membership answers without the scan. Tokens that already have a lemma (set by the
attribute ruler) keep it, as in spaCy, unless the lemmatizer overwrites. `speed_up_lemmatizer` installs it for
rule-mode lemmatizers only.
"""
from __future__ import annotations

import copy
from collections.abc import Iterable, Iterator

from spacy.attrs import LEMMA, MORPH, ORTH, POS
from spacy.language import Language
from spacy.lookups import Lookups, Table
from spacy.pipeline import Lemmatizer
from spacy.tokens import Doc
from spacy.util import minibatch
from spacy.vocab import Vocab

FACTORY = "newsmill_fast_lemmatizer"


class FastLemmatizer:
    """A rule lemmatizer answered from a per-(form, POS, morphology) table (see the module docstring)."""

    def __init__(self, vocab: Vocab, name: str = FACTORY) -> None:
        self.vocab, self.name = vocab, name
        self.inner: Lemmatizer | None = None
        self.lemmas: dict[tuple[int, int, int], int] = {}

    def wrap(self, inner: Lemmatizer) -> FastLemmatizer:
        """Answer with `inner`'s lemmas (its tables, mode and overwrite setting); `inner` is left unchanged."""
        self.inner, self.lemmas = copy.copy(inner), {}
        self.inner.lookups = indexed_as_sets(inner.lookups)
        self.inner.cache = {}
        return self

    def __call__(self, doc: Doc) -> Doc:
        return self._annotate(doc)

    def pipe(self, stream: Iterable[Doc], batch_size: int = 128) -> Iterator[Doc]:
        """Lemmatize docs one after another (the table is shared across them)."""
        for batch in minibatch(stream, size=batch_size):
            yield from (self._annotate(doc) for doc in batch)

    def _annotate(self, doc: Doc) -> Doc:
        if self.inner is None:
            raise ValueError("FastLemmatizer has no lemmatizer to answer with: call wrap() first")
        if not len(doc):
            return doc
        values = doc.to_array([ORTH, POS, MORPH, LEMMA])
        overwrite = self.inner.overwrite
        lemmas, strings = self.lemmas, self.vocab.strings
        out = values[:, 3:4].copy()
        for i, (orth, pos, morph, lemma) in enumerate(values.tolist()):
            if lemma and not overwrite:
                continue
            key = (orth, pos, morph)
            found = lemmas.get(key)
            if found is None:
                found = lemmas[key] = strings.add(self.inner.lemmatize(doc[i])[0])
            out[i, 0] = found
        doc.from_array([LEMMA], out)
        return doc


def indexed_as_sets(lookups: Lookups, name: str = "lemma_index") -> Lookups:
    """A copy of lemmatizer lookups whose word index (per POS, a list of words) is held as frozensets."""
    out = Lookups()
    for table_name in lookups.tables:
        table = lookups.get_table(table_name)
        if table_name == name:
            indexed = Table(name=name)
            for key, words in table.items():
                indexed[key] = frozenset(words)
            table = indexed
        out.set_table(table_name, table)
    return out


@Language.factory(FACTORY)
def make_fast_lemmatizer(nlp: Language, name: str) -> FastLemmatizer:
    """spaCy factory of `FastLemmatizer` (the lemmatizer it answers with is set by `speed_up_lemmatizer`)."""
    return FastLemmatizer(nlp.vocab, name)


def speed_up_lemmatizer(nlp: Language, name: str = "lemmatizer") -> bool:
    """Replace the pipeline's rule lemmatizer by a `FastLemmatizer` around it; False (nothing changed) when
    there is none or it is not in rule mode (lookup mode has no per-token Python work worth saving)."""
    if name not in nlp.pipe_names:
        return False
    inner = nlp.get_pipe(name)
    if not isinstance(inner, Lemmatizer) or inner.mode != "rule":
        return False
    nlp.replace_pipe(name, FACTORY).wrap(inner)
    return True
