"""Business acts are no PLOVER events: a trigger in its business sense (what it acts on is a stake, shares, a loan,
a bid, a price, a contract, a cargo ...: "agreed to buy a 20 pct stake", "awarded a contract to supply a cargo of
soybeans", "merger talks"), or one between business parties (companies, banks, lenders, shareholders, a company's
own people: "Airbus officials", "Purolator's adviser", "a request to shareholders"), codes nothing unless a state or
a state body takes part ("Argentina asked its creditor banks to reschedule its debt", "the government seized the
shares", "the commission ordered Bell Canada to cut its rates" stay events).

The word classes are data (`business`, `business_party`, `generic_people` in `data/event_object_classes.csv`).
"""
from __future__ import annotations

from spacy.tokens import Token

from transforms.actors import POLITICAL_SECTORS, agent_sector, organisation
from transforms.event_actors import COMPANY_WORDS, Actor, listed
from transforms.event_filters import company
from transforms.event_lexicon import object_classes
from transforms.syntax import prep_objects

STATE_ORGANS = {"government", "ministry", "minister", "department", "treasury", "commission", "agency", "bureau",
                "office", "authority", "authorities", "regulator", "regulators", "administration", "cabinet",
                "parliament", "congress", "senate", "assembly", "court", "customs", "embassy", "state", "federal",
                "national", "central", "army", "navy", "police", "military", "council"}
COMPANY_HEADS = {"president", "chairman", "chairwoman", "chief", "head", "officer", "member", "staff", "employee",
                 "worker", "board"}
_COMPLEMENTS = {"dobj", "pobj", "nsubjpass", "attr", "dative", "oprd"}


def business_act(etype: str, trigger: Token, source: Actor | None, source_tok: Token | None, target: Actor | None,
                 target_tok: Token | None) -> bool:
    """A trade, finance or corporate act between business parties: no state or state body on either side, and
    the trigger in its business sense, or a business party acting or acted on (a business group's call, demand or
    protest aimed at a policy stays an event: "the CBI called for a freeze in the minimum wage")."""
    if _trade_promise(trigger) and (target_tok is None or _traded(target_tok) or not state_side(target, target_tok)):
        return True  # "South Korea agreed to pay Japanese trading houses 400 dlrs a tonne", "Korea Development Corp
        # agreed to buy two Airbus jets": a purchase or sale with a firm, not a promise between political actors
    if _market_operation(etype, trigger):
        return True
    if any(t.pos_ == "NOUN" and t.lemma_.lower() in TENDERS for t in trigger.subtree) or any(
            c.dep_ == "dobj" and c.lower_ == "bids" and not any(g.dep_ in ("poss", "compound", "amod") and (
                g.ent_type_ or g.pos_ == "PROPN") for g in c.children) for c in trigger.children):
        return True  # "Pakistan rejected offers at its tender for palm oil", "the EC rejected all bids at today's
        # cereals tender", "rejected all bids for licences to export barley": buying or selling by tender, whoever
        # holds it (not "rejected Turkey's bids to join")
    if etype in ("REQUEST", "ACCUSE") and target is not None and target.sector == "JUD" and (
            source is None or source.sector in (None, "BUS")) and not (source is not None and source.country):
        return True  # "the suit also requests the court to order Cyclops to …", "Harcourt is asking the court to
        # rule …": a company's lawsuit (a state, a union or a group going to court stays an event)
    if state_side(source, source_tok) or state_side(target, target_tok):
        return False
    return business_sense(trigger) or (etype not in VOICE and any(
        business_party(a, t) for a, t in ((source, source_tok), (target, target_tok))))


TENDERS = {"tender"}
MARKETS = {"market", "system", "house"}  # (the money market, the banking system, the discount houses)
MARKET_OPERATIONS = {"repurchase", "repo", "buyback", "matched-sale", "matched", "sale-purchase"}
VOICE = {"REQUEST", "ACCUSE", "PROTEST", "REJECT"}  # what a business group may do to a state or a policy
UNDERTAKINGS = {"agree", "promise", "pledge", "offer", "undertake", "contract", "commit"}
TRADE_VERBS = {"buy", "sell", "purchase", "acquire", "import", "export", "lease", "pay", "distribute", "market",
               "license", "resell", "charter", "rent"}


def _market_operation(etype: str, trigger: Token) -> bool:
    """A central bank's money-market deal ("arranged three-day system repurchase agreements") or help to the market
    ("gave the money market 206 mln stg of assistance"): a market operation, whoever makes it."""
    if trigger.pos_ == "NOUN" and any(c.dep_ in ("compound", "amod") and (
            c.lemma_.lower() in MARKET_OPERATIONS or c.lower_ in MARKET_OPERATIONS) for c in trigger.children):
        return True
    if etype != "AID":
        return False
    givers = [trigger] + ([trigger.head] if trigger.pos_ == "NOUN" and trigger.dep_ == "dobj" else [])
    return any(c.dep_ in ("dative", "dobj") and c.lemma_.lower() in MARKETS for g in givers for c in g.children) or \
        any(o.lemma_.lower() in MARKETS for g in givers for _, o in prep_objects(g, {"to"}))


def _trade_promise(trigger: Token) -> bool:
    """A promise to buy, sell, import, lease or pay ("agreed to buy two jets"): trade, whoever the buyer is."""
    return trigger.lemma_.lower() in UNDERTAKINGS and any(
        c.dep_ == "xcomp" and c.lemma_.lower() in TRADE_VERBS and not _with_a_state(c) for c in trigger.children)


def _with_a_state(verb: Token) -> bool:
    """Trade with a state named as the other party ("agreed to import wheat from Argentina"): between states."""
    return any(g.ent_type_ == "GPE" for p in verb.children if p.dep_ in ("prep", "dative") and p.lower_ in (
        "from", "to", "with") for g in p.subtree if g.dep_ == "pobj")


def _traded(tok: Token) -> bool:
    """The goods a trade verb acts on ("to buy two Airbus jets"): no actor, whatever their words suggest."""
    return tok.dep_ in ("dobj", "nsubjpass") and tok.head.lemma_.lower() in TRADE_VERBS


def business_sense(trigger: Token) -> bool:
    """What the trigger acts on, or whom it is aimed at, is business: its objects and those of its infinitive
    ("agreed to buy a stake", "asked its banks to reschedule loans"), the objects of its prepositions ("a rally in
    bond prices"; a topic, "a protest against fees", "talks over a new contract", is not what it acts on), a noun's
    own modifier ("merger talks"); or those it is aimed at are business parties ("a request to shareholders")."""
    classes = object_classes()
    things, parties = classes["@business"], classes["@business_party"]
    return any(((t.lemma_.lower() in things or t.lower_ in things) or (aimed and (
        t.lemma_.lower() in parties or t.lower_ in parties))) and not _public_bank(t)
        for t, aimed in _complements(trigger))


PUBLIC_BANKS = {"central", "world", "development", "reserve", "national", "state", "federal", "investment",
                "export-import", "multilateral", "regional", "african", "asian", "inter-american", "european"}


def _public_bank(tok: Token) -> bool:
    """A central, state or development bank ("cut U.S. funding of development banks") is no business party."""
    return tok.lemma_.lower() == "bank" and any(c.lower_ in PUBLIC_BANKS for c in tok.children
                                                 if c.dep_ in ("compound", "amod", "nmod"))


TOPICS = {"against", "over", "about", "despite", "amid", "after", "before", "since", "during"}
AIMED = {"to", "with", "from", "between"}


def _complements(trigger: Token) -> list[tuple[Token, bool]]:
    """(token, aimed at) for what a trigger acts on: objects, prepositions' objects other than topics and times,
    a noun's own modifiers; `aimed` marks those it is done to or with (objects, "to", "with", "from")."""
    heads = [trigger] + [c for c in trigger.children if c.dep_ == "xcomp"]
    if trigger.pos_ == "NOUN" and trigger.dep_ in ("dobj", "pobj") and trigger.head.pos_ == "VERB":
        heads.append(trigger.head)  # ("reiterated a request to shareholders", "held merger talks")
    out: list[tuple[Token, bool]] = []
    for head in heads:
        for c in head.children:
            if c.dep_ in _COMPLEMENTS:
                out.append((c, True))
            elif c.dep_ in ("prep", "agent") and c.lower_ not in TOPICS:
                out += [(g, c.lower_ in AIMED) for g in c.children if g.dep_ in ("pobj", "pcomp")]
            elif head is trigger and trigger.pos_ == "NOUN" and c.dep_ in ("compound", "amod") and c.i < trigger.i:
                out.append((c, False))  # "merger talks", "takeover bid"
    out += [(k, aimed) for o, aimed in out for k in o.conjuncts]
    out += [(m, aimed) for o, aimed in list(out) for m in o.children if m.dep_ == "compound"]  # ("debt talks")
    out += [(g, False) for o, _ in list(out) if o.dep_ in ("dobj", "nsubjpass") for p in o.children
            if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.dep_ == "pobj"]  # ("repayment of loans")
    return out


def business_party(actor: Actor | None, tok: Token | None) -> bool:
    """A company, a bank, lenders, shareholders, a market, or a company's own people ("Airbus officials",
    "a spokesman for Honda", "Purolator's adviser")."""
    if actor is None or tok is None:
        return False
    if _organ(actor):
        return False  # ("The U.S. Agriculture Department", a name no dictionary holds, is no company)
    if company(actor) or actor.sector == "BUS":
        return True
    tok = _head(actor, tok) or tok
    lemma = tok.lemma_.lower()
    return (lemma in object_classes()["@business_party"] and not _public_bank(tok)) or _company_person(tok)


def _organ(actor: Actor) -> bool:
    return bool(set(actor.text.lower().replace(".", "").split()) & STATE_ORGANS)


def _company_person(tok: Token) -> bool:
    """A people word ("officials", "spokesman", "adviser", "president") that a company's name modifies."""
    if tok.lemma_.lower() not in object_classes()["@generic_people"] | COMPANY_HEADS:
        return False
    owners = [c for c in tok.children if c.dep_ in ("compound", "poss", "nmod")] + [
        g for p in tok.children if p.dep_ == "prep" and p.lower_ in ("of", "for", "at") for g in p.children
        if g.dep_ == "pobj"]
    return any(_company_name(o) for o in owners)


def _company_name(tok: Token) -> bool:
    span = next((e for e in tok.doc.ents if e.start <= tok.i < e.end), None)
    if span is None and tok.pos_ != "PROPN":
        return False  # ("working group delegates": a common noun names no company)
    text = span.text if span is not None else tok.text
    words = text.lower().replace(".", "").split()
    if any(w in STATE_ORGANS or agent_sector([w]) in POLITICAL_SECTORS for w in words):
        return False
    role = organisation(text)
    if role is not None:
        return role.sector == "BUS"
    right = tok.doc[tok.i + 1:tok.i + 12].text if span is None else tok.doc[span.end:span.end + 8].text
    return bool(words) and (words[-1] in COMPANY_WORDS or listed(text + right) or (
        span is not None and span.label_ == "ORG" and tok.pos_ == "PROPN"))


def state_side(actor: Actor | None, tok: Token | None) -> bool:
    """A state or a state body takes part: a country, a government, ministry, regulator, court, parliament, party
    or armed force, a known politician, a union; not a company, a company's people, nor people words with no
    state or state body named ("a spokesman", "officials" in a company story)."""
    if actor is None or actor.thing:
        return False
    organ = _organ(actor)
    if company(actor) or actor.sector == "BUS" or (actor.unplaced and not (organ and actor.explicit)):
        return False
    if actor.state:
        return True
    tok = _head(actor, tok)
    if tok is not None and _company_person(tok):
        return False
    if actor.sector in POLITICAL_SECTORS | {"LAB"}:
        generic = tok is not None and tok.lemma_.lower() in object_classes()["@generic_people"]
        return not generic or actor.explicit or organ or actor.person
    if actor.person and actor.country is not None:
        return True  # a named person the article places in a state
    return organ and (actor.explicit or not actor.organisation)  # ("the U.S. Agriculture Department")


def _head(actor: Actor, tok: Token | None) -> Token | None:
    """The token heading the actor's own words: a pronoun's antecedent ("Airbus officials said they were continuing
    talks": "officials")."""
    if tok is None or tok.pos_ != "PRON":
        return tok
    start = tok.doc.text.rfind(actor.text, 0, tok.idx)
    span = tok.doc.char_span(start, start + len(actor.text), alignment_mode="expand") if start >= 0 else None
    return span.root if span is not None else None
