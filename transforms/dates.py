"""DATE mentions to ISO 8601 / TimeML values, resolving relative ones against the publication date.

`normalize_date("last month", date(2021, 12, 7))` -> "2021-11". Values: `YYYY`, `YYYY-MM`, `YYYY-MM-DD`,
`YYYY-Www` (weeks), `YYYY-Qn` / `YYYY-Hn` (quarters, halves), `YYYY-SP|SU|FA|WI` (seasons), `YYY` (decades),
`YY` (centuries: "the 20th century" -> "19").
A relative expression without a known publication date gives None (the text is kept by the caller).
"""
from __future__ import annotations

import re
from datetime import date, timedelta

MONTHS = {m: i for i, names in enumerate([
    ("jan", "january"), ("feb", "february"), ("mar", "march"), ("apr", "april"), ("may",), ("jun", "june"),
    ("jul", "july"), ("aug", "august"), ("sep", "sept", "september"), ("oct", "october"), ("nov", "november"),
    ("dec", "december")], start=1) for m in names}
WEEKDAYS = {d: i for i, d in enumerate(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                                        "sunday"])}
SEASONS = {"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"}
ORDINALS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4}
NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
           "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12}
_MONTH_RX = "|".join(sorted(MONTHS, key=len, reverse=True))
_FUTURE = re.compile(r"\b(will|'ll|shall|scheduled|is to|are to|is expected to|are expected to|plans? to)\b",
                     re.IGNORECASE)
_DURATION = re.compile(r"^(?:the\s+)?(?:past|last|next|first|coming|previous|recent)?\s*(?:almost|about|nearly|only|"
                       r"more than|less than|at least|some|over|under|a couple of)?\s*(?:\d+|a|an|one|two|three|four|"
                       r"five|six|seven|eight|nine|ten|eleven|twelve|several|few|many|\d+-)\s*(?:-|\s)?"
                       r"(?:years?|months?|weeks?|days?|decades?|centuries|century|hours?)(?:\s+old|\s+long)?$",
                       re.IGNORECASE)


def is_duration(text: str) -> bool:
    """ "three years", "the past two decades", "six-month": a length of time, not a calendar date."""
    t = " ".join(text.lower().replace("-", " ").split())
    return bool(_DURATION.match(t)) and not re.search(r"\b(ago|earlier|later|before|after)\b", t)


_SET = re.compile(r"^(?:every|each|per)\s+\w+$|^(?:daily|weekly|monthly|quarterly|annually|yearly|nightly|"
                  r"biweekly|semiannually|twice a \w+|once a \w+)$", re.IGNORECASE)
_AGE = re.compile(r"^(?:\d+|[a-z]+)[\s-]+(?:year|month|week)s?[\s-]+old$|^(?:age[sd]?\s+)?\d{1,3}$", re.IGNORECASE)


_PLAIN_SPANS = {"years", "months", "weeks", "days", "decades", "year", "recent years", "recent weeks", "recent months"}
_THIS_YEAR = {"year", "full year", "fiscal year", "current year", "current fiscal year", "this fiscal year",
              "calendar year"}


def date_kind(text: str) -> str:
    """TimeML-style type of a DATE expression: DATE (a point in time), DURATION, SET (recurrence) or AGE."""
    t = " ".join(text.lower().split()).strip(" .,")
    if _AGE.match(t) and not re.fullmatch(r"1[89]\d\d|20\d\d", t):
        return "AGE"
    if _SET.match(t):
        return "SET"
    if is_duration(t) or t in _PLAIN_SPANS or re.fullmatch(
            r"(?:\d+|[a-z]+)-(?:year|month|week|day|hour)(?:-long)?|(?:a|an|one)\s+(?:year|month|week|day|decade)|"
            r"a couple of \w+|(?:several|a few|many) \w+", t):
        return "DURATION"
    return "DATE"


def _year(y: str) -> int:
    n = int(y)
    return n + (1900 if n >= 30 else 2000) if len(y) == 2 else n


def _nearest_year(month: int, day: int | None, anchor: date, future: bool = False) -> int:
    """Year of a month (and day) without a year: the nearest occurrence, news leaning to the past (a past
    date up to four months further away than a future one still wins, unless the sentence speaks of the future)."""
    best = None
    for y in (anchor.year - 1, anchor.year, anchor.year + 1):
        try:
            d = date(y, month, day or 15)
        except ValueError:
            continue
        gap = abs((d - anchor).days) - (120 if (d <= anchor) != future else 0)
        if best is None or gap < best[0]:
            best = (gap, y)
    return best[1] if best else anchor.year


def _week(d: date) -> str:
    iso = d.isocalendar()
    return f"{iso[0]}-W{iso[1]:02d}"


def _shift_month(d: date, months: int) -> tuple[int, int]:
    m = d.month - 1 + months
    return d.year + m // 12, m % 12 + 1


def normalize_date(text: str, anchor: date | None = None, future: bool = False) -> str | None:
    """The TimeML value of a date expression, or None when it cannot be placed.

    `future` says the surrounding sentence speaks of the future (a bare weekday then means the next one).
    """
    t = " ".join(text.lower().replace("’", "'").split()).strip(" .,;:")
    t = re.sub(r"'s$", "", t)
    for _ in range(2):
        t = re.sub(r"^(?:on|in|at|by|since|until|from|during|the|its|this past|early|late|mid|around|about|"
                   r"earlier|later|sometime|fiscal)[\s-]+", "", t)
    if is_duration(t):
        return None
    m = re.search(r"\b(\d{4})-(\d{2})-(\d{2})\b", t)
    if m:
        return m.group(0)
    m = re.search(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?({_MONTH_RX})\.?,?\s+(\d{{4}})\b", t)
    if m:
        return f"{int(m.group(3)):04d}-{MONTHS[m.group(2)]:02d}-{int(m.group(1)):02d}"
    m = re.search(rf"\b({_MONTH_RX})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})\b", t)
    if m:
        return f"{int(m.group(3)):04d}-{MONTHS[m.group(1)]:02d}-{int(m.group(2)):02d}"
    m = re.search(rf"\b({_MONTH_RX})\.?,?\s+(?:of\s+)?(\d{{4}})\b", t)
    if m:
        return f"{m.group(2)}-{MONTHS[m.group(1)]:02d}"
    m = re.search(r"\b(?:the\s+)?(\d{3})0'?s\b", t) or re.search(r"\b'(\d)0s\b", t)
    if m:
        return m.group(1) if len(m.group(1)) == 3 else f"19{m.group(1)}"
    m = re.search(r"\b(first|second|third|fourth|1st|2nd|3rd|4th)[\s-]+(quarter|half)\b.*?\b(\d{4})\b", t)
    if m:
        return f"{m.group(3)}-{'Q' if m.group(2) == 'quarter' else 'H'}{ORDINALS[m.group(1)]}"
    m = re.search(r"\b(spring|summer|fall|autumn|winter)\s+(?:of\s+)?(\d{4})\b", t)
    if m:
        return f"{m.group(2)}-{SEASONS[m.group(1)]}"
    m = re.fullmatch(r"(?:fiscal|fiscal year|fy|calendar|calendar year|the year|year|the 'year)?\s*(\d{4})(?:\s.*)?", t)
    if m and 1000 <= int(m.group(1)) <= 2100:
        return m.group(1)
    m = re.search(r"\b(1[89]\d\d|20\d\d)\b", t)
    if m and not re.search(r"\d{1,2}:\d{2}", t):
        return m.group(1)
    if anchor is None:
        return None
    return _relative(t, anchor, future)


def _relative(t: str, a: date, future: bool) -> str | None:
    value = _relative_exact(t, a, future)
    if value is None:  # "quarter ended Sept. 29": a longer phrase holding a month and day
        m = re.search(rf"\b({_MONTH_RX})\.?\s+(\d{{1,2}})\b", t)
        if m and len(t.split()) > 2:
            value = _relative_exact(m.group(0), a, future)
    return value


def _relative_exact(t: str, a: date, future: bool) -> str | None:
    if t in _THIS_YEAR:
        return str(a.year)
    if t in ("quarter", "latest quarter", "latest period", "period", "most recent quarter", "recent quarter"):
        return _unit("quarter", a, -1)
    if t in ("today", "tonight", "this morning", "this afternoon", "this evening", "the day"):
        return a.isoformat()
    if re.fullmatch(r"(late |early )?yesterday( morning| afternoon| evening| night)?|last night", t):
        return (a - timedelta(days=1)).isoformat()
    if re.fullmatch(r"tomorrow( morning| afternoon| evening| night)?", t):
        return (a + timedelta(days=1)).isoformat()
    m = re.fullmatch(rf"({_MONTH_RX})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?|(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?"
                     rf"({_MONTH_RX})\.?", t)
    if m:
        month = MONTHS[m.group(1) or m.group(4)]
        day = int(m.group(2) or m.group(3))
        try:
            return date(_nearest_year(month, day, a, future), month, day).isoformat()
        except ValueError:
            return None
    m = re.search(r"\b(last|next|this|coming|past|previous)?\s*(monday|tuesday|wednesday|thursday|friday|saturday|"
                  r"sunday)\b", t)
    if m:
        which, wd = m.group(1), WEEKDAYS[m.group(2)]
        back = (a.weekday() - wd) % 7
        if which in ("next", "coming") or (which is None and future and back != 0):
            return (a + timedelta(days=(wd - a.weekday()) % 7 or 7)).isoformat()
        if which in ("last", "past", "previous") and back == 0:
            back = 7
        return (a - timedelta(days=back)).isoformat()
    m = re.fullmatch(rf"(?:(last|next|this|coming|past)\s+)?({_MONTH_RX})\.?", t)
    if m:
        month = MONTHS[m.group(2)]
        year = _nearest_year(month, None, a, future)
        if m.group(1) == "last" and date(year, month, 1) > a:
            year -= 1
        if m.group(1) in ("next", "coming") and date(year, month, 28) < a:
            year += 1
        return f"{year}-{month:02d}"
    m = re.fullmatch(rf"({_MONTH_RX})\.?,?\s+(this|last|next) year", t)  # "June last year"
    if m:
        return f"{a.year + {'this': 0, 'last': -1, 'next': 1}[m.group(2)]}-{MONTHS[m.group(1)]:02d}"
    m = re.fullmatch(r"(this|last|next) year's (first|second|third|fourth) (quarter|half)", t)
    if m:
        year = a.year + {"this": 0, "last": -1, "next": 1}[m.group(1)]
        return f"{year}-{'Q' if m.group(3) == 'quarter' else 'H'}{ORDINALS[m.group(2)]}"
    m = re.fullmatch(r"(\d{1,2})(?:st|nd|rd|th) century", t)  # TimeML: "the 20th century" -> "19"
    if m:
        return f"{int(m.group(1)) - 1:02d}"
    if re.fullmatch(r"(?:year-ago|year-earlier|year earlier) (?:quarter|period)|quarter a year (?:ago|earlier)", t):
        return _unit("quarter", a, -5)  # the latest reported quarter, a year before
    m = re.fullmatch(r"(?:year-ago|year-earlier) (first|second|third|fourth) quarter", t)
    if m:
        return f"{a.year - 1}-Q{ORDINALS[m.group(1)]}"
    m = re.fullmatch(r"(this|last|next|past|previous|coming|current|the current|the latest|the previous|the past)\s+"
                     r"(year|month|week|quarter|weekend|fall|autumn|spring|summer|winter)", t)
    if m:
        step = {"this": 0, "current": 0, "the current": 0, "last": -1, "past": -1, "previous": -1, "the previous": -1,
                "the past": -1, "next": 1, "coming": 1}
        unit = m.group(2)
        if m.group(1) == "the latest":
            return _latest(unit, a)
        return _unit(unit, a, step[m.group(1)])
    m = re.fullmatch(r"(?:just |nearly |almost |about |some |roughly |only |more than |less than )?"
                     r"(a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(year|month|week|day|decade)s?"
                     r"\s+(ago|earlier|before|later|from now|hence)", t)
    if m:
        n = NUMBERS.get(m.group(1)) or int(m.group(1))
        sign = -1 if m.group(3) in ("ago", "earlier", "before") else 1
        return _unit(m.group(2), a, sign * n)
    m = re.fullmatch(r"(?:the\s+)?(first|second|third|fourth|1st|2nd|3rd|4th)[\s-]+(quarter|half)", t)
    if m:
        n = ORDINALS[m.group(1)]
        current = (a.month - 1) // 3 + 1 if m.group(2) == "quarter" else (a.month - 1) // 6 + 1
        year = a.year if n <= current else a.year - 1
        return f"{year}-{'Q' if m.group(2) == 'quarter' else 'H'}{n}"
    m = re.fullmatch(r"(spring|summer|fall|autumn|winter)", t)
    if m:
        return f"{a.year}-{SEASONS[m.group(1)]}"
    if t in ("year-ago", "the year-ago period", "year-earlier", "a year earlier", "year earlier", "the year earlier"):
        return str(a.year - 1)
    if t in ("the weekend", "weekend", "this weekend"):
        return f"{_week(a)}-WE"
    return None


def _unit(unit: str, a: date, n: int) -> str | None:
    if unit == "year":
        return str(a.year + n)
    if unit == "decade":
        return str((a.year + 10 * n) // 10)
    if unit == "month":
        y, mth = _shift_month(a, n)
        return f"{y}-{mth:02d}"
    if unit == "week":
        return _week(a + timedelta(weeks=n))
    if unit == "weekend":
        return f"{_week(a + timedelta(weeks=n))}-WE"
    if unit == "day":
        return (a + timedelta(days=n)).isoformat()
    if unit == "quarter":
        q = (a.month - 1) // 3 + n
        return f"{a.year + q // 4}-Q{q % 4 + 1}"
    if unit in SEASONS:
        return f"{a.year + n}-{SEASONS[unit]}"
    return None


def _latest(unit: str, a: date) -> str | None:
    if unit == "quarter":
        return _unit("quarter", a, -1)
    if unit == "year":
        return str(a.year - 1)
    return _unit(unit, a, -1)


def sentence_is_future(sentence: str) -> bool:
    """Whether a sentence speaks of the future (used for bare weekdays)."""
    return bool(_FUTURE.search(sentence))
