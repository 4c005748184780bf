"""Entity mentions from spaCy docs: clean span edges, sentence index, offsets into the field's text."""
from __future__ import annotations

import bisect
import re
from collections.abc import Iterable

from spacy.tokens import Doc, Span

from transforms.canonical import normalize_name
from transforms.gazetteer import country_of_name, demonyms

_LEAD = re.compile(r"^(?:the|The|THE)\s+")
_TRIM = " \t\n.,;:!?\"'“”‘’()[]{}-–—|*•"
_POSSESSIVE = re.compile(r"['’]s?$")
# labels whose leading "the" is not part of the name ("the United States", "the IOC")
_STRIP_THE = {"GPE", "ORG", "NORP", "LOC", "FAC", "EVENT", "PERSON"}
# labels of names, which have a capital letter (numbers, dates and quantities need none)
_NAMES = {"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "EVENT", "WORK_OF_ART", "LAW", "PRODUCT"}
# a spaced dash ends a span: the wire's dateline separator ("WASHINGTON, April 3 - Four U.S. meat processors"),
# or a clause break; a range of numbers ("1990 - 1995") is kept whole
_SPACED_DASH = re.compile(r"(?<!\d)\s+(?:-{1,2}|[–—])\s+|\s+(?:-{1,2}|[–—])\s+(?!\d)")


def clean_span(text: str, start: int, end: int, label: str) -> tuple[int, int] | None:
    """Tighten a span: no surrounding spaces or punctuation, no leading "the", no possessive 's, nothing after a
    spaced dash."""
    s, e = start, end
    dash = _SPACED_DASH.search(text, s, e)
    if dash and dash.start() > s:
        e = dash.start()
    while s < e and _trimmable(text[s]):
        s += 1
    while e > s and _trimmable(text[e - 1]) and not (text[e - 1] == "." and _is_abbrev_end(text, s, e)):
        e -= 1
    if label in _STRIP_THE:
        m = _LEAD.match(text[s:e])
        if m and e - s > m.end():
            s += m.end()
    m = _POSSESSIVE.search(text[s:e])
    if m and label not in ("DATE", "TIME") and e - s > len(m.group(0)) + 1 and m.group(0) != "'":
        e -= len(m.group(0))
    while e > s and _trimmable(text[e - 1]) and not (text[e - 1] == "." and _is_abbrev_end(text, s, e)):
        e -= 1
    if label in _NAMES and text[s:e].islower() and not text.islower():
        return None  # a name has a capital ("cts" in "Shr 23 cts vs 12 cts" is cents), unless the text has none
    return (s, e) if e > s else None


def _trimmable(ch: str) -> bool:
    return ch in _TRIM or ch.isspace()


def _is_abbrev_end(text: str, s: int, e: int) -> bool:
    """A final period that belongs to an abbreviation ("U.S.", "Corp.", "Jr.")."""
    word = text[s:e].split()[-1] if text[s:e].split() else ""
    return bool(re.fullmatch(r"(?:[A-Za-z]\.){2,}|(?:Corp|Inc|Co|Ltd|Jr|Sr|St|Bros|Mr|Mrs|Ms|Dr|Gen|Gov)\.", word))


def doc_text(doc: Doc) -> str:
    """`doc.text`, built once per doc: spaCy joins every token's text on each access, and the rules read it
    many times per article."""
    text = doc.user_data.get(_TEXT_KEY)
    if text is None:
        text = doc.user_data[_TEXT_KEY] = doc.text
    return text


_TEXT_KEY = "newsmill.text"


def remember_text(doc: Doc, text: str) -> Doc:
    """Give `doc_text` the text `doc` was parsed from (spaCy's tokenizer keeps every character, so it equals
    `doc.text`) instead of joining the tokens again."""
    doc.user_data[_TEXT_KEY] = text
    return doc


def sentence_bounds(doc: Doc) -> list[tuple[int, int]]:
    """(start, end) character offsets of each sentence of `doc`, built once per doc; the whole text as one
    sentence when no boundaries are set."""
    bounds = doc.user_data.get(_SENTS_KEY)
    if bounds is None:
        try:
            bounds = [(s.start_char, s.end_char) for s in doc.sents]
        except ValueError:  # no sentence boundaries set
            bounds = [(0, len(doc_text(doc)))]
        doc.user_data[_SENTS_KEY] = bounds
    return bounds


_SENTS_KEY = "newsmill.sentences"


def sentence_starts(doc: Doc) -> list[int]:
    """Character offsets where each sentence of `doc` starts."""
    return [start for start, _ in sentence_bounds(doc)]


def mentions_from_doc(doc: Doc, field: str, ents: Iterable[Span] | None = None) -> list[dict]:
    """One row per entity in `doc` (offsets into `doc.text`): text, label, field, offsets, sentence index."""
    text = doc_text(doc)
    starts = sentence_starts(doc)
    rows = []
    for ent in ents if ents is not None else doc.ents:
        span = clean_span(text, ent.start_char, ent.end_char, ent.label_)
        if span is None:
            continue
        s, e = span
        rows.append({
            "field": field, "start_char": s, "end_char": e, "text": text[s:e], "label": ent.label_,
            "sentence_index": max(bisect.bisect_right(starts, s) - 1, 0),
        })
        if (after := _nation_after_dash(text, e, ent.end_char)) is not None:
            rows.append(rows[-1] | {"start_char": after[0], "end_char": ent.end_char,
                                    "text": text[after[0]:ent.end_char], "label": after[1]})
    return rows


def _nation_after_dash(text: str, end: int, ent_end: int) -> tuple[int, str] | None:
    """(start, label) of a nationality or country the model ran into across a spaced dash, which `clean_span` cuts
    off: "March 13 - Spanish" in "MADRID, March 13 - Spanish farmers …" holds a date and a NORP."""
    dash = _SPACED_DASH.match(text, end, ent_end)
    if dash is None:
        return None
    rest = text[dash.end():ent_end]
    if normalize_name(rest) in demonyms():
        return dash.end(), "NORP"
    return (dash.end(), "GPE") if country_of_name(rest) is not None else None


def ner_view(text: str) -> str:
    """The text the model reads: ALL-CAPS lines (wire headlines, datelines) in title case, same length.

    Small models find few entities in upper-case text; re-casing keeps every offset valid.
    """
    out = []
    for line in text.split("\n"):
        if _mostly_upper(line):
            cased = line.title()
            out.append(cased if len(cased) == len(line) else line)
        else:
            out.append(line)
    return "\n".join(out)


_ASCII_LOWER = str.maketrans("", "", "abcdefghijklmnopqrstuvwxyz")


def _mostly_upper(line: str) -> bool:
    """Over 90% of a line's letters (at least 4) are upper case.

    Prose fails at once: when a tenth of the line's characters are ASCII lower-case letters, a tenth of its letters
    are not upper case (one C-level `translate`). Otherwise the letters are counted with `map`, and exactly (upper-case
    letters only) where that count passes, since `str.isupper` is also true of a few symbols that are not letters."""
    if 10 * (len(line) - len(line.translate(_ASCII_LOWER))) >= len(line):
        return False
    letters = sum(map(str.isalpha, line))
    if letters < 4 or sum(map(str.isupper, line)) / letters <= 0.9:
        return False
    return sum(1 for c in line if c.isalpha() and c.isupper()) / letters > 0.9
