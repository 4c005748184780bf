"""Protests (PLOVER PROTEST): what a crowd's act is, and whom a demonstration, strike or sit-in is aimed at.

A protest's target is rarely the verb's object: it is the one its purpose clause presses ("a strike to force the
government to reverse the rise"), the owner of what it is against ("marched against the government's plan", "in
protest at her treatment by prison authorities"), or, failing both, the institution it is staged at ("a sit-in
outside the education ministry"). Protesters' own government, named without its state, is theirs.
"""
from __future__ import annotations

import re

from spacy.tokens import Token

from transforms.event_actors import ARMED_SECTORS, STATE_OFFICES, Actor, resolve_actor, thing_owner
from transforms.event_context import ArticleContext
from transforms.event_filters import civil_group
from transforms.event_modality import REPORTING
from transforms.event_participants import source_and_targets
from transforms.syntax import dated_infinitive_head, prep_objects

PROTEST_VENUES = {"street", "square", "road", "highway", "avenue", "boulevard", "plaza"}
CROWD_MOVERS = {"pour", "bring", "fill"}
DEMANDS = {"demand", "call", "press", "seek", "urge", "protest", "oppose", "force", "denounce", "condemn", "oust",
           "topple", "pressure", "pressurise", "pressurize"}  # (a purpose clause aimed at someone: "a strike to force
# President Conte to step aside", "took to the streets to denounce Saakashvili")
CROWD_DEMANDS = {"demand", "call", "press", "protest"}  # (not "seeking asylum": a plea, no demonstration)
INSTITUTIONS = {"ministry", "office", "embassy", "consulate", "parliament", "commission", "palace", "headquarters",
                "residence", "legislature", "assembly", "court", "courthouse", "secretariat", "mission", "legation"}
# (a body or its seat a protest is staged at: "a sit-in outside the education ministry", "rioted outside the Danish
# embassy"; not a street or a square, nor a press club)
STAGED_AT = {"outside", "at", "before", "inside", "in"}
RIOTING = {"torch", "loot", "ransack", "burn", "smash", "vandalise", "vandalize", "hurl", "throw", "pelt", "stone",
           "overturn"}
STATE_SECTORS = {"GOV", "LEG", "JUD", "IGO"}
COUNTED_CROWD = re.compile(r"(?i)(?:around |about |some |more than |over |at least |up to |nearly )?(?:\d[\d,.]* "
                           r"(?:million )?|(?:tens of |hundreds of )?thousands of |hundreds of |a million )")


def _heads(trigger: Token) -> list[Token]:
    """The trigger and the words a protest noun hangs on: "staged a sit-in" (the verb), "went on hunger strike"
    (the light verb past the preposition)."""
    heads = [trigger] + ([trigger.head] if trigger.dep_ in ("dobj", "pobj", "nsubj") else [])
    if trigger.dep_ == "pobj" and trigger.head.dep_ == "prep":
        heads.append(trigger.head.head)  # ("went on hunger strike to demand …")
    return heads


def purpose_clauses(trigger: Token) -> list[Token]:
    """A protest's purpose clauses: "… to demand X", "…, demanding X", "… to force X to …"."""
    return [clause for head in _heads(trigger) for clause in head.children
            if clause.dep_ in ("xcomp", "advcl", "acl", "relcl") and clause.lemma_.lower() in DEMANDS]


def without_protest_demands(found: list[tuple[int, Token, dict]]) -> list[tuple[int, Token, dict]]:
    """A protest's stated demand ("a hunger strike to demand X", "staged a sit-in, demanding X") is part of the
    protest, not a REQUEST or a second protest of its own."""
    purposes = {c.i for _, trigger, row in found if row["event_type"] == "PROTEST" for c in purpose_clauses(trigger)}
    return [(d, trigger, row) for d, trigger, row in found
            if not (row["event_type"] in ("REQUEST", "PROTEST") and trigger.i in purposes)]


def _purpose_targets(trigger: Token) -> list[Token]:
    """Whom a protest's purpose clause ("… to demand the resignation of X") is aimed at."""
    clauses = purpose_clauses(trigger)
    return source_and_targets(clauses[0])[1] if clauses else []


def _protested(trigger: Token) -> list[Token]:
    """What "in protest (or strike) against / at / of / over X" names, as its owner when X is a thing ("in protest of
    the Russian government's refusal": the Russian government); what a strike named with its light verb is
    "against" ("went on strike against the government's pension reform"); and the owner of what it is "over"
    ("over the government's removal of fuel subsidies"; never the matter itself: "over pay")."""
    heads = _heads(trigger)
    protests = [p for h in heads for _, p in prep_objects(h, {"in"}) if p.lemma_.lower() in ("protest", "strike")]
    found = [g for p in protests for _, g in prep_objects(p, {"against", "at", "of", "over"})]
    found += [g for p in protests for h in heads for q in h.children if q.dep_ == "prep" and q.i == p.i + 1 and
              q.lower_ in ("against", "at", "of", "over") for g in q.children if g.dep_ == "pobj"]
    # ("began a hunger strike in protest at his treatment", with "at" hung on the verb)
    found += [g for h in heads[2:] for _, g in prep_objects(h, {"against"})]  # (the light verb past "on")
    owners = [o for h in heads for _, g in prep_objects(h, {"over"}) if (o := thing_owner(g)) is not None]
    return [next((o for _, o in prep_objects(g, {"by"})), None) or thing_owner(g) or g for g in found] + owners
    # ("in protest at her treatment by prison authorities": the authorities, not her)


def _staged_at(trigger: Token) -> list[Token]:
    """The body a protest is staged at ("a sit-in outside the education ministry", "rioted outside the Danish
    embassy", "a hunger strike outside the prime minister's office"): its owner when named, else the body."""
    found = [g for h in _heads(trigger) for p, g in prep_objects(h, STAGED_AT) if g.lemma_.lower() in INSTITUTIONS]
    return [thing_owner(g) or g for g in found]


def protest_targets(trigger: Token, candidates: list[tuple[Token, Actor]],
                    ctx: ArticleContext) -> list[tuple[Token, Actor]]:
    """Whom a protest is aimed at: its own target words, less the streets it fills and the way it blocks; else the
    one its purpose presses, the owner of what it is against, or the body it is staged at."""
    candidates = [(t, a) for t, a in candidates if t.lemma_.lower() not in PROTEST_VENUES and not (
        trigger.lemma_.lower() in ("block", "blockade") and (t.head.lower_ == "with" or t.head.i == trigger.i))]
    # ("took to the streets of Belgrade": where the crowd went, not whom it protests against; "blocked a border
    # crossing with France": the way blocked and its other side)
    if trigger.lemma_.lower() in CROWD_MOVERS:
        against = {g.i for _, o in prep_objects(trigger, {"against"}) for g in o.subtree}
        candidates = [(t, a) for t, a in candidates if t.i in against]  # ("brought a million people onto the
        # streets of Paris against the reform": neither the crowd nor the city)
    for found in (_purpose_targets(trigger) + _protested(trigger), _staged_at(trigger)):
        if candidates:
            break
        candidates = [(t, a) for t in found if (a := resolve_actor(t, ctx)) is not None]
    return candidates


def protesters_government(source: Actor | None, target: Actor | None) -> None:
    """A government, force or court protested against, named without its state, is the protesters' own ("students
    marched against the coalition government's plans", "dockworkers struck against the government's reform")."""
    if target is not None and source is not None and source.country and target.country is None and \
            target.sector in STATE_OFFICES | {"LEG"} and not target.thing:
        target.country = source.country


def crowd_act(etype: str, trigger: Token, source: Actor | None, target: Actor | None = None) -> str:
    """The type of what a crowd does, and of a road block by the state: "youths torched
    government offices and hurled stones at police" is a riot (CAMEO 145), a PLOVER PROTEST (a boycott stays a
    SANCTION, as CAMEO's verb dictionary codes it); troops blocking roads restrict movement (COERCE)."""
    lemma = trigger.lemma_.lower()
    crowd = civil_group(source) and source.sector not in ARMED_SECTORS | STATE_SECTORS
    if etype == "ASSAULT" and crowd and (lemma in RIOTING or (lemma in ("clash", "battle", "fight") and
                                                              target is not None and target.sector == "COP")):
        return "PROTEST"  # (demonstrators clashing with or battling riot police riot; rival supporters clashing
        # fight)
    if etype == "PROTEST" and lemma in ("block", "blockade") and source is not None and (
            source.state or source.sector in ARMED_SECTORS - {"REB"} | {"GOV"}):
        return "COERCE"
    return etype


def crowd_demanding(trigger: Token, source: Actor | None) -> bool:
    """A crowd's demand voiced by what it does ("villagers blocked the road, demanding compensation", "youths fought
    police, demanding his resignation", "around 100,000 people massed outside parliament demanding …", however the
    parser hangs the participle): a demonstration (PLOVER PROTEST), not a request made in words."""
    if trigger.lemma_.lower() not in CROWD_DEMANDS or source is None or source.sector in STATE_OFFICES | {"LEG"}:
        return False
    head = dated_infinitive_head(trigger) or trigger.head
    infinitive = any(a.dep_ == "aux" and a.lower_ == "to" for a in trigger.children)
    if (infinitive or trigger.tag_ == "VBG") and (trigger.dep_ in ("advcl", "xcomp", "conj") or head is not
                                                  trigger.head):
        acts = [head] + [h for h in (head.head, head.head.head) if h.pos_ == "VERB"] if head.dep_ in (
            "advcl", "conj") else [head]  # ("chained their wheelchairs across the bridge, bringing traffic to a
        # halt, to demand …", "stormed the headquarters, smashing windows and demanding …")
        if any(protest_act(a) for a in acts):
            return True  # "poured into Martyrs' Square to press for …", "began an indefinite fast to press …"
    if infinitive or trigger.tag_ != "VBG" or not civil_group(source) or source.sector in ("PTY", "GOV"):
        return False
    if COUNTED_CROWD.match(source.text) or (trigger.dep_ == "acl" and head.lemma_.lower() in PROTESTERS):
        return True  # (thousands demanding are a crowd, whatever verb the parser hung the participle on; so are
        # "protesters demanding his resignation")
    return trigger.dep_ == "advcl" and head.pos_ == "VERB" and head.lemma_.lower() not in REPORTING | {"write", "sign"}


PROTESTERS = {"protester", "protestor", "demonstrator", "marcher", "rioter", "striker", "picket", "crowd"}
PROTEST_ACTIONS = {"pour", "mass", "gather", "march", "rally", "barricade", "blockade", "block", "chain", "riot",
                   "storm", "converge", "throng", "camp", "parade", "picket", "fast", "occupy", "sit", "flood"}


def protest_act(verb: Token) -> bool:
    """A crowd's or a protester's act of protest: marching, massing, blocking roads, rioting, or beginning a fast, a
    hunger strike or a sit-in ("began an indefinite fast", "entered the fifth week of a hunger strike")."""
    if verb.pos_ != "VERB":
        return False
    if verb.lemma_.lower() in PROTEST_ACTIONS:
        return True
    objects = [c for c in verb.children if c.dep_ in ("dobj", "pobj", "advmod", "npadvmod")] + [  # ("began an
        # indefinite fast", the tagger having read "fast" as an adverb)
        o for _, o in prep_objects(verb, {"on", "into"})]
    objects += [g for o in objects for _, g in prep_objects(o, {"of"})]
    return any(o.lemma_.lower() in PROTEST_NOUNS or (o.lemma_.lower() == "strike" and any(
        c.lower_ == "hunger" for c in o.children)) for o in objects)


PROTEST_NOUNS = {"fast", "sit-in", "vigil", "march", "demonstration", "protest", "blockade", "picket", "boycott",
                 "walkout"}
