"""What codes no event, and whether an event's actors allow its type: questions, quotations and sport or
entertainment stories and sentences (PETRARCH's discards and topic cues); triggers that are background (relative
clauses, reasons, what someone is accused of) or a statement, a stance, figurative aid, an accident or a policy
of one's own rather than an act. `political` says whether an actor is political, and `actor_checked` gives the
event type once source and target are known, or None.
"""
from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from spacy.tokens import Span, Token

from transforms.actors import POLITICAL_SECTORS, agent_sector, national_body, organisation
from transforms.event_actors import (
    ARMED_SECTORS,
    ECONOMIC_THINGS,
    NON_POLITICAL_SECTORS,
    STATE_OFFICES,
    VIOLENT_ACTS,
    Actor,
    human,
)
from transforms.event_lexicon import Trigger, _rows, lexicon, lookup
from transforms.event_modality import REPORTING
from transforms.syntax import agent_of, prep_objects, subject_of


def quoted_tokens(sent: Span) -> set[int]:
    """Token indexes inside quotation marks: what a speaker says is a statement, not a coded event."""
    inside, out = False, set()
    doc = sent.doc
    for t in sent:
        if t.text in ('"', "“", "”"):
            if t.text != '"':
                inside = t.text == "“"
            elif t.i == sent.start and t.whitespace_ and t.i + 1 < sent.end:
                continue  # a closing quote the sentence splitter left at the start ('"  Mr X said: "I am …')
            else:
                opens = (t.i == 0 or bool(doc[t.i - 1].whitespace_) or doc[t.i - 1].text in ":(") and not t.whitespace_
                closes = not opens and (t.i == 0 or not doc[t.i - 1].whitespace_)
                inside = True if opens else False if closes else not inside
            continue
        if inside:
            out.add(t.i)
    return out


def background(tok: Token) -> bool:
    """A trigger in a relative clause ("MAB, which opposed the war, ..."), a participle modifying a noun ("troops
    deployed in Iraq"), a nominal trigger inside a prepositional phrase ("at the cabinet meeting") or a verb used to
    report what was just quoted ("... ?, he demanded") is background, not the news."""
    if tok.dep_ == "acl" and tok.tag_ == "VBN" and tok.head.pos_ in ("NOUN", "PROPN") and tok.head.dep_ != "ROOT":
        return True
    if tok.dep_ == "acl" and tok.tag_ == "VBG" and tok.head.dep_ in ("nsubj", "nsubjpass"):
        return True  # "Police investigating the murder dismissed …": who the subject is, not the news
    if tok.pos_ == "NOUN" and tok.dep_ == "dobj" and tok.head.dep_ == "acl" and tok.head.tag_ == "VBG" and \
            tok.head.head.dep_ in ("nsubj", "nsubjpass"):
        return True  # ("police investigating the riots": no protest by the police)
    if tok.tag_ == "VBN" and 0 < tok.i < len(tok.doc) - 1 and tok.doc[tok.i - 1].pos_ in ("NOUN", "PROPN") and \
            tok.doc[tok.i + 1].lower_ == "to" and not any(c.dep_ in ("aux", "auxpass") for c in tok.children):
        return True  # "campaigners opposed to the war marched …": who they are, however the parser hangs it
    if tok.pos_ == "NOUN" and tok.dep_ == "nsubj" and tok.head.lemma_.lower() in REPORTING | FINDING:
        return True  # "a joint inquiry by the UN and the OPCW concluded …", "a police investigation found …": the
        # source of the news, not the news
    if tok.pos_ == "NOUN" and tok.dep_ == "dobj" and tok.head.lemma_.lower() in RECOUNTING:
        return True  # "describing that first meeting", "recalled the talks": telling of an event, not reporting it
    if tok.pos_ == "NOUN" and tok.dep_ == "pobj" and tok.head.lower_ in ("after", "following") and \
            tok.head.head.pos_ == "VERB" and (lookup(tok.head.head) is not None or tok.head.head.lemma_.lower() in
                                              REPORTING):  # ("said after Saturday's meeting": when, not what)
        return True  # "detained a woman after the riot in Leeds": an earlier event, not done by the one detaining
    if tok.pos_ == "NOUN" and tok.dep_ == "pobj" and tok.head.lower_ in ("at", "before", "ahead", "since", "until",
                                                                         "outside", "inside", "about", "over",
                                                                         "regarding", "concerning", "amid",
                                                                         "amidst"):
        return True
    if tok.pos_ == "VERB" and any(c.dep_ == "ccomp" and c.i < tok.i for c in tok.children):
        return True
    if _since_then(tok):
        return True
    if tok.dep_ == "pcomp" and tok.tag_ == "VBG" and tok.head.lower_ in REASON_PREPS:
        return True  # "suspended the association for refusing to …", "by claiming …": the reason, not the news
    node = tok
    for _ in range(4):  # ("accused of conspiring to use troops to help Bush": all of it what he is accused of)
        if node.dep_ not in ("conj", "xcomp") or node.head.i == node.i:
            break
        node = node.head
    if node.dep_ == "pcomp" and node.head.lower_ == "of" and node.head.head.lemma_.lower() in CHARGING:
        return True  # "accused X of lying and then attacking the lies": what X is accused of
    if tok.dep_ == "conj" and tok.tag_ == "VBG" and tok.head.lemma_.lower() in CHARGING and any(
            c.dep_ == "prep" and c.lower_ == "of" for c in tok.head.children):
        return True  # (the same, with the second charge parsed on "accused")
    if (tok.pos_ == "NOUN" and tok.dep_ in ("dobj", "nsubjpass")) or (tok.pos_ == "VERB" and tok.dep_ == "xcomp"):
        verb = tok.head  # ("the posters which caused Tory protests", "Mr X, who was forced to apologise, …")
        while verb.dep_ in ("ccomp", "xcomp", "conj") and verb.head.i != verb.i:
            verb = verb.head
        if verb.dep_ == "relcl" and any(c.tag_ in ("WDT", "WP") and c.dep_ in ("nsubj", "nsubjpass")
                                        for c in verb.children):
            return True  # "the posters which caused Tory protests"
    return tok.dep_ == "relcl" and any(
        ((c.tag_ in ("WDT", "WP") or any(g.tag_ == "WP$" for g in c.children)) and c.dep_ in ("nsubj", "nsubjpass",
                                                                                           "dobj"))
        or (c.tag_ == "WRB" and c.dep_ == "advmod") for c in tok.children)  # "… where British forces are stationed"


def _since_then(tok: Token) -> bool:
    """A past act that dates what followed: "prices have doubled since the junta seized power", "relations have been
    frozen since Moscow expelled the envoys" ("since" with a past tense under a perfect; not the "since" of a reason:
    "since Iran has refused to attend", "were postponed since Iran refused to attend")."""
    clause = tok.head if tok.pos_ == "NOUN" and tok.dep_ in ("dobj", "nsubjpass", "nsubj") else tok
    return clause.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "since" for c in clause.children) and (
        clause.tag_ == "VBD" or any(c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" for c in clause.children)) and \
        any(c.dep_ == "aux" and c.lemma_ == "have" for c in clause.head.children)  # (the news in the perfect: "the
    # talks were postponed since Iran refused to attend" gives a reason)


def not_news(tok: Token) -> bool:
    """An act the sentence does not report as news: history dated back from today ("Half a century ago this week,
    Nixon arrived in Beijing", "50 years to the day after a US bomber dropped the bomb"), a past attack named by its
    year as the subject of its toll ("the 1998 bombings of the US embassies killed 224 people"), what someone would
    not comment on ("declined to comment on reports that Cairo had hosted talks"), what is only being weighed
    ("is considering whether to boycott the election") and a habit ("tended to defy the party line")."""
    clause = tok.head if tok.pos_ == "NOUN" and tok.dep_ in ("dobj", "nsubjpass", "nsubj", "pobj") else tok
    for anc in (clause, *clause.ancestors):
        if any(c.lower_ == "ago" and any(g.lemma_.lower() in LONG_SPANS for g in c.subtree) for c in anc.children):
            return True  # ("Half a century ago this week, Nixon arrived in Beijing for a visit …")
        if any(m.lower_ == "after" and m.i >= 3 and m.doc[m.i - 3:m.i].text.lower() == "to the day"
               for m in (anc, *(c for c in anc.children if c.dep_ == "mark"))):
            return True
        if anc.lemma_.lower() == "tend" and anc.i != clause.i:
            return True  # "he tended to defy the party line": a habit, not an act
        if anc.lemma_.lower() == "comment" and anc.pos_ == "VERB" and anc.i != clause.i and any(
                c.dep_ in ("prep", "ccomp", "advcl") and clause in c.subtree for c in anc.children):
            return True  # ("declined to comment on reports that …", "would not comment on whether …")
        if anc.lemma_.lower() in DELIBERATING and any(
                c.dep_ == "mark" and c.lower_ == "whether" for a in (clause, *clause.ancestors) if a.i != anc.i
                for c in a.children if a in anc.subtree):
            return True
    subject = subject_of(clause) if clause.pos_ == "VERB" else None
    return subject is not None and subject.pos_ == "NOUN" and lookup(subject) is not None and any(
        c.ent_type_ == "DATE" and c.like_num and len(c.text) == 4 for c in subject.children)  # ("the 1998 bombings
    # … killed 224 people": the toll of an old attack)


LONG_SPANS = {"year", "decade", "century"}
DELIBERATING = {"consider", "weigh", "debate", "decide", "discuss", "ponder", "mull", "study", "examine", "review",
                "assess", "deliberate", "contemplate"}


RECOUNTING = {"describe", "recall", "recount", "remember", "mention", "recollect", "relive", "reminisce"}
FINDING = {"conclude", "find", "establish", "determine", "show", "reveal", "confirm", "uncover"}
CHARGING = {"accuse", "charge", "suspect", "convict", "acquit", "blame", "guilty", "innocent", "cleared", "clear"}
REASON_PREPS = {"for", "despite", "without"}
FORCE_SECTORS = {"MIL", "COP", "REB", "SPY", "GOV", "CRM"}  # (also armed gangs and cartels)


def _public(actor: Actor | None) -> bool:
    """A political actor that is no company: a state, a political sector, a group named with its state."""
    return actor is not None and not company(actor) and political(actor)


def company(actor: Actor | None) -> bool:
    """A company itself (not one of its people: "a bank manager was jailed")."""
    return actor is not None and actor.sector == "BUS" and actor.organisation and (
        actor.text.lower().split() or [""])[-1] not in COMPANY_PEOPLE and not national_body(actor.text)  # (the CBI)


COMPANY_PEOPLE = {"manager", "managers", "director", "directors", "executive", "executives", "chief", "boss",
                  "bosses", "chairman", "founder", "employee", "employees", "worker", "workers", "staff", "owner",
                  "owners", "official", "officials", "accountant", "trader", "banker", "bankers", "head"}


def political(actor: Actor | None) -> bool:
    """A political actor: a political sector (government, military, police, courts, parties, opposition,
    rebels, IGOs), or an actor named with its state that is not a company or news outlet."""
    if actor is not None and actor.thing and state_weapon(actor):
        return True  # "Ukrainian drones", "Russian missiles": the state that fired them
    if actor is None or actor.thing or actor.goods:
        return False  # "a vision of Britain" codes a country but is no actor, nor does "Canadian wheat"
    if actor.sector in POLITICAL_SECTORS or actor.former:
        return True
    if actor.unplaced:
        return False  # a named organisation no dictionary or role word places ("Japan's Toshiba", "Swiss firm
        # Xstrata", "Norwegian Cruise Line"): a company or club, whatever its state
    return actor.explicit and actor.country is not None


WEAPONS = {"missile", "rocket", "drone", "shell", "bomb", "mortar", "warhead"}


def state_weapon(actor: Actor) -> bool:
    """A state's weapon named as the actor ("Ukrainian drones", "an Israeli missile"): it stands for the state."""
    return bool(actor.country and actor.text.split()[-1].lower().removesuffix("s") in WEAPONS)


def _forceful(actor: Actor | None) -> bool:
    if actor is not None and actor.thing:
        return state_weapon(actor)  # "Russian missiles hit Kyiv": the state that fired them; "he had been struck
        # by the awareness of …": no one struck
    if actor is not None and not actor.state and {"former", "ex", "retired"} & set(
            actor.text.lower().replace("-", " ").split()):
        return False  # "the former police chief clashed with …": no force of the state behind him any more
    if actor is not None and actor.individual:
        return actor.sector in ARMED_SECTORS  # a politician "attacks" in words only
    return actor is not None and (actor.state or actor.violent or actor.sector in FORCE_SECTORS or (
        actor.explicit and actor.country is not None and not actor.person and not actor.organisation
        and actor.sector is None))


ARMED_UNITS = {"troop", "soldier", "reservist", "reserve", "conscript", "recruit", "force", "army", "navy", "unit",
               "battalion", "brigade", "division", "regiment", "marine", "paratrooper", "commando", "guardsman",
               "warship", "bomber", "jet", "warplane", "aircraft", "carrier", "submarine", "tank", "officer",
               "police", "policeman", "reinforcement", "personnel", "military", "battery", "missile", "fighter",
               "plane", "helicopter", "artillery", "vessel", "ship", "gunboat", "frigate", "destroyer", "guard",
               "coastguard", "gendarme", "ranger", "garrison", "base", "airbase", "post", "defence", "defense"}


def forces_named(trigger: Token) -> bool:
    """The act names armed forces as what it moves or alerts: the verb's object ("mobilised 3,000 reservists",
    "put 1,000 troops on standby"), a nominal's "of" ("a mobilisation of reservists"), or the object of the verb an
    "on alert" hangs on ("placed 8,500 troops on heightened alert")."""
    verb = trigger.head.head if trigger.pos_ == "NOUN" and trigger.dep_ == "pobj" and trigger.head.lower_ == "on" \
        else trigger
    objects = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")] + (
        [o for _, o in prep_objects(trigger, {"of"})] if trigger.pos_ == "NOUN" else [])
    return any(o.lemma_.lower() in ARMED_UNITS or agent_sector([t.lower_ for t in o.subtree if t.i <= o.i]) in (
        "MIL", "COP") for o in objects)  # ("its border security force", "the coastguard")


def civil_group(actor: Actor | None) -> bool:
    """People of no organisation and no office ("dockworkers", "students", "Kurds"), not business or the press."""
    return actor is not None and not actor.organisation and not actor.individual and actor.sector not in \
        NON_POLITICAL_SECTORS


def actor_checked(etype: str, entry: Trigger | None, source: Actor | None, target: Actor | None,
                   located: bool, passive: bool = False, forces: bool = False) -> str | None:
    """The event type once the actors are known, or None: an event needs a political actor, and entries can
    ask for an armed or state source ("force") or for two political actors ("both"). `forces`: the act moves
    or alerts armed forces it names (`forces_named`), which a minister or head of state commands."""
    if etype == "AID" and source is not None and source.sector == "BUS":
        return None  # "whose company won contracts to provide vaccine to the government": a sale, not aid
    if etype == "AID" and target is not None and target.sector == "PTY":
        return None  # a donation to a party ("gave cash to a party that …") is no aid between political actors
    if source is not None and source.sector == "BUS" and etype not in ("REQUEST", "ACCUSE", "PROTEST", "REJECT") and \
            not (target is not None and (target.sector in POLITICAL_SECTORS | {"LAB"} or target.state)):
        return None  # a company acting alone, on a company or on a thing ("agreed to sell its smelters", "cancelled
        # flights") is business; a business group calling for a policy, lobbying ministers or suing a state is not
    if (company(source) or company(target)) and not (_public(source) or _public(target)):
        return None  # "Airbus signed deals with two Indian airlines": companies among themselves (a state blocking
        # imports from a company, or a company suing a state, still is an event)
    if not (political(source) or political(target) or (etype == "PROTEST" and civil_group(source) and (
            (target is not None and target.country) or source.country))):
        return None  # (people protesting in a named country, or of one, are a PLOVER protest: "dockworkers in
        # Marseille went on strike", "Greek dockworkers began a strike")
    if entry is None or not entry.actors:
        return etype
    if political(source) and target is not None and target.goods and target.explicit and target.country:
        target = replace(target, goods=False)  # a state acting on a state's goods acts on that state ("the EU
        # banned British beef exports"); goods alone make no political actor ("millers rejected Canadian wheat")
    if entry.actors == "target":  # whom one meets or visits must be political too, when named
        ok = target is None or political(target) or located
    elif entry.actors == "official":  # PLOVER: resignations of government officials
        ok = source is not None and source.sector in STATE_OFFICES
    elif entry.actors == "force":  # a head of government attacks a state by force, a party only in words
        ok = _forceful(source) or (source is None and passive and political(target)) or (
            source is not None and source.individual and source.sector == "GOV" and target is not None and target.state
        ) or (etype == "MOBILIZE" and forces and source is not None and source.sector == "GOV")  # ("the defence
        # secretary mobilised 3,000 reservists": the office that commands them)
    else:  # both
        ok = political(source) and (political(target) or _organised_at_home(source, target)) and not located
    if ok:
        return etype
    return entry.else_type if entry.else_type and political(source) else None


ORGANISED = {"LAB", "EDU", "HLH", "AGR", "REL"}  # unions and workers, teachers and students, doctors, farmers, clergy


def _organised_at_home(source: Actor | None, target: Actor | None) -> bool:
    """An organised group of a government's own society dealt with by it ("the health ministry promised doctors
    to clear their arrears", "the governor promised striking oil workers …"): no state of its own named, but a
    side in home politics, unlike families, taxpayers or pensioners."""
    return source is not None and target is not None and source.sector == "GOV" and target.sector in ORGANISED \
        and target.country in (None, source.country) and not target.thing  # (the state may be named later in the
    # sentence: "Punjab's chief minister promised to meet farmers' leaders in Chandigarh")


def not_reportable(sent: Span) -> bool:
    """Questions and discarded (sport, entertainment) sentences carry no events."""
    text = sent.text.strip()
    return text.endswith("?") or text.endswith("?\"") or text.endswith("?’") or bool(
        discard_patterns()[1].search(text.lower()))


@lru_cache(maxsize=1)
def discard_patterns() -> tuple[re.Pattern, re.Pattern, dict[str, int]]:
    """(story, sentence) phrase patterns from `data/discards.csv` (PETRARCH's discards), and the
    topic cues of `data/topic_cues.csv` with the number of distinct cues that discard a story."""
    story, sentence = [], []
    for r in _rows("discards.csv"):
        (story if r["scope"] == "story" else sentence).append(re.escape(r["phrase"]))
    cues = {r["phrase"]: int(r["min_distinct"]) for r in _rows("topic_cues.csv")}
    return (re.compile(r"\b(?:" + "|".join(story) + r")\b"),
            re.compile(r"(?<!since the )(?<!since )\b(?:" + "|".join(sentence) + r")\b"), cues)
    # (a sentence phrase after "since" dates the news, "the first such move since the Second World War")


def discarded_story(text: str) -> bool:
    """A sport or entertainment story: a PETRARCH story discard phrase, or enough distinct topic cues."""
    lower = text.lower()
    story, _, cues = discard_patterns()
    if story.search(lower):
        return True
    hits = {c for c in cues if c in lower and re.search(r"\b" + re.escape(c) + r"\b", lower)}
    return bool(hits) and len(hits) >= min(cues[c] for c in hits)


STATEMENT_VERBS = {"agree", "concede", "admit", "accept", "acknowledge"}


def statement(tok: Token) -> bool:
    """ "X conceded that the plans were hard", "MPs agreed there was nothing wrong", "I agree, the government is
    …": agreeing or conceding a proposition (a finite clause, or a parenthetical aside) is a statement;
    "agreed to talks", "agreed a deal", "agreed on a plan" are acts."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in STATEMENT_VERBS:
        return False
    if any(c.dep_ in ("dobj", "xcomp") or (c.dep_ == "prep" and c.lower_ in ("on", "upon", "to"))
           for c in tok.children):
        return False
    if any(c.dep_ == "prep" and c.lower_ in ("about", "with") for c in tok.children):
        return True  # "A and B agreed about what happened", "I agree with Mr Roe": a shared view
    if tok.dep_ == "parataxis" or (tok.dep_ == "ccomp" and tok.head.i > tok.i and all(
            c.dep_ in ("nsubj", "punct", "advmod", "aux") for c in tok.children)):
        return True  # "I agree, the government …" (not "X agreed to Y, officials said")
    return any(c.dep_ == "ccomp" and (any(g.dep_ in ("nsubj", "nsubjpass", "expl", "mark") for g in c.children)
                                      or c.pos_ == "AUX") for c in tok.children)


FIGURATIVE_AID = {"ammunition", "weapon", "arm", "ammo"}  # "gave his critics ammunition": arguments
ARGUMENT_TAKERS = {"critic", "opponent", "rival", "enemy", "sceptic", "skeptic", "detractor", "opposition"}


def abstract_subject(tok: Token) -> bool:
    """ "Tory attitudes to Europe had helped keep the party out of power": a thing, not an actor, helping."""
    subject = subject_of(tok) if tok.pos_ == "VERB" else None
    return subject is not None and subject.pos_ == "NOUN" and not subject.ent_type_ and not human(subject) and \
        subject.lemma_.lower() not in VIOLENT_ACTS | {"aid", "money", "fund", "loan", "grant"} and not any(
            c.dep_ == "poss" for c in subject.children)


def figurative_aid(tok: Token) -> bool:
    """ "the row gave the Tories ammunition": a thing (a row, remarks, a report) handing arguments to a side, or
    anyone handing them to critics, is no arms delivery."""
    objects = [c for c in tok.children if c.dep_ == "dobj" and c.lemma_.lower() in FIGURATIVE_AID]
    if not objects or any(c.dep_ == "nummod" or c.lower_ in ("tonnes", "tons", "rounds") for o in objects
                          for c in o.children):
        return False
    subject = subject_of(tok)
    receivers = [c for c in tok.children if c.dep_ == "dative"] + [
        c for o in objects for c in o.children if c.dep_ in ("compound", "poss")] + [
        g for _, g in prep_objects(tok, {"to"})]
    return (subject is not None and subject.pos_ in ("NOUN", "PROPN") and not human(subject)) or any(
        r.lemma_.lower() in ARGUMENT_TAKERS or ((role := organisation(" ".join(t.text for t in r.subtree))) is not None
                                               and role.sector in ("PTY", "OPP")) for r in receivers)


ACCIDENT_CAUSES = {"accident", "crash", "collision", "derailment", "explosion", "blast", "fire", "blaze", "leak",
                   "stampede", "landslide", "flood", "storm", "earthquake", "avalanche", "collapse", "lorry", "truck",
                   "car", "bus", "train", "vehicle", "van", "tractor", "lightning", "tornado", "cyclone", "hurricane"}
ATTACK_CUES = {"bomb", "bomber", "bombing", "suicide", "attack", "attacker", "militant", "insurgent", "gunman",
               "gunmen", "rebel", "rocket", "mortar", "grenade", "missile", "shell", "shelling", "explosive", "ied",
               "device", "terrorist", "arson", "arsonist", "sabotage", "airstrike", "raid", "gunfire", "shooting",
               "ambush", "assassination", "killer", "insurgency", "terror", "deliberate", "deliberately", "mine",
               "minefield", "landmine", "booby", "sniper", "drone", "warplane", "artillery"}


def accident(tok: Token) -> bool:
    """ "Nine tourists were killed in a bus accident", "eight people died in an explosion that levelled a
    building", "an officer was killed when his car was struck by a lorry": a crash, blast, fire or storm with no
    attacker or attack named anywhere in the sentence is no assault."""
    if any(t.lemma_.lower() in ATTACK_CUES or t.lower_ in ATTACK_CUES for t in tok.sent):
        return False
    passive = any(c.dep_ in ("auxpass", "nsubjpass", "agent") for c in tok.children) or tok.lemma_.lower() == "die"
    scope = list(tok.subtree) if passive else [tok, *tok.conjuncts]  # ("were killed and several injured in a
    causes = [g for v in scope for c in v.children if c.dep_ in ("prep", "agent") and c.lower_ in (  # powerful
        "in", "by", "from", "during", "after", "when") for g in c.children if g.dep_ == "pobj"]  # explosion")
    causes += [t for c in tok.children if c.dep_ == "advcl" for t in c.subtree if t.pos_ == "NOUN"]  # ("when his
    if not passive:  # car was struck by a lorry")
        causes += [c for c in tok.children if c.dep_ == "nsubj"]  # "an explosion killed eight people"
    return any(c.lemma_.lower() in ACCIDENT_CAUSES for c in causes)


STANCES = {"oppose", "support", "back", "favour", "favor", "endorse"}


def standing_stance(tok: Token) -> bool:
    """ "The chancellor opposes more market reforms", "the Greens back a ban", "he said he opposes such gestures",
    "the US is opposed to a new round", "the FTC has consistently opposed regulation": a position held (simple
    present with no auxiliary or date, "be opposed to", or a habit), an opinion rather than an act; "opposed the
    deployment", "has backed the plan" stay."""
    if tok.lemma_.lower() not in STANCES or any(c.ent_type_ in ("DATE", "TIME") for c in tok.children):
        return False
    if any(c.dep_ == "advmod" and c.lower_ in HABITUAL for c in tok.children):
        return True
    if tok.dep_ == "acomp" and tok.head.lemma_ == "be" and tok.head.tag_ in ("VBZ", "VBP"):
        return True  # ("is opposed to"; "was opposed to" in the past stays an account of what someone did)
    return tok.tag_ in ("VBZ", "VBP") and tok.dep_ in ("ROOT", "conj", "ccomp", "relcl", "advcl") and not any(
        c.dep_ in ("aux", "auxpass", "npadvmod") for c in tok.children)


HABITUAL = {"consistently", "always", "long", "traditionally", "generally", "often", "usually", "steadfastly"}


OPINION_VERBS = {"oppose", "support", "back", "welcome", "condemn", "complain", "criticise", "criticize", "praise",
                 "applaud", "commend", "defend", "denounce", "favour", "favor", "endorse", "hail", "laud", "thank",
                 "decry", "deplore", "lambast", "castigate", "rebuke", "censure", "slam"}


def justification(trigger: Token) -> bool:
    """A stance given as the reason for another act ("denied the claims, saying it condemned torture"): the
    news is the act, the stance inside the participle of saying is a statement."""
    if trigger.pos_ != "VERB" or trigger.lemma_.lower() not in OPINION_VERBS:
        return False
    node = trigger
    while node.dep_ == "conj" and node.head.i != node.i:
        node = node.head
    head = node.head
    return node.dep_ == "ccomp" and head.tag_ == "VBG" and head.lemma_.lower() in REPORTING and head.dep_ in (
        "advcl", "xcomp", "conj")


UNDERTAKINGS = {"threaten", "agree", "vow", "pledge", "promise", "decide", "resolve", "undertake"}


def no_act_promised(trigger: Token) -> bool:
    """ "The minister threatened to raise fuel duty", "the council agreed to introduce a ban on smoking": what is
    threatened or agreed is a policy of one's own (no lexicon act, no one acted on), not a threat or an agreement."""
    if trigger.pos_ != "VERB" or trigger.lemma_.lower() not in UNDERTAKINGS:
        return False
    inner = next((c for c in trigger.children if c.dep_ == "xcomp"), None)
    if inner is None:
        return False
    acts = [t for t in inner.subtree if t.i != trigger.i and t.pos_ in ("VERB", "NOUN") and (
        (lookup(t) is not None and not _on_a_thing(t)) or (t.pos_ == "VERB" and (t.lemma_.lower(), "V") in lexicon()
                                                             and not any(c.dep_ == "dobj" and (
                                                                 c.lemma_.lower() in POLICY_OBJECTS or c.lower_ in
                                                                 POLICY_OBJECTS) for c in t.children)))]
    # (a lexicon verb is an act: "agreed to release the four", "agreed to resign", "to suspend enrichment"; on
    # taxes, charges or benefits it is domestic policy: "agreed to cut prescription charges"; the model lemmatises
    # "taxes" as "taxis")
    acts += [t for t in inner.subtree if t.lemma_.lower() in ATTACK_CUES | VIOLENT_ACTS]  # ("resume terrorist
    return not acts and not any(_someone(c) for c in inner.children) and not any(  # activities in Israel")
        _someone(o) for _, o in prep_objects(inner, {"to", "against", "on", "from", "with"}))


POLICY_OBJECTS = {"tax", "taxes", "duty", "duties", "charge", "fee", "levy", "rate", "price", "benefit", "pension",
                  "budget", "spending", "allowance", "break", "relief", "fare", "subsidy", "wage", "salary", "pay",
                  "rent", "bill", "cost", "funding", "grant", "limit", "cap", "target", "threshold", "vat"}


def _someone(tok: Token) -> bool:
    """An object that names people ("the four", "them", "the rebels"), not a thing."""
    return tok.dep_ in ("dobj", "pobj", "dative") and (tok.pos_ in ("NUM", "PRON", "PROPN") or human(tok))


def _on_a_thing(noun: Token) -> bool:
    """A nominal act aimed at a thing only: "a ban on smoking", "a crackdown on litter"."""
    aimed = [o for _, o in prep_objects(noun, {"on", "against", "of"})] if noun.pos_ == "NOUN" else []
    return bool(aimed) and not any(human(o) or o.ent_type_ in ("GPE", "ORG") for o in aimed)


OWN_BODIES = {"council", "board", "committee", "cabinet", "executive", "leadership", "directorate", "director",
              "politburo", "presidium", "congress", "assembly", "conference", "staff", "management", "member",
              "shareholder", "partner", "delegate", "official", "officer", "employee", "worker", "governor"}


def own_body(etype: str, trigger: Token, source: Actor | None, target_tok: Token | None) -> bool:
    """A body meeting by itself ("the Bundesbank left rates unchanged after a meeting of its council", "the party
    held a meeting of its central committee"): the target, or whom the meeting is of, is the source's own council,
    board or members, no second party to consult; an IGO's members are states ("Nato held a meeting of its
    ambassadors")."""
    if etype != "CONSULT" or (source is not None and source.sector == "IGO"):
        return False
    bodies = [target_tok] if target_tok is not None else []
    if trigger.pos_ == "NOUN" and not any(p.lower_ in ("with", "between") for p in trigger.children):
        bodies += [o for p, o in prep_objects(trigger, {"of"})]
    return any(b.lemma_.lower() in OWN_BODIES and any(c.dep_ == "poss" and c.lower_ in ("its", "their")
                                                      for c in b.children) for b in bodies)


# things that are no one: subjects of a verb of agency only in its figurative sense ("the war threatened the Gulf
# states", "mercury sales threaten to capture the market", "an obstacle threatening passage of the bill")
INANIMATE_AGENTS = ECONOMIC_THINGS | {
    "escalation", "war", "conflict", "obstacle", "hurdle", "barrier", "problem", "dispute", "row",
    "scandal", "sale", "sterling", "dollar", "yen", "pound", "rise", "fall", "decline", "increase", "drop", "move",
    "measure", "law", "constitution", "accord", "treaty", "agreement", "pact", "deal", "rule", "regulation",
    "ability", "power", "decision", "policy", "situation", "development", "tension", "uncertainty", "fear",
    "concern", "shortage", "drought", "flood", "earthquake", "quake", "disease", "epidemic", "virus", "trade",
    "import", "export", "output", "production", "supply", "surplus", "glut", "competition", "rate", "deficit",
    "debt", "budget", "tax", "tariff", "quota", "issue", "trend", "factor", "cost", "loss", "profit", "action",
    "legislation", "bill", "system", "programme", "program", "project", "scheme", "reform", "change", "outbreak",
    "umbrella", "shield", "blockade"}


def inanimate_subject(trigger: Token) -> bool:
    """The verb's own subject is a thing from INANIMATE_AGENTS (its own `nsubj`, that of a verb it is coordinated
    with, the noun an "-ing" clause modifies, or a passive's "by" agent): the verb is in a figurative sense, no one
    acted."""
    if trigger.pos_ != "VERB":
        return False
    if any(c.dep_ in ("nsubjpass", "auxpass") for c in trigger.children):
        agent = agent_of(trigger)  # ("supplies increasingly being threatened by the war")
        return agent is not None and agent.pos_ == "NOUN" and not agent.ent_type_ and (
            agent.lemma_.lower() in INANIMATE_AGENTS or agent.lower_ in INANIMATE_AGENTS)
    verb = trigger
    while not any(c.dep_ == "nsubj" for c in verb.children) and verb.dep_ == "conj" and verb.head.pos_ == "VERB":
        verb = verb.head
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None and trigger.dep_ == "acl" and trigger.tag_ == "VBG":
        subject = trigger.head
    if subject is None or subject.pos_ != "NOUN" or subject.ent_type_:
        return False
    return subject.lemma_.lower() in INANIMATE_AGENTS or subject.lower_ in INANIMATE_AGENTS
