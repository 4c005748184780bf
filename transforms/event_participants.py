"""Who did what to whom: `source_and_targets` finds a trigger's source token and candidate target tokens in the
parse (subject or agent, objects, prepositional objects, clausal complements; a nominal trigger's possessor or its
light verb's subject), and the fallbacks used when those name no actor: the makers of a passive act's means
(`instrument_source`), the place where it happened (`place_target`) and the people a force act's participle names
(`participle_victims`). `pick_target` chooses the target among the candidates.
"""
from __future__ import annotations

from spacy.tokens import Token

from transforms.actors import POLITICAL_SECTORS, agent_sector
from transforms.event_actors import ARMED_SECTORS, GOVERNMENT_WORDS, VIOLENT_ACTS, Actor, _thing, human, resolve_actor
from transforms.event_context import ArticleContext
from transforms.event_filters import political, state_weapon
from transforms.event_lexicon import CONDITIONS, lookup, object_classes
from transforms.event_nominals import ON_DUTY
from transforms.gazetteer import country_of_name
from transforms.syntax import agent_of, passive_subject, prep_objects, reduced_passive, subject_of

TARGET_PREPS = {"against", "on", "with", "to", "toward", "towards", "from", "at", "into", "for", "between", "of",
                "upon", "over", "behind", "down"}  # ("rallied behind the president", "voted down the bill", parsed as a
# preposition)


CALLS = frozenset({"telephone", "phone", "videoconference", "video", "link", "videolink", "call"})
SPANS = frozenset({"round", "day", "week", "month", "hour", "night", "session"})
TALKS = frozenset({"talk", "negotiation", "meeting", "consultation", "discussion", "summit"})
MEDIATING = {"mediate", "broker", "arbitrate", "intercede", "intervene"}
HANDING_ON = {"pass": "to", "hand": "to", "transfer": "to", "share": "with", "leak": "to", "forward": "to",
              "ship": "to", "send": "to", "deliver": "to", "supply": "to", "airlift": "to", "provide": "to",
              "disburse": "to"}
# (what a transfer of records, data or goods names its receiver with)


def _receiver(tok: Token, obj: Token) -> list[Token]:
    """Whom records, data or goods are handed on to, when the parser hung the "to"/"with" phrase inside the object
    ("passed details of the bomb plot to the Garda", "shared recordings of the killing of X with Saudi Arabia",
    "shipped 50,000 tonnes of rice and fertiliser to North Korea")."""
    prep = HANDING_ON.get(tok.lemma_.lower())
    if prep is None or any((c.dep_ == "prep" and c.lower_ == prep) or c.dep_ == "dative" for c in tok.children):
        return []  # (named already: "handed Washington recordings related to the killing")
    phrases = [t for t in obj.subtree if t.dep_ == "prep" and t.lower_ == prep and t.i > obj.i and t.head.i != obj.i]
    return [g for t in phrases if t.head.pos_ in ("NOUN", "PROPN") or (len(phrases) > 1 and t is phrases[-1])
            for g in t.children if g.dep_ == "pobj"]  # (not "records linked to the late ruler", unless a second
    # "to" follows: "handed over records linked to the late ruler to Nigerian investigators")


def source_and_targets(tok: Token) -> tuple[Token | None, list[Token]]:
    if tok.pos_ == "VERB" and tok.lemma_.lower() == "receive" and not any(
            c.dep_ == "dobj" and human(c) for c in tok.children):  # "X received weapons from Y": Y gives to X (not
        # "X received the Algerian foreign minister": a visit hosted)
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
        passive = passive or reduced_passive(tok)
        if passive is None and tok.tag_ == "VBN" and tok.dep_ in ("advcl", "acomp", "oprd", "xcomp") and \
                tok.head.lemma_.lower() in ("stand", "remain") and not any(c.dep_ == "dobj" for c in tok.children):
            passive = subject_of(tok.head)  # "Tony Blair stood accused of …": Blair is the one accused
        if passive is None and tok.dep_ == "acl" and tok.tag_ in ("VBN", "VBD") and tok.head.pos_ in ("NOUN", "PROPN") \
                and not any(c.dep_ in ("nsubj", "dobj") for c in tok.children) and not _calls_on(tok):
            passive = tok.head  # "five Palestinians killed in the Israeli operation": the ones killed (not "the
            # party called on the president to resign", the parser having hung the verb on its subject)
        source = agent_of(tok) if passive is not None else subject_of(tok)
        if source is None and passive is None and tok.dep_ == "xcomp":
            source = passive_subject(tok.head)  # "the minister was forced to resign": the minister resigns
        if source is None and passive is None and tok.dep_ == "pcomp" and tok.head.lower_ in GERUND_PREPS:
            governor = tok.head.head  # "responded by accusing the minister", "joined the campaign after rejecting
            while governor.pos_ in ("NOUN", "PROPN") and governor.dep_ in ("attr", "dobj", "pobj", "prep") and \
                    governor.head.i != governor.i:
                governor = governor.head  # ("is a late recruit to the campaign after rejecting …": the one who is)
            source = subject_of(governor) if governor.pos_ in ("VERB", "AUX") else None  # overtures from X"
        if passive is None and tok.dep_ == "acl" and tok.tag_ == "VBG" and tok.head.dep_ == "pobj" and \
                tok.head.head.lower_ in ("by", "of", "among") and not _thing(tok.head):
            source = tok.head  # "a strike by Belgian public employees protesting against a pay offer": they protest
        elif passive is None and tok.dep_ == "acl" and tok.tag_ == "VBG" and (
                _thing(tok.head) or tok.head.dep_ == "pobj"):
            governor = tok.head.head.head if tok.head.dep_ == "pobj" else tok.head.head
            source = subject_of(governor) if governor.pos_ in ("VERB", "AUX") else None  # "unveiled a poster
            # accusing the government", "wrote to the watchdog accusing Labour": the one who did so
        objects = [c for c in tok.children if c.dep_ in ("dobj", "obj", "attr") or (
            c.dep_ == "ccomp" and c.pos_ in ("PROPN", "NOUN") and c.i > tok.i and not any(
                g.dep_ in ("nsubj", "nsubjpass", "aux", "mark") for g in c.children))]  # ("criticised Tunisian
        # President Kais Saied on Friday over …", misparsed as a clause: the object)
        for obj in list(objects):  # "demanded the dismissal of the governor": the one asked to act
            if obj.lemma_.lower() in ACT_ON and tok.lemma_.lower() not in DISCUSSING:
                objects[:0] = [o for p, o in prep_objects(obj, {"of"})]  # ("negotiated the return of X": X is the
                # topic, not the other side)
            if obj.lemma_.lower() in ASKED_BY:  # "accepted demands from the striking miners": the one who asked
                objects[:0] = [o for p, o in prep_objects(obj, {"from", "by"})]
        targets = ([passive] if passive is not None else []) + [o for p, o in prep_objects(tok, TARGET_PREPS)
                                                                 if p in ("against", "to", "on", "with", "toward",
                                                                          "towards", "at", "into", "upon", "behind",
                                                                          "down")
                                                                 and not (p == "on" and o.lemma_.lower() in OCCASIONS)]
        targets += objects + [o for p, o in prep_objects(tok, TARGET_PREPS) if p in ("from", "for", "over")]
        if tok.lemma_.lower() in MEDIATING:  # "mediated between Israel and Hamas": the sides, the first for the dyad
            targets[:0] = [g for p, o in prep_objects(tok, {"between"}) for g in (o, *o.conjuncts)]
        agreements = [o for o in objects if o.lemma_.lower() in object_classes()["@agreement"]]
        if agreements:
            topics = {o.i for p, o in prep_objects(tok, {"on"})} | {o.i for obj in objects for p, o in prep_objects(
                obj, {"on"})}  # "signed a deal on China-UK tourism": what it is about, not with whom
            partners = [g for a in agreements for t in a.subtree if t.dep_ == "prep" and t.lower_ == "with"
                        for g in t.children if g.dep_ == "pobj"]  # "a deal on investment with Tanzania"
            targets = partners + [t for t in targets if t.i not in topics and not (partners and t in agreements)]
        restrictions = object_classes()["@restriction"]
        for obj in objects:  # "send athletes to Moscow", "the import of materials from a company in Xinjiang"
            targets[:0] = _receiver(tok, obj) + [c for c in obj.children if obj.lemma_.lower() == "access" and
                                                  c.dep_ in ("compound", "nmod") and (
                human(c) or c.lemma_.lower() in object_classes()["@access"])]
            # ("granted UN inspectors access to the reactor", the parser having made the inspectors a compound)
            targets += [o for p, o in prep_objects(obj, TARGET_PREPS) if p in ("to", "from", "against", "of")]
            held = [obj, *obj.conjuncts, *(o for p, o in prep_objects(obj, {"of"}))]  # ("most of its sanctions")
            targets += [o for r in held if r.lemma_.lower() in restrictions
                        for p, o in prep_objects(r, {"on", "against"})]  # "imposed a travel ban and a freeze on …"
            targets += [g for t in obj.subtree if t.dep_ == "prep" and t.lower_ == "from" and t.i > obj.i
                        for g in t.children if g.dep_ == "pobj"]
        targets += [g for p, o in prep_objects(tok, {"by"}) if o.lemma_.lower() in CALLS
                    for q, g in prep_objects(o, {"with", "to"})]  # ("spoke by telephone with Rouhani")
        comps = [c for c in tok.children if c.dep_ in ("xcomp", "ccomp")]
        targets[:0] = [g for v in [tok, *(c for c in comps if c.dep_ == "xcomp")] for p, o in prep_objects(
            v, {"in", "during", "at"}) if o.lemma_.lower() in TALKS for q, g in prep_objects(o, {"with"})]
        # ("agreed in talks with the U.S. to amend its laws", "agreed to discuss Afghanistan in its talks with
        # Peking": the partner first)
        comps += [g for c in comps if c.dep_ == "xcomp" for g in c.children if g.dep_ == "xcomp"]  # ("threatened
        for comp in comps:  # to try to exclude Tokyo from the talks")
            if comp.dep_ == "ccomp":  # "demanded that Peru expel …": the one asked is the clause's subject
                targets += [c for c in comp.children if c.dep_ in ("nsubj", "nsubjpass")]
            targets += [c for c in comp.children if c.dep_ == "dobj"]
            targets += [o for p, o in prep_objects(comp, TARGET_PREPS) if p in ("to", "against", "with", "on")]
            if tok.lemma_.lower() in THREATS:  # ("threatened to take military action against Syria": whom the act
                targets += [o for d in comp.children if d.dep_ == "dobj" for p, o in prep_objects(d, {"against"})]
                # is against; not "asked followers to mount an attempt against X": the followers are asked)
        targets = [w for t in targets if t.lemma_.lower() not in restrictions or t.dep_ != "dobj" or human(t)
                   for w in (_emergency_place(t) if _emergency(t) else [t])]
        # (a state of emergency is no state: it acts on the place it is in, where one is named)
        # (a curfew or ban imposed or lifted is no one acted on: "imposed a curfew in Srinagar"; those it is "on" are)
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
    by = next((o for p, o in prep_objects(tok, {"by"})), None) or _asker(tok) or next((  # ("a request from the
        g for _, o in prep_objects(tok, {"of"}) for _, g in prep_objects(o, {"by"})), None)  # Soviet Union"; "the
    # expulsion of two diplomats by Poland", the parser hanging "by" on the ones expelled)
    if by is None and tok.lemma_.lower() in STANDING_DOWN:  # "the demobilisation of the Tajik opposition
        by = next((o for p, o in prep_objects(tok, {"of"})), None)  # fighters": they stand down
    source = own or by
    if source is None:  # "the sanctions that X imposed", else the light verb's subject ("organized a strike")
        light = tok.head if tok.dep_ in ("dobj", "pobj", "nsubjpass") else None
        if light is not None and light.dep_ == "prep":
            light = light.head
            if light.pos_ == "NOUN" and light.lemma_.lower() in SPANS and light.dep_ in ("dobj", "nsubjpass") and \
                    light.head.pos_ == "VERB":
                light = light.head  # "held a new round of talks", "staged two days of strikes": the verb's subject
            elif light.pos_ == "NOUN" and light.lemma_.lower() in SPANS and light.dep_ == "pobj" and \
                    light.head.lower_ == "into" and light.head.head.pos_ == "VERB":
                light = light.head.head  # ("went into a fourth day of negotiations")
        relcl = next((c for c in tok.children if c.dep_ == "relcl"), None)
        for governor in (relcl, light):
            passive_light = governor is light and light is not None and (tok.dep_ == "nsubjpass" or any(
                c.dep_ in ("auxpass", "nsubjpass") for c in light.children))  # ("agreements had been struck", he
            subject = subject_of(governor) if governor is not None and governor.pos_ in ("VERB", "AUX") and not \
                passive_light else None  # said; "were wounded in a rocket attack, police said": not the police)
            if subject is None and passive_light:
                subject = agent_of(light)  # "no arrests have been made by the police"
            if subject is None and passive_light and tok.dep_ == "pobj" and tok.head.lower_ == "on" and \
                    tok.lemma_.lower() in ON_DUTY:
                subject = passive_subject(light)  # "the army was put on alert": the army is on alert
            if subject is not None and not (subject.tag_ in ("WDT", "WP") and governor is relcl):
                source = subject
                break
    targets = [o for p, o in prep_objects(tok, TARGET_PREPS)]
    if tok.lemma_.lower() in INQUIRIES:
        targets += _accused_in(tok)
    if tok.lemma_.lower() in VISITS and tok.dep_ == "pobj" and tok.head.lower_ in ("for", "on") and \
            tok.head.head.lemma_.lower() in ARRIVALS:  # "arrived in Kuwait for a two-day visit": the host
        targets += [o for p, o in prep_objects(tok.head.head, {"in", "to", "at"})]
    if tok.dep_ == "dobj" and tok.head.pos_ == "VERB":  # "filed suit against Gazprom", "issued an apology to X"
        targets += [o for p, o in prep_objects(tok.head, {"against", "to", "with"})]
        if by is not None and by.head.lower_ == "from" and tok.head.lemma_.lower() in HANDLING and (
                receiver := subject_of(tok.head)) is not None:
            targets.append(receiver)  # "the UN received an appeal from Sudan": the one asked
    if died_in(tok) and (victims := subject_of(tok.head.head)) is not None:
        side = own or next((o for p, o in prep_objects(tok, {"with", "by"})), None)  # ("died in clashes with
        # police", "died in an Israeli air raid")
        return side, [victims] + [t for t in targets if t is not side]  # "18 rebels died in the clash": those
        # who died, not those who fought
    return source, targets


def _emergency(tok: Token) -> bool:
    return tok.lemma_.lower() == "state" and any(o.lemma_.lower() in ("emergency", "siege", "alert")
                                                 for p, o in prep_objects(tok, {"of"}))


def _emergency_place(state: Token) -> list[Token]:
    """ "a state of emergency in West Darfur": West Darfur."""
    return [o for p, o in prep_objects(state, {"in"})] + [
        o for _, e in prep_objects(state, {"of"}) for p, o in prep_objects(e, {"in"})]


def _accused_in(inquiry: Token) -> list[Token]:
    """ "opened an inquiry into alleged war crimes by Libyan forces", "an investigation into kickbacks paid to the
    governor": those whose conduct is investigated (the one it is "by" first), not the conduct."""
    heads = [inquiry] + ([inquiry.head] if inquiry.dep_ == "dobj" and inquiry.head.pos_ == "VERB" else [])
    whether = [c for h in heads for p in h.children if p.dep_ == "prep" and p.lower_ == "into" for c in p.children
               if c.dep_ == "pcomp"]  # ("a probe into whether the president steered contracts to his allies")
    found: list[Token] = [t for c in whether for t in c.children if t.dep_ == "nsubj" and human(t)]
    for conduct in [o for h in heads for p, o in prep_objects(h, {"into"})] + whether:
        inside = [t for t in conduct.subtree if t.dep_ == "pobj" and t.head.dep_ in ("prep", "agent")]
        found += [conduct] if human(conduct) else []
        found += [t for t in inside if t.head.lower_ == "by"] + [t for t in inside if t.head.lower_ in (
            "of", "to", "against", "on")] + [t for t in inside if t.head.lower_ == "in" and t.ent_type_ == "ORG"]
        # ("into antisemitism in the Labour Party")
        found += [t for t in conduct.subtree if t.dep_ in ("poss", "nsubj") and human(t)]  # ("into allegations
        # that the former minister favoured certain companies")
    if len(heads) > 1:
        found += [o for p, o in prep_objects(heads[1], {"by"}) if human(o)]  # ("opened an investigation into money
        # laundering by the Abacha family", the parser hanging "by" on the verb)
    return found


ACT_NOUNS = {"end", "uprising", "violence", "support", "issue", "question", "matter", "process", "rebellion",
             "insurgency", "revolt", "pullout", "centre", "center", "permission", "right", "access"}


def an_act(tok: Token, actor: Actor, owned_too: bool = False) -> bool:
    """An act or a thing done, owned by no one in its words ("an uprising in Najaf", "support on the Iraq issue",
    "reception centres in Africa"): no actor, though a place in it names a state (`owned_too`: also an owned one,
    as the one acting: "an Israeli pullout" holds no meeting)."""
    if actor.violent or tok.lemma_.lower() not in ACT_NOUNS:
        return False  # (a nominal trigger keeps its state: "assistance to the US-led war", "air strikes killed")
    return owned_too or (not any(c.dep_ in ("poss", "amod", "compound", "nmod") and c.ent_type_ in (
        "NORP", "GPE", "ORG", "PERSON") for c in tok.children) and not prep_objects(tok, {"by"}))
OCCASIONS = {"visit", "trip", "tour", "occasion", "day", "basis", "way", "return", "eve", "anniversary", "behalf",
             "arrival", "journey", "mission", "holiday"}  # "met Mr Blair on his first visit to London": when
GERUND_PREPS = {"by", "after", "before", "since", "while", "upon", "on", "when"}
DISCUSSING = {"negotiate", "discuss", "debate", "consider", "welcome", "praise", "hail", "applaud", "investigate"}
ACT_ON = {"resignation", "removal", "release", "withdrawal", "return", "ouster", "arrest", "extradition",
          "dismissal", "expulsion", "departure", "surrender", "trial", "prosecution"}
DYING = {"die", "perish"}
ASKED_BY = {"demand", "request", "appeal", "call", "offer", "proposal", "invitation", "plan", "ultimatum", "plea"}
HANDLING = {"receive", "get", "review", "consider", "accept", "reject", "refuse", "grant", "approve", "deny", "study",
            "examine", "welcome", "answer", "ignore", "rebuff", "turn", "weigh", "heed"}  # what the one asked does


def died_in(act: Token) -> bool:
    """ "18 rebels died in the clash": the act is the object of "in" on a verb of dying (whose subject is the
    victim)."""
    return act.dep_ == "pobj" and act.head.lower_ == "in" and act.head.head.lemma_.lower() in DYING


def _asker(act: Token) -> Token | None:
    """Who made a request, demand or offer named with "from" ("reviewing a request from the Soviet Union"), not a
    city it came from ("issued an appeal from Geneva")."""
    if act.lemma_.lower() not in ASKED_BY:
        return None
    return next((o for _, o in prep_objects(act, {"from"}) if not _a_city(o)), None)


def _a_city(tok: Token) -> bool:
    """A place name that is no state's ("Geneva", not "the Soviet Union")."""
    name = next((e for e in tok.doc.ents if e.start <= tok.i < e.end), None)
    return name is not None and name.label_ == "GPE" and country_of_name(name.text) is None


FIGHTING = {"clash", "fighting", "battle", "firefight", "gunbattle", "shootout", "skirmish", "exchange"}
MEANS = VIOLENT_ACTS | FIGHTING | {"strike", "strikes", "airstrike", "fire", "operation", "offensive", "crackdown",
                                  "gunfire", "assault", "barrage", "bombardment", "incursion", "drone", "shell",
                                  "attacks", "raids"}


def instrument_source(trigger: Token, ctx: ArticleContext) -> tuple[Token | None, Actor | None]:
    """ "died in Turkish drone strikes": the state named in the means of a passive act."""
    verbs = (trigger, *(c for c in trigger.children if c.dep_ == "conj" and c.pos_ == "VERB"))
    if trigger.lemma_.lower() in EXCLUDING:  # "was expelled from the Labour party", "two diplomats were expelled
        for _, body in prep_objects(trigger, {"from"}):  # from Poland": the body or state that put them out
            actor = resolve_actor(body, ctx)
            if actor is not None and (actor.sector in MEMBERSHIP_BODIES or (actor.country and body.ent_type_ == "GPE")):
                return body, actor
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
        if actor is not None and (actor.sector in {"REB", "CRM"} | ({"MIL"} if clause.lemma_.lower() in HOSTILE_VERBS
                                                                     else set()) or (
                state_weapon(actor) and clause.lemma_.lower() in HOSTILE_VERBS | {"strike", "hit"})):
            return subject, actor  # (also "when an Israeli drone struck his car": the state that fired it)
    return None, None


def _calls_on(tok: Token) -> bool:
    """ "called on X to …", "appealed to X to …" with no agent: an active call, whatever the parse."""
    return tok.lemma_.lower() in ("call", "appeal") and not any(c.dep_ == "agent" for c in tok.children) and any(
        human(o) for _, o in prep_objects(tok, {"on", "upon", "to"})) and any(
        c.dep_ in ("advcl", "xcomp") and any(a.lower_ == "to" for a in c.children) for c in tok.children)


THREATS = {"threaten", "warn", "vow", "pledge", "promise"}
STANDING_DOWN = {"demobilisation", "demobilization", "disarmament", "pullout", "pull-out"}
EXCLUDING = {"expel", "suspend", "exclude", "eject", "bar", "ban", "oust"}
MEMBERSHIP_BODIES = {"PTY", "IGO", "LEG", "GOV", "JUD"}  # (not "suspended from the club": a sports club's is no event)
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


def place_target(trigger: Token, ctx: ArticleContext) -> tuple[Token | None, Actor | None]:
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
            if actor is not None and actor.thing and not place_like(pobj):
                continue  # ("marched in protest against price rises", "imposed sanctions in retaliation for …":
                # how or why, not where)
            if actor is not None and actor.country and actor.sector != "JUD" and not actor.violent:  # ("filed
                # suit in a Texas court": the court is where, not whom; "wounded seven in a grenade attack": how)
                return pobj, actor
    return None, None


PLACE_NOUNS = {"village", "town", "city", "camp", "area", "district", "neighbourhood", "neighborhood", "region",
               "province", "building", "house", "home", "mosque", "church", "temple", "school", "market", "station",
               "office", "compound", "base", "checkpoint", "street", "hospital", "prison", "jail", "stronghold",
               "settlement", "border", "headquarters", "embassy", "consulate", "outpost", "post", "site"}


def place_like(tok: Token) -> bool:
    """A place named as what a force act hit: a country, town or venue ("the town of Baidoa", "a refugee camp")."""
    return tok.ent_type_ in ("GPE", "LOC", "FAC") or tok.lemma_.lower() in PLACE_NOUNS or tok.lower_ in PLACE_NOUNS


def participle_victims(trigger: Token, ctx: ArticleContext) -> tuple[Token, Actor] | None:
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
            entry = lookup(clause)
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


def attacker_named(attack: Token) -> bool:
    """An attack named with the state or group that made it ("Israeli air raids", "Russia's bombing")."""
    return any(c.dep_ in ("amod", "compound", "poss", "nmod") and c.ent_type_ in ("NORP", "GPE", "ORG")
               for c in attack.children)


def irregular_word(tok: Token) -> bool:
    """A word for an armed group that holds ground ("rebel", "insurgent", "militia"), not for a state's force (a
    police station is the police's, not held against them)."""
    return agent_sector([tok.lower_]) == "REB" or tok.lemma_.lower() in IRREGULAR_WORDS


IRREGULAR_WORDS = {"rebel", "insurgent", "militant", "guerrilla", "militia", "gunman", "separatist", "maoist",
                   "taliban", "fighter"}


def pick_target(source: Actor | None, candidates: list[tuple[Token, Actor]],
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
        if actor.country and actor.country != src and not (actor.thing and not candidates[0][1].thing):
            return tok, actor  # (not a thing over an actor: "asked GATT to investigate the legality of Japanese
            # import controls" is aimed at GATT)
    return candidates[0]




def threatened_party(trigger: Token, source: Actor | None, ctx: ArticleContext) -> tuple[Token, Actor] | None:
    """Whom a threat is aimed at when it names no one: the actor whose act the condition is about ("threatened
    tariffs unless Washington dropped its duties", "threatened a general strike if the government pressed ahead with
    privatisation", "said it would halt deliveries unless Kiev paid")."""
    for verb in [trigger] + [c for c in trigger.children if c.dep_ in ("xcomp", "ccomp")]:
        for clause in (c for c in verb.children if c.dep_ == "advcl"):
            if not any(m.dep_ == "mark" and m.lower_ in CONDITIONS for m in clause.children):
                continue
            subject = subject_of(clause)
            actor = resolve_actor(subject, ctx) if subject is not None and subject.pos_ != "PRON" else None
            if political(actor) and (source is None or actor.text != source.text):
                return subject, actor
    return None
