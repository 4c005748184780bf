"""Document metadata: sidecar/JSONL fields checked, source name and dateline found in the text, published time.

`validate_meta` checks each known field's type and value: `source`, `title`, `author`, `url` are strings,
`language` a 2-letter code (ISO 639-1, optionally with a region: `en`, `en-GB`, `pt_BR`), `published_at` an
ISO 8601 date or date-time string. An absent field, null or empty string means "unknown"; any other invalid
value is a problem to report (the reader quarantines the input), never a silent null.
"""
from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime

META_FIELDS = ("url", "source", "title", "published_at", "author", "language")
_TEXT_FIELDS = ("url", "source", "title", "author")
_LANGUAGE = re.compile(r"^[A-Za-z]{2}(?:[-_][A-Za-z]{2})?$")
_SURROGATE = re.compile("[\ud800-\udfff]")

# "(CNN)", "WASHINGTON (Reuters) -", "LONDON, March 3 (AP) —", "SEATTLE/NEW YORK (Reuters) -": a dateline opening
# the first paragraph.
_DATELINE = re.compile(
    r"^(?P<dl>(?:[A-Z][A-Za-z.'’/-]*(?:[ ,]+[A-Z][A-Za-z.'’/-]*){0,4}(?:,? [A-Z][a-z]{2,8}\.? \d{1,2})?\s*)?"
    r"\((?P<src>[A-Z][A-Za-z.&' -]{1,40})\)\s*(?:[-–—_:]+\s*)?)(?=\S)"
)
# "-With a file from Global News’ Hannah Jackson", "© 2021 Reuters", "Copyright 2021 The Associated Press"
_CREDIT_SOURCE = re.compile(
    r"(?:files? from|reporting (?:from|by)|©|copyright)\s*(?:\d{4}\s+)?"
    r"(?P<src>(?:The\s+)?[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3}?)(?:['’]s?\s|\.|,|\s*$|\s+(?:All|Inc|Ltd))",
)
_NOT_SOURCES = {"The", "A", "An", "This", "Photo", "File"}


# "ROSTOV-ON-DON, RUSSIA - ", "MILAN -- ", "GAZA CITY, Palestinian Territories: ", "LONDON, AUGUST 17: ",
# "PARIS/BERLIN - ", "LA PAZ, March 23 - ": a wire dateline, no agency named
_PLAIN_DATELINE = re.compile(
    r"^(?:[A-Z][A-Z.'’/-]{2,}|[A-Z]{2}(?= [A-Z]{2}))(?: [A-Z][A-Z.'’/-]+){0,3}"
    r"(?:, [A-Z][A-Za-z.'’-]*(?: [A-Z][A-Za-z.'’-]*){0,2})?"
    r"(?:,? (?:[A-Z][a-z]{2,8}|[A-Z]{3,9}|(?:jan|feb|march|april|may|june|july|aug|sept?|oct|nov|dec)[a-z]*)\.? "
    r"\d{1,2})?\s*(?:--|[-–—:])\s+(?=\S)"
)

# "Islamabad, Nov 9 : ", "World News: Islamabad, Nov 9 : ", "Calgary, Alberta, March 18 - ": a place (and its
# region) and a date, in mixed case
_DATED_DATELINE = re.compile(
    r"^(?:[A-Z][a-z]+ News\s*:\s*)?[A-Z][a-z]+(?: [A-Z][a-z]+)?(?:, [A-Z][a-z]+(?: [A-Z][a-z]+)?)?, "
    r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|"
    r"Dec)[a-z]*\.? \d{1,2}\s*(?:--|[-–—:])\s+(?=\S)"
)

# "Reuters - ", "AP - ": a wire agency's credit opening the body, no place
_AGENCY_CREDIT = re.compile(r"^(?:AP|AFP|Reuters|UPI|Xinhua|DPA|dpa|CP|CNN|BBC)\s*(?:--|[-–—])\s+(?=\S)")


def dateline_end(body: str) -> int:
    """Where a dateline opening the body's first paragraph ends ("BAGHDAD (AFP) - ", "MOSCOW -- "), as an offset
    into `body`; 0 when there is none. Its place names say where the story was filed, not who acted."""
    rest = body.lstrip()
    m = _DATELINE.match(rest)
    if m and rest[:m.start("src")].strip("( ") and not re.search(r"[-–—_:]\s*$", m.group(0)):
        m = None  # "The Asia-Pacific Economic Cooperation (APEC) forum": a name and its acronym, no dateline
    m = m or _PLAIN_DATELINE.match(rest) or _DATED_DATELINE.match(rest) or _AGENCY_CREDIT.match(rest)
    return len(body) - len(rest) + m.end() if m else 0


def find_dateline(body: str) -> tuple[str | None, str | None]:
    """(dateline text, source named in it) at the start of the body or of the lead after a headline line, e.g.
    ('(CNN)', 'CNN'), ('ZURICH, March 3 -', None)."""
    from transforms.event_headline import headline_end  # a headline line may come first: "IRAN SAYS …\nTEHRAN, -"

    lead = headline_end(body) if not dateline_end(body) else None
    for para in body[lead or 0:].split("\n"):
        text = para.strip()
        if text:
            end = dateline_end(text)  # not "The Asia-Pacific Economic Cooperation (APEC) forum"
            if not end:
                return None, None
            m = _DATELINE.match(text)
            if m and m.end() == end and len(m.group("src").split()) <= 4:
                return m.group("dl").strip(), m.group("src").strip()
            agency = _AGENCY_CREDIT.match(text)
            return text[:end].strip(), (text[:end].strip(" -–—") if agency else None)
    return None, None


def source_from_credits(lines: list[str]) -> str | None:
    """A publisher named in a credit or copyright line ("With a file from Global News’ …")."""
    for line in lines:
        m = _CREDIT_SOURCE.search(line)
        if m and m.group("src") not in _NOT_SOURCES:
            return m.group("src").strip()
    return None


def parse_published_at(value: object) -> datetime | None:
    """ISO 8601 (date or datetime, `Z` or offset) to an aware UTC datetime; naive times count as UTC.

    None for anything else (use `validate_meta` first to report invalid values instead of nulling them).
    """
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        dt = value
    elif isinstance(value, str):
        try:
            dt = datetime.fromisoformat(value.strip().replace("Z", "+00:00").replace("z", "+00:00"))
        except ValueError:
            return None
    else:
        return None
    if dt.tzinfo is None:
        dt = dt.replace(tzinfo=UTC)
    try:
        return dt.astimezone(UTC)
    except (OverflowError, ValueError):  # year 1 with a positive offset, year 9999 with a negative one
        return None


@dataclass(frozen=True)
class MetaCheck:
    """Known metadata fields that passed (`meta`) and one message per invalid field (`problems`)."""

    meta: dict[str, str] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)


def validate_meta(record: Mapping[str, object]) -> MetaCheck:
    """Check the known metadata fields of a sidecar or JSONL record; unknown keys are ignored."""
    meta: dict[str, str] = {}
    problems: list[str] = []
    for key in META_FIELDS:
        value = record.get(key)
        if value is None or (isinstance(value, str) and not value.strip()):
            continue
        problem = field_problem(key, value)
        if problem:
            problems.append(f"field `{key}`: {problem}, got {describe_value(value)}")
        else:
            meta[key] = value.strip() if key in ("language", "published_at") else value  # type: ignore[union-attr]
    return MetaCheck(meta, problems)


def field_problem(key: str, value: object) -> str | None:
    """Why `value` is not valid for metadata field `key` (None when it is)."""
    if not isinstance(value, str):
        expected = {"language": "a language code string", "published_at": "an ISO 8601 date/time string"}
        return f"expected {expected.get(key, 'a string')}"
    if _SURROGATE.search(value):
        return "text with a lone surrogate (invalid Unicode)"
    if key == "language" and not _LANGUAGE.match(value.strip()):
        return "expected a 2-letter language code such as `en` or `en-GB`"
    if key == "published_at" and parse_published_at(value) is None:
        return "expected a valid ISO 8601 date/time such as `2021-03-04` or `2021-03-04T10:30:00Z`"
    return None


def describe_value(value: object, limit: int = 80) -> str:
    """A short, printable description of a JSON value for a quarantine detail: type and value."""
    text = printable(repr(value))
    return f"{json_kind(value)} {text[:limit] + '…' if len(text) > limit else text}"


def json_kind(value: object) -> str:
    """The JSON name of a parsed value's type: object, array, string, number, boolean, null."""
    kinds = {dict: "object", list: "array", bool: "boolean", int: "number", float: "number", str: "string"}
    return "null" if value is None else kinds.get(type(value), type(value).__name__)


def printable(text: str) -> str:
    """`text` with lone surrogates and control characters escaped, safe to store and print."""
    text = text.encode("utf-8", "backslashreplace").decode("utf-8")
    return "".join(c if c.isprintable() else c.encode("unicode_escape").decode("ascii") for c in text)
