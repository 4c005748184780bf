"""Regenerate what derives from transforms/schema.py: the data dictionary in docs/warehouse.md and the
column lists of the `expect_table_columns_to_match_ordered_list` expectations in expectations/*.json."""
from __future__ import annotations

import json
import sys
from pathlib import Path

from transforms.schema import TABLES, data_dictionary

ROOT = Path(__file__).resolve().parent.parent
DOC = ROOT / "docs" / "warehouse.md"
BEGIN, END = "<!-- BEGIN DATA DICTIONARY -->", "<!-- END DATA DICTIONARY -->"


def render(current: str) -> str:
    head, rest = current.split(BEGIN, 1)
    _, tail = rest.split(END, 1)
    return f"{head}{BEGIN}\n{data_dictionary()}\n{END}{tail}"


def sync_suite(text: str, table: str) -> str:
    spec = json.loads(text)
    for e in spec["expectations"]:
        if e["type"] == "expect_table_columns_to_match_ordered_list":
            e["kwargs"]["column_list"] = [c.name for c in TABLES[table].columns]
    return json.dumps(spec, indent=2) + "\n"


if __name__ == "__main__":
    targets = {DOC: render}
    for path in sorted((ROOT / "expectations").glob("*.json")):
        targets[path] = lambda text, t=path.stem: sync_suite(text, t)
    stale = []
    for path, make in targets.items():
        text = path.read_text(encoding="utf-8")
        new = make(text)
        if new != text:
            stale.append(path.name)
            if "--check" not in sys.argv:
                path.write_text(new, encoding="utf-8")
    if "--check" in sys.argv and stale:
        print("out of date:", ", ".join(stale))
        sys.exit(1)
