"""A small, transparent language guess: writing system first, then a stop-word vote among Latin languages."""
from __future__ import annotations

import re
import unicodedata
from collections import Counter

_STOPWORDS = {
    "en": "the of and to in is that for it was on with as by are be this from at have has not which".split(),
    "de": "der die und das ist nicht ein eine den dem von zu mit sich auf für im des auch wird".split(),
    "fr": "le la les des est et une un du dans pour que qui sur pas au avec ce sont par".split(),
    "es": "el la los las de que y en un una es por para con del se no al lo como".split(),
    "it": "il lo la gli le di che è e un una per non con del della sono nel alla".split(),
    "pt": "o os as de que e em um uma para com não do da dos das no na é ao".split(),
    "nl": "de het een en van is dat op te zijn niet met voor die er aan ook".split(),
}
_LANGS_OF: dict[str, list[str]] = {}  # stop word → the languages that have it
for _lang, _words in _STOPWORDS.items():
    for _w in dict.fromkeys(_words):
        _LANGS_OF.setdefault(_w, []).append(_lang)
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
_NON_ASCII = re.compile(r"[^\x00-\x7f]")
_SCRIPTS = [("CJK", "zh"), ("HIRAGANA", "ja"), ("KATAKANA", "ja"), ("HANGUL", "ko"), ("CYRILLIC", "ru"),
            ("ARABIC", "ar"), ("HEBREW", "he"), ("GREEK", "el"), ("DEVANAGARI", "hi"), ("THAI", "th")]


def _script_language(text: str) -> str | None:
    sample = text[:5000]
    letters = sum(map(str.isalpha, sample))
    counts: dict[str, int] = {}
    for ch, n in Counter(_NON_ASCII.findall(sample)).items():  # ASCII letters are Latin: no script to count
        if not ch.isalpha():
            continue
        name = unicodedata.name(ch, "")
        for script, lang in _SCRIPTS:
            if name.startswith(script):
                counts[lang] = counts.get(lang, 0) + n
                break
    if not letters or not counts:
        return None
    lang, n = max(counts.items(), key=lambda kv: kv[1])
    if "ja" in counts and lang == "zh":
        lang = "ja"
    return lang if n / letters > 0.3 else None


def detect_language(text: str, default: str = "en") -> str:
    """ISO 639-1 code of `text`; `default` when the evidence is too thin to say."""
    by_script = _script_language(text)
    if by_script:
        return by_script
    votes = dict.fromkeys(_STOPWORDS, 0)
    for w, n in Counter(w.lower() for w in _WORD.findall(text[:20000])).items():
        for lang in _LANGS_OF.get(w, ()):
            votes[lang] += n
    best = max(votes, key=lambda k: votes[k])
    if votes[best] < 5 or votes[best] <= 1.5 * votes[default]:
        return default
    return best
