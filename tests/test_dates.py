"""DATE normalisation against the publication date (TimeML values)."""
import json
import re
from datetime import date

import pytest

from flows.settings import PROJECT_ROOT
from transforms.dates import date_kind, normalize_date

PUB = date(2021, 12, 7)  # a Tuesday


@pytest.mark.parametrize(("text", "value"), [
    ("1980", "1980"), ("04 February 2021", "2021-02-04"), ("February 4, 2021", "2021-02-04"),
    ("Monday", "2021-12-06"), ("Tuesday", "2021-12-07"), ("last month", "2021-11"), ("next fall", "2022-FA"),
    ("the third quarter", "2021-Q3"), ("Nov. 9", "2021-11-09"), ("the 1990s", "199"), ("yesterday", "2021-12-06"),
    ("this week", "2021-W49"), ("last year's", "2020"), ("earlier this year", "2021"), ("fiscal 1989", "1989"),
    ("the quarter ended Sept. 29", "2021-09-29"), ("March 2020", "2020-03"), ("a year ago", "2020"),
    ("June last year", "2020-06"), ("January this year", "2021-01"), ("this year's third quarter", "2021-Q3"),
    ("the 20th century", "19"), ("the year-ago quarter", "2020-Q3"), ("the year-earlier second quarter", "2020-Q2"),
    ("the current quarter", "2021-Q4"), ("nearly four years ago", "2017"),
])
def test_values(text, value):
    assert normalize_date(text, PUB) == value


def test_relative_needs_a_publication_date_and_future_context():
    assert normalize_date("last month", None) is None
    assert normalize_date("1980", None) == "1980"
    assert normalize_date("Friday", PUB) == "2021-12-03"
    assert normalize_date("Friday", PUB, future=True) == "2021-12-10"


@pytest.mark.parametrize(("text", "kind"), [
    ("three years", "DURATION"), ("the past two months", "DURATION"), ("quarterly", "SET"),
    ("6-year-old", "AGE"), ("Monday", "DATE"), ("1980", "DATE"), ("next fall", "DATE"),
])
def test_kinds(text, kind):
    assert date_kind(text) == kind


def test_values_satisfy_the_suite_regex():
    spec = json.loads((PROJECT_ROOT / "expectations" / "entity_mentions.json").read_text())
    regex = next(e["kwargs"]["regex"] for e in spec["expectations"] if e["kwargs"].get("column") == "normalized")
    for text in ("the weekend", "this week", "next fall", "the 1990s", "the third quarter", "Monday", "June",
                 "the first half", "last year", "the 20th century", "the year-ago quarter", "June last year"):
        assert re.match(regex, normalize_date(text, PUB)), text
