"""Property tests (hypothesis): any bytes in give a quarantine reason or a text, never an exception."""
import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from flows.inputs import Candidate, RawArticle, Rejected, load
from transforms.cleaning import clean_article
from transforms.decode import decode_bytes
from transforms.metadata import validate_meta

REASONS = {"empty", "binary", "undecodable", "too_long", "malformed_jsonl", "malformed_sidecar"}
FAST = settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
# Hypothesis warns when the global `random` state moves while it draws an example. In a test worker that already ran
# a Prefect flow, Prefect's client-side background threads (log and event senders, service loops) draw their retry
# and loop intervals from the global `random` (prefect.utilities.math, used by prefect/client/base.py and
# prefect/utilities/services.py), so the warning fires now and then and says nothing about these strategies, which
# use no `random` of their own.
pytestmark = pytest.mark.filterwarnings("ignore:Do not use the `random` module inside strategies")

# Pieces that exercise the decoder and the cleaner: BOMs, encodings, mojibake, odd spaces, boilerplate lines.
PIECES = [
    "\ufeff", "\u00a0", "\u200b", "\r\n", "\r", "\n\n", "\u2028", "\x00", "\x1b", "Zürich", "São Paulo",
    "“quoted”", "–", "ZÃ¼rich", "â€™", "Advertisement", "Read more: the budget vote", "Share this article",
    "By Maria Jansen", "Sign up for our daily newsletter", "© 2026 Example Media. All rights reserved.",
    "The council approved the plan on Tuesday, officials said.", "Menu", "   ", "\t", "日本語の記事です。",
    "Привет, мир.", "مرحبا",
]
texts = st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=40)), max_size=30).map("".join)
encoded = st.tuples(texts, st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-32", "cp1252",
                                            "latin-1", "shift_jis", "koi8-r"])).map(
    lambda te: te[0].encode(te[1], errors="replace"))
any_bytes = st.one_of(st.binary(max_size=2000), encoded)
json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4),
    max_leaves=12,
)
META_KEYS = st.sampled_from(["id", "text", "title", "source", "author", "url", "language", "published_at", "x"])
records = st.dictionaries(META_KEYS, json_values | texts, max_size=8)


def _check(item) -> None:
    assert isinstance(item, RawArticle | Rejected)
    if isinstance(item, Rejected):
        assert item.reason in REASONS and item.detail
    else:
        assert item.text.strip()
        item.text.encode("utf-8")  # storable: no lone surrogates


@FAST
@given(any_bytes)
def test_any_bytes_decode_or_give_a_reason(data):
    decoded = decode_bytes(data)
    if decoded.text is None:
        assert decoded.problem in REASONS and decoded.detail
    else:
        assert decoded.text.strip() and "\r" not in decoded.text and "\x00" not in decoded.text
        decoded.text.encode("utf-8")


@FAST
@given(texts)
def test_clean_text_is_never_longer_than_the_decoded_text(text):
    decoded = decode_bytes(text.encode("utf-8", errors="surrogatepass"))
    if decoded.text is None:
        return
    art = clean_article(decoded.text)
    assert len(art.clean_text) <= len(decoded.text)
    assert all(v.text in decoded.text.split("\n") for v in art.removed)


@FAST
@given(any_bytes, st.one_of(st.none(), any_bytes, records.map(lambda r: json.dumps(r).encode())))
def test_a_txt_with_any_sidecar_loads_or_is_quarantined(data, sidecar):
    _check(load(Candidate("a.txt", "0" * 64, Path("a.txt"), payload=data, sidecar=sidecar, max_chars=500)))


@FAST
@given(st.one_of(st.binary(max_size=500), records.map(lambda r: json.dumps(r).encode()),
                 json_values.map(lambda v: json.dumps(v).encode())))
def test_any_jsonl_line_loads_or_is_quarantined(line):
    _check(load(Candidate("b.jsonl#1", "0" * 64, Path("b.jsonl"), line_no=1, payload=line, max_chars=500)))


@FAST
@given(records)
def test_metadata_validation_never_raises_and_keeps_only_valid_strings(record):
    check = validate_meta(record)
    assert all(isinstance(v, str) and v.strip() for v in check.meta.values())
    bad = {k for k in ("source", "title", "author", "url", "language", "published_at")
           if record.get(k) not in (None, "") and not (isinstance(record[k], str) and not record[k].strip())
           and k not in check.meta}
    assert len(check.problems) == len(bad)
