"""Round 9 of the event rules (issue 10): classes of the census audit on wire news, each on sentences of our own in
several styles (wire, broadcaster, broadsheet): business acts with no state on either side, unrealised acts
asserted (meetings to come, demands to be made, acts one only has the authority to do), and a body meeting by
itself."""
import pytest

from tests.conftest import coded_events as _rows

# --- a trade, finance or corporate act between business parties is no event ---------------------------------------

@pytest.mark.parametrize("text", [
    "Toshiba executives met Siemens officials in Munich last week to discuss a chip venture.",
    "Lawyers for the two companies have been negotiating the terms of the buyout for weeks.",
    "Kenya's largest grain importers agreed to buy 50,000 tonnes of maize from South African farmers.",
    "Japanese trading houses asked their creditor banks to reschedule the loans.",
    "Ford officials said they were continuing negotiations with Mazda on a joint engine plant.",
    "A spokeswoman for Rio Tinto reiterated a request to shareholders to ignore the hostile bid.",
    "The airline's officials made a fresh request to bondholders on Friday.",
])
def test_business_acts_code_no_event(nlp_lines, text):
    assert _rows(nlp_lines, text) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Argentina asked its creditor banks to reschedule 30 billion dollars of debt.", ("REQUEST", "ARG")),
    ("The Philippine government seized a 31 percent stake in the brewery from a bank linked to Marcos.",
     ("COERCE", "PHL")),
    ("The Canadian telecommunications regulator ordered Bell Canada to cut its phone rates.", ("REQUEST", "CAN")),
    ("The World Bank agreed to lend Kenya $200 million to rebuild roads.", ("AGREE", None)),
    ("Brazil is negotiating with its creditor banks on the terms of repaying the loans.", ("CONSULT", "BRA")),
    ("The government asked the banks to lower their lending rates.", ("REQUEST", None)),
    ("The Swiss bank's lawyers asked the court to dismiss the case.", ("REQUEST", "CHE")),
    ("Nigerian oil workers went on strike over pay on Monday.", ("PROTEST", "NGA")),
    ("Kenyan students staged a protest against the tuition fees in Nairobi.", ("PROTEST", "KEN")),
    ("The Confederation of British Industry called for a freeze in the minimum wage.", ("REQUEST", "GBR")),
])
def test_state_and_public_acts_on_business_still_code(nlp_lines, text, expected):
    assert [(r["event_type"], r["source_country"]) for r in _rows(nlp_lines, text)] == [expected]
