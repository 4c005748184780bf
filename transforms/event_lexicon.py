"""The trigger lexicon: `data/event_lexicon.csv` read into `Trigger` entries (one word in one political sense,
with the objects, features and actor constraints that select that sense) and the word classes of
`data/event_object_classes.csv`. `lookup` gives the entry a verb or noun takes in its sentence, from the features of
its complements (objects, prepositions, clausal complements, a labour strike, yielding to pressure), and
`lexicon_positions` lists the tokens of a parsed document that can be entries at all.
"""
from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from spacy.attrs import LEMMA, LOWER, POS
from spacy.parts_of_speech import NOUN, VERB
from spacy.tokens import Doc, Token

from transforms.actors import agent_sector
from transforms.event_actors import QUANTITY_WORDS, human
from transforms.event_modality import NEGATORS, negated
from transforms.gazetteer import actor_country
from transforms.syntax import dated_infinitives, prep_objects, reduced_passive, subject_of

_DATA = resources.files("transforms") / "data"
LIGHT_VERBS = {
    "organize", "organise", "go", "hold", "announce", "launch", "impose", "begin", "conduct", "stage", "implement",
    "make", "sign", "reach", "open", "conclude", "attend", "host", "join", "order", "lift", "end", "extend", "start",
    "carry", "resume", "continue", "give", "provide", "offer", "issue", "mount", "engage", "yield", "seek", "propose",
    "weigh", "consider", "declare", "call",
}


@dataclass(frozen=True)
class Trigger:
    """One lexicon entry: a word in one political sense, with the constraints that select that sense."""

    lemma: str
    pos: str
    type: str | None  # None: only the negated sense is an event ("did not attend": SANCTION)
    negated_type: str | None
    objects: frozenset[str] = frozenset()  # direct objects that select this sense ...
    requires: frozenset[str] = frozenset()  # ... or one of these features (prep:for, xcomp, intransitive, ...)
    excludes: frozenset[str] = frozenset()  # objects, complements or features that rule the sense out
    actors: str = ""  # "force": the source is a state or armed/security actor; "both": two political actors
    else_type: str | None = None  # the type when the actor constraint fails ("attacked the plan": ACCUSE)
    example: str = ""


def _words(cell: str | None, classes: dict[str, frozenset[str]]) -> frozenset[str]:
    out: set[str] = set()
    for word in (cell or "").split("|"):
        word = word.strip()
        out |= classes.get(word, {word}) if word.startswith("@") else {word}
    return frozenset(out - {""})


def _rows(name: str) -> list[dict]:
    text = (_DATA / name).read_text(encoding="utf-8")
    return list(csv.DictReader(ln for ln in text.splitlines() if not ln.startswith("#")))


@lru_cache(maxsize=1)
def object_classes() -> dict[str, frozenset[str]]:
    """`@class` -> words (`data/event_object_classes.csv`), shared by lexicon entries."""
    return {"@" + r["class"]: frozenset(r["words"].split("|")) for r in _rows("event_object_classes.csv")}


@lru_cache(maxsize=1)
def lexicon() -> dict[tuple[str, str], list[Trigger]]:
    """(lemma, V|N) -> trigger entries of `data/event_lexicon.csv`, in file order (specific senses first)."""
    classes = object_classes()
    out: dict[tuple[str, str], list[Trigger]] = {}
    for r in _rows("event_lexicon.csv"):
        out.setdefault((r["lemma"], r["pos"]), []).append(Trigger(
            r["lemma"], r["pos"], None if r["type"] == "-" else r["type"], r["negated_type"] or None,
            _words(r["objects"], classes), _words(r["requires"], classes), _words(r["excludes"], classes),
            r["actors"] or "", r["else_type"] or None, r["example"]))
    return out


JOINT = {"joint", "combined"}
LABOUR_STRIKE_HEADS = {"go", "call", "stage", "hold", "launch", "begin", "start", "end", "threaten", "announce", "join",
                       "plan", "organise", "organize", "vote", "continue", "suspend", "halt", "cancel", "mount",
                       "break", "postpone", "avert", "back"}
LABOUR_STRIKE_WORDS = {"hunger", "general", "national", "nationwide", "labour", "labor", "one-day", "two-day",
                       "three-day", "five-day", "24-hour", "48-hour", "indefinite", "open-ended", "rail", "postal",
                       "teachers", "workers", "union", "day"}


TIME_LIMITS = {"day", "week", "hour", "month", "deadline", "midnight", "noon", "dawn", "weekend", "minute"}


def ultimatum(tok: Token) -> bool:
    """An ultimatum (CAMEO 139): a time limit given to do something "or face" what follows: "gave the junta one
    week to reinstate the president or face military intervention", "gave Jammeh until midnight to step down"."""
    limit = any(c.dep_ in ("npadvmod", "dobj") and c.lemma_.lower() in TIME_LIMITS for c in tok.children) or any(
        o.lemma_.lower() in TIME_LIMITS for _, o in prep_objects(tok, {"until", "till"}))
    return limit and any(t.lemma_.lower() == "face" and t.dep_ == "conj" for t in tok.subtree)


def joint(tok: Token) -> bool:
    """A noun done together: "began joint patrols", "a joint investigation", "a combined operation", "joint military
    exercises" (the parser may hang "joint" on "military")."""
    return tok.pos_ == "NOUN" and any(g.lower_ in JOINT for c in tok.children if c.dep_ in ("amod", "compound")
                                      for g in (c, *(a for a in c.children if a.dep_ in ("amod", "advmod"))))


PLEDGING = {"promise", "pledge", "vow", "undertake", "offer", "commit"}
REFORMING = {  # an act that changes how a state is governed (CAMEO 034/035: intent to reform, to yield office)
    "hold": {"election", "referendum", "poll", "plebiscite", "vote"}, "call": {"election", "referendum", "poll"},
    "restore": {"rule", "democracy", "parliament", "constitution", "freedom", "right", "assembly"},
    "give": {"right", "freedom", "autonomy", "vote", "power", "authority"},
    "grant": {"right", "freedom", "autonomy", "suffrage", "power"},
    "guarantee": {"right", "freedom", "autonomy"}, "extend": {"right", "freedom", "suffrage"},
    "curb": {"power"}, "trim": {"power"}, "limit": {"power", "term"}, "reduce": {"power"}, "cede": {"power"},
    "hand": {"power", "authority"}, "transfer": {"power", "authority"}, "devolve": {"power", "authority"},
    "amend": {"constitution", "charter"}, "revise": {"constitution", "charter"}, "rewrite": {"constitution"},
    "draft": {"constitution"}, "lift": {"law", "emergency", "censorship"}, "end": {"law", "emergency", "censorship"},
    "abolish": {"law", "emergency", "censorship"}, "legalise": {"party"}, "legalize": {"party"},
}
STEPPING_DOWN = {"resign", "abdicate"}


def reform(tok: Token) -> bool:
    """A promise to reform how the state is governed: "promised to hold free elections", "pledged to trim presidential
    powers", "vowed to guarantee media freedom", "offered to step down" (CAMEO 034-035, an intent to reform or to
    yield office), the undertaking itself being the event; a campaign pledge is dropped later."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in PLEDGING:
        return False
    acts = [c for c in tok.children if c.dep_ == "xcomp" or (c.dep_ == "ccomp" and any(
        a.lower_ in ("would", "will") for a in c.children)) or (c.dep_ == "advcl" and c.i > tok.i and any(
            a.dep_ == "aux" and a.lower_ == "to" for a in c.children))]
    acts += dated_infinitives(tok)  # ("promised in 1998 to hold …")
    acts += [k for a in acts for k in a.conjuncts if k.pos_ == "VERB"]
    for act in acts:
        lemma = act.lemma_.lower()
        if lemma in STEPPING_DOWN or (lemma == "step" and any(c.lower_ == "down" for c in act.children)):
            return True
        wanted = REFORMING.get(lemma, set())
        objects = [c for c in act.children if c.dep_ in ("dobj", "dative")]
        objects += [g for o in objects for _, g in prep_objects(o, {"of"})] + [
            g for o in objects for g in o.conjuncts]
        if any(o.lemma_.lower() in wanted for o in objects):
            return True
    return False


def pair(tok: Token) -> bool:
    """Done by two states' actors together: the act's subject (a noun's light verb's) names two different countries,
    "Iran and Turkmenistan opened a pipeline", "American and Philippine marines began their annual exercises"."""
    verb = tok if tok.pos_ == "VERB" else tok.head if tok.dep_ in ("dobj", "nsubjpass") else None
    subject = subject_of(verb) if verb is not None and verb.pos_ == "VERB" else None
    if subject is None:
        return False
    names = [subject, *subject.conjuncts] if subject.conjuncts else [
        g for c in subject.children if c.dep_ in ("amod", "compound", "nmod") and c.ent_type_ in ("NORP", "GPE")
        for g in (c, *c.conjuncts)]
    countries = {actor_country(n.text, n.ent_type_ or None, small_places=False) for n in names
                 if n.ent_type_ in ("NORP", "GPE") or n.pos_ == "PROPN"}
    return len(countries - {None}) >= 2


LETTING = {"let", "allow", "permit"}
SCORE = re.compile(r"\b\d{1,3} ?[-–] ?\d{1,3}\b(?! (?:vote|majority|decision|ruling))")
STRIFE = {"violence", "bloodshed", "hatred", "fighting", "killing", "war", "conflict", "suffering", "hostility",
          "bloodletting", "strife"}
FORCE_WORDS = {"force", "troop", "contingent", "battalion", "mission"}
FOREIGN_FORCE_MARKS = {"international", "multinational", "peacekeeping", "un", "u.n.", "foreign", "hybrid",
                       "stabilisation", "stabilization", "protection", "au", "nato", "ecowas", "led"}  # ("a
# Nigerian-led force", split at its hyphen)


def foreign_force(tok: Token) -> bool:
    """A force from abroad: "an international force", "a UN protection force", "the hybrid AU-UN force"."""
    return tok.lemma_.lower() in FORCE_WORDS and any(
        t.lower_ in FOREIGN_FORCE_MARKS or t.lower_.endswith("-led") or "-un" in t.lower_ or "un-" in t.lower_
        for t in tok.subtree if t.i < tok.i)


SPELLS = {"day", "week", "month", "year", "decade", "hour", "wave", "series", "round", "spate"}  # what pressure came
# in ("bowing to weeks of protests"; wider than event_participants.SPANS, the light verbs' "held a round of talks",
# where "a series of attacks" would make rugby sides attackers)


def _features(tok: Token) -> tuple[set[str], set[str]]:
    """(words, features) of a trigger's complements: object and xcomp lemmas; prep:X, prt:X, xcomp, ccomp,
    object, intransitive, human_object, on_actor, force, labour, joint, pair, reform, ultimatum."""
    words: set[str] = set()
    features: set[str] = set()
    objects = [c for c in tok.children if c.dep_ in ("dobj", "attr", "nsubjpass")]
    if not objects and tok.dep_ == "acl" and tok.tag_ == "VBN" and tok.head.pos_ == "NOUN":
        objects = [tok.head]  # "poster plans … withdrawn from the website": the plans are withdrawn
    if not objects and tok.pos_ == "VERB" and any(c.dep_ in ("auxpass", "agent") for c in tok.children):
        patient = subject_of(tok)  # a passive verb sharing its subject ("were arrested and later released")
        objects = [patient] if patient is not None else []
    if not objects and tok.pos_ == "VERB" and (patient := reduced_passive(tok)) is not None:
        objects = [patient]  # ("were reported captured")
    if not objects and tok.pos_ == "VERB":  # a particle the parser took for a preposition ("sealed off the town")
        objects = [g for c in tok.children if c.dep_ in ("prep", "prt") and c.lower_ == "off" and c.i == tok.i + 1
                   for g in c.children if g.dep_ == "pobj"]
    objects += [k for o in objects for k in o.conjuncts]  # "teams and food"
    if tok.lemma_.lower() in LETTING:  # "let a convoy cross into Tigray": the one let in, subject of the clause
        objects += [s for c in tok.children if c.dep_ in ("ccomp", "xcomp") for s in c.children if s.dep_ == "nsubj"]
    if tok.lemma_.lower() in LETTING | {"admit"} and any(foreign_force(g) for o in objects for g in (
            o, *(g for _, g in prep_objects(o, {"of"})))):
        words.add("peacekeeper")  # "allowed an Australian-led international force into East Timor": a foreign
        # force let in (CAMEO 0861), not "allowed the security forces to open fire"
    xcomps = [c for c in tok.children if c.dep_ == "xcomp" or (
        c.dep_ == "advcl" and tok.lemma_.lower() in NEGATORS and any(a.dep_ == "aux" and a.lower_ == "to"
                                                                     for a in c.children))]
    xcomps += dated_infinitives(tok) if tok.pos_ == "VERB" else []  # ("declined in 1985 to lift the order", the
    # parser having taken the refused act for a purpose or hung it on the date)
    if xcomps:
        features.add("xcomp")  # (also an infinitive hung on a date: "declined in 1985 to lift the order")
    xcomps += [k for x in xcomps for k in x.conjuncts if k.pos_ == "VERB"]  # ("ordered it to shut its offices and
    for c in objects + xcomps:  # leave": what it is told to do, each part)
        words.add(c.lemma_.lower())
        # "20 tonnes of rice", "a shipment of arms": the thing measured
        words.update(g.lemma_.lower() for p in c.children if p.dep_ == "prep" and (p.lower_ == "of" or (
            p.lower_ == "in" and (c.ent_type_ == "MONEY" or c.pos_ in ("NUM", "SYM") or any(
                n.dep_ == "nummod" for n in c.children)))) for o in p.children
            if o.dep_ == "pobj" for g in (o, *o.conjuncts))  # (and "$2bn in assets": the assets; "a consignment
        # of carriers and small arms": each)
    if tok.lemma_.lower() in ("provide", "supply", "furnish", "equip"):
        words.update(o.lemma_.lower() for _, g in prep_objects(tok, {"with"}) for o in (g, *g.conjuncts))
        # ("provided Mozambique with an assistance package": what is given)
    if any(o.ent_type_ == "MONEY" or o.pos_ in ("NUM", "SYM") or any(c.dep_ == "nummod" for c in o.children)
           for o in objects):
        words.update(o.lemma_.lower() for _, o in prep_objects(tok, {"in"}))  # ("withdrew $2bn in assets", "froze
        # $400m in military assistance", the parser having split the "m")
    for c in tok.children:
        if c.dep_ in ("prep", "agent", "prt") and (c.i > tok.i or c.dep_ == "prt"):  # ("For the Tories, X called
            features.add(("prt:" if c.dep_ == "prt" else "prep:") + c.lower_)  # the plan timid": no "call for")
        if c.dep_ == "advmod" and ((c.lower_ in ("back", "aside") and c.i > tok.i) or (
                c.lower_ == "out" and c.i == tok.i + 1)):
            features.add("prt:" + c.lower_)  # a particle the parser took for an adverb ("handed back the archives",
            # "would walk out")
        if c.dep_ == "dative":
            features.add("dative" if c.pos_ in ("NOUN", "PROPN", "PRON") else "prep:" + c.lower_)
        if c.dep_ in ("xcomp", "ccomp", "oprd"):
            features.add(c.dep_)  # ("called Labour a machine": oprd, a name given, no call for anything)
        if c.dep_ == "advcl" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children):
            features.add("purpose:" + c.lemma_.lower())  # ("the jury withdrew to consider its verdict")
            if any(o.dep_ == "dobj" and human(o) for o in tok.children) and c.i > tok.i:
                words.add(c.lemma_.lower())  # what one is pressed or ordered to do, the parser having taken it
                features.add("xcomp")  # for a purpose ("pressed Nigeria's government on Friday to draw up …")
        if c.dep_ in ("prep", "agent") and c.lower_ in ("to", "for", "on", "with", "by", "into", "onto", "as", "off",
                                                        "under"):
            features.update(f"{c.lower_}:" + g.lemma_.lower() for g in c.children if g.dep_ in ("pobj", "pcomp"))
            features.update(f"{c.lower_}:" + o.lemma_.lower() for g in c.children if g.dep_ == "pobj" and
                            g.lemma_.lower() in SPELLS | {"state"} for _, o in prep_objects(g, {"of"}))  # ("bowing
            # to a week of street protests", "to years of pressure": what the time was full of; "under a state of
            # emergency": which state)
            # whom one appeals to ("to:voter": courting, not a request); what one calls for ("for:calm": an appeal,
            # CAMEO 02, which PLOVER drops); what one agrees on ("on:need": "agreed on the need for stable rates" is a
            # shared view, not an agreement); what one bombards with ("with:question": words, not shells); how one
            # speaks ("by:telephone")
    if any(g.ent_type_ == "MONEY" or g.lemma_.lower() in ("million", "billion", "donation", "fund", "funding")
           for _, g in prep_objects(tok, {"for"})) and not any(
            c.dep_ == "dative" or (c.dep_ == "prep" and c.lower_ == "to") for c in tok.children):
        features.add("for:money")  # "the Red Cross appealed for $15 million": a public appeal for funds, to no one
    if any(g.lemma_.lower() in ("end", "halt", "stop") and any(o.lemma_.lower() in STRIFE for _, o in prep_objects(
            g, {"to", "of"})) for _, g in prep_objects(tok, {"for"})):
        features.add("for:peace")  # "appealed for an end to the bloodshed": a general appeal for peace (CAMEO 02)
    if tok.pos_ == "VERB" and tok.lemma_.lower() in _pressure_lemmas() and _under_pressure(tok):
        features.add("pressure")  # (only for the words whose entries ask for it: resign, quit, step down)
    for p in (p for o in objects for p in o.children if p.dep_ == "prep" and p.lower_ in ("off", "out")):
        features.add("prep:" + p.lower_)  # ("ordered two channels off the air", the parser having hung "off" on
        features.update("off:" + g.lemma_.lower() for g in p.children if g.dep_ == "pobj" and p.lower_ == "off")
        # the channels)
    features.add("object" if objects else "intransitive")
    if any(human(o) or (o.lemma_.lower() in QUANTITY_WORDS and any(human(g) for _, g in prep_objects(o, {"of"})))
           for o in objects):
        features.add("human_object")  # (also "executed hundreds of civilians")
    if any(human(o) for _, o in prep_objects(tok, {"on", "upon"})) or (any(
            c.dep_ == "prep" and c.lower_ in ("on", "upon") and not any(c.children) for c in tok.children) and any(
            c.dep_ in ("ccomp", "dobj", "npadvmod") and c.pos_ == "PROPN" and human(c) for c in tok.children)):
        features.add("on_actor")  # "called on Egypt to free …" (not "called on Monday for calm"; also "called on
        # Tunisian President Kais Saied to …", the name parsed as a clause of its own)
    if _force_content(tok, addressed=(bool(objects) and any(human(o) for o in objects)) or "dative" in features):
        features.add("force")  # "vowed to crush the rebels", "warned Georgia it would respond with force"
    if tok.lemma_.lower() in TELLING and undertaking(tok):
        features.add("undertaking")  # "told visiting ECOWAS envoys that they would hand power to civilians"
    if joint(tok):
        features.add("joint")
    if pair(tok):
        features.add("pair")
    if reform(tok):
        features.add("reform")
    if tok.pos_ == "VERB" and SCORE.search(tok.doc[tok.i + 1:min(tok.i + 8, len(tok.doc))].text):
        features.add("score")  # "Ireland beat England 29-16": a result, not a beating
    if tok.pos_ == "VERB" and ultimatum(tok):
        features.add("ultimatum")
    if tok.pos_ == "NOUN" and tok.dep_ in ("dobj", "nsubjpass", "pobj"):
        features.add("head:" + (tok.head.head if tok.dep_ == "pobj" else tok.head).lemma_.lower())
    if tok.pos_ == "NOUN" and (tok.head.lemma_.lower() in LABOUR_STRIKE_HEADS or (
            tok.head.dep_ == "prep" and tok.head.lower_ == "on") or any(
            c.lower_ in LABOUR_STRIKE_WORDS for c in tok.children if c.dep_ in ("compound", "amod", "nmod", "poss"))):
        features.add("labour")
    return words, features


# what a promise or a warning threatens when it is a use of force ("vowed to crush the rebels", "warned Kenya of
# further attacks", "warned Georgia that it would respond with force"): PLOVER's THREATEN, not AGREE
FORCE_VERBS = {"crush", "attack", "strike", "retaliate", "punish", "destroy", "invade", "bomb", "kill", "wipe",
               "annihilate", "eliminate", "hit", "shoot", "shell", "storm", "avenge", "fight"}
FORCE_NOUNS = {"attack", "strike", "retaliation", "reprisal", "war", "force", "invasion", "bombing", "offensive",
               "airstrike", "consequence"}  # ("warned Pakistan of serious consequences")
CONSEQUENCES = FORCE_NOUNS | {"punishment", "action"}  # what one "would face"


TELLING = {"tell", "assure", "inform"}
YIELDING = {"hand", "lift", "scrap", "release", "free", "withdraw", "end", "stop", "halt", "suspend", "ease",
            "loosen", "relax", "restore", "drop", "abandon", "amend", "pardon", "return", "reopen", "hold"}


def undertaking(tok: Token) -> bool:
    """Telling someone what the teller's own side will yield or do for them, a promise to them (AGREE, CAMEO
    03): "told visiting ECOWAS envoys that they would hand power to an elected government", "told the IMF it
    will scrap fuel subsidies", "told EU officials that Belgrade would stop paying for the parallel courts". Not
    what a government tells parliament or the press (a statement of policy), nor what others will do."""
    if not _addressees(tok):
        return False
    visiting = [v for v in tok.children if v.dep_ == "xcomp" and v.tag_ == "VBG"]
    for comp in (c for v in (tok, *visiting) for c in v.children if c.dep_ == "ccomp"):
        doer = subject_of(comp)
        if doer is None or doer.lower_ in ("you", "i") or negated(comp) or has_condition(comp) or not any(
                c.dep_ == "aux" and c.lower_ in FUTURE for c in comp.children):
            continue  # (made to hang on a condition it is a threat: "told Hamas it would stop hosting it unless …")
        if doer.pos_ != "PRON" and not (doer.pos_ == "PROPN" or doer.ent_type_ in ("GPE", "ORG", "NORP")):
            continue  # ("told the envoys that the drought would worsen": a forecast)
        entry = lookup(comp)
        if comp.lemma_.lower() in YIELDING or (entry is not None and entry.type in ("AID", "COOPERATE", "SUPPORT",
                                                                                  "RETREAT", "CONCEDE", "AGREE")):
            return True
    return False


def _addressees(tok: Token) -> list[Token]:
    """Those a teller tells, when they are a party to deal with: not parliament, the press or an audience."""
    told = [c for c in tok.children if c.dep_ in ("dobj", "dative") and (human(c) or c.pos_ == "PROPN")] + [
        o for v in tok.children if v.dep_ == "xcomp" and v.tag_ == "VBG" for o in v.children
        if o.dep_ == "dobj" and human(o)]  # ("told visiting ECOWAS envoys …", "visiting" parsed as a verb)
    if any(agent_sector([t.lower_ for t in c.subtree if t.i <= c.i]) in ("LEG", "MED") or c.lemma_.lower() in PRESS
           or (c.ent_type_ == "ORG" and c.lower_ in NEWS_TITLES) for c in told):
        return []
    return told


NEWS_TITLES = {"chronicle", "times", "post", "guardian", "telegraph", "herald", "journal", "news", "mail", "express",
               "independent", "observer", "mirror", "sun", "gazette", "tribune", "bbc", "cnn", "television", "radio"}
PRESS = {"reporter", "journalist", "correspondent", "press", "newspaper", "television", "radio", "mp", "lawmaker",
         "parliament", "assembly", "congress", "senate", "commons", "conference", "audience", "crowd", "supporter"}


def _force_content(tok: Token, addressed: bool) -> bool:
    """A promise or warning whose content is the speaker's use of force: a complement verb of force, or one done
    "with force" ("would respond with force"); a warning "of attacks" only when it is addressed to someone
    ("warned Kenya of further attacks", not a security alert: "police warned of possible attacks"), and a warning
    addressed to someone of what will be done to them (`_warned_of_coercion`)."""
    if tok.lemma_.lower() in TELLING:  # "told Hamas it would expel them unless …" (not "told the Jewish Chronicle:
        return _addressees(tok) and any(  # 'I attack Michael Howard'", a view of one's own politics)
            c.dep_ == "ccomp" and has_condition(c) and _warned_of_coercion(c) for c in tok.children)  # (told, a
        # coercive act is a threat only when made to hang on the one told: "… unless they returned to the talks")
    for comp in (c for c in tok.children if c.dep_ in ("xcomp", "ccomp")):
        warned = any(c.dep_ in ("dobj", "dative", "nsubjpass") and c.pos_ in ("NOUN", "PROPN", "PRON")
                     for c in tok.children)  # (any one warned: "warned striking miners that they would be jailed")
        if warned and comp.dep_ == "ccomp" and _warned_of_coercion(comp):
            return True
        if comp.dep_ == "ccomp" and tok.lemma_.lower() == "warn" and (conditional_coercion(comp) or
                                                                     _aimed_coercion(comp)):
            return True
        doer = subject_of(comp) if comp.dep_ == "ccomp" else None
        if doer is not None and doer.pos_ != "PRON":
            continue  # ("warned that the new settlements will destroy the peace process": no force of its own)
        objects = [c for c in comp.children if c.dep_ == "dobj"]
        if comp.lemma_.lower() in FORCE_VERBS and (any(human(o) for o in objects) or (not objects and (
                comp.lemma_.lower() == "retaliate" or any(c.dep_ == "prt" and c.lower_ == "back"
                                                          for c in comp.children)))):
            return True  # ("vowed to fight corruption", "pledged to strike a deal": no one's force used on anyone)
        if any(o.lemma_.lower() in FORCE_NOUNS for _, o in prep_objects(comp, {"with", "by"})):
            return True
        if addressed and comp.lemma_.lower() == "face" and any(o.lemma_.lower() in CONSEQUENCES for o in objects):
            return True  # "warned Tehran that it would face serious consequences"
    if any(_harsh_measures(o) for o in tok.children if o.dep_ == "dobj") and tok.lemma_.lower() != "warn":
        return True  # "vowed retaliatory measures against Helsinki"
    warned_of = [o for h in (tok, *(c for c in tok.children if c.dep_ in ("dobj", "dative")))
                 for _, o in prep_objects(h, {"of"})]  # (the parser may hang "of" on the one warned)
    return addressed and any(o.lemma_.lower() in FORCE_NOUNS or _harsh_measures(o) for o in warned_of)
    # ("warned Tashkent of retaliatory measures")


def _harsh_measures(tok: Token) -> bool:
    """Measures of reprisal: "retaliatory measures", "unspecified countermeasures", "punitive steps" (not "tough
    measures to curb tax avoidance", a policy)."""
    lemma = tok.lemma_.lower()
    return lemma in ("countermeasure", "retaliation", "reprisal") or (lemma in MEASURES and any(
        a.lower_ in REPRISALS for a in tok.children if a.dep_ in ("amod", "compound")))


REPRISALS = {"retaliatory", "punitive", "military", "reciprocal", "counter", "response"}


COERCIVE_TYPES = {"SANCTION", "COERCE", "ASSAULT", "MOBILIZE"}
RETORTS = {"respond", "retaliate", "react", "hit"}  # ("would respond decisively", "would hit back")
PENALTIES = CONSEQUENCES | {"arrest", "prosecution", "sanction", "expulsion", "dismissal", "punishment", "jail",
                            "charge", "reprisal", "retribution"}
ARMED_DOERS = {"army", "troops", "troop", "force", "forces", "military", "police", "guard", "guards", "navy",
               "security", "soldier", "soldiers", "fighter", "fighters", "militia", "it", "they", "we", "i"}
FUTURE = {"will", "would", "'ll", "shall", "wo"}
HARSH = {"military", "retaliatory", "punitive", "merciless", "drastic", "decisive", "harsh", "tough", "firm",
         "severe", "strong", "forceful", "countermeasure"}


def _warned_of_coercion(comp: Token) -> bool:
    """A warning addressed to someone that says what will be done to them, a threat in PLOVER (CAMEO 13): "warned
    Syria that it would use force unless …", "warned Nairobi that it would freeze new lending", "warned supporters
    that anyone entering the zone would be arrested", "that they would face arrest", "that Hamas would pay a heavy
    price", "that India would not hesitate to strike", "that its troops would respond". What another does or a thing
    brings is a forecast, not a threat ("warned Kenya that the drought would kill thousands")."""
    if not any(c.dep_ == "aux" and c.lower_ in FUTURE for c in comp.children) and not (any(
            c.dep_ == "aux" and c.lower_ in MAY for c in comp.children) and has_condition(comp)):
        return False  # (a "could" made to hang on a condition is a threat too: "that their licences could be
    lemma = comp.lemma_.lower()  # suspended if they kept broadcasting …")
    objects = [c for c in comp.children if c.dep_ == "dobj"]
    if lemma == "face" or (lemma == "pay" and any(o.lemma_.lower() == "price" for o in objects)):
        return lemma == "pay" or any(o.lemma_.lower() in PENALTIES for o in objects)  # (the one warned faces it)
    passive = any(c.dep_ == "auxpass" for c in comp.children)
    if passive and any(o.lemma_.lower() in FORCE_NOUNS for _, o in prep_objects(comp, {"with", "by"})):
        return True  # ("any procession would be broken up with all the force necessary")
    if not passive:
        doer = subject_of(comp)
        warned = {c.lower_ for c in comp.head.children if c.dep_ in ("dobj", "dative")}
        if doer is not None and doer.lower_ in ("it", "we", "they", "he", "she", "i") and has_condition(comp):
            return True  # "warned Rio state that it would freeze federal transfers unless …": the speaker's own
            # act, made to hang on what the one warned does
        if doer is None or not (doer.lower_ in ARMED_DOERS or doer.lemma_.lower() in ARMED_DOERS or (
                doer.ent_type_ == "GPE" and doer.lower_ not in warned) or agent_sector([doer.lower_]) in (
                    "MIL", "COP")):  # ("warplanes would strike their camps")
            return False  # (not "the drought would kill thousands", "Hezbollah would attack"; a state may be named:
            # "warned India that Pakistan would not hesitate to …")
    if lemma == "hesitate" and negated(comp):
        comp = next((c for c in comp.children if c.dep_ == "xcomp"), comp)  # "would not hesitate to strike"
        lemma, objects = comp.lemma_.lower(), [c for c in comp.children if c.dep_ == "dobj"]
    if lemma in FORCE_VERBS or lemma in RETORTS:
        return True
    if lemma in ("carry", "launch", "conduct", "mount", "stage") and any(
            o.lemma_.lower() in ("strike", "attack", "raid", "operation", "offensive", "airstrike") for o in objects):
        return True  # ("would not hesitate to carry out further cross-border strikes")
    if lemma == "use" and any(o.lemma_.lower() in FORCE_NOUNS | {"weapon", "arm", "arsenal"} for o in objects):
        return True
    if lemma == "take" and any(o.lemma_.lower() in ("action", "measure", "step") and any(
            a.lower_ in HARSH for a in o.children if a.dep_ == "amod") for o in objects):
        return True  # ("would take merciless military action", "would take retaliatory measures")
    if lemma == "treat" and any(g.lemma_.lower() == "target" for g in comp.subtree):
        return True  # ("would be treated as a military target")
    entry = lookup(comp) if comp.pos_ == "VERB" else None
    return entry is not None and entry.type in COERCIVE_TYPES  # ("would be arrested", "would freeze lending",
    # "would be broken up by force", "would impose a curfew")


MAY = FUTURE | {"could", "might", "may"}
CONDITIONS = {"if", "unless"}
WALKOUTS = {"pull", "walk", "withdraw", "quit"}
TALKS = {"talk", "dialogue", "negotiation", "table", "process", "coalition", "government", "alliance"}
OWN_DOERS = {"it", "we", "they", "i", "he", "she", "government", "authority", "police", "troops", "army",
             "security", "officer", "force"}
OWN_MEMBERS = {"member", "worker", "supporter", "fighter", "force", "troop", "soldier", "man", "militant",
               "guerrilla", "follower", "unit", "side", "delegation", "negotiator"}  # ("his side would walk out")
MEASURES = {"measure", "action", "step"}


def condition_clause(verb: Token) -> Token | None:
    """The "if" or "unless" clause that hangs on this verb, if any."""
    return next((c for c in verb.children if c.dep_ == "advcl" and any(
        m.dep_ == "mark" and m.lower_ in CONDITIONS for m in c.children)), None)


def has_condition(verb: Token) -> bool:
    """An "if" or "unless" clause hangs on this verb."""
    return condition_clause(verb) is not None


def conditional_coercion(comp: Token) -> bool:
    """A warning, addressed to no one, of the speaker's own coercive act made to hang on a condition, a threat in
    PLOVER (CAMEO 13): "warned that a curfew would be imposed on the city if the looting continued", "that the
    government would ban the group if its supporters marched again", "that it could pull out of the dialogue if
    the army kept arresting its sympathisers", "that its members would walk out unless …". Without a condition it
    is a forecast or a plan ("warned that the army would deploy"); what others will do is no threat of one's own."""
    after = comp.doc[comp.right_edge.i + 1] if comp.right_edge.i + 1 < len(comp.doc) else None
    if not any(c.dep_ == "aux" and c.lower_ in MAY for c in comp.children) or not (any(
            has_condition(v) for v in (comp, *comp.conjuncts)) or (  # (the condition may hang on the last of two
            after is not None and after.lower_ in CONDITIONS and after.dep_ == "mark")):  # acts, "would take Taiwan
        return False  # by force and place the island under its control if …", or, for the parser, on the verb of
    # an attribution after it: "… would fire rockets at Tel Aviv if Israel kept bombing …, Al-Manar reported")
    passive = any(c.dep_ == "auxpass" for c in comp.children)
    doer = next((g for c in comp.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"),
                None) if passive else subject_of(comp)
    members = doer is not None and doer.lemma_.lower() in OWN_MEMBERS and any(
        p.dep_ == "poss" and p.lower_ in ("its", "our", "their", "his", "her") for p in doer.children)  # "its
    # members would …", "his fighters would …"
    if not (members or (doer is None and passive) or (doer is not None and (
            doer.lower_ in OWN_DOERS or doer.lemma_.lower() in OWN_DOERS or named_state_doer(doer) is not None))):
        return False  # (not "warned that the drought would kill thousands if rains failed"; a state or people
        # named, "that Israel would seal …", must be the speaker's own: see `named_state_doer`)
    lemma = comp.lemma_.lower()
    if lemma in WALKOUTS and any(g.lemma_.lower() in TALKS for g in comp.subtree if g.dep_ == "pobj"):
        return True  # ("could pull out of the talks if …": CAMEO 134, threaten to halt negotiations)
    if lemma == "take" and any(c.dep_ == "dobj" and c.lemma_.lower() in MEASURES for c in comp.children):
        return True  # ("would take all necessary measures unless …": action made to hang on a condition)
    if any(o.lemma_.lower() in FORCE_NOUNS for _, o in prep_objects(comp, {"with", "by"})):
        return True  # ("would take Taiwan by force if …")
    entry = lookup(comp) if comp.pos_ == "VERB" else None
    return entry is not None and (entry.type in COERCIVE_TYPES or (
        entry.type == "PROTEST" and (members or (doer is not None and doer.pos_ == "PRON"))))  # ("its members
    # would walk out unless the state restored the pension": CAMEO 133, a threat of dissent)


def _aimed_coercion(comp: Token) -> bool:
    """A warning of the speaker's own sanction or coercion aimed at a named state, with no condition: "Washington
    warned it would impose trade sanctions on Beijing over piracy" (CAMEO 1312), not "warned that it would impose
    a curfew" (a plan, no one named) nor what another will do."""
    if not any(c.dep_ == "aux" and c.lower_ in FUTURE for c in comp.children):
        return False
    doer = subject_of(comp)
    if doer is None or doer.lower_ not in ("it", "we"):
        return False
    entries = [lookup(comp) if comp.pos_ == "VERB" else None] + [lookup(c) for c in comp.children if c.dep_ == "dobj"]
    if not any(e is not None and e.type in ("SANCTION", "COERCE") for e in entries):
        return False  # ("would impose a curfew", "would impose sanctions on …")
    aimed = [o for h in (comp, *(c for c in comp.children if c.dep_ == "dobj"))
             for _, o in prep_objects(h, {"on", "against"})]
    return any(o.pos_ == "PROPN" and o.ent_type_ in ("GPE", "NORP", "ORG") for o in aimed)


def named_state_doer(doer: Token | None) -> Token | None:
    """The state or people a warned act is named as done by ("that Israel would seal every crossing", "that the
    Palestinians would walk out", "that Baghdad's forces would …"), which is a threat only when it is the speaker's
    own (checked against the speaker's state where the event is coded); None when the doer is not so named."""
    if doer is None:
        return None
    if doer.ent_type_ in ("GPE", "NORP") and doer.pos_ == "PROPN":
        return doer
    if doer.lemma_.lower() in OWN_MEMBERS | OWN_DOERS:
        return next((p for p in doer.children if p.dep_ == "poss" and p.ent_type_ in ("GPE", "NORP")), None)
    return None


PRESSURE = {"pressure", "protest", "demonstration", "demand", "call", "criticism", "unrest", "uprising", "revolt",
            "riot", "rioting", "strike", "outcry", "clamour", "clamor", "ultimatum", "coup", "rebellion", "revolution",
            "scandal", "allegation", "accusation", "inquiry", "investigation", "probe", "impeachment", "censure",
            "backlash", "furore", "furor", "no-confidence"}
YIELD_PREPS = {"after", "amid", "amidst", "following", "under", "in"}  # ("in the face of mass protests")
FORCING = {"force", "compel", "pressure", "oblige", "push"}
MAKING_WAY = {"way", "election", "elections", "poll", "polls", "transition", "successor", "handover", "vote"}


@lru_cache(maxsize=1)
def _pressure_lemmas() -> frozenset[str]:
    return frozenset(lemma for (lemma, _), entries in lexicon().items() if any("pressure" in e.requires
                                                                               for e in entries))


def _under_pressure(tok: Token) -> bool:
    """The act yields to pressure: "resigned after weeks of protests", "quit under pressure", "was forced to step
    down", "stepped down to make way for elections"."""
    if tok.dep_ == "xcomp" and tok.head.lemma_.lower() in FORCING:
        return True
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ in YIELD_PREPS and any(g.lemma_.lower() in PRESSURE for g in c.subtree):
            return True
        after = (c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in YIELD_PREPS | {"before"}
                                           for m in c.children)) or (c.dep_ == "npadvmod" and any(
            p.dep_ == "prep" and p.lower_ in YIELD_PREPS | {"before"} for p in c.children))  # ("hours before a
        # no-confidence vote")
        if after and any(g.lemma_.lower() in PRESSURE for g in c.subtree):
            return True  # ("resigned hours after the court ordered an inquiry into allegations against him")
        if c.dep_ in ("advcl", "xcomp") and c.lemma_.lower() in ("allow", "pave", "clear", "make") and any(
                g.lower_ in MAKING_WAY for g in c.subtree):
            return True
    return False


def _entry(tok: Token, key: tuple[str, str]) -> Trigger | None:
    entries = lexicon().get(key)
    if not entries:
        return None
    words, features = _features(tok)
    for entry in entries:
        if entry.excludes & (words | features) and not (entry.negated_type and negated(tok)):
            continue  # ("will not send a delegation" is a SANCTION though sending one is no aid)
        if (entry.objects or entry.requires) and not (entry.objects & words or entry.requires & features):
            continue
        return entry
    return None


def lexicon_positions(doc: Doc) -> list[int]:
    """Positions of the tokens `lookup` may find in the lexicon (a verb or noun whose lowercased lemma, or a noun
    whose lowercased form, is an entry), in order: `_code_trigger` codes no other token, so the rules look at
    these only. Read from the token arrays, one string lookup per distinct lemma or form."""
    keys, strings = lexicon(), doc.vocab.strings
    memo = _KNOWN.setdefault(id(keys), {})
    out = []
    for i, (pos, lemma, lower) in enumerate(doc.to_array([POS, LEMMA, LOWER]).tolist()):
        if pos == VERB:
            hit = _known(("V", lemma), keys, memo, strings) or strings[lower] in MISLEMMATISED
        elif pos == NOUN:
            hit = _known(("N", lemma), keys, memo, strings) or _known(("N", lower), keys, memo, strings) or (
                strings[lower] in ("in", "ins", "out", "outs") and hyphenated(doc[i]) is not None)
        else:
            continue
        if hit:
            out.append(i)
    return out


_KNOWN: dict[int, dict[tuple[str, int], bool]] = {}  # per lexicon: (kind, string hash) → is it an entry


def _known(key: tuple[str, int], keys: dict, memo: dict, strings) -> bool:
    hit = memo.get(key)
    if hit is None:
        hit = memo[key] = (strings[key[1]].lower(), key[0]) in keys
    return hit


MISLEMMATISED = {"raped": "rape", "raping": "rape", "forgave": "forgive",
                 "unbanned": "unban"}  # (the rule lemmatizer makes "raped" a form
# of "rap", and keeps "forgave")


def lookup(tok: Token) -> Trigger | None:
    if tok.pos_ == "VERB":
        return _entry(tok, (MISLEMMATISED.get(tok.lower_) or tok.lemma_.lower(), "V"))
    if tok.pos_ == "NOUN":
        return _entry(tok, (tok.lemma_.lower(), "N")) or _entry(tok, (tok.lower_, "N")) or (
            _entry(tok, (word, "N")) if (word := hyphenated(tok)) else None)
    return None


HYPHENATED = {("sit", "in"), ("sit", "ins"), ("walk", "out"), ("walk", "outs")}


def hyphenated(tok: Token) -> str | None:
    """The protest word the tokenizer split at its hyphen, headed by its last part ("sit - in" → "sit-in")."""
    if tok.i < 2 or tok.lower_ not in ("in", "ins", "out", "outs") or tok.nbor(-1).text != "-" or \
            (tok.nbor(-2).lower_, tok.lower_) not in HYPHENATED:
        return None
    return tok.nbor(-2).lower_ + "-" + tok.lower_.removesuffix("s")
