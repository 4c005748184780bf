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

from transforms.actors import agent_sector
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
TITLES = frozenset({"mr", "mrs", "ms", "dr", "sir", "lord", "lady", "sheikh", "emir", "sultan", "pope", "senator",
                    "sen.", "gen.", "col.", "archbishop", "bishop", "ayatollah"})


def _fits(tok: Token, plural: bool) -> bool:
    if tok.pos_ not in ("NOUN", "PROPN"):
        return False
    if plural:
        return tok.tag_ in ("NNS", "NNPS")
    if tok.ent_type_ == "PERSON":  # the name's last word
        return tok.i + 1 == len(tok.doc) or tok.doc[tok.i + 1].ent_iob_ != "I"
    if tok.tag_ == "NNP" and any(c.dep_ == "compound" and c.lower_ in PERSON_NOUNS | TITLES for c in tok.children):
        return True  # a titled name the model tags otherwise ("Prince Charles")
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


def _owner(act: Token, of_owner: bool = True) -> Token | None:
    """Who did an act named as a noun, by its own words: "the UN's resolution", "a UN resolution", "the Russian
    refusal" (itself, which stands for its owner), "a proposal by Germany", "the demands of the rebels"; None for a
    pronoun owner or none named."""
    kids = list(act.children)
    if any(c.dep_ == "poss" and c.pos_ == "PRON" for c in kids):
        return None  # ("his Gaza disengagement plan": his, whoever he is, not Gaza)
    for test in (lambda c: c.dep_ == "poss" and c.pos_ in ("PROPN", "NOUN"),
                 lambda c: c.dep_ in ("compound", "nmod", "amod") and (c.ent_type_ in ("ORG", "PERSON", "NORP") or (
                     c.ent_type_ == "GPE" and country_of_name(c.text) is not None)),  # ("the Lisbon plans" are
                 # named after a city, not owned by a state)
                 lambda c: _agent_modifier(c) is not None):
        # ("opposition demands", "a Reagan administration plan", "government proposals": an agent word owns them)
        found = next((c for c in kids if test(c)), None)
        if found is not None:  # (a demonym names no one to stand for: "an Australian ultimatum" stays whole and
            return act if found.ent_type_ == "NORP" or (found.dep_ == "amod" and not agent_sector([found.lower_])) \
                else found  # is Australia's; "rebel demands" are the rebels')
    if act.dep_ == "dobj" and not any(c.dep_ in ("auxpass", "nsubjpass") for c in act.head.children):
        kids += [p for p in act.head.children if p.dep_ == "prep" and p.lower_ == "by" and p.i > act.i]  # ("attacked
        # the decision by Britain's highest court": the parser hangs the act's "by" on the active verb)
    owner_preps = ("by", "of", "from") if of_owner else ("by",)  # ("the invasion of Iraq" is done to Iraq)
    return next((g for p in kids if p.dep_ == "prep" and p.lower_ in owner_preps for g in p.children
                 if g.dep_ == "pobj" and g.pos_ in ("PROPN", "NOUN")), None)


ATTACKS = frozenset({"attack", "counter-attack", "counterattack", "raid", "offensive", "incursion", "assault",
                     "bombing", "shelling", "strike", "airstrike", "ambush"})


def attacker(attack: Token) -> Token | None:
    """Who made an attack named as a noun, when its words name them as a group or by "by": "the raid by Indian
    troops", "rebel counter-attacks" (a nationality keeps the attack itself: "Israeli air raids" are Israel's)."""
    if attack.lemma_.lower() not in ATTACKS and attack.lower_ not in ATTACKS:
        return None
    by = next((g for p in attack.children if p.dep_ == "prep" and p.lower_ == "by" for g in p.children
               if g.dep_ == "pobj" and g.pos_ in ("PROPN", "NOUN")), None)
    return by or next((c for c in attack.children if _agent_modifier(c) in ("REB", "MIL", "COP", "GOV")), None)


AGENT_ADJECTIVES = frozenset({"rebel", "insurgent", "opposition"})  # (tagged ADJ: "rebel demands")


def _agent_modifier(tok: Token) -> str | None:
    """The sector of an agent word modifying a noun ("opposition demands", "government proposals", "rebel
    counter-attacks"), else None."""
    if tok.dep_ not in ("compound", "nmod", "amod") or not (tok.pos_ == "NOUN" or tok.lower_ in AGENT_ADJECTIVES):
        return None
    return agent_sector([tok.lower_])


def act_target(tok: Token, classes: dict[str, frozenset[str]]) -> Token | None:
    """A target named as an act or a topic stands for the one who did the act, never for the act: "condemned a
    UN resolution" targets the UN, "backed the rebels' demand" the rebels; "congratulated him on his election"
    and "talks on the fate of two hostages" name no target in the act or topic (None). Any other word: itself."""
    lemma = tok.lemma_.lower()
    if tok.pos_ != "NOUN" or tok.ent_type_:
        return tok
    if (made_by := attacker(tok)) is not None:
        return made_by  # ("condemned the raid by Indian troops", "repulsed rebel counter-attacks")
    if lemma in classes["@topic"]:
        return None
    if lemma in classes["@owned_act_by"]:
        return _owner(tok, of_owner=False)
    if lemma not in classes["@owned_act"]:
        return tok
    return _owner(tok)


def act_owner(act: Token) -> Token | None:
    """Who owns something named as a noun, by a possessive, a name or agent word before it, or "by"; None when no
    one is named (`_owner`, without "of": "a vision of Britain" is about Britain, not Britain's)."""
    return _owner(act, of_owner=False)


def done_to(tok: Token, others: list[Token], classes: dict[str, frozenset[str]]) -> bool:
    """ "Iraq" in "backed the invasion of Iraq" when the act is a target too: what an act no one is named as doing
    is done to (`@owned_act_by`) is not whom the event is aimed at."""
    act = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "of" else None
    return act is not None and act in others and act.lemma_.lower() in classes["@owned_act_by"] and _owner(
        act, of_owner=False) is None


HELD_ACTS = frozenset({"siege", "blockade", "occupation", "uprising", "revolt", "rebellion", "standoff", "stand-off",
                       "mutiny", "insurgency", "hijacking", "kidnapping", "sit-in"})
HELD_PLACES = frozenset({"town", "city", "village", "station", "stronghold", "base", "camp", "area", "district",
                         "neighborhood", "neighbourhood", "hideout", "position", "territory", "region", "enclave",
                         "compound", "building", "mosque", "shrine", "outpost", "suburb", "slum", "province"})


FIGHTS = frozenset({"gunbattle", "gun-battle", "battle", "firefight", "skirmish", "clash", "fight", "shootout"})


def holder(tok: Token, agent_word) -> Token | None:
    """Who holds a place or carries on an act that a force act or a purpose aims at: "an offensive on rebel-held
    towns" and "storming insurgent-held police stations" aim at the rebels and insurgents, "to end a siege by former
    soldiers" / "a siege called by Maoist insurgents" at those besieging, "to regain control of the insurgent
    stronghold" at the insurgents, "fought a gunbattle with X" at X.
    `agent_word(word)` tells an actor word (rebel, insurgent, militia) from others."""
    lemma = tok.lemma_.lower()
    if lemma == "control":  # "control of the insurgent stronghold"
        place = next((g for p in tok.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children
                      if g.dep_ == "pobj"), None)
        return holder(place, agent_word) if place is not None else None
    if lemma in HELD_ACTS:  # ("end a siege by farmers": the parser may hang "by" on the verb)
        carriers = (tok, *(a for a in tok.children if a.dep_ == "acl"), *((tok.head,) if tok.dep_ == "dobj" else ()))
        return next((g for c in carriers for p in c.children if p.dep_ in ("prep", "agent") and p.lower_ == "by"
                     for g in p.children if g.dep_ == "pobj" and g.pos_ in ("NOUN", "PROPN")), None)
    if lemma in FIGHTS:  # "fought a gunbattle with insurgents": the other side
        return next((g for p in tok.children if p.dep_ == "prep" and p.lower_ in ("with", "against")
                     for g in p.children if g.dep_ == "pobj"), None)
    if lemma in HELD_PLACES:
        for c in tok.children:
            if c.dep_ == "amod" and c.lemma_.lower() in ("hold", "control", "held", "controlled"):
                return next((g for g in c.children if g.dep_ in ("npadvmod", "compound", "nmod") and agent_word(g)),
                            None)
            if c.dep_ in ("compound", "amod") and c.i < tok.i and agent_word(c):
                return c  # "the insurgent stronghold of Samarra", "a rebel camp"
    return None


def purpose_objects(trigger: Token) -> list[Token]:
    """Objects of the purpose clauses of a trigger or of its object: "launched an offensive to retake a station
    and end a siege" gives the station and the siege."""
    heads = [trigger, *(c for c in trigger.children if c.dep_ == "dobj")]
    if trigger.pos_ == "NOUN" and trigger.dep_ == "dobj":
        heads.append(trigger.head)  # "launched an assault to regain control of …": the light verb's purpose
    clauses = [c for h in heads for c in h.children if c.dep_ in ("xcomp", "advcl", "acl") and c.pos_ == "VERB"
               and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)]
    clauses += [c for v in clauses for c in v.children if c.dep_ == "conj" and c.pos_ == "VERB"]
    return [o for v in clauses for o in v.children if o.dep_ == "dobj"]
