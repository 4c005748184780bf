"""States for actors named without one: `fill_countries` gives a government, force, group, body or person whose
words name no state the state of the sentence, of the article (its home state), of the dateline or of the other
actor, by who acts where (rebels are of the land they fight in, whom a court or the police act on is of their
state, a party or committee is of the home state); `named_by_nationality` tells an attack named with its
attacker's nationality ("American airstrikes") from one named with a place.
"""
from __future__ import annotations

import re

from spacy.tokens import Span, Token

from transforms.actor_regions import region_country
from transforms.actors import organisation
from transforms.event_actors import (
    ACTOR_NOUNS,
    DOMESTIC_SECTORS,
    GOVERNMENT_WORDS,
    GROUP_WORDS,
    MULTINATIONAL,
    STATE_OFFICES,
    Actor,
    member_states,
)
from transforms.event_context import ArticleContext
from transforms.gazetteer import actor_country, country_of_name, former_states
from transforms.syntax import noun_phrase

EXPULSIONS = {"deport", "expel", "extradite", "deportation", "expulsion", "extradition"}  # (foreigners, as a rule)
ROLE_SECTORS = {"COP", "MIL", "REB", "SPY", "CVL"}  # police, troops, rebels, civilians: of the state where they act
PEOPLE_WORDS = {"people", "civilians", "villagers", "residents", "officers", "policemen", "soldiers", "children",
                "women", "men", "youths", "prisoners", "detainees", "hostages", "workers", "students", "protesters",
                "demonstrators", "pilgrims", "worshippers", "passengers", "fishermen", "farmers", "journalists",
                "militants", "insurgents", "gunmen", "attackers", "assailants", "tribesmen", "settlers", "suspects",
                "inmates", "officials", "persons", "teenager", "boy", "girl", "man", "woman", "person", "guards",
                "kidnappers", "bombers", "fighters", "guerrillas", "militiamen", "policeman", "soldier", "officer",
                "prisoner", "detainee", "suspect", "civilian", "villager", "worker", "student", "protester"}
HOME_BODIES = {"LEG", "PTY", "OPP", "JUD"}  # MPs, parties, the opposition, courts: the politics of one state


FOREIGN_OFFICE = re.compile(r"\bforeign (?:trade |affairs |economic |policy )?(?:minister|ministry|secretary|office|"
                            r"affairs|spokes(?:man|woman|person))", re.IGNORECASE)


def _own_force(actor: Actor, head: Token | None, source: Actor | None) -> bool:
    """ "Sri Lanka ordered its armed forces to …": what a state or government calls its own is of its state."""
    return actor.country is None and head is not None and source is not None and bool(source.country) and (
        source.state or source.sector == "GOV") and actor.sector in STATE_OFFICES and not words_of(
            actor) & MULTINATIONAL and any(c.dep_ == "poss" and c.lower_ in ("its", "their") for c in head.children)
    # (not "its European Community partners", "their countries")


GOVERNING = {"ask", "order", "urge", "tell", "instruct", "direct", "request", "call", "allow", "permit", "authorise",
             "authorize"}  # (an accusation or a warning is often aimed abroad: "accused shipping companies of …")


def _domestic_subject(actor: Actor, head: Token | None, source: Actor | None, trigger: Token | None) -> bool:
    """A nameless firm or group (a common noun, no state in its words: "commercial banks") that a state's own organ
    asks, orders or allows to act is of that state."""
    return (actor.country is None and head is not None and head.pos_ == "NOUN" and not head.ent_type_ and
            (actor.sector is None or actor.sector in CIVIL_SECTORS - {"PTY", "OPP"}) and
            source is not None and source.country is not None and (source.state or source.sector in STATE_OFFICES)
            and trigger is not None and trigger.lemma_.lower() in GOVERNING and
            not words_of(actor) & MULTINATIONAL)


def _needs_state(actor: Actor, head: Token) -> bool:
    """A government, force, group, person or national body (MPs, "the Treasury", "other parties", "the police",
    "insurgents", "12 people") named without its state; not a multinational one ("foreign troops", "UN
    peacekeepers", "coalition forces")."""
    if actor.country is not None or (actor.organisation and actor.sector not in HOME_BODIES | {"REB"} and not (
            _state_agency(actor))):
        return False  # (an IGO's, NGO's or company's people: "UN troops", "Red Cross officials"; but "MPs" the
        # model tags as an organisation are a state's)
    words = {t.lemma_.lower() for t in noun_phrase(head)} | {t.lower_ for t in noun_phrase(head)} | set(
        actor.text.lower().split())
    if member_states(head) or (words & MULTINATIONAL and not (
            words & MULTINATIONAL == {"foreign"} and FOREIGN_OFFICE.search(actor.text))):
        return False  # ("foreign troops"; but "Foreign Trade Minister Michel Noir" holds one state's office)
    if actor.sector in DOMESTIC_SECTORS | ROLE_SECTORS or actor.sector == "LAB":  # ("public sector unions": the
        return True  # home state's)
    if words & BODY_WORDS:
        return True  # "the committee said …": a state's committee, of the sentence or the article
    return bool(words & (GOVERNMENT_WORDS | GROUP_WORDS | PEOPLE_WORDS | COUNTRY_WORDS)) or actor.person


def _namesake_home(actor: Actor | None, head: Token | None, sent_countries: list[str],
                   ctx: ArticleContext, other: Actor | None = None) -> str | None:
    """The state of the story's dateline (or of the article, or of the party it deals with) for a party or
    legislature that a dictionary places in another state by its name alone ("DHAKA - The BNP …": Bangladesh's, not
    Britain's; "LIMA - Congress …": Peru's, not the US Congress; "the BJP accused the Congress": India's), when
    neither its own words nor the sentence name that other state."""
    if actor is None or head is None or actor.sector not in HOME_BODIES or actor.country is None or actor.state or \
            actor.individual or actor.person:
        return None  # (a person named with a party keeps its state: "Ex-Labour MP Frank Dobson")
    home = ctx.dateline_country or ctx.home or (other.country if other is not None and other.sector == "PTY" and
                                                 not other.state and not other.individual else None)
    if home is None or home == actor.country or actor.country in sent_countries or any(
            t.ent_type_ in ("GPE", "NORP") for t in noun_phrase(head)):
        return None
    return home


def fill_countries(source: Actor | None, source_tok: Token | None, target: Actor | None, target_tok: Token | None,
                    sent_countries: list[str], ctx: ArticleContext, located: bool = False,
                    sent_places: list[str] | None = None, trigger: Token | None = None) -> None:
    """Governments, forces, leaders and groups named without their state take the state the sentence (or the
    article, or its dateline) is about, other than the other actor's; rebels facing a state's forces in that
    state's own territory are of that state; whom a court or the police act on is of their state; a capital
    inherited from a former state named in the sentence codes to that state."""
    for actor, head, other in ((source, source_tok, target), (target, target_tok, source)):
        if (home := _namesake_home(actor, head, sent_countries, ctx, other)) is not None:
            actor.country = home  # "DHAKA - The BNP called a strike": Bangladesh's BNP, not Britain's
    for actor, head, other in ((source, source_tok, target), (target, target_tok, source)):
        if actor is not None and actor.country is None and other is not None and other.country and "fellow" in \
                actor.text.lower().split():
            actor.country = other.country  # "apologised to fellow party officials", "his fellow ministers"
            continue
        if actor is not None and actor is target and _own_force(actor, head, source):
            actor.country = source.country  # "Sri Lanka ordered its armed forces to …": the state's own
            continue
        if actor is not None and actor is target and _domestic_subject(actor, head, source, trigger):
            actor.country = source.country  # "the Finance Ministry asked commercial banks to …", "Jordan's
            continue  # government asked banks to comply": a state's own firms and groups
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
            other_tok = target_tok if actor is source else source_tok
            if exclude and {actor.sector, other.sector} & {"REB", "OPP"} and {actor.sector, other.sector} & (
                    STATE_OFFICES | {"REB"}) and other.country in [
                        *_places_besides(sent_places, other_tok, ctx), ctx.dateline_country]:
                exclude = set()  # "militants in Afghanistan negotiated with the Afghan government", "rebels in
                # Nigeria attacked a police patrol": one state's civil conflict
            domestic = next(iter(sent_countries), None) if other is None or not other.state else None
            if actor.sector in ("REB", "CRM") and other is not None and other.sector not in STATE_OFFICES | {
                    "LEG"} and not other.state and not other.thing and named_by_nationality(other_tok):
                domestic = None  # "the Islamic State group beheaded a Japanese hostage", "militants abducted a
                # British aid worker": foreigners taken, not a group of their state
            if actor.sector == "REB" and (where := locative_state(head.sent, ctx)):
                actor.country = where  # "insurgents launched strikes … across Iraq", "killed two militants in the
                continue  # Gaza Strip": armed groups are of the land they fight in, not of the nearest nationality
            if actor is source and located and target is not None and target.country and head.ent_type_ != "PERSON":
                actor.country = target.country  # "ethnic Uzbeks marched in Kyrgyzstan": a group where it acts
                continue
            if actor is target and other is not None and other.violent and other.country:
                if not named_by_nationality(source_tok):
                    actor.country = other.country  # "bombs in Baghdad killed 18 people": people where it struck
                    continue
                exclude = {other.country}  # "American airstrikes killed 44 people": the attacker's, not theirs
            if words_of(actor) & COUNTRY_WORDS and "the" in words_of(actor) and (
                    antecedent := _country_antecedent(head, ctx, exclude)):
                actor.country = antecedent  # "demanded the country withdraw its troops": the state named before
                continue
            if actor is target and other is not None and other.country and other.state and trigger is not None and \
                    trigger.lemma_.lower() in LEGAL_ACTS:
                actor.country = other.country  # "Britain charged eight terror suspects": those a state's law acts on
                continue  # are in its hands (their own nationality, when named, came with their words)
            if actor is target and other is not None and other.country and not other.state and (
                    actor.person or (other.sector in ("JUD", "COP") and not other.individual and (
                        trigger is None or trigger.lemma_.lower() not in EXPULSIONS)) or (
                        other.sector == "GOV" and actor.sector in ("MIL", "COP"))):
                actor.country = other.country  # "a Chilean court summoned the former minister …", "an Israeli
                continue  # military court charged an army officer", "the premier ordered troops …": at home
            if actor.person and head.ent_type_ not in ("NORP", "GPE"):  # "Ms Short": the home state, if any
                facing_home = other is not None and other.state and other.country == ctx.home and \
                    ctx.dateline_country not in (None, ctx.home)  # ("WASHINGTON - Senator Leahy charged Japan" in
                # a story about Japan: the home state is the one he faces; "Kilroy-Silk attacked UK policy" is home)
                actor.country = ctx.home if ctx.home and not facing_home else (
                    ctx.dateline_country if actor.sector == "GOV" and actor.individual and
                    ctx.dateline_country not in exclude else None)
                continue  # ("PARIS - … talks between Foreign Trade Minister Michel Noir and …": an official where
                # the story is filed is of that state, when the article has no home state the other side lacks)
            dateline = ctx.dateline_country if ctx.dateline_country not in exclude and _institution(
                actor, head) else None  # (a dateline is the actor's state only for its institutions and people)
            if actor.organisation and _state_agency(actor):
                actor.country = dateline or ctx.home_state(exclude)  # "… - The Securities and Exchange Commission
                continue  # said it charged a director … in London": the dateline's or the article's own agency, never
                # a place the sentence names
            if actor.sector in HOME_BODIES or words_of(actor) & BODY_WORDS:  # MPs, parties, committees: the
                body = _body_state(head.sent, ctx)  # state of a party or national body the sentence names ("MPs
                home = ctx.home_state(exclude)  # backed the invasion of Iraq in a Commons vote"), else the
                seat = dateline if actor.sector in ("LEG", "JUD") else None  # a legislature or court sits where
                if body or home or seat:  # the story is filed ("WASHINGTON - The Senate urged Japan …"), before a
                    actor.country = body or home or seat  # country the sentence only talks about
                    continue
            if actor is target and other is not None and other.country and other.explicit and actor.sector == "GOV" \
                    and (other.sector in CIVIL_SECTORS | {"BUS"} or (other.sector is None and not other.state)) \
                    and not actor.individual:  # (also a national business group: "Japan's top business group
                # Keidanren urged the government", in a story about trade with the U.S.)
                actor.country = other.country  # "Spanish farmers blocked a border crossing with France in protest
                continue  # against the Socialist government": citizens' own government, not a state named nearby
            if ROLE_SECTORS & {actor.sector} or PEOPLE_WORDS & set(actor.text.lower().split()):
                sent_countries = ctx.sentence_countries(head.sent, near=head.idx)  # ("an Italian aid worker …
                # abducted by local gunmen" in the Philippines: the nearest state)
            sent_countries = [c for c in sent_countries if c in ctx.sentence_countries(head.sent, of_head=head)]
            actor.country = (next((c for c in sent_countries if c not in exclude), None) or ctx.home_state(exclude)
                             or dateline or (domestic if not (other is not None and other.violent and
                                                              domestic in exclude) else None)  # a domestic event:
                             # both sides in one state (not the victims of "Turkish shelling")
                             or (other.country if other is not None and not exclude and other.sector in SOCIETY_SECTORS
                                 else None))  # ("the BMA urged ministers to …": its own state's ministers)
    if _acted_on_at_home(source, target, sent_countries):
        target.country = source.country  # "Turkish police detained 20 journalists", "Bolivia's government yielded to
        # the demands of coca growers": people a state's organ acts on, in a sentence naming no other state
    if target is not None and target.country in former_states() and former_states()[target.country] in sent_countries:
        target.country = former_states()[target.country]


def _acted_on_at_home(source: Actor | None, target: Actor | None, sent_countries: list[str]) -> bool:
    """A person or group with no state of its own words, acted on by a state or its organs (government, forces,
    police, courts) when the sentence names no other state; not an IGO, NGO or company, nor a thing."""
    if target is None or target.country is not None or source is None or not source.country:
        return False
    if target.thing or target.goods or target.sector in ("IGO", "NGO", "BUS") or (
            target.organisation and target.sector not in SOCIETY_SECTORS | {"CVL", "AGR", "REB"}):
        return False
    if not (target.person or target.sector or words_of(target) & (GROUP_WORDS | ACTOR_NOUNS)) or words_of(
            target) & (MULTINATIONAL | COUNTRY_WORDS | {"countries", "nations"}):
        return False  # (a place, "Fallujah", is where; "world leaders", "European leaders", "24 countries" are of
        # many states)
    return (source.state or source.sector in STATE_OFFICES) and set(sent_countries) <= {source.country}


def _places_besides(sent_places: list[str] | None, actor_tok: Token | None, ctx: ArticleContext) -> list[str]:
    """The states where the sentence puts things, less one named only in an actor's own name ("U.S. forces killed
    50 militiamen" is no fight in the United States)."""
    if not sent_places or actor_tok is None:
        return sent_places or []
    phrase = noun_phrase(actor_tok)
    return ctx.sentence_countries(actor_tok.sent, places=True, outside=(phrase.start_char, phrase.end_char))


LEGAL_ACTS = {"arrest", "detain", "charge", "jail", "convict", "sentence", "indict", "imprison", "prosecute",
              "try", "interrogate", "question"}
COUNTRY_WORDS = {"country", "nation"}
CIVILIAN_WORDS = {"people", "civilians", "villagers", "residents", "children", "women", "men", "passengers",
                  "worshippers", "shoppers", "pilgrims", "farmers"}
LOCATIVE = {"in", "across", "inside", "throughout", "near", "around"}  # (not "at": "strikes at US outposts")
PROTEST_SITES = LOCATIVE | {"through", "outside", "at", "of"}  # ("marched through Dhaka", "a sit-in outside parliament
# in Dhaka", "the streets of Dhaka")
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


def named_by_nationality(head: Token | None) -> bool:
    """An attack named with its attacker's nationality ("American airstrikes", "a US missile"), not with a place
    ("a Baghdad car bomb", "the Bali bombing")."""
    return head is not None and any(t.ent_type_ == "NORP" or (t.dep_ == "amod" and actor_country(t.text, "NORP")) or (
        head.lemma_.lower() in WEAPONS and t.dep_ in ("compound", "nmod") and t.ent_type_ == "GPE" and country_of_name(
            t.text)) for t in noun_phrase(head) if t.i < head.i)


WEAPONS = {"missile", "rocket", "strike", "airstrike", "drone", "fire", "gunfire", "shelling", "warplane", "jet",
           "helicopter", "artillery", "bomber", "shell"}  # (a state's arms: "a US missile", "UK air strikes")


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


def _locative(tok: Token, where: set[str] = LOCATIVE) -> bool:
    """A place word inside an "in/across/near … X" phrase (where something happens)."""
    for _ in range(3):
        if tok.dep_ == "prep":
            return tok.lower_ in where
        if tok.head.i == tok.i:
            return False
        tok = tok.head
    return False


def locative_state(sent: Span, ctx: ArticleContext, where: set[str] = LOCATIVE) -> str | None:
    """The state of the first place the sentence puts its action in ("across Iraq", "in the northern Gaza Strip",
    "in the Baghdad slum of Sadr City")."""
    for m in ctx.mentions_in(max(sent.start_char, ctx.dateline_end), sent.end_char):
        if m["label"] not in ("GPE", "LOC", "FAC"):
            continue
        span = ctx.doc.char_span(m["start_char"], m["end_char"], alignment_mode="expand")
        code = m.get("country_code") or actor_country(m["text"], m["label"]) or region_country(m["text"])
        if span is not None and code and _locative(span.root, where):  # (also "in the Darfur region")
            return code
    return None


SOCIETY_SECTORS = {"LAB", "BUS", "HLH", "EDU", "MED", "PTY", "OPP"}  # a union, business group or party facing "the
# government" faces its own state's
CIVIL_SECTORS = SOCIETY_SECTORS | {"AGR", "CVL"}  # and farmers, and citizens
LOCAL_WORDS = {"council", "councils", "councillor", "councillors", "local", "mayor", "borough", "county"}


BODY_WORDS = {"committee", "commission", "panel", "tribunal", "inquiry"}
AGENCY_WORDS = {"commission", "department", "agency", "ministry", "bureau", "administration", "authority", "office",
                "service", "board", "inspectorate", "directorate"}


def _state_agency(actor: Actor) -> bool:
    """A state agency by the words of its name that no dictionary holds ("the Securities and Exchange Commission",
    "the Agriculture Department"): of the sentence's or the article's state, like a committee, not a body of no
    state like an IGO or a company."""
    return actor.sector in ("GOV", "JUD", "COP", "SPY") and bool(words_of(actor) & AGENCY_WORDS) and \
        organisation(actor.text) is None


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
