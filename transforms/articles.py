"""From a decoded article and its metadata to `documents` and `boilerplate` rows (pure)."""
from __future__ import annotations

from collections.abc import Sequence

from transforms.cleaning import clean_article
from transforms.ids import sha256_hex
from transforms.language import detect_language
from transforms.metadata import parse_published_at


def doc_id_of(text: str) -> str:
    """Identity of an article: hash of its decoded, normalised text."""
    return sha256_hex(text)[:24]


def prepare_article(text: str, meta: dict, source_uri: str, content_sha256: str, encoding: str | None,
                    repeats: Sequence[int] | None = None) -> tuple[dict, list[dict]]:
    """Clean one article; return its `documents` row (without run columns) and its `boilerplate` rows."""
    doc_id = doc_id_of(text)
    cleaned = clean_article(text, title=meta.get("title"), source=meta.get("source"), repeats=repeats)
    language = str(meta.get("language") or detect_language(cleaned.clean_text or text)).lower()[:2]
    nlp_status = "ok" if language == "en" else f"skipped:language={language}"
    if not cleaned.clean_text.strip():
        nlp_status = "skipped:empty_after_cleaning"
    row = {
        "doc_id": doc_id, "source_uri": source_uri, "source_name": cleaned.source_name,
        "title": cleaned.title, "published_at": parse_published_at(meta.get("published_at")),
        "language": language, "clean_text": cleaned.clean_text, "n_chars_raw": len(text),
        "n_chars_clean": len(cleaned.clean_text), "story_id": doc_id, "content_sha256": content_sha256,
        "url": meta.get("url"), "author": meta.get("author") or _author_from_byline(cleaned.byline),
        "byline": cleaned.byline, "dateline": cleaned.dateline, "captions": cleaned.captions,
        "encoding": encoding, "nlp_status": nlp_status,
    }
    removed = [{"doc_id": doc_id, "line_no": v.line_no, "text": v.text, "reason": v.reason} for v in cleaned.removed]
    return row, removed


def _author_from_byline(byline: str | None) -> str | None:
    if not byline:
        return None
    first = byline.split(" | ")[0].strip()
    for prefix in ("By ", "BY ", "Written by ", "Words by ", "Story by "):
        if first.startswith(prefix):
            return first[len(prefix):].split(",")[0].strip() or None
    return None
