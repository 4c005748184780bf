"""A headline on the first line of an article body is a sentence of its own, never the start of the lead.

Wire copy and most corpora put the headline on the body's first line with no full stop ("Iraq's Chalabi escapes
attempt on his life\\nGunmen opened fire ..."); spaCy's parser then reads headline and lead as one sentence
("Gunmen" becomes the object of "on his life"), so the lead's actors, triggers and datelines are lost or
glued to headline words ("GI's Injured\\nInsurgents"). `headline_break` is a pipeline component that runs before
the parser and marks the first token after such a line as a sentence start, which the parser keeps. Only the
first line is touched, and only when it looks like a headline: 2-30 words, not ending in a full stop, question or
exclamation mark (a lead sentence on its own line, as BBC bodies start), a dash, colon, comma, semicolon or bracket
(a dateline or a wrapped sentence), followed by a line that starts with a capital, a digit
or a quote (hard-wrapped text continues in lower case). Wire it with `add_headline_break(nlp)` after loading.
"""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

COMPONENT = "newsmill_headline_break"
MAX_HEADLINE_WORDS = 30
_OPEN_ENDINGS = ("-", "\u2014", "\u2013", ":", ",", ";", "(")
_NEXT_STARTS = ('"', "'", "\u201c", "\u2018")
_SENTENCE_ENDINGS = (".", "!", "?")
_QUOTES = "\"'\u201d\u2019)"


def headline_end(text: str) -> int | None:
    """Character offset where the lead starts after an opening headline line of `text`, else None."""
    nl = text.find("\n")
    if nl <= 0:
        return None
    line = text[:nl].strip()
    words = line.split()
    if not MAX_HEADLINE_WORDS >= len(words) >= 2 or line.endswith(_OPEN_ENDINGS) or line.rstrip(_QUOTES).endswith(
            _SENTENCE_ENDINGS):
        return None  # (a lead sentence on a line of its own, as BBC bodies start, is no headline)
    start = nl + 1
    while start < len(text) and text[start].isspace():
        start += 1
    if start >= len(text):
        return None
    first = text[start]
    if not (first.isupper() or first.isdigit() or first in _NEXT_STARTS):
        return None
    return start


@Language.component(COMPONENT)
def headline_break(doc: Doc) -> Doc:
    """Mark the token that opens the lead after a headline line as a sentence start (before the parser)."""
    start = headline_end(doc.text)
    if start is None:
        return doc
    for tok in doc:
        if tok.idx >= start:
            if tok.i > 0:
                tok.is_sent_start = True
            break
    return doc


def add_headline_break(nlp: Language) -> Language:
    """Add `headline_break` before the parser (once); pipelines without a parser are left as they are."""
    if COMPONENT not in nlp.pipe_names and "parser" in nlp.pipe_names:
        nlp.add_pipe(COMPONENT, before="parser")
    return nlp
