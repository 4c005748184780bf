"""Canonical entities: one stable `entity_id` per (label family, normalised name) across the corpus."""
from __future__ import annotations

import re
import unicodedata
from collections import Counter
from functools import lru_cache

import polars as pl

from transforms.ids import stable_id
from transforms.schema import conform, empty_frame

# labels that name the same kind of thing for identity purposes
LABEL_FAMILY = {"GPE": "PLACE", "LOC": "PLACE", "FAC": "PLACE"}
_NON_WORD = re.compile(r"[^\w\s]")
_SPACES = re.compile(r"\s+")
_LEADING = re.compile(r"^(?:the|a|an)\s+")


@lru_cache(maxsize=1 << 16)
def normalize_name(text: str) -> str:
    """Casefolded, accent-free, punctuation-free name: "the U.S." -> "us", "Beijing’s" -> "beijing's"."""
    if not text.isascii():  # ASCII has nothing to decompose
        text = unicodedata.normalize("NFKD", text)
        text = "".join(c for c in text if not unicodedata.combining(c))
    text = text.casefold()
    text = text.replace("’", "'")
    text = _NON_WORD.sub(lambda m: "" if m.group(0) in ".'" else " ", text)
    text = _SPACES.sub(" ", text).strip()
    return _LEADING.sub("", text)


@lru_cache(maxsize=1 << 15)
def entity_key(text: str, label: str) -> str:
    """The identity of a mention: label family and normalised name (countries by ISO code; a country's parts,
    such as Scotland or the Scottish, by their own name)."""
    from transforms.gazetteer import country_of_name, country_parts, demonyms  # local: the gazetteer imports this

    name = normalize_name(text)
    part = name in country_parts()
    if label in ("GPE", "LOC", "FAC", "ORG") and not part and (code := country_of_name(text)):
        return f"COUNTRY:{code}"
    if label == "NORP":
        if name in demonyms() and not part:
            return f"NORP:{demonyms()[name]}"
        return "NORP:" + " ".join(_singular(_translit(w)) for w in name.split())
    return f"{LABEL_FAMILY.get(label, label)}:{name}"


def _translit(word: str) -> str:
    """Fold y/i transliteration variants inside a word ("uyghur" and "uighur" -> "uighur")."""
    return word[0] + word[1:].replace("y", "i") if word else word


def _singular(word: str) -> str:
    return word[:-1] if len(word) > 4 and word.endswith("s") and not word.endswith("ss") else word


def entity_id_for(key: str) -> str:
    """Stable id of an entity key (same key, same id, in every run)."""
    return "ent_" + stable_id(key, length=20)


# what `entities` holds; numbers, dates, times and quantities stay in `entity_mentions` only
NAMED_LABELS = ("PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "EVENT", "WORK_OF_ART", "LAW", "PRODUCT", "LANGUAGE")
_SURFACE = ["entity_id", "text", "label", "country_code"]


def build_entities(mentions: pl.DataFrame) -> pl.DataFrame:
    """`entities` from all mentions at once (entity_id, entity_key, doc_id, text, label, country_code)."""
    return merge_entities(pl.DataFrame(), mentions)


def merge_entities(old_entities: pl.DataFrame, new_mentions: pl.DataFrame) -> pl.DataFrame:
    """Update `entities` with a batch's new mentions, without reading older mentions.

    Counts add up because a document is published in exactly one batch: merge each batch once. Per entity
    the table keeps `surface_counts` (mentions per surface form, label and country code), from which the name
    (the most frequent form with the most words, one in capitals only, like a dateline's "WASHINGTON", when
    there is no other), label (most frequent), aliases and country code (most frequent non-null) are derived
    again after each merge. Only NAMED_LABELS are kept. Places get
    coordinates from the packaged gazetteer; countries their everyday name.
    """
    new = (_places_in_context(new_mentions.filter(pl.col("label").is_in(NAMED_LABELS)))
           if new_mentions.height else None)
    new_surface = (new.group_by(_SURFACE).agg(pl.len().cast(pl.Int64).alias("n"))
                   if new is not None else _empty_surface())
    new_totals = (new.group_by("entity_id").agg(
        pl.col("entity_key").min().alias("canonical_key"), pl.len().cast(pl.Int64).alias("n_mentions"),
        pl.col("doc_id").n_unique().cast(pl.Int64).alias("n_documents"))
        if new is not None else _empty_totals())
    old = (conform("entities", old_entities).filter(pl.col("label").is_in(NAMED_LABELS))
           if old_entities.height else empty_frame("entities"))
    kept = old.join(new_totals.select("entity_id"), on="entity_id", how="anti")  # rows the batch leaves as they are
    touched = _with_surface_counts(old.join(new_totals.select("entity_id"), on="entity_id", how="semi"))
    surface = (pl.concat([_old_surface(touched), new_surface.select(*_SURFACE, "n")])
               .group_by(_SURFACE).agg(pl.col("n").sum()))
    totals = (pl.concat([touched.select(new_totals.columns), new_totals])
              .group_by("entity_id").agg(pl.col("canonical_key").min(), pl.col("n_mentions").sum(),
                                         pl.col("n_documents").sum()))
    if totals.is_empty():
        return kept.sort("entity_id")
    out = totals.join(_derived(surface), on="entity_id", how="left")
    out = out.with_columns(_country_names(out)).with_columns(_coordinates(out))
    out = out.with_columns(pl.coalesce("country_code", "place_country").alias("country_code")).drop("place_country")
    return pl.concat([kept, conform("entities", out)]).sort("entity_id")


PLACE_LABELS = ("GPE", "LOC", "FAC")


def _places_in_context(mentions: pl.DataFrame) -> pl.DataFrame:
    """A town or region mention without a country takes the country of its namesake that its own article names
    most ("Essex" beside "British" is England's county, not the town in Vermont; "Westminster" beside "MPs" and
    "UK" is London's). A capital or big city keeps its own country (`_coordinates`); where the article names none
    of the namesakes' countries, the mention stays without one."""
    from transforms.gazetteer import namesakes, place_of, region_country

    places = mentions.filter(pl.col("label").is_in(PLACE_LABELS) & pl.col("country_code").is_null()
                             & ~pl.col("entity_key").str.starts_with("COUNTRY:"))
    if places.is_empty():
        return mentions
    docs = places["doc_id"].unique().to_list()
    named = mentions.filter(pl.col("doc_id").is_in(docs)).select("doc_id", "text", "label", "country_code")
    in_doc: dict[str, Counter] = {}
    for doc_id, text, label, code in named.iter_rows():  # countries, nationalities, capitals; states ("Mass.")
        code = code or (region_country(text) if label == "GPE" else None)
        if code:
            in_doc.setdefault(doc_id, Counter())[code] += 1
    known = namesakes()
    chosen = {}
    for doc_id, text in places.select("doc_id", "text").unique().iter_rows():
        big = place_of(text)
        if (big and (big.is_capital or big.population >= BIG_CITY)) or doc_id not in in_doc or region_country(text):
            continue  # a capital, a big city, a state or province: `_coordinates` knows which
        scored = [(in_doc[doc_id][code], place.population, code)
                  for code, place in known.get(normalize_name(text), {}).items()]
        best = max(scored, default=(0, 0, None))
        if best[0] > 0:
            chosen[doc_id, text] = best[2]
    if not chosen:
        return mentions
    found = pl.DataFrame([(d, t, c) for (d, t), c in chosen.items()], schema=["doc_id", "text", "place_country"],
                         orient="row")
    return (mentions.join(found, on=["doc_id", "text"], how="left")
            .with_columns(pl.when(pl.col("label").is_in(PLACE_LABELS) & pl.col("country_code").is_null())
                          .then(pl.col("place_country")).otherwise(pl.col("country_code")).alias("country_code"))
            .drop("place_country"))


def _empty_surface() -> pl.DataFrame:
    return pl.DataFrame(schema={"entity_id": pl.String, "text": pl.String, "label": pl.String,
                                "country_code": pl.String, "n": pl.Int64})


def _empty_totals() -> pl.DataFrame:
    return pl.DataFrame(schema={"entity_id": pl.String, "canonical_key": pl.String, "n_mentions": pl.Int64,
                                "n_documents": pl.Int64})


def _with_surface_counts(old: pl.DataFrame) -> pl.DataFrame:
    """Rows written before `surface_counts` existed get one from their aliases (the name's count is all the
    mentions, the others' zero), which keeps their name, label, aliases and country code."""
    legacy = (old.filter(pl.col("surface_counts").is_null())
              .select("entity_id", "name", "label", "country_code", "n_mentions", pl.col("aliases").alias("text"))
              .explode("text").drop_nulls("text")
              .with_columns(pl.when(pl.col("text") == pl.col("name")).then("n_mentions").otherwise(0)
                            .cast(pl.Int64).alias("n"))
              .group_by("entity_id", maintain_order=True)
              .agg(pl.struct("text", "label", "country_code", "n").alias("legacy")))
    return (old.join(legacy, on="entity_id", how="left")
            .with_columns(pl.coalesce("surface_counts", "legacy").alias("surface_counts")).drop("legacy"))


def _old_surface(old: pl.DataFrame) -> pl.DataFrame:
    if old.is_empty():
        return _empty_surface()
    return (old.select("entity_id", "surface_counts").explode("surface_counts").drop_nulls("surface_counts")
            .unnest("surface_counts").select(*_SURFACE, "n"))


def _derived(surface: pl.DataFrame) -> pl.DataFrame:
    """name, label, aliases, country_code and surface_counts of each entity from its surface counts."""
    forms = (surface.with_columns(pl.col("text").str.replace_all(r"\s+", " ").str.strip_chars())  # a line break
             .group_by("entity_id", "text").agg(pl.col("n").sum())  # inside a wire name ("George\nShultz") is a space
             .with_columns(pl.col("text").str.count_matches(r"\s").alias("spaces"),
                           (pl.col("text") == pl.col("text").str.to_uppercase()).alias("capitals"))
             .sort(["entity_id", "spaces", "capitals", "n", "text"], descending=[False, True, False, True, False])
             .group_by("entity_id", maintain_order=True)
             .agg(pl.col("text").first().alias("name"), pl.col("text").sort().alias("aliases")))
    labels = (surface.drop_nulls("label").group_by("entity_id", "label").agg(pl.col("n").sum())
              .sort(["entity_id", "n", "label"], descending=[False, True, False])
              .group_by("entity_id", maintain_order=True).agg(pl.col("label").first()))
    countries = (surface.drop_nulls("country_code").group_by("entity_id", "country_code")
                 .agg(pl.col("n").sum()).sort(["entity_id", "n", "country_code"], descending=[False, True, False])
                 .group_by("entity_id", maintain_order=True).agg(pl.col("country_code").first()))
    counts = (surface.sort("entity_id", "text", "label", "country_code", nulls_last=True)
              .group_by("entity_id", maintain_order=True)
              .agg(pl.struct("text", "label", "country_code", "n").alias("surface_counts")))
    return (forms.join(labels, on="entity_id", how="left").join(countries, on="entity_id", how="left")
            .join(counts, on="entity_id", how="left"))


def _country_names(entities: pl.DataFrame) -> pl.Series:
    from transforms.gazetteer import country_name

    return pl.Series("name", [
        (country_name(key[8:]) or name) if key and key.startswith("COUNTRY:") else name
        for key, name in entities.select("canonical_key", "name").iter_rows()], dtype=pl.String)


BIG_CITY = 200_000  # a city this large is what its name means, even where a region elsewhere shares it


def _coordinates(entities: pl.DataFrame) -> list[pl.Series]:
    """latitude, longitude and the country of places the gazetteer knows (a place's country fills an entity's
    `country_code` when its mentions give none: Chicago is in the USA, though only capitals name a country
    in `entity_mentions`; so does a state or province: New York, Ontario)."""
    from transforms.gazetteer import namesakes, place_of, region_country

    lat, lon, country = [], [], []
    for name, label, key, code in entities.select("name", "label", "canonical_key", "country_code").iter_rows():
        is_country = bool(key) and key.startswith("COUNTRY:")  # not the namesake town in Brazil of Costa Rica
        place = place_of(name) if label in PLACE_LABELS and not is_country else None
        region = region_country(name) if label == "GPE" else None
        if place and region and place.country_code != region:
            if place.is_capital or place.population >= BIG_CITY:
                region = None  # the capital or big city before a namesake region elsewhere
            else:
                place = None  # "Ontario" is the Canadian province, not the Californian city of that name
        big = bool(place) and (place.is_capital or place.population >= BIG_CITY)
        if place and code and place.country_code != code:  # its articles placed it elsewhere: that namesake's point
            place = namesakes().get(normalize_name(name), {}).get(code)
        elif place and not code and not big and (label != "GPE" or len(namesakes().get(normalize_name(name), {})) > 1):
            place = None  # a town of several countries that its articles do not place, or a site named like a town
        lat.append(place.latitude if place else None)
        lon.append(place.longitude if place else None)
        country.append(region or (place.country_code if place else None))
    return [pl.Series("latitude", lat, dtype=pl.Float64), pl.Series("longitude", lon, dtype=pl.Float64),
            pl.Series("place_country", country, dtype=pl.String)]
