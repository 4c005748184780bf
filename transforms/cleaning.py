"""One article from decoded text to its clean body and structured pieces (pure, per document)."""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from transforms import boilerplate, metadata
from transforms.unwrap import join_lines, paragraphs


@dataclass
class CleanArticle:
    """The result of cleaning one article."""

    clean_text: str
    title: str | None
    source_name: str | None
    dateline: str | None
    byline: str | None
    captions: list[str] = field(default_factory=list)
    removed: list[boilerplate.LineVerdict] = field(default_factory=list)


def clean_article(text: str, title: str | None = None, source: str | None = None,
                  repeats: Sequence[int] | None = None) -> CleanArticle:
    """Strip boilerplate from `text` and pull out title, byline, captions, dateline and source name. Hard-wrapped
    lines are read as the paragraphs they wrap (`transforms.unwrap`): they are judged, and kept, as one line.

    `title` and `source` come from a sidecar when known; `repeats[i]` says in how many other documents of the
    same source raw line `i` also occurs (corpus evidence), when known.
    """
    raw = text.split("\n")
    groups = paragraphs(raw)  # hard-wrapped lines are judged as the paragraphs they wrap
    lines = [join_lines(raw, g) for g in groups]
    if repeats is not None and len(groups) < len(raw):
        repeats = [min(repeats[i] for i in g) for g in groups]  # a paragraph repeats only if each line does
    verdicts = boilerplate.classify_lines(lines, title=title, repeats=repeats)
    if title is None:
        at = boilerplate.pick_title(lines, verdicts)
        if at is not None:
            title = lines[at].strip()
            verdicts[at] = boilerplate.LineVerdict(at, lines[at], False, "title", "title")
    body = boilerplate.assemble(verdicts)
    removed = [v for v in verdicts if not v.keep]
    dateline, dl_source = metadata.find_dateline(body)
    credits = [v.text for v in removed if v.kind in ("credit", "boilerplate")]
    source_name = source or dl_source or metadata.source_from_credits(credits)
    bylines = [v.text.strip() for v in removed if v.kind in ("byline", "credit")]
    captions = [v.text.strip() for v in removed if v.kind == "caption"]
    if len(groups) < len(raw):  # the boilerplate table keeps one row per raw line
        removed = [boilerplate.LineVerdict(i, raw[i], False, v.kind, v.reason)
                   for v in removed for i in groups[v.line_no]]
    return CleanArticle(
        clean_text=body, title=title, source_name=source_name, dateline=dateline,
        byline=" | ".join(bylines) or None, captions=captions, removed=removed,
    )
