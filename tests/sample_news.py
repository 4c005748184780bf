"""A small real warehouse for the report and cookbook tests: articles written for this project (two versions
of one story, three sources, a copy of an article under another name, an empty input that is quarantined),
ingested by one real flow run.

Built once per test session under pytest's base temp folder and shared by the modules that ask for it.
"""
from __future__ import annotations

import json
from pathlib import Path

ARTICLES = {
    "harbour.txt": ("Sample Wire", "2026-03-02T09:00:00Z", (
        "Dock strike halts the port of Rotterdam\n"
        "Share this article\n"
        "ROTTERDAM (Sample Wire) - Dutch dock workers stopped work on Monday in a dispute over automation, "
        "leaving dozens of container ships waiting outside the port of Rotterdam.\n"
        "\"We will not accept robots taking our jobs without a plan,\" said Anna Visser, a spokeswoman for the "
        "FNV union.\n"
        "Dutch police arrested twelve protesters in Rotterdam on Monday after they blocked a motorway.\n"
        "Germany offered to send mediators to the Netherlands, and Belgium criticised the Netherlands for the "
        "delays at the border.\n"
        "\"The ships cannot wait forever,\" Anna Visser said later.\n"
        "Advertisement\n"
    )),
    "nile.txt": ("Other Daily", "2026-04-10T12:00:00Z", (
        "Egypt and Ethiopia agree to resume talks on the Nile dam\n"
        "CAIRO - Egypt and Ethiopia agreed on Tuesday to resume talks on the Nile dam, officials said.\n"
        "\"This is a step, not a solution,\" said Egypt's foreign minister, Karim Nassar.\n"
        "Ethiopia accused Egypt of spreading false claims about the reservoir on Monday.\n"
        "Sudan urged Ethiopia to share data on the water level of the reservoir.\n"
        "Follow us on social media\n"
    )),
    "nile_update.txt": ("Third Post", "2026-04-11T08:30:00Z", (
        "Egypt and Ethiopia agree to resume talks on the Nile dam\n"
        "CAIRO - Egypt and Ethiopia agreed on Tuesday to resume talks on the Nile dam, officials said.\n"
        "\"This is a step, not a solution,\" said Egypt's foreign minister, Karim Nassar.\n"
        "Ethiopia accused Egypt of spreading false claims about the reservoir on Monday.\n"
        "Sudan urged Ethiopia to share data on the water level of the reservoir.\n"
        "The talks will take place in Khartoum next month, Karim Nassar said.\n"
        "Subscribe to our newsletter\n"
    )),
    "floods.txt": ("Other Daily", "2026-05-05T07:15:00Z", (
        "Floods close roads in northern Italy\n"
        "MILAN - Heavy rain flooded roads around Milan on Wednesday, and Italy asked the European Union for aid.\n"
        "\"The water rose in an hour,\" said Marco Bianchi, the mayor of a village near Lake Como.\n"
        "France sent rescue teams to Italy on Thursday.\n"
        "Read more: weather updates\n"
    )),
}
ARTICLES["copies/harbour.txt"] = ARTICLES["harbour.txt"]  # the same article under another name: a duplicate input


def write_articles(raw: Path, articles: dict[str, tuple[str, str, str]]) -> None:
    """Each article as NAME.txt with a sidecar NAME.json (source, published_at, language)."""
    for name, (source, published, text) in articles.items():
        (raw / name).parent.mkdir(parents=True, exist_ok=True)
        (raw / name).write_text(text, encoding="utf-8")
        (raw / name).with_suffix(".json").write_text(
            json.dumps({"source": source, "published_at": published, "language": "en"}), encoding="utf-8")


def sample_warehouse(tmp_path_factory) -> Path:
    """The warehouse after the run (built by the first caller of the test session, then reused)."""
    from flows.ingest import ingest

    base = tmp_path_factory.getbasetemp() / "sample_news"
    wh, done = base / "warehouse", base / "BUILT"
    if not done.exists():
        raw = base / "raw"
        write_articles(raw, ARTICLES)
        (raw / "empty.txt").write_text("   \n", encoding="utf-8")
        ingest(raw_dir=str(raw), warehouse_dir=str(wh))
        done.touch()
    return wh
