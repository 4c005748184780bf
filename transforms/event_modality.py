"""Whether a trigger's event happened: `modality` gives `negated`, `hypothetical` or `asserted` from the trigger's
own markers (a negation, a modal, "if", an unrealised noun such as "planned talks", a meeting on a timetable) and
from the words that govern it ("denied", "is expected to", "plans to", a claim made by the press, "it is alleged").
`intends`, `obliged` and `conditional` read an actor's own stated future act ("will free"), a demand on another
("said Peru must …") and an ultimatum ("… unless"), which the coder folds into the event type; `REPORTING` holds
the verbs of saying.
"""
from __future__ import annotations

import re

from spacy.tokens import Token

from transforms.actors import organisation
from transforms.dates import sentence_is_future
from transforms.event_actors import _thing
from transforms.gazetteer import country_of
from transforms.syntax import dated_infinitive_head, passive_subject, subject_of

HYPOTHETICAL_HEADS = {
    "proposal", "bid", "idea", "option", "threat", "pledge", "promise", "attempt", "set", "about", "due", "poised",
    "poise", "bound", "need",
    "expect", "plan", "consider", "weigh", "urge", "propose", "want", "seek", "hope", "intend", "aim", "prepare",
    "schedule", "ask", "call", "demand", "vow", "offer", "try", "threaten",
    "mull", "contemplate", "suggest", "recommend", "push", "press", "likely", "possible",
    "encourage", "advise", "exhort", "prod", "nudge", "coax", "suppose",
    "tendency", "inclination", "propensity", "habit",  # ("Washington's tendency to impose"; not "persuaded to
    # withdraw": done)
    "unlikely", "appear", "seem", "appeal", "plead", "lobby", "campaign", "allow", "permit", "tip", "tipped",
    "entitled", "entitle", "right", "wrong", "free", "justified", "refusal", "unwillingness", "reluctance",
    "plot", "conspire", "scheme", "conspiracy", "deadline", "eve", "run-up", "effort", "drive",
    "pressure",  # ("under pressure to disarm the militias": asked of them, not done)
    "request", "invitation", "authority", "mandate", "permission", "power", "licence", "license",
    "ability", "capacity", "capability", "willingness", "readiness", "opportunity", "freedom", "means",
    # ("Reagan's ability to veto legislation": a power held, no veto cast)
    # ("a request to shareholders to reject the offer", "has no authority to demand documents": asked or allowed)
}  # ("plotted to kill", "the deadline for X to disarm", "on the eve of a visit", "the effort to end …": not done)
POLICY_CONTENT = {"initiative", "scheme", "programme", "program", "bill", "law", "legislation", "measure", "policy",
                  "reform", "rule", "regulation", "strategy", "package", "amendment", "clause", "power", "right"}
PROSPECTS = {"prospect", "chance", "possibility", "likelihood", "risk", "danger", "hope", "fear", "question", "idea",
             "speculation", "rumour", "rumor", "suggestion", "expectation", "belief", "guess", "suspicion"}
UNLIKELY = {"unlikely", "likely", "possible", "impossible", "probable", "improbable", "doubtful", "conceivable"}
AIMS = {"aim", "goal", "objective", "intention", "plan", "idea", "hope", "ambition", "wish", "task", "job"}
NOMINAL_UNREALISED = {"possible", "potential", "proposed", "planned", "likely", "reported", "mooted", "rumoured",
                      "rumored", "future", "draft", "upcoming", "forthcoming", "prospective", "suspected", "alleged",
                      "touted", "putative"}
SCHEDULED = re.compile(r"\b(?:next|coming|later this|later in the) (?:week|month|year|weekend|spring|summer|autumn|"
                       r"winter)\b|"
                       r"\b(?:tomorrow|later today|tonight|this weekend|this evening)\b", re.IGNORECASE)
SCHEDULING_VERBS = {"begin", "start", "open", "resume", "convene", "close", "end", "run", "take", "get"}
MISLEMMATISED = {"hoped": "hope", "hoping": "hope", "hopes": "hope"}  # the model's lemma for "hoped" is "hop"
CONDITIONS = {"providing", "provided", "assuming", "supposing"}
MODALS = {"will", "would", "could", "may", "might", "should", "can", "must", "shall", "'ll", "wo", "ca"}
NEGATORS = {"deny", "refuse", "decline", "fail", "reject", "dismiss", "refute", "rebut"}
WISHES = {"want", "wish", "hope"}
HEDGES = {"might", "may", "could"}
WARNINGS = {"warn", "threaten"}
CHARGES = {"charge", "claim", "allegation", "accusation"}
SPEECH_ACTS = {"threaten", "warn", "promise", "pledge", "vow", "agree", "offer", "announce", "propose", "urge",
               "call", "demand", "ask", "say"}  # done as they are said ("threatens Iraq with an offensive next week")
INTENT = {"want", "willing", "ready", "prepare", "prepared", "intend", "plan", "aim", "vow", "pledge", "promise",
          "offer"}
REPORTING = {"say", "tell", "announce", "report", "state", "declare", "add", "claim", "confirm", "reveal", "note",
             "quote", "write", "explain", "insist", "indicate", "show", "believe", "think", "know", "learn"}


def negated(tok: Token) -> bool:
    if any(c.dep_ == "neg" for c in tok.children):
        return True
    if tok.pos_ == "NOUN" and any(c.lower_ == "no" and c.dep_ == "det" for c in tok.children):
        return True  # "no arrests have been made"
    subj = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subj is not None and (any(c.lower_ == "no" and c.dep_ == "det" for c in subj.children) or any(
        t.lower_ == "neither" for t in subj.subtree))  # ("neither Sarney nor Funaro accepted the proposals")


def _own_hypothetical(tok: Token) -> bool:
    if tok.dep_ in ("pobj", "pcomp") and tok.head.lower_ == "to" and (tok.head.head.lower_ == "forward" or any(
            c.lower_ == "forward" for c in tok.head.head.children)):
        return True  # "looking forward to his talks with …", "looked forward to meeting …": talks to come
    if tok.dep_ in ("ccomp", "advcl") and tok.head.lower_ in CONDITIONS:
        return True  # "… providing the 14 Liberal MPs would support his government": a condition
    if tok.dep_ == "conj" and tok.pos_ == "VERB" and tok.head.pos_ == "VERB" and not any(
            c.dep_ in ("nsubj", "nsubjpass", "aux") for c in tok.children) and any(
            c.dep_ == "aux" and c.lower_ in MODALS for c in tok.head.children):
        return True  # "the government can tax or seize unused land": the modal governs both
    if any(c.dep_ == "aux" and c.lower_ in MODALS for c in tok.children) or any(
            c.dep_ == "mark" and c.lower_ in ("if", "unless", "whether") for c in tok.children):
        return True
    if tok.pos_ == "VERB" and (tok.tag_ in ("VBP", "VBZ") or (tok.tag_ == "VB" and any(
            c.dep_ == "nsubj" for c in tok.children))) and _lemma(tok) not in SPEECH_ACTS and not any(
            c.dep_ in ("aux", "auxpass") for c in tok.children) and _timetabled(tok):  # (the tagger often reads a
        # present "meet" as a base form)
        return True  # "EC ministers meet later today", "the ministers meet tomorrow in Luxembourg": to come
    if tok.dep_ == "advcl" and tok.head.lemma_ == "be" and any(c.dep_ == "aux" and c.lower_ == "to"
                                                                for c in tok.children):
        return True  # "X was among those worried about plans, backed by Y, to lift the ban": no act of X's
        # (a purpose after an act, "sent monitors to investigate", is coded with that act, as PLOVER does)
    if tok.lemma_.lower() not in WARNINGS and any(
            c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in c.children)
            for c in tok.children if c.i > tok.i):
        return True  # "will evacuate them if necessary" (a warning's condition is the threat's own: "warned Israel
        # of retaliation if it attacked Gaza" is a threat made)
    if tok.dep_ in ("xcomp", "ccomp", "attr") and tok.head.lemma_ == "be" and any(
            c.dep_ == "nsubj" and c.lemma_.lower() in AIMS for c in tok.head.children):
        return True  # "the aim of UKIP is to withdraw"
    if _journey_to_come(tok):
        return True
    return tok.pos_ == "NOUN" and (any(c.lemma_.lower() in NOMINAL_UNREALISED or c.lower_ in NOMINAL_UNREALISED
                                       for c in tok.children) or _scheduled(tok) or _to_come(tok) or (
        sentence_is_future(tok.sent.text) and not any(c.dep_ == "neg" for c in tok.head.children)))


DEPARTURES = {"leave", "depart", "fly", "travel", "head", "set"}


def _journey_to_come(tok: Token) -> bool:
    """An act that a trip not yet made is for: "leaves on April 7 to attend the IMF meetings", "would leave Monday
    to hold talks with Baker", "leaves on his sixth official visit to the United States on Wednesday" (a departure
    verb in the present tense or with a modal)."""
    trip = tok.head if (tok.dep_ in ("advcl", "xcomp") and any(c.dep_ == "aux" and c.lower_ == "to"
                                                                for c in tok.children)) else None
    if tok.pos_ == "NOUN" and tok.dep_ == "pobj" and tok.head.lower_ in ("on", "for"):
        trip = tok.head.head
    if trip is None or trip.pos_ != "VERB" or _lemma(trip) not in DEPARTURES:
        return False
    return trip.tag_ in ("VBZ", "VBP") or any(c.dep_ == "aux" and c.lower_ in MODALS for c in trip.children)


def _timetabled(verb: Token) -> bool:
    """A future time as the verb's own modifier ("later today", "tomorrow", "next week"), not inside its object
    ("threatens Iraq with an offensive next week" is a threat made now)."""
    doc = verb.doc
    return any(SCHEDULED.search(doc[c.left_edge.i:c.right_edge.i + 1].text) for c in verb.children
               if c.dep_ in ("npadvmod", "advmod", "tmod"))


def _scheduled(noun: Token) -> bool:
    """A meeting or talks on a timetable, not yet held: "talks next week", "the summit begins on 16 December"
    (a scheduling verb in the present tense)."""
    if SCHEDULED.search(noun.sent.text):
        return True
    head = noun.head
    return noun.dep_ == "nsubj" and head.tag_ in ("VBZ", "VBP") and head.lemma_.lower() in SCHEDULING_VERBS


FORESEEN = {"meeting", "talk", "talks", "summit", "visit", "negotiation", "negotiations", "consultation", "conference",
            "session", "trip", "demand", "request"}
DUE = {"due", "scheduled", "set", "expected", "likely", "poised", "slated", "planned", "bound"}
FUTURE_MODALS = {"will", "would", "shall", "should", "'ll", "wo"}
PAST_MARKS = {"last", "recent", "previous", "earlier", "former", "past", "yesterday"}


def _to_come(noun: Token) -> bool:
    """A meeting or a demand as the subject of what will be ("the talks should be more harmonious", "the meeting
    would give them a first chance", "his main demand will be …", "the summit is due to open"): not yet held or
    made; the meeting held ("the talks, which ended on Monday, would …", "last week's meeting will …") is not."""
    if noun.lemma_.lower() not in FORESEEN and noun.lower_ not in FORESEEN:
        return False
    verb = noun.head if noun.dep_ == "nsubj" else _subjectless_clause(noun)
    if verb is None:
        return False
    if not (any(c.dep_ == "aux" and c.lower_ in FUTURE_MODALS for c in verb.children) or any(
            c.dep_ in ("acomp", "xcomp") and c.lower_ in DUE for c in verb.children)):
        return False
    return not any((c.dep_ in ("acl", "relcl") and (c.tag_ == "VBD" or any(a.tag_ == "VBD" for a in c.children)))
                   or c.lower_ in PAST_MARKS or (c.dep_ == "poss" and any(g.lower_ in PAST_MARKS for g in c.children))
                   for c in noun.children)


def _subjectless_clause(noun: Token) -> Token | None:
    """The clause a noun is the subject of when the parser took it for the object of the verb of saying ("officials
    said the meeting, while …, would provide": the meeting, dobj of "said"; "would provide", a ccomp with no
    subject)."""
    head = noun.head
    if noun.dep_ != "dobj" or head.lemma_.lower() not in REPORTING:
        return None
    return next((c for c in head.children if c.dep_ == "ccomp" and c.i > noun.i and not any(
        g.dep_ in ("nsubj", "nsubjpass", "expl") for g in c.children)), None)


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
        if (verb := dated_infinitive_head(node)) is not None:  # ("declined on Tuesday to revoke …")
            if _lemma(verb) in NEGATORS:
                return "negated"
            if _lemma(verb) in HYPOTHETICAL_HEADS:
                return "negated" if negated(verb) else "hypothetical"
            node = verb
            continue
        if node.head.i == node.i or node.dep_ not in allowed:
            return None
        head = node.head
        lemma = _lemma(head)
        if lemma == "go" and head.tag_ == "VBG" and any(c.dep_ == "aux" for c in head.children) and (
                node.dep_ == "xcomp" or (node.dep_ == "advcl" and any(c.lower_ == "to" for c in node.children))):
            return "hypothetical"  # "Reagan is going to urge senators …", "is going to the Capitol to urge …"
        if lemma in ("be", "have") and node.dep_ == "xcomp" and any(c.lower_ == "to" for c in node.children):
            return "hypothetical"  # "more money is to be given", "states had to fight terrorism": due, not done
        if lemma in NEGATORS and (node.dep_ in ("xcomp", "ccomp", "dobj", "nsubjpass") or _to_clause(node)) and not (
                node.i < head.i and any(c.dep_ == "nsubj" and c.lemma_.lower() in CHARGES for c in head.children)):
            return "negated"  # (not "X accused Y of …, a charge Y denied", parsed as if the accusation were denied)
        if lemma == "do" and node.dep_ in ("advcl", "xcomp") and any(
                c.dep_ == "dobj" and c.lower_ in EFFORTS for c in head.children):
            return "hypothetical"  # "is doing all in its power to help", "will do everything to free them"
        if lemma in BELIEVED and node.dep_ == "xcomp" and any(c.dep_ == "auxpass" for c in head.children):
            return "hypothetical"  # "G8 ministers are believed to have agreed …": an unconfirmed report
        if lemma in ALLEGING and node.dep_ == "ccomp" and _hearsay(head):
            return "hypothetical"  # "the newspaper claimed he received money from X", "it is alleged that …"
        if lemma in HYPOTHETICAL_HEADS | POLICY_CONTENT | PROSPECTS and node.dep_ == "acl" and head.pos_ == "NOUN":
            return "hypothetical"  # "plans to cut taxes", "a proposal to lift the ban", "an initiative to allow …"
        if lemma in HYPOTHETICAL_HEADS and node.dep_ in ("xcomp", "ccomp", "nsubjpass", "dobj", "advcl", "prep") and \
                not (lemma == "set" and node.dep_ == "dobj"):  # ("is set to vote"; not "set fire to the offices")
            return "negated" if negated(head) else "hypothetical"
        if lemma in DELAYS and node.dep_ in ("xcomp", "dobj", "pcomp") and node.tag_ == "VBG":
            return "hypothetical"  # "have delayed accepting a U.S. proposal": not yet done
        if _time_clause(node, FUTURE_MARKS) and head.tag_ in ("VBZ", "VBP") and not any(
                c.dep_ in ("aux", "auxpass") and c.tag_ in ("VBD", "VBN") for c in head.children):
            return "hypothetical"  # "the appointment becomes effective when it and the French government sign the
            # agreement": a present-tense time clause under a present tense speaks of a time to come
        if _own_hypothetical(head) and (node.dep_ in ("xcomp", "ccomp", "prep", "dobj", "nsubjpass", "acomp") or (
                node.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in node.children)) or
                _time_clause(node)):
            return "hypothetical"  # ("would be happy to meet", "would never be able to reach agreement", "should
            # change the law to give …": the purpose of an act not done; "would not release the funds until it
            # agrees to …", "his demand when he arrives for talks would be …": a time to come)
        if lemma in UNDERTAKEN and node.dep_ == "xcomp":
            return "hypothetical"  # "agreed to hold talks", "decided to open negotiations": talks to come (the
            # agreement or decision codes itself)
        if node.dep_ in ("ccomp", "xcomp") and any(c.dep_ == "acomp" and c.lemma_.lower() in UNLIKELY
                                                   for c in head.children):
            return "hypothetical"  # "it is unlikely he would give …"
        node = head
    return None


PROMISED = {"promise", "pledge", "vow", "guarantee", "assure"}
UNDERTAKEN = {"agree", "decide", "resolve", "consent", "undertake"}
TIME_MARKS = {"until", "till", "when", "once", "before", "after", "as", "unless", "whenever"}


DELAYS = {"delay", "postpone", "defer"}
FUTURE_MARKS = {"until", "till", "when", "once", "before", "after", "whenever"}  # (not "as": "the offer comes as the
# Foreign Secretary arrives in Indonesia" is now)


def _time_clause(clause: Token, marks: set[str] = TIME_MARKS) -> bool:
    """A clause of time in the present tense ("until it agrees", "when he arrives", "once they sign"): under a
    modal it speaks of the future; a past tense ("after the rebels freed them") tells of what happened."""
    return clause.dep_ == "advcl" and clause.tag_ in ("VBZ", "VBP", "VB") and not any(
        c.dep_ in ("aux", "auxpass") and c.tag_ in ("VBD", "VBN") for c in clause.children) and any(
        c.dep_ in ("mark", "advmod") and c.lower_ in marks for c in clause.children)  # ("when" is an advmod)


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
    if negated(tok) or context == "negated":
        return "negated"
    if _own_hypothetical(tok) or context == "hypothetical":
        return "hypothetical"
    return "asserted"


def _to_clause(node: Token) -> bool:
    """An infinitive the parser took for a purpose clause ("Pretoria declined in 1985 to lift the order")."""
    return node.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in node.children)


def conditional(tok: Token) -> bool:
    return any(c.dep_ == "advcl" and any(m.lower_ == "unless" for m in c.children) for c in tok.children)


def intends(tok: Token) -> bool:
    """The actor's own stated future act: "will free", "is ready to pull out", "intends to strike"."""
    if passive_subject(tok) is not None:
        return False
    infinitive = tok.dep_ == "advcl" and tok.head.pos_ == "VERB" and any(c.dep_ == "aux" and c.lower_ == "to"
                                                                          for c in tok.children)
    if infinitive and tok.head.lemma_.lower() not in INTENT:
        return intends(tok.head)  # "would send experts to help Ecuador", "was willing to travel to Moscow to meet
        # Putin": the purpose of an act undertaken
    if subject_of(tok) is None and not (tok.dep_ == "xcomp" and tok.head.lemma_.lower() in INTENT):
        return False  # (but "he was willing to travel …")
    if tok.dep_ == "ccomp" and _lemma(tok.head) in PROMISED and any(
            c.dep_ == "aux" and c.lower_ in ("will", "would", "'ll", "shall") for c in tok.children):
        return True  # "promised that Canberra would help the Solomon Islands": the promise is the undertaking
    if any(c.dep_ == "aux" and c.lower_ in ("will", "would", "'ll", "shall") for c in tok.children):
        if tok.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in REASONS for c in tok.children):
            return False  # "a blockade was unlikely because it would block Iran's own shipments": a reason given
        return _context(tok) != "hypothetical" and not _predicted(tok)
    head = tok.head
    if _lemma(head) in WISHES and head.tag_ in ("VBD", "VBN"):
        return False  # "rebels wanted to attack the capital": someone's account of a wish, no threat made
    if any(c.dep_ == "aux" and c.lower_ in HEDGES for g in (head, head.head) for c in g.children):
        return False  # "a message that it might be willing to attack Iran": a guess at an intention, no threat
    return (tok.dep_ == "xcomp" or infinitive) and (head.lemma_.lower() in INTENT or any(
        c.lemma_.lower() in INTENT and c.dep_ in ("acomp", "xcomp") for c in head.children))


def _predicted(tok: Token) -> bool:
    """ "EU cooperation would help …, he argued": a speaker's forecast about another actor or a thing, not the
    actor's own undertaking (which the speaker states as "it will …" or names as himself)."""
    subject = subject_of(tok)
    if subject is None or subject.pos_ == "PRON" or tok.dep_ != "ccomp" or tok.head.lemma_.lower() not in REPORTING | {
            "argue", "predict", "forecast", "warn", "suggest", "insist"}:
        return False
    speaker = subject_of(tok.head)
    said_by = {speaker.lemma_.lower()} | {c.lemma_.lower() for c in speaker.children if c.dep_ in (
        "compound", "amod")} if speaker is not None else set()
    named = subject.ent_type_ in ("GPE", "ORG", "NORP") or subject.pos_ == "PROPN" or any(
        c.dep_ in ("amod", "compound", "poss") and c.ent_type_ in ("GPE", "ORG", "NORP") for c in subject.children)
    own_voice = speaker is not None and any(c.dep_ == "poss" for c in speaker.children) and \
        bool(said_by & (SPOKESPEOPLE | LEADERS))  # ("the movement's leader", "its spokesman", "Beijing's foreign
    # ministry": speaking for the one whose act it is)
    if said_by & SPOKESPEOPLE and None not in (heard := _state_of(speaker), doer := _state_of(subject)) and \
            heard != doer:
        return True  # "Iranian forces will attack the tankers, a US official said": another state's forecast
    if (said_by & SPOKESPEOPLE or own_voice) and named and not _thing(subject):
        return False  # "Egypt will back Sudan's bid, Foreign Minister Amr Moussa said", "the EU will lift the
        # embargo, diplomats in Brussels said", "the Nigerian army will begin joint patrols, a military spokesman
        # said": those who speak for a state or body, telling its undertaking
    return _thing(subject) or speaker is None or speaker.lemma_.lower() != subject.lemma_.lower()


def _state_of(noun: Token | None) -> str | None:
    """The state a noun's own name or modifier names ("Iranian forces", "a US official", "Beijing's ministry")."""
    if noun is None:
        return None
    for t in (noun, *(c for c in noun.children if c.dep_ in ("amod", "compound", "poss"))):
        if t.ent_type_ in ("GPE", "NORP"):
            code = country_of(t.text, t.ent_type_)
            if code:
                return code
    return None


SPOKESPEOPLE = {"spokesman", "spokeswoman", "spokesperson", "official", "diplomat", "source", "aide", "ministry",
                "minister", "ambassador", "envoy", "statement", "embassy", "secretary", "kremlin"}
LEADERS = {"leader", "chief", "head", "commander", "president", "chairman", "secretary-general"}


REASONS = {"because", "since", "as", "so", "if", "unless", "though", "although"}
OPINIONS = {"believe", "think", "feel", "reckon", "consider", "know", "hope", "suspect", "suppose", "guess"}


def obliged(tok: Token) -> bool:
    """ "Chile said Peru must hand back the trawler": a demand; "the party believes X should …" is an opinion."""
    return any(c.dep_ == "aux" and c.lower_ in ("must", "should") for c in tok.children) and tok.dep_ == "ccomp" and \
        tok.head.lemma_.lower() in REPORTING - OPINIONS and not (
            negated(tok) and any(c.lower_ == "should" for c in tok.children))  # "should not ignore": advice
