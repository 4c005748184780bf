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
