"""Document metadata found in the text itself: source name, dateline, and published time parsing."""
from __future__ import annotations

import re
from datetime import UTC, datetime

# "(CNN)", "WASHINGTON (Reuters) -", "LONDON, March 3 (AP) —": a dateline opening the first paragraph.
_DATELINE = re.compile(
    r"^(?P<dl>(?:[A-Z][A-Za-z.'’-]*(?:[ ,]+[A-Z][A-Za-z.'’-]*){0,4}(?:,? [A-Z][a-z]{2,8}\.? \d{1,2})?\s*)?"
    r"\((?P<src>[A-Z][A-Za-z.&' -]{1,40})\)\s*(?:[-–—_:]+\s*)?)(?=\S)"
)
# "-With a file from Global News’ Hannah Jackson", "© 2021 Reuters", "Copyright 2021 The Associated Press"
_CREDIT_SOURCE = re.compile(
    r"(?:files? from|reporting (?:from|by)|©|copyright)\s*(?:\d{4}\s+)?"
    r"(?P<src>(?:The\s+)?[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3}?)(?:['’]s?\s|\.|,|\s*$|\s+(?:All|Inc|Ltd))",
)
_NOT_SOURCES = {"The", "A", "An", "This", "Photo", "File"}


def find_dateline(body: str) -> tuple[str | None, str | None]:
    """(dateline text, source named in it) at the start of the body, e.g. ('(CNN) ', 'CNN')."""
    for para in body.split("\n"):
        if para.strip():
            m = _DATELINE.match(para.strip())
            if m and len(m.group("src").split()) <= 4:
                return m.group("dl").strip(), m.group("src").strip()
            return None, None
    return None, None


def source_from_credits(lines: list[str]) -> str | None:
    """A publisher named in a credit or copyright line ("With a file from Global News’ …")."""
    for line in lines:
        m = _CREDIT_SOURCE.search(line)
        if m and m.group("src") not in _NOT_SOURCES:
            return m.group("src").strip()
    return None


def parse_published_at(value: object) -> datetime | None:
    """ISO 8601 (date or datetime, `Z` or offset) to an aware UTC datetime; naive times count as UTC."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        dt = value
    else:
        text = str(value).strip().replace("Z", "+00:00")
        try:
            dt = datetime.fromisoformat(text)
        except ValueError:
            return None
    if dt.tzinfo is None:
        dt = dt.replace(tzinfo=UTC)
    return dt.astimezone(UTC)
