"""Who an event's source or target is: `resolve_actor` turns the token heading an actor into an `Actor` (text,
entity, ISO-3 country, CAMEO sector, and whether it is a person, an organisation, a state, an attack or a thing)
through pronoun antecedents, the article's entity mentions, the actor dictionaries, parties, offices only one state
has, companies and multinational bodies; `human` tells whether a token names a person or group. The word and
sector sets that tell actors from things live here too.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import pairwise

from spacy.tokens import Span, Token

from transforms.actor_regions import region_country
from transforms.actors import (
    POLITICAL_SECTORS,
    PORTFOLIO_TITLES,
    Role,
    agent_sector,
    known_person,
    national_body,
    national_title,
    organisation,
    party_in,
    person,
)
from transforms.canonical import normalize_name
from transforms.entity_refine import strip_titles
from transforms.event_context import ArticleContext, after_dateline, opposition_portfolio
from transforms.event_spans import CAPTORS, actor_span, core_span
from transforms.event_targets import OBJECT_PRONOUNS, PERSON_NOUNS, act_owner, object_antecedent
from transforms.gazetteer import actor_country, country_of_name, demonyms, is_capital, leaders
from transforms.gazetteer import region_country as state_region_country
from transforms.syntax import noun_phrase, subject_of

QUANTITY_WORDS = {"hundred", "thousand", "dozen", "million", "group", "number", "some", "many", "most", "all",
                  "majority", "minority", "handful", "score", "band", "team", "unit", "contingent", "delegation",
                  "representative", "envoy", "emissary", "delegate"}  # ("representatives of insurgent groups" are the
# insurgents', not a legislature's: Phoenix's "representatives" is the US House)
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
GOVERNMENT_WORDS = {
    "government", "administration", "authorities", "authority", "ministry", "minister", "president", "premier",
    "chancellor", "leader", "officials", "official", "spokesman", "spokeswoman", "spokesperson", "secretary",
    "army", "military", "troops", "forces", "police", "parliament", "cabinet", "regime", "embassy", "envoy",
    "ambassador", "diplomats", "delegation", "king", "queen", "emir", "junta", "navy", "soldiers", "state",
    "rebels", "guerrillas", "militants", "opposition", "court", "negotiators", "general", "commander",
}


def human(tok: Token) -> bool:
    """A person, group, body or state: a named one, or a word for one ("supporters", "the army", "rebels")."""
    words = ACTOR_NOUNS | GOVERNMENT_WORDS  # (lemmas and plural forms: "supporters" is lemmatised "supporter")
    return tok.ent_type_ in ("PERSON", "NORP", "GPE", "ORG") or tok.lemma_.lower() in words or tok.lower_ in words \
        or agent_sector([tok.lower_]) is not None or (tok.pos_ == "PROPN" and any(
            c.dep_ == "compound" and c.i < tok.i and (c.ent_type_ == "PERSON" or (
                c.pos_ == "PROPN" and agent_sector([c.lower_]) is not None)) for c in tok.children))  # ("President
    # Yoon Suk Yeol" with only "Yoon Suk" tagged a person)


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
    unplaced: bool = False  # a name no dictionary or role word places ("Japan's Toshiba"): a company or club
    goods: bool = False  # goods, commodities or securities ("Canadian wheat", "U.S. blue chips"): no actor, though
    # their state is the target of a state acting on them ("banned British beef exports")
    former: bool = False  # held a state office once ("former minister Clare Short"): CAMEO's elite (ELI), political


WHEN_PREPS = {"from", "on", "until", "till", "by", "since", "before", "after", "in", "at", "during"}


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
    if _joined_forces(tok):
        return None  # "agreed to join forces with a French refiner": an idiom for working together, no army
    if tok.ent_type_ in ("DATE", "TIME") and tok.dep_ == "pobj" and tok.head.lower_ in WHEN_PREPS:
        return None  # "will scrap visas from May 15": a date, not the "May 15" group of the Phoenix lists
    if tok.idx < ctx.dateline_end:  # the parser took the dateline for an argument: the clause's own one, if any
        tok = after_dateline(tok, ctx)
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
    found = [m | {"label": "ORG"} if m["label"] != "ORG" and _body_mislabelled(m, ctx) else
             m | {"label": "PERSON"} if m["label"] == "ORG" and known_person(m["text"], listed=True) else
             ctx.titled_person(m) for m in found]  # (and a person the actor lists know that the model took for an
    # organisation: "President Juan Manuel Santos's peace accord")
    if not found and (named := ctx.surname_mention(tok)) is not None:
        found = [named]  # ("Oda urged …", the model having tagged only "Trade Minister Kenji Oda")
    person_m = next((m for m in reversed(found) if m["label"] == "PERSON"), None)
    org = next((m for m in found if m["label"] in ("ORG", "NORP")), None)
    ethnic = any(t.lower_ == "ethnic" for t in span)  # "ethnic Uzbeks in Kyrgyzstan": a group, not a state
    country = None
    thing = _thing(tok)
    international = False  # "his EU counterparts in Luxembourg": an IGO's people, not the host state's
    igo_staff = False  # "IMF officials", "an IMF delegation": the body's own staff
    party_staff = tok.lemma_.lower() in IGO_STAFF and any(  # "Labour Party officials", "a Tory spokesman": the
        m["end_char"] <= tok.idx and m["label"] in ("ORG", "NORP") and (r := organisation(m["text"])) is not None
        and r.sector == "PTY" for m in found)  # party's, not a government's
    owner = _organisation_owner(tok)  # "the Red Cross said its head of mission in Sudan …": the NGO's, no state
    if owner is not None or MULTINATIONAL & {t.lower_ for t in span if t.i <= tok.i} or member_states(tok):
        international = True  # ("coalition forces in Iraq", "UN troops in Congo": where they serve, not whose)
    if (whole := organisation(span.text)) is not None and whole.sector == "IGO" and whole.country is None:
        international = True  # ("the Economic Community of West African States": no state in its own name)
    # the actor's own modifier next to its head first ("BAGHDAD US warplanes": the warplanes are American)
    before = [m for m in found if m["end_char"] <= tok.idx]
    coordinated = any(re.fullmatch(r"\s*(?:,|and|&|or)\s*", ctx.text[a["end_char"]:b["start_char"]])
                      for a, b in pairwise(before))  # ("U.S. and Russian negotiators": the first named leads)
    for m in (found if coordinated else sorted(found, key=lambda m: (
            m["end_char"] > tok.idx, -m["end_char"] if m["end_char"] <= tok.idx else m["start_char"]))):
        if (ethnic and m["label"] == "NORP") or _portfolio(m, ctx) or (
                m["label"] == "GPE" and POSTED_TO.search(ctx.text[max(0, m["start_char"] - 30):m["start_char"]])):
            continue  # ("Labour Minister Almir Pazzianotto": a ministry's name, no party's state; "Turkish
            # Ambassador to Athens Nazmi Akiman": the host state, not his own)
        body = organisation(m["text"]) if m["label"] == "ORG" else None
        if body is not None and body.sector == "IGO" and body.country is None:
            international = True
            igo_staff = igo_staff or (m["end_char"] <= tok.idx and tok.lemma_.lower() in IGO_STAFF)
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
    if country is None and person_m is not None and not international:
        country = _province_of_office(span, person_m["start_char"])
    own = span if tok.lemma_.lower() not in CAPTORS else tok.doc[span.start:tok.i + 1]  # (not their captives')
    has_name = any(t.pos_ == "PROPN" for t in own)
    if country is None and person_m is None and not ethnic and has_name and not international and not thing and not (
            len(span) == 1 and agent_sector([tok.lower_])):  # ("Police fired …" is no town in Poland)
        name = own.text.removeprefix("the ").removeprefix("The ")
        country = actor_country(name, "ORG" if name.isupper() and len(name) <= 5 else None, small_places=any(
            e.label_ in ("GPE", "LOC", "FAC") for e in own.ents)) or _place_word_country(own)
        # (untagged institutions and places; an acronym, "BA", is no province of Fiji; a name the model tagged as no
        # place is no small town: "Dome", "Vulcan" are companies)
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
            country = ctx.person_country.get(person_m["entity_id"]) or next((
                code for t in span if t.idx < person_m["start_char"] and t.i == span.start and t.pos_ == "ADJ" and
                t.ent_type_ in ("", "DATE") and t.text[:1].isupper() and (code := actor_country(t.text, "NORP"))), None)
            # ("PARIS, March 3 - Brazilian Finance Minister Dilson Funaro": a demonym the model left untagged)
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
        if role is None and org is not None and _party_name(org["text"]):
            role = Role(None, "PTY")  # "the Awami League", "the Hazara Democratic Party": a party no dictionary lists
        if role is None and org is not None and (body := _body_name(org["text"])):
            role = Role(None, body)  # "the Corruption Eradication Commission": a public body no dictionary lists
    if role is None and person_m is None and org is None and tok.pos_ == "PROPN" and tok.i > span.start:
        role = organisation(tok.text)  # "Russia's FSB", "Pakistan's ISI": a body the model left untagged, named
        # after its state
    if role is None and person_m is None and tok.pos_ == "PROPN" and (title := _leading_title(span, tok)):
        role = Role(None, title)  # "King Mohammed VI of Morocco", the model having tagged no person: the title's office
    if role is None and person_m is None and listed(ctx.text[span.start_char:span.end_char + 16]):
        role = Role(None, "BUS")  # ("France's <Rhone Chemicals SA>": the model often tags no organisation)
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
    named = organisation(span.text) if not tok.ent_type_ else None  # ("Islamic State": a group's name, no state)
    agent = agent_sector(head_words) if not tok.ent_type_ and named is None else None  # "the government of
    # President X"
    if agent is None and tok.lemma_.lower() in UNITS | SPOKESPEOPLE and len(head_words) > 1:
        agent = agent_sector(head_words[:-1])  # "a police patrol", "an army convoy": the force itself; "student
        # leaders", "union representatives": those who speak for the group are of its sector
    title_words = person_m["text"].split()[:-len(strip_titles(person_m["text"]).split()) or None] \
        if person_m is not None and strip_titles(person_m["text"]) != person_m["text"] else []
    title = ("OPP" if opposition_portfolio(title_words) else agent_sector(title_words)) if title_words else None
    if title is None and opposition_portfolio(head_words):
        title = "OPP"  # ("Home Affairs spokesman Mark Oaten": an opposition frontbencher)
    sector = agent or (role.sector if role is not None and role.sector != "ELI" else None) or title or agent_sector(
        head_words) or (office.sector if office is not None else None) or (role.sector if role is not None else None)
    if sector is None and tok.lemma_.lower() in MEMBERS:
        sector = _body_sector(tok)  # "officers from the Australian Federal Police", "fighters of the MILF"
    if role is not None and role.sector == "REB" and sector in ("OPP", "CVL"):
        sector = "REB"  # "FARC dissidents", "Taliban supporters": an armed group's own, not a state's opposition
    if sector == "PTY" and tok.lower_ == "parties" and not found and not ctx.names_a_party and all(
            t.lower_ in DEAL_SIDES | {"the", "parties"} for t in span) and not (
            tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].lower_ in ("to", "in")):  # ("parties to the conflict")
        sector = None  # "both parties agreed to adjourn the litigation", "talks with interested parties": the sides
        # of a deal or a lawsuit, in an article that names no political party
    if igo_staff and person_m is None and sector in ("GOV", None):
        sector = "IGO"  # ("EC farm ministers" are their states' ministers, meeting in the body)
    if party_staff and person_m is None and sector == "GOV":
        sector = "PTY"
    if igo_title(span, person_m) or (person_m is not None and person_m["entity_id"] in ctx.igo_people):
        country, sector = None, "IGO"  # "IMF Managing Director Michel Camdessus", "NATO Secretary General Jens
        # Stoltenberg": the person acts for the organisation, whatever their own nationality
    if role is not None and role.sector == "BUS" and role.country is None and person_m is None and (
            tok.lemma_.lower() == "carrier" or sector is None):
        sector = "BUS"  # ("the national carrier" is an airline, not a warship)
    if sector is None and international and (main is None or main["label"] == "NORP") and \
            tok.lemma_.lower() in GOVERNMENT_WORDS:
        sector = "GOV"  # "African leaders", "Arab officials": a region's governments, of no one state
    if "shadow" in (t.lower_ for t in span) and sector in ("GOV", None):
        sector = "OPP"  # a shadow minister speaks for the opposition
    elif party is not None and (sector is None or (sector == "GOV" and PARTY_OFFICES & set(head_words)) or (
            sector == title == "OPP")):
        sector = "PTY"  # "Tory spokesman Jane Roe", "Lib Dem chairman John Doe": the party's, not the state's
    elif sector is None and person_m is not None and any(
            m["label"] == "ORG" and m["end_char"] <= person_m["start_char"] and _party_name(m["text"]) for m in found):
        sector = "PTY"  # "Tamil National Alliance leader R. Sampanthan": a party's, though no dictionary lists it
    if sector is None and person_m is not None and person_m["start_char"] <= tok.idx < person_m["end_char"]:
        sector = ctx.person_sector.get(person_m["entity_id"])  # the title the article introduced them with ("Trade
        # Minister Hajime Tamura", later "Tamura"; not "Oda's son")
    if role is None and sector in (None, "GOV") and (employer := _employer_sector(found, person_m, ctx)):
        sector = employer  # "President Ken Dobbs of Dobbs Equipment Corp": no office of state
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
    unplaced = sector is None and not state and person_m is None and not ethnic and tok.pos_ == "PROPN" and \
        (actor_country(tok.text) is None or _named_after_a_state(org)) and (
        not tok.ent_type_ or (org is not None and org["label"] == "ORG" and org["start_char"] <= tok.idx < org[
            "end_char"]))  # (the head itself is the name: not "control of the Interior Ministry")
    if sector in OFFICE_SECTORS and any(c.dep_ == "amod" and c.lower_ == "striking" for c in tok.children):
        sector = "LAB"  # "striking Brazilian seamen": workers on strike, not the navy (Phoenix codes seamen MIL)
    former = sector in OFFICE_SECTORS | {"ELI"} and _former(span, tok)  # (also one the dictionary already files
    # among the elites: "former Prime Minister Najib Razak")
    if former:
        sector = "ELI"  # "Former minister Clare Short", "ex-president Carter": no office now (CAMEO's elites)
    return Actor((span if violent else actor_span(span, tok)).text, main["entity_id"] if main else None, country,
                 country is not None,
                 person_m is not None or ethnic, is_org, state, sector, violent, thing=thing and not violent,
                 individual=tok.ent_type_ == "PERSON" or tok.lemma_.lower() in OFFICE_HOLDERS or (
                     person_m is not None and person_m["start_char"] <= tok.idx < person_m["end_char"]),
                 unplaced=unplaced, goods=tok.pos_ == "NOUN" and _goods(tok), former=former)


def member_states(tok: Token) -> bool:
    """ "member states", "the EC's member countries": a body's members, of no one state."""
    return tok.lemma_.lower() in ("state", "country", "nation", "government") and any(
        c.dep_ in ("compound", "amod") and c.lower_ == "member" for c in tok.children)


def igo_title(span: Span, person_m: dict | None) -> bool:
    """A person whose title names an international organisation before the name ("World Bank President Jim Yong
    Kim", "the IMF's Michel Camdessus", "ADB President Masao Fujioka"): the organisation's official."""
    if person_m is None:
        return False
    title = [t for t in span if t.idx + len(t) <= person_m["start_char"]]
    if any(t.lower_ in ("to", "at", "for") for t in title):
        return False  # "U.S. Ambassador to NATO David Abshire": a state's envoy to the body
    words = [t for t in title if t.pos_ == "PROPN"]
    return any((body := organisation(" ".join(t.text for t in words[i:j]))) is not None and body.sector == "IGO"
               and body.country is None for i in range(len(words)) for j in range(i + 1, min(i + 5, len(words) + 1)))


OFFICE_SECTORS = {"GOV", "MIL", "COP", "JUD", "LEG", "SPY"}
POSTED_TO = re.compile(r"\b(?:ambassador|envoy|consul|emissary|representative|delegate)s? (?:to|in) (?:the )?$",
                       re.IGNORECASE)
DEAL_SIDES = {"both", "interested", "contracting", "concerned", "third", "two", "involved", "affected", "relevant"}
# ("both parties", "interested parties", "the parties": the sides of a deal; "all parties", "Islamic parties",
# "the warring parties" keep their words)
IGO_STAFF = {"official", "delegation", "mission", "team", "spokesman", "spokeswoman", "spokesperson", "staff",
             "negotiator", "representative", "envoy", "economist", "expert", "inspector", "monitor", "observer",
             "counterpart"}
FORMER_WORDS = {"former", "retired", "onetime", "one-time", "erstwhile"}


def _former(span: Span, head: Token) -> bool:
    """A person whose own words put their office in the past: "former minister", "ex-president", "the retired
    general" ("the then prime minister" held it when he acted; "ex-Labour MP" left a party, not the office; "the
    former Spanish government" is an institution, no person)."""
    if head.lemma_.lower() in INSTITUTIONS:
        return False
    doc = head.doc
    for t in span:
        if t.i > head.i:
            break
        after = doc[t.i + 2].text if t.lower_ == "ex" and t.i + 2 < len(doc) and doc[t.i + 1].text == "-" else \
            t.text[3:] if t.lower_.startswith("ex-") else None
        if after is not None and party_in([after]) is None:
            return True  # ("ex-president", not "Ex-Labour MP")
        if t.lower_ in FORMER_WORDS:
            return True
    return False


INSTITUTIONS = {"government", "administration", "regime", "cabinet", "parliament", "council", "ministry",
                "authorities", "authority", "junta", "leadership", "court", "assembly", "senate", "congress"}


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


TICKER = re.compile(r"<[A-Z][^<>\n]{0,60}>|[<(][A-Z]{1,6}\.[A-Z]{1,2}\b")


def _leading_title(span: Span, head: Token) -> str | None:
    """The state office of a capitalised title opening a name ("King Mohammed VI", "President Kabila"): its sector."""
    words = [t for t in span if t.i <= head.i and t.dep_ != "det"]
    if len(words) < 2 or not words[0].text[:1].isupper() or any(t.pos_ != "PROPN" for t in words[1:]):
        return None
    sector = agent_sector([words[0].lower_])
    return sector if sector in STATE_OFFICES else None


def listed(text: str) -> bool:
    """A name the wire marks as a listed company: "<Bralorne Resources Ltd>", "Canada Development Corp <CDC.TO>",
    "Computershare Ltd. (CPU.AX: Quote ...)"."""
    return TICKER.search(text) is not None


def _province_of_office(span: Span, name_start: int) -> str | None:
    """The state of a province whose office a person holds ("Maharashtra Home Minister Anil Deshmukh": IND),
    read from the capitalised words before the name (the model tags no place there); None where those words
    open a place of their own ("Northern Ireland Secretary")."""
    words = []
    for t in span:
        if t.idx >= name_start or t.pos_ != "PROPN":
            break
        words.append(t.text)
    for k in range(len(words), 0, -1):
        name = " ".join(words[:k])
        if code := state_region_country(name):
            return code
        if country_of_name(name) or actor_country(name):
            return None
    return None


PARTY_WORDS = {"party", "league", "front", "congress", "alliance", "movement", "coalition", "bloc"}
NOT_PARTIES = {"football", "premier", "champions", "rugby", "cricket", "basketball", "baseball", "hockey", "super",
               "europa", "nations", "youth", "women's", "anti-defamation", "world", "international", "liberation"}


def _party_name(text: str) -> bool:
    """A political party by the words of its name ("the Awami League", "Islamic Action Front", "the Tamil National
    Alliance"), not a sports league nor a world body's congress."""
    words = text.replace("the ", "").split()
    lower = [w.lower() for w in words]
    return len(words) >= 2 and words[-1][:1].isupper() and lower[-1] in PARTY_WORDS and not set(
        lower) & NOT_PARTIES and agent_sector(lower[-2:]) == agent_sector(lower[-1:])  # (a name: not "the Tuareg
    # rebel alliance"; not an agent of its own, "the Nigeria Labour Congress" is a union)


FORCE_BODIES = {"COP", "MIL"}
BODY_WORDS = {"commission": "GOV", "agency": "GOV", "command": "MIL", "squad": "COP", "department": "GOV"}


def _body_name(text: str) -> str | None:
    """The sector of a public body no dictionary lists, by the last words of its name ("Indonesia's Corruption
    Eradication Commission", "the Western Mindanao Command", "the Anti-Terrorism Squad", "Bihar Police", "the
    Punjab Assembly": a body word, or an agent word of `agents.csv`); a name, capitalised, not a thing set up ("a
    joint economic commission") nor a company ("Deutsche Bank")."""
    words = text.replace("the ", "").split()
    last = words[-1] if words else ""
    if len(words) < 2 or not last[:1].isupper() or {w.lower() for w in words} & NOT_PARTIES or _company_name(text):
        return None
    sector = BODY_WORDS.get(last.lower()) or agent_sector([w.lower() for w in words[-2:]])
    return sector if sector in POLITICAL_SECTORS else None


def _company_name(text: str) -> bool:
    """A company by the words of its name ("Vodafone Group", "British Airways", "the London Stock Exchange")."""
    words = text.lower().replace(".", "").split()
    if words and words[-1] in LEGAL_FORMS:
        return True  # a legal form makes a company, whatever its name says ("Korea Development Corp")
    return bool(words) and words[-1] in COMPANY_WORDS and not any(w in ("central", "world", "development",
                                                                        "reserve", "national") for w in words[:-1])


def _company_head(tok: Token, span: Span) -> bool:
    """A company named by its kind ("the budget airline", "the national carrier", "the mobile phone firm")."""
    head = tok.lemma_.lower()
    if head == "carrier":
        return any(t.lower_ in CARRIER_WORDS for t in span if t.i < tok.i)
    if tok.pos_ == "PROPN" and any(t.dep_ == "compound" and t.pos_ == "NOUN" and t.lemma_.lower() in COMPANY_HEADS
                                   for t in span if t.i < tok.i):
        return True  # its kind before its name: "Swiss firm Xstrata", "Chinese appliance maker TCL"
    return head in COMPANY_HEADS and not any(t.lower_ in ("central", "world", "development") for t in span)


SPOKESPEOPLE = {"leader", "representative", "delegate", "negotiator", "envoy"}
MEMBERS = {"officer", "member", "fighter", "agent", "official", "activist", "supporter", "militant", "cadre",
           "soldier", "trooper", "guerrilla"} | SPOKESPEOPLE


def _body_sector(tok: Token) -> str | None:
    """The sector of the body a member belongs to, named after "of" or "from" ("officers from the Australian
    Federal Police": COP; "five members of the Hazara Democratic Party": PTY)."""
    for prep in tok.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("of", "from"):
            continue
        for body in (c for c in prep.children if c.dep_ == "pobj"):
            words = [t.text for t in body.subtree if t.i <= body.i]
            name = " ".join(w for w in words if w.lower() != "the")
            role = organisation(name)
            sector = (role.sector if role is not None else None) or agent_sector([w.lower() for w in words]) or (
                "PTY" if _party_name(name) else None)
            if sector:
                return sector
    return None


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
    if role is None and m["label"] == "PERSON" and _body_name(m["text"]) in FORCE_BODIES:
        return True  # "Bihar Police", "Kenya Defence Forces" tagged as a person: a force by its name
    if role is None or (role.sector not in POLITICAL_SECTORS and not national_body(m["text"])):
        return False  # (a national union or business group: "the NASUWT said …")
    if m["label"] == "PERSON":
        return person(ctx.full_name(m), ctx.published) is None
    return m["label"] != "NORP" and country_of_name(m["text"]) is None


def _portfolio(m: dict, ctx: ArticleContext) -> bool:
    """A name that is a minister's portfolio ("Labour Minister Almir Pazzianotto"), not a party."""
    return (ctx.text[m["end_char"]:m["end_char"] + 20].split() or [""])[0] in PORTFOLIO_TITLES


def _affiliation(span: Span, found: list[dict], ctx: ArticleContext) -> Role | None:
    """The national party an actor's own words name ("Ex-Labour MP …", "Tory spokesman …", "Lib Dem peer …"), or
    the one the article introduced the person with."""
    role = party_in([m["text"] for m in found if m["label"] in ("ORG", "NORP") and not _portfolio(m, ctx)] + [
        t.text for t in span if t.pos_ in ("PROPN", "ADJ", "NOUN")])
    if role is None:
        person_m = next((m for m in found if m["label"] == "PERSON"), None)
        role = ctx.person_party.get(person_m["entity_id"]) if person_m is not None else None
    return role


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


def thing_owner(tok: Token) -> Token | None:
    """The owner of a thing aimed at, named in its own words ("backed the Home Office's powers", "praised Gordon
    Brown's pre-Budget report", "investigating alleged war crimes by Croatian extremists"): the owner is the one
    acted on, not the document, power or deed; a state's property (`PROPERTY`) named with its nationality stands for
    that state ("shelled an Iranian oil platform"). None for an actor word ("new EU members"), an instrument ("a
    BAK missile"), a nationality on anything else ("Kuwaiti investors") or no owner named."""
    lemma = tok.lemma_.lower()
    if tok.pos_ == "NOUN" and (held := next((g for a in tok.children if a.dep_ == "acl" and a.lemma_.lower() in (
            "belong", "own") for p in a.children if p.dep_ in ("prep", "agent") and p.lower_ in ("to", "by")
            for g in p.children if g.dep_ == "pobj" and (human(g) or g.ent_type_ in ("PERSON", "ORG"))), None)):
        return held  # "confiscated a superyacht belonging to a Russian billionaire", "assets owned by the former
        # president": the owner
    if tok.pos_ == "NOUN" and (lemma in PROPERTY or tok.lower_ in PROPERTY) and (state := _property_state(tok)):
        return state  # "shelled an Iranian oil platform", "attacked a Kuwaiti tanker": the state whose property it is
    if tok.pos_ == "NOUN" and (state := _taxed_goods_state(tok)) is not None:
        return state  # "tariffs on imports of Japanese electronics goods": aimed at Japan, not at the goods
    if tok.pos_ == "NOUN" and lemma in _ties():
        partner = next((g for p in tok.children if p.dep_ == "prep" and p.lower_ in ("with", "to") for g in p.children
                        if g.dep_ == "pobj" and human(g)), None)
        if partner is not None:
            return partner  # "cut ties with Iran", "suspended aid to Kenya": the other side, not the ties
    if tok.pos_ == "NOUN" and not tok.ent_type_ and lemma in BELONGINGS | INSTRUMENTS and (
            keeper := _keeper(tok)) is not None:
        return keeper  # "fired a rocket at Karzai's helicopter", "ambushed the convoy of Ahmed Chalabi": theirs
    if tok.pos_ != "NOUN" or tok.ent_type_ or human(tok) or lemma in ACTOR_NOUNS | GROUP_WORDS | INSTRUMENTS | \
            PERSON_NOUNS | PLACE_PARTS or tok.lower_ in ACTOR_NOUNS | GROUP_WORDS:
        return None  # (a person, a group, an instrument or a part of a place: "Northern Ireland's disarmament chief",
        # "an entrance to the Green Zone compound")
    owner = act_owner(tok)
    if owner is tok and lemma in _owned_acts() and (state := _property_state(tok, whole_names=True)) is not None:
        return state  # "agreed to a South Korean proposal", "rejected the Soviet offer": the state that made it
    if owner is tok and lemma in _owned_acts() and (party := _party_word(tok)) is not None:
        return party  # "rejected the Tories' call", "rejected a Conservative compromise offer": the party
    if owner is None or owner is tok or (owner.dep_ != "poss" and owner.ent_type_ == "GPE"):
        return None  # ("a US share registrar": a place's name before a thing says where it is from, like "Kuwaiti")
    name = _name_of(owner)
    last = _last_word(name).i if name is not None else owner.i
    return tok.doc[last] if owner.i <= last < tok.i else owner  # ("a British National Party leaflet": the party,
    # not "British")


def _name_of(tok: Token, labels: tuple[str, ...] = ()) -> Span | None:
    """The entity a word is part of (of one of `labels`, when given)."""
    return next((e for e in tok.doc.ents if e.start <= tok.i < e.end and (not labels or e.label_ in labels)), None)


def _last_word(name: Span) -> Token:
    """A name's last word, before a possessive "'s" ("the Tories'" → "Tories")."""
    return name.doc[name.end - 1 - (name.doc[name.end - 1].tag_ == "POS")]


def _party_word(act: Token) -> Token | None:
    """A party's name modifying an act ("the Tories' call", "the Liberal Democrat plan"), which the parser tags as a
    nationality or an organisation."""
    for c in act.children:
        name = _name_of(c, ("NORP", "ORG"))
        if c.dep_ in ("poss", "amod", "compound", "nmod") and name is not None and (
                role := organisation(name.text)) is not None and role.sector == "PTY":
            return _last_word(name)
    return None


def _owned_acts() -> frozenset[str]:
    """Acts named as nouns that stand for whoever made them (`@owned_act`, `@owned_act_by`: proposal, offer …)."""
    from transforms.event_lexicon import object_classes

    return object_classes()["@owned_act"] | object_classes()["@owned_act_by"]


def _ties() -> frozenset[str]:
    """What one has with or gives to another (`@ties` in `data/event_object_classes.csv`: ties, aid, trade …)."""
    from transforms.event_lexicon import object_classes  # (the lexicon reads this module's word sets)

    return object_classes()["@ties"]


PROPERTY = {"platform", "rig", "installation", "facility", "refinery", "pipeline", "terminal", "oilfield", "airstrip",
            "airfield", "airport", "port", "harbour", "harbor", "outpost", "base", "embassy", "consulate", "depot",
            "tanker", "supertanker", "vessel", "ship", "freighter", "airliner", "position", "house", "home"}
# (a gunboat, warship, warplane or convoy is a force, an actor of its own: "shot down a Syrian jet" keeps its words;
# "demolished Palestinian houses" are the Palestinians')


BELONGINGS = {"convoy", "motorcade", "home", "house", "residence", "office", "headquarters"}


def _keeper(thing: Token) -> Token | None:
    """The person or body a belonging or vehicle is named as theirs by: "Karzai's helicopter", "the convoy of Ahmed
    Chalabi", "the offices of Al-Jazeera" (the name's last word); None for a pronoun or a plain noun."""
    owners = [c for c in thing.children if c.dep_ == "poss"] + [
        g for p in thing.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.dep_ == "pobj"]
    names = (_name_of(owner, ("PERSON", "ORG")) for owner in owners)
    return next((_last_word(name) for name in names if name is not None), None)


def _property_state(thing: Token, whole_names: bool = False) -> Token | None:
    """The state a physical thing belongs to, by a nationality or a state's name in its own words ("an Iranian oil
    platform", "a Kuwaiti tanker", "Iraq's air bases"); None for a company's or a place's name ("a BP tanker")."""
    mods = [c for c in thing.children if c.dep_ in ("amod", "compound", "poss", "nmod")]
    if any(agent_sector([c.lower_]) is not None for c in mods):
        return None  # ("a Malian army base": the army's, named with its state as the actor)
    for c in mods:
        name = next((e for e in thing.doc.ents if e.start <= c.i < e.end and e.label_ in ("NORP", "GPE")), None)
        if name is not None and (len(name) == 1 or whole_names) and (country_of_name(name.text) is not None or
                                                                     normalize_name(name.text) in demonyms()):
            return thing.doc[name.end - 1] if whole_names else c  # (a name of several words, "a Saudi Arabian
            # tanker", keeps the thing whole)
    return None


GOODS = {"good", "goods", "product", "import", "export", "shipment", "car", "semiconductor", "chip", "microchip",
         "computer", "textile", "steel", "produce", "commodity", "merchandise"}
RESTRICTIONS = {"tariff", "duty", "sanction", "ban", "restriction", "curb", "quota", "embargo", "levy", "penalty",
                "limit", "boycott", "surcharge", "tax"}


def _taxed_goods_state(goods: Token) -> Token | None:
    """The state whose goods a restriction is put on, by a one-word nationality or state name ("tariffs on Japanese
    semiconductor shipments", "duties on imports of Japanese goods"): the restriction is aimed at that state."""
    if goods.lemma_.lower() not in GOODS or goods.dep_ != "pobj" or goods.head.lower_ not in ("on", "against"):
        return None
    head = goods.head.head
    if head.lemma_.lower() not in RESTRICTIONS and not (head.pos_ in ("VERB", "AUX") and any(
            t.lemma_.lower() in RESTRICTIONS for c in head.children if c.dep_ == "dobj" for t in c.subtree)):
        return None  # ("imposed 100 pct tariffs on Japanese goods", "impose 300 mln dlrs of tariffs on …": the
        # parser may hang "on" on the verb)
    inner = [g for p in goods.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children
             if g.dep_ == "pobj" and g.pos_ == "NOUN"]  # ("imports of Japanese typewriters")
    return _property_state(goods) or next((s for g in inner if (s := _property_state(g)) is not None), None)


PLACE_PARTS = {"entrance", "gate", "gates", "compound", "wall", "checkpoint", "border", "perimeter", "outskirts"}
INSTRUMENTS = {"missile", "rocket", "bomb", "shell", "mine", "grenade", "gun", "rifle", "weapon", "plane", "jet",
               "aircraft", "helicopter", "drone", "ship", "vessel", "tanker", "boat", "car", "truck", "vehicle", "tank"}


UNION_WORDS = {"union", "unions", "federation", "confederation", "syndicate"}
LEGAL_FORMS = {"corp", "corporation", "inc", "incorporated", "ltd", "limited", "co", "plc", "llc", "gmbh", "ag", "sa",
               "nv", "bv", "spa", "ab", "asa", "bhd", "pty", "holdings", "group", "bancorp"}


def _employer_sector(found: list[dict], person_m: dict | None, ctx: ArticleContext) -> str | None:
    """BUS or LAB for a person whose own words name the company or union they work for and no dictionary knows
    them ("Acme Corp president John Roe", "John Roe, president of Acme Corp", "Dockers' Union secretary Jo Doe"):
    a company's president or a union's secretary holds no office of state."""
    if person_m is None:
        return None
    for m in found:
        if m["label"] != "ORG" or country_of_name(m["text"]) is not None:
            continue
        role = organisation(m["text"])
        if role is not None and role.sector not in NON_POLITICAL_SECTORS:
            continue  # (a party, state body, armed group or IGO: "Hamas leader …", "UKIP leader …")
        name = ctx.text[m["start_char"]:person_m["start_char"]] if m["end_char"] <= person_m["start_char"] else \
            m["text"]  # ("Goldman Sachs (Japan) Corp president Eugene Roe": the name runs to the title)
        words = set(re.sub(r"[^\w\s']", " ", name.lower()).split())
        if words & UNION_WORDS:
            return "LAB"
        if words & LEGAL_FORMS or listed(name) or _company_name(m["text"]):
            return "BUS"
    return None


JOINING = {"join", "combine", "pool", "unite", "merge"}


def _joined_forces(tok: Token) -> bool:
    """ "Forces" as the bare object of "join", "combine", "pool" (the idiom for working together), not an army
    ("joined forces with X"; but "joined Kenyan forces", "joined the forces of X" are armies)."""
    return tok.lower_ == "forces" and tok.dep_ == "dobj" and tok.head.lemma_.lower() in JOINING and not any(
        c.dep_ in ("det", "amod", "compound", "poss", "nummod", "nmod") for c in tok.children)


def _named_after_a_state(org: dict | None) -> bool:
    """An organisation whose name holds a state's name and more ("Air Canada", "Petro-Canada"): the state is in its
    name, not its owner or master (a state body would be in a dictionary or carry an agent word)."""
    return org is not None and org["label"] == "ORG" and country_of_name(org["text"]) is None and len(
        org["text"].replace("-", " ").split()) > 1


def _goods(tok: Token) -> bool:
    """A commodity, product or security (`@goods` in `data/event_object_classes.csv`)."""
    from transforms.event_lexicon import object_classes  # (the lexicon reads this module's word sets)

    goods = object_classes()["@goods"]
    return tok.lemma_.lower() in goods or tok.lower_ in goods


ECONOMIC_THINGS = {"economy", "economies", "market", "markets", "price", "prices", "growth", "inflation",
                   "temperature", "temperatures", "weather", "snow", "snowfall", "rain",
                   "storm", "storms", "crisis", "recession", "boom", "slump", "currency", "shares", "stocks",
                   "earnings", "profits", "consumption", "stake",
                   "stakes", "asset", "assets", "venture", "subsidiary", "plant", "plants", "factory", "factories",
                   "bond", "bonds", "yield", "yields", "treasuries", "gilts"}  # ("Treasury yields fell as a rally in
# British government bonds spread": a market move, no actors)


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


def _last_person(pron: Token, ctx: ArticleContext, depth: int = 0) -> Token | None:
    """ "He" or "she" opening a clause with no antecedent in its sentence: the person last named as a subject just
    before, else the one the text has been about ("he" the subject of an earlier sentence, when no one named since
    took the subject's place), else the person last named."""
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
    subject = next((r for r in reversed(roots) if r.dep_ in ("nsubj", "nsubjpass")), None)
    earlier = next((t for t in reversed(ctx.doc[max(0, pron.sent.start - 120):pron.sent.start])
                    if t.lower_ == pron.lower_ and t.dep_ in ("nsubj", "nsubjpass")), None)
    if earlier is not None and depth < 3 and (subject is None or subject.i < earlier.i):
        # ("he became an MP for Bedwellty (later Islwyn). He gained a reputation": the same "he", not Islwyn)
        return _last_person(earlier, ctx, depth + 1) or subject or (roots[-1] if roots else None)
    return subject or (roots[-1] if roots else None)


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
        if subj is not None and subj.i != pron.i and subj.pos_ != "PRON" and not (
                pron.lower_ in ("he", "she") and subj.ent_type_ != "PERSON" and not human(subj)):
            return subj  # (for "he" or "she", a person: "Jowell said a delay would be disastrous and she
            # accused the Tories …" is Jowell, not the delay)
    return None
MULTINATIONAL = {"foreign", "foreigners", "international", "multinational", "coalition", "allied", "peacekeeping",
                 "peacekeepers", "peacekeeper", "western", "westerners", "un", "u.n.", "nato", "eu", "global",
                 "world", "overseas", "expatriate", "expatriates", "tourists", "tourist",
                 # a region's people are of no one state ("African leaders in Tanzania", "his European counterparts")
                 "african", "european", "arab", "asian", "latin", "gulf", "nordic", "balkan", "caribbean", "regional"}
DOMESTIC_SECTORS = {"GOV", "JUD", "LEG", "OPP", "PTY"}  # (police keep no state unless the text names one)
NON_POLITICAL_SECTORS = {"BUS", "MED"}
OFFICE_HOLDERS = {"minister", "president", "premier", "chancellor", "leader", "secretary", "spokesman", "spokeswoman",
                  "spokesperson", "mp", "senator", "mayor", "governor", "chairman", "chairwoman", "candidate",
                  "taoiseach", "tanaiste", "pope"}
STATE_OFFICES = {"GOV", "MIL", "COP", "JUD", "SPY"}
ARMED_SECTORS = {"MIL", "COP", "REB", "SPY"}


GROUP_WORDS = {"refugees", "fundamentalists", "settlers", "protesters", "demonstrators", "students", "workers",
               "activists", "militias", "militia", "separatists", "insurgents", "fighters", "gunmen", "villagers",
               "detainees", "prisoners", "civilians", "landowners", "elders", "opposition"}
VIOLENT_ACTS = {"bombing", "explosion", "blast", "attack", "shelling", "airstrike", "raid", "bomb", "ambush",
                "missile", "rocket", "mine", "gunfire"}
