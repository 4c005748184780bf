"""Hard-wrapped text back into paragraphs, offsets unchanged (text of our own, wrapped by textwrap)."""
import textwrap

from transforms.cleaning import clean_article
from transforms.entities import ner_view
from transforms.mentions import article_mentions
from transforms.quotes import quote_rows
from transforms.unwrap import unwrap, wrap_width

PARAGRAPHS = [
    "HARBOUR CITY, March 3 - The port authority said on Tuesday that it would raise berth fees by four "
    "pct from April, the first increase in six years, citing higher dredging and security costs.",
    "A spokesman for the authority said the increase was needed to keep the harbour open to larger "
    "container ships and would be reviewed at the end of the year.",
    "\"We have held fees flat for as long as we could, but the channel has to be deepened and somebody "
    "has to pay for it,\" the chairman, Maria Okafor, told reporters at a briefing in the city.",
    "Shipping lines using the port said they would pass the cost on to importers.",
]
WRAPPED = "\n".join(textwrap.fill(p, width=68) for p in PARAGRAPHS)


def test_hard_wrapped_lines_become_paragraphs_with_the_same_offsets():
    out = unwrap(WRAPPED)
    assert len(out) == len(WRAPPED)
    assert all(a == b or (a, b) == ("\n", " ") for a, b in zip(WRAPPED, out, strict=True))  # only breaks change
    assert out.split("\n") == PARAGRAPHS


def test_text_that_is_not_hard_wrapped_is_left_alone():
    web = "\n".join(PARAGRAPHS)  # one paragraph per line, as scraped pages and most feeds have it
    assert wrap_width(web.split("\n")) is None and unwrap(web) == web
    table = "Shr 41 cts vs 35 cts\nNet 12.4 mln vs 10.1 mln\nRevs 304.2 mln vs 281.7 mln\nNine mths\nShr 1.10 dlrs"
    assert unwrap(table) == table
    headline = "Port to raise fees\n" + WRAPPED  # a short first line stays a line of its own
    assert unwrap(headline).startswith("Port to raise fees\nHARBOUR CITY")


def test_a_wrapped_quotation_and_a_wrapped_report_are_whole_after_cleaning(nlp):
    body = clean_article(WRAPPED).clean_text
    doc = nlp(ner_view(body))
    quotes = quote_rows("d1", doc, article_mentions("d1", {"body": doc}, {"body": body}))
    direct = [q for q in quotes if q["kind"] == "direct"]
    assert [q["quote_text"][:24] for q in direct] == ['"We have held fees flat ']
    assert direct[0]["quote_text"].endswith('pay for it,"') and direct[0]["speaker_text"] == "the chairman"
    indirect = " ".join(q["quote_text"] for q in quotes if q["kind"] == "indirect")
    assert "would be reviewed at the end of the year" in indirect  # the reported clause past the wrap
