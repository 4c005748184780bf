"""What a run keeps in memory between chunks (`RunState`) and what one chunk accumulates (`ChunkState`).

`RunState` holds only what is needed to tell new inputs from known ones and to update the corpus-wide tables
incrementally (content hashes, doc ids, the entities, event_reports and line_stats tables, the story index);
it never holds article texts or mention rows of earlier chunks.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

import polars as pl

from flows.warehouse import Warehouse
from transforms.stories import StoryIndex


@dataclass
class RunState:
    """The warehouse as a run sees it, updated after each committed chunk."""

    target: Warehouse
    doc_of_hash: dict[str, str] = field(default_factory=dict)  # input content hash -> doc_id
    doc_of_id: dict[str, str] = field(default_factory=dict)  # doc_id -> source_uri
    seen_inputs: set[tuple[str, str | None]] = field(default_factory=set)
    line_stats: pl.DataFrame | None = None  # committed counts plus those of chunks in flight (cleaning evidence)
    committed_line_stats: pl.DataFrame | None = None  # what the warehouse holds
    entities: pl.DataFrame | None = None
    event_reports: pl.DataFrame | None = None
    known_keys: list[str] = field(default_factory=list)
    _stories: StoryIndex | None = None
    _pending_ids: set[str] = field(default_factory=set)
    _pending_hashes: dict[str, str] = field(default_factory=dict)

    @classmethod
    def load(cls, target: Warehouse) -> RunState:
        """Read the key columns a run needs to tell new inputs from known ones (a no-op rerun reads no more)."""
        docs = target.read("documents", ["doc_id", "source_uri", "content_sha256"])
        state = cls(target=target)
        state.doc_of_hash = dict(zip(docs["content_sha256"], docs["doc_id"], strict=True))
        state.doc_of_id = dict(zip(docs["doc_id"], docs["source_uri"], strict=True))
        for table in ("inputs", "quarantine"):
            keys = target.read(table, ["source_uri", "content_sha256"])
            state.seen_inputs.update(keys.iter_rows())
        state.seen_inputs.update(docs.select("source_uri", "content_sha256").iter_rows())
        return state

    def load_corpus_tables(self) -> None:
        """Read the corpus-wide tables a chunk updates, once, when the first new input arrives."""
        if self.entities is not None:
            return
        self.line_stats = self.committed_line_stats = self.target.read("line_stats")
        self.entities = self.target.read("entities")
        self.event_reports = self.target.read("event_reports")
        self.known_keys = self.entities["canonical_key"].drop_nulls().to_list()

    def doc_of_content(self, content_sha256: str | None) -> str | None:
        """The document already made from these input bytes (published, or in a chunk still in flight)."""
        if not content_sha256:
            return None
        return self.doc_of_hash.get(content_sha256) or self._pending_hashes.get(content_sha256)

    def has_document(self, doc_id: str) -> bool:
        """The document is published or in a chunk still in flight."""
        return doc_id in self.doc_of_id or doc_id in self._pending_ids

    def pending(self, documents: list[dict]) -> None:
        """Documents of a prepared chunk not committed yet: later chunks must see them as known."""
        for d in documents:
            self._pending_ids.add(d["doc_id"])
            self._pending_hashes[d["content_sha256"]] = d["doc_id"]

    def forget(self, documents: list[dict]) -> None:
        """A chunk was kept aside: its documents are not known after all."""
        for d in documents:
            self._pending_ids.discard(d["doc_id"])
            self._pending_hashes.pop(d["content_sha256"], None)

    def seen(self, source_uri: str, content_sha256: str | None) -> bool:
        """This input (same name, same bytes) was published, recorded or quarantined before."""
        return (source_uri, content_sha256) in self.seen_inputs

    def stories(self) -> StoryIndex:
        """The near-duplicate index, seeded from the warehouse's documents on first use, file by file."""
        if self._stories is None:
            self._stories = StoryIndex()
            for path in self.target.table_files("documents"):
                part = pl.read_parquet(path, columns=["doc_id", "story_id", "clean_text"])
                for doc_id, story_id, text in part.sort("doc_id").iter_rows():
                    self._stories.add(doc_id, story_id or doc_id, text or "")
        return self._stories

    def committed(self, tables: dict[str, pl.DataFrame]) -> None:
        """Take a published chunk into account for the next ones."""
        docs = tables["documents"]
        self.doc_of_hash.update(zip(docs["content_sha256"], docs["doc_id"], strict=True))
        self.doc_of_id.update(zip(docs["doc_id"], docs["source_uri"], strict=True))
        self.seen_inputs.update(tables["inputs"].select("source_uri", "content_sha256").iter_rows())
        self.seen_inputs.update(tables["quarantine"].select("source_uri", "content_sha256").iter_rows())
        self.entities = tables["entities"]
        self.event_reports = tables["event_reports"]
        self.committed_line_stats = tables["line_stats"]
        self.known_keys = self.entities["canonical_key"].drop_nulls().to_list()


@dataclass
class ChunkState:
    """One chunk's documents, removed lines, quarantined inputs and lineage, before extraction."""

    documents: list[dict] = field(default_factory=list)
    boilerplate: list[dict] = field(default_factory=list)
    quarantined: list[dict] = field(default_factory=list)
    inputs: list[dict] = field(default_factory=list)
    duplicates: list[tuple[str, str]] = field(default_factory=list)
    doc_uri: dict[str, str] = field(default_factory=dict)
    line_counts: pl.DataFrame | None = None  # (group, line_hash, n_docs) of this chunk's articles
    in_flight: list[dict] = field(default_factory=list)  # doc_id and content hash of the prepared documents
    _keys: set[tuple[str, str | None]] = field(default_factory=set)
    _failed: set[str] = field(default_factory=set)

    def _input(self, source_uri: str, content_sha256: str | None, **row) -> bool:
        key = (source_uri, content_sha256)
        if key in self._keys:
            return False
        self._keys.add(key)
        self.inputs.append({"source_uri": source_uri, "content_sha256": content_sha256, **row})
        return True

    def add_document(self, row: dict, removed: list[dict]) -> None:
        """A new article and the lines removed from it."""
        if not self._input(row["source_uri"], row["content_sha256"], doc_id=row["doc_id"], status="document"):
            return
        self.documents.append(row)
        self.boilerplate.extend(removed)
        self.doc_uri[row["doc_id"]] = row["source_uri"]

    def duplicate(self, source_uri: str, content_sha256: str | None, doc_id: str) -> None:
        """An input whose article the warehouse (or this chunk) already holds under another name."""
        if self._input(source_uri, content_sha256, doc_id=doc_id, status="duplicate"):
            self.duplicates.append((source_uri, doc_id))

    def quarantine(self, source_uri: str, content_sha256: str | None, reason: str, detail: str,
                   detected_at: datetime) -> None:
        """An input that cannot be published, with its reason (one row per input and content)."""
        if self._input(source_uri, content_sha256, status="quarantined", reason=reason):
            self.quarantined.append({"source_uri": source_uri, "content_sha256": content_sha256, "reason": reason,
                                     "detail": detail, "detected_at": detected_at})

    def fail_document(self, doc_id: str, reason: str, detail: str, detected_at: datetime) -> None:
        """Take a document back out (extraction failed, or its rows fail a critical expectation)."""
        row = next((d for d in self.documents if d["doc_id"] == doc_id), None)
        if row is None:
            return
        self._failed.add(doc_id)
        self.documents = [d for d in self.documents if d["doc_id"] != doc_id]
        self.boilerplate = [b for b in self.boilerplate if b["doc_id"] != doc_id]
        key = (row["source_uri"], row["content_sha256"])
        self.inputs = [i for i in self.inputs if (i["source_uri"], i["content_sha256"]) != key]
        self._keys.discard(key)
        self.quarantine(row["source_uri"], row["content_sha256"], reason, detail, detected_at)

    def describe_inputs(self, size_and_mtime: dict[str, tuple]) -> None:
        """Fill each `inputs` row's size and modification time."""
        for row in self.inputs:
            row["size_bytes"], row["mtime"] = size_and_mtime.get(row["source_uri"], (None, None))

    def failed_doc_ids(self) -> set[str]:
        return set(self._failed)

    def nlp_articles(self) -> list[dict]:
        """What the workers parse: body, title, story and publication date of each English article."""
        return [{"doc_id": d["doc_id"], "story_id": d["story_id"], "body": d["clean_text"], "title": d["title"],
                 "published": d["published_at"].date() if d["published_at"] else None}
                for d in self.documents if d["nlp_status"] == "ok"]
