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
    """The identity of a mention: label family and normalised name."""
    return f"{LABEL_FAMILY.get(label, label)}:{normalize_name(text)}"


def entity_id_for(key: str) -> str:
    """Stable id of an entity key (same key, same id, in every run)."""
    return "ent_" + stable_id(key, length=20)


def build_entities(mentions: pl.DataFrame) -> pl.DataFrame:
    """Aggregate mentions (entity_id, doc_id, text, label, country_code) into the `entities` table."""
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
        pl.col("text").unique().sort().alias("aliases"),
        pl.col("country_code").drop_nulls().mode().first().alias("country_code"),
        pl.len().alias("n_mentions"),
        pl.col("doc_id").n_unique().alias("n_documents"),
    )
    return agg.join(names, on="entity_id").join(labels, on="entity_id").sort("entity_id")
