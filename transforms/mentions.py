"""Entity mention rows for a document: ids, canonical keys and provenance (pure, given spaCy docs)."""
from __future__ import annotations

from spacy.tokens import Doc

from transforms.canonical import entity_id_for, entity_key
from transforms.entities import mentions_from_doc
from transforms.ids import stable_id


def mention_rows(doc_id: str, body: Doc | None, title: Doc | None) -> list[dict]:
    """All mentions of one article (body and title), keyed and linked to canonical entities."""
    rows = []
    for field, doc in (("body", body), ("title", title)):
        if doc is None:
            continue
        for m in mentions_from_doc(doc, field):
            key = entity_key(m["text"], m["label"])
            m.update(
                doc_id=doc_id,
                mention_id="men_" + stable_id(doc_id, field, m["start_char"], m["end_char"], length=20),
                entity_id=entity_id_for(key), normalized=None, country_code=None,
            )
            rows.append(m)
    return rows
