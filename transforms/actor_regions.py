"""Regions that give an actor their state: "Darfur rebels" are Sudanese, "rebels in Mindanao" Filipino.

The gazetteers know countries, capitals, cities and first-level subdivisions; news also names actors by regions
that are none of these (Darfur, Chechnya, Mindanao, Tibet, the Niger Delta). `data/actor_regions.csv` lists such
regions that lie in one state; regions that two states share are left out, so they give no state.
"""
from __future__ import annotations

import csv
from functools import lru_cache
from importlib import resources

from transforms.canonical import normalize_name


@lru_cache(maxsize=1)
def actor_regions() -> dict[str, str]:
    """Normalised region name -> ISO-3 code of the one state it lies in."""
    text = resources.files("transforms").joinpath("data/actor_regions.csv").read_text(encoding="utf-8")
    rows = csv.DictReader(line for line in text.splitlines() if not line.startswith("#"))
    return {normalize_name(r["region"]): r["iso3"] for r in rows}


def region_country(name: str) -> str | None:
    """The state of a one-state region ("Darfur" -> SDN, "the Niger Delta" -> NGA), else None."""
    key = normalize_name(name)
    return actor_regions().get(key) or actor_regions().get(normalize_name(name.removeprefix("the ")))
