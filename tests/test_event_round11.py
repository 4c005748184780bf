"""Round 11 of the event rules (issue 10): a nominal trigger ("talks", "agreement", "attack", "visit") is an event
only where its sentence reports it taking place: the object of a verb that holds, makes, reaches or answers it,
the subject of a verb of happening, or a few prepositional idioms ("on strike", "killed in an attack"). Elsewhere it
is a passing mention. Sentences of our own in wire, broadcaster and broadsheet style; each class has the reported
acts it must keep."""
import pytest

from tests.conftest import coded_events as _rows

# --- mentions: no event -----------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    # the object of a preposition inside a noun phrase
    "The embassy raised its security level in the aftermath of the Syrian attack on the border post.",
    "Shipping insurers doubled their premiums in light of the Iranian deployment of anti-ship missiles.",
    "The loan is being arranged in connection with last year's agreement between Peru and the Paris Club.",
    "Brokers said the yen was sensitive to any signs of accord between Washington and Tokyo.",
    "Kenya built a second pipeline to protect its fuel supplies from rebel attacks in the north.",
    # the subject of a verb of being or having
    "The Bolivian pact contains a clause on debt swaps that the Chilean accord lacked.",
    "The ministers' meeting coincided with a general strike in the capital.",
    # the object of a verb that only talks about it
    "Opposition newspapers hailed the agreements as a sign that the crisis was ending.",
    "Jordan still complies with its water agreement with Israel, officials said.",
    "Traders cited the Saudi agreement with Kuwait on output as the reason for the rise.",
    "Local officials attached great importance to the Indian prime minister's visit.",
    "The Senate debate centred on the consequences of the Libyan attacks on Chad.",
])
def test_a_nominal_act_only_mentioned_codes_nothing(nlp_lines, text):
    assert _rows(nlp_lines, text) == []


# --- reported acts: kept ----------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "etype"), [
    # the object of a support verb
    ("Ghana is holding talks with the IMF on a new standby loan.", "CONSULT"),
    ("Chile and Bolivia concluded a border accord in La Paz on Monday.", "AGREE"),
    ("The World Bank approved a loan to Tanzania for rural roads.", "AID"),
    ("Greek Prime Minister Andreas Papandreou withdrew his request to Washington to close the air base.", "REQUEST"),
    ("Rebels launched an offensive against army positions near Kandahar.", "ASSAULT"),
    ("Thousands of Bolivian miners staged demonstrations in La Paz on Tuesday.", "PROTEST"),
    # the passive subject of a support verb, the subject of a verb of happening
    ("An agreement was reached between Iran and Ghana on oil supplies.", "AGREE"),
    ("Heavy fighting between Indian and Pakistani troops erupted along the Kashmir border.", "ASSAULT"),
    # prepositional idioms
    ("Most of Brazil's dockers were still on strike on Friday, union leaders said.", "PROTEST"),
    ("Four Israeli soldiers were killed in a Hezbollah attack in southern Lebanon.", "ASSAULT"),
    ("The oil platform was badly damaged by an Iraqi air raid last month.", "ASSAULT"),
    ("German President Richard von Weizsaecker arrived in Buenos Aires for a four-day visit.", "CONSULT"),
    ("Tens of thousands of Nigerians converged on Lagos for a rally against military rule.", "PROTEST"),
    ("About 10,000 Yugoslav workers have gone on strike in the east of the country.", "PROTEST"),
    ("The Nigerian oil minister, speaking during talks with Swedish trade officials, said prices would hold.",
     "CONSULT"),
    ("The Irish Republican Army has reopened negotiations with Northern Ireland's disarmament chief.", "CONSULT"),
    ("Pakistani President Pervez Musharraf kicked off a three-day visit to Italy on Monday.", "CONSULT"),
    # an act under way, a quantity of acts
    ("Zambia's current talks with the IMF centre on the kwacha auction.", "CONSULT"),
    ("A new round of talks between Syria and Jordan began in Damascus on Monday.", "CONSULT"),
])
def test_a_reported_nominal_act_is_kept(nlp_lines, text, etype):
    assert etype in [r["event_type"] for r in _rows(nlp_lines, text)]


# --- a promise to buy, sell or pay a firm is trade, not a political promise ------------------------------------------

@pytest.mark.parametrize("text", [
    "South Korea has agreed to pay Japanese trading houses just over 400 dlrs a tonne for the cargo.",
    "The Chinese government agreed to buy 30 jets from Boeing, the company said.",
    "The Korea Development Corp agreed to buy two Airbus jets for its leasing arm.",
    "The Indonesian state oil company agreed to sell its Java refinery to a Japanese trading house.",
    "The Polish finance ministry agreed to lease two office blocks from a Swedish developer.",
])
def test_a_trade_promise_with_a_firm_is_business(nlp_lines, text):
    assert _rows(nlp_lines, text) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Egypt agreed to sell natural gas to Israel under a 15-year deal.", ("AGREE", "EGY", "ISR")),
    ("Iran agreed to release the British sailors on Wednesday.", ("AGREE", "IRN", "GBR")),
    ("Jordan agreed to hold talks with Syria on water sharing.", ("AGREE", "JOR", "SYR")),
])
def test_promises_between_states_stay_events(nlp_lines, text, expected):
    assert [(r["event_type"], r["source_country"], r["target_country"]) for r in _rows(nlp_lines, text)] == [
        expected]


# --- datelines: a two-letter first word, and each item of a wire digest ---------------------------------------------

def test_a_dateline_with_a_two_letter_first_word_places_the_story(nlp_lines):
    rows = _rows(nlp_lines, "LA PAZ, March 23 - The government arrested three union leaders.")
    assert [(r["event_type"], r["source_text"], r["source_country"]) for r in rows] == [
        ("COERCE", "The government", "BOL")]


def test_each_item_of_a_wire_digest_has_its_own_dateline(nlp_lines):
    text = ("WASHINGTON, March 3 - The Senate passed the trade bill on Tuesday.\n"
            "MANILA - Police arrested three student leaders after the rally.")
    rows = _rows(nlp_lines, text)
    assert [(r["event_type"], r["source_text"], r["source_country"]) for r in rows] == [
        ("COERCE", "Police", "PHL")]


# --- a thing aimed at stands for its owner, named in its own words ---------------------------------------------------

@pytest.mark.parametrize(("text", "target"), [
    ("The Court of Appeal backed the Home Office's powers to detain suspects.", "the Home Office"),
    ("Tony Blair praised Chancellor Gordon Brown's pre-Budget report.", "Chancellor Gordon Brown"),
    ("Croatia is investigating alleged war crimes by Croatian extremists.", "Croatian extremists"),
    ("The Kenyan government rejected the rebels' ceasefire terms.", "the rebels"),
])
def test_an_owned_thing_aimed_at_targets_its_owner(nlp_lines, text, target):
    assert [r["target_text"] for r in _rows(nlp_lines, text)] == [target]


@pytest.mark.parametrize(("text", "target"), [
    ("Pro-Russia rebels fired a BAK missile at the airliner.", ("the airliner", "RUS")),  # an instrument
    ("The IRA has reopened negotiations with Northern Ireland's disarmament chief.",  # a person
     ("Northern Ireland's disarmament chief", "GBR")),
])
def test_an_instrument_or_a_person_keeps_its_words(nlp_lines, text, target):
    assert [(r["target_text"], r["target_country"]) for r in _rows(nlp_lines, text)] == [target]


# --- a former office-holder holds no office: CAMEO's elites (ELI), still a political actor ---------------------------

@pytest.mark.parametrize(("text", "source"), [
    ("Former minister Clare Short demanded a Lords inquiry into the matter.", ("REQUEST", "GBR", "ELI")),
    ("Former Israeli prime minister Ehud Barak criticised the government.", ("ACCUSE", "ISR", "ELI")),
    ("Retired general Wesley Clark criticised the Pentagon.", ("ACCUSE", None, "ELI")),
    ("The then prime minister Harold Wilson ordered troops into Belfast.", ("MOBILIZE", "GBR", "GOV")),  # in office
    # (troops ordered into a place are deployed: MOBILIZE since round 14)
    ("Ex-Labour MP George Galloway has appealed for the release of the hostages.", ("REQUEST", "GBR", "LEG")),  # left
    # a party, not the office
])
def test_a_former_office_holder_is_an_elite(nlp_lines, text, source):
    assert [(r["event_type"], r["source_country"], r["source_sector"]) for r in _rows(nlp_lines, text)] == [source]


# --- a portfolio is no party; workers on strike are no force -------------------------------------------------------

def test_a_labour_minister_abroad_is_of_the_dateline_s_state(nlp_lines):
    rows = _rows(nlp_lines, "SAO PAULO, March 5 - Striking Brazilian seamen today held pay talks in Rio de Janeiro "
                            "with Labour Minister Almir Pazzianotto.")
    assert [(r["event_type"], r["source_sector"], r["target_country"], r["target_sector"]) for r in rows] == [
        ("CONSULT", "LAB", "BRA", "GOV")]


@pytest.mark.parametrize(("text", "source"), [
    ("Labour MP Diane Abbott criticised the home secretary.", ("GBR", "LEG")),
    ("Labour leader Ed Miliband attacked the Conservatives.", ("GBR", "PTY")),
])
def test_the_labour_party_s_people_stay_british(nlp_lines, text, source):
    assert [(r["source_country"], r["source_sector"]) for r in _rows(nlp_lines, text)] == [source]


def test_a_former_government_is_still_a_government(nlp_lines):
    rows = _rows(nlp_lines, "Madrid backed allegations against the former Spanish government.")
    assert [(r["target_country"], r["target_sector"]) for r in rows] == [("ESP", "GOV")]
