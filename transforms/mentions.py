"""Entity mention rows for one article: model spans, document-level repair, canonical ids, countries."""
from __future__ import annotations

import bisect
from datetime import date

from spacy.tokens import Doc

from transforms.canonical import entity_id_for, entity_key
from transforms.dates import date_kind, normalize_date, sentence_is_future
from transforms.entities import doc_text, mentions_from_doc, sentence_bounds, sentence_starts
from transforms.entity_refine import find_acronyms, refine_document, strip_titles
from transforms.gazetteer import country_of
from transforms.ids import stable_id


def article_mentions(doc_id: str, docs: dict[str, Doc], texts: dict[str, str],
                     published: date | None = None) -> list[dict]:
    """All mentions of one article (fields `body`, `title`), repaired, keyed and linked to entities.

    `docs` are spaCy docs whose text has the same length as `texts` (the model may see a re-cased copy);
    DATE mentions are resolved against `published` (see `transforms.dates`); surnames are linked across
    the corpus afterwards by `link_surnames`.
    """
    raw, starts, sentences = [], {}, {}
    for field, doc in docs.items():
        starts[field] = sentence_starts(doc)
        text = doc_text(doc)
        sentences[field] = [text[s:e] for s, e in sentence_bounds(doc)]
        for m in mentions_from_doc(doc, field):
            m["text"] = texts[field][m["start_char"]:m["end_char"]]
            raw.append(m)
    rows = refine_document(raw, texts)
    acronyms = {}
    for field in ("title", "body"):
        acronyms.update(find_acronyms(texts.get(field) or ""))
    full_names: dict[str, str] = {}
    for r in rows:
        if r["label"] == "PERSON":
            name = strip_titles(r["text"])
            if len(name.split()) >= 2:
                full_names.setdefault(name.split()[-1], name)
    for r in rows:  # "Xi" for "Xi Jinping": family names written first
        name = strip_titles(r["text"]) if r["label"] == "PERSON" else ""
        if len(name.split()) >= 2 and name.split()[0] not in full_names:
            full_names[name.split()[0]] = name
    for r in rows:
        if r["label"] == "DATE":
            r["label"] = date_kind(r["text"])  # DURATION, SET and AGE are not points in time
        if r.get("sentence_index") is None:
            r["sentence_index"] = max(bisect.bisect_right(starts.get(r["field"], [0]), r["start_char"]) - 1, 0)
        key_text = r["text"]
        if r["label"] == "PERSON":
            key_text = strip_titles(key_text)
            if len(key_text.split()) == 1:
                key_text = full_names.get(key_text) or key_text
        elif key_text in acronyms:
            key_text = acronyms[key_text]
        key = entity_key(key_text, r["label"])
        r.update(
            doc_id=doc_id,
            mention_id="men_" + stable_id(doc_id, r["field"], r["start_char"], r["end_char"], length=20),
            entity_id=entity_id_for(key), entity_key=key, normalized=_normalized(r, sentences, published),
            country_code=country_of(r["text"], r["label"]) or (key[8:] if key.startswith("COUNTRY:") else None),
        )
        r.pop("added", None)
    return rows


def _normalized(row: dict, sentences: dict[str, list[str]], published: date | None) -> str | None:
    if row["label"] != "DATE":
        return None
    sents = sentences.get(row["field"]) or [""]
    sentence = sents[min(row["sentence_index"], len(sents) - 1)]
    return normalize_date(row["text"], published, future=sentence_is_future(sentence))


def surname_index(keys: list[str]) -> dict[str, str]:
    """{"PERSON:biden": "PERSON:joe biden"} for surnames that belong to exactly one known full name."""
    by_surname: dict[str, set[str]] = {}
    for key in keys:
        if key.startswith("PERSON:") and len(key.split()) >= 2:
            by_surname.setdefault("PERSON:" + key.split()[-1], set()).add(key)
    return {s: next(iter(ks)) for s, ks in by_surname.items() if len(ks) == 1}


def link_surnames(rows: list[dict], known_keys: list[str]) -> dict[str, str]:
    """Give surname-only PERSON mentions the identity of the one full name the corpus knows.

    Updates `rows` in place; returns {old entity_id: new entity_id} for the ids that changed.
    """
    index = surname_index(known_keys + [r["entity_key"] for r in rows])
    changed = {}
    for r in rows:
        if r["entity_key"] in index:
            r["entity_key"] = index[r["entity_key"]]
            new = entity_id_for(r["entity_key"])
            changed[r["entity_id"]] = new
            r["entity_id"] = new
    return changed
