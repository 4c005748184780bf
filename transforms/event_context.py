"""What the event coder knows about one article beyond a sentence: `ArticleContext` holds the body's entity
mentions, the article's home state, the states, parties, offices and genders its people were introduced with,
their full names, and the dateline ("BAGHDAD (AFP) - ", also after a headline line), which says where the story
was filed and names no actor. `after_dateline` stands in for a dateline word the parser took as an argument.
"""
from __future__ import annotations

import re
from collections import Counter
from datetime import date
from functools import cached_property

from spacy.tokens import Doc, Span, Token

from transforms.actors import POLITICAL_SECTORS, Role, agent_sector, national_title, organisation, party_in
from transforms.entities import doc_text
from transforms.entity_refine import strip_titles
from transforms.event_headline import headline_end
from transforms.event_spans import core_span
from transforms.gazetteer import actor_country, country_of_name, is_big_city, is_capital
from transforms.metadata import dateline_end

PRONOUN_OF_TITLE = {"Mr": "he", "Sir": "he", "Lord": "he", "Mrs": "she", "Ms": "she", "Miss": "she", "Lady": "she",
                    "Baroness": "she", "Dame": "she"}
ACTOR_LABELS = ("PERSON", "ORG", "GPE", "NORP", "LOC", "FAC")


IGO_TITLE_WORDS = {"president", "director", "managing", "general", "director-general", "secretary",
                   "secretary-general", "chief", "head", "chairman", "chairwoman", "governor", "commissioner", "envoy",
                   "spokesman", "spokeswoman", "official", "executive", "deputy", "vice", "representative", "delegate",
                   "coordinator", "economist", "mission"}


_CLAUSE_BREAK = re.compile(r"[;:\n(\"“”,]|(?<!\b[A-Z])\.\s")  # (a sentence's end, not the dots of "U.N.")
POSTED_TO = {"to", "at", "for", "in", "with"}


def igo_introduced(text: str, m: dict) -> bool:
    """A person introduced by a title that names an international body: before the name ("IMF Managing Director
    Michel Camdessus", "the World Bank's chief economist Ann Roe") or in an apposition after it ("Edouard Saouma,
    director-general of the FAO,"); not a body named earlier in the clause ("the IMF said Finance Minister X")."""
    before = _CLAUSE_BREAK.split(text[max(0, m["start_char"] - 60):m["start_char"]])[-1].split()
    chain: list[str] = []
    for word in reversed(before):
        bare = word.removesuffix("'s").removesuffix("’s")
        if not (bare[:1].isupper() or bare.lower() in IGO_TITLE_WORDS or bare in ("of", "the")):
            if bare.lower() in POSTED_TO:
                return False  # "U.S. Ambassador to NATO David Abshire": a state's envoy to the body
            break
        chain.insert(0, bare)
    if _names_igo(chain):
        return True
    after = text[m["end_char"]:m["end_char"] + 80]
    if not after.startswith(", "):
        return False
    apposition = after[2:].split(",")[0].split()[:8]
    of = next((i for i, w in enumerate(apposition) if w == "of"), None)  # "director-general of the FAO", not
    return of is not None and any(w.lower() in IGO_TITLE_WORDS for w in apposition[:of]) and _names_igo(
        apposition[of + 1:])  # "the British representative at the IMF"


GAP_BREAKS = {"and", "or", "with", "to", "by", "for", "from", "at", "on", "in", "said", "says", "told", "met", "who",
              "that", "which", "whose", "as", "than", "against"}


def _lower_title(gap: Span | None) -> bool:
    """A title written in lower case between a nationality and a name ("British corporate affairs minister Michael
    Howard"): a few nouns and adjectives ending with an office, no verb or linking word among them ("the German
    government today welcomed President Reagan" is no title)."""
    words = [t for t in gap or () if not t.is_space]
    return 0 < len(words) <= 4 and agent_sector([words[-1].text]) is not None and all(
        t.pos_ in ("NOUN", "PROPN", "ADJ") and t.lower_ not in GAP_BREAKS for t in words)  # (an office only: "Greek
    # sprinter Kostas Kenteris" would make a sportsman a state's actor)


SHARED_TITLES = {"captain", "skipper", "coach", "manager", "chairman", "chairwoman", "president", "director",
                 "chief", "head", "executive", "founder", "owner", "leader", "officer", "commissioner", "secretary"}
# (titles companies, clubs, ships and unions give too: kept for later mentions only with a state's words before them,
# "Foreign Secretary", "opposition leader", not "rugby captain" or "company president")


SPOKES = {"spokesman", "spokeswoman", "spokesperson"}
STATE_ORGANS = {"ministry", "office", "department", "government", "embassy", "army", "military", "police", "cabinet",
                "presidential", "palace", "pentagon", "kremlin", "state", "white", "downing", "foreign", "interior"}


def opposition_portfolio(words: list[str]) -> bool:
    """A spokesman for a policy area with no state organ named ("home affairs spokesman Mark Oaten", "the party's
    foreign affairs spokeswoman"): an opposition frontbencher, as British and Commonwealth news names them (a
    government's spokesmen speak for a ministry or office: "a Foreign Office spokesman")."""
    lower = [w.lower().strip(",.'’") for w in words]
    return bool(lower) and lower[-1] in SPOKES and "affairs" in lower and not set(lower) & STATE_ORGANS


def _title_sector(words: list[str]) -> str | None:
    """The sector of a title ending these words; a title companies, clubs and ships give too ("captain",
    "president", "chief") only with a state's word before it ("Vice President", "Foreign Secretary") or as part of
    a longer agent phrase ("opposition leader"); "rugby captain", "company president" give none; an affairs
    spokesman with no state organ speaks for the opposition (`opposition_portfolio`)."""
    if opposition_portfolio(words):
        return "OPP"
    sector = agent_sector(words) if words else None
    if sector is None or words[-1].lower() not in SHARED_TITLES or agent_sector(words[-1:]) != sector:
        return sector
    return sector if len(words) > 1 and words[-2].lower() in STATE_TITLE_WORDS else None


STATE_TITLE_WORDS = {"foreign", "home", "state", "prime", "deputy", "vice", "defence", "defense", "finance",
                     "trade", "interior", "justice", "police", "army", "military", "opposition", "cabinet"}


def _political_body(name: str) -> bool:
    role = organisation(name)
    return role is not None and role.sector in POLITICAL_SECTORS


def _names_igo(words: list[str]) -> bool:
    words = [w.strip(".,;:()\"'") for w in words]
    return any((body := organisation(" ".join(words[i:j]))) is not None and body.sector == "IGO" and
               body.country is None for i in range(len(words)) for j in range(i + 1, min(i + 6, len(words) + 1))
               if words[i][:1].isupper())


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
        self.person_sector = self._person_sectors()
        self.igo_people: set[str] = set()  # ("World Bank President Barber Conable", later "Conable": the bank's)
        for m in self.mentions:
            if m["label"] == "PERSON" and m["entity_id"] not in self.igo_people and igo_introduced(self.text, m):
                self.igo_people.add(m["entity_id"])
        self.gender = self._genders()
        self.names: dict[str, str] = {}
        for m in self.mentions:
            if m["label"] == "PERSON":
                name = strip_titles(m["text"])
                if len(name) > len(self.names.get(m["entity_id"], "")):
                    self.names[m["entity_id"]] = name
        self.home = self._home()

    @cached_property
    def names_a_party(self) -> bool:
        """Whether the article names a political party anywhere (so that "both parties" may be parties of state,
        not the two sides of a deal or a lawsuit)."""
        return bool(self.person_party) or any(
            m["label"] in ("ORG", "NORP", "PERSON") and (((role := organisation(m["text"])) is not None and
                                                          role.sector == "PTY") or party_in(m["text"].split()))
            for m in self.mentions)

    def titled_person(self, m: dict) -> dict:
        """A mention like "Mr Cable" that the model tagged as an organisation is the person the article named in
        full ("Vince Cable"), when exactly one person has that surname."""
        words = m["text"].split()
        if m["label"] != "ORG" or len(words) < 2 or words[0].rstrip(".") not in PRONOUN_OF_TITLE | {"Dr": ""}:
            return m
        ids = self._people_named(words[-1])
        return m | {"label": "PERSON", "entity_id": ids.pop()} if len(ids) == 1 else m

    def surname_mention(self, tok: Token) -> dict | None:
        """A surname the model left untagged ("Oda urged …" after "Trade Minister Kenji Oda"): a mention of the one
        person the article named in full with it, else None."""
        if tok.pos_ != "PROPN" or tok.ent_type_ or not tok.text[:1].isupper():
            return None
        ids = self._people_named(tok.text, full_names_only=True)
        if len(ids) != 1:
            return None
        known = ids.pop()
        if not any(known in table for table in (self.person_country, self.person_sector, self.person_title,
                                                self.person_party)) and known not in self.igo_people:
            return None  # (nothing more known of them than the name: the words around it say more)
        return {"label": "PERSON", "entity_id": known, "text": tok.text, "start_char": tok.idx,
                "end_char": tok.idx + len(tok.text), "field": "body"}

    def _people_named(self, surname: str, full_names_only: bool = False) -> set[str]:
        """The people whose longest name ends with this surname (named in full, with a first name, if asked)."""
        return {eid for eid, name in self.names.items()
                if name.split()[-1] == surname and (len(name.split()) > 1 or not full_names_only)}

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
                        ch in gap for ch in ",.;:") and (all(w[:1].isupper() or w in ("of", "'s", "’s", "the")
                                                             for w in gap.split()) or _lower_title(
                        self.doc.char_span(prev["end_char"], m["start_char"], alignment_mode="expand"))):
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
            role = party_in(self._introduction(m))
            if role is not None:
                out[m["entity_id"]] = role
        return out

    def _introduction(self, m: dict) -> list[str]:
        """The words that introduce a person: up to five before the name (in its clause) and an apposition after
        it ("Ann Roe, the Tory MP for Ely,")."""
        text = self.text
        before = re.split(r"[.;:\n(\"“”]", text[max(0, m["start_char"] - 60):m["start_char"]])[-1]
        words = before.split()[-5:]
        lead = self.doc.char_span(m["start_char"] - len(before), m["start_char"], alignment_mode="contract")
        verb = next((t for t in reversed(lead or ()) if t.pos_ in ("VERB", "AUX") or t.lower_ in GAP_BREAKS), None)
        if verb is not None:  # ("The Labour Party accused President Trump": the words of another phrase)
            words = text[verb.idx + len(verb.text):m["start_char"]].split()[-5:]
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

    def _person_sectors(self) -> dict[str, str]:
        """Entity -> sector of the title a person was introduced with, right before the name or in an apposition
        after it ("Trade Minister Hajime Tamura", "Jo Doe, the party's spokesman,"), so that "Tamura" later is
        still a minister."""
        out: dict[str, str] = {}
        for m in self.mentions:
            if m["label"] != "PERSON" or m["entity_id"] in out:
                continue
            own = m["text"].split()[:-len(strip_titles(m["text"]).split()) or None]  # ("Trade Minister" in the name)
            words = self.text[max(0, m["start_char"] - 40):m["start_char"]].split()
            before = words[-3:] if words and self.text[m["start_char"] - 1:m["start_char"]] == " " else []
            appos = re.match(r", (?:the|a|an) ([\w' -]+?),", self.text[m["end_char"]:m["end_char"] + 60])
            described = re.split(r" (?:of|for|in|at|to|from|and|who|which|with)\b", appos.group(1))[0].split() \
                if appos else []
            sector = next((s for words in (own, before, described) if (s := _title_sector(words))), None)
            end = m["end_char"] + (appos.end() if appos else 0)
            if sector and not any(o["label"] == "ORG" and o["end_char"] > m["start_char"] - 60 and o["start_char"] < end
                                  and o["start_char"] >= self.dateline_end and not _political_body(o["text"])
                                  for o in self.mentions):
                out[m["entity_id"]] = sector  # (not a company's: "Deutsche Bank AG joint chief executive Friedrich
                # Wilhelm Christians", "John Roe, the president of Acme Corp,")
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
                           of_head: Token | None = None, outside: tuple[int, int] | None = None) -> list[str]:
        """States the sentence names, in order (or nearest to the character offset `near` first): countries,
        capitals and nationalities (`places`: countries and capitals only, where something happens; `of_head`:
        not a nationality that describes other people, "two Chinese hostages", "a Russian businessman"; `outside`:
        none named within these character offsets)."""
        out = []
        found = [m for m in self.mentions_in(sent.start_char, sent.end_char) if m["start_char"] >= self.dateline_end]
        # (the dateline says where the story was filed, not whom the sentence is about)
        if of_head is not None:
            found = [m for m in found if not _describes_others(m, of_head, self.doc)]
        if outside is not None:
            found = [m for m in found if m["end_char"] <= outside[0] or m["start_char"] >= outside[1]]
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

    def paragraph_dateline(self, sent: Span) -> None:
        """A sentence opening a paragraph with its own dateline (a wire digest: "\nBAHRAIN - Iranian forces …"):
        that dateline governs the article from there on, as the first one did before it."""
        start = sent.start_char
        if start <= self.dateline_end or (start and self.text[start - 1] != "\n"):
            return
        end = dateline_end(self.text[start:sent.end_char])
        if end:
            self.dateline_start, self.dateline_end = start, start + end
            self.__dict__.pop("dateline_country", None)  # (a cached property of the dateline before)

    @cached_property
    def dateline_country(self) -> str | None:
        """The state of the dateline's place ("LIMA, Peru - ", "HANOI (Reuters) - ", "KANDAHAR (Reuters) - ": a
        country, a capital or a big city), if it names one."""
        words = re.sub(r"\([^)]*\)", ",", self.text[self.dateline_start:self.dateline_end])  # (the model seldom
        # tags "HANOI")
        for part in reversed([p.strip(" -–—:.") for p in words.split(",")]):
            code = country_of_name(part) or (actor_country(part, "GPE") if is_big_city(part) else None)
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


def after_dateline(tok: Token, ctx: ArticleContext) -> Token | None:
    """For a dateline word the parser took as an argument: the clause's own argument of that kind after the
    dateline, else the noun the dateline governs ("LIMA, Peru - Maoist rebels ambushed": the apposition)."""
    return next((c for c in tok.head.children if c.dep_ == tok.dep_ and c.idx >= ctx.dateline_end), None) or next(
        (t for t in tok.subtree if t.idx >= ctx.dateline_end and t.head.idx < ctx.dateline_end
         and t.pos_ in ("NOUN", "PROPN")), None)
