"""Regenerate the data dictionary section of docs/warehouse.md from transforms/schema.py."""
from __future__ import annotations

import sys
from pathlib import Path

from transforms.schema import data_dictionary

DOC = Path(__file__).resolve().parent.parent / "docs" / "warehouse.md"
BEGIN, END = "<!-- BEGIN DATA DICTIONARY -->", "<!-- END DATA DICTIONARY -->"


def render(current: str) -> str:
    head, rest = current.split(BEGIN, 1)
    _, tail = rest.split(END, 1)
    return f"{head}{BEGIN}\n{data_dictionary()}\n{END}{tail}"


if __name__ == "__main__":
    text = DOC.read_text(encoding="utf-8")
    new = render(text)
    if "--check" in sys.argv:
        sys.exit(0 if new == text else 1)
    DOC.write_text(new, encoding="utf-8")
