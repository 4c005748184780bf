"""PLOVER events from a parsed article: trigger, source and target actors, modality, date, location.

Triggers come from `data/event_lexicon.csv` (verbs, and nouns that carry their own actors or sit under a
light verb). Actors are the trigger's subject/agent and object/prepositional objects, resolved to entity
mentions and countries (a government, its leader, its spokesperson, its capital or institutions all code
to that country). Pure over a spaCy `Doc` and the article's mention rows.
"""
from __future__ import annotations

import csv
import re
from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass
from datetime import date
from functools import cached_property, lru_cache
from importlib import resources
from itertools import pairwise

from spacy.attrs import LEMMA, LOWER, POS
from spacy.parts_of_speech import NOUN, VERB
from spacy.tokens import Doc, Span, Token

from transforms.actor_regions import region_country
from transforms.actors import (
    POLITICAL_SECTORS,
    Role,
    agent_sector,
    national_body,
    national_title,
    organisation,
    person,
)
from transforms.canonical import normalize_name
from transforms.dates import sentence_is_future
from transforms.entities import doc_text
from transforms.entity_refine import strip_titles
from transforms.event_headline import headline_end
from transforms.event_rescues import freed_from_others
from transforms.event_spans import actor_span
from transforms.event_targets import OBJECT_PRONOUNS, act_target, holder, object_antecedent, purpose_objects
from transforms.gazetteer import actor_country, country_of_name, demonyms, former_states, is_capital, leaders
from transforms.ids import stable_id
from transforms.metadata import dateline_end
from transforms.syntax import agent_of, noun_phrase, passive_subject, prep_objects, subject_of

_DATA = resources.files("transforms") / "data"
HYPOTHETICAL_HEADS = {
    "proposal", "bid", "idea", "option", "threat", "pledge", "promise", "attempt", "set", "about", "due", "poised",
    "bound", "need",
    "expect", "plan", "consider", "weigh", "urge", "propose", "want", "seek", "hope", "intend", "aim", "prepare",
    "schedule", "ask", "call", "demand", "vow", "offer", "try", "threaten",
    "mull", "contemplate", "suggest", "recommend", "push", "press", "likely", "possible",
    "unlikely", "appear", "seem", "appeal", "plead", "lobby", "campaign", "allow", "permit", "tip", "tipped",
    "entitled", "entitle", "right", "wrong", "free", "justified", "refusal", "unwillingness", "reluctance",
    "plot", "conspire", "scheme", "conspiracy", "deadline", "eve", "run-up", "effort", "drive",
    "pressure",  # ("under pressure to disarm the militias": asked of them, not done)
}  # ("plotted to kill", "the deadline for X to disarm", "on the eve of a visit", "the effort to end …": not done)
POLICY_CONTENT = {"initiative", "scheme", "programme", "program", "bill", "law", "legislation", "measure", "policy",
                  "reform", "rule", "regulation", "strategy", "package", "amendment", "clause", "power", "right"}
PROSPECTS = {"prospect", "chance", "possibility", "likelihood", "risk", "danger", "hope", "fear", "question", "idea"}
UNLIKELY = {"unlikely", "likely", "possible", "impossible", "probable", "improbable", "doubtful", "conceivable"}
AIMS = {"aim", "goal", "objective", "intention", "plan", "idea", "hope", "ambition", "wish", "task", "job"}
QUANTITY_WORDS = {"hundred", "thousand", "dozen", "million", "group", "number", "some", "many", "most", "all",
                  "majority", "minority", "handful", "score", "band", "team", "unit", "contingent", "delegation"}
NOMINAL_UNREALISED = {"possible", "potential", "proposed", "planned", "likely", "reported", "mooted", "rumoured",
                      "rumored", "future", "draft", "upcoming", "forthcoming", "prospective", "suspected", "alleged",
                      "touted", "putative"}
SCHEDULED = re.compile(r"\b(?:next|coming|later this|later in the) (?:week|month|year|weekend|spring|summer|autumn|"
                       r"winter)\b|"
                       r"\b(?:tomorrow|later today)\b", re.IGNORECASE)
SCHEDULING_VERBS = {"begin", "start", "open", "resume", "convene", "close", "end", "run", "take", "get"}
MISLEMMATISED = {"hoped": "hope", "hoping": "hope", "hopes": "hope"}  # the model's lemma for "hoped" is "hop"
CONDITIONS = {"providing", "provided", "assuming", "supposing"}
MODALS = {"will", "would", "could", "may", "might", "should", "can", "must", "shall", "'ll", "wo", "ca"}
NEGATORS = {"deny", "refuse", "decline", "fail", "reject", "dismiss", "refute", "rebut"}
ACTOR_NOUNS = {
    "lawmakers", "legislators", "groups", "group", "people", "protesters", "demonstrators", "activists", "workers",
    "students", "residents", "citizens", "company", "companies", "union", "unions", "party", "members", "leaders",
    "doctors", "refugees", "nations", "countries", "country", "allies", "partners", "rebels", "militia",
    "fighters", "insurgents", "organization", "organisation", "agency", "council", "committee", "coalition",
    "senators", "congressmen", "diplomat", "negotiator", "mediators", "prosecutors", "judges", "farmers",
    "civilians", "detainees", "prisoners", "nationals", "landowners", "officers", "journalists", "villagers",
    "hostages", "dissidents", "opponents", "crowd", "crowds", "mob", "fishermen",
    "settlers", "tribesmen", "gunmen", "attackers", "assailants", "militiamen", "separatists", "movement",
    "front", "faction", "factions", "ministers", "generals", "athletes", "firms", "banks", "investors",
    "children", "women", "men", "youths", "pilgrims", "worshippers", "migrants", "immigrants", "voters",
    "followers", "supporters", "loyalists", "politician", "politicians", "suspect", "suspects", "terrorist",
    "terrorists", "guards", "bodyguards",
    # one person acted on or acting: "arrested a man", "shot dead a Palestinian gunman", "detained a teenager"
    "man", "woman", "boy", "girl", "person", "teenager", "youth", "gunman", "militant", "soldier", "officer",
    "policeman", "civilian", "protester", "demonstrator", "activist", "worker", "student", "journalist", "hostage",
    "prisoner", "detainee", "fighter", "insurgent", "rebel", "bomber", "attacker", "assailant", "kidnapper",
    "aide", "aides", "adviser", "advisers", "advisor", "advisors", "deputy", "deputies", "assistant", "bodyguard",
    "businessman", "businessmen", "businesswoman", "tycoon", "oligarch", "donor", "donors", "elders", "elder",
    "chiefs", "clerics", "cleric",
}
REFUSALS = {"refuse", "decline"}
PRONOUN_OF_TITLE = {"Mr": "he", "Sir": "he", "Lord": "he", "Mrs": "she", "Ms": "she", "Miss": "she", "Lady": "she",
                    "Baroness": "she", "Dame": "she"}
WISHES = {"want", "wish", "hope"}
FORCE = {"ASSAULT", "COERCE", "SANCTION"}
COOPERATIVE = {"AID", "COOPERATE", "SUPPORT", "RETREAT", "CONCEDE"}
INTENT = {"want", "willing", "ready", "prepare", "prepared", "intend", "plan", "aim", "vow", "pledge", "promise"}
REPORTING = {"say", "tell", "announce", "report", "state", "declare", "add", "claim", "confirm", "reveal", "note",
             "quote", "write", "explain", "insist", "indicate", "show", "believe", "think", "know", "learn"}
LIGHT_VERBS = {
    "organize", "organise", "go", "hold", "announce", "launch", "impose", "begin", "conduct", "stage", "implement",
    "make", "sign", "reach", "open", "conclude", "attend", "host", "join", "order", "lift", "end", "extend", "start",
    "carry", "resume", "continue", "give", "provide", "offer", "issue", "mount", "engage", "yield", "seek", "propose",
    "weigh", "consider", "declare", "call",
}
GOVERNMENT_WORDS = {
    "government", "administration", "authorities", "authority", "ministry", "minister", "president", "premier",
    "chancellor", "leader", "officials", "official", "spokesman", "spokeswoman", "spokesperson", "secretary",
    "army", "military", "troops", "forces", "police", "parliament", "cabinet", "regime", "embassy", "envoy",
    "ambassador", "diplomats", "delegation", "king", "queen", "emir", "junta", "navy", "soldiers", "state",
    "rebels", "guerrillas", "militants", "opposition", "court", "negotiators", "general", "commander",
}
TARGET_PREPS = {"against", "on", "with", "to", "toward", "towards", "from", "at", "into", "for", "between", "of",
                "upon", "over"}
ACTOR_LABELS = ("PERSON", "ORG", "GPE", "NORP", "LOC", "FAC")


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


LABOUR_STRIKE_HEADS = {"go", "call", "stage", "hold", "launch", "begin", "start", "end", "threaten", "announce", "join",
                       "plan", "organise", "organize", "vote", "continue", "suspend", "halt", "cancel", "mount",
                       "break", "postpone", "avert", "back"}
LABOUR_STRIKE_WORDS = {"hunger", "general", "national", "nationwide", "labour", "labor", "one-day", "two-day",
                       "24-hour", "48-hour", "indefinite", "rail", "postal", "teachers", "workers", "union", "day"}


def _human(tok: Token) -> bool:
    return tok.ent_type_ in ("PERSON", "NORP", "GPE", "ORG") or tok.lemma_.lower() in ACTOR_NOUNS | GOVERNMENT_WORDS \
        or agent_sector([tok.lower_]) is not None


def _features(tok: Token) -> tuple[set[str], set[str]]:
    """(words, features) of a trigger's complements: object and xcomp lemmas; prep:X, prt:X, xcomp, ccomp,
    object, intransitive, human_object, labour."""
    words: set[str] = set()
    features: set[str] = set()
    objects = [c for c in tok.children if c.dep_ in ("dobj", "attr", "nsubjpass")]
    if not objects and tok.dep_ == "acl" and tok.tag_ == "VBN" and tok.head.pos_ == "NOUN":
        objects = [tok.head]  # "poster plans … withdrawn from the website": the plans are withdrawn
    if not objects and tok.pos_ == "VERB" and any(c.dep_ in ("auxpass", "agent") for c in tok.children):
        patient = subject_of(tok)  # a passive verb sharing its subject ("were arrested and later released")
        objects = [patient] if patient is not None else []
    if not objects and tok.pos_ == "VERB" and (patient := _reduced_passive(tok)) is not None:
        objects = [patient]  # ("were reported captured")
    objects += [k for o in objects for k in o.conjuncts]  # "teams and food"
    for c in objects + [c for c in tok.children if c.dep_ == "xcomp"]:
        words.add(c.lemma_.lower())
        # "20 tonnes of rice", "a shipment of arms": the thing measured
        words.update(g.lemma_.lower() for p in c.children if p.dep_ == "prep" and (p.lower_ == "of" or (
            p.lower_ == "in" and (c.ent_type_ == "MONEY" or c.pos_ in ("NUM", "SYM")))) for g in p.children
            if g.dep_ == "pobj")  # (and "$2bn in assets": the assets)
    if any(o.ent_type_ == "MONEY" or o.pos_ in ("NUM", "SYM") for o in objects):
        words.update(o.lemma_.lower() for _, o in prep_objects(tok, {"in"}))  # ("withdrew $2bn in assets")
    for c in tok.children:
        if c.dep_ in ("prep", "agent", "prt") and (c.i > tok.i or c.dep_ == "prt"):  # ("For the Tories, X called
            features.add(("prt:" if c.dep_ == "prt" else "prep:") + c.lower_)  # the plan timid": no "call for")
        if c.dep_ == "dative":
            features.add("dative" if c.pos_ in ("NOUN", "PROPN", "PRON") else "prep:" + c.lower_)
        if c.dep_ in ("xcomp", "ccomp", "oprd"):
            features.add(c.dep_)  # ("called Labour a machine": oprd, a name given, no call for anything)
        if c.dep_ == "advcl" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children):
            features.add("purpose:" + c.lemma_.lower())  # ("the jury withdrew to consider its verdict")
        if c.dep_ == "prep" and c.lower_ == "to":  # whom one appeals to ("to:voter": courting, not a request)
            features.update("to:" + g.lemma_.lower() for g in c.children if g.dep_ == "pobj")
    if tok.pos_ == "VERB" and tok.lemma_.lower() in _pressure_lemmas() and _under_pressure(tok):
        features.add("pressure")  # (only for the words whose entries ask for it: resign, quit, step down)
    features.add("object" if objects else "intransitive")
    if any(_human(o) for o in objects):
        features.add("human_object")
    if tok.pos_ == "NOUN" and tok.dep_ in ("dobj", "nsubjpass", "pobj"):
        features.add("head:" + (tok.head.head if tok.dep_ == "pobj" else tok.head).lemma_.lower())
    if tok.pos_ == "NOUN" and (tok.head.lemma_.lower() in LABOUR_STRIKE_HEADS or (
            tok.head.dep_ == "prep" and tok.head.lower_ == "on") or any(
            c.lower_ in LABOUR_STRIKE_WORDS for c in tok.children if c.dep_ in ("compound", "amod", "nmod", "poss"))):
        features.add("labour")
    return words, features


PRESSURE = {"pressure", "protest", "demonstration", "demand", "call", "criticism", "unrest", "uprising", "revolt",
            "riot", "strike", "outcry", "clamour", "clamor", "ultimatum", "coup", "rebellion", "revolution"}
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
        if entry.excludes & (words | features) and not (entry.negated_type and _negated(tok)):
            continue  # ("will not send a delegation" is a SANCTION though sending one is no aid)
        if (entry.objects or entry.requires) and not (entry.objects & words or entry.requires & features):
            continue
        return entry
    return None


@dataclass
class Actor:
    text: str
    entity_id: str | None
    country: str | None
    explicit: bool  # country named in the actor's own words
    person: bool = False  # a person (leaders and spokespeople stand for their state)
    organisation: bool = False  # named organisations (UN, Red Cross, a company) take no state by default
    state: bool = False  # the actor is a state named as such ("Iran", "the United States")
    sector: str | None = None  # CAMEO role code (GOV, MIL, COP, OPP, PTY, REB, IGO, NGO, BUS, CVL ...)
    violent: bool = False  # an attack named as the actor ("a car bomb killed ...")
    thing: bool = False  # a thing that names its owner ("Australia's ultimatum", "a curfew in Lagos")
    individual: bool = False  # a named person heads the phrase ("Mr Blair", not "the government of X")


def lexicon_positions(doc: Doc) -> list[int]:
    """Positions of the tokens `_lookup` may find in the lexicon (a verb or noun whose lowercased lemma, or a noun
    whose lowercased form, is an entry), in order: `_code_trigger` codes no other token, so the rules look at
    these only. Read from the token arrays, one string lookup per distinct lemma or form."""
    keys, strings = lexicon(), doc.vocab.strings
    memo = _KNOWN.setdefault(id(keys), {})
    out = []
    for i, (pos, lemma, lower) in enumerate(doc.to_array([POS, LEMMA, LOWER]).tolist()):
        if pos == VERB:
            hit = _known(("V", lemma), keys, memo, strings)
        elif pos == NOUN:
            hit = _known(("N", lemma), keys, memo, strings) or _known(("N", lower), keys, memo, strings)
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


def _lookup(tok: Token) -> Trigger | None:
    if tok.pos_ == "VERB":
        return _entry(tok, (tok.lemma_.lower(), "V"))
    if tok.pos_ == "NOUN":
        return _entry(tok, (tok.lemma_.lower(), "N")) or _entry(tok, (tok.lower_, "N"))
    return None


def _negated(tok: Token) -> bool:
    if any(c.dep_ == "neg" for c in tok.children):
        return True
    if tok.pos_ == "NOUN" and any(c.lower_ == "no" and c.dep_ == "det" for c in tok.children):
        return True  # "no arrests have been made"
    subj = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subj is not None and any(c.lower_ == "no" and c.dep_ == "det" for c in subj.children)


def _own_hypothetical(tok: Token) -> bool:
    if tok.dep_ in ("ccomp", "advcl") and tok.head.lower_ in CONDITIONS:
        return True  # "… providing the 14 Liberal MPs would support his government": a condition
    if tok.dep_ == "conj" and tok.pos_ == "VERB" and tok.head.pos_ == "VERB" and not any(
            c.dep_ in ("nsubj", "nsubjpass", "aux") for c in tok.children) and any(
            c.dep_ == "aux" and c.lower_ in MODALS for c in tok.head.children):
        return True  # "the government can tax or seize unused land": the modal governs both
    if any(c.dep_ == "aux" and c.lower_ in MODALS for c in tok.children) or any(
            c.dep_ == "mark" and c.lower_ in ("if", "unless", "whether") for c in tok.children):
        return True
    if tok.dep_ == "advcl" and tok.head.lemma_ == "be" and any(c.dep_ == "aux" and c.lower_ == "to"
                                                                for c in tok.children):
        return True  # "X was among those worried about plans, backed by Y, to lift the ban": no act of X's
        # (a purpose after an act, "sent monitors to investigate", is coded with that act, as PLOVER does)
    if any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in c.children)
           for c in tok.children if c.i > tok.i):
        return True  # "will evacuate them if necessary"
    if tok.dep_ in ("xcomp", "ccomp", "attr") and tok.head.lemma_ == "be" and any(
            c.dep_ == "nsubj" and c.lemma_.lower() in AIMS for c in tok.head.children):
        return True  # "the aim of UKIP is to withdraw"
    return tok.pos_ == "NOUN" and (any(c.lemma_.lower() in NOMINAL_UNREALISED or c.lower_ in NOMINAL_UNREALISED
                                       for c in tok.children) or _scheduled(tok) or (
        sentence_is_future(tok.sent.text) and not any(c.dep_ == "neg" for c in tok.head.children)))


def _scheduled(noun: Token) -> bool:
    """A meeting or talks on a timetable, not yet held: "talks next week", "the summit begins on 16 December"
    (a scheduling verb in the present tense)."""
    if SCHEDULED.search(noun.sent.text):
        return True
    head = noun.head
    return noun.dep_ == "nsubj" and head.tag_ in ("VBZ", "VBP") and head.lemma_.lower() in SCHEDULING_VERBS


_CLAUSAL = {"xcomp", "ccomp", "advcl"}
_NOMINAL = {"dobj", "pobj", "prep", "nsubjpass", "acl", "relcl"}


def _context(tok: Token) -> str | None:
    """`negated` or `hypothetical` when a governing verb makes the trigger so ("denies", "is expected to").

    The walk goes up through clausal complements; a nominal trigger first climbs to its own verb.
    """
    node = tok
    for step in range(5):
        allowed = _CLAUSAL | {"acl", "acomp"} | (_NOMINAL if step < 3 and tok.pos_ == "NOUN" else {"nsubjpass", "dobj"}
                                         if step == 0 or (node.pos_ == "NOUN" and step < 3) else set())
        # (an infinitive on an object shares its verb's mood: "should change the law to give more protection")
        if node.dep_ == "pcomp" and node.head.lower_ == "of" and node.head.head.lemma_.lower() in PROSPECTS:
            return "hypothetical"  # "little prospect of America agreeing to …"
        if step == 0 and node.dep_ == "conj" and node.pos_ == "VERB" and node.head.pos_ == "VERB":
            node = node.head  # "are likely to be freed or sent home": coordinated verbs share their governor
        if node.head.i == node.i or node.dep_ not in allowed:
            return None
        head = node.head
        lemma = _lemma(head)
        if lemma in ("be", "have") and node.dep_ == "xcomp" and any(c.lower_ == "to" for c in node.children):
            return "hypothetical"  # "more money is to be given", "states had to fight terrorism": due, not done
        if lemma in NEGATORS and node.dep_ in ("xcomp", "ccomp", "dobj", "nsubjpass"):
            return "negated"
        if lemma == "do" and node.dep_ in ("advcl", "xcomp") and any(
                c.dep_ == "dobj" and c.lower_ in EFFORTS for c in head.children):
            return "hypothetical"  # "is doing all in its power to help", "will do everything to free them"
        if lemma in BELIEVED and node.dep_ == "xcomp" and any(c.dep_ == "auxpass" for c in head.children):
            return "hypothetical"  # "G8 ministers are believed to have agreed …": an unconfirmed report
        if lemma in ALLEGING and node.dep_ == "ccomp" and _hearsay(head):
            return "hypothetical"  # "the newspaper claimed he received money from X", "it is alleged that …"
        if lemma in HYPOTHETICAL_HEADS | POLICY_CONTENT | PROSPECTS and node.dep_ == "acl" and head.pos_ == "NOUN":
            return "hypothetical"  # "plans to cut taxes", "a proposal to lift the ban", "an initiative to allow …"
        if lemma in HYPOTHETICAL_HEADS and node.dep_ in ("xcomp", "ccomp", "nsubjpass", "dobj", "advcl", "prep"):
            return "negated" if _negated(head) else "hypothetical"
        if _own_hypothetical(head) and (node.dep_ in ("xcomp", "ccomp", "prep", "dobj", "nsubjpass", "acomp") or (
                node.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in node.children))):
            return "hypothetical"  # ("would be happy to meet", "would never be able to reach agreement", "should
            # change the law to give …": the purpose of an act not done)
        if node.dep_ in ("ccomp", "xcomp") and any(c.dep_ == "acomp" and c.lemma_.lower() in UNLIKELY
                                                   for c in head.children):
            return "hypothetical"  # "it is unlikely he would give …"
        node = head
    return None


EFFORTS = {"all", "everything", "whatever", "what", "utmost", "best", "anything", "more", "much"}
BELIEVED = {"believe", "think", "rumour", "rumor", "suspect", "fear", "feared", "presume", "assume"}
ALLEGING = {"claim", "allege", "suggest", "rumour", "rumor", "speculate"}
HEARSAY = {"report", "newspaper", "paper", "tabloid", "media", "press", "documentary", "programme", "program",
           "website", "book", "article", "rumour", "rumor", "speculation", "critic", "source"}


def _hearsay(verb: Token) -> bool:
    """A claim whose truth the report does not vouch for: made by a report, the press or critics ("reports have
    claimed", "the newspaper alleged"), or impersonal ("it is alleged that …")."""
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None:
        return False
    if subject.lower_ == "it" and any(c.dep_ == "auxpass" for c in verb.children):
        return True
    role = organisation(subject.text) if subject.ent_type_ == "ORG" else None
    return subject.lemma_.lower() in HEARSAY or (role is not None and role.sector == "MED")


def _lemma(tok: Token) -> str:
    return MISLEMMATISED.get(tok.lower_, tok.lemma_.lower())


def modality(tok: Token, folded: bool = False) -> str:
    """`negated`, `hypothetical` or `asserted` for a trigger, from its own and its governors' markers.

    `folded`: the trigger's negation is already in its type ("will not send a delegation" is a SANCTION
    decided now): only the context (expected, planned, urged …) can make it hypothetical.
    """
    context = _context(tok)
    if folded:
        return "hypothetical" if context == "hypothetical" else "asserted"
    if _negated(tok) or context == "negated":
        return "negated"
    if _own_hypothetical(tok) or context == "hypothetical":
        return "hypothetical"
    return "asserted"


class ArticleContext:
    """What actor resolution needs to know about one article: mentions, its home state and who its people are."""

    def __init__(self, doc: Doc, mentions: list[dict], published: date | None = None) -> None:
        self.doc = doc
        self.text = doc_text(doc)
        self.dateline_start, self.dateline_end = _dateline_span(self.text)  # "BAGHDAD (AFP) - ": where it was
        # filed, not who acted (also after a headline line: "IRAN SAYS …\nTEHRAN, March 3 - ")
        self.published = published
        self.mentions = sorted((m for m in mentions if m["field"] == "body"), key=lambda m: m["start_char"])
        counts: Counter[str] = Counter()
        for m in self.mentions:
            code = m.get("country_code") or (actor_country(m["text"], m["label"]) if m["label"] in ("GPE", "NORP")
                                             else None)
            if code and m["label"] in ("GPE", "NORP") and not self._ethnic(m) and m["start_char"] >= self.dateline_end:
                counts[code] += 1  # (the dateline says where the story was filed, not what it is about)
        self.country_counts = counts
        self.person_country = self._person_countries()
        self.person_party = self._person_parties()
        self.person_title = self._person_titles()
        self.gender = self._genders()
        self.names: dict[str, str] = {}
        for m in self.mentions:
            if m["label"] == "PERSON":
                name = strip_titles(m["text"])
                if len(name) > len(self.names.get(m["entity_id"], "")):
                    self.names[m["entity_id"]] = name
        self.home = self._home()

    def titled_person(self, m: dict) -> dict:
        """A mention like "Mr Cable" that the model tagged as an organisation is the person the article named in
        full ("Vince Cable"), when exactly one person has that surname."""
        words = m["text"].split()
        if m["label"] != "ORG" or len(words) < 2 or words[0].rstrip(".") not in PRONOUN_OF_TITLE | {"Dr": ""}:
            return m
        ids = {eid for eid, name in self.names.items() if name.split()[-1] == words[-1]}
        return m | {"label": "PERSON", "entity_id": ids.pop()} if len(ids) == 1 else m

    def full_name(self, mention: dict) -> str:
        """The longest name the article gives this person ("Michael Howard" for "Mr Howard")."""
        return self.names.get(mention["entity_id"]) or strip_titles(mention["text"])

    def home_state(self, exclude: set[str]) -> str | None:
        """The home state, or, when the other actor holds it, the state the article clearly names most after it."""
        if self.home and self.home not in exclude:
            return self.home
        return self._home(exclude)

    def _home(self, exclude: frozenset[str] | set[str] = frozenset()) -> str | None:
        """The state the article is about, when it clearly establishes one: named at least twice (places,
        nationalities, national parties and institutions), and twice as often as any other."""
        counts = Counter({k: v for k, v in self.country_counts.items() if k not in exclude})
        for m in self.mentions:
            if m["label"] in ("ORG", "PERSON"):
                role = organisation(m["text"])
                if m["label"] == "PERSON" and (role is None or role.sector not in POLITICAL_SECTORS):
                    continue  # ("the Lib Dems" tagged as a person)
                code = (role.country if role else None) or actor_country(m["text"], "ORG")
                if code and code not in exclude:
                    counts[code] += 1
        ranked = counts.most_common(2)
        if not ranked or ranked[0][1] < 2 or (len(ranked) > 1 and ranked[0][1] < 2 * ranked[1][1]):
            return None
        return ranked[0][0]

    def _person_countries(self) -> dict[str, str]:
        """Entity -> country for people introduced with their state: "Chinese President Xi Jinping",
        "Norway's King Harald", "U.S. Trade Representative Jane Roe"."""
        out: dict[str, str] = {}
        text = self.text
        for i, m in enumerate(self.mentions):
            if m["label"] != "PERSON":
                continue
            for prev in reversed(self.mentions[max(0, i - 3):i]):
                gap = text[prev["end_char"]:m["start_char"]]
                if prev["label"] in ("GPE", "NORP") and len(gap) <= 40 and "\n" not in gap and not any(
                        ch in gap for ch in ",.;:") and all(w[:1].isupper() or w in ("of", "'s", "’s", "the")
                                                          for w in gap.split()):
                    code = prev.get("country_code") or actor_country(prev["text"], prev["label"])
                    if code:
                        out.setdefault(m["entity_id"], code)
                    break
        return out

    def _person_parties(self) -> dict[str, Role]:
        """Entity -> national party for people introduced with one: "Lib Dem spokesman Vince Cable", "Ann Roe,
        the Tory MP for Ely," (so that "Mr Cable" later is British and of a party)."""
        out: dict[str, Role] = {}
        for m in self.mentions:
            if m["label"] != "PERSON" or m["entity_id"] in out:
                continue
            role = _party_in(self._introduction(m))
            if role is not None:
                out[m["entity_id"]] = role
        return out

    def _introduction(self, m: dict) -> list[str]:
        """The words that introduce a person: up to five before the name (in its clause) and an apposition after
        it ("Ann Roe, the Tory MP for Ely,")."""
        text = self.text
        before = re.split(r"[.;:\n(\"“”]", text[max(0, m["start_char"] - 60):m["start_char"]])[-1]
        words = before.split()[-5:]
        after = text[m["end_char"]:m["end_char"] + 60]
        if after.startswith(", "):
            words += after[2:].split(",")[0].split()[:5]
        return words

    def _person_titles(self) -> dict[str, Role]:
        """Entity -> state and sector of an office only one state has, named with the person ("Home Secretary
        Jane Roe", "Mr Doe, the shadow chancellor,"), so that "Ms Roe" later keeps that state."""
        out: dict[str, Role] = {}
        for m in self.mentions:
            if m["label"] == "PERSON" and m["entity_id"] not in out:
                role = national_title(" ".join(self._introduction(m)) + " " + m["text"])
                if role is not None:
                    out[m["entity_id"]] = role
        return out

    def _genders(self) -> dict[str, str]:
        """Entity -> "he" or "she" for people named with a title ("Mr Howard", "Ms Short", "Baroness Scotland")."""
        out: dict[str, str] = {}
        for m in self.mentions:
            if m["label"] == "PERSON":
                words = self.text[max(0, m["start_char"] - 10):m["start_char"]].split()[-1:] + m["text"].split()[:1]
                for word in words:
                    if word.rstrip(".") in PRONOUN_OF_TITLE:
                        out.setdefault(m["entity_id"], PRONOUN_OF_TITLE[word.rstrip(".")])
        return out

    def _ethnic(self, m: dict) -> bool:
        return m["label"] == "NORP" and self.text[max(0, m["start_char"] - 7):m["start_char"]].lower() == "ethnic "

    def mentions_in(self, start: int, end: int) -> list[dict]:
        return [m for m in self.mentions if start <= m["start_char"] and m["end_char"] <= end
                and m["label"] in ACTOR_LABELS]

    def sentence_countries(self, sent: Span, places: bool = False, near: int | None = None,
                           of_head: Token | None = None) -> list[str]:
        """States the sentence names, in order (or nearest to the character offset `near` first): countries,
        capitals and nationalities (`places`: countries and capitals only, where something happens; `of_head`:
        not a nationality that describes other people, "two Chinese hostages", "a Russian businessman")."""
        out = []
        found = [m for m in self.mentions_in(sent.start_char, sent.end_char) if m["start_char"] >= self.dateline_end]
        # (the dateline says where the story was filed, not whom the sentence is about)
        if of_head is not None:
            found = [m for m in found if not _describes_others(m, of_head, self.doc)]
        if near is not None:
            found.sort(key=lambda m: min(abs(m["start_char"] - near), abs(m["end_char"] - near)))
        for m in found:
            if self._ethnic(m) or (places and m["label"] == "NORP"):
                continue  # "ethnic Uzbeks": a group, not Albania
            code = m.get("country_code") or actor_country(m["text"], m["label"])
            if code and (m["label"] in ("GPE", "NORP") or (m["label"] in ("LOC", "FAC") and (
                    country_of_name(m["text"]) or is_capital(m["text"])))) and code not in out:
                out.append(code)  # ("south of Algiers", tagged a location, is in Algeria)
        return out

    @cached_property
    def dateline_country(self) -> str | None:
        """The state of the dateline's place ("LIMA, Peru - ", "HANOI (Reuters) - "), if it names one."""
        words = re.sub(r"\([^)]*\)", ",", self.text[self.dateline_start:self.dateline_end])  # (the model seldom
        # tags "HANOI")
        for part in reversed([p.strip(" -–—:.") for p in words.split(",")]):
            code = country_of_name(part) or (actor_country(part, "GPE") if is_capital(part) else None)
            if code:
                return code
        return None



def _dateline_span(text: str) -> tuple[int, int]:
    """(start, end) of the dateline opening the body, or opening the lead after a headline line; (0, 0) if none."""
    end = dateline_end(text)
    if end:
        return 0, end
    start = headline_end(text)
    if start is not None and (end := dateline_end(text[start:])):
        return start, start + end
    return 0, 0


def _describes_others(m: dict, head: Token, doc: Doc) -> bool:
    """A nationality naming other people than the actor's ("… trying to free two Chinese hostages" for the
    elders, "the release of two Egyptian engineers" for the delegation)."""
    if m["label"] != "NORP":
        return False
    span = doc.char_span(m["start_char"], m["end_char"], alignment_mode="expand")
    if span is None or span.root.dep_ not in ("amod", "compound"):
        return False
    described = span.root.head
    start, end = core_span(head)  # (the actor's own words, not a clause hanging off it: "elders trying to free …")
    return described.i != head.i and not start <= described.idx < end and described.tag_ in ("NNS", "NNPS")
    # (a singular official is often the actor's compatriot: "…, according to the Pakistani Federal Secretary")


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
    start = min(t.idx for t in toks)
    end = max(t.idx + len(t.text) for t in toks)
    return start, end


CAPTORS = {"kidnapper", "captor", "abductor", "killer", "murderer", "attacker", "assailant", "assassin",
           "hostage-taker", "kidnappers", "captors", "abductors", "killers", "attackers", "assailants"}


def _after_dateline(tok: Token, ctx: ArticleContext) -> Token | None:
    """For a dateline word the parser took as an argument: the clause's own argument of that kind after the
    dateline, else the noun the dateline governs ("LIMA, Peru - Maoist rebels ambushed": the apposition)."""
    return next((c for c in tok.head.children if c.dep_ == tok.dep_ and c.idx >= ctx.dateline_end), None) or next(
        (t for t in tok.subtree if t.idx >= ctx.dateline_end and t.head.idx < ctx.dateline_end
         and t.pos_ in ("NOUN", "PROPN")), None)


def resolve_actor(tok: Token, ctx: ArticleContext) -> Actor | None:
    """Text, entity, country and sector of the actor headed by `tok`; None when it is not an actor (a thing, a
    date). People resolve through the actor dictionaries as of the article's date; generic agents ("riot
    police", "the opposition") get their sector from the agents dictionary."""
    if tok.pos_ == "PRON" or tok.tag_ == "WDT":
        antecedent = object_antecedent(tok) if tok.lower_ in OBJECT_PRONOUNS else _antecedent(tok) or _last_person(
            tok, ctx)  # ("accusing him": never the clause's own subject)
        if antecedent is None:
            return None
        tok = antecedent
    if tok.idx < ctx.dateline_end:  # the parser took the dateline for an argument: the clause's own one, if any
        tok = _after_dateline(tok, ctx)
        if tok is None:
            return None
    if tok.pos_ in ("NUM", "PRON", "DET") or tok.lemma_.lower() in QUANTITY_WORDS:  # "hundreds of rebels"
        tok = next((g for p in tok.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children
                    if g.dep_ == "pobj"), tok)
    span = noun_phrase(tok, split_conjuncts=True)
    if span.start_char < ctx.dateline_end:  # "NAIROBI, KENYA - Kenyan troops": the actor starts after the dateline
        span = tok.doc[next(t.i for t in span if t.idx >= ctx.dateline_end):span.end]
    violent = tok.lemma_.lower() in VIOLENT_ACTS
    if violent and any(t.lemma_.lower() in ACCIDENTS for t in span):
        return None  # "a coal mine explosion killed 33 miners": an accident, no one acted
    # an attack named as the actor ("a car bomb outside Mogadishu killed …") stands where it happened
    start, end = core_span(tok) if not violent else (span.start_char, span.end_char)
    found = ctx.mentions_in(max(start, ctx.dateline_end), end)
    # a party or state body the model tags as a person ("the Lib Dems") is an organisation
    found = [m | {"label": "ORG"} if m["label"] != "ORG" and _body_mislabelled(m, ctx) else ctx.titled_person(m)
             for m in found]
    person_m = next((m for m in reversed(found) if m["label"] == "PERSON"), None)
    org = next((m for m in found if m["label"] in ("ORG", "NORP")), None)
    ethnic = any(t.lower_ == "ethnic" for t in span)  # "ethnic Uzbeks in Kyrgyzstan": a group, not a state
    country = None
    thing = _thing(tok)
    international = False  # "his EU counterparts in Luxembourg": an IGO's people, not the host state's
    owner = _organisation_owner(tok)  # "the Red Cross said its head of mission in Sudan …": the NGO's, no state
    if owner is not None or MULTINATIONAL & {t.lower_ for t in span if t.i <= tok.i}:
        international = True  # ("coalition forces in Iraq", "UN troops in Congo": where they serve, not whose)
    # the actor's own modifier next to its head first ("BAGHDAD US warplanes": the warplanes are American)
    before = [m for m in found if m["end_char"] <= tok.idx]
    coordinated = any(re.fullmatch(r"\s*(?:,|and|&|or)\s*", ctx.text[a["end_char"]:b["start_char"]])
                      for a, b in pairwise(before))  # ("U.S. and Russian negotiators": the first named leads)
    for m in (found if coordinated else sorted(found, key=lambda m: (
            m["end_char"] > tok.idx, -m["end_char"] if m["end_char"] <= tok.idx else m["start_char"]))):
        if ethnic and m["label"] == "NORP":
            continue
        body = organisation(m["text"]) if m["label"] == "ORG" else None
        if body is not None and body.sector == "IGO" and body.country is None:
            international = True
            continue
        if body is not None and body.sector in DOMESTIC_SECTORS:
            country = body.country  # a national body or party by name ("the Northern Ireland Office")
            if country:
                break
            continue
        if international and m["start_char"] > tok.idx:
            continue  # (the place after the head, "… in Luxembourg", is where they met)
        if m["label"] == "GPE" and m["end_char"] <= tok.idx and thing and country_of_name(m["text"]) is None:
            continue  # a thing named after a city ("the Kyoto treaty", "the Lisbon plans") is no state's
        country = m.get("country_code") or actor_country(m["text"], m["label"]) or (
            region_country(m["text"]) if m["label"] in ("GPE", "LOC", "NORP", "ORG") else None)  # "Darfur rebels"
        if country:
            break
    own = span if tok.lemma_.lower() not in CAPTORS else tok.doc[span.start:tok.i + 1]  # (not their captives')
    has_name = any(t.pos_ == "PROPN" for t in own)
    if country is None and person_m is None and not ethnic and has_name and not international and not thing and not (
            len(span) == 1 and agent_sector([tok.lower_])):  # ("Police fired …" is no town in Poland)
        name = own.text.removeprefix("the ").removeprefix("The ")
        country = actor_country(name, "ORG" if name.isupper() and len(name) <= 5 else None) or _place_word_country(
            own)  # untagged institutions and places (an acronym, "BA", is no province of Fiji)
    elif country is None and not thing and not international and not ethnic and person_m is None:
        country = next((code for t in span if t.i < tok.i and t.dep_ == "amod" and not t.ent_type_ and
                        t.text[:1].isupper() and (code := actor_country(t.text, "NORP"))), None)  # a demonym the
        # model left untagged ("Peruvian authorities")
    if country is None and thing and not international:  # (a thing's state comes after it: "relations with
        after = ctx.doc[tok.i + 1:span.end]  # Russia"; "the Kyoto treaty" is named after a city)
        country = (actor_country(after.text) or _place_word_country(after)) if len(after) else None
    role: Role | None = None
    official = None
    if person_m is not None:
        if country is None:
            country = ctx.person_country.get(person_m["entity_id"])
        full = ctx.full_name(person_m)
        role = person(full, ctx.published)
        if role is None and len(full.split()) == 1:
            official = leaders().get(normalize_name(full))  # a surname alone: a known leader ("Obama said")
            if official is not None:
                role = Role(official or None, "GOV" if official else "IGO")
    elif org is not None or not found:  # ("the Commons", "No 10", "Whitehall" may carry no entity tag)
        role = next((r for m in found if m["label"] in ("ORG", "NORP") and (r := organisation(m["text"]))),
                    None) or organisation(span.text)
        if role is None and (_company_name(org["text"] if org is not None else "") or _company_head(tok, span)):
            role = Role(None, "BUS")  # "Vodafone Group", "the London Stock Exchange", "the national carrier"
    party = _affiliation(span, found, ctx) if person_m is not None or tok.lemma_.lower() in OFFICE_HOLDERS else None
    if role is not None and country is None and (role.sector not in NON_POLITICAL_SECTORS or (person_m is None and any(
            national_body(m["text"]) for m in found if m["label"] in ("ORG", "NORP")) | national_body(span.text))):
        country = role.country  # (a company's home state counts only when the text names it; a national business
        # group or broadcaster, "the CBI", "the BBC", is of its state)
    if country is None and party is not None:
        country = party.country  # "Ex-Labour MP Jane Roe" is British wherever the story is set
    office = None  # an office only one state has: "the home secretary", "Mr Doe, the shadow chancellor,"
    if person_m is not None or tok.lemma_.lower() in OFFICE_HOLDERS:
        office = (ctx.person_title.get(person_m["entity_id"]) if person_m is not None else None) or national_title(
            span.text)
    if country is None and office is not None:
        country = office.country
    main = person_m or org or (found[0] if found else None)
    if violent and country is None:
        return None
    head_words = [t.lower_ for t in span if t.i <= tok.i and t.ent_type_ not in ("PERSON", "GPE", "NORP")]
    agent = agent_sector(head_words) if not tok.ent_type_ else None  # "the government of President X"
    if agent is None and tok.lemma_.lower() in UNITS and len(head_words) > 1:
        agent = agent_sector(head_words[:-1])  # "a police patrol", "an army convoy": the force itself
    title = agent_sector(person_m["text"].split()[:-len(strip_titles(person_m["text"]).split()) or None]) \
        if person_m is not None and strip_titles(person_m["text"]) != person_m["text"] else None
    sector = agent or (role.sector if role is not None and role.sector != "ELI" else None) or title or agent_sector(
        head_words) or (office.sector if office is not None else None) or (role.sector if role is not None else None)
    if role is not None and role.sector == "BUS" and role.country is None and person_m is None and (
            tok.lemma_.lower() == "carrier" or sector is None):
        sector = "BUS"  # ("the national carrier" is an airline, not a warship)
    if sector is None and international and (main is None or main["label"] == "NORP") and \
            tok.lemma_.lower() in GOVERNMENT_WORDS:
        sector = "GOV"  # "African leaders", "Arab officials": a region's governments, of no one state
    if "shadow" in (t.lower_ for t in span) and sector in ("GOV", None):
        sector = "OPP"  # a shadow minister speaks for the opposition
    elif party is not None and (sector is None or (sector == "GOV" and PARTY_OFFICES & set(head_words))):
        sector = "PTY"  # "Tory spokesman Jane Roe", "Lib Dem chairman John Doe": the party's, not the state's
    actor_words = GOVERNMENT_WORDS | ACTOR_NOUNS
    if main is None and country is None and sector is None and not ethnic and \
            tok.lemma_.lower() not in actor_words and tok.lower_ not in actor_words and not (
                {tok.lemma_.lower(), tok.lower_, tok.lower_[:-1]} & UNITS and MULTINATIONAL & {t.lower_ for t in span}):
        return None  # (but "coalition bases", "NATO convoys" are the multinational force's)
    state = (tok.ent_type_ == "GPE" and country_of_name(tok.text) is not None) or any(
        m["label"] == "GPE" and country_of_name(m["text"]) and m["start_char"] <= tok.idx < m["end_char"]
        for m in found)
    national = role is not None and role.sector in DOMESTIC_SECTORS and person_m is None  # a party, a ministry
    if owner is not None and sector is None:
        sector = owner.sector
    is_org = ((org is not None and person_m is None and org["label"] == "ORG") or official == "" or sector in (
        "IGO", "NGO", "BUS", "MED") or owner is not None) and not national
    return Actor((span if violent else actor_span(span, tok)).text, main["entity_id"] if main else None, country,
                 country is not None,
                 person_m is not None or ethnic, is_org, state, sector, violent, thing=thing and not violent,
                 individual=tok.ent_type_ == "PERSON" or tok.lemma_.lower() in OFFICE_HOLDERS or (
                     person_m is not None and person_m["start_char"] <= tok.idx < person_m["end_char"]))


COMPANY_WORDS = {"airways", "airlines", "air", "bank", "group", "plc", "inc", "corp", "corporation", "ltd", "co",
                 "holdings", "motors", "telecom", "telecoms", "petroleum", "oil", "energy", "exchange", "industries",
                 "technologies", "pharmaceuticals", "foods", "stores", "communications", "entertainment", "systems",
                 "electronics", "insurance", "capital", "partners", "securities", "investments", "financial", "steel",
                 "mining", "airbus", "boeing", "gmbh", "ag", "sa", "llc", "bancorp", "brewery", "breweries",
                 "networks", "software", "media", "records", "studios", "pictures", "retail", "supermarkets"}
COMPANY_HEADS = {"firm", "bank", "retailer", "maker", "exchange", "supplier", "operator", "insurer", "lender",
                 "giant", "chain", "carmaker", "airline", "bidder", "broker", "conglomerate", "brewer", "publisher",
                 "distributor", "manufacturer", "producer", "company", "corporation"}
CARRIER_WORDS = {"national", "budget", "flag", "low-cost", "no-frills", "cut-price", "rival", "state", "air"}


def _company_name(text: str) -> bool:
    """A company by the words of its name ("Vodafone Group", "British Airways", "the London Stock Exchange")."""
    words = text.lower().replace(".", "").split()
    return bool(words) and words[-1] in COMPANY_WORDS and not any(w in ("central", "world", "development",
                                                                        "reserve", "national") for w in words[:-1])


def _company_head(tok: Token, span: Span) -> bool:
    """A company named by its kind ("the budget airline", "the national carrier", "the mobile phone firm")."""
    head = tok.lemma_.lower()
    if head == "carrier":
        return any(t.lower_ in CARRIER_WORDS for t in span if t.i < tok.i)
    return head in COMPANY_HEADS and not any(t.lower_ in ("central", "world", "development") for t in span)


def _organisation_owner(tok: Token) -> Role | None:
    """The IGO, NGO or company that "its" or "their" on an actor stands for: the last name before it in its
    sentence ("the Red Cross said its head of mission …", "Oxfam said gunmen had kidnapped its director")."""
    pron = next((c for c in tok.children if c.dep_ == "poss" and c.lower_ in ("its", "their")), None)
    if pron is None:
        return None
    named = [e for e in tok.doc.ents if e.label_ in ("ORG", "GPE", "NORP", "PERSON") and
             pron.sent.start <= e.start and e.end <= pron.i]
    role = organisation(named[-1].text) if named else None
    return role if role is not None and role.sector in ("IGO", "NGO", "BUS") and role.country is None else None


ACCIDENTS = {"mining", "coal", "gas", "boiler", "factory", "plant", "pipeline", "refinery", "firework", "fireworks",
             "accidental", "accident", "industrial", "chemical", "tanker", "train", "bus", "ferry", "crash", "colliery"}
UNITS = {"patrol", "convoy", "unit", "post", "checkpoint", "station", "base", "outpost", "barracks", "column",
         "detachment", "squad", "headquarters", "vehicle", "helicopter", "jeep", "boat", "ship", "plane"}


PARTY_OFFICES = {"spokesman", "spokeswoman", "spokesperson", "chairman", "chairwoman", "chair", "leader",
                 "president", "treasurer", "candidate", "activist", "member", "official", "source"}


def _body_mislabelled(m: dict, ctx: ArticleContext) -> bool:
    """A party or state body the model tags as a person or place ("the Lib Dems said …", "the MoD"), and no known
    person or country of that name."""
    if m["label"] not in ("PERSON", "GPE", "NORP", "FAC", "LOC"):
        return False
    role = organisation(m["text"])
    if role is None or (role.sector not in POLITICAL_SECTORS and not national_body(m["text"])):
        return False  # (a national union or business group: "the NASUWT said …")
    if m["label"] == "PERSON":
        return person(ctx.full_name(m), ctx.published) is None
    return m["label"] != "NORP" and country_of_name(m["text"]) is None


def _affiliation(span: Span, found: list[dict], ctx: ArticleContext) -> Role | None:
    """The national party an actor's own words name ("Ex-Labour MP …", "Tory spokesman …", "Lib Dem peer …"), or
    the one the article introduced the person with."""
    role = _party_in([m["text"] for m in found if m["label"] in ("ORG", "NORP")] + [
        t.text for t in span if t.pos_ in ("PROPN", "ADJ", "NOUN")])
    if role is None:
        person_m = next((m for m in found if m["label"] == "PERSON"), None)
        role = ctx.person_party.get(person_m["entity_id"]) if person_m is not None else None
    return role


def _party_in(words: list[str]) -> Role | None:
    """The first national party (with its state) named by these words, their hyphen parts or word pairs."""
    words = [w.strip(",'’\"") for w in words]
    names = [" ".join(pair) for pair in pairwise(words)] + words + [
        p for w in words if "-" in w for p in w.split("-") if p]  # ("Liberal Democrats" before "Democrats")
    for name in names:
        if name[:1].isupper():
            role = organisation(name)
            if role is not None and role.sector == "PTY" and role.country:
                return role
    return None


def _state_word(tok: Token) -> bool:
    """A state's own name ("Iraq"), not a city named as a venue ("the Brussels summit", "the Kyoto treaty")."""
    return tok.ent_type_ == "GPE" and (country_of_name(tok.text) is not None or tok.dep_ == "poss")


def _thing(tok: Token) -> bool:
    """A common noun that names no actor: no entity, no agent or group word."""
    if tok.pos_ != "NOUN" or tok.ent_type_:
        return False
    lemma = tok.lemma_.lower()
    if lemma in ECONOMIC_THINGS or tok.lower_ in ECONOMIC_THINGS:
        return True  # "China's booming economy", "freezing temperatures": no actor, whoever owns them
    groups = GOVERNMENT_WORDS | ACTOR_NOUNS | GROUP_WORDS
    if lemma in groups or tok.lower_ in groups:
        return False
    if agent_sector([lemma]) is not None or agent_sector([tok.lower_]) is not None:
        return False
    # an owned thing stands for its owner: "Australia's ultimatum", "the Russian refusal", "computers of officers"
    owners = [c for c in tok.children if c.dep_ in ("poss", "compound", "amod", "nmod")] + [
        g for p in tok.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.dep_ == "pobj"]
    return not any(o.ent_type_ in ("NORP", "PERSON", "ORG") or _state_word(o) or o.pos_ == "PRON" or (
        o.pos_ == "NOUN" and (agent_sector([o.lower_]) is not None or o.lower_ in MULTINATIONAL)) for o in owners)
    # ("coalition bases", "NATO convoys": the force's own)


ECONOMIC_THINGS = {"economy", "economies", "market", "markets", "price", "prices", "growth", "inflation",
                   "temperature", "temperatures", "weather", "snow", "snowfall", "rain",
                   "storm", "storms", "crisis", "recession", "boom", "slump", "currency", "shares", "stocks",
                   "earnings", "profits", "consumption", "stake",
                   "stakes", "asset", "assets", "venture", "subsidiary", "plant", "plants", "factory", "factories"}


def _place_word_country(span: Span) -> str | None:
    """ "the Moscow Olympics": a country, demonym or capital named inside an organisation's or event's name."""
    for t in span:
        if t.pos_ in ("PROPN", "ADJ") and t.ent_type_ in ("GPE", "ORG", "NORP", "EVENT", "FAC") and (
                country_of_name(t.text) or is_capital(t.text) or normalize_name(t.text) in demonyms()):
            whole = next((e for e in span.doc.ents if e.start <= t.i < e.end), None)
            if whole is not None and len(whole) > 1 and (code := country_of_name(whole.text)):
                return code  # ("the Democratic Republic of Congo" is not Congo)
            return actor_country(t.text, "GPE") or actor_country(t.text, "NORP")
    return None


def _last_person(pron: Token, ctx: ArticleContext) -> Token | None:
    """ "He" or "she" opening a clause with no antecedent in its sentence: the person last named just before."""
    if pron.lower_ not in ("he", "she"):
        return None
    text = ctx.text
    before = [m for m in ctx.mentions if m["label"] == "PERSON" and m["end_char"] <= pron.idx
              and pron.idx - m["end_char"] < 400 and not text.startswith(("'s", "’s"), m["end_char"])
              and not _body_mislabelled(m, ctx)  # ("Mr Brown's budget", "the Lib Dems" are no antecedents)
              and ctx.gender.get(m["entity_id"], pron.lower_) == pron.lower_]  # ("she" is not "Mr Galloway")
    roots = [span.root for m in before
             if (span := ctx.doc.char_span(m["start_char"], m["end_char"], alignment_mode="expand")) is not None]
    # the person the text is about: the last one named as a subject, else the last one named
    return next((r for r in reversed(roots) if r.dep_ in ("nsubj", "nsubjpass")), roots[-1] if roots else None)


def _antecedent(pron: Token) -> Token | None:
    """What a pronoun stands for: the noun a relative pronoun attaches to ("companies that …"), else the
    subject of the verb that governs the pronoun's clause ("X announced it was …")."""
    if pron.tag_ in ("WDT", "WP") and pron.head.dep_ == "relcl":
        return pron.head.head
    node = pron.head
    for _ in range(4):
        if node.head.i == node.i:
            return None
        node = node.head
        subj = subject_of(node)
        if subj is not None and subj.i != pron.i and subj.pos_ != "PRON":
            return subj
    return None


EXPULSIONS = {"deport", "expel", "extradite", "deportation", "expulsion", "extradition"}  # (foreigners, as a rule)
ROLE_SECTORS = {"COP", "MIL", "REB", "SPY", "CVL"}  # police, troops, rebels, civilians: of the state where they act
MULTINATIONAL = {"foreign", "foreigners", "international", "multinational", "coalition", "allied", "peacekeeping",
                 "peacekeepers", "peacekeeper", "western", "westerners", "un", "u.n.", "nato", "eu", "global",
                 "world", "overseas", "expatriate", "expatriates", "tourists", "tourist",
                 # a region's people are of no one state ("African leaders in Tanzania", "his European counterparts")
                 "african", "european", "arab", "asian", "latin", "gulf", "nordic", "balkan", "caribbean", "regional"}
PEOPLE_WORDS = {"people", "civilians", "villagers", "residents", "officers", "policemen", "soldiers", "children",
                "women", "men", "youths", "prisoners", "detainees", "hostages", "workers", "students", "protesters",
                "demonstrators", "pilgrims", "worshippers", "passengers", "fishermen", "farmers", "journalists",
                "militants", "insurgents", "gunmen", "attackers", "assailants", "tribesmen", "settlers", "suspects",
                "inmates", "officials", "persons", "teenager", "boy", "girl", "man", "woman", "person", "guards",
                "kidnappers", "bombers", "fighters", "guerrillas", "militiamen", "policeman", "soldier", "officer",
                "prisoner", "detainee", "suspect", "civilian", "villager", "worker", "student", "protester"}
HOME_BODIES = {"LEG", "PTY", "OPP", "JUD"}  # MPs, parties, the opposition, courts: the politics of one state
DOMESTIC_SECTORS = {"GOV", "JUD", "LEG", "OPP", "PTY"}  # (police keep no state unless the text names one)


def _needs_state(actor: Actor, head: Token) -> bool:
    """A government, force, group, person or national body (MPs, "the Treasury", "other parties", "the police",
    "insurgents", "12 people") named without its state; not a multinational one ("foreign troops", "UN
    peacekeepers", "coalition forces")."""
    if actor.country is not None or (actor.organisation and actor.sector not in HOME_BODIES | {"REB"}):
        return False  # (an IGO's, NGO's or company's people: "UN troops", "Red Cross officials"; but "MPs" the
        # model tags as an organisation are a state's)
    words = {t.lemma_.lower() for t in noun_phrase(head)} | {t.lower_ for t in noun_phrase(head)} | set(
        actor.text.lower().split())
    if words & MULTINATIONAL:
        return False
    if actor.sector in DOMESTIC_SECTORS | ROLE_SECTORS or actor.sector == "LAB":  # ("public sector unions": the
        return True  # home state's)
    if words & BODY_WORDS:
        return True  # "the committee said …": a state's committee, of the sentence or the article
    return bool(words & (GOVERNMENT_WORDS | GROUP_WORDS | PEOPLE_WORDS | COUNTRY_WORDS)) or actor.person


def _source_and_targets(tok: Token) -> tuple[Token | None, list[Token]]:
    if tok.pos_ == "VERB" and tok.lemma_.lower() == "receive":  # "X received weapons from Y": Y gives to X
        giver = next((o for p, o in prep_objects(tok, {"from"})), None)
        receiver = subject_of(tok)
        return giver, [receiver] if receiver is not None else []
    if tok.pos_ == "VERB":
        passive = passive_subject(tok)
        if passive is None and tok.dep_ == "conj" and any(c.dep_ == "auxpass" for c in tok.children):
            passive = passive_subject(tok.head)  # "was arrested … and was released": the same patient
        if passive is None and tok.dep_ in ("xcomp", "ccomp") and any(c.dep_ == "auxpass" for c in tok.children):
            passive = subject_of(tok) or passive_subject(tok.head)  # "nine Iraqis and four soldiers are reported to
            # have been killed": the ones killed (all of them), never the killers
        passive = passive or _reduced_passive(tok)
        if passive is None and tok.tag_ == "VBN" and tok.dep_ in ("advcl", "acomp", "oprd", "xcomp") and \
                tok.head.lemma_.lower() in ("stand", "remain") and not any(c.dep_ == "dobj" for c in tok.children):
            passive = subject_of(tok.head)  # "Tony Blair stood accused of …": Blair is the one accused
        if passive is None and tok.dep_ == "acl" and tok.tag_ in ("VBN", "VBD") and tok.head.pos_ in ("NOUN", "PROPN") \
                and not any(c.dep_ in ("nsubj", "dobj") for c in tok.children):
            passive = tok.head  # "five Palestinians killed in the Israeli operation": the ones killed
        source = agent_of(tok) if passive is not None else subject_of(tok)
        if source is None and passive is None and tok.dep_ == "xcomp":
            source = passive_subject(tok.head)  # "the minister was forced to resign": the minister resigns
        if source is None and passive is None and tok.dep_ == "pcomp" and tok.head.lower_ in GERUND_PREPS:
            governor = tok.head.head  # "responded by accusing the minister", "joined the campaign after rejecting
            while governor.pos_ in ("NOUN", "PROPN") and governor.dep_ in ("attr", "dobj", "pobj", "prep") and \
                    governor.head.i != governor.i:
                governor = governor.head  # ("is a late recruit to the campaign after rejecting …": the one who is)
            source = subject_of(governor) if governor.pos_ in ("VERB", "AUX") else None  # overtures from X"
        if passive is None and tok.dep_ == "acl" and tok.tag_ == "VBG" and (
                _thing(tok.head) or tok.head.dep_ == "pobj"):
            governor = tok.head.head.head if tok.head.dep_ == "pobj" else tok.head.head
            source = subject_of(governor) if governor.pos_ in ("VERB", "AUX") else None  # "unveiled a poster
            # accusing the government", "wrote to the watchdog accusing Labour": the one who did so
        objects = [c for c in tok.children if c.dep_ in ("dobj", "obj", "attr")]
        for obj in list(objects):  # "demanded the dismissal of the governor": the one asked to act
            if obj.lemma_.lower() in ACT_ON and tok.lemma_.lower() not in DISCUSSING:
                objects[:0] = [o for p, o in prep_objects(obj, {"of"})]  # ("negotiated the return of X": X is the
                # topic, not the other side)
            if obj.lemma_.lower() in ASKED_BY:  # "accepted demands from the striking miners": the one who asked
                objects[:0] = [o for p, o in prep_objects(obj, {"from", "by"})]
        targets = ([passive] if passive is not None else []) + [o for p, o in prep_objects(tok, TARGET_PREPS)
                                                                 if p in ("against", "to", "on", "with", "toward",
                                                                          "towards", "at", "into", "upon")
                                                                 and not (p == "on" and o.lemma_.lower() in OCCASIONS)]
        targets += objects + [o for p, o in prep_objects(tok, TARGET_PREPS) if p in ("from", "for", "over")]
        agreements = [o for o in objects if o.lemma_.lower() in object_classes()["@agreement"]]
        if agreements:
            topics = {o.i for p, o in prep_objects(tok, {"on"})} | {o.i for obj in objects for p, o in prep_objects(
                obj, {"on"})}  # "signed a deal on China-UK tourism": what it is about, not with whom
            partners = [g for a in agreements for t in a.subtree if t.dep_ == "prep" and t.lower_ == "with"
                        for g in t.children if g.dep_ == "pobj"]  # "a deal on investment with Tanzania"
            targets = partners + [t for t in targets if t.i not in topics and not (partners and t in agreements)]
        for obj in objects:  # "send athletes to Moscow", "the import of materials from a company in Xinjiang"
            targets += [o for p, o in prep_objects(obj, TARGET_PREPS) if p in ("to", "from", "against", "of")]
            targets += [g for t in obj.subtree if t.dep_ == "prep" and t.lower_ == "from" and t.i > obj.i
                        for g in t.children if g.dep_ == "pobj"]
        comps = [c for c in tok.children if c.dep_ in ("xcomp", "ccomp")]
        comps += [g for c in comps if c.dep_ == "xcomp" for g in c.children if g.dep_ == "xcomp"]  # ("threatened
        for comp in comps:  # to try to exclude Tokyo from the talks")
            if comp.dep_ == "ccomp":  # "demanded that Peru expel …": the one asked is the clause's subject
                targets += [c for c in comp.children if c.dep_ in ("nsubj", "nsubjpass")]
            targets += [c for c in comp.children if c.dep_ == "dobj"]
            targets += [o for p, o in prep_objects(comp, TARGET_PREPS) if p in ("to", "against", "with", "on")]
        return source, targets
    # nominal trigger: its own possessor/compound/by-phrase, else the light verb's or relative clause's subject
    between = [o for p, o in prep_objects(tok, {"between"})]
    if between:
        first = between[0]
        return first, [c for c in first.conjuncts] or between[1:]
    own = next((c for c in tok.children if c.dep_ in ("poss", "compound") and c.pos_ in ("PROPN", "NOUN")
                and (c.ent_type_ in ("PERSON", "ORG", "NORP") or (c.ent_type_ == "GPE" and (
                    c.dep_ == "poss" or country_of_name(c.text) is not None)))), None)
    own = own or next((c for c in tok.children if c.dep_ == "amod" and c.ent_type_ in ("NORP", "GPE")), None)
    own = own or next((c for c in tok.children if c.dep_ == "poss" and c.pos_ == "NOUN" and (
        c.lemma_.lower() in GOVERNMENT_WORDS or agent_sector([c.lower_]) in POLITICAL_SECTORS)), None)
    by = next((o for p, o in prep_objects(tok, {"by"})), None)
    source = own or by
    if source is None:  # "the sanctions that X imposed", else the light verb's subject ("organized a strike")
        light = tok.head if tok.dep_ in ("dobj", "pobj", "nsubjpass") else None
        if light is not None and light.dep_ == "prep":
            light = light.head
        relcl = next((c for c in tok.children if c.dep_ == "relcl"), None)
        for governor in (relcl, light):
            passive_light = governor is light and light is not None and (tok.dep_ == "nsubjpass" or any(
                c.dep_ in ("auxpass", "nsubjpass") for c in light.children))  # ("agreements had been struck", he
            subject = subject_of(governor) if governor is not None and governor.pos_ in ("VERB", "AUX") and not \
                passive_light else None  # said; "were wounded in a rocket attack, police said": not the police)
            if subject is None and passive_light:
                subject = agent_of(light)  # "no arrests have been made by the police"
            if subject is not None and not (subject.tag_ in ("WDT", "WP") and governor is relcl):
                source = subject
                break
    targets = [o for p, o in prep_objects(tok, TARGET_PREPS)]
    if tok.lemma_.lower() in VISITS and tok.dep_ == "pobj" and tok.head.lower_ in ("for", "on") and \
            tok.head.head.lemma_.lower() in ARRIVALS:  # "arrived in Kuwait for a two-day visit": the host
        targets += [o for p, o in prep_objects(tok.head.head, {"in", "to", "at"})]
    if tok.dep_ == "dobj" and tok.head.pos_ == "VERB":  # "filed suit against Gazprom", "issued an apology to X"
        targets += [o for p, o in prep_objects(tok.head, {"against", "to", "with"})]
    return source, targets


ACT_NOUNS = {"end", "uprising", "violence", "support", "issue", "question", "matter", "process", "rebellion",
             "insurgency", "revolt", "pullout", "centre", "center", "permission", "right", "access"}


def _an_act(tok: Token, actor: Actor, owned_too: bool = False) -> bool:
    """An act or a thing done, owned by no one in its words ("an uprising in Najaf", "support on the Iraq issue",
    "reception centres in Africa"): no actor, though a place in it names a state (`owned_too`: also an owned one,
    as the one acting: "an Israeli pullout" holds no meeting)."""
    if actor.violent or tok.lemma_.lower() not in ACT_NOUNS:
        return False  # (a nominal trigger keeps its state: "assistance to the US-led war", "air strikes killed")
    return owned_too or (not any(c.dep_ in ("poss", "amod", "compound", "nmod") and c.ent_type_ in (
        "NORP", "GPE", "ORG", "PERSON") for c in tok.children) and not prep_objects(tok, {"by"}))


def _armed_strike(tok: Token) -> bool:
    """Strikes launched by an armed group or aimed at someone ("insurgents launched strikes at army posts"):
    attacks, whatever the light verb; a labour strike is called by workers and aimed at no place."""
    verb = tok.head if tok.dep_ in ("dobj", "nsubjpass") else None
    aimed = [o for head in (tok, verb) if head is not None for p, o in prep_objects(head, {"at", "against", "on"})
             if not (p == "on" and o.ent_type_ in ("DATE", "TIME"))]
    subject = subject_of(verb) if verb is not None and verb.pos_ == "VERB" else None
    sector = agent_sector([subject.lower_]) if subject is not None else None
    if sector in ("REB", "MIL"):
        return True
    return bool(aimed) and sector != "LAB" and not any(c.lower_ in LABOUR_STRIKE_WORDS for c in tok.children) and not (
        subject is not None and subject.lemma_.lower() in STRIKERS)


STRIKERS = {"worker", "union", "employee", "staff", "teacher", "nurse", "doctor", "driver", "miner", "pilot", "docker",
            "student", "farmer", "lawyer", "journalist", "civil"}


def _reduced_passive(tok: Token) -> Token | None:
    """The patient of a passive participle with no auxiliary of its own: "five soldiers were reported killed",
    "with five Iraqis killed in a car bombing" (the ones killed, never the killers)."""
    if tok.tag_ != "VBN":
        return None
    if tok.dep_ in ("xcomp", "oprd") and any(c.dep_ == "auxpass" for c in tok.head.children):
        return passive_subject(tok.head)
    if tok.dep_ == "advcl" and not any(c.dep_ in ("aux", "auxpass", "dobj") for c in tok.children):
        return next((c for c in tok.children if c.dep_ == "nsubj"), None)
    return None


def _date_for(sent: Span, tok: Token, ctx: ArticleContext) -> dict | None:
    dates = [m for m in ctx.mentions if m["label"] == "DATE" and sent.start_char <= m["start_char"] < sent.end_char]
    if not dates:
        return None
    return min(dates, key=lambda m: abs(m["start_char"] - tok.idx))


def _location_for(sent: Span, tok: Token, ctx: ArticleContext) -> dict | None:
    places = [m for m in ctx.mentions_in(sent.start_char, sent.end_char) if m["label"] in ("GPE", "LOC", "FAC")]
    for m in places:
        span = ctx.doc.char_span(m["start_char"], m["end_char"], alignment_mode="expand")
        if span is not None and span.root.head.lower_ in ("in", "at", "near") and span.root.head.head.i == tok.i:
            return m
    return None


def period_start(value: str | None) -> date | None:
    """First day of an ISO date, month or year value (None for weeks, quarters and the like)."""
    if not value:
        return None
    parts = value.split("-")
    try:
        if len(parts) == 1 and len(parts[0]) == 4:
            return date(int(parts[0]), 1, 1)
        if len(parts) == 2 and parts[1].isdigit():
            return date(int(parts[0]), int(parts[1]), 1)
        if len(parts) == 3 and all(p.isdigit() for p in parts):
            return date(int(parts[0]), int(parts[1]), int(parts[2]))
    except ValueError:
        return None
    return None


def event_rows(doc_id: str, story_id: str, doc: Doc, mentions: list[dict],
               published: date | None = None) -> list[dict]:
    """`events` rows for one article body; `published` dates the actors' roles (who was minister when)."""
    if discarded_story(doc_text(doc)):
        return []
    ctx = ArticleContext(doc, mentions, published)
    rows: list[dict] = []
    seen: set[tuple] = set()
    positions = lexicon_positions(doc)
    headline = headline_end(doc_text(doc)) if positions else None
    for sent_index, sent in enumerate(doc.sents):
        first, stop = bisect_left(positions, sent.start), bisect_left(positions, sent.end)
        if first == stop or _not_reportable(sent):  # no lexicon word: nothing to code in this sentence
            continue
        if headline is not None and sent.end_char <= headline:
            continue  # the headline line opening the body (the title, in headline grammar) is not coded
        sent_countries = ctx.sentence_countries(sent)
        found: list[tuple[int, Token, dict]] = []
        statements: list[int] = []
        quoted = _quoted_tokens(sent)
        for tok in (doc[i] for i in positions[first:stop]):
            if tok.i in quoted or _background(tok):
                continue
            coded = _code_trigger(tok)
            if coded is None:
                continue
            etype, mod, trigger = coded
            if etype == "RETREAT" and freed_from_others(trigger):
                continue  # a rescue or a jailbreak, not the captor letting go ("freed hostages held by rebels")
            if _justification(trigger):  # a statement: coded as nothing, but deeper triggers stay background
                statements.append(prominence(tok))
                continue
            source_tok, target_toks = _source_and_targets(trigger)
            if source_tok is not None and source_tok.idx < ctx.dateline_end:
                source_tok = _after_dateline(source_tok, ctx) or source_tok  # ("UNITED NATIONS (Reuters) - The
                # United States and China held talks": the United States, with China)
            if etype == "REQUEST" and _obliged(trigger):
                target_toks = [source_tok] if source_tok is not None else []
                source_tok = subject_of(trigger.head)
            source = resolve_actor(source_tok, ctx) if source_tok is not None else None
            if source is not None and _an_act(source_tok, source, owned_too=True):
                source = None  # "after an Israeli pullout held a meeting": a misparse, an act meets no one
            reduced = trigger.pos_ == "VERB" and _reduced_passive(trigger) is not None
            if source is None and trigger.pos_ == "VERB" and (passive_subject(trigger) is not None or reduced or (
                    trigger.dep_ == "acl" and target_toks and target_toks[0].i == trigger.head.i)):
                source_tok, source = _instrument_source(trigger, ctx)
            if etype == "ASSAULT" and trigger.pos_ == "NOUN" and trigger.dep_ == "dobj":  # "launched an offensive
                target_toks += [o for p, o in prep_objects(trigger.head, {"on", "against"})]  # on rebel-held towns"
            target_toks = [holder(t, _irregular_word) or a for t in target_toks
                           if (a := act_target(t, object_classes())) is not None]  # ("stormed rebel-held towns")
            candidates = [(t, a) for t in target_toks if (a := resolve_actor(t, ctx)) is not None and not (
                a.violent and not _attacker_named(t)) and not _an_act(t, a)]  # (an attack stands for its attacker,
            # "complained over Israeli air raids", not for its victim: "arrested over the attack on the Australian
            # embassy"; an act or a thing done is no target: "appealed for an end to the violence")
            if not candidates:  # "launched an offensive to end a siege by X": those the purpose is aimed at
                candidates = [(h, a) for o in purpose_objects(trigger) if (h := holder(o, _irregular_word)) is not None
                              and (a := resolve_actor(h, ctx)) is not None]
            if source is None and source_tok is not None and source_tok.conjuncts:
                source = resolve_actor(source_tok.conjuncts[0], ctx)
            if not candidates and etype == "PROTEST":  # "began a sit-in to demand the governor's removal"
                candidates = [(t, a) for t in _purpose_targets(trigger) if (a := resolve_actor(t, ctx)) is not None]
            if etype in ("ASSAULT", "COERCE") and trigger.pos_ == "VERB":  # the one acted on before the
                candidates.sort(key=lambda c: c[0].dep_ not in ("dobj", "nsubjpass"))  # destination ("deported
                # the Canadian citizen to Syria")
            entry = _lookup(trigger)
            if not candidates and source_tok is not None and source_tok.conjuncts and (
                    etype in RECIPROCAL or _signing(entry)):  # "A and B met / signed a treaty": reciprocal
                partner = resolve_actor(source_tok.conjuncts[0], ctx)
                candidates = [(source_tok.conjuncts[0], partner)] if partner else []
            if not candidates and entry is not None and entry.actors == "target" and any(
                    t.dep_ in ("dobj", "nsubjpass") or t.head.lower_ == "with" for t in target_toks):
                continue  # "met parents", "telephoned voters": whom one meets, when named, must be an actor
            target_tok, target = _pick_target(source, candidates, patient_first=etype in ("ASSAULT", "COERCE") or (
                trigger.pos_ == "VERB" and passive_subject(trigger) is not None))  # ("were released by UK police on
            # their return from Cuba": those released)
            if etype in ("ASSAULT", "COERCE") and trigger.pos_ == "VERB" and (
                    target_tok is None or _place_like(target_tok)):
                place = target
                target_tok, target = _participle_victims(trigger, ctx) or (target_tok, target)  # "stormed a
                # village in Kashmir, killing four fighters": those killed, not the village (and of its state)
                if target is not place and target.country is None and place is not None and place.country:
                    target.country = place.country
            located = target is None
            if located and etype != "CONSULT":  # "drills in the Baltic", "fled to safety in Kenya", "opened a
                target_tok, target = _place_target(trigger, ctx)  # consulate in Lima" (a venue is no one met)
            if source is None and (target is None or etype in ("AID", "AGREE", "SUPPORT") or (
                    etype == "REQUEST" and any(c.dep_ == "auxpass" for c in trigger.children))):
                continue  # (aid and support need the one who gives: "… and sent to a labour camp"; "the Tory leader
                # was asked about …" by no one named is an interview question)
            if trigger.pos_ == "NOUN" and (source is None or (target is None and mod == "asserted" and (
                    trigger.lemma_.lower() in CRACKDOWNS))):
                continue  # ("is now expanding the crackdown to more towns": a policy on no one named)
            passive = trigger.pos_ == "NOUN" or reduced or any(c.dep_ in ("auxpass", "nsubjpass")
                                                                for c in trigger.children)
            etype = _actor_checked(etype, entry, source, target, located, passive)
            if target is None and trigger.lemma_.lower() in INQUIRING:
                continue  # "firefighters are investigating whether a gas leak is to blame": no one investigated
            if etype == "REQUEST" and any(c.dep_ == "dobj" and c.lower_ in THE_PUBLIC and not any(
                    g.dep_ in ("amod", "compound", "poss") for g in c.children) for c in trigger.children):
                continue  # "urged people to put the comments into context": an appeal to the public, a statement
            if etype is None or ((target is None or not political(target)) and etype in ("THREATEN", "AGREE") and
                                 _no_act_promised(trigger)):
                continue  # ("threatened to raise fuel duty", "agreed to introduce a smoking ban": policy, no one
                # threatened or agreed with)
            if mod == "asserted" and _campaign_promise(trigger, source):  # the promised act, if they win
                etype, mod = (entry.type if entry is not None and entry.type else etype), "hypothetical"
            elif mod == "asserted" and etype in ("THREATEN", "AGREE") and entry is not None and entry.type not in (
                    "THREATEN", "AGREE") and _intends(trigger) and not (political(source) and not _company(source)):
                etype, mod = entry.type or etype, "hypothetical"  # "BA will suspend its Saudi flights": a
                # company's (or an unknown actor's) plan, not a state's undertaking
            _fill_countries(source, source_tok, target, target_tok, sent_countries, ctx, located,
                            ctx.sentence_countries(sent, places=True), trigger)
            if source is not None and source.violent and not _named_by_nationality(source_tok):
                source = None  # "a mortar attack on a US base killed …": its place gave the victims their state,
                # but an attack or a bomb named without its attacker's nationality is no one who acted
            key = (sent.start, etype, source.country if source else None, target.country if target else None)
            if key in seen:
                continue
            seen.add(key)
            found.append((prominence(tok), trigger, _row(doc_id, story_id, sent_index, sent, etype, mod, trigger,
                                                         source, target, ctx)))
        found = _without_protest_demands(found)
        if found:
            top = min([depth for depth, _, _ in found] + statements)
            kept = [row for depth, _, row in found if depth == top]
            aimed = {(r["event_type"], r["source_country"], r["source_text"]) for r in kept if r["target_text"]}
            rows.extend(r for r in kept if r["target_text"] is not None or (  # "killed one soldier and wounded
                r["event_type"], r["source_country"], r["source_text"]) not in aimed)  # two others": one attack
    return rows


def _quoted_tokens(sent: Span) -> set[int]:
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


def _background(tok: Token) -> bool:
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
    if tok.pos_ == "NOUN" and tok.dep_ == "dobj" and tok.head.lemma_.lower() in RECOUNTING:
        return True  # "describing that first meeting", "recalled the talks": telling of an event, not reporting it
    if tok.pos_ == "NOUN" and tok.dep_ == "pobj" and tok.head.lower_ in ("after", "following") and \
            tok.head.head.pos_ == "VERB" and (_lookup(tok.head.head) is not None or tok.head.head.lemma_.lower() in
                                              REPORTING):  # ("said after Saturday's meeting": when, not what)
        return True  # "detained a woman after the riot in Leeds": an earlier event, not done by the one detaining
    if tok.pos_ == "NOUN" and tok.dep_ == "pobj" and tok.head.lower_ in ("at", "before", "ahead", "since", "until",
                                                                         "outside", "inside", "about", "over",
                                                                         "regarding", "concerning", "amid",
                                                                         "amidst"):
        return True
    if tok.pos_ == "VERB" and any(c.dep_ == "ccomp" and c.i < tok.i for c in tok.children):
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


INQUIRING = {"investigate", "probe", "examine", "investigation", "inquiry"}
CRACKDOWNS = {"crackdown", "clampdown", "purge", "sweep", "roundup"}
THE_PUBLIC = {"people", "public", "voters", "everyone", "everybody", "consumers", "motorists", "parents", "residents",
              "viewers", "listeners", "readers", "shoppers", "travellers", "passengers", "households", "citizens"}
RECOUNTING = {"describe", "recall", "recount", "remember", "mention", "recollect", "relive", "reminisce"}
OCCASIONS = {"visit", "trip", "tour", "occasion", "day", "basis", "way", "return", "eve", "anniversary", "behalf",
             "arrival", "journey", "mission", "holiday"}  # "met Mr Blair on his first visit to London": when
GERUND_PREPS = {"by", "after", "before", "since", "while", "upon", "on", "when"}
CHARGING = {"accuse", "charge", "suspect", "convict", "acquit", "blame", "guilty", "innocent", "cleared", "clear"}
RECIPROCAL = {"CONSULT", "AGREE", "COOPERATE", "ASSAULT"}  # "A and B met / agreed / clashed": each other's target
REASON_PREPS = {"for", "despite", "without"}
NON_POLITICAL_SECTORS = {"BUS", "MED"}
OFFICE_HOLDERS = {"minister", "president", "premier", "chancellor", "leader", "secretary", "spokesman", "spokeswoman",
                  "spokesperson", "mp", "senator", "mayor", "governor", "chairman", "chairwoman", "candidate"}
FORCE_SECTORS = {"MIL", "COP", "REB", "SPY", "GOV"}
STATE_OFFICES = {"GOV", "MIL", "COP", "JUD", "SPY"}
ARMED_SECTORS = {"MIL", "COP", "REB", "SPY"}


def _public(actor: Actor | None) -> bool:
    """A political actor that is no company: a state, a political sector, a group named with its state."""
    return actor is not None and not _company(actor) and political(actor)


def _company(actor: Actor | None) -> bool:
    """A company itself (not one of its people: "a bank manager was jailed")."""
    return actor is not None and actor.sector == "BUS" and actor.organisation and (
        actor.text.lower().split() or [""])[-1] not in COMPANY_PEOPLE and not national_body(actor.text)  # (the CBI)


COMPANY_PEOPLE = {"manager", "managers", "director", "directors", "executive", "executives", "chief", "boss",
                  "bosses", "chairman", "founder", "employee", "employees", "worker", "workers", "staff", "owner",
                  "owners", "official", "officials", "accountant", "trader", "banker", "bankers", "head"}


def political(actor: Actor | None) -> bool:
    """A political actor: a political sector (government, military, police, courts, parties, opposition,
    rebels, IGOs), or an actor named with its state that is not a company or news outlet."""
    if actor is None or actor.thing:
        return False  # "a vision of Britain" codes a country but is no actor
    if actor.sector in POLITICAL_SECTORS:
        return True
    return actor.explicit and actor.country is not None


def _forceful(actor: Actor | None) -> bool:
    if actor is not None and not actor.state and {"former", "ex", "retired"} & set(
            actor.text.lower().replace("-", " ").split()):
        return False  # "the former police chief clashed with …": no force of the state behind him any more
    if actor is not None and actor.individual:
        return actor.sector in ARMED_SECTORS  # a politician "attacks" in words only
    return actor is not None and (actor.state or actor.violent or actor.sector in FORCE_SECTORS or (
        actor.explicit and actor.country is not None and not actor.person and not actor.organisation
        and actor.sector is None))


def _civil_group(actor: Actor | None) -> bool:
    return actor is not None and not actor.organisation and not actor.individual and actor.sector not in \
        NON_POLITICAL_SECTORS


def _actor_checked(etype: str, entry: Trigger | None, source: Actor | None, target: Actor | None,
                   located: bool, passive: bool = False) -> str | None:
    """The event type once the actors are known, or None: an event needs a political actor, and entries can
    ask for an armed or state source ("force") or for two political actors ("both")."""
    if etype == "AID" and source is not None and source.sector == "BUS":
        return None  # "whose company won contracts to provide vaccine to the government": a sale, not aid
    if etype == "AID" and target is not None and target.sector == "PTY":
        return None  # a donation to a party ("gave cash to a party that …") is no aid between political actors
    if source is not None and source.sector == "BUS" and etype not in ("REQUEST", "ACCUSE", "PROTEST", "REJECT") and \
            not (target is not None and (target.sector in POLITICAL_SECTORS | {"LAB"} or target.state)):
        return None  # a company acting alone, on a company or on a thing ("agreed to sell its smelters", "cancelled
        # flights") is business; a business group calling for a policy, lobbying ministers or suing a state is not
    if (_company(source) or _company(target)) and not (_public(source) or _public(target)):
        return None  # "Airbus signed deals with two Indian airlines": companies among themselves (a state blocking
        # imports from a company, or a company suing a state, still is an event)
    if not (political(source) or political(target) or (etype == "PROTEST" and _civil_group(source) and (
            target is not None and target.country))):
        return None  # (people protesting in a named country are a PLOVER protest)
    if entry is None or not entry.actors:
        return etype
    if entry.actors == "target":  # whom one meets or visits must be political too, when named
        ok = target is None or political(target) or located
    elif entry.actors == "official":  # PLOVER: resignations of government officials
        ok = source is not None and source.sector in STATE_OFFICES
    elif entry.actors == "force":  # a head of government attacks a state by force, a party only in words
        ok = _forceful(source) or (source is None and passive and political(target)) or (
            source is not None and source.individual and source.sector == "GOV" and target is not None and target.state)
    else:  # both
        ok = political(source) and political(target) and not located
    if ok:
        return etype
    return entry.else_type if entry.else_type and political(source) else None


def _signing(entry: Trigger | None) -> bool:
    """Signing, sealing or ratifying an agreement (SUPPORT, CAMEO 057): "A and B signed a treaty" is mutual."""
    return entry is not None and entry.type == "SUPPORT" and bool(entry.objects & object_classes()["@agreement"])


def _not_reportable(sent: Span) -> bool:
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
    return (re.compile(r"\b(?:" + "|".join(story) + r")\b"), re.compile(r"\b(?:" + "|".join(sentence) + r")\b"),
            cues)


def discarded_story(text: str) -> bool:
    """A sport or entertainment story: a PETRARCH story discard phrase, or enough distinct topic cues."""
    lower = text.lower()
    story, _, cues = discard_patterns()
    if story.search(lower):
        return True
    hits = {c for c in cues if c in lower and re.search(r"\b" + re.escape(c) + r"\b", lower)}
    return bool(hits) and len(hits) >= min(cues[c] for c in hits)


def prominence(tok: Token) -> int:
    """How deep a trigger sits below its sentence's main predicate (0 = the main event).

    Coordinated clauses share their head's depth, and a speech verb passes its depth on to what it reports
    ("Norway said it had frozen aid": `frozen` is the main event).
    """
    depth = 0
    node = tok
    while node.head.i != node.i:
        head = node.head
        speech = head.lemma_.lower() in REPORTING and node.dep_ in ("ccomp", "xcomp")
        if node.dep_ != "conj" and not speech:
            depth += 1
        node = head
    return depth


GROUP_WORDS = {"refugees", "fundamentalists", "settlers", "protesters", "demonstrators", "students", "workers",
               "activists", "militias", "militia", "separatists", "insurgents", "fighters", "gunmen", "villagers",
               "detainees", "prisoners", "civilians", "landowners", "elders", "opposition"}
DISCUSSING = {"negotiate", "discuss", "debate", "consider", "welcome", "praise", "hail", "applaud", "investigate"}
ACT_ON = {"resignation", "removal", "release", "withdrawal", "return", "ouster", "arrest", "extradition",
          "dismissal", "expulsion", "departure", "surrender", "trial", "prosecution"}
VIOLENT_ACTS = {"bombing", "explosion", "blast", "attack", "shelling", "airstrike", "raid", "bomb", "ambush",
                "missile", "rocket", "mine"}
ASKED_BY = {"demand", "request", "appeal", "call", "offer", "proposal", "invitation", "plan", "ultimatum", "plea"}
FORMAL_COMPLAINT = {"lodge", "file", "issue", "deliver", "register", "submit", "send"}
MILITARY_STRIKES = {"air", "airstrike", "missile", "drone", "military", "artillery", "rocket", "retaliatory",
                    "preemptive", "pre-emptive", "nuclear", "surgical", "aerial"}
ENDING = {"end", "suspend", "halt", "cancel", "abandon", "stop", "postpone"}
DECLARING = {"declare", "announce", "observe", "proclaim"}
NOT_AID = {"message", "signal", "letter", "note", "warning", "invitation", "delegation", "team", "envoy",
           "representative", "tweet", "statement", "email", "condolence", "greeting", "word", "inspector",
           "investigator", "monitor", "observer", "personnel", "expert", "explanation", "briefing", "dossier",
           "document", "reply", "response", "detail", "copy", "summary", "request", "questionnaire"}


STATEMENT_VERBS = {"agree", "concede", "admit", "accept", "acknowledge"}


def _statement(tok: Token) -> bool:
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


def _abstract_subject(tok: Token) -> bool:
    """ "Tory attitudes to Europe had helped keep the party out of power": a thing, not an actor, helping."""
    subject = subject_of(tok) if tok.pos_ == "VERB" else None
    return subject is not None and subject.pos_ == "NOUN" and not subject.ent_type_ and not _human(subject) and \
        subject.lemma_.lower() not in VIOLENT_ACTS | {"aid", "money", "fund", "loan", "grant"} and not any(
            c.dep_ == "poss" for c in subject.children)


def _figurative_aid(tok: Token) -> bool:
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
    return (subject is not None and subject.pos_ in ("NOUN", "PROPN") and not _human(subject)) or any(
        r.lemma_.lower() in ARGUMENT_TAKERS or ((role := organisation(" ".join(t.text for t in r.subtree))) is not None
                                               and role.sector in ("PTY", "OPP")) for r in receivers)


ACCIDENT_CAUSES = {"accident", "crash", "collision", "derailment", "explosion", "blast", "fire", "blaze", "leak",
                   "stampede", "landslide", "flood", "storm", "earthquake", "avalanche", "collapse", "lorry", "truck",
                   "car", "bus", "train", "vehicle", "van", "tractor", "lightning", "tornado", "cyclone", "hurricane"}
ATTACK_CUES = {"bomb", "bomber", "bombing", "suicide", "attack", "attacker", "militant", "insurgent", "gunman",
               "gunmen", "rebel", "rocket", "mortar", "grenade", "missile", "shell", "shelling", "explosive", "ied",
               "device", "terrorist", "arson", "arsonist", "sabotage", "airstrike", "raid", "gunfire", "shooting",
               "ambush", "assassination", "killer", "insurgency", "terror", "deliberate", "deliberately", "mine",
               "minefield", "landmine", "booby", "sniper"}


def _accident(tok: Token) -> bool:
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


def _code_trigger(tok: Token) -> tuple[str, str, Token] | None:
    """(type, modality, trigger token) for a lexicon word, with refusals and negations folded into the type."""
    entry = _lookup(tok)
    if entry is None or _statement(tok):
        return None
    if entry.type == "AID" and (_figurative_aid(tok) or _abstract_subject(tok)):
        return None
    if entry.type == "ASSAULT" and _accident(tok):
        return None
    if _standing_stance(tok):
        return None
    if any(c.dep_ == "advmod" and c.lower_ in MOCKING for c in tok.children):
        return None  # "after mockingly welcoming the chancellor back": sarcasm, a statement
    if tok.dep_ in ("xcomp", "ccomp") and tok.head.lemma_.lower() in OBLIGED and tok.head.pos_ in ("ADJ", "VERB") \
            and any(c.dep_ == "prep" and c.lower_ == "by" for c in tok.head.children):
        return None  # "the US is bound by law to help Taiwan": an obligation, not an act
    if entry.type == "REJECT" and tok.pos_ == "VERB" and any(
            c.dep_ == "prep" and c.lower_ == "as" for c in tok.children) and any(c.dep_ == "dobj" and (_human(c) or (
                _party_in([t.text for t in c.subtree if t.i <= c.i]) is not None) or any(
                g.dep_ == "poss" and _human(g) for g in c.children)) for c in tok.children):
        return "ACCUSE", modality(tok), tok  # "dismissed the Conservatives as a fading force", "dismissed the
        # chancellor's budget as a gimmick": disparaging an actor or an actor's own work
    if tok.pos_ == "NOUN" and tok.dep_ == "dobj" and tok.head.lemma_.lower() in OPINION_VERBS:
        return None  # "welcomed demands for an inquiry", "backed calls for …": someone else's demand, talked about
    if tok.pos_ == "NOUN" and entry.type == "PROTEST" and tok.head.lemma_.lower() in FORMAL_COMPLAINT:
        return "ACCUSE", modality(tok), tok  # "lodged a protest with Albania": an official complaint
    if entry.type == "AID" and any(c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in NOT_AID
                                   for c in tok.children) and not (
            entry.negated_type and _negated(tok)):
        return None  # "send a message" is not aid (but "not send a delegation" reduces relations)
    lemma = tok.lemma_.lower()
    if lemma == "demand" and tok.pos_ == "NOUN" and (tok.head.lemma_.lower() in ECONOMIC_VERBS or any(
            c.lower_ in ECONOMIC_DEMAND for c in tok.children if c.dep_ in ("amod", "compound", "nmod"))):
        return None  # "increased demand for heating fuel", "domestic demand was sluggish": buying, not asking
    if lemma in PROMISES and tok.pos_ == "VERB":
        inner = next((c for c in tok.children if c.dep_ == "xcomp"), None)
        inner_entry = _lookup(inner) if inner is not None else None
        if inner_entry is not None and inner_entry.type not in COOPERATIVE | {"AGREE", "CONSULT"}:
            return None  # "vowed to attack", "pledged never to criticise": the promised act codes itself
    if tok.pos_ == "NOUN":
        eased = _eased(tok, entry.type)
        if eased is not None:
            return eased
        if lemma == "strike" and (any(c.lower_ in MILITARY_STRIKES for c in tok.children if c.i < tok.i) or
                                  _armed_strike(tok)):
            return "ASSAULT", modality(tok), tok  # "an air strike", "insurgents launched strikes at army posts",
            # not a labour strike
    if entry.type == "ASSAULT" and tok.i >= 1 and (tok.doc[tok.i - 1].lower_ == "test" or (
            tok.i >= 2 and tok.doc[tok.i - 1].text == "-" and tok.doc[tok.i - 2].lower_ == "test")):
        return "MOBILIZE", modality(tok), tok  # "test-fired a missile": a show of military power (CAMEO 150)
    if lemma in REFUSALS:  # "refused to send athletes": the refused act, reversed
        inner = next((c for c in tok.children if c.dep_ == "xcomp"), None)
        inner_entry = _lookup(inner) if inner is not None else None
        if inner is not None and inner_entry is not None and inner_entry.negated_type:
            return inner_entry.negated_type, modality(tok, folded=True), inner
        if inner is not None and inner_entry is None and any(t.lemma_.lower() in object_classes()["@claim"]
                                                             for t in inner.subtree):
            return None  # "refused to give succour to suggestions …": declining to speak to a claim
        return entry.type, modality(tok), tok
    if tok.dep_ == "xcomp" and tok.head.lemma_.lower() in REFUSALS and entry.negated_type:
        return None  # coded through the refusal
    if entry.negated_type and _negated(tok):
        return entry.negated_type, modality(tok, folded=True), tok
    if entry.type == "SANCTION" and tok.pos_ == "VERB" and not any(
            c.dep_ == "prep" and c.lower_ in ("to", "with", "from", "for") for c in tok.children) and any(
            c.dep_ == "dobj" and c.lemma_.lower() in OWN_PROGRAMMES and any(
                p.dep_ == "poss" and p.pos_ == "PRON" for p in c.children) and not any(
                p.dep_ == "prep" or p.lemma_.lower() in ("aid", "assistance", "funding", "loan", "relief", "help")
                for p in c.children)
            for c in tok.children):  # (not "its aid programme to Malawi")
        # "Iran suspended its enrichment programme": yielding (CAMEO 08), not sanctioning anyone
        if _intends(tok) and not _negated(tok):
            return "AGREE", "asserted", tok  # ("pledged to suspend its programme": intent to yield, CAMEO 035)
        return "CONCEDE", modality(tok), tok
    if _obliged(tok):  # "Chile said Peru must hand back the trawler": a demand on Peru
        return "REQUEST", "asserted", tok
    if _intends(tok) and not _negated(tok):
        if entry.type in FORCE or _conditional(tok):  # PLOVER: a threat of force, or an ultimatum ("will
            return "THREATEN", "asserted", tok  # withdraw unless …"), is THREATEN; future cooperation is AGREE
        if entry.type in COOPERATIVE:
            return "AGREE", "asserted", tok
    return entry.type, modality(tok), tok


OWN_PROGRAMMES = {"program", "programme"}
MOCKING = {"mockingly", "sarcastically", "ironically", "jokingly", "facetiously", "tongue-in-cheek", "wryly"}
OBLIGED = {"bound", "oblige", "obliged", "require", "required", "compel", "compelled"}
ECONOMIC_VERBS = {"create", "increase", "fuel", "drive", "spur", "dampen", "weaken", "strengthen", "outstrip",
                  "stimulate", "generate", "exceed", "lift", "hit", "slow", "match", "reduce", "boost", "curb", "cool",
                  "satisfy", "meet", "keep", "raise", "lower", "cut", "see", "expect", "forecast"}
ECONOMIC_DEMAND = {"domestic", "consumer", "global", "world", "strong", "weak", "huge", "growing", "rising",
                   "falling", "high", "higher", "low", "lower", "soaring", "booming", "seasonal", "underlying",
                   "overall", "energy", "oil", "fuel", "gas", "electricity", "export", "import", "market", "customer",
                   "retail", "housing", "travel", "pent-up", "robust", "sluggish", "slack", "buoyant", "healthy",
                   "chinese", "american", "european", "asian", "german", "british", "us", "uk", "worldwide",
                   "investor", "commodity", "steel", "power", "heating", "holiday", "christmas", "peak", "record"}


STANCES = {"oppose", "support", "back", "favour", "favor", "endorse"}


def _standing_stance(tok: Token) -> bool:
    """ "The chancellor opposes more market reforms", "the Greens back a ban": a position held (simple present, no
    auxiliary, no date), an opinion rather than an act; "opposed the deployment", "has backed the plan" stay."""
    return tok.tag_ in ("VBZ", "VBP") and tok.lemma_.lower() in STANCES and tok.dep_ in ("ROOT", "conj") and not any(
        c.dep_ in ("aux", "auxpass", "npadvmod") or c.ent_type_ in ("DATE", "TIME") for c in tok.children)


OPINION_VERBS = {"oppose", "support", "back", "welcome", "condemn", "complain", "criticise", "criticize", "praise",
                 "applaud", "commend", "defend", "denounce", "favour", "favor", "endorse"}


def _justification(trigger: Token) -> bool:
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


def _eased(noun: Token, etype: str) -> tuple[str, str, Token] | None:
    """ "called off the strike" / "declared a one-sided truce": easing a protest is CONCEDE, a declared
    ceasefire is a military de-escalation (RETREAT), as PLOVER codes them."""
    head = noun.head if noun.dep_ in ("dobj", "nsubjpass") else None
    if head is None or head.pos_ != "VERB":
        return None
    verb = head.lemma_.lower()
    if etype == "PROTEST" and (verb in ENDING or (verb == "call" and any(c.lower_ == "off" for c in head.children))):
        return "CONCEDE", modality(head), head
    if noun.lemma_.lower() in ("ceasefire", "truce") and (verb in DECLARING or any(
            c.lower_ == "unilateral" for c in noun.children)):
        return "RETREAT", modality(head), head
    return None


UNDERTAKINGS = {"threaten", "agree", "vow", "pledge", "promise", "decide", "resolve", "undertake"}


def _no_act_promised(trigger: Token) -> bool:
    """ "The minister threatened to raise fuel duty", "the council agreed to introduce a ban on smoking": what is
    threatened or agreed is a policy of one's own (no lexicon act, no one acted on), not a threat or an agreement."""
    if trigger.pos_ != "VERB" or trigger.lemma_.lower() not in UNDERTAKINGS:
        return False
    inner = next((c for c in trigger.children if c.dep_ == "xcomp"), None)
    if inner is None:
        return False
    acts = [t for t in inner.subtree if t.i != trigger.i and t.pos_ in ("VERB", "NOUN") and (
        (_lookup(t) is not None and not _on_a_thing(t)) or (t.pos_ == "VERB" and (t.lemma_.lower(), "V") in lexicon()
                                                             and not any(c.dep_ == "dobj" and c.lemma_.lower() in
                                                                         POLICY_OBJECTS for c in t.children)))]
    # (a lexicon verb is an act: "agreed to release the four", "agreed to resign", "to suspend enrichment"; on
    # taxes, charges or benefits it is domestic policy: "agreed to cut prescription charges")
    acts += [t for t in inner.subtree if t.lemma_.lower() in ATTACK_CUES | VIOLENT_ACTS]  # ("resume terrorist
    return not acts and not any(_someone(c) for c in inner.children) and not any(  # activities in Israel")
        _someone(o) for _, o in prep_objects(inner, {"to", "against", "on", "from", "with"}))


POLICY_OBJECTS = {"tax", "taxes", "duty", "duties", "charge", "fee", "levy", "rate", "price", "benefit", "pension",
                  "budget", "spending", "allowance", "break", "relief", "fare", "subsidy", "wage", "salary", "pay",
                  "rent", "bill", "cost", "funding", "grant", "limit", "cap", "target", "threshold", "vat"}


def _someone(tok: Token) -> bool:
    """An object that names people ("the four", "them", "the rebels"), not a thing."""
    return tok.dep_ in ("dobj", "pobj", "dative") and (tok.pos_ in ("NUM", "PRON", "PROPN") or _human(tok))


def _on_a_thing(noun: Token) -> bool:
    """A nominal act aimed at a thing only: "a ban on smoking", "a crackdown on litter"."""
    aimed = [o for _, o in prep_objects(noun, {"on", "against", "of"})] if noun.pos_ == "NOUN" else []
    return bool(aimed) and not any(_human(o) or o.ent_type_ in ("GPE", "ORG") for o in aimed)


def _conditional(tok: Token) -> bool:
    return any(c.dep_ == "advcl" and any(m.lower_ == "unless" for m in c.children) for c in tok.children)


PROMISES = {"pledge", "promise", "vow"}
ELECTION_PROMISE = re.compile(
    r"\b(?:manifesto|if (?:re-?)?elected|if (?:it|they|he|she|we|labour|the tories) (?:wins?|won|(?:is|are|were|was) "
    r"(?:re-?elected|returned to power|in power))|(?:election|campaign) (?:pledge|promise)s?|next government|"
    r"in government|came to power|comes to power|win the election|wins the election|polling day|election day)\b",
    re.IGNORECASE)


def _campaign_promise(trigger: Token, source: Actor | None) -> bool:
    """An election pledge, not an undertaking: a party or the opposition promising what it would do in power
    ("the Tories pledged to …", "Labour would send …"), or any promise made as an election pledge ("… if
    elected", "in its manifesto")."""
    if trigger.lemma_.lower() not in PROMISES and not _intends(trigger) and not (
            trigger.dep_ == "xcomp" and trigger.head.lemma_.lower() in PROMISES | {"plan"}):
        return False
    return (source is not None and (source.sector in ("PTY", "OPP") or (source.sector == "GOV" and source.text.lower(
    ).startswith(("a ", "an "))))) or bool(ELECTION_PROMISE.search(trigger.sent.text))  # ("a Labour government would")


def _intends(tok: Token) -> bool:
    """The actor's own stated future act: "will free", "is ready to pull out", "intends to strike"."""
    if passive_subject(tok) is not None or subject_of(tok) is None:
        return False
    if any(c.dep_ == "aux" and c.lower_ in ("will", "would", "'ll", "shall") for c in tok.children):
        return _context(tok) != "hypothetical" and not _predicted(tok)
    head = tok.head
    if _lemma(head) in WISHES and head.tag_ in ("VBD", "VBN"):
        return False  # "rebels wanted to attack the capital": someone's account of a wish, no threat made
    return tok.dep_ == "xcomp" and (head.lemma_.lower() in INTENT or any(
        c.lemma_.lower() in INTENT and c.dep_ in ("acomp", "xcomp") for c in head.children))


def _predicted(tok: Token) -> bool:
    """ "EU cooperation would help …, he argued": a speaker's forecast about another actor or a thing, not the
    actor's own undertaking (which the speaker states as "it will …" or names as himself)."""
    subject = subject_of(tok)
    if subject is None or subject.pos_ == "PRON" or tok.dep_ != "ccomp" or tok.head.lemma_.lower() not in REPORTING | {
            "argue", "predict", "forecast", "warn", "suggest", "insist"}:
        return False
    speaker = subject_of(tok.head)
    return _thing(subject) or speaker is None or speaker.lemma_.lower() != subject.lemma_.lower()


OPINIONS = {"believe", "think", "feel", "reckon", "consider", "know", "hope", "suspect", "suppose", "guess"}


def _obliged(tok: Token) -> bool:
    """ "Chile said Peru must hand back the trawler": a demand; "the party believes X should …" is an opinion."""
    return any(c.dep_ == "aux" and c.lower_ in ("must", "should") for c in tok.children) and tok.dep_ == "ccomp" and \
        tok.head.lemma_.lower() in REPORTING - OPINIONS and not (
            _negated(tok) and any(c.lower_ == "should" for c in tok.children))  # "should not ignore": advice


def _fill_countries(source: Actor | None, source_tok: Token | None, target: Actor | None, target_tok: Token | None,
                    sent_countries: list[str], ctx: ArticleContext, located: bool = False,
                    sent_places: list[str] | None = None, trigger: Token | None = None) -> None:
    """Governments, forces, leaders and groups named without their state take the state the sentence (or the
    article, or its dateline) is about, other than the other actor's; rebels facing a state's forces in that
    state's own territory are of that state; whom a court or the police act on is of their state; a capital
    inherited from a former state named in the sentence codes to that state."""
    for actor, head, other in ((source, source_tok, target), (target, target_tok, source)):
        if actor is not None and actor.country is None and other is not None and other.country and "fellow" in \
                actor.text.lower().split():
            actor.country = other.country  # "apologised to fellow party officials", "his fellow ministers"
            continue
        if actor is not None and head is not None and _needs_state(actor, head):
            other = target if actor is source else source
            # a state or government on the other side is another state ("Iran accused the government"); a party,
            # MP or critic on the other side is home politics ("the Tory spokesman criticised the government")
            exclude = {other.country} if other is not None and other.country and actor.sector not in HOME_BODIES and (
                other.state or (other.sector in ("GOV", "MIL") and not other.individual and not _local(other))
                or not (_domestic_politics(other, ctx) or other.sector in SOCIETY_SECTORS)) and not other.violent \
                else set()  # (an attack named with its place kills people of that place: "bombs in Baghdad")
            if exclude and other.sector in ("REB", "CRM") and not other.state and (
                    actor.sector == "CVL" or words_of(actor) & CIVILIAN_WORDS):
                exclude = set()  # "gunmen killed two villagers": armed groups' victims are of the same land
            if exclude and {actor.sector, other.sector} & {"REB", "OPP"} and {actor.sector, other.sector} & (
                    STATE_OFFICES | {"REB"}) and other.country in (sent_places or []) + [ctx.dateline_country]:
                exclude = set()  # "militants in Afghanistan negotiated with the Afghan government", "rebels in
                # Nigeria attacked a police patrol": one state's civil conflict
            domestic = next(iter(sent_countries), None) if other is None or not other.state else None
            if actor.sector == "REB" and (where := _locative_state(head.sent, ctx)):
                actor.country = where  # "insurgents launched strikes … across Iraq", "killed two militants in the
                continue  # Gaza Strip": armed groups are of the land they fight in, not of the nearest nationality
            if actor is source and located and target is not None and target.country and head.ent_type_ != "PERSON":
                actor.country = target.country  # "ethnic Uzbeks marched in Kyrgyzstan": a group where it acts
                continue
            if actor is target and other is not None and other.violent and other.country:
                if not _named_by_nationality(source_tok):
                    actor.country = other.country  # "bombs in Baghdad killed 18 people": people where it struck
                    continue
                exclude = {other.country}  # "American airstrikes killed 44 people": the attacker's, not theirs
            if words_of(actor) & COUNTRY_WORDS and "the" in words_of(actor) and (
                    antecedent := _country_antecedent(head, ctx, exclude)):
                actor.country = antecedent  # "demanded the country withdraw its troops": the state named before
                continue
            if actor is target and other is not None and other.country and not other.state and (
                    actor.person or (other.sector in ("JUD", "COP") and not other.individual and (
                        trigger is None or trigger.lemma_.lower() not in EXPULSIONS)) or (
                        other.sector == "GOV" and actor.sector in ("MIL", "COP"))):
                actor.country = other.country  # "a Chilean court summoned the former minister …", "an Israeli
                continue  # military court charged an army officer", "the premier ordered troops …": at home
            if actor.person and head.ent_type_ not in ("NORP", "GPE"):  # "Ms Short": the home state, if any
                actor.country = ctx.home
                continue
            dateline = ctx.dateline_country if ctx.dateline_country not in exclude and _institution(
                actor, head) else None  # (a dateline is the actor's state only for its institutions and people)
            if actor.sector in HOME_BODIES or words_of(actor) & BODY_WORDS:  # MPs, parties, committees: the
                body = _body_state(head.sent, ctx)  # state of a party or national body the sentence names ("MPs
                home = ctx.home_state(exclude)  # backed the invasion of Iraq in a Commons vote"), else the
                if body or home:  # article's own, before a country the sentence only talks about
                    actor.country = body or home
                    continue
            if ROLE_SECTORS & {actor.sector} or PEOPLE_WORDS & set(actor.text.lower().split()):
                sent_countries = ctx.sentence_countries(head.sent, near=head.idx)  # ("an Italian aid worker …
                # abducted by local gunmen" in the Philippines: the nearest state)
            sent_countries = [c for c in sent_countries if c in ctx.sentence_countries(head.sent, of_head=head)]
            actor.country = (next((c for c in sent_countries if c not in exclude), None) or ctx.home_state(exclude)
                             or dateline or domestic  # a domestic event: both sides in one state
                             or (other.country if other is not None and not exclude and other.sector in SOCIETY_SECTORS
                                 else None))  # ("the BMA urged ministers to …": its own state's ministers)
    if target is not None and target.country in former_states() and former_states()[target.country] in sent_countries:
        target.country = former_states()[target.country]


COUNTRY_WORDS = {"country", "nation"}
CIVILIAN_WORDS = {"people", "civilians", "villagers", "residents", "children", "women", "men", "passengers",
                  "worshippers", "shoppers", "pilgrims", "farmers"}
LOCATIVE = {"in", "across", "inside", "throughout", "near", "around"}  # (not "at": "strikes at US outposts")
DATELINE_ACTORS = {"government", "administration", "authorities", "authority", "ministry", "police", "policeman",
                   "policemen", "parliament", "cabinet", "regime", "court", "junta", "officials", "official",
                   "prosecutor", "prosecutors", "rebels", "insurgents", "militants", "guerrillas", "gunmen",
                   "opposition", "congress", "senate", "legislature", "president", "premier", "minister", "ministers",
                   "state"} | PEOPLE_WORDS - {"soldiers", "officers"}


def _institution(actor: Actor, head: Token) -> bool:
    """A national institution, armed group or the people where the story is filed ("HANOI (Reuters) - The
    government …", "police", "villagers"): the dateline's state is theirs by construction; lawyers, diplomats,
    troops or warplanes filed from a capital are often foreign."""
    return head.lower_ in DATELINE_ACTORS or head.lemma_.lower() in DATELINE_ACTORS or "security" in words_of(
        actor) or (actor.sector in ("GOV", "COP", "LEG", "REB", "CVL") and head.lemma_.lower() not in VISITORS)


VISITORS = {"diplomat", "envoy", "ambassador", "delegation", "negotiator", "delegate", "mediator", "emissary"}


def _named_by_nationality(head: Token | None) -> bool:
    """An attack named with its attacker's nationality ("American airstrikes"), not with a place."""
    return head is not None and any(t.ent_type_ == "NORP" or (t.dep_ == "amod" and actor_country(t.text, "NORP"))
                                    for t in noun_phrase(head) if t.i < head.i)


def _country_antecedent(head: Token, ctx: ArticleContext, exclude: set[str]) -> str | None:
    """"the country" / "the nation": the state named as a participant (not a place: "in the DRC") before it in its
    sentence, nearest first, else the first state the previous sentence names."""
    sent = head.sent
    before = [m for m in ctx.mentions_in(sent.start_char, head.idx) if m["label"] in ("GPE", "NORP")
              and m["start_char"] >= ctx.dateline_end]
    for m in reversed(before):
        span = ctx.doc.char_span(m["start_char"], m["end_char"], alignment_mode="expand")
        code = m.get("country_code") or actor_country(m["text"], m["label"])
        if span is not None and code and code not in exclude and not _locative(span.root):
            return code
    if sent.start > 0:
        previous = ctx.doc[sent.start - 1].sent
        return next(iter(c for c in ctx.sentence_countries(previous) if c not in exclude), None)
    return None


def _locative(tok: Token) -> bool:
    """A place word inside an "in/across/near … X" phrase (where something happens)."""
    for _ in range(3):
        if tok.dep_ == "prep":
            return tok.lower_ in LOCATIVE
        if tok.head.i == tok.i:
            return False
        tok = tok.head
    return False


def _locative_state(sent: Span, ctx: ArticleContext) -> str | None:
    """The state of the first place the sentence puts its action in ("across Iraq", "in the northern Gaza Strip",
    "in the Baghdad slum of Sadr City")."""
    for m in ctx.mentions_in(max(sent.start_char, ctx.dateline_end), sent.end_char):
        if m["label"] not in ("GPE", "LOC", "FAC"):
            continue
        span = ctx.doc.char_span(m["start_char"], m["end_char"], alignment_mode="expand")
        code = m.get("country_code") or actor_country(m["text"], m["label"]) or region_country(m["text"])
        if span is not None and code and _locative(span.root):  # (also "in the Darfur region")
            return code
    return None


SOCIETY_SECTORS = {"LAB", "BUS", "HLH", "EDU", "MED", "PTY", "OPP"}  # a union, business group or party facing "the
# government" faces its own state's
LOCAL_WORDS = {"council", "councils", "councillor", "councillors", "local", "mayor", "borough", "county"}


BODY_WORDS = {"committee", "commission", "panel", "tribunal", "inquiry"}


def words_of(actor: Actor) -> set[str]:
    return set(actor.text.lower().split())


def _body_state(sent: Span, ctx: ArticleContext) -> str | None:
    """The state of the first national party or state body the sentence names ("the Commons", "Labour")."""
    for m in ctx.mentions_in(sent.start_char, sent.end_char):
        if m["label"] in ("ORG", "NORP", "PERSON", "GPE", "FAC"):
            role = organisation(m["text"])
            if role is not None and role.country and role.sector in DOMESTIC_SECTORS:
                return role.country
    for t in sent:  # ("a crucial Commons vote": a body the model leaves untagged)
        if t.pos_ == "PROPN" and not t.ent_type_ and (role := organisation(t.text)) is not None and role.country \
                and role.sector in DOMESTIC_SECTORS:
            return role.country
    return None


def _local(actor: Actor) -> bool:
    """Local government ("local councils", "the mayor"): the national government it faces is its own state's."""
    return bool(LOCAL_WORDS & set(actor.text.lower().split()))


def _domestic_politics(actor: Actor, ctx: ArticleContext) -> bool:
    """An actor of the article's home state's own politics (a party, MP, opposition, court, critic)."""
    return ctx.home is not None and actor.country == ctx.home


def _row(doc_id: str, story_id: str, sent_index: int, sent: Span, etype: str, mod: str, trigger: Token,
         source: Actor | None, target: Actor | None, ctx: ArticleContext) -> dict:
    when = _date_for(sent, trigger, ctx)
    where = _location_for(sent, trigger, ctx)
    confidence = 0.4 + 0.1 * (trigger.pos_ == "VERB") + 0.25 * bool(source and source.country) + 0.25 * bool(
        target and target.country)
    return {
        "event_id": "evt_" + stable_id(doc_id, "body", trigger.idx, etype, length=20),
        "doc_id": doc_id, "story_id": story_id, "field": "body", "sentence_index": sent_index,
        "start_char": sent.start_char, "end_char": sent.end_char, "sentence": sent.text, "event_type": etype,
        "trigger": trigger.text, "trigger_start": trigger.idx,
        "source_entity_id": source.entity_id if source else None, "source_text": source.text if source else None,
        "source_country": source.country if source else None,
        "target_entity_id": target.entity_id if target else None, "target_text": target.text if target else None,
        "target_country": target.country if target else None,
        "source_sector": source.sector if source else None, "target_sector": target.sector if target else None,
        "modality": mod, "date_text": when["text"] if when else None,
        "date_value": when.get("normalized") if when else None,
        "event_date": period_start(when.get("normalized")) if when else None,
        "location_entity_id": where["entity_id"] if where else None,
        "confidence": round(min(confidence, 1.0), 2),
    }


DEMANDS = {"demand", "call", "press", "seek", "urge", "protest", "oppose"}


def _without_protest_demands(found: list[tuple[int, Token, dict]]) -> list[tuple[int, Token, dict]]:
    """A protest's stated demand ("a hunger strike to demand X") is part of the protest, not a REQUEST of its own."""
    purposes = {c.i for _, trigger, row in found if row["event_type"] == "PROTEST" for c in _purpose_clauses(trigger)}
    return [(d, trigger, row) for d, trigger, row in found
            if not (row["event_type"] == "REQUEST" and trigger.i in purposes)]


def _purpose_clauses(trigger: Token) -> list[Token]:
    heads = [trigger] + ([trigger.head] if trigger.dep_ in ("dobj", "pobj", "nsubj") else [])
    return [clause for head in heads for clause in head.children
            if clause.dep_ in ("xcomp", "advcl", "acl", "relcl") and clause.lemma_.lower() in DEMANDS]


def _purpose_targets(trigger: Token) -> list[Token]:
    """Whom a protest's purpose clause ("… to demand the resignation of X") is aimed at."""
    clauses = _purpose_clauses(trigger)
    return _source_and_targets(clauses[0])[1] if clauses else []


FIGHTING = {"clash", "fighting", "battle", "firefight", "gunbattle", "shootout", "skirmish", "exchange"}
MEANS = VIOLENT_ACTS | FIGHTING | {"strike", "strikes", "airstrike", "fire", "operation", "offensive", "crackdown",
                                  "gunfire", "assault", "barrage", "bombardment", "incursion", "drone", "shell",
                                  "attacks", "raids"}


def _instrument_source(trigger: Token, ctx: ArticleContext) -> tuple[Token | None, Actor | None]:
    """ "died in Turkish drone strikes": the state named in the means of a passive act."""
    verbs = (trigger, *(c for c in trigger.children if c.dep_ == "conj" and c.pos_ == "VERB"))
    means = [pp for verb in verbs for pp in prep_objects(verb, {"in", "during", "from", "with"})]  # ("killed and
    # wounded in clashes"; "arrested as part of a police inquiry")
    means += [pp for verb in verbs for _, part in prep_objects(verb, {"as"}) if part.lemma_.lower() == "part"
              for pp in prep_objects(part, {"of"})]
    for prep, pobj in means:
        if prep != "from" and pobj.lemma_.lower() not in MEANS | INQUIRIES and pobj.lower_ not in MEANS and \
                agent_sector([pobj.lower_]) not in ARMED_SECTORS:
            continue  # ("died in Ethiopian tank fire"; "detained in the Cuban camp" is where, not by whom)
        actor = resolve_actor(pobj, ctx)
        if actor is not None and actor.country and any(t.ent_type_ in ("NORP", "GPE") for t in pobj.lefts):
            return pobj, actor
        force = next((c for c in pobj.children if c.dep_ in ("compound", "amod", "nmod") and agent_sector(
            [c.lower_]) in ARMED_SECTORS), None)  # "a police investigation", "an army operation": that force
        if force is not None and (actor := resolve_actor(force, ctx)) is not None:
            return force, actor
        # the ones who made the means: "an air raid by Ivorian bombers", "clashes with militants", "clashes that
        # broke out between US troops and insurgents"
        fighting = pobj.lemma_.lower() in FIGHTING
        makers = [m for _, m in prep_objects(pobj, {"by"} | ({"with", "between"} if fighting else set()))]
        makers += [m for c in pobj.children if fighting and c.dep_ == "relcl"
                   for _, m in prep_objects(c, {"between", "with"})]
        found = _armed_first(makers, ctx)
        if found is not None:
            return found
    # "were killed when protesters clashed with security forces": the armed side of the clash
    for clause in (c for c in trigger.children if c.dep_ == "advcl" and c.lemma_.lower() in FIGHTING_VERBS):
        found = _armed_first([t for t in (subject_of(clause),) if t is not None] + [
            m for _, m in prep_objects(clause, {"with", "against"})], ctx)
        if found is not None:
            return found
    # "were killed when militants blew up a tunnel": an armed group acting in the when-clause (not "when their
    # vehicle hit a mine", not "when police arrived")
    for clause in (c for c in trigger.children if c.dep_ == "advcl" and any(
            m.dep_ == "advmod" and m.lower_ == "when" for m in c.children)):
        subject = subject_of(clause)
        actor = resolve_actor(subject, ctx) if subject is not None and subject.idx > trigger.idx else None
        if actor is not None and actor.sector in {"REB", "CRM"} | ({"MIL"} if clause.lemma_.lower() in HOSTILE_VERBS
                                                                    else set()):
            return subject, actor
    return None, None


HOSTILE_VERBS = {"blow", "bomb", "shell", "fire", "shoot", "attack", "ambush", "raid", "storm", "open", "detonate"}


INQUIRIES = {"investigation", "inquiry", "probe", "sweep", "swoop", "roundup", "war", "campaign", "hunt", "manhunt"}
FIGHTING_VERBS = {"clash", "fight", "battle", "skirmish"}


def _armed_first(makers: list[Token], ctx: ArticleContext) -> tuple[Token, Actor] | None:
    """Of the sides named (and their conjuncts), the first armed or state force, else the first actor with a state
    or an armed sector."""
    resolved = [(m, a) for m in makers for m in (m, *m.conjuncts) if (a := resolve_actor(m, ctx)) is not None
                and not a.thing]
    return next(((m, a) for m, a in resolved if a.sector in ARMED_SECTORS or a.state), None) or next(
        ((m, a) for m, a in resolved if a.country), None)


def _place_target(trigger: Token, ctx: ArticleContext) -> tuple[Token | None, Actor | None]:
    """A place named with "in/into/at" on the trigger or its object, as the target of a located event."""
    verbs = [trigger, *(c for c in trigger.children if c.dep_ == "conj" and c.pos_ == "VERB")]
    if trigger.pos_ == "NOUN":  # "conducting exercises in Alaska", "kept its troops on alert in Kashmir"
        head = trigger.head.head if trigger.head.dep_ == "prep" else trigger.head
        if head.pos_ in ("VERB", "AUX"):
            verbs.append(head)
    heads = verbs + [c for v in verbs for c in v.children if c.dep_ == "dobj"]
    for head in heads:
        for _, pobj in prep_objects(head, {"in", "into", "at", "inside"}):
            if pobj.lemma_.lower() in MEANS or pobj.lower_ in MEANS:
                continue  # ("wounding 173 in a bloody strike at …": the means, not the place)
            actor = resolve_actor(pobj, ctx)
            if actor is not None and actor.country and actor.sector != "JUD" and not actor.violent:  # ("filed
                # suit in a Texas court": the court is where, not whom; "wounded seven in a grenade attack": how)
                return pobj, actor
    return None, None


PLACE_NOUNS = {"village", "town", "city", "camp", "area", "district", "neighbourhood", "neighborhood", "region",
               "province", "building", "house", "home", "mosque", "church", "temple", "school", "market", "station",
               "office", "compound", "base", "checkpoint", "street", "hospital", "prison", "jail", "stronghold",
               "settlement", "border", "headquarters", "embassy", "consulate", "outpost", "post", "site"}


def _place_like(tok: Token) -> bool:
    """A place named as what a force act hit: a country, town or venue ("the town of Baidoa", "a refugee camp")."""
    return tok.ent_type_ in ("GPE", "LOC", "FAC") or tok.lemma_.lower() in PLACE_NOUNS or tok.lower_ in PLACE_NOUNS


def _participle_victims(trigger: Token, ctx: ArticleContext) -> tuple[Token, Actor] | None:
    """The people a force act's participle names ("…, killing four separatist fighters", "…, arresting 12 men"),
    or those a vehicle it hit carried ("ambushed a bus carrying unarmed workers")."""
    for obj in (c for c in trigger.children if c.dep_ in ("dobj", "nsubjpass")):
        for carried in (g for c in obj.children if c.dep_ == "acl" and c.lemma_.lower() in CARRYING
                        for g in c.children if g.dep_ == "dobj"):
            actor = resolve_actor(carried, ctx)
            if actor is not None and not actor.thing:
                return carried, actor
    for clause in trigger.children:
        if clause.dep_ in ("advcl", "conj", "xcomp") and clause.tag_ == "VBG" and clause.pos_ == "VERB":
            entry = _lookup(clause)
            if entry is None or entry.type not in ("ASSAULT", "COERCE"):
                continue
            for obj in (c for c in clause.children if c.dep_ == "dobj"):
                actor = resolve_actor(obj, ctx)
                if actor is not None and not actor.thing:
                    return obj, actor
    return None


CARRYING = {"carry", "transport", "ferry", "take", "bring"}
VISITS = {"visit", "trip", "tour", "mission"}
ARRIVALS = {"arrive", "fly", "travel", "come", "go", "land", "head"}


def _attacker_named(attack: Token) -> bool:
    """An attack named with the state or group that made it ("Israeli air raids", "Russia's bombing")."""
    return any(c.dep_ in ("amod", "compound", "poss", "nmod") and c.ent_type_ in ("NORP", "GPE", "ORG")
               for c in attack.children)


def _irregular_word(tok: Token) -> bool:
    """A word for an armed group that holds ground ("rebel", "insurgent", "militia"), not for a state's force (a
    police station is the police's, not held against them)."""
    return agent_sector([tok.lower_]) == "REB" or tok.lemma_.lower() in IRREGULAR_WORDS


IRREGULAR_WORDS = {"rebel", "insurgent", "militant", "guerrilla", "militia", "gunman", "separatist", "maoist",
                   "taliban", "fighter"}


def _pick_target(source: Actor | None, candidates: list[tuple[Token, Actor]],
                 patient_first: bool = False) -> tuple[Token | None, Actor | None]:
    """The first candidate whose country differs from the source's, else the first one (`patient_first`: the
    one acted on, the object of a force act, when it is an actor: "four men were arrested over …")."""
    if not candidates:
        return None, None
    src = source.country if source else None
    candidates = sorted(((t, a) for t, a in candidates if source is None or a.text != source.text),
                        key=lambda c: c[1].thing)  # actors before things
    if not candidates:
        return None, None
    if patient_first and candidates[0][0].dep_ in ("dobj", "nsubjpass") and not candidates[0][1].thing:
        return candidates[0]
    for tok, actor in candidates:
        if actor.country and actor.country != src:
            return tok, actor
    return candidates[0]


def mark_same_events(rows: list[dict]) -> list[dict]:
    """`same_event_id`: one id for the rows of a story that report the same event (type, actors, modality,
    date), so that an event repeated across versions of a story can be counted once."""
    for r in rows:
        r["same_event_id"] = "sev_" + stable_id(
            r["story_id"], r["event_type"], r["source_country"] or r["source_entity_id"],
            r["target_country"] or r["target_entity_id"], r["modality"], r["date_value"], length=20)
    return rows
