"""When a nominal trigger reports its act, and when it only mentions one.

A verb trigger tells what happened; a noun ("talks", "agreement", "attack", "visit") is as often a passing mention
of something that happened before, is planned, or is only talked about: "in the aftermath of the U.S. attack",
"Taiwan's request to increase its quotas", "the Argentine pact contains several features", "in light of Iran's
deployment of missiles". A nominal event is reported when the sentence says it took place, which English does
with a few constructions (the support verbs of lexical semantics, as NomBank and FrameNet list them):

- the object of a verb that holds, makes, reaches or ends it, or answers it ("held talks", "concluded an accord",
  "approved a loan", "launched an offensive", "withdrew its request", "rejected demands"), or its passive subject
  ("an accord was reached");
- the subject of a verb of happening or of an effect ("talks began", "fighting erupted", "the raid killed four",
  "the arrest angered Beijing"), not of a verb that tells a document's content ("the pact contains …");
- a few prepositional idioms: "on strike" / "on alert", "killed in an attack", "took part in talks", "arrived
  for a visit".

Anything else (the object of a preposition inside a noun phrase, the subject of a state verb, the object of a verb
of saying, honouring or hailing) is a mention, and codes no event. Measured on two blind-judged slices of wire
news, nominal triggers were real events in about 45% of cases and those inside a prepositional phrase in about
35%, against about 70% for verbs (docs/events.md, "round 11").
"""
from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from transforms.event_lexicon import lexicon

# verbs whose object (or passive subject) is an act that takes place: held, made, reached, ended, answered
SUPPORT_VERBS = frozenset({
    "hold", "have", "conduct", "open", "begin", "start", "resume", "continue", "end", "conclude", "complete",
    "reach", "sign", "strike", "seal", "finalise", "finalize", "initial", "ratify", "approve", "grant", "extend",
    "give", "provide", "offer", "make", "submit", "file", "lodge", "issue", "launch", "mount", "carry", "stage",
    "call", "wage", "pay", "receive", "withdraw", "accept", "win", "secure", "announce", "impose", "lift",
    "deliver", "send", "deploy", "order", "step", "intensify", "escalate", "renew", "repeat", "reiterate", "break",
    "suspend", "cancel", "attend", "join", "host", "chair", "declare", "decree", "set", "negotiate", "arrange",
    "establish", "enforce", "tighten", "ease", "relax", "commit", "perpetrate", "repel", "repulse", "claim",
    "halt", "stop", "cut", "freeze", "abandon", "postpone", "reject", "dismiss", "shrug", "ignore", "defy",
    "heed", "meet", "answer", "back", "sanction", "authorise", "authorize", "see", "witness", "suffer", "face",
    "endure", "survive", "undergo", "lead", "organise", "organize", "plan", "threaten", "agree", "adopt",
    "introduce", "pass", "vote", "bring", "put", "take", "restore", "maintain", "keep", "observe", "violate",
    "breach", "expand", "widen", "scale", "speed", "accelerate", "hasten", "slow", "delay", "publish",
    "present", "table", "voice", "press", "turn", "refuse", "decline", "rebuff", "spurn", "deny", "consider",
    "study", "examine", "review", "discuss", "debate", "weigh", "respond", "reply", "reopen", "restart", "kick",
    "wrap", "exchange", "trade", "deepen", "confirm", "reveal", "disclose", "acknowledge", "admit", "institute",
    "initiate",
})
# verbs whose subject is no act taking place but a document's content, a plan or a coincidence ("the pact
# contains a clause", "the agreement provides for …", "the visit could coincide with …"); the subject of any other
# verb is an act that took place, by what it did or caused ("fighting erupted", "the arrest angered Beijing")
CONTENT_VERBS = frozenset({
    "contain", "include", "cover", "need", "require", "provide", "call", "coincide", "mean", "involve", "allow",
    "guarantee", "ensure", "entitle", "grant", "specify", "foresee", "outline", "establish", "define", "reflect",
    "aim", "envisage", "envision", "stipulate", "seek", "depend", "remain", "seem", "appear", "look", "be",
    "concern", "deal", "focus", "centre", "center", "hinge", "rest", "comprise", "consist", "limit", "set",
    "oblige", "bind", "commit", "permit", "forbid", "prohibit", "ban", "govern", "apply", "expire", "run",
    "have", "lack", "feature", "omit", "differ", "resemble",
})
MARKET_EFFECTS = frozenset({
    "do", "help", "cost", "boost", "slash", "hurt", "benefit", "lift", "raise", "lower", "push", "drive", "depress",
    "weaken", "strengthen", "affect", "dampen", "spur", "stimulate", "curb", "reduce", "increase", "improve",
    "underline", "mark", "replace", "contrast", "total", "amount", "account", "stabilise", "stabilize",
    "support", "defuse", "ease", "worsen",
})  # what an act did to prices, an economy or a dispute
OUGHT = frozenset({"should", "must", "ought"})  # what an act ought to do (not "sanctions could cost Tripoli billions")
ATTACK_NOUNS = frozenset({"attack", "airstrike", "assault", "bombing", "clash", "fighting", "raid", "shelling",
                          "strike", "offensive", "riot", "crackdown", "invasion", "fire"})
# agreements named as documents: what one says, gives or is ("the accord gives U.S. firms access", "the pact is an
# agreement between …") is no act of agreeing; one reached is reported by its verb ("an accord was reached")
AGREEMENTS = frozenset({"agreement", "accord", "pact", "deal", "treaty"})
MEETINGS = frozenset({"talk", "negotiation", "consultation", "meeting", "summit", "mediation"})
# verbs of harm done by an attack: "killed in an attack", "damaged by an air raid", "losses inflicted in the assault"
HARM_VERBS = frozenset({"kill", "die", "wound", "injure", "hurt", "destroy", "damage", "perish", "lose", "hit",
                        "sink", "inflict", "suffer", "sustain", "cause", "arrest", "detain", "capture", "seize"})
# (preposition, act nouns, governing verbs or None for any): idioms that report the act
ON_DUTY = frozenset({"strike", "alert", "standby", "patrol", "offensive", "exercise", "visit"})  # "on strike"
PREP_ANCHORS: tuple[tuple[str, frozenset[str], frozenset[str] | None], ...] = (
    ("on", ON_DUTY, None),
    ("in", frozenset({"protest"}), None),  # "resigned in protest over the anti-terror laws": the act is the protest
    ("in", ATTACK_NOUNS, HARM_VERBS | {"be", "involve", "use", "fire"}),
    ("by", ATTACK_NOUNS, HARM_VERBS),
    ("during", ATTACK_NOUNS | {"demonstration", "protest", "rally"}, HARM_VERBS),
    ("in", MEETINGS | {"demonstration", "protest", "rally", "strike", "exercise", "drill", "patrol", "fighting",
                      "clash", "boycott", "riot", "offensive", "mobilization", "inspection", "investigation"},
     frozenset({"take", "participate", "engage", "join", "be", "remain", "involve", "enter", "headway", "progress",
                "breakthrough", "deadlock", "impasse", "stalemate", "make"})),
    ("into", MEETINGS, frozenset({"go", "enter", "head", "move", "run", "stretch", "drag", "continue"})),  # "went
    # into a fourth day of negotiations", "talks dragged into a second week"
    ("for", MEETINGS | {"visit", "rally", "demonstration", "protest"},
     frozenset({"arrive", "come", "go", "travel", "fly", "leave", "head", "gather", "assemble", "meet",
                "be", "stay", "return", "convene", "land", "converge", "march", "flock", "pour", "stream"})),
)
# an act described as under way or just done: "the current talks with the IMF", "a fresh Iranian assault"
UNDER_WAY = frozenset({"current", "ongoing", "continuing", "latest", "recent", "fresh", "renewed"})
# nouns that count or measure acts: "a series of attacks", "a new round of talks", "two days of fighting"
QUANTITIES = frozenset({"series", "wave", "spate", "string", "round", "day", "week", "hour", "month", "year",
                        "number", "campaign", "flurry", "volley", "barrage", "burst", "outbreak", "resumption",
                        "start", "continuation", "escalation", "renewal", "set", "package", "bout"})
# sums given "in" aid: "approved 100,000 dlrs in aid for Ecuador"
MONEY = frozenset({"dlrs", "dollars", "dollar", "pounds", "euros", "yen", "francs", "marks", "million", "billion",
                   "mln", "bln", "sum", "amount", "tonnes", "tons"})


@lru_cache(maxsize=1)
def _lexicon_verbs() -> frozenset[str]:
    return frozenset(lemma for lemma, pos in lexicon() if pos == "V")


def _forms(tok: Token) -> set[str]:
    """The word's lemma and the stems its inflection may hide (the small model lemmatises "staged" as "stag")."""
    low = tok.lower_
    forms = {tok.lemma_.lower(), low}
    if low.endswith(("ed", "es")):
        forms |= {low[:-1], low[:-2]}
    elif low.endswith("s"):
        forms.add(low[:-1])
    elif low.endswith("ing"):
        forms |= {low[:-3], low[:-3] + "e"}
    return forms


def _governing_noun(tok: Token) -> Token:
    """The noun that stands in the clause for a trigger: itself, or the conjunct, quantity or sum it hangs from
    ("talks and consultations", "a series of attacks", "100,000 dlrs in aid")."""
    node = tok
    for _ in range(3):
        if node.dep_ == "conj" and node.head.pos_ in ("NOUN", "PROPN") and node.head.i != node.i:
            node = node.head
        elif node.dep_ == "pobj" and _counted(node.head.lower_, node.head.head):
            node = node.head.head
        else:
            break
    return node


PARTIES_DID = frozenset({"engage", "discuss", "agree", "talk", "exchange", "sign", "negotiate", "debate"})


def _participants_act(verb: Token) -> bool:
    """The clause a meeting is the time of tells what its parties did: "A and B" as its subject, or a verb of
    talking or agreeing ("During the talks, Iran agreed to …"), not a poll taken or a faith reaffirmed."""
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    pair = any(c.dep_ == "nsubj" and any(g.dep_ == "conj" for g in c.children) for c in verb.children)
    return pair or bool(_forms(verb) & PARTIES_DID)


def _with_partner(tok: Token) -> bool:
    """A meeting named with whom it was held ("a meeting with government officials")."""
    return tok.lemma_.lower() in MEETINGS and any(c.dep_ == "prep" and c.lower_ == "with" for c in tok.children)


def _counted(prep: str, head: Token) -> bool:
    """A quantity of acts ("a series of attacks") or a sum given in them ("100,000 dlrs in aid")."""
    if prep == "of":
        return head.lemma_.lower() in QUANTITIES
    return prep == "in" and (head.lower_ in MONEY or any(c.dep_ == "nummod" for c in head.children))


EARLIER = frozenset({"last", "previous"})  # on a period: "last December", "last month's" (not "the last round of
# talks", "his last meeting with Putin": the latest; "recent" talks are under way: see UNDER_WAY)
PERIODS = frozenset({"week", "month", "year", "spring", "summer", "autumn", "fall", "winter", "season", "quarter",
                     "january", "february", "march", "april", "may", "june", "july", "august", "september",
                     "october", "november", "december", "weekend"})  # (not "last night": the news day)
SNUBS = frozenset({"snub", "spurn", "boycott", "shun", "skip", "shunn", "leave"})  # ("shunn": `_forms` of
# "shunned"; "left the cabinet meeting": walked out of it)


def _dated_before(noun: Token) -> bool:
    """A nominal dated before the news by its own words: "after last December's OPEC meeting", "following an
    agreement last month" (not by a clause about someone in it: "after talks with X, who arrived last night"; not
    "after the last round of talks" or "after last night's meeting")."""
    stack = [noun]
    while stack:
        for child in stack.pop().children:
            if child.dep_ in ("relcl", "acl", "advcl", "ccomp"):
                continue
            if child.lower_ in EARLIER and child.head.lower_ in PERIODS:
                return True
            stack.append(child)
    return False


def reported_nominal(tok: Token) -> bool:
    """True when a nominal trigger is reported as taking place in its sentence (see the module docstring)."""
    noun = _governing_noun(tok)
    head, dep = noun.head, noun.dep_
    document = tok.lemma_.lower() in AGREEMENTS
    if any(c.dep_ == "relcl" and _forms(c) & SUPPORT_VERBS for c in noun.children):
        return True  # "the summit that Biden and Xi held last month", "the treaty, which Britain and France signed"
    if document and (dep in ("nsubj", "appos") or (dep == "attr" and not any(
            c.dep_ == "nsubj" and c.pos_ == "PRON" for c in head.children))):
        return False  # "the EC-U.S. accord guarantees sales", "the pact is an agreement between …": the document
        # ("this is the first deal between Moscow and Kyiv" reports one)
    if tok.lemma_.lower() in MEETINGS | {"visit"} and dep == "dobj" and _forms(head) & SNUBS:
        return False  # "Hungary snubbed the summit in Kyiv": a meeting stayed away from
    if tok.lemma_.lower() in MEETINGS and dep == "dobj" and _forms(head) & {"tell", "address", "brief"}:
        return False  # "told a meeting of the police authority it would be unwise …": the audience of a speech
    if dep in ("ROOT", "appos", "attr") or head.i == noun.i:
        return True  # a headline fragment, "a seamen's strike, which began …", "it was an attack on …"
    if any(c.dep_ == "amod" and c.lower_ in UNDER_WAY for c in tok.children):
        return True
    verb = _forms(head)
    if head.dep_ == "xcomp" and head.head.pos_ == "VERB":
        verb |= _forms(head.head)  # ("began to hold talks"; "staging recurring boycotts", parsed as a verb)
    if dep == "dobj" and tok.lemma_.lower() in ON_DUTY and any(c.dep_ == "prt" and c.lower_ == "on"
                                                               for c in head.children):
        return True  # "have gone on strike", with "on" parsed as the verb's particle
    if dep in ("dobj", "nsubjpass") and head.pos_ in ("VERB", "AUX"):
        if document and _forms(head) & {"have", "hold"} and head.tag_ != "VBN":
            return False  # "Iraq and China have barter deals with Brazil": agreements in force, not one reached
        return bool(verb & SUPPORT_VERBS or verb & _lexicon_verbs())
    if dep == "nsubj" and head.pos_ == "VERB":
        if verb & MARKET_EFFECTS and tok.lemma_.lower() not in ATTACK_NOUNS:
            return False  # "U.S. sanctions have cost its economy 15 billion dlrs", "OPEC's agreement should boost
            # prices", "the envoy's visit has done little to defuse frictions": what an act did to an economy or a
            # dispute, said of one done before (an attack's effects on people report it: "the raid killed four")
        return not verb & CONTENT_VERBS and not any(c.dep_ == "aux" and c.lower_ in OUGHT for c in head.children)
        # ("U.S. food aid should stress incentives": what the aid ought to do, no aid given)
    if dep == "pobj":
        prep, governor = head.lower_, _forms(head.head)
        if prep in ("after", "following"):
            # "retook the village after fierce fighting", "speaking after talks with Suharto": what came just before
            # (see `background`); not an agreement the news follows from, nor an act dated before the news ("prices
            # rose after the OPEC pact", "recovered after last December's OPEC meeting")
            return not document and not _dated_before(noun)
        if prep in ("in", "during", "throughout") and _with_partner(tok):
            return True  # "said in a meeting with government officials", "said during talks with Swedish officials"
        lemma = tok.lemma_.lower()
        if prep in ("during", "throughout") and lemma in MEETINGS | {"visit"} and _participants_act(head.head):
            return True  # "Throughout the summit, Biden and Xi engaged in a debate": what they did there
        return any(prep == p and lemma in nouns and (verbs is None or governor & verbs)
                   for p, nouns, verbs in PREP_ANCHORS)
    return False
