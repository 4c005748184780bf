"""Quotations with their speakers, from a parsed article: direct ("…", he said) and indirect (X said that …).

Pure over a spaCy `Doc` of the body and the article's mention rows. Speakers are the cue verb's subject
(or the object of "according to"); pronouns are resolved to the nearest preceding person mention.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from spacy.symbols import AUX, VERB
from spacy.tokens import Doc, Span, Token

from transforms.entities import doc_text
from transforms.ids import stable_id
from transforms.metadata import dateline_end
from transforms.syntax import noun_phrase, subject_of

_DATA = resources.files("transforms") / "data"
_QUOTE_RX = re.compile(  # a curly quotation left open at its paragraph's end stops there
    r"“[^”\n]{2,3000}?(?:”|(?=\n)|$)|\"[^\"\n]{2,3000}?\"|''(?:(?!'')[^\n]){2,3000}?''|«[^»]{2,3000}?»")
PRONOUNS = {"he", "she", "they", "i", "we", "it", "him", "her"}


@lru_cache(maxsize=1)
def speech_verbs() -> frozenset[str]:
    """Lemmas of speech verbs (`data/speech_verbs.txt`)."""
    text = (_DATA / "speech_verbs.txt").read_text(encoding="utf-8")
    return frozenset(ln.strip() for ln in text.splitlines() if ln.strip() and not ln.startswith("#"))


@dataclass
class Quote:
    """One quotation found in the body."""

    start: int
    end: int
    text: str
    kind: str
    cue: Token | None
    speaker: Span | None


def quote_spans(text: str, min_words: int = 3) -> list[tuple[int, int]]:
    """Character spans of quoted passages (with their marks) of at least `min_words` words."""
    return [m.span() for m in _QUOTE_RX.finditer(text) if len(re.findall(r"\w+", m.group(0))) >= min_words]


def _inside(tok: Token, spans: list[tuple[int, int]]) -> bool:
    i = bisect.bisect_right(spans, (tok.idx, float("inf"))) - 1
    return i >= 0 and spans[i][0] <= tok.idx < spans[i][1]


_DOCUMENTS = {"statement", "memo", "letter", "release", "email", "e-mail", "tweet", "post", "note", "message",
              "video", "ad", "advertisement", "op-ed", "filing", "notice"}


def _subject(verb: Token) -> Span | None:
    """The speaker: the verb's subject, or whoever put out the statement that "says" ("X issued a statement
    saying …"), without punctuation at its edges."""
    tok = subject_of(verb)
    if tok is None:
        return None
    filed = dateline_end(doc_text(verb.doc)) if tok.idx < 80 else 0
    if tok.idx < filed:  # "ZURICH, March 3 - Harbour Bank said": the place it was filed from is no speaker
        later = [c for c in tok.children if c.dep_ == "appos" and c.idx >= filed]
        if not later:
            return None
        tok = later[0]
    if tok.lemma_.lower() in _DOCUMENTS and verb.dep_ == "acl" and tok.dep_ in ("dobj", "pobj"):
        author = subject_of(tok.head.head if tok.dep_ == "pobj" else tok.head)
        tok = author if author is not None else tok
    return _subject_span(tok)


def _subject_span(tok: Token) -> Span:
    span = noun_phrase(tok)
    start, end = span.start, span.end
    while start < end and (span.doc[start].is_punct or span.doc[start].is_space):
        start += 1
    while end > start and (span.doc[end - 1].is_punct or span.doc[end - 1].is_space):
        end -= 1
    return span.doc[start:end] if end > start else span


def _cue_for(doc: Doc, start: int, end: int, spans: list[tuple[int, int]], text: str,
             all_sents: list[Span]) -> tuple[Token | None, Span | None]:
    """The speech verb outside the quote in the quote's sentences, nearest to it, and its subject."""
    sents = [s for s in all_sents if s.start_char < end and s.end_char > start]
    best = None
    for sent in sents:
        for tok in sent:
            between = text[min(tok.idx, end):max(tok.idx, start)]
            if "\n" in between:
                continue  # cues stay in the quotation's paragraph
            if tok.pos_ in ("VERB", "AUX") and tok.lemma_.lower() in speech_verbs() and not _inside(tok, spans):
                dist = min(abs(tok.idx - start), abs(tok.idx - end))
                if best is None or dist < best[0]:
                    best = (dist, tok)
            if tok.lower_ == "according" and tok.i + 2 < len(doc) and doc[tok.i + 1].lower_ == "to" and not _inside(
                    tok, spans):
                pobj = next((c for c in doc[tok.i + 1].children if c.dep_ == "pobj"), None)
                if pobj is not None:
                    return tok, noun_phrase(pobj)
    if best is None:
        tag = _tag_verb(doc, end, text)
        return (tag, _subject(tag)) if tag is not None else (None, None)
    speaker = _subject(best[1])
    if speaker is not None and _inside(speaker.root, spans):  # a misparse took words of the quotation
        speaker = _tag_subject(doc, end, text)
    return best[1], speaker


def _tag(doc: Doc, end: int, text: str, width: int) -> Span | None:
    """The words right after a quotation, up to `width` characters and never past its paragraph."""
    stop = text.find("\n", end)
    return doc.char_span(end, min(end + width, len(text) if stop < 0 else stop), alignment_mode="expand")


def _tag_subject(doc: Doc, end: int, text: str) -> Span | None:
    """The name or pronoun right after a quotation ('"…," Butz told the Post')."""
    for tok in _tag(doc, end, text, 60) or []:
        if tok.pos_ in ("PROPN", "PRON"):
            return _subject_span(tok)
        if not (tok.is_punct or tok.is_space):
            return None
    return None


_SUBJECT_POS = {"PROPN", "NOUN", "PRON", "DET", "ADJ", "PUNCT", "NUM", "PART", "ADP", "CCONJ"}


def _tag_verb(doc: Doc, end: int, text: str) -> Token | None:
    """ "…," Mr. Gray continued. / "…?" asked Smith: any verb in the tag right after a quotation is its cue."""
    after = _tag(doc, end, text, 120)
    if after is None:
        return None
    for tok in after[:10]:
        if tok.is_sent_start and tok.idx > end + 2:
            return None
        if tok.pos_ == "VERB":
            nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
            closes = nxt is None or nxt.is_punct or nxt.pos_ in ("ADV", "ADP", "PROPN", "PRON", "DET", "NOUN")
            inverted = tok.idx < end + 4  # "…," said Smith
            return tok if closes and (inverted or subject_of(tok) is not None) else None
        if tok.pos_ not in _SUBJECT_POS:
            return None
    return None


def find_quotes(doc: Doc) -> list[Quote]:
    """Direct quotations (split ones merged) and indirect speech (speech verb + clausal complement)."""
    text = doc_text(doc)
    spans = quote_spans(text)
    marks = quote_spans(text, 1)  # every quoted word, for how much of a content is quoted
    sents = list(doc.sents)
    # a short reply that opens its paragraph ('"Absolutely," he said.') is a quotation too, given a cue
    replies = {(s, e) for s, e in marks if (s, e) not in spans and not text[text.rfind("\n", 0, s) + 1:s].strip()}
    direct: list[Quote] = []
    for start, end in sorted(set(spans) | replies):
        cue, speaker = _cue_for(doc, start, end, spans, text, sents)
        if (start, end) in replies and cue is None:
            continue
        if cue is None:
            prev = _previous_cue(doc, start, text)
            if prev is not None:
                cue, speaker = prev
        # one quotation: "A," he said, "B." (same cue) or "A," she said. "B." (the speaker goes on)
        previous = direct[-1] if direct and direct[-1].cue is not None else None
        if previous is not None and (
                (cue is not None and previous.cue.i == cue.i and "\n" not in text[previous.end:start])
                or (cue is None and _continues(text, previous.end, start))):
            previous.text = f"{previous.text} {text[start:end]}"
            previous.end = end
            continue
        if cue is None and direct and "\n" not in text[direct[-1].end:start] and direct[-1].speaker is not None:
            cue, speaker = direct[-1].cue, direct[-1].speaker  # a continuation of the same speaker
        direct.append(Quote(start, end, text[start:end], "direct", cue, speaker))
    clausal = []
    for tok in _verbs(doc):  # both rules below start from a VERB or AUX token
        if tok.lemma_.lower() in _NAMING and tok.pos_ == "VERB" and not _inside(tok, spans):
            clausal.extend(_naming(doc, tok, marks))
        if not _is_cue(tok) or _inside(tok, spans):
            continue
        if _idiom(tok):
            continue
        for comp in _reported(tok):
            if comp.i < tok.i and ((tok.lemma_.lower() == "say" and _quoted_before(tok)) or not _fronted_clause(comp)):
                continue
            last = _trimmed_end(comp)
            s, e = comp.left_edge.idx, last.idx + len(last.text)
            s, e = _clip_to_paragraph(text, s, e, tok.idx)
            s, e = _clip_to_clause(text, s, e, tok.idx)
            if e - s < 12:
                continue
            # PolNeAR's convention: reported content that is mostly inside quotation marks is direct speech
            kind = "direct" if _quoted_share(s, e, marks) >= 0.5 else "indirect"
            clausal.append(Quote(s, e, text[s:e], kind, tok, _subject(tok)))
        if tok.dep_ == "parataxis" and not any(c.dep_ == "ccomp" for c in tok.children):
            clausal.extend(_parenthetical(doc, tok, marks))
    clausal += _according_to(doc, marks, direct) + _transcript_lines(doc)
    indirect = [c for c in clausal if c.kind == "indirect"]
    # a quoted fragment inside reported speech belongs to that clause, not a quotation of its own
    direct = [q for q in direct if (_has_finite_verb(doc, q) or (q.start, q.end) in replies) and not any(
        c.start <= q.start and q.end <= c.end + 2 for c in clausal)]
    # mostly-quoted reported content whose quotation alone is no clause ('says Clinton has "built a lead"')
    mostly_quoted = [c for c in clausal if c.kind == "direct" and not any(_overlap(c, q) > 0 for q in direct)]
    unique: dict[tuple[int, int], Quote] = {}
    for q in direct + indirect + mostly_quoted:  # two rules may find the same content ("called" and "said")
        unique.setdefault((q.start, q.end), q)
    return list(unique.values())


def _verbs(doc: Doc) -> list[Token]:
    """The VERB and AUX tokens of `doc`, in order (read from the POS array: most tokens never become objects)."""
    pos = doc.to_array("POS")
    return [doc[int(i)] for i in ((pos == VERB) | (pos == AUX)).nonzero()[0]]


_STATING = {"clear", "case", "point", "argument", "claim"}


def _is_cue(tok: Token) -> bool:
    """A speech verb, or "make" in "made it clear that", "made the case that"."""
    if tok.pos_ not in ("VERB", "AUX"):
        return False
    lemma = tok.lemma_.lower()
    return lemma in speech_verbs() or (lemma == "make" and any(c.lower_ in _STATING for c in tok.children))


def _reported(verb: Token) -> list[Token]:
    """Heads of what a cue reports: its clausal complement, else an "if/whether" clause or an object that
    holds a finite clause ("pointed to a poll that shows …")."""
    kids = list(verb.children)
    making = verb.lemma_.lower() == "make"
    ccomps = [c for c in kids if c.dep_ == "ccomp" and not (making and c.lower_ in _STATING)]
    for c in kids:
        if making and c.lower_ in _STATING:  # made [it clear] [that …]
            ccomps += [g for g in c.children if g.dep_ in ("ccomp", "acl", "advcl") and g.i > c.i]
    if ccomps:
        return ccomps
    out = [c for c in kids if c.dep_ == "advcl" and c.i > verb.i
           and any(m.dep_ == "mark" and m.lower_ in ("if", "whether") for m in c.children)]
    objects = [c for c in kids if c.dep_ == "dobj" and c.i > verb.i]
    objects += [g for c in kids if c.dep_ == "prep" and c.i > verb.i and c.lower_ in ("to", "about")
                for g in c.children if g.dep_ == "pobj"]
    out += [o for o in objects if any(t.tag_ in ("VBD", "VBZ", "VBP", "MD") for t in o.subtree)]
    return out


_NAMING = {"call", "dub", "label", "brand", "term", "describe", "characterize", "deride", "dismiss"}


_TAILS = {"relcl", "appos"}


def _trimmed_end(head: Token) -> Token:
    """The last token of a reported clause, without a trailing ", which …" / ", the alliance that …" aside."""
    first = head.left_edge.i
    end = head.right_edge.i
    doc = head.doc
    for tok in head.subtree:
        if tok.dep_ in _TAILS and tok.right_edge.i == end and tok.left_edge.i > first + 3 \
                and doc[tok.left_edge.i - 1].text in (",", "—", "–", "-", "--"):
            return doc[tok.left_edge.i - 2]
    for conj in (c for c in head.children if c.dep_ == "conj" and c.i > head.i + 2):
        if _is_cue(conj) and any(g.dep_ == "ccomp" for g in conj.children):  # "… and suggested that …"
            cut = conj.left_edge.i - 1
            while cut > first and (doc[cut].dep_ == "cc" or doc[cut].is_punct):
                cut -= 1
            return doc[cut]
    return doc[end]


def _idiom(verb: Token) -> bool:
    """ "That said, …" / "Needless to say": no one is speaking."""
    nxt = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
    subject = subject_of(verb)
    return nxt is not None and nxt.text == "," and subject is not None and subject.lower_ in ("that", "this")


_ADVERBIAL_MARKS = {"while", "although", "though", "if", "because", "as", "when", "after", "before", "since"}


def _fronted_clause(comp: Token) -> bool:
    """A reported clause placed before its cue is a finite clause, not "Like a lot of supporters, X said …"
    or "While not everything is true, X said …"."""
    return comp.pos_ in ("VERB", "AUX") and not any(
        c.dep_ == "mark" and c.lower_ in _ADVERBIAL_MARKS for c in comp.children)


def _clip_to_clause(text: str, s: int, e: int, anchor: int) -> tuple[int, int]:
    """Reported content stops at a semicolon on its far side from the cue."""
    if anchor <= s:
        cut = text.find(";", s, e)
        return (s, cut) if cut > s else (s, e)
    cut = text.rfind(";", s, e)
    return (cut + 1, e) if cut >= 0 else (s, e)


def _naming(doc: Doc, verb: Token, spans: list[tuple[int, int]]) -> list[Quote]:
    """ 'Trump called the plan "a disaster"': what the verb's object is called, when it is quoted."""
    right = [c for c in verb.children if c.i > verb.i and c.dep_ not in ("punct", "cc", "conj", "advcl", "prt")]
    if not right:
        return []
    first = right[0]
    if first.dep_ == "prep" and first.lower_ in ("for", "on"):
        right = list(first.children) + right[1:]
        if not right:
            return []
    s = min(t.left_edge.idx for t in right)
    last = max(right, key=lambda t: t.right_edge.i).right_edge
    e = last.idx + len(last.text)
    s, e = _clip_to_paragraph(doc_text(doc), s, e, verb.idx)
    if e - s < 4 or _quoted_share(s, e, spans) < 0.5:
        return []
    return [Quote(s, e, doc_text(doc)[s:e], "direct", verb, _subject(verb))]


def _continues(text: str, prev_end: int, start: int) -> bool:
    """True when only the previous quotation's cue clause ("she said.") stands between it and this one."""
    between = text[prev_end:start]
    return "\n" not in between and len(re.findall(r"[.!?]", between)) <= 1 and len(between) < 120


def _overlap(a: Quote, b: Quote) -> float:
    inter = max(0, min(a.end, b.end) - max(a.start, b.start))
    return inter / max(min(a.end - a.start, b.end - b.start), 1)


_LABEL = re.compile(r"^([A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){0,3}):\s+(\S.{19,})$", re.MULTILINE)
_NOT_SPEAKERS = {"photo", "image", "source", "note", "editor", "update", "updated", "read more", "related", "watch",
                 "video", "listen", "correction", "editor's note", "getty images", "caption", "credit", "file",
                 "warning", "tags", "topics", "share", "summary", "abstract", "full text", "breaking", "live"}


def _parenthetical(doc: Doc, cue: Token, spans: list[tuple[int, int]]) -> list[Quote]:
    """ "The plan, he said, would cost billions": the clause around a parenthetical speech verb."""
    head = cue.head
    inner = {t.i for t in cue.subtree}
    words = [t for t in head.subtree if t.i not in inner]
    if len(words) < 4:
        return []
    s, e = words[0].idx, words[-1].idx + len(words[-1].text)
    text = doc_text(doc)
    s, e = _clip_to_paragraph(text, s, e, cue.idx)
    if e - s < 12:
        return []
    kept = [t for t in words if s <= t.idx < e]
    text = "".join(t.text + (" " if k + 1 < len(kept) and kept[k + 1].idx > t.idx + len(t.text) else "")
                   for k, t in enumerate(kept)).strip(" ,")
    kind = "direct" if _quoted_share(s, e, spans) >= 0.5 else "indirect"
    return [Quote(s, e, text, kind, cue, _subject(cue))]


_ACCORDING = re.compile("according", re.IGNORECASE)


def _according_to(doc: Doc, spans: list[tuple[int, int]], direct: list[Quote]) -> list[Quote]:
    """ "Clinton leads by 271 delegates, according to a count by AP": the clause, attributed to the count."""
    out = []
    text = doc_text(doc)
    if not _ACCORDING.search(text):  # most articles: no token to look at
        return out
    for tok in doc:
        if tok.lower_ != "according" or tok.i + 1 >= len(doc) or doc[tok.i + 1].lower_ != "to":
            continue
        pobj = next((c for c in doc[tok.i + 1].children if c.dep_ == "pobj"), None)
        if pobj is None:
            continue
        phrase = doc[tok.left_edge.i:tok.right_edge.i + 1]
        sent = tok.sent
        left = text[sent.start_char:phrase.start_char].strip(" ,;—–-")
        right = text[phrase.end_char:sent.end_char].strip(" ,;.—–-")
        s, e = (sent.start_char, phrase.start_char) if len(left) >= len(right) else (phrase.end_char, sent.end_char)
        s, e = _clip_to_paragraph(text, s, e, tok.idx)
        if e - s < 12 or _quoted_share(s, e, spans) >= 0.5 or any(q.start < e and s < q.end for q in direct):
            continue
        out.append(Quote(s, e, text[s:e], "indirect", tok, noun_phrase(pobj)))
    return out


def _transcript_lines(doc: Doc) -> list[Quote]:
    """ "TRUMP: My plans aren't set in stone": a speaker label opening a paragraph."""
    out = []
    text = doc_text(doc)
    for m in _LABEL.finditer(text):
        name = m.group(1)
        if name.lower() in _NOT_SPEAKERS or len(name) < 3:
            continue
        speaker = doc.char_span(m.start(1), m.end(1), alignment_mode="expand")
        s, e = m.start(2), m.end(2)
        out.append(Quote(s, e, text[s:e], "indirect", None, speaker))
    return out


def _clip_to_paragraph(text: str, s: int, e: int, anchor: int) -> tuple[int, int]:
    """Keep the part of [s, e) in the cue's paragraph, without edge quote marks or spaces."""
    para_start = text.rfind("\n", 0, anchor) + 1
    para_end = text.find("\n", anchor)
    s, e = max(s, para_start), min(e, para_end if para_end >= 0 else len(text))
    while s < e and (text[s].isspace() or text[s] in "\"“”'’,"):
        s += 1
    while e > s and (text[e - 1].isspace() or text[e - 1] in ",\"“"):
        e -= 1
    return s, e


def _has_finite_verb(doc: Doc, q: Quote) -> bool:
    span = doc.char_span(q.start, q.end, alignment_mode="expand")
    return span is not None and any(t.tag_ in ("VBD", "VBZ", "VBP", "MD") for t in span)


def _quoted_before(tok: Token) -> bool:
    return any(t.text in ('"', "”", "''") for t in tok.doc[max(tok.i - 3, 0):tok.i])


def _quoted_share(s: int, e: int, spans: list[tuple[int, int]]) -> float:
    covered = sum(max(0, min(e, qe) - max(s, qs)) for qs, qe in spans)
    return covered / max(e - s, 1)


def _previous_cue(doc: Doc, start: int, text: str) -> tuple[Token, Span | None] | None:
    """ "X said:" introducing a quotation in the next paragraph."""
    before = text[:start].rstrip()
    if not before.endswith(":"):
        return None
    colon = doc.char_span(len(before) - 1, len(before), alignment_mode="expand")
    if colon is None:
        return None
    for tok in reversed(list(colon.sent)):
        if tok.lemma_.lower() in speech_verbs() and tok.pos_ in ("VERB", "AUX"):
            return tok, _subject(tok)
    return None


def quote_rows(doc_id: str, doc: Doc, mentions: list[dict]) -> list[dict]:
    """`quotes` rows for one article body; speakers linked to entity mentions (pronouns resolved)."""
    body = sorted((m for m in mentions if m["field"] == "body"), key=lambda m: m["start_char"])
    rows = []
    text = doc_text(doc)
    found = sorted(find_quotes(doc), key=lambda q: q.start)
    resolved = [_resolve(q.speaker, body, q.start) if q.speaker is not None else None for q in found]
    for k, q in enumerate(found):
        entity = resolved[k] if q.speaker is not None else _previous_speaker(found, resolved, k, text, body)
        speaker_text = q.speaker.text if q.speaker is not None else None
        rows.append({
            "quote_id": "quo_" + stable_id(doc_id, q.start, q.end, q.kind, length=20), "doc_id": doc_id,
            "speaker_entity_id": entity["entity_id"] if entity else None,
            "speaker_text": speaker_text or (entity["text"] if entity else None),
            "speaker_name": entity["name"] if entity else None,
            "quote_text": q.text, "cue": q.cue.text if q.cue is not None else None,
            "start_char": q.start, "end_char": q.end, "kind": q.kind,
        })
    return rows


def _previous_speaker(found: list[Quote], resolved: list[dict | None], k: int, text: str,
                      body: list[dict]) -> dict | None:
    """A quotation with no cue of its own: the speaker of the quotation just before it goes on talking."""
    for j in range(k - 1, -1, -1):
        if resolved[j] is not None and found[j].cue is not None:
            if text.count("\n\n", found[j].end, found[k].start) <= 1:  # at most one paragraph earlier
                return resolved[j]
            break
    return _nearest_person(body, found[k].start)


def _resolve(span: Span, body: list[dict], before: int) -> dict | None:
    if span.root.tag_ in ("WP", "WDT") and span.root.head.dep_ == "relcl":
        span = noun_phrase(span.root.head.head)  # "Smith, who said …": the noun the relative clause hangs on
    inside = [m for m in body if span.start_char <= m["start_char"] and m["end_char"] <= span.end_char
              and m["label"] in ("PERSON", "ORG", "GPE", "NORP")]
    if inside:
        best = next((m for m in reversed(inside) if m["label"] == "PERSON"), inside[-1])
        return best | {"name": _full_name(best, body)}
    if span.root.lower_ in PRONOUNS and span.root.lower_ not in ("it", "we", "i"):
        return _nearest_person(body, min(before, span.start_char))
    return None


def _nearest_person(body: list[dict], before: int) -> dict | None:
    people = [m for m in body if m["label"] == "PERSON" and m["end_char"] <= before]
    return people[-1] | {"name": _full_name(people[-1], body)} if people else None


def _full_name(mention: dict, body: list[dict]) -> str:
    names = [m["text"] for m in body if m["entity_id"] == mention["entity_id"]]
    return max(names, key=lambda n: (len(n.split()), len(n)))
