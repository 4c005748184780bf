"""PLOVER events from a parsed article: trigger, source and target actors, modality, date, location.

Triggers come from `data/event_lexicon.csv` (verbs, and nouns that carry their own actors or sit under a
light verb). Actors are the trigger's subject/agent and object/prepositional objects, resolved to entity
mentions and countries (a government, its leader, its spokesperson, its capital or institutions all code
to that country). Pure over a spaCy `Doc` and the article's mention rows.

This module codes the triggers and builds the rows (`event_rows`, `_code_trigger`); the rules it applies live in
`event_lexicon` (trigger senses), `event_modality` (negated, hypothetical, intended), `event_context` (the article
and its dateline), `event_participants` (source and target tokens), `event_actors` (who an actor is),
`event_countries` (states for actors named without one) and `event_filters` (what codes no event).
"""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import replace
from datetime import date

from spacy.tokens import Doc, Span, Token

from transforms.actors import agent_sector, party_in
from transforms.entities import doc_text
from transforms.event_actors import (
    ARMED_SECTORS,
    INSTRUMENTS,
    STATE_OFFICES,
    VIOLENT_ACTS,
    Actor,
    human,
    resolve_actor,
    thing_owner,
)
from transforms.event_business import business_act
from transforms.event_columns import calibrated_confidence
from transforms.event_context import ArticleContext, after_dateline
from transforms.event_countries import PROTEST_SITES, fill_countries, locative_state, named_by_nationality
from transforms.event_filters import (
    OPINION_VERBS,
    abstract_subject,
    accident,
    actor_checked,
    background,
    civil_group,
    company,
    discarded_story,
    figurative_aid,
    forces_named,
    inanimate_subject,
    justification,
    no_act_promised,
    not_news,
    not_reportable,
    own_body,
    political,
    quoted_tokens,
    standing_stance,
    statement,
)
from transforms.event_headline import headline_end
from transforms.event_lexicon import (
    FUTURE,
    LABOUR_STRIKE_WORDS,
    SPELLS,
    TELLING,
    Trigger,
    condition_clause,
    conditional_coercion,
    hyphenated,
    joint,
    lexicon_positions,
    lookup,
    named_state_doer,
    object_classes,
    ultimatum,
    undertaking,
)
from transforms.event_modality import MODALS, REPORTING, conditional, intends, modality, negated, obliged
from transforms.event_nominals import MEETINGS, reported_nominal
from transforms.event_participants import (
    an_act,
    attacker_named,
    died_in,
    instrument_source,
    irregular_word,
    participle_victims,
    pick_target,
    place_like,
    place_target,
    source_and_targets,
    threatened_party,
)
from transforms.event_protests import (
    crowd_act,
    crowd_demanding,
    protest_targets,
    protesters_government,
    without_protest_demands,
)
from transforms.event_rescues import freed_from_others
from transforms.event_targets import act_target, done_to, holder, purpose_objects
from transforms.gazetteer import country_of_name, is_capital
from transforms.ids import stable_id
from transforms.syntax import agent_of, passive_subject, prep_objects, reduced_passive, subject_of

REFUSALS = {"refuse", "decline"}
FORCE = {"ASSAULT", "COERCE", "SANCTION"}
TRADE_FLOWS = {"export", "import", "shipment", "delivery", "supply", "sale", "production", "output", "trade",
               "flight", "loading"}
SPOKEN = {"CONSULT", "AGREE", "ACCUSE", "REJECT"}  # acts of talk: where is never whom (but "sought refuge in
# Germany" asks Germany, "opened an embassy in Tehran" supports Tehran)
COOPERATIVE = {"AID", "COOPERATE", "SUPPORT", "RETREAT", "CONCEDE"}


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
        if first == stop or not_reportable(sent):  # no lexicon word: nothing to code in this sentence
            continue
        if headline is not None and sent.end_char <= headline:
            continue  # the headline line opening the body (the title, in headline grammar) is not coded
        ctx.paragraph_dateline(sent)
        sent_countries = ctx.sentence_countries(sent)
        found: list[tuple[int, Token, dict]] = []
        statements: list[int] = []
        quoted = quoted_tokens(sent)
        for tok in (doc[i] for i in positions[first:stop]):
            if tok.i in quoted or background(tok) or not_news(tok):
                continue
            coded = _code_trigger(tok)
            if coded is None:
                continue
            etype, mod, trigger = coded
            if mod == "asserted" and tok.pos_ == "NOUN" and not reported_nominal(tok) and not _talks_refused(tok):
                continue  # "in the aftermath of the U.S. attack": a mention, not a report (an act to come stays)
            aid_cut = etype == "SANCTION" and tok.pos_ == "NOUN" and trigger.i == tok.head.i and \
                trigger.lemma_.lower() in STOPPING  # ("halted loans to Kenya": the verb, not the aid)
            if etype == "RETREAT" and freed_from_others(trigger):
                continue  # a rescue or a jailbreak, not the captor letting go ("freed hostages held by rebels")
            if justification(trigger):  # a statement: coded as nothing, but deeper triggers stay background
                statements.append(prominence(tok))
                continue
            source_tok, target_toks = source_and_targets(trigger)
            if source_tok is not None and source_tok.idx < ctx.dateline_end:
                source_tok = after_dateline(source_tok, ctx) or source_tok  # ("UNITED NATIONS (Reuters) - The
                # United States and China held talks": the United States, with China)
            if etype == "REQUEST" and obliged(trigger):
                target_toks = [source_tok] if source_tok is not None else []
                source_tok = subject_of(trigger.head)
            source = resolve_actor(source_tok, ctx) if source_tok is not None else None
            if source_tok is not None and (placer_tok := _placed_by(source_tok)) is not None and (
                    placer := resolve_actor(placer_tok, ctx)) is not None:
                source_tok, source = placer_tok, placer  # "a roadside bomb planted by Taliban insurgents killed …"
            if source is not None and an_act(source_tok, source, owned_too=True):
                source = None  # "after an Israeli pullout held a meeting": a misparse, an act meets no one
            reduced = trigger.pos_ == "VERB" and reduced_passive(trigger) is not None
            if source is None and trigger.pos_ == "VERB" and (passive_subject(trigger) is not None or reduced or (
                    trigger.dep_ == "acl" and target_toks and target_toks[0].i == trigger.head.i)):
                source_tok, source = instrument_source(trigger, ctx)
            if source is None and etype in STATE_DEEDS and (
                    speaker := _official_speaker(trigger, etype, ctx)) is not None:
                source_tok, source = speaker  # "Home Secretary Charles Clarke has said detainees will not be freed":
                # what the state will or will not do to them, told by its own office
            if etype == "ASSAULT" and trigger.lemma_.lower() == "hit" and source is None:
                continue  # "was hit by the slurry", "has been hit by rising fuel costs": no attacker named
            if etype == "ASSAULT" and trigger.lemma_.lower() in ("use", "hold") and any(
                    a.pos_ == "NOUN" and a.lemma_.lower() in ALLEGED for a in trigger.ancestors):
                continue  # "hit back at Labour claims he had used Mrs Dixon as a human shield": what is alleged
            if etype == "ASSAULT" and trigger.lemma_.lower() == "claim":
                if not any(g.lemma_.lower() in CLAIMED_ACTS or ((e := lookup(g)) is not None and e.type == "ASSAULT")
                           for o in trigger.children if o.dep_ == "dobj" for _, g in prep_objects(o, {"for"})):
                    continue  # ("claimed responsibility for the leaflets": no attack)
                target_toks = []  # "claimed responsibility for the bombing": no one the claim is aimed at
            if etype == "SUPPORT" and trigger.lemma_.lower() == "put":
                target_toks = [t for t in target_toks if t.head.lower_ != "to"]  # "put their signatures to a pact
                # in Dakar": the document signed, not a partner
            if etype == "COOPERATE":  # "began working alongside state officials": the partner (fighting alongside
                partners = [o for _, o in prep_objects(trigger, {"alongside"})]  # allies attacks no one)
                target_toks = partners + [t for t in target_toks if t.head.lower_ != "against"] if partners else \
                    target_toks  # (not whom they work against: "alongside state officials against illegal miners")
            if etype == "ASSAULT" and trigger.pos_ == "NOUN" and trigger.dep_ == "dobj":  # "launched an offensive
                target_toks += [o for p, o in prep_objects(trigger.head, {"on", "against"})]  # on rebel-held towns"
            classes = object_classes()
            target_toks = [holder(t, irregular_word) or (thing_owner(a) if a is t else None) or a for t in target_toks
                           if (a := act_target(t, classes)) is not None and not done_to(t, target_toks, classes)]
            # ("stormed rebel-held towns"; "backed the invasion of Iraq" is not aimed at Iraq)
            candidates = [(t, a) for t in target_toks if (a := resolve_actor(t, ctx)) is not None and not (
                a.violent and not attacker_named(t)) and not an_act(t, a)]  # (an attack stands for its attacker,
            # "complained over Israeli air raids", not for its victim: "arrested over the attack on the Australian
            # embassy"; an act or a thing done is no target: "appealed for an end to the violence")
            if not candidates:  # "launched an offensive to end a siege by X": those the purpose is aimed at
                candidates = [(h, a) for o in purpose_objects(trigger) if (h := holder(o, irregular_word)) is not None
                              and (a := resolve_actor(h, ctx)) is not None]
            others = [c for c in source_tok.conjuncts if c.idx >= ctx.dateline_end] if source_tok is not None else []
            # (the coordinated actors, never the dateline's place: "PARIS, March 5 - France and Yugoslavia agreed")
            if source is None and others:
                source = resolve_actor(others[0], ctx)
            if etype == "PROTEST":  # ("took to the streets of Belgrade": no target; "a strike to force the government
                candidates = protest_targets(trigger, candidates, ctx)  # to reverse …": the government)
            if not candidates and etype == "CONCEDE":  # "bowing to weeks of protests by farmers": the protesters
                candidates = [(t, a) for t in _pressed_by(trigger) if (a := resolve_actor(t, ctx)) is not None]
            if etype in ("ASSAULT", "COERCE") and trigger.pos_ == "VERB":  # the one acted on before the
                candidates.sort(key=lambda c: c[0].dep_ not in ("dobj", "nsubjpass"))  # destination ("deported
                # the Canadian citizen to Syria")
            elif etype in ("ASSAULT", "COERCE", "SANCTION") and trigger.pos_ == "NOUN":  # ("the deportation of Abu
                candidates.sort(key=lambda c: not (c[0].head.lower_ == "of" and c[0].head.head.i == trigger.i))
                # Qatada to Jordan": the one deported, not where to)
            if etype == "COOPERATE" and (received := [c for c in candidates if c[0].head.lower_ == "to"]):
                candidates = received  # "handed a genocide suspect to the UN tribunal", "extradited X to the United
                # States", "intelligence was passed to Spanish investigators": the partner is the one given to
            if etype == "COOPERATE" and (works := [c for c in trigger.children if c.dep_ == "dobj" and
                                                   c.lemma_.lower() in object_classes()["@works"]]):
                candidates = [(t, a) for t, a in candidates if not any(
                    t in w.subtree and t.head.lower_ not in ("to", "for", "with") for w in works)]  # ("Turkey and
                # Russia built the Blue Stream pipeline": the work built is no partner; "a pipeline to Germany"
                # names one)
            entry = lookup(trigger)
            if all(a.thing for _, a in candidates) and others and (
                    etype in RECIPROCAL or _signing(entry) or (etype in MUTUAL and _mutual_object(trigger))):
                # "A and B met / signed a treaty / established relations": reciprocal (not "a trade pact in Lima")
                partner = resolve_actor(others[0], ctx)
                candidates = [(others[0], partner)] if partner else []
            together = etype == "COOPERATE" and joint(trigger)
            if together:  # "Colombian and Venezuelan troops began joint patrols against smugglers": each other's
                # partner, never whom it is aimed at ("held joint exercises with France": France)
                partner_tok = others[0] if others else next((o for h in (trigger, trigger.head)
                                                             for _, o in prep_objects(h, {"with", "alongside"})), None)
                partner = resolve_actor(partner_tok, ctx) if partner_tok is not None else None
                candidates = [(partner_tok, partner)] if partner else []
            if not candidates and entry is not None and entry.actors == "target" and any(
                    t.dep_ in ("dobj", "nsubjpass") or t.head.lower_ == "with" for t in target_toks):
                continue  # "met parents", "telephoned voters": whom one meets, when named, must be an actor
            if (etype == "RETREAT" or (entry is not None and entry.type == "RETREAT")) and \
                    trigger.lemma_.lower() == "leave" and (
                    source is None or source.sector not in ARMED_SECTORS or source.individual):
                continue  # "the last Syrian troops left Lebanon": forces withdrawn (not "the minister left Paris")
            if etype == "MOBILIZE" or (etype == "RETREAT" and trigger.lemma_.lower() not in RELEASING):
                candidates = [(t, a) for t, a in candidates if not _own_forces_moved(trigger, t, a, source)]
                # ("deployed two warships", "sent troops to the Gulf", "pulled its artillery back": the forces moved
                # are the mover's own, not whom the show of force or the retreat is aimed at)
            if etype == "MOBILIZE" and not candidates and (ringed := _ringed_state(trigger)) is not None and (
                    ring := resolve_actor(ringed, ctx)) is not None and (
                    source is None or ring.country != source.country):
                candidates = [(ringed, ring)]  # "staged drills in the waters around Taiwan": the state ringed
            if etype == "THREATEN" and (threat := _conditional_act(trigger)) is not None:
                if (named := named_state_doer(subject_of(threat))) is not None and (
                        source is None or (doer := resolve_actor(named, ctx)) is None or
                        doer.country != source.country):
                    continue  # ("the UN envoy warned that Israel would seal the crossings if …": a forecast of
                    # another's act; the Israeli minister's warning is his own state's threat)
                candidates = [(t, a) for t in _patients(threat) if (a := resolve_actor(t, ctx)) is not None] or (
                    candidates if trigger.lemma_.lower() in PROMISES else [])
                # ("warned that the government would ban the group if …": the one the act would fall on; else the
                # one whose act the condition is about, below)
            target_tok, target = pick_target(source, candidates, patient_first=etype in ("ASSAULT", "COERCE") or (
                trigger.pos_ == "VERB" and passive_subject(trigger) is not None))  # ("were released by UK police on
            # their return from Cuba": those released)
            if etype == "THREATEN" and (target is None or target.thing) and (
                    party := threatened_party(trigger, source, ctx)) is not None:
                target_tok, target = party  # ("threatened tariffs unless Washington dropped its duties")
            if etype in ("ASSAULT", "COERCE") and trigger.pos_ == "VERB" and (
                    target_tok is None or place_like(target_tok)):
                place = target
                target_tok, target = participle_victims(trigger, ctx) or (target_tok, target)  # "stormed a
                # village in Kashmir, killing four fighters": those killed, not the village (and of its state)
                if target is not place and target.country is None and place is not None and place.country:
                    target.country = place.country
            if etype == "MOBILIZE" and target is None and (faced := _faced_state(trigger, source, ctx)) is not None:
                target_tok, target = faced  # "massed troops along its border with Syria", "called up its reservists
                # amid a border standoff with Ethiopia": the show of force is aimed at the neighbour
            if target is None and source is not None and _each_other(trigger):
                target_tok, target = source_tok, replace(source)  # ("lawmakers accused each other of bad faith":
                # the same group on both sides)
            if own_body(etype, trigger, source, target_tok):
                continue  # "after a meeting of its council": a body meeting by itself consults no one
            located = target is None
            if located and etype not in SPOKEN and not together:  # "drills in the Baltic", "fled to safety in Kenya",
                target_tok, target = place_target(trigger, ctx)  # "opened a consulate in Lima", "imposed a curfew in
                # Cizre" (a venue is no one met, agreed with or asked: "OPEC agreed in Vienna on a ceiling"; nor is it
                # where partners work together: "joint patrols along the border")
            if source is None and (target is None or etype in ("AID", "AGREE", "SUPPORT") or (
                    etype == "REQUEST" and any(c.dep_ == "auxpass" for c in trigger.children))):
                continue  # (aid and support need the one who gives: "… and sent to a labour camp"; "the Tory leader
                # was asked about …" by no one named is an interview question)
            if etype == "REQUEST" and trigger.lemma_.lower() == "ask" and (_asked_in_passing(trigger) or
                                                                            _asked_to_comment(trigger)):
                continue  # "a spokesman, asked for a reaction, said …", "Asked about X, the minister said …": an
                # interview question, not a request between actors
            if trigger.pos_ == "NOUN" and ((source is None and not died_in(trigger)) or (
                    target is None and mod == "asserted" and trigger.lemma_.lower() in CRACKDOWNS)):
                continue  # ("is now expanding the crackdown to more towns": a policy on no one named)
            passive = trigger.pos_ == "NOUN" or reduced or any(c.dep_ in ("auxpass", "nsubjpass")
                                                                for c in trigger.children)
            if etype == "REQUEST" and crowd_demanding(trigger, source):
                etype, entry = "PROTEST", None  # ("youths fought running battles with police, demanding his
                # resignation": a protest needs no political target, as the request entry would)
            crowd_type = crowd_act(etype, trigger, source, target)
            if crowd_type != etype:
                etype, entry = crowd_type, None  # (a riot needs no armed source, as the attack entry would)
            if etype == "PROTEST" and civil_group(source) and source.country is None:
                source.country = locative_state(sent, ctx, PROTEST_SITES)  # ("garment workers staged a sit-in
                # outside parliament in Dhaka": people protesting in a state's capital are of that state)
            if etype == "AGREE" and trigger.lemma_.lower() in PLEDGES and source is not None and source.country and (
                    source.state or source.sector in ("GOV", "IGO")) and not political(target) and (
                    aided := _aided_state(trigger, source, ctx)) is not None:
                (target_tok, target), located = aided, False  # "Japan pledged $40 million to rebuild schools in
                # Cambodia", "Norway offered to act as a go-between in Sri Lanka's civil war": the one state it is for
            etype = actor_checked(etype, entry, source, target, located, passive,
                                  etype == "MOBILIZE" and forces_named(trigger))
            if aid_cut and not political(target):
                continue  # "cut loans to exporting companies": credit policy, no state whose aid is cut
            if etype == "SANCTION" and target is None and _halted_trade(trigger):
                continue  # "Ecuador was forced to suspend oil exports after the quake": a halt, no one sanctioned
            if etype == "COERCE" and _charge_without_court(trigger, source, target):
                etype = "ACCUSE"  # "the EC Commission charged the United States with breaking trade rules"
            if etype == "COERCE" and trigger.lemma_.lower() == "raid" and source_tok is not None and \
                    source_tok.lemma_.lower() in AIRCRAFT:
                etype = "ASSAULT"  # "Iraqi planes raided the Ardeshir oil field": an air raid, not a police raid
            if etype == "PROTEST" and trigger.lemma_.lower() == "march" and source is not None and \
                    source.sector in ("MIL", "COP"):
                etype = "MOBILIZE"  # "Syrian troops marched into the Shatila camp": a force moving in, no protest
            if etype == "PROTEST" and _official_protest(trigger, source):
                etype = "ACCUSE"  # "Seoul protested against the textbook": a state's complaint, no demonstration
            if etype is not None and business_act(etype, trigger, source, source_tok, target, target_tok):
                continue  # "agreed to buy a stake in X", "Airbus officials continued talks with Boeing": business
            if target is None and trigger.lemma_.lower() in INQUIRING and not together:
                continue  # "firefighters are investigating whether a gas leak is to blame": no one investigated
            if etype == "REQUEST" and (any(c.lower_ in THE_PUBLIC and not any(
                    g.dep_ in ("amod", "compound", "poss") for g in c.children) for c in [
                        *(c for c in trigger.children if c.dep_ == "dobj"),
                        *(o for p, o in prep_objects(trigger, {"to", "on"}))]) or any(  # ("appealed to citizens to stay
                    o.lower_ in ANYONE for p, o in prep_objects(trigger, {"for"}))):  # calm", "appealed for anyone
                continue  # in the area to come forward"): an appeal to the public, a statement
            if etype is None or ((target is None or not political(target)) and etype in ("THREATEN", "AGREE") and
                                 no_act_promised(trigger) and not (entry is not None and "reform" in entry.requires)):
                continue  # ("threatened to raise fuel duty", "agreed to introduce a smoking ban": policy, no one
                # threatened or agreed with)
            if etype == "AGREE" and target is None and _assent(trigger):
                continue  # "Mr Wallace agreed and said the figures had to be looked at in context": assent to a view
            if mod == "asserted" and _campaign_promise(trigger, source):  # the promised act, if they win
                etype, mod = (entry.type if entry is not None and entry.type else etype), "hypothetical"
            elif mod == "asserted" and etype in ("THREATEN", "AGREE") and entry is not None and entry.type not in (
                    "THREATEN", "AGREE") and intends(trigger) and not (political(source) and not company(source)):
                etype, mod = entry.type or etype, "hypothetical"  # "BA will suspend its Saudi flights": a
                # company's (or an unknown actor's) plan, not a state's undertaking
            fill_countries(source, source_tok, target, target_tok, sent_countries, ctx, located,
                            ctx.sentence_countries(sent, places=True), trigger)
            if etype == "PROTEST":
                protesters_government(source, target)
            if source is not None and source_tok is not None and _faceless(source_tok, ctx.dateline_end):
                source.country = None  # "unidentified gunmen shot dead …", "attackers stormed the station": no
                # one knows whose they are, wherever they struck
            if source is not None and source.violent and not named_by_nationality(source_tok):
                source = None  # "a mortar attack on a US base killed …": its place gave the victims their state,
                # but an attack or a bomb named without its attacker's nationality is no one who acted
            key = (sent.start, etype, source.country if source else None, target.country if target else None)
            if key in seen:
                continue
            seen.add(key)
            found.append((prominence(tok), trigger, _row(doc_id, story_id, sent_index, sent, etype, mod, trigger,
                                                         source, target, ctx)))
        found = without_protest_demands(found)
        if found:
            top = min([depth for depth, _, _ in found] + statements)
            kept = [row for depth, _, row in found if depth == top]
            aimed = {(r["event_type"], r["source_country"], r["source_text"]) for r in kept if r["target_text"]}
            rows.extend(r for r in kept if r["target_text"] is not None or (  # "killed one soldier and wounded
                r["event_type"], r["source_country"], r["source_text"]) not in aimed)  # two others": one attack
    return rows


INQUIRING = {"investigate", "probe", "examine", "investigation", "inquiry"}
CRACKDOWNS = {"crackdown", "clampdown", "purge", "sweep", "roundup"}
THE_PUBLIC = {"people", "public", "voters", "everyone", "everybody", "consumers", "motorists", "parents", "residents",
              "viewers", "listeners", "readers", "shoppers", "travellers", "passengers", "households", "citizens"}
ANYONE = {"anyone", "anybody", "everyone", "everybody", "witness", "witnesses"}  # (not "relief for 1.8 million people")
RECIPROCAL = {"CONSULT", "AGREE", "COOPERATE", "ASSAULT"}  # "A and B met / agreed / clashed": each other's target
MUTUAL = {"SUPPORT", "AGREE", "COOPERATE", "CONSULT"}  # "A and B established relations / signed a pact" (not "A and B
# opposed the deal": two sources of one rejection)


ALLEGED = {"claim", "allegation", "accusation", "suggestion", "charge", "report", "rumour", "rumor"}
CLAIMED_ACTS = VIOLENT_ACTS | {"killing", "assassination", "kidnapping", "abduction", "massacre", "beheading", "murder"}
PLEDGES = {"pledge", "promise", "offer", "vow", "commit"}


def _aided_state(trigger: Token, source: Actor, ctx: ArticleContext) -> tuple[Token, Actor] | None:
    """The one foreign state named in what a state pledges or offers, when no political actor receives it."""
    found: dict[str, tuple[Token, Actor]] = {}
    inside = {t.i for t in trigger.subtree}
    for ent in trigger.doc.ents:
        tok = ent.root
        if ent.label_ in ("GPE", "ORG", "LOC") and tok.i in inside and tok.i > trigger.i and \
                tok.idx >= ctx.dateline_end and tok.dep_ in ("pobj", "poss", "dobj", "dative") and country_of_name(
                    ent.text.removesuffix("'s").removesuffix("’s")) is not None:  # (a country where it goes, not a
            # venue, "talks in Geneva", nor a state doing something, "as Germany did")
            actor = resolve_actor(tok, ctx)
            if actor is not None and actor.country and actor.country != source.country:
                found.setdefault(actor.country, (tok, actor))
    return next(iter(found.values())) if len(found) == 1 else None


def _conditional_act(trigger: Token) -> Token | None:
    """The coercive act a warning addressed to no one makes hang on a condition ("warned that it would ban the
    group if …"; one addressed is aimed at whom it warns: "warned Armenia that its forces would strike …")."""
    if trigger.lemma_.lower() in PROMISES:  # "vowed to take Manbij from the YPG if they did not withdraw"
        return next((c for c in trigger.children if c.dep_ == "xcomp" and _hostile_on_condition(c)), None)
    if trigger.lemma_.lower() != "warn" or any(c.dep_ in ("dobj", "dative") for c in trigger.children):
        return None
    return next((c for c in trigger.children if c.dep_ == "ccomp" and conditional_coercion(c)), None)


def _patients(act: Token) -> list[Token]:
    """Whom an act falls on: its object, its passive subject, or the object of "on", "at", "against" or "from"
    ("imposed on the city", "fire rockets at Tel Aviv", "take the town from the YPG"), or of the act named as its
    object ("push sanctions against Armenia")."""
    objects = [c for c in act.children if c.dep_ in ("dobj", "nsubjpass")]
    return [o for c in objects for _, o in prep_objects(c, {"on", "against"})] + objects + [
        o for _, o in prep_objects(act, {"on", "at", "against", "from"})]


def _signing(entry: Trigger | None) -> bool:
    """Signing, sealing or ratifying an agreement (SUPPORT, CAMEO 057): "A and B signed a treaty" is mutual."""
    return entry is not None and entry.type == "SUPPORT" and bool(entry.objects & object_classes()["@agreement"])


def _official_protest(trigger: Token, source: Actor | None) -> bool:
    """ "Protest" said of a state, a government or an IGO ("Seoul protested against …", "the ministry protested
    to Rome"): an official complaint (ACCUSE), not people demonstrating (PROTEST)."""
    return trigger.lemma_.lower() == "protest" and source is not None and not source.violent and (
        source.state or source.sector in ("GOV", "IGO") or (source.country is not None and is_capital(source.text)))


def _halted_trade(trigger: Token) -> bool:
    """A halt of trade flows ("suspended oil exports", "exports were halted"): a sanction only when aimed at someone."""
    return any(c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in TRADE_FLOWS for c in trigger.children)


def _charge_without_court(trigger: Token, source: Actor | None, target: Actor | None) -> bool:
    """ "Charged" where no court can try the one charged (a state, an IGO) or no prosecutor charges (an IGO, NGO,
    party or newspaper): an accusation, not a legal act."""
    return trigger.lemma_.lower() == "charge" and (
        (target is not None and (target.state or target.sector == "IGO")) or (
            source is not None and source.sector in ("IGO", "NGO", "PTY", "OPP", "MED")))


def _mutual_object(trigger: Token) -> bool:
    """An act on ties or an agreement ("established diplomatic relations", "signed a trade pact"): what "A and B"
    do to it, each does with the other."""
    mutual = object_classes()["@ties"] | object_classes()["@agreement"]
    return any(c.dep_ == "dobj" and c.lemma_.lower() in mutual for c in trigger.children)


def prominence(tok: Token) -> int:
    """How deep a trigger sits below its sentence's main predicate (0 = the main event).

    Coordinated clauses share their head's depth, and a speech verb passes its depth on to what it reports
    ("Norway said it had frozen aid": `frozen` is the main event).
    """
    depth = 0
    node = tok
    if tok.pos_ == "NOUN" and tok.dep_ == "pobj" and tok.head.lower_ == "on" and tok.head.head.lemma_.lower() in (
            "put", "place"):
        node = tok.head.head  # ("put its units on high alert": the alert is the main act)
    while node.head.i != node.i:
        head = node.head
        speech = head.lemma_.lower() in REPORTING and node.dep_ in ("ccomp", "xcomp")
        if node.dep_ != "conj" and not speech:
            depth += 1
        node = head
    return depth
FORMAL_COMPLAINT = {"lodge", "file", "issue", "deliver", "register", "submit", "send"}
MILITARY_STRIKES = {"air", "airstrike", "missile", "drone", "military", "artillery", "rocket", "retaliatory",
                    "preemptive", "pre-emptive", "nuclear", "surgical", "aerial"}
ENDING = {"end", "suspend", "halt", "cancel", "abandon", "stop", "postpone"}
STOPPING = ENDING | {"cut", "reduce", "freeze", "withhold", "slash", "block", "curtail", "scale", "halve"}  # (aid
# cut off)
PREVENTING = {"prevent", "curb", "thwart", "foil", "avert", "deter"}
DECLARING = {"declare", "announce", "observe", "proclaim"}
NOT_AID = {"message", "signal", "letter", "note", "warning", "invitation", "delegation", "team", "envoy",
           "representative", "tweet", "statement", "email", "condolence", "greeting", "word", "inspector",
           "investigator", "monitor", "observer", "personnel", "expert", "explanation", "briefing", "dossier",
           "document", "reply", "response", "detail", "copy", "summary", "request", "questionnaire"}


def _code_trigger(tok: Token) -> tuple[str, str, Token] | None:
    """(type, modality, trigger token) for a lexicon word, with refusals and negations folded into the type."""
    entry = lookup(tok)
    if entry is None or statement(tok):
        return None
    if _talks_refused(tok):
        return "REJECT", "asserted", tok  # "said it would not take part in the talks with ZANU-PF": a refusal
    if tok.lemma_.lower() == "assure" and not _assured_undertaking(tok):
        return None  # ("assured reporters that the water was safe": a statement, not a promise)
    if entry.type == "AID" and (figurative_aid(tok) or abstract_subject(tok)):
        return None
    if entry.type == "ASSAULT" and (accident(tok) or _struck_by_a_thing(tok)):
        return None
    if entry.type not in FORCE and inanimate_subject(tok):
        return None  # "the war threatening the Gulf states", "an accord guarantees sales": no one acts
    if standing_stance(tok):
        return None
    if any(c.dep_ == "advmod" and c.lower_ in MOCKING for c in tok.children):
        return None  # "after mockingly welcoming the chancellor back": sarcasm, a statement
    if tok.dep_ in ("xcomp", "ccomp") and tok.head.lemma_.lower() in OBLIGED and tok.head.pos_ in ("ADJ", "VERB") \
            and any(c.dep_ == "prep" and c.lower_ == "by" for c in tok.head.children):
        return None  # "the US is bound by law to help Taiwan": an obligation, not an act
    if entry.type == "REJECT" and tok.pos_ == "VERB" and any(
            c.dep_ == "prep" and c.lower_ == "as" for c in tok.children) and any(c.dep_ == "dobj" and (human(c) or (
                party_in([t.text for t in c.subtree if t.i <= c.i]) is not None) or any(
                g.dep_ == "poss" and human(g) for g in c.children)) for c in tok.children):
        return "ACCUSE", modality(tok), tok  # "dismissed the Conservatives as a fading force", "dismissed the
        # chancellor's budget as a gimmick": disparaging an actor or an actor's own work
    if tok.tag_ == "VBG" and tok.dep_ == "xcomp" and tok.i == tok.head.i + 1 and tok.head.lemma_.lower() in TELLING \
            and undertaking(tok.head):
        return None  # "told visiting EU officials that Belgrade would stop …": the promise is the news (the
        # visitors, parsed as a verb of the teller's, are whom it is made to)
    if tok.pos_ == "NOUN" and tok.dep_ == "dobj" and tok.head.lemma_.lower() in OPINION_VERBS:
        return None  # "welcomed demands for an inquiry", "backed calls for …": someone else's demand, talked about
    if tok.pos_ == "NOUN" and entry.type == "PROTEST" and tok.head.lemma_.lower() in FORMAL_COMPLAINT:
        return "ACCUSE", modality(tok), tok  # "lodged a protest with Albania": an official complaint
    if tok.pos_ == "NOUN" and entry.type == "AID" and tok.dep_ in ("dobj", "nsubjpass") and \
            tok.head.lemma_.lower() in STOPPING:
        return "SANCTION", modality(tok.head), tok.head  # "halted loans to Kenya", "stopped military aid": aid
        # cut off is a sanction, not aid
    if entry.type == "AID" and any(c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in NOT_AID
                                   for c in tok.children) and not (
            entry.negated_type and negated(tok)):
        return None  # "send a message" is not aid (but "not send a delegation" reduces relations)
    lemma = tok.lemma_.lower()
    if lemma == "demand" and tok.pos_ == "NOUN" and (tok.head.lemma_.lower() in ECONOMIC_VERBS or any(
            c.lower_ in ECONOMIC_DEMAND for c in tok.children if c.dep_ in ("amod", "compound", "nmod"))):
        return None  # "increased demand for heating fuel", "domestic demand was sluggish": buying, not asking
    if lemma in PROMISES and tok.pos_ == "VERB":
        inner = next((c for c in tok.children if c.dep_ == "xcomp"), None)
        inner_entry = lookup(inner) if inner is not None else None
        if inner_entry is not None and inner_entry.type not in COOPERATIVE | {"AGREE", "CONSULT"}:
            return None  # "vowed to attack", "pledged never to criticise": the promised act codes itself
        if inner is not None and inner_entry is None and _hostile_on_condition(inner):
            return "THREATEN", "asserted", tok  # "vowed to take Manbij from the YPG if they did not withdraw",
            # "vowed to push sanctions against Turkey if Ankara's forces moved": a promise made to bite on
            # another's conduct is a threat (CAMEO 13), not an undertaking
    if entry.type == "MOBILIZE" and tok.dep_ == "pobj" and tok.head.lower_ == "on" and any(
            c.dep_ == "dobj" and c.lemma_.lower() in SHELVED for c in tok.head.head.children):
        return None  # "put the plan on standby": no force alerted ("put 1,000 troops on standby" is)
    if tok.pos_ == "NOUN":
        eased = _eased(tok, entry.type)
        if eased is not None:
            return eased
        if entry.type == "ASSAULT" and tok.dep_ == "dobj" and tok.head.lemma_.lower() in ENDING | PREVENTING:
            return None  # "working to end terror attacks", "to prevent attacks": acting against others' violence
        if lemma == "strike" and (any(c.lower_ in MILITARY_STRIKES for c in tok.children if c.i < tok.i) or
                                  _armed_strike(tok)):
            return "ASSAULT", modality(tok), tok  # "an air strike", "insurgents launched strikes at army posts",
            # not a labour strike
    if entry.type == "ASSAULT" and tok.i >= 1 and (tok.doc[tok.i - 1].lower_ == "test" or (
            tok.i >= 2 and tok.doc[tok.i - 1].text == "-" and tok.doc[tok.i - 2].lower_ == "test") or (any(
            c.dep_ == "dobj" and any(m.dep_ in ("compound", "amod") and m.lemma_.lower() in ("test", "trial")
                                     for m in c.children) for c in tok.children) and not any(
                o.ent_type_ not in ("DATE", "TIME") for _, o in prep_objects(tok, {"at", "on", "against"})))):
        return "MOBILIZE", modality(tok), tok  # "test-fired a missile", "fired a test missile": a show of military
        # power (CAMEO 150), not an attack
    if lemma in REFUSALS:  # "refused to send athletes": the refused act, reversed
        inner = next((c for c in tok.children if c.dep_ == "xcomp"), None)
        inner_entry = lookup(inner) if inner is not None else None
        if inner is not None and inner_entry is not None and inner_entry.negated_type:
            return inner_entry.negated_type, modality(tok, folded=True), inner
        if inner is not None and inner_entry is None and any(t.lemma_.lower() in object_classes()["@claim"] |
                                                             object_classes()["@disclosure"] for t in inner.subtree):
            return None  # "refused to give succour to suggestions …": declining to speak to a claim; "declined to
            # give a date", "refuses to prejudge the future": declining to comment (CAMEO 01), no rejection
        return entry.type, modality(tok), tok
    if tok.dep_ in ("xcomp", "relcl", "advcl", "conj") and any(
            h.pos_ == "VERB" and ultimatum(h) for h in (tok.head, tok.head.head)):
        return None  # "gave the Serbs ten days to withdraw their guns or face air strikes": demanded, threatened
    if tok.dep_ == "xcomp" and tok.head.lemma_.lower() in REFUSALS and entry.negated_type:
        return None  # coded through the refusal
    if _ruled_out(tok):
        return "REJECT", "asserted", tok  # "ruled out sending Taurus missiles to Ukraine": refused, not sent
    if tok.pos_ == "NOUN" and tok.dep_ == "dobj" and _rules_out(tok.head):
        return None  # "ruled out any withdrawal of the reform": the refusal is the event
    if _rules_out(tok) and any(c.dep_ in ("advcl", "xcomp", "pcomp") and lookup(c) is not None
                               for c in tok.children):
        return None  # (coded through the act ruled out)
    if entry.negated_type and negated(tok):
        return entry.negated_type, modality(tok, folded=True), tok
    if entry.type in ("CONCEDE", "RETREAT") and tok.pos_ == "VERB" and negated(tok) and any(
            c.dep_ == "aux" and c.lower_ in FUTURE for c in tok.children):
        return "REJECT", "asserted", tok  # "will not lift sanctions until …", "would not release the prisoners":
        # declining to yield (CAMEO 124), not a concession that did not happen
    if entry.type == "SANCTION" and tok.pos_ == "VERB" and not any(
            c.dep_ == "prep" and c.lower_ in ("to", "with", "from", "for") for c in tok.children) and any(
            c.dep_ == "dobj" and c.lemma_.lower() in OWN_PROGRAMMES and any(
                p.dep_ == "poss" and p.pos_ == "PRON" for p in c.children) and not any(
                p.dep_ == "prep" or p.lemma_.lower() in ("aid", "assistance", "funding", "loan", "relief", "help")
                for p in c.children)
            for c in tok.children):  # (not "its aid programme to Malawi")
        # "Iran suspended its enrichment programme": yielding (CAMEO 08), not sanctioning anyone
        if intends(tok) and not negated(tok):
            return "AGREE", "asserted", tok  # ("pledged to suspend its programme": intent to yield, CAMEO 035)
        return "CONCEDE", modality(tok), tok
    if obliged(tok):  # "Chile said Peru must hand back the trawler": a demand on Peru
        return "REQUEST", "asserted", tok
    if entry.type == "CONSULT" and (offer := _offers_talks(tok)) is not None:
        return "AGREE", "asserted" if offer else "negated", tok  # "is ready to resume talks with Israel": intent
        # to negotiate (CAMEO 036), no talks held; "is not ready to …": neither
    if (intends(tok) or (_intended_nominal(tok) and entry.type in COOPERATIVE | {"CONSULT"})) and not negated(tok):
        if entry.type in FORCE or conditional(tok):  # PLOVER: a threat of force, or an ultimatum ("will
            return "THREATEN", "asserted", tok  # withdraw unless …"), is THREATEN; future cooperation is AGREE
        if entry.type in COOPERATIVE | {"AGREE"} or (entry.type == "CONSULT" and _partner_named(tok)) or (
                entry.type == "MOBILIZE" and tok.head.lemma_.lower() == "offer"):
            return "AGREE", "asserted", tok  # ("offered to mediate between the factions", "offered to send troops to
            # guard the villages": an offer of talks or protection, CAMEO 036/0334)
    return entry.type, modality(tok), tok


SELF = {"i", "we", "he", "she", "it"}
SHELVED = {"plan", "project", "scheme", "programme", "program", "decision", "talks", "deal", "vote", "bill", "reform",
           "order", "contract", "proposal", "policy", "idea", "negotiation", "process", "launch", "release"}


def _hostile_on_condition(act: Token) -> bool:
    """A promised act, hanging on what someone else does ("if they did not withdraw", "if Ankara's forces moved"),
    that falls on someone: a coercive or violent act named in it ("push sanctions against Turkey"), or people it
    is done to or taken from ("take Manbij from the YPG fighters")."""
    clause = condition_clause(act)
    doer = subject_of(clause) if clause is not None else None
    if doer is None or doer.lower_ in SELF:
        return False  # ("if elected", "if it wins the vote": its own success, a campaign pledge)
    inside = [t for t in act.subtree if not (clause.left_edge.i <= t.i <= clause.right_edge.i)]
    return any((e := lookup(t)) is not None and e.type in FORCE for t in inside if t.i != act.i) or any(
        human(o) or o.ent_type_ in ("ORG", "GPE", "NORP") for _, o in prep_objects(act, {"from", "against"}))


def _partner_named(tok: Token) -> bool:
    """Talks or a meeting with someone named ("will open talks with the ELN", "will meet Bush in Chile"), not a
    body meeting or consulting by itself ("the council will meet to decide", "would consult on its measures")."""
    verb = tok.head if tok.pos_ == "NOUN" and tok.dep_ == "dobj" else tok
    if _readied(verb):
        return False  # (readiness is `_offers_talks`'s: "would be willing in principle to visit Chile" stays open)
    return any(c.dep_ == "dobj" and (human(c) or c.pos_ == "PROPN") for c in tok.children) or bool(
        prep_objects(tok, {"with", "between"}) or prep_objects(verb, {"with"}))


def _intended_nominal(tok: Token) -> bool:
    """ "will step up cooperation with Kazakhstan", "stands ready to deepen cooperation": a nominal act the actor
    says it will carry out."""
    return tok.pos_ == "NOUN" and tok.dep_ == "dobj" and tok.head.pos_ == "VERB" and \
        tok.head.lemma_.lower() not in WITNESSING and intends(tok.head) and not negated(tok.head)


WITNESSING = {"see", "witness", "watch", "welcome", "expect", "hear"}  # ("wants to see a withdrawal of UK troops": a
# wish about others' act, no undertaking)


def _struck_by_a_thing(tok: Token) -> bool:
    """"He was struck by the scale of the destruction", "struck by the poverty of the camps": a passive "strike"
    whose agent is no actor, weapon or attack (an impression, not an assault; "struck by a missile" stays)."""
    if tok.lemma_.lower() != "strike" or tok.pos_ != "VERB":
        return False
    agents = [g for c in tok.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    return bool(agents) and all(a.pos_ == "NOUN" and not a.ent_type_ and not human(a) and a.lemma_.lower() not in
                                VIOLENT_ACTS | object_classes()["@projectile"] for a in agents)


OWN_PROGRAMMES = {"program", "programme"}
MOCKING = {"mockingly", "sarcastically", "ironically", "jokingly", "facetiously", "tongue-in-cheek", "wryly"}
OBLIGED = {"bound", "oblige", "obliged", "require", "required", "compel", "compelled"}
ECONOMIC_VERBS = {"create", "increase", "fuel", "drive", "spur", "dampen", "weaken", "strengthen", "outstrip",
                  "stimulate", "generate", "exceed", "lift", "hit", "slow", "match", "reduce", "boost", "curb", "cool",
                  "satisfy", "meet", "keep", "raise", "lower", "cut", "see", "expect", "forecast", "fall", "rise",
                  "grow", "decline", "drop", "slump", "soar", "surge", "ease", "recover", "outpace", "fluctuate"}
# (buying: "EC demand for cars is falling", "increased demand for heating fuel")
ECONOMIC_DEMAND = {"domestic", "consumer", "global", "world", "strong", "weak", "huge", "growing", "rising",
                   "falling", "high", "higher", "low", "lower", "soaring", "booming", "seasonal", "underlying",
                   "overall", "energy", "oil", "fuel", "gas", "electricity", "export", "import", "market", "customer",
                   "retail", "housing", "travel", "pent-up", "robust", "sluggish", "slack", "buoyant", "healthy",
                   "chinese", "american", "european", "asian", "german", "british", "us", "uk", "worldwide",
                   "investor", "commodity", "steel", "power", "heating", "holiday", "christmas", "peak", "record"}


def _eased(noun: Token, etype: str) -> tuple[str, str, Token] | None:
    """ "called off the strike" / "declared a one-sided truce": easing a protest is CONCEDE, a declared
    ceasefire is a military de-escalation (RETREAT), as PLOVER codes them."""
    spell = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "of" and \
        noun.head.head.lemma_.lower() in SPELLS | {"campaign"} else noun  # ("called off a week of mass protests",
    # "wound up its campaign of street marches")
    head = spell.head if spell.dep_ in ("dobj", "nsubjpass") else None
    if head is None or head.pos_ != "VERB":
        return None
    verb = head.lemma_.lower()
    if etype == "PROTEST" and (verb in ENDING or any(c.lower_ == "off" for c in head.children if verb == "call") or
                               any(c.lower_ == "up" for c in head.children if verb == "wind")):
        return "CONCEDE", modality(head), head
    if noun.lemma_.lower() in ("ceasefire", "truce") and (verb in DECLARING or any(
            c.lower_ == "unilateral" for c in noun.children)):
        return "RETREAT", modality(head), head
    off = any(c.lower_ == "off" for c in head.children)
    if noun.lemma_.lower() in MEETINGS and ((verb in ENDING - {"postpone", "end"}) or (
            verb in ("break", "call") and off)):  # (not "ended a meeting": concluded it)
        return "SANCTION", modality(head), head  # "called off peace talks with the NDF", "broke off talks": halting
        # negotiations (CAMEO 164)
    own_campaign = noun.lemma_.lower() in CAMPAIGNS and any(c.dep_ == "poss" for c in noun.children)
    if etype == "ASSAULT" and own_campaign and (verb in ENDING | {"scale", "wind"} or (verb == "call" and off)):
        if negated(head):  # "said it would not halt its offensive": refusing to de-escalate (CAMEO 1246)
            return "REJECT", modality(head, folded=True), head
        if intends(head):  # "will scale back its offensive": intent to de-escalate (CAMEO 0356)
            return "AGREE", "asserted", head
        return "RETREAT", modality(head), head  # "halted its offensive": military de-escalation (CAMEO 087)
    return None


CAMPAIGNS = {"offensive", "operation", "campaign", "bombardment", "bombing", "shelling", "incursion"}  # one's own
# ("halted its offensive"; not "working to end terror attacks": others' acts)


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
    if trigger.lemma_.lower() not in PROMISES and not intends(trigger) and not (
            trigger.dep_ == "xcomp" and trigger.head.lemma_.lower() in PROMISES | {"plan"}):
        return False
    return (source is not None and (source.sector in ("PTY", "OPP") or (source.sector == "GOV" and source.text.lower(
    ).startswith(("a ", "an "))))) or bool(ELECTION_PROMISE.search(trigger.sent.text))  # ("a Labour government would")


def _row(doc_id: str, story_id: str, sent_index: int, sent: Span, etype: str, mod: str, trigger: Token,
         source: Actor | None, target: Actor | None, ctx: ArticleContext) -> dict:
    when = _date_for(sent, trigger, ctx)
    where = _location_for(sent, trigger, ctx)
    first = trigger.nbor(-2) if hyphenated(trigger) else trigger  # ("sit-in", split at its hyphen)
    trigger_start, trigger_text = first.idx, trigger.doc[first.i:trigger.i + 1].text
    confidence = calibrated_confidence(trigger.pos_ == "VERB", bool(source and source.country), "state" if (
        target and target.country) else "actor" if target else "none")  # (measured: the share judged real)
    return {
        "event_id": "evt_" + stable_id(doc_id, "body", trigger.idx, etype, length=20),
        "doc_id": doc_id, "story_id": story_id, "field": "body", "sentence_index": sent_index,
        "start_char": sent.start_char, "end_char": sent.end_char, "sentence": sent.text, "event_type": etype,
        "trigger": trigger_text, "trigger_start": trigger_start,
        "source_entity_id": source.entity_id if source else None, "source_text": source.text if source else None,
        "source_country": source.country if source else None,
        "target_entity_id": target.entity_id if target else None, "target_text": target.text if target else None,
        "target_country": target.country if target else None,
        "source_sector": source.sector if source else None, "target_sector": target.sector if target else None,
        "modality": mod, "date_text": when["text"] if when else None,
        "date_value": when.get("normalized") if when else None,
        "event_date": period_start(when.get("normalized")) if when else None,
        "location_entity_id": where["entity_id"] if where else None,
        "confidence": confidence,
    }


def _each_other(trigger: Token) -> bool:
    """ "accused each other", "clashed with one another": the act's two sides are the subject's own members."""
    objects = [c for c in trigger.children if c.dep_ in ("dobj", "dative")] + [o for _, o in prep_objects(
        trigger, {"with", "against", "at", "on", "to"})]
    return any(o.lower_ in ("other", "another") and any(d.lower_ in ("each", "one") for d in o.children)
               for o in objects)


FACELESS = {"gunman", "gunmen", "attacker", "assailant", "bomber", "kidnapper", "abductor", "killer", "hijacker"}


def _faceless(tok: Token, dateline_end: int = 0) -> bool:
    """An attacker named only by what he did ("unidentified gunmen", "a suicide bomber", "knife-wielding
    attackers"): no group, nationality or place in his own words."""
    dash = max((t.i for t in tok.subtree if t.i < tok.i and t.text in ("-", "--", "—")), default=-1)
    return tok.lower_.removesuffix("s") in FACELESS and not any(
        (t.pos_ == "PROPN" and t.dep_ != "det") or t.ent_type_ in ("NORP", "GPE", "ORG") for t in tok.subtree
        if t.i != tok.i and t.i > dash and t.idx >= dateline_end)  # (not the dateline's city or agency run into
    # the phrase: "QUETTA - A suicide bomber …", "Reuters - A suicide car bomber …")


PLACING = {"plant", "place", "lay", "leave", "fire", "launch", "set", "hide", "drop", "throw", "hurl", "detonate"}


def _placed_by(tok: Token) -> Token | None:
    """Who planted, fired or threw the weapon that did the act ("a roadside bomb planted by Taliban insurgents",
    "a rocket fired by militants"), else None."""
    if tok.lemma_.lower() not in INSTRUMENTS | {"device", "explosive", "ied", "landmine", "charge"}:
        return None
    return next((g for c in tok.children if c.dep_ == "acl" and c.lemma_.lower() in PLACING
                 for a in c.children if a.dep_ == "agent" for g in a.children if g.dep_ == "pobj"), None)


def _pressed_by(trigger: Token) -> list[Token]:
    """Those whose pressure a concession yields to: "bowing to weeks of protests by farmers", "yielding to years of
    pressure from gay-rights advocates", "bowed to the central demand of the Liberal Democrats"."""
    pressures = [o for _, o in prep_objects(trigger, {"to"})]
    pressures += [g for o in pressures for _, g in prep_objects(o, {"of"})]
    return [g for o in pressures for _, g in prep_objects(o, {"by", "from", "of"})]


def mark_same_events(rows: list[dict]) -> list[dict]:
    """`same_event_id`: one id for the rows of a story that report the same event (type, actors, modality,
    date), so that an event repeated across versions of a story can be counted once."""
    for r in rows:
        r["same_event_id"] = "sev_" + stable_id(
            r["story_id"], r["event_type"], r["source_country"] or r["source_entity_id"],
            r["target_country"] or r["target_entity_id"], r["modality"], r["date_value"], length=20)
    return rows


AIRCRAFT = {"plane", "jet", "aircraft", "warplane", "bomber", "gunship", "helicopter", "fighter", "drone"}


def _assent(trigger: Token) -> bool:
    """ "agreed" with nothing agreed to or with, coordinated with a verb of saying: agreeing with a view."""
    return trigger.pos_ == "VERB" and trigger.lemma_.lower() == "agree" and not any(
        c.dep_ in ("dobj", "xcomp", "ccomp", "prep", "advcl") for c in trigger.children) and any(
        c.dep_ == "conj" and c.lemma_.lower() in REPORTING for c in trigger.children)


RELEASING = {"release", "free", "hand", "swap", "exchange", "return", "repatriate"}  # ("rebels freed two soldiers":
# the soldiers freed are another's, whom the release is for)


def _own_forces_moved(trigger: Token, target_tok: Token | None, target: Actor, source: Actor | None) -> bool:
    """The object of a deployment is the actor's own force (an armed unit of no other state): "deployed two
    warships", "a mobilisation of Russian reservists"."""
    counted = target_tok is not None and target_tok.dep_ == "pobj" and target_tok.head.lower_ == "of" and \
        target_tok.head.head.dep_ in ("dobj", "nsubjpass") and target_tok.head.head.head.i == trigger.i  # ("deployed
    # thousands of riot police", "mobilised tens of thousands of reservists")
    moved = target_tok is not None and ((target_tok.dep_ in ("dobj", "nsubjpass") and target_tok.head.i == trigger.i)
                                        or (trigger.pos_ == "NOUN" and target_tok.dep_ == "pobj" and
                                            target_tok.head.lower_ == "of" and target_tok.head.head.i == trigger.i)
                                        or counted)
    return moved and target.sector in ("MIL", "COP") and (target.country is None or (
            source is not None and target.country == source.country))


READY = {"ready", "willing", "prepared", "eager", "keen", "open", "offer", "pledge", "promise", "vow"}


RINGING = {"around", "round", "off", "encircling", "surrounding", "near"}


def _ringed_state(trigger: Token) -> Token | None:
    """The state a show of force is staged around ("live-fire drills in six zones encircling Taiwan", "missile tests
    in waters off Taiwan", "war games near the Afghan border" names no state), by name."""
    scope = trigger.head if trigger.pos_ == "NOUN" and trigger.dep_ in ("dobj", "nsubjpass") else trigger
    return next((g for t in scope.subtree if t.lower_ in RINGING and t.dep_ in ("prep", "acl", "advcl")
                 for g in t.children if g.dep_ in ("pobj", "dobj") and g.ent_type_ == "GPE" and
                 country_of_name(g.text) is not None), None)


STATE_DEEDS = {"RETREAT", "COERCE", "SANCTION", "CONCEDE", "REJECT"}


def _official_speaker(trigger: Token, etype: str, ctx: ArticleContext) -> tuple[Token, Actor] | None:
    """The state office that reports, in a clause of its own, an agentless passive act of the state: "Home Secretary
    Charles Clarke has said detainees will not be freed", "police said two men had been arrested" (not "a party
    spokesman said Mr Tyndall was arrested": a party does not arrest)."""
    if trigger.pos_ != "VERB" or agent_of(trigger) is not None or not any(
            c.dep_ == "auxpass" for c in trigger.children):
        return None
    clause = trigger
    while clause.dep_ == "conj" and clause.head.i != clause.i:
        clause = clause.head
    if clause.dep_ != "ccomp" or clause.head.lemma_.lower() not in REPORTING:
        return None
    speaker = subject_of(clause.head)
    actor = resolve_actor(speaker, ctx) if speaker is not None and speaker.pos_ != "PRON" else None
    if actor is None or actor.sector not in (ARMED_SECTORS | {"JUD"} if etype in ("COERCE", "RETREAT") else
                                             STATE_OFFICES):
        return None  # (a minister or a spokesman reporting a capture or a release did not make it; police, the
        # army or a court did; a refusal or a sanction is the government's decision)
    abroad = [o for _, o in prep_objects(trigger, {"in"}) if o.ent_type_ == "GPE" and (
        code := country_of_name(o.text)) is not None and code != actor.country]
    return None if abroad else (speaker, actor)  # ("a US attorney said several people had been arrested in
    # Argentina": by Argentina's police)


def _readied(verb: Token) -> bool:
    """The act is what its actor says it is ready, willing or pledged to do ("ready to resume talks")."""
    head = verb.head
    return verb.dep_ == "xcomp" and (head.lemma_.lower() in READY or any(
        c.lemma_.lower() in READY and c.dep_ in ("acomp", "xcomp") for c in head.children))


FACING = {"border", "frontier", "tension", "standoff", "stand-off", "dispute", "confrontation", "row", "coast"}


def _faced_state(trigger: Token, source: Actor | None, ctx: ArticleContext) -> tuple[Token, Actor] | None:
    """The state a show of force faces, by the sentence's own words: a border, tension or standoff "with" it, or its
    coast ("off the coast of Taiwan"); not the mover's own state."""
    for tok in trigger.sent:
        if tok.dep_ == "pobj" and tok.head.lower_ in ("with", "of") and tok.head.head.lemma_.lower() in FACING and (
                tok.head.lower_ == "with" or tok.head.head.lemma_.lower() == "coast"):
            actor = resolve_actor(tok, ctx)
            if actor is not None and actor.country and (source is None or actor.country != source.country):
                return tok, actor
    return None


PARTICIPATING = {"take", "participate", "join", "enter", "engage"}


def _talks_refused(tok: Token) -> bool:
    """Talks one says one will not take part in, join or enter ("would not enter talks with Sinn Fein until …",
    "will not participate in the dialogue"): a refusal to negotiate (REJECT, CAMEO 125), not talks held or planned
    (not attending is a boycott: the `attend` entry)."""
    if tok.pos_ != "NOUN" or tok.lemma_.lower() not in MEETINGS | {"dialogue"}:
        return False
    verb = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "in" else tok.head if tok.dep_ == "dobj" \
        else None
    if verb is not None and verb.lower_ == "part" and verb.dep_ == "dobj":
        verb = verb.head  # ("take part in")
    return verb is not None and verb.pos_ == "VERB" and verb.lemma_.lower() in PARTICIPATING and negated(verb)


def _ruled_out(tok: Token) -> bool:
    """An act a speaker "ruled out" ("ruled out sending fighter jets", "ruled out holding talks")."""
    head = tok.head
    return tok.pos_ == "VERB" and tok.dep_ in ("advcl", "xcomp", "pcomp") and _rules_out(head)


def _rules_out(verb: Token) -> bool:
    return verb.lemma_.lower() == "rule" and any(c.dep_ in ("prt", "prep", "advmod") and c.lower_ == "out"
                                                 for c in verb.children)


def _assured_undertaking(tok: Token) -> bool:
    """ "assured EU envoys that his government would rewrite the penal code": an undertaking given to someone, when
    the act promised is one the lexicon does not code itself (that one is coded as the promise)."""
    return any(c.dep_ == "ccomp" and any(a.dep_ == "aux" and a.lower_ in FUTURE
                                         for a in c.children) and lookup(c) is None for c in tok.children)


def _offers_talks(tok: Token) -> bool | None:
    """Talks the actor says it is ready, willing or pledged to hold ("ready to resume talks", "offered to meet the
    rebels"): True, an expression of intent (AGREE), not talks held; False where the readiness is denied ("is not
    ready to …"); None for other talks."""
    verb = tok.head if tok.pos_ == "NOUN" and tok.dep_ == "dobj" and tok.head.pos_ == "VERB" else tok
    if verb.dep_ == "advcl" and verb.head.pos_ == "VERB" and verb.head.dep_ == "xcomp" and any(
            c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        verb = verb.head  # ("willing to travel to Moscow to meet Putin": the journey's purpose)
    head = verb.head
    if not _readied(verb):
        return None
    if any(c.dep_ == "aux" and c.lower_ in MODALS for t in (verb, head, head.head) for c in t.children):
        return None  # "would be willing to visit": a conditional, its modality as the words give it
    return not any(negated(t) for t in (verb, head, head.head))


COMMENTING = {"comment", "respond", "explain", "confirm", "elaborate", "react", "reaction", "response", "detail",
              "clarify", "clarification", "speculate", "say"}


def _asked_to_comment(tok: Token) -> bool:
    """ "asked to comment on the report", "asked for a reaction", "asked about …": a question put to a speaker."""
    return any((c.dep_ == "xcomp" and c.lemma_.lower() in COMMENTING) or (c.dep_ == "prep" and (
        c.lower_ == "about" or (c.lower_ == "for" and any(g.lemma_.lower() in COMMENTING for g in c.children))))
        for c in tok.children)


def _asked_in_passing(tok: Token) -> bool:
    """ "a spokesman, asked for a reaction, said …": "asked" as a participle with no subject of its own (not
    "asking for permission to appeal", the actor's own request)."""
    return tok.lower_ == "asked" and tok.dep_ in ("acl", "advcl", "parataxis") and not any(
        c.dep_ in ("nsubj", "nsubjpass") for c in tok.children)
