"""Actor dictionaries (derived from Phoenix/PETRARCH2, see scripts/derive_actor_dictionaries.py): who a name is.

`person(name, when)` gives a person's state and CAMEO sector as of a date; `organisation(name)` an IGO, NGO,
company, party or armed group; `agent_sector(words)` the sector of a generic agent ("riot police" -> COP,
"the opposition" -> OPP); `party_in(words)` the first national party some words name. The project's own
`leaders.csv` and `national_groups.csv` take precedence.
Pure lookups over packaged data; no I/O beyond reading the package's files once.
"""
from __future__ import annotations

import csv
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from importlib import resources
from itertools import pairwise

from transforms.canonical import normalize_name
from transforms.gazetteer import country_name

_DATA = resources.files("transforms") / "data"
# sectors that make an actor political on its own (CAMEO role codes)
POLITICAL_SECTORS = frozenset({"GOV", "MIL", "COP", "JUD", "LEG", "OPP", "PTY", "REB", "SPY", "IGO", "NGO", "HRI"})
# order of preference when one name carries several sectors
_SECTOR_RANK = ("GOV", "MIL", "COP", "JUD", "LEG", "PTY", "OPP", "REB", "SPY", "IGO", "NGO", "BUS", "MED", "EDU",
                "REL", "HLH", "LAB", "REF", "AGR", "CRM", "CVL", "ENV", "HRI", "DEV", "ELI")


@dataclass(frozen=True)
class Role:
    """One dated role of a named actor."""

    country: str | None
    sector: str | None
    start: date | None = None
    end: date | None = None

    def holds_on(self, when: date) -> bool:
        return (self.start is None or self.start <= when) and (self.end is None or when <= self.end)


def _rows(name: str) -> list[dict]:
    text = (_DATA / name).read_text(encoding="utf-8")
    return list(csv.DictReader(ln for ln in text.splitlines() if not ln.startswith("#")))


def _state(code: str) -> str | None:
    """A Phoenix country code that is a state's ISO code; None for its regional and group codes ("SAF" southern
    Africa, "EAF", "WAF", "EUR", "AFR") and stray ones."""
    return code if code and country_name(code) is not None else None


def _date(text: str) -> date | None:
    try:
        return date.fromisoformat(text) if text else None
    except ValueError:
        return None


def _rank(sector: str | None) -> int:
    return _SECTOR_RANK.index(sector) if sector in _SECTOR_RANK else len(_SECTOR_RANK)


@lru_cache(maxsize=1)
def _people() -> dict[str, list[Role]]:
    out: dict[str, list[Role]] = {}
    for r in _rows("actors_people.csv"):
        out.setdefault(normalize_name(r["name"]), []).append(
            Role(_state(r["country"]), r["sector"] or None, _date(r["start"]), _date(r["end"])))
    return out


@lru_cache(maxsize=1)
def _own_leaders() -> dict[str, str]:
    """The project's recent leaders (`leaders.csv`): full name -> state ("" for international officials)."""
    return {normalize_name(r["name"]): r["iso3"] for r in _rows("leaders.csv")}


@lru_cache(maxsize=1)
def _politicians() -> dict[str, Role]:
    """National politicians the actor dictionaries lack (`politicians.csv`): full name -> state (no sector)."""
    return {normalize_name(r["name"]): Role(r["iso3"], None) for r in _rows("politicians.csv")}


def known_person(name: str, listed: bool = False) -> bool:
    """A full name (two words or more) of a leader or politician of the project's lists ("Olaf Scholz", "Nicola
    Sturgeon"), or with `listed` also of a person the Phoenix lists know ("Juan Manuel Santos")."""
    key = normalize_name(name)
    return len(key.split()) >= 2 and (key in _own_leaders() or key in _politicians() or (
        listed and key in _people()))


def person(name: str, when: date | None = None) -> Role | None:
    """State and sector of a named person as of `when` (the article's date); None when unknown or ambiguous.

    The project's leaders list wins; otherwise the Phoenix roles that hold on that date (the most political
    sector first). Without a date, or outside every dated role, the person keeps the state all their roles
    share and the undated (or latest) sector.
    """
    key = normalize_name(name)
    if key in _own_leaders():
        iso3 = _own_leaders()[key]
        return Role(iso3 or None, "GOV" if iso3 else "IGO")
    roles = _people().get(key)
    if not roles:
        return _politicians().get(key)  # (our own list of party politicians the Phoenix lists lack)
    if when is not None:
        current = [r for r in roles if r.start is not None or r.end is not None]
        current = [r for r in current if r.holds_on(when)]
        if current:
            best = min(current, key=lambda r: _rank(r.sector))
            return best
    countries = {r.country for r in roles}
    if len(countries) != 1:
        return None
    undated = [r for r in roles if r.start is None and r.end is None]
    if when is None:
        latest = max(roles, key=lambda r: (r.end or date.max, -_rank(r.sector)))
        return Role(latest.country, latest.sector)
    return Role(roles[0].country, undated[0].sector if undated else None)


@lru_cache(maxsize=1)
def _organisations() -> dict[str, Role]:
    out: dict[str, Role] = {}
    for name in ("actors_international.csv", "actors_nonstate.csv"):
        for r in _rows(name):
            key = normalize_name(r["name"])
            role = Role(_state(r["country"]), r["sector"] or None)
            if key not in out or _rank(role.sector) < _rank(out[key].sector):
                out[key] = role
    for name in ("national_groups.csv", "national_actors.csv"):  # the project's own lists win
        for r in _rows(name):
            out[normalize_name(r["name"])] = Role(r["iso3"] or None, r.get("sector") or "PTY")
    for name in OWN_IGOS:
        out[normalize_name(name)] = Role(None, "IGO")
    for name in OWN_NGOS:
        out[normalize_name(name)] = Role(None, "NGO")
    for name in OWN_ARMED_GROUPS:
        out[normalize_name(name)] = Role(None, "REB")
    return out


# international non-governmental bodies the Phoenix list lacks (our own additions)
OWN_NGOS = ("International Olympic Committee", "IOC", "Medecins Sans Frontieres", "Doctors Without Borders",
            "International Committee of the Red Cross", "ICRC")


# transnational armed groups younger than the Phoenix lists (our own additions); they take the state of the place
# they act in, as CAMEO codes them ("IRQREB")
OWN_ARMED_GROUPS = ("Islamic State", "Islamic State group", "ISIS", "ISIL", "Daesh", "Islamic State of Iraq",
                    "Islamic State of Iraq and the Levant", "Islamic State of Iraq and Syria",
                    "Islamic State in Iraq and Syria", "Islamic State West Africa Province", "ISWAP",
                    "Islamic State Khorasan", "ISIS-K", "Islamic State Khorasan Province", "Hayat Tahrir al-Sham",
                    "HTS", "Nusra Front", "al-Nusra Front", "Jabhat al-Nusra", "JNIM",
                    "Jama'at Nusrat al-Islam wal-Muslimin")


# intergovernmental bodies the Phoenix list lacks or spells otherwise (our own additions)
OWN_IGOS = ("African Union", "AU", "EU", "European Union", "G8", "G7", "G20", "WTO", "World Trade Organization",
            "OSCE", "Commonwealth", "Organisation of African Unity", "OAU", "Arab League", "Nato", "UN",
            "United Nations", "UN Security Council", "European Parliament", "Council of Europe",
            "European Community", "European Economic Community", "EC", "EEC", "European Community Commission",
            "EC Commission", "GATT",
            "General Agreement on Tariffs and Trade", "OECD", "Organisation for Economic Co-operation and Development",
            "Organization for Economic Cooperation and Development", "International Energy Agency", "IEA", "ADB",
            "Comecon", "International Labour Organization", "ILO", "Food and Agriculture Organization", "FAO",
            "UNCTAD", "International Coffee Organization", "International Cocoa Organization", "Paris Club")


@lru_cache(maxsize=1)
def _national_bodies() -> frozenset[str]:
    return frozenset(normalize_name(r["name"]) for name in ("national_groups.csv", "national_actors.csv")
                     for r in _rows(name) if r["iso3"])


def national_body(name: str) -> bool:
    """A body of one state by name in our own lists ("the TUC", "the CBI", "the BBC"): it keeps that state even
    when its sector is not political (a national union, business group or broadcaster is no multinational)."""
    key = normalize_name(name)
    return key in _national_bodies() or key.removeprefix("the ") in _national_bodies()


@lru_cache(maxsize=1)
def _titles() -> dict[str, Role]:
    return {r["title"]: Role(r["iso3"], r["sector"]) for r in _rows("national_titles.csv")}


def national_title(text: str) -> Role | None:
    """State and sector of the longest office in `text` that only one state has ("Home Secretary", "shadow
    chancellor", `data/national_titles.csv`), else None."""
    words = " " + " ".join(normalize_name(text).replace("-", " ").split()) + " "
    found = [t for t in _titles() if " " + t + " " in words and " " + t + " for " not in words]  # (not "the
    # Secretary of State for Northern Ireland", a British office)
    if not found:
        return None
    title = max(found, key=len)
    role = _titles()[title]
    return Role(role.country, "OPP") if " shadow " + title + " " in words else role


def organisation(name: str) -> Role | None:
    """An IGO, NGO, company, party or armed group by name ("Nato", "Red Cross", "Hamas")."""
    key = normalize_name(name)
    role = _organisations().get(key) or _organisations().get(key.removeprefix("the "))
    words = name.removeprefix("the ").removeprefix("The ").split()
    if role is not None and role.sector == "PTY" and len(words) > 1 and words[0][:1].islower():
        return None  # "liberal Democrats and conservative Republicans" (in Congress) are no Liberal Democrats
    return role


@lru_cache(maxsize=1)
def _agents() -> dict[str, str]:
    out: dict[str, str] = {}
    for r in _rows("agents.csv"):
        phrase = r["phrase"]
        if phrase not in out or _rank(r["sector"]) < _rank(out[phrase]):
            out[phrase] = r["sector"]
    for r in _rows("agents_own.csv"):  # generic agents the Phoenix list lacks (our own additions)
        out.setdefault(r["phrase"], r["sector"])
    return out


def _singular(word: str) -> list[str]:
    forms = [word]
    if word.endswith("ies"):
        forms.append(word[:-3] + "y")
    if word.endswith("es"):
        forms.append(word[:-2])
    if word.endswith("s"):
        forms.append(word[:-1])
    if word.endswith("men"):
        forms.append(word[:-3] + "man")
    return forms


def agent_sector(words: list[str]) -> str | None:
    """Sector of the longest agent phrase ending at the last word: ["riot", "police"] -> COP.

    `words` are the lower-case words of a noun phrase up to and including its head."""
    words = [w.lower() for w in words if w.strip()]
    for k in range(min(len(words), 4), 0, -1):
        *rest, last = words[-k:]
        for form in _singular(last):
            sector = _agents().get(" ".join([*rest, form]))
            if sector:
                return sector
    return None


def is_political(country: str | None, sector: str | None) -> bool:
    """A state, or an actor whose sector is political (government, military, police, courts, parties,
    opposition, rebels, IGOs)."""
    return country is not None or sector in POLITICAL_SECTORS


PORTFOLIO_TITLES = {"Minister", "Ministry", "Secretary", "Department", "Commissioner", "Committee"}
BODY_HEADS = {"congress", "federation", "confederation", "union", "unions", "council", "court", "courts",
              "organisation", "organization", "office", "board", "code", "day"}


def party_in(words: list[str]) -> Role | None:
    """The first national party (with its state) named by these words, their hyphen parts or word pairs."""
    words = [w.strip(",'’\"") for w in words]
    words = [w for i, w in enumerate(words) if i + 1 == len(words) or words[i + 1] not in PORTFOLIO_TITLES]
    # ("Labour Minister Almir Pazzianotto", "Labor Secretary Brock": a portfolio, not the party)
    inside = {w for w, nxt in pairwise(words) if nxt.lower() in BODY_HEADS}  # ("the Nigeria Labour Congress",
    # "the Labour Court": a union's or a court's name, no party)
    names = [" ".join(pair) for pair in pairwise(words)] + [w for w in words if w not in inside] + [
        p for w in words if "-" in w for p in w.split("-") if p]  # ("Liberal Democrats" before "Democrats")
    for name in names:
        if name[:1].isupper():
            role = organisation(name)
            if role is not None and role.sector == "PTY" and role.country:
                return role
    return None
