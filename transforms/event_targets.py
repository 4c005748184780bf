"""Whom an object pronoun stands for ("accusing him", "shot them dead", "to congratulate him").

An object pronoun never stands for the subject of its own clause ("the minister accused him" is not the minister
accusing himself), so the subject-first rule that serves "he" and "it" cannot serve it. `object_antecedent`
takes, in the pronoun's sentence and before it, the object shared with a coordinated verb first ("mistook three
officers for militants and shot them": the officers), else the nearest noun that an object or an apposition
heads ("an attack on Prince Charles, accusing him"; "sent a message to Norodom Sihamoni to congratulate him"),
skipping the clause's subject and words of the wrong number: "him"/"her" need a person (a name the model tags as
one, or a singular noun for a person), "them" a plural noun. A pronoun with nothing fitting before it (the name
comes later: "Before deporting him, Rabin called al-Khalil …") stands for no one.
"""
from __future__ import annotations

from spacy.tokens import Token

from transforms.gazetteer import country_of_name
from transforms.syntax import subject_of

OBJECT_PRONOUNS = {"him": False, "her": False, "them": True}  # plural?
OBJECT_DEPS = frozenset({"dobj", "pobj", "dative", "obj"})
HEADING_DEPS = frozenset({"dobj", "pobj", "dative", "appos", "conj", "nsubjpass", "attr", "oprd"})
PERSON_NOUNS = frozenset({"man", "woman", "boy", "girl", "leader", "minister", "president", "official", "soldier",
                          "officer", "journalist", "worker", "envoy", "ambassador", "king", "queen", "prince",
                          "princess", "general", "commander", "cleric", "chief", "spokesman", "diplomat", "judge",
                          "candidate", "premier", "chancellor", "secretary", "governor", "mayor", "activist",
                          "hostage", "prisoner", "suspect", "rival", "opponent", "challenger", "successor"})


def _fits(tok: Token, plural: bool) -> bool:
    if tok.pos_ not in ("NOUN", "PROPN"):
        return False
    if plural:
        return tok.tag_ in ("NNS", "NNPS")
    if tok.ent_type_ == "PERSON":  # the name's last word
        return tok.i + 1 == len(tok.doc) or tok.doc[tok.i + 1].ent_iob_ != "I"
    return tok.tag_ == "NN" and tok.lemma_.lower() in PERSON_NOUNS


def object_antecedent(pron: Token) -> Token | None:
    """The noun an object pronoun ("him", "her", "them") stands for in its sentence, else None."""
    plural = OBJECT_PRONOUNS.get(pron.lower_)
    if plural is None or pron.tag_ != "PRP" or pron.dep_ not in OBJECT_DEPS:
        return None
    verb = pron.head.head if pron.dep_ == "pobj" else pron.head
    subject = subject_of(verb) if verb.pos_ in ("VERB", "AUX") else None
    barred = {t.i for t in subject.subtree} if subject is not None else set()
    partners = [verb.head] if verb.dep_ == "conj" else []
    partners += [c for c in verb.children if c.dep_ == "conj"]
    shared = next((o for v in partners for o in v.children
                   if o.dep_ == "dobj" and o.i < pron.i and o.i not in barred and _fits(o, plural)), None)
    if shared is not None:
        return shared
    sent = pron.sent
    for tok in reversed(sent[:pron.i - sent.start]):
        if tok.i not in barred and tok.dep_ in HEADING_DEPS and _fits(tok, plural):
            return tok
    return None


def _owner(act: Token) -> Token | None:
    """Who did an act named as a noun, by its own words: "the UN's resolution", "a UN resolution", "the Russian
    refusal" (itself, which stands for its owner), "a proposal by Germany", "the demands of the rebels"; None for a
    pronoun owner or none named."""
    kids = list(act.children)
    if any(c.dep_ == "poss" and c.pos_ == "PRON" for c in kids):
        return None  # ("his Gaza disengagement plan": his, whoever he is, not Gaza)
    for test in (lambda c: c.dep_ == "poss" and c.pos_ in ("PROPN", "NOUN"),
                 lambda c: c.dep_ in ("compound", "nmod", "amod") and (c.ent_type_ in ("ORG", "PERSON", "NORP") or (
                     c.ent_type_ == "GPE" and country_of_name(c.text) is not None))):  # ("the Lisbon plans" are
        # named after a city, not owned by a state)
        found = next((c for c in kids if test(c)), None)
        if found is not None:  # (a demonym names no one to stand for: "an Australian ultimatum" stays whole and
            return act if found.dep_ == "amod" or found.ent_type_ == "NORP" else found  # is Australia's)
    return next((g for p in kids if p.dep_ == "prep" and p.lower_ in ("by", "of", "from") for g in p.children
                 if g.dep_ == "pobj" and g.pos_ in ("PROPN", "NOUN")), None)


def act_target(tok: Token, classes: dict[str, frozenset[str]]) -> Token | None:
    """A target named as an act or a topic stands for the one who did the act, never for the act: "condemned a
    UN resolution" targets the UN, "backed the rebels' demand" the rebels; "congratulated him on his election"
    and "talks on the fate of two hostages" name no target in the act or topic (None). Any other word: itself."""
    lemma = tok.lemma_.lower()
    if tok.pos_ != "NOUN" or tok.ent_type_:
        return tok
    if lemma in classes["@topic"]:
        return None
    if lemma not in classes["@owned_act"]:
        return tok
    return _owner(tok)
