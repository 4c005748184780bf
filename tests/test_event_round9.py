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


# --- acts to come are not asserted: a meeting or a demand that will be, a time clause under a modal, talks agreed
# --- to, what one has the authority to do --------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The European Union would not release the funds until Kiev agrees to hold talks with the separatists.",
    "Turkey will keep its troops on the border until Syria withdraws its forces from the area.",
    "Officials said the visit by the Chinese president, the first in a decade, would last three days.",
    "The talks between Greek and Turkish Cypriot leaders on Thursday should be more productive, the UN envoy said.",
    "Negotiations between Sudan and the rebels would resume in Nairobi, a mediator said.",
    "The meeting between the Syrian and Turkish foreign ministers should help ease tension on the border, "
    "officials said.",
    "Police have no authority to detain the protesters without a warrant, the judge said.",
])
def test_acts_to_come_are_not_asserted(nlp_lines, text):
    assert _rows(nlp_lines, text) == []
    assert _rows(nlp_lines, text, modality="hypothetical") != []


@pytest.mark.parametrize(("text", "etype"), [
    ("Syria withdrew its forces after Turkey threatened to send troops across the border.", "RETREAT"),
    ("The Kenyan government released the prisoners when the rebels freed the two aid workers.", "RETREAT"),
    ("Israeli and Palestinian negotiators met in Cairo on Tuesday.", "CONSULT"),
    ("Iran agreed on Monday to release the 15 British sailors.", "AGREE"),
])
def test_acts_done_stay_asserted(nlp_lines, text, etype):
    assert [r["event_type"] for r in _rows(nlp_lines, text)] == [etype]


# --- a body meeting by itself consults no one ----------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "FRANKFURT, March 19 - The Bundesbank left interest rates unchanged after a meeting of its council on Thursday.",
    "The Chinese Communist Party held a meeting of its central committee in Beijing on Sunday.",
    "Zanu-PF held a meeting of its politburo in Harare on Wednesday.",
    "Indonesia's ruling Golkar party ended a meeting of its central board on Tuesday.",
])
def test_a_body_meeting_by_itself_is_no_consultation(nlp_lines, text):
    assert _rows(nlp_lines, text) == []


@pytest.mark.parametrize("text", [
    "Nato held an emergency meeting of its ambassadors on Monday.",
    "The European Central Bank held talks with its Greek counterparts on Monday.",
])
def test_meetings_with_other_parties_stay_consult(nlp_lines, text):
    assert [r["event_type"] for r in _rows(nlp_lines, text)] == ["CONSULT"]


# --- a state agency no dictionary holds is of the article's (or dateline's) state, not of a place it acts in -------

def test_a_state_agency_takes_the_article_s_state(nlp_lines):
    text = ("U.S. regulators stepped up their pursuit of offshore fraud on Monday. The Securities and Exchange "
            "Commission charged a former bank director in Geneva with fraud, the agency said. American investors "
            "lost $40 million in the scheme, U.S. prosecutors said.")
    rows = [r for r in _rows(nlp_lines, text) if r["event_type"] == "COERCE"]
    assert [(r["source_country"], r["target_country"]) for r in rows] == [("USA", "CHE")]


# --- a market move is no rally: bonds and yields are no actors -------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Treasury yields fell as a rally in British government bonds spread to other markets.",
    "Japanese bond yields slipped on Tuesday as a rally in U.S. government bonds spilled over into Asia.",
])
def test_a_rally_in_bonds_is_no_protest(nlp_lines, text):
    assert _rows(nlp_lines, text) == []


# --- declining to give a date, a figure or details is declining to comment; being struck by a thing is no attack -----

@pytest.mark.parametrize("text", [
    "A senior ministry official declined to give a date for the talks, but said he expected them soon.",
    "A Foreign Office spokesman declined to give details of the negotiations with Tehran.",
    "The central bank governor refuses to predict the outcome of the vote.",
    "The minister said he had been struck by the scale of the destruction in Haiti.",
    "The envoy was struck by the determination of the Afghan government to hold the vote.",
])
def test_declining_to_comment_and_being_struck_by_a_thing_code_nothing(nlp_lines, text):
    assert _rows(nlp_lines, text) == []


@pytest.mark.parametrize(("text", "etype"), [
    ("Israel refused to release the prisoners.", "REJECT"),
    ("The rebels declined to hand over their weapons.", "REJECT"),
    ("The convoy was struck by a roadside bomb near Basra, killing two British soldiers.", "ASSAULT"),
    ("Gunmen struck a police convoy near Kandahar, killing three officers.", "ASSAULT"),
])
def test_refusals_to_act_and_attacks_still_code(nlp_lines, text, etype):
    assert [r["event_type"] for r in _rows(nlp_lines, text)] == [etype]
