#!/usr/bin/env python3
"""Derive newsmill's actor data files from the Phoenix/PETRARCH2 dictionaries (facts only: names, codes, dates).

    python scripts/derive_actor_dictionaries.py --git-dir /work/.mirror/openeventdata+petrarch2/repo/.git

Reads, with `git show HEAD:`, from `openeventdata/petrarch2` (MIT licence, (c) 2014 Open Event Data):
    petrarch2/data/dictionaries/Phoenix.Countries.actors.txt    -> transforms/data/actors_people.csv
    petrarch2/data/dictionaries/Phoenix.International.actors.txt -> transforms/data/actors_international.csv
    petrarch2/data/dictionaries/Phoenix.MilNonState.actors.txt  -> transforms/data/actors_nonstate.csv
    petrarch2/data/dictionaries/Phoenix.agents.txt              -> transforms/data/agents.csv
    petrarch2/data/dictionaries/Phoenix.discards.txt            -> transforms/data/discards.csv

The TABARI format: an entry line `NAME_ [CODE]`, synonym lines `+NAME_`, and role lines `[CODE dates]` where
dates are `YYMMDD-YYMMDD`, `>YYMMDD` (from) or `<YYMMDD` (until). A CAMEO code is a 3-letter state followed by
3-letter role chunks (GBRGOVDEV: GBR, GOV, DEV). Agents read `NAME {PLURALS} [~CODE]` with !MACRO! words.
"""
from __future__ import annotations

import argparse
import csv
import re
import subprocess
from pathlib import Path

DICTS = "petrarch2/data/dictionaries/"
OUT = Path(__file__).resolve().parent.parent / "transforms" / "data"
HEADER = ("# Derived by scripts/derive_actor_dictionaries.py from openeventdata/petrarch2 {path}\n"
          "# (Phoenix dictionaries, MIT licence, (c) 2014 Open Event Data). Facts only: names, CAMEO codes, dates.\n")
# CAMEO role chunks that name an actor's sector (the first one found is the actor's sector)
SECTORS = {"GOV", "MIL", "COP", "JUD", "LEG", "OPP", "PTY", "REB", "INS", "SPY", "UAF", "IGO", "NGO", "IMG", "BUS",
           "MED", "CVL", "EDU", "REL", "HLH", "LAB", "REF", "AGR", "CRM", "ELI", "ENV", "HRI", "DEV", "MOD", "RAD"}
CODE = re.compile(r"\[([~A-Z]*)\s*([^\]]*)\]")


def show(git_dir: str, name: str) -> str:
    return subprocess.run(["git", "--git-dir", git_dir, "show", f"HEAD:{DICTS}{name}"], check=True,
                          capture_output=True, text=True, encoding="utf-8", errors="replace").stdout


def clean_name(raw: str) -> str:
    """`TONY_BLAIR_` -> `Tony Blair`-like plain words (upper case kept; lookups normalise)."""
    name = raw.split("#")[0].strip().lstrip("+").strip()
    name = re.sub(r"\{.*?\}|\[.*?\]", "", name).strip()
    return re.sub(r"\s+", " ", name.replace("_", " ")).strip()


def parse_date(text: str) -> str:
    """`970502` -> `1997-05-02`; `20100711` -> `2010-07-11`; '' when unreadable."""
    digits = re.sub(r"\D", "", text)
    if len(digits) == 6:
        yy = int(digits[:2])
        year = 1900 + yy if yy >= 30 else 2000 + yy
        month, day = digits[2:4], digits[4:6]
    elif len(digits) == 8:
        year, month, day = int(digits[:4]), digits[4:6], digits[6:8]
    else:
        return ""
    if not ("01" <= month <= "12" and "01" <= day <= "31"):
        return ""
    return f"{year:04d}-{month}-{day}"


def split_code(code: str) -> tuple[str, str]:
    """(state or '', sector or '') of a CAMEO code: GBRGOVDEV -> (GBR, GOV); IGOUNO -> ('', IGO)."""
    code = code.lstrip("~")
    chunks = [code[i:i + 3] for i in range(0, len(code), 3)]
    if not chunks:
        return "", ""
    state = "" if chunks[0] in SECTORS or len(chunks[0]) < 3 else chunks[0]
    sector = next((c for c in chunks[1 if state else 0:] if c in SECTORS), "")
    if sector in ("IMG", "INS", "UAF"):
        sector = "REB"  # armed non-state groups: CAMEO's rebels
    if chunks[0] == "MNC":
        state, sector = (chunks[1] if len(chunks) > 1 and chunks[1] not in SECTORS else ""), "BUS"
    return state, sector


def roles(text: str) -> list[tuple[str, str, str, str]]:
    """(state, sector, start, end) for every `[CODE dates]` in a line."""
    out = []
    for code, dates in CODE.findall(text):
        state, sector = split_code(code)
        start = end = ""
        dates = dates.strip()
        if dates.startswith(">"):
            start = parse_date(dates[1:])
        elif dates.startswith("<"):
            end = parse_date(dates[1:])
        elif "-" in dates:
            a, b = dates.split("-", 1)
            start, end = parse_date(a), parse_date(b)
        out.append((state, sector, start, end))
    return out


def entries(text: str) -> list[tuple[list[str], list[tuple[str, str, str, str]]]]:
    """(names, roles) per TABARI entry: the head line, its `+` synonyms and its role lines."""
    out: list[tuple[list[str], list]] = []
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        body = line.split("#")[0]
        if line[0] in " \t" and body.strip().startswith("["):
            if out:
                out[-1][1].extend(roles(body))
        elif line.startswith("+"):
            if out:
                out[-1][0].append(clean_name(line))
                out[-1][1].extend(roles(body))
        else:
            out.append(([clean_name(line)], roles(body)))
    return [(names, rs) for names, rs in out if rs and any(names)]


def write(name: str, source: str, columns: list[str], rows: list[list[str]], note: str = "") -> None:
    unique = sorted({tuple(r) for r in rows})
    with open(OUT / name, "w", encoding="utf-8", newline="") as f:
        f.write(HEADER.format(path=DICTS + source) + (f"# {note}\n" if note else ""))
        w = csv.writer(f, lineterminator="\n")
        w.writerow(columns)
        w.writerows(unique)
    print(f"{name}: {len(unique)} rows")


def people(text: str) -> list[list[str]]:
    """National actors with a role (people, ministries, armed forces): one row per name and dated role."""
    rows = []
    for names, rs in entries(text):
        dated = [r for r in rs if r[1]]
        if not dated:
            continue  # a bare state or city: the gazetteer's business
        for n in names:
            if len(n) < 4 or (" " not in n and not n.isupper()):
                continue
            rows.extend([n, state, sector, start, end] for state, sector, start, end in dated if state)
    return rows


def international(text: str) -> list[list[str]]:
    rows = []
    for names, rs in entries(text):
        state, sector, _, _ = rs[0]
        if not sector:
            continue
        rows.extend([n, state if sector in ("BUS", "MED") else "", sector] for n in names if len(n) >= 2)
    return rows


def nonstate(text: str) -> list[list[str]]:
    rows = []
    for names, rs in entries(text):
        state, sector, _, _ = rs[0]
        if state and (state in ("INT", "MEA", "AFR", "EUR", "ASA", "LAM", "WST", "SAS", "SEA", "CAS", "NAF")):
            state = ""  # regional or transnational: no single state
        rows.extend([n, state, sector or "REB"] for n in names if len(n) >= 3)
    return rows


def agents(text: str) -> list[list[str]]:
    """Agent phrases (singular and plural) -> sector; `!PERSON!`-style macros expanded."""
    macros: dict[str, list[str]] = {}
    rows = []
    for line in text.splitlines():
        body = line.split("#")[0].rstrip()
        if not body.strip():
            continue
        m = re.match(r"^(![A-Z]+!)\s*=\s*(.+)$", body.strip())
        if m:
            macros[m.group(1)] = [w.strip() for w in m.group(2).split(",")]
            continue
        found = CODE.search(body)
        if not found:
            continue
        _, sector = split_code(found.group(1))
        if not sector:
            continue
        head = body[:found.start()]
        plurals = re.findall(r"\{(.*?)\}", head)
        forms = [re.sub(r"\{.*?\}", "", head).strip()] + [p for group in plurals for p in group.split()]
        for form in forms:
            expanded = [form]
            for macro, words in macros.items():
                if macro in form:
                    expanded = [form.replace(macro, "_" + w) for w in words]
            rows.extend([clean_name(e).lower(), sector] for e in expanded if clean_name(e))
    return rows


def discards(text: str) -> list[list[str]]:
    """Story (`+`) and sentence discard phrases about sport and entertainment; years and "… ago" are left out."""
    rows = []
    for line in text.splitlines():
        body = line.split("#")[0].strip()
        if not body or line.startswith("#"):
            continue
        story = body.startswith("+")
        phrase = re.sub(r"\s+", " ", body.lstrip("+").replace("_", " ")).strip().lower()
        if not phrase or phrase.isdigit() or re.search(r"\b(ago|later)$", phrase) or len(phrase) < 4:
            continue
        rows.append([phrase, "story" if story else "sentence"])
    return rows


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--git-dir", required=True, help="git directory of an openeventdata/petrarch2 checkout")
    args = ap.parse_args()
    g = args.git_dir
    write("actors_people.csv", "Phoenix.Countries.actors.txt", ["name", "country", "sector", "start", "end"],
          people(show(g, "Phoenix.Countries.actors.txt")),
          "People and national institutions with a role: one row per name variant and dated role (ISO dates; "
          "empty = open).")
    write("actors_international.csv", "Phoenix.International.actors.txt", ["name", "country", "sector"],
          international(show(g, "Phoenix.International.actors.txt")),
          "IGO/NGO/companies: country is empty for IGOs and NGOs (bench convention), a company's home state else.")
    write("actors_nonstate.csv", "Phoenix.MilNonState.actors.txt", ["name", "country", "sector"],
          nonstate(show(g, "Phoenix.MilNonState.actors.txt")),
          "Armed non-state groups; regional or transnational ones have no country.")
    write("agents.csv", "Phoenix.agents.txt", ["phrase", "sector"], agents(show(g, "Phoenix.agents.txt")),
          "Generic agents (police, rebels, opposition, ministry...) -> CAMEO sector; lower case.")
    write("discards.csv", "Phoenix.discards.txt", ["phrase", "scope"], discards(show(g, "Phoenix.discards.txt")),
          "Sport, entertainment and other non-political phrases: scope story = the whole article has no events, "
          "sentence = that sentence has none.")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
