"""Document-level entity repair on top of the model: consistent labels, surnames, acronyms, gazetteer.

Works on one article's mention rows (both fields) and the field texts; returns new rows. Every added or
relabelled row keeps exact offsets: `text[start_char:end_char] == row["text"]`.
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterator

from transforms.actors import known_person
from transforms.canonical import normalize_name
from transforms.gazetteer import country_of_name, demonyms, is_capital, norp_terms

NUMERIC = {"DATE", "TIME", "PERCENT", "MONEY", "QUANTITY", "ORDINAL", "CARDINAL"}
TITLES = {
    "president", "vice", "prime", "minister", "secretary", "sen", "senator", "rep", "representative", "gov",
    "governor", "mayor", "mr", "mrs", "ms", "dr", "prof", "gen", "general", "col", "lt", "capt", "adm", "sir",
    "dame", "lord", "lady", "king", "queen", "prince", "princess", "pope", "chancellor", "speaker", "judge",
    "justice", "chairman", "chairwoman", "ambassador", "spokesman", "spokeswoman", "former", "first", "house",
    "state", "foreign", "defence", "defense", "premier", "emir", "sheikh", "rev", "father", "chief",
}
PERSON_TITLES = {"president", "mr", "mrs", "ms", "dr", "sen", "senator", "gov", "governor", "king", "queen",
                 "prince", "princess", "pope", "minister", "chancellor", "premier", "rep", "gen", "general", "col",
                 "lt", "capt", "sheikh", "emir", "sir", "judge", "mayor", "secretary", "spokesman", "spokeswoman"}
_LEADER_OF = re.compile(r"\s+(?:administration|government|presidency|era|campaign|cabinet|regime)\b")
_PLACE_OF = re.compile(r"\b(?:town|city|village|province|region|district|capital|port|county|island)\s+of\s+$",
                       re.IGNORECASE)
_NUMBER = re.compile(r"[\d.,/:-]*\d[\d.,/:-]*")
_MEASURED = re.compile(r"\d[.,/]\d|\d,\d{3}")  # 304.2, 77.1971/3517, 2,793,677: quantities, not name parts
# the row labels of wire results tables ("Avg shrs 14.6 mln vs 13.1 mln", "Revs 304.2 mln"), which the model
# reads as names when they open a line
_TABLE_WORDS = frozenset({"avg", "revs", "rev", "shr", "shrs", "qtr", "dlrs", "dlr", "cts", "mln", "bln", "pct",
                          "oper", "vs"})
_ACRONYM = re.compile(r"((?:[A-Z][\w&'’.-]*\s+(?:(?:of|for|and|the|on|de|du|des)\s+)*){1,9})\(([A-Z][A-Z&.]{1,9})\)")


def strip_titles(name: str) -> str:
    """ "President Joe Biden" -> "Joe Biden", "ex-President Bill Clinton" -> "Bill Clinton", "ex-Yukos" ->
    "Yukos" (a "former" prefix is no first name); keeps the name when only titles would remain."""
    words = name.split()
    if words and (m := _FORMER_PREFIX.match(words[0])) and len(words[0]) > m.end():
        words[0] = words[0][m.end():]
    k = 0
    while k < len(words) - 1 and words[k].lower().rstrip(".") in TITLES:
        k += 1
    return " ".join(words[k:])


_FORMER_PREFIX = re.compile(r"(?:ex|then|former)[-‐‑–]", re.IGNORECASE)


def find_acronyms(text: str) -> dict[str, str]:
    """Acronyms defined in the text: {"IOC": "International Olympic Committee"} (initials must agree)."""
    found = {}
    for m in _ACRONYM.finditer(text):
        long_words = m.group(1).split()
        abbr = m.group(2).replace(".", "")
        caps = [w for w in long_words if w[0].isupper()]
        for start in range(len(caps)):
            if "".join(w[0] for w in caps[start:]).upper() == abbr.upper():
                first = long_words.index(caps[start])
                found[m.group(2)] = " ".join(long_words[first:])
                break
    return found


def _gazetteer_label(text: str, label: str) -> str:
    if label in NUMERIC:
        return label
    if country_of_name(text) and label in ("GPE", "LOC", "ORG", "PERSON", "NORP") and not (
            label == "NORP" and normalize_name(text) in demonyms()):
        return "GPE"
    if label in ("PERSON", "ORG") and is_capital(text):
        return "GPE"  # a national capital the model took for a person ("Khartoum accepted the deployment")
    words = [w.lower().strip(".,") for w in text.split()]
    terms = norp_terms()
    if normalize_name(text) in demonyms() or (words and all(w in terms for w in words)) or (
            label == "PERSON" and words and words[0] in terms):
        return "NORP"
    return label


def number_in_name(text: str, label: str) -> bool:
    """Whether a name mention holds a number no such name has: table rows read as names ("Revs 304.2" as a
    person, "DKR 6.9244/9382" as an organisation). People, places and nationalities have no number at all;
    organisations and facilities may ("Channel 4", "Interstate 95"), but never a decimal, a fraction or
    thousands. Products, works and events keep theirs ("Windows 3.1", "Euro 96")."""
    if not any(ch.isdigit() for ch in text):
        return False
    if label in ("PERSON", "GPE", "NORP"):
        return any(_NUMBER.fullmatch(word) for word in text.split())
    return label in ("ORG", "LOC", "FAC") and bool(_MEASURED.search(text))


def table_words(text: str, label: str) -> bool:
    """Whether a name mention is only the row label of a results table ("Avg", "Revs", "U.S. Dlrs")."""
    words = [w.strip(".,").lower() for w in text.split()]
    return label not in NUMERIC and any(w in _TABLE_WORDS for w in words) and all(
        w in _TABLE_WORDS or w in ("u.s", "us") for w in words)


def refine_document(mentions: list[dict], texts: dict[str, str]) -> list[dict]:
    """Repair one article's mentions (rows with field, start_char, end_char, text, label); mentions that
    are no names (`number_in_name`, `table_words`) are dropped."""
    rows = [dict(m) for m in mentions
            if not number_in_name(m["text"], m["label"]) and not table_words(m["text"], m["label"])]
    for r in rows:
        r["label"] = _gazetteer_label(r["text"], r["label"])
        before = (texts.get(r["field"]) or "")[max(0, r["start_char"] - 25):r["start_char"]].split()
        if r["label"] in ("ORG", "GPE", "NORP", "FAC") and before and before[-1].rstrip(".").lower() in PERSON_TITLES \
                and r["text"][:1].isupper() and not country_of_name(r["text"]):
            r["label"] = "PERSON"  # "President Abdelaziz Bouteflika": a title makes the name a person
        if r["label"] in ("NORP", "ORG", "PERSON") and _PLACE_OF.search(
                (texts.get(r["field"]) or "")[max(0, r["start_char"] - 30):r["start_char"]]):
            r["label"] = "GPE"  # "the town of Samarra": a place
        if r["label"] == "ORG" and known_person(r["text"]):
            r["label"] = "PERSON"  # "Olaf Scholz" tagged as an organisation: a person the actor lists know
        if r["label"] == "ORG" and " " not in r["text"] and _LEADER_OF.match(
                (texts.get(r["field"]) or "")[r["end_char"]:r["end_char"] + 30]):
            r["label"] = "PERSON"  # "the Trump government": a leader's name, not an organisation
    acronyms: dict[str, str] = {}
    for field in ("title", "body"):
        acronyms.update(find_acronyms(texts.get(field) or ""))
    # surnames of people named in full take the PERSON label (and later, their identity)
    surnames = {strip_titles(r["text"]).split()[-1] for r in rows
                if r["label"] == "PERSON" and len(strip_titles(r["text"]).split()) >= 2}
    for r in rows:
        if r["text"] in surnames and r["label"] not in NUMERIC:
            r["label"] = "PERSON"
    # majority label per surface form across the article
    votes: dict[str, Counter] = defaultdict(Counter)
    for r in rows:
        if r["label"] not in NUMERIC:
            votes[r["text"]][r["label"]] += 1
    long_label = {abbr: _label_of(long, rows, votes) for abbr, long in acronyms.items()}
    for r in rows:
        if r["text"] in long_label:
            r["label"] = long_label[r["text"]]
        elif r["label"] not in NUMERIC and len(votes[r["text"]]) > 1:
            (top, n), *rest = votes[r["text"]].most_common()
            if n > rest[0][1]:
                r["label"] = top
    rows.extend(_propagate(rows, texts, long_label))
    return sorted(rows, key=lambda r: (r["field"], r["start_char"]))


def _label_of(long: str, rows: list[dict], votes: dict[str, Counter]) -> str:
    if votes.get(long):
        return votes[long].most_common(1)[0][0]
    return "ORG"


def _propagate(rows: list[dict], texts: dict[str, str], acronyms: dict[str, str]) -> list[dict]:
    """Other occurrences of names found elsewhere in the article, and of defined acronyms."""
    forms: dict[str, str] = {}
    for r in rows:
        t = r["text"]
        if r["label"] not in NUMERIC and len(t) >= 3 and t[0].isupper() and not t.isdigit():
            forms.setdefault(t, r["label"])
    for abbr, label in acronyms.items():
        forms.setdefault(abbr, label)
    taken: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for r in rows:
        taken[r["field"]].append((r["start_char"], r["end_char"]))
    added = []
    for field, text in texts.items():
        if not text:
            continue
        for form in sorted(forms, key=len, reverse=True):
            for s, e in _occurrences(form, text):
                if any(s < te and ts < e for ts, te in taken[field]):
                    continue
                taken[field].append((s, e))
                added.append({"field": field, "start_char": s, "end_char": e, "text": form,
                              "label": forms[form], "sentence_index": None, "added": True})
    return added


def _occurrences(form: str, text: str) -> Iterator[tuple[int, int]]:
    """Non-overlapping occurrences of `form` as a whole name, left to right: what re.finditer of
    `(?<![\\w&.-])FORM(?![\\w&-]|\\.\\w)` finds, without compiling a pattern per name (a hotspot)."""
    if not form:  # the pattern itself then (an empty name matches between characters)
        yield from (m.span() for m in re.finditer(r"(?<![\w&.-])(?![\w&-]|\.\w)", text))
        return
    n, end = len(form), len(text)
    i = text.find(form)
    while i >= 0:
        e = i + n
        before_ok = i == 0 or not (_is_word(text[i - 1]) or text[i - 1] in "&.-")
        after_ok = e == end or not (_is_word(text[e]) or text[e] in "&-"
                                    or (text[e] == "." and e + 1 < end and _is_word(text[e + 1])))
        if before_ok and after_ok:
            yield i, e
            i = text.find(form, e)
        else:
            i = text.find(form, i + 1)


def _is_word(ch: str) -> bool:
    """A regex word character (`\\w` on str patterns)."""
    return ch.isalnum() or ch == "_"
