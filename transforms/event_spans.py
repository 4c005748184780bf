"""How much of a noun phrase names the actor: the head with its own modifiers, not what it is said about.

`noun_phrase` keeps the head's whole right side up to a relative clause or a comma, so an actor's text could run
on into an act or a reason ("his Democratic challenger of putting politics ahead of …", "a man in the kidnapping
of …", "the monks for the timing of his concert", "10 Palestinians including a boy, medics and witnesses").
`actor_span` cuts that span before the first prepositional phrase that does not help name the actor: a phrase
with a clause or gerund in it, a preposition other than those of belonging and place, or a place preposition
("in", "at", "on", "near") whose object names no entity. "The leaders of Hamas' military wing", "militants in the
Gaza Strip" and "a lieutenant of Iraq's most feared insurgent leader" are kept whole. `core_span` is the narrower
character range where an actor's state is looked for: the head, its modifiers and an attached "of/in/from X".
"""
from __future__ import annotations

from spacy.tokens import Span, Token

from transforms.actors import agent_sector

BELONGING = frozenset({"of", "from", "to"})  # ("Russia's ambassador to the UN"; "by X" is an agent: "the expulsion of
# two diplomats by Poland")
PLACE = frozenset({"in", "at", "on", "inside", "near", "outside", "across"})
TRAILING = frozenset({",", ";", ":", "-", "--"})
OFFICE_SECTORS = frozenset({"GOV", "MIL", "COP", "JUD", "LEG", "SPY", "OPP", "PTY"})  # ("the prime minister, X,")
PARTICIPLE_ADJECTIVES = frozenset({"ruling", "governing", "striking", "missing", "fighting", "warring", "opposing",
                                   "leading", "visiting", "remaining", "outgoing", "incoming", "sitting", "serving",
                                   "neighbouring", "neighboring", "surrounding", "protesting", "rebelling"})


def _names_entity(tok: Token) -> bool:
    return any(t.ent_type_ for t in tok.subtree)


def _keeps(prep: Token) -> bool:
    """Whether the prepositional phrase `prep` still names the actor it hangs on."""
    word = prep.lower_
    if word not in BELONGING and word not in PLACE:
        return False
    objects = [c for c in prep.children if c.dep_ == "pobj"]
    if not objects or any(c.dep_ == "pcomp" for c in prep.children):
        return False  # "of putting politics ahead of …"
    obj = objects[0]
    after = prep.doc[prep.i + 1]
    if (after.tag_ == "VBG" and after.lower_ not in PARTICIPLE_ADJECTIVES) or obj.tag_ == "VBG" or any(
            t.pos_ in ("VERB", "AUX") and t.dep_ not in ("amod", "compound") for t in obj.subtree):
        return False  # a clause inside ("the kidnapping of a girl that frightened …", "the government of betraying
        # workers", which the model parses as workers who betray; not "the leaders of striking miners")
    return word in BELONGING or _names_entity(obj)


def actor_span(span: Span, head: Token) -> Span:
    """`span` (the head's noun phrase) up to the first prepositional phrase after the head that names no part of
    the actor; trailing punctuation and spaces dropped."""
    end = span.end
    for child in head.rights:
        if child.i >= end:
            break
        if child.dep_ == "prep" and not _keeps(child):
            end = child.i
            break
    while end > head.i + 1 and (span.doc[end - 1].is_space or span.doc[end - 1].text in TRAILING or
                                span.doc[end - 1].dep_ == "case"):  # ("the rebels'" as an owner: the rebels)
        end -= 1
    return span.doc[span.start:end]


def core_span(head: Token) -> tuple[int, int]:
    """Character range of an actor's own words: the head, its modifiers and an attached "of/in/from X"
    (not the clauses and long phrases hanging off it)."""
    toks = [head]
    for child in head.children:
        if child.dep_ in ("det", "amod", "compound", "poss", "nmod", "nummod", "quantmod", "case", "npadvmod"):
            toks.extend(child.subtree)
        elif child.dep_ == "prep" and child.lower_ in ("of", "in", "from") and child.i > head.i and not (
                child.lower_ == "of" and head.lemma_.lower() in CAPTORS):  # ("the kidnappers of a French
            # journalist" are not French)
            toks.append(child)
            for pobj in (g for g in child.children if g.dep_ == "pobj"):
                toks.extend(t for t in pobj.subtree if t.i <= pobj.i)
        elif child.dep_ == "appos" and child.ent_type_ == "PERSON" and head.tag_ == "NN" and \
                head.ent_type_ == "" and child.i > head.i and agent_sector([head.lower_]) in OFFICE_SECTORS:
            toks.extend(t for t in child.subtree if t.i <= child.i)  # "the prime minister, Boris Johnson,": the
            # office holder named after it
    start = min(t.idx for t in toks)
    end = max(t.idx + len(t.text) for t in toks)
    return start, end


CAPTORS = {"kidnapper", "captor", "abductor", "killer", "murderer", "attacker", "assailant", "assassin",
           "hostage-taker", "kidnappers", "captors", "abductors", "killers", "attackers", "assailants"}
