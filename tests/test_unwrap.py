"""Hard-wrapped text is read as paragraphs (text of our own, wrapped by textwrap as wire archives are)."""
import textwrap

from transforms.cleaning import clean_article
from transforms.entities import ner_view
from transforms.mentions import article_mentions
from transforms.quotes import quote_rows
from transforms.unwrap import paragraphs, wrap_width

PARAGRAPHS = [
    "HARBOUR CITY, March 3 - The port authority said on Tuesday that it would raise berth fees by four "
    "pct from April, the first increase in six years, citing higher dredging and security costs, a spokesman "
    "said.",
    "A spokesman for the authority said the increase was needed to keep the harbour open to larger "
    "container ships and would be reviewed at the end of the year, when fees of about 1.50 dlrs a "
    "share.",
    "\"We have held fees flat for as long as we could, but the channel has to be deepened and somebody "
    "has to pay for it,\" the chairman, Maria Okafor, told reporters at a briefing in the city.",
    "Shipping lines using the port said they would pass the cost on to importers and exporters of grain, "
    "timber and cars, which make up most of the harbour's trade.",
]
WRAPPED = "\n".join(textwrap.fill(p, width=68) for p in PARAGRAPHS)


def test_hard_wrapped_lines_are_read_as_their_paragraphs():
    lines = WRAPPED.split("\n")
    assert wrap_width(lines) is not None
    assert [" ".join(lines[i] for i in g) for g in paragraphs(lines)] == PARAGRAPHS
    article = clean_article(WRAPPED)
    assert article.clean_text.split("\n") == PARAGRAPHS  # "said." and "share." alone on a line stay text
    assert article.removed == []


def test_text_that_is_not_hard_wrapped_keeps_its_lines():
    web = "\n".join(PARAGRAPHS)  # one paragraph per line, as scraped pages and most feeds have it
    assert wrap_width(web.split("\n")) is None and clean_article(web).clean_text == web
    table = "Shr 41 cts vs 35 cts\nNet 12.4 mln vs 10.1 mln\nRevs 304.2 mln vs 281.7 mln\nNine mths\nShr 1.10 dlrs"
    assert len(paragraphs(table.split("\n"))) == 5
    lines = ("Port to raise fees\n" + WRAPPED).split("\n")  # a short first line stays a line of its own
    assert paragraphs(lines)[0] == [0]
    headline = "HARBOUR CITY PORT AUTHORITY TO RAISE BERTH FEES BY FOUR PCT FROM APRIL"  # a wire headline, as long
    article = clean_article(headline + "\n" + WRAPPED, title=headline)  # as a full line, opening the raw text
    assert article.clean_text.split("\n") == PARAGRAPHS and [v.reason for v in article.removed] == ["title"]


def test_a_removed_wrapped_paragraph_is_one_boilerplate_row_per_raw_line():
    footer = textwrap.fill("Copyright 2026 Newsmill Wire. All rights reserved. This material may not be "
                           "published, broadcast, rewritten or redistributed in any form without permission.", 60)
    raw = WRAPPED + "\n" + footer
    article = clean_article(raw)
    assert article.clean_text.split("\n") == PARAGRAPHS
    lines, n = raw.split("\n"), footer.count("\n") + 1
    assert n > 1 and [(v.line_no, v.text) for v in article.removed] == [(i, lines[i]) for i in range(len(lines) - n,
                                                                                                       len(lines))]


def test_a_wrapped_quotation_and_a_wrapped_report_are_whole_after_cleaning(nlp):
    body = clean_article(WRAPPED).clean_text
    doc = nlp(ner_view(body))
    quotes = quote_rows("d1", doc, article_mentions("d1", {"body": doc}, {"body": body}))
    direct = [q for q in quotes if q["kind"] == "direct"]
    assert [q["quote_text"][:24] for q in direct] == ['"We have held fees flat ']
    assert direct[0]["quote_text"].endswith('pay for it,"') and direct[0]["speaker_text"] == "the chairman"
    indirect = " ".join(q["quote_text"] for q in quotes if q["kind"] == "indirect")
    assert "would be reviewed at the end of the year" in indirect  # the reported clause past the wrap
