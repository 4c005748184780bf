"""Small helpers over spaCy dependency parses shared by quotes and events."""
from __future__ import annotations

from spacy.tokens import Span, Token

SUBJECTS = {"nsubj", "nsubjpass", "csubj"}


def noun_phrase(head: Token, split_conjuncts: bool = False) -> Span:
    """The head's subtree, cut before a trailing relative clause or comma (", who …").

    With `split_conjuncts`, "A and B" gives only A.
    """
    doc = head.doc
    left = head.left_edge.i
    right = head.i
    for child in head.rights:
        if child.dep_ in ("relcl", "acl", "appos") or child.text in (",", "(", "—", "–"):
            break
        if split_conjuncts and child.dep_ in ("cc", "conj"):
            break
        right = child.right_edge.i
    return doc[left:right + 1]


def subject_of(verb: Token, depth: int = 0) -> Token | None:
    """The subject token of a verb, inherited from the governing verb for xcomp, conj, advcl and the like."""
    for child in verb.children:
        if child.dep_ in ("nsubj", "csubj"):
            return child
    inherits = ("conj", "xcomp", "advcl", "ccomp", "acl", "pcomp", "acomp")
    if depth < 4 and verb.dep_ in inherits and verb.head.i != verb.i:
        if verb.dep_ == "acl" and verb.head.pos_ in ("NOUN", "PROPN", "PRON"):
            return verb.head
        return subject_of(verb.head, depth + 1)
    return None


def passive_subject(verb: Token) -> Token | None:
    """The subject of a passive verb (the patient)."""
    return next((c for c in verb.children if c.dep_ == "nsubjpass"), None)


def agent_of(verb: Token) -> Token | None:
    """The "by X" agent of a passive verb."""
    for child in verb.children:
        if child.dep_ == "agent":
            return next((g for g in child.children if g.dep_ == "pobj"), None)
    return None


def conjuncts(tok: Token) -> list[Token]:
    """The token and its coordinated siblings ("A and B")."""
    return [tok, *tok.conjuncts]


def prep_objects(head: Token, preps: set[str]) -> list[tuple[str, Token]]:
    """(preposition, object) pairs under `head` for the given prepositions."""
    out = []
    for child in head.children:
        if child.dep_ in ("prep", "dative") and child.lower_ in preps:
            out.extend((child.lower_, g) for g in child.children if g.dep_ == "pobj")
        elif child.dep_ in ("prep", "advmod", "prt") and child.lower_ == "out" and "from" in preps:
            out.extend(("from", g) for p in child.children if p.dep_ == "prep" and p.lower_ == "of"
                       for g in p.children if g.dep_ == "pobj" and _named(g))  # "pulled its monitors out of
            # Syria": from Syria (not "ordered the observers out of the country", who are the ones acted on)
        elif child.dep_ == "dative" and child.pos_ in ("NOUN", "PROPN", "PRON"):
            out.append(("to", child))
    return out


def _named(noun: Token) -> bool:
    """A name, or a noun with a name on it ("Syria", "the OSCE mission", "the Somali capital Mogadishu"), not
    "the country"."""
    return noun.pos_ == "PROPN" or bool(noun.ent_type_) or any(
        c.dep_ in ("compound", "amod", "appos") and (c.pos_ == "PROPN" or c.ent_type_) for c in noun.children)


def reduced_passive(tok: Token) -> Token | None:
    """The patient of a passive participle with no auxiliary of its own: "five soldiers were reported killed",
    "with five Iraqis killed in a car bombing" (the ones killed, never the killers)."""
    if tok.tag_ != "VBN":
        return None
    if tok.dep_ in ("xcomp", "oprd") and any(c.dep_ == "auxpass" for c in tok.head.children):
        return passive_subject(tok.head)
    if tok.dep_ == "advcl" and not any(c.dep_ in ("aux", "auxpass", "dobj") for c in tok.children):
        return next((c for c in tok.children if c.dep_ == "nsubj"), None)
    return None


def dated_infinitives(verb: Token) -> list[Token]:
    """Infinitives the parser hung on a date after the verb instead of on the verb: "declined on Tuesday to revoke
    the decree", "promised in 1998 to hold elections" (the infinitive is the verb's complement)."""
    return [a for p in verb.children if p.dep_ == "prep" and p.lower_ in ("on", "in") for o in p.children
            if o.dep_ == "pobj" and (o.ent_type_ == "DATE" or o.like_num) for a in o.children
            if a.dep_ in ("acl", "relcl") and a.pos_ == "VERB" and any(
                x.dep_ == "aux" and x.lower_ == "to" for x in a.children)]


def dated_infinitive_head(tok: Token) -> Token | None:
    """The verb whose complement `tok` is, when the parser hung it on a date (see `dated_infinitives`)."""
    date = tok.head
    if tok.dep_ not in ("acl", "relcl") or date.dep_ != "pobj" or date.head.dep_ != "prep":
        return None
    verb = date.head.head
    return verb if verb.pos_ == "VERB" and tok in dated_infinitives(verb) else None
