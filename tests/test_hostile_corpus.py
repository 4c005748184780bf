"""A hostile raw folder (tests/hostile.py) through the real flow: every input accounted for, nothing outside
raw/ read, raw/ unchanged, a file changing while read left for the next run, and a rerun that does nothing."""
from pathlib import Path

import polars as pl

import flows.inputs
from tests import hostile


def _table(wh: Path, name: str) -> pl.DataFrame:
    files = sorted((wh / name).glob("*.parquet"))
    return pl.concat([pl.read_parquet(f) for f in files], how="diagonal_relaxed") if files else pl.DataFrame()


def _all_text(wh: Path) -> str:
    """Every string value of every published table, as one text (to look for leaked content)."""
    parts = []
    for folder in wh.iterdir():
        if folder.is_dir() and not folder.name.startswith(("_", ".")):
            df = _table(wh, folder.name)
            for col, dtype in df.schema.items():
                if dtype == pl.String:
                    parts.extend(v for v in df[col].to_list() if v)
    return "\n".join(parts)


def test_hostile_corpus(run_flow, tmp_path, monkeypatch):
    monkeypatch.setenv("NEWSMILL_MAX_BYTES", str(hostile.MAX_BYTES))
    monkeypatch.setenv("NEWSMILL_MAX_CHARS", str(hostile.MAX_CHARS))
    raw, wh = tmp_path / "raw", tmp_path / "wh"
    corpus = hostile.build(raw, tmp_path / "outside")
    assert len(corpus.kinds) >= 25, sorted(corpus.kinds)
    before = hostile.tree_digest(raw)

    # growing.txt is still being written: a real write lands after each read and before the reader's check
    # (tests/test_bad_input.py shows the next run reading it once it is complete)
    real_unchanged, grown = flows.inputs._unchanged, []

    def unchanged_after_a_write(fd, target, st):
        if target.endswith(hostile.GROWING):
            with open(target, "ab") as f:
                f.write(b"\nA late paragraph appended by the scraper while the run was reading the file.\n")
            grown.append(target)
        return real_unchanged(fd, target, st)

    monkeypatch.setattr(flows.inputs, "_unchanged", unchanged_after_a_write)
    summary = run_flow(raw, wh)

    assert summary.status == "published" and len(grown) == 1
    docs, quarantine = _table(wh, "documents"), _table(wh, "quarantine")
    got = dict(zip(quarantine["source_uri"], quarantine["reason"], strict=True))
    wrong = {uri: (got.get(uri), reason) for uri, reason in corpus.quarantine.items() if got.get(uri) != reason}
    assert not wrong, wrong
    assert all(quarantine["detail"].to_list())
    assert set(docs["source_uri"]) == corpus.documents
    assert set(got) == set(corpus.quarantine), set(got) ^ set(corpus.quarantine)
    seen = set(docs["source_uri"]) | set(got)
    assert not seen & (corpus.ignored | corpus.deferred)
    assert getattr(summary, "n_deferred", 1) == 1

    everything = _all_text(wh)
    assert hostile.OUTSIDE_MARKER not in everything
    assert "root:x:0:0" not in everything and "/bin/bash" not in everything
    after = hostile.tree_digest(raw)
    assert {k: v for k, v in after.items() if k != hostile.GROWING} == {
        k: v for k, v in before.items() if k != hostile.GROWING}, "raw/ must never be modified by a run"

    # a rerun over the same inputs does nothing: nothing quarantined twice, no document added twice, and the
    # file still being written is still left for later
    again = run_flow(raw, wh)
    assert again.status == "nothing_new" and again.n_quarantined == 0 and len(grown) == 2
    assert getattr(again, "n_deferred", 1) == 1
    assert _table(wh, "documents").height == docs.height
    assert _table(wh, "quarantine").height == quarantine.height
    assert _table(wh, "quarantine").select("source_uri", "content_sha256").is_unique().all()
