"""Analyst columns of `events`: PLOVER quad class, date precision, calibrated confidence, and a dated event for every
article.

Quad classes follow the PLOVER README's "PLOVER quad categories" table (openeventdata/PLOVER): verbal
cooperation AGREE, CONSULT, SUPPORT, CONCEDE; material cooperation COOPERATE, AID, RETREAT, INVESTIGATE;
verbal conflict DEMAND, DISAPPROVE, REJECT, THREATEN, SANCTION; material conflict PROTEST, CRIME, MOBILIZE,
COERCE, ASSAULT. PLOVER 2021 renamed DEMAND to REQUEST and DISAPPROVE to ACCUSE. The numbers are GDELT's
QuadClass codes (1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict).
"""
from __future__ import annotations

import csv
import re
from datetime import date
from functools import lru_cache
from importlib import resources

import polars as pl

QUAD_CLASSES = ("verbal_cooperation", "material_cooperation", "verbal_conflict", "material_conflict")
QUAD_CLASS = {
    **dict.fromkeys(("AGREE", "CONSULT", "SUPPORT", "CONCEDE"), "verbal_cooperation"),
    **dict.fromkeys(("COOPERATE", "AID", "RETREAT", "INVESTIGATE"), "material_cooperation"),
    **dict.fromkeys(("REQUEST", "DEMAND", "ACCUSE", "DISAPPROVE", "REJECT", "THREATEN", "SANCTION"),
                    "verbal_conflict"),
    **dict.fromkeys(("PROTEST", "CRIME", "MOBILIZE", "COERCE", "ASSAULT"), "material_conflict"),
}
DATE_PRECISIONS = ("day", "week", "month", "quarter", "half_year", "season", "year", "decade", "century")
SEASON_START_MONTH = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}  # meteorological seasons (northern hemisphere)


def calibrated_confidence(verb: bool, source_state: bool, target: str) -> float:
    """The share of such asserted rows blind judges called real events (`data/event_confidence.csv`): by the
    trigger's part of speech, whether the source has a state, and the target ("state", "actor" or "none")."""
    return _calibration()[("verb" if verb else "noun", int(source_state), target)]


@lru_cache(maxsize=1)
def _calibration() -> dict[tuple[str, int, str], float]:
    text = (resources.files("transforms") / "data" / "event_confidence.csv").read_text(encoding="utf-8")
    rows = csv.DictReader(line for line in text.splitlines() if not line.startswith("#"))
    return {(r["trigger"], int(r["source_state"]), r["target"]): float(r["p_real"]) for r in rows}


_VALUE = re.compile(r"^(?P<y>\d{2,4})(?:-(?P<p>\d{2}|Q[1-4]|H[12]|W\d{2}|SP|SU|FA|WI)(?:-(?P<d>\d{2}|WE))?)?$")


def date_period(value: str | None) -> tuple[date | None, str | None]:
    """(first day, precision) of a TimeML/ISO date value: `2021-03-04` day, `2021-W12` week (`-WE`: its
    Saturday), `2021-03` month, `2021-Q3` quarter, `2021-H2` half_year, `2021-SU` season, `2021` year,
    `202` decade, `20` century. (None, None) for anything else or an impossible date."""
    m = _VALUE.match(value or "")
    if not m:
        return None, None
    y, p, d = m.group("y"), m.group("p"), m.group("d")
    try:
        if len(y) == 2:
            return (date(int(y) * 100, 1, 1), "century") if p is None else (None, None)
        if len(y) == 3:
            return (date(int(y) * 10, 1, 1), "decade") if p is None else (None, None)
        year = int(y)
        if p is None:
            return date(year, 1, 1), "year"
        if p.isdigit():
            if d is None:
                return date(year, int(p), 1), "month"
            return (date(year, int(p), int(d)), "day") if d.isdigit() else (None, None)
        if d is not None and not (p.startswith("W") and d == "WE"):
            return None, None
        if p.startswith("W"):
            return date.fromisocalendar(year, int(p[1:]), 6 if d == "WE" else 1), "week"
        if p.startswith("Q"):
            return date(year, 3 * int(p[1]) - 2, 1), "quarter"
        if p.startswith("H"):
            return date(year, 6 * int(p[1]) - 5, 1), "half_year"
        return date(year, SEASON_START_MONTH[p], 1), "season"
    except ValueError:
        return None, None


def add_event_columns(events: pl.DataFrame, documents: pl.DataFrame) -> pl.DataFrame:
    """`events` with `quad_class`, `quad_class_code`, `date_precision`, `date_source`, and `event_date` set
    from `date_value` (first day of its period) or, when the text gives no date, the article's publication
    day (`documents`: doc_id, published_at; UTC) with precision `day`."""
    values = events["date_value"].drop_nulls().unique().to_list() if "date_value" in events.columns else []
    periods = pl.DataFrame(
        [(v, *date_period(v)) for v in values],
        schema={"date_value": pl.String, "_text_date": pl.Date, "_text_precision": pl.String}, orient="row")
    published = documents.select("doc_id", pl.col("published_at").dt.date().alias("_published"))
    out = events.drop("quad_class", "quad_class_code", "date_precision", "date_source", strict=False)
    if "date_value" not in out.columns:
        out = out.with_columns(pl.lit(None, pl.String).alias("date_value"))
    if "event_date" not in out.columns:
        out = out.with_columns(pl.lit(None, pl.Date).alias("event_date"))
    out = (out.join(periods, on="date_value", how="left", maintain_order="left")
           .join(published, on="doc_id", how="left", maintain_order="left", validate="m:1"))
    text_date = pl.coalesce(pl.col("_text_date"), pl.col("event_date"))
    text_precision = pl.coalesce(pl.col("_text_precision"),
                                 pl.when(pl.col("event_date").is_not_null()).then(pl.lit("day")))
    quad = pl.col("event_type").replace_strict(QUAD_CLASS, default=None, return_dtype=pl.String)
    return out.with_columns(
        quad.alias("quad_class"),
        quad.replace_strict({q: i + 1 for i, q in enumerate(QUAD_CLASSES)}, default=None,
                            return_dtype=pl.Int8).alias("quad_class_code"),
        pl.coalesce(text_date, pl.col("_published")).alias("event_date"),
        pl.coalesce(text_precision, pl.when(pl.col("_published").is_not_null()).then(pl.lit("day")))
        .alias("date_precision"),
        pl.when(text_date.is_not_null()).then(pl.lit("text"))
        .when(pl.col("_published").is_not_null()).then(pl.lit("published")).alias("date_source"),
    ).drop("_text_date", "_text_precision", "_published")
