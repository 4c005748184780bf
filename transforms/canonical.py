"""Canonical entities: one stable `entity_id` per (label family, normalised name) across the corpus."""
from __future__ import annotations

import re
import unicodedata

import polars as pl

from transforms.ids import stable_id

# labels that name the same kind of thing for identity purposes
LABEL_FAMILY = {"GPE": "PLACE", "LOC": "PLACE", "FAC": "PLACE"}
_NON_WORD = re.compile(r"[^\w\s]")
_SPACES = re.compile(r"\s+")
_LEADING = re.compile(r"^(?:the|a|an)\s+")


def normalize_name(text: str) -> str:
    """Casefolded, accent-free, punctuation-free name: "the U.S." -> "us", "Beijing’s" -> "beijing's"."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    text = text.replace("’", "'")
    text = _NON_WORD.sub(lambda m: "" if m.group(0) in ".'" else " ", text)
    text = _SPACES.sub(" ", text).strip()
    return _LEADING.sub("", text)


def entity_key(text: str, label: str) -> str:
    """The identity of a mention: label family and normalised name (countries by ISO code)."""
    from transforms.gazetteer import country_of_name, demonyms  # local: the gazetteer imports this module

    name = normalize_name(text)
    if label in ("GPE", "LOC", "FAC", "ORG", "NORP") and (code := country_of_name(text)) and label != "NORP":
        return f"COUNTRY:{code}"
    if label == "NORP":
        if name in demonyms():
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


def build_entities(mentions: pl.DataFrame) -> pl.DataFrame:
    """Aggregate mentions (entity_id, entity_key, doc_id, text, label, country_code) into `entities`.

    The name is the most frequent surface form with the most words; places get coordinates from the
    packaged gazetteer.
    """
    if mentions.is_empty():
        return pl.DataFrame()
    forms = (mentions.group_by("entity_id", "text").agg(pl.len().alias("n"))
             .sort(["entity_id", "n", "text"], descending=[False, True, False]))
    names = forms.with_columns(pl.col("text").str.count_matches(r"\s").alias("spaces")).sort(
        ["entity_id", "spaces", "n", "text"], descending=[False, True, True, False]
    ).group_by("entity_id", maintain_order=True).agg(pl.col("text").first().alias("name"))
    labels = (mentions.group_by("entity_id", "label").agg(pl.len().alias("n"))
              .sort(["entity_id", "n", "label"], descending=[False, True, False])
              .group_by("entity_id", maintain_order=True).agg(pl.col("label").first()))
    agg = mentions.group_by("entity_id").agg(
        pl.col("entity_key").first().alias("canonical_key"),
        pl.col("text").unique().sort().alias("aliases"),
        pl.col("country_code").drop_nulls().mode().first().alias("country_code"),
        pl.len().alias("n_mentions"),
        pl.col("doc_id").n_unique().alias("n_documents"),
    )
    out = agg.join(names, on="entity_id").join(labels, on="entity_id").sort("entity_id")
    return out.with_columns(_country_names(out)).with_columns(_coordinates(out))


def _country_names(entities: pl.DataFrame) -> pl.Series:
    from transforms.gazetteer import country_name

    return pl.Series("name", [
        (country_name(key[8:]) or name) if key and key.startswith("COUNTRY:") else name
        for key, name in entities.select("canonical_key", "name").iter_rows()], dtype=pl.String)


def _coordinates(entities: pl.DataFrame) -> list[pl.Series]:
    from transforms.gazetteer import place_of

    lat, lon = [], []
    for name, label in entities.select("name", "label").iter_rows():
        place = place_of(name) if label in ("GPE", "LOC", "FAC") else None
        lat.append(place.latitude if place else None)
        lon.append(place.longitude if place else None)
    return [pl.Series("latitude", lat, dtype=pl.Float64), pl.Series("longitude", lon, dtype=pl.Float64)]
