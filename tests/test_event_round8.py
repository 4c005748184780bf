"""Round 8 of the event rules (issue 10): the classes of the paired blind audit after round 7, each on sentences of
our own in several styles: companies named with their state, appeals, courts agreeing to hear a case, readiness
to talk, the victims of foreign forces and attacks named with the attacker's state."""
import pytest

from tests.conftest import coded_events as _rows

# --- a company is no political actor, whatever state its name or its modifier gives it ---------------------------

@pytest.mark.parametrize("text", [
    "Japan's Sony and South Korea's Samsung signed an agreement to develop screens together.",
    "Swiss firm Glencore launched a hostile bid for a Canadian miner by appealing directly to its shareholders.",
    "Norwegian Air Shuttle apologised to passengers for weeks of delays.",
    "Australia's Qantas has agreed to buy a stake in Air New Zealand for $200 million.",
])
def test_companies_named_with_a_state_code_no_event(nlp_lines, text):
    assert _rows(nlp_lines, text) == []


def test_a_state_still_codes_with_a_company_as_target(nlp_lines):
    rows = _rows(nlp_lines, "The United States imposed sanctions on three Iranian banks on Tuesday.")
    assert [(r["source_country"], r["target_country"]) for r in rows] == [("USA", "IRN")]


# --- an appeal for calm or unity is a statement (CAMEO 02, which PLOVER drops); a demand still codes -------------

@pytest.mark.parametrize("text", [
    "The Pope called for unity among Christians on Sunday.",
    "The Kenyan president called for calm after the disputed election results.",
    "The presidents of Brazil and France called for new efforts to fight poverty in the developing world.",
    "Religious leaders in Lagos called for restraint after the riots.",
])
def test_a_call_for_calm_or_unity_is_no_request(nlp_lines, text):
    assert _rows(nlp_lines, text) == []


@pytest.mark.parametrize("text", [
    "The Arab League called for an immediate ceasefire in Gaza.",
    "Opposition leaders called for the resignation of the interior minister.",
])
def test_a_call_for_an_act_is_still_a_request(nlp_lines, text):
    assert [r["event_type"] for r in _rows(nlp_lines, text)] == ["REQUEST"]


# --- a court agreeing to hear a case is procedure, not an agreement ----------------------------------------------

@pytest.mark.parametrize("text", [
    "The Supreme Court of Canada agreed on Monday to hear an appeal by tobacco companies.",
    "India's top court agreed to review its ruling on the disputed temple site.",
    "A Kenyan court agreed on Tuesday to consider a challenge to the election result.",
])
def test_a_court_agreeing_to_hear_a_case_is_no_event(nlp_lines, text):
    assert _rows(nlp_lines, text) == []


# --- readiness to talk is an expression of intent (AGREE, CAMEO 036), not talks held -----------------------------

@pytest.mark.parametrize(("text", "dyad"), [
    ("Syria's foreign minister said Damascus was ready to resume talks with Turkey without preconditions.",
     ("SYR", "TUR")),
    ("Iran is willing to hold talks with the European Union on its nuclear programme, its envoy said.",
     ("IRN", None)),
    ("Pakistan is prepared to negotiate with India over Kashmir, the prime minister said.", ("PAK", "IND")),
])
def test_readiness_to_talk_is_agree(nlp_lines, text, dyad):
    rows = _rows(nlp_lines, text)
    assert [(r["event_type"], r["source_country"], r["target_country"]) for r in rows] == [("AGREE", *dyad)]


def test_talks_held_stay_consult_and_denied_readiness_is_not_asserted(nlp_lines):
    held = _rows(nlp_lines, "Rebel leaders met government negotiators in Nairobi on Monday.")
    assert [r["event_type"] for r in held] == ["CONSULT"]
    assert _rows(nlp_lines, "Iran is not ready to resume talks with the European Union.") == []


# --- the victims of a foreign force are of the land it fights in, not of the force's own state ---------------------

@pytest.mark.parametrize(("text", "target_country"), [
    ("BAGHDAD (Newsmill Wire) - U.S. forces killed 30 militiamen on Tuesday in a push into a suburb of the capital, "
     "the military said.", "IRQ"),
    ("KANDAHAR (Newsmill Wire) - Canadian troops killed nine insurgents on Monday, the army said.", "AFG"),
    ("MOGADISHU (Newsmill Wire) - Ethiopian soldiers killed 20 Islamist fighters on Sunday, residents said.", "SOM"),
])
def test_a_foreign_forces_victims_are_not_of_its_state(nlp_lines, text, target_country):
    rows = _rows(nlp_lines, text)
    assert [(r["event_type"], r["target_country"]) for r in rows] == [("ASSAULT", target_country)]
    assert rows[0]["source_country"] != target_country


def test_rebels_facing_police_in_their_own_land_stay_of_it(nlp_lines):
    rows = _rows(nlp_lines, "Rebels in Nigeria attacked a police patrol on Monday, killing three officers.")
    assert [(r["source_country"], r["target_country"]) for r in rows] == [("NGA", "NGA")]


@pytest.mark.parametrize(("text", "source_country", "target_country"), [
    ("A civilian was killed by a US missile in Pakistan on Friday.", "USA", "PAK"),
    ("Three villagers were wounded by Turkish shelling near the border.", "TUR", None),
])
def test_an_attack_named_with_its_attackers_state_is_theirs_and_not_its_victims(
        nlp_lines, text, source_country, target_country):
    rows = _rows(nlp_lines, text)
    assert [(r["source_country"], r["target_country"]) for r in rows] == [(source_country, target_country)]


# --- a dateline with a date in capitals, or filed from two places, is never an actor ------------------------------

@pytest.mark.parametrize(("text", "source"), [
    ("NEW DELHI, JULY 4 : Police arrested six opposition activists in the capital on Friday.", "Police"),
    ("CAIRO/AMMAN (Newsmill Wire) - Egypt and Jordan agreed on Monday to reopen their border crossing.", "Egypt"),
])
def test_a_dateline_is_no_source(nlp_lines, text, source):
    rows = _rows(nlp_lines, text)
    assert rows and all(r["source_text"] == source for r in rows)


# --- whom a state arrests or charges is in its hands: of its state, not of a country the sentence names later -----

@pytest.mark.parametrize(("text", "country"), [
    ("MADRID, MAY 2: Spain charged five suspects on Friday with plotting bombings and said two had maps of French "
     "ports.", "ESP"),
    ("Egypt has detained three men suspected of planning attacks on Israeli tourists.", "EGY"),
    ("Indonesia arrested 12 suspected militants on Java, police said.", "IDN"),
])
def test_those_a_state_arrests_or_charges_are_of_its_state(nlp_lines, text, country):
    rows = _rows(nlp_lines, text)
    assert [(r["event_type"], r["target_country"]) for r in rows] == [("COERCE", country)]


# --- after the census audit on wire news: listed companies, interview questions, talks looked forward to ----------

@pytest.mark.parametrize("text", [
    "France's <Rhone Chemicals SA> said it had agreed to buy a German dye maker.",
    "Calgary, Alberta, March 18 - <Maple Ridge Resources Ltd> said it reached agreement in principle with its lenders "
    "on a debt rescheduling plan.",
    "SYDNEY - Australia's Southern Registry Ltd. (SRL.AX) has agreed to buy a US share registrar for $292 million.",
])
def test_a_company_the_wire_marks_as_listed_codes_no_event(nlp_lines, text):
    assert _rows(nlp_lines, text) == []


@pytest.mark.parametrize("text", [
    "A Treasury spokesman, asked for an official reaction to the minister's remarks, said he could make no comment.",
    "A Defence Ministry official, asked to comment on the report, declined to give details.",
    "Asked about the border dispute, the Indian foreign minister said talks would continue.",
])
def test_a_question_put_to_a_speaker_is_no_request(nlp_lines, text):
    assert [r for r in _rows(nlp_lines, text) if r["event_type"] == "REQUEST"] == []


def test_a_state_asking_another_is_still_a_request(nlp_lines):
    rows = _rows(nlp_lines, "Iran asked the United Nations to send observers to the border.")
    assert [(r["event_type"], r["source_country"]) for r in rows] == [("REQUEST", "IRN")]


@pytest.mark.parametrize("text", [
    "The Kenyan president said he was looking forward to his talks with the Tanzanian leader.",
    "Blair said he looked forward to meeting the French president next month.",
])
def test_talks_looked_forward_to_are_not_asserted(nlp_lines, text):
    assert _rows(nlp_lines, text) == []
    assert [r["event_type"] for r in _rows(nlp_lines, text, "hypothetical")] == ["CONSULT"]


def test_an_actor_asking_for_something_in_a_participle_still_requests(nlp_lines):
    rows = _rows(nlp_lines, "The two lawyers representing the former leader filed papers on Thursday, asking for "
                            "permission to appeal their appointment by the tribunal.")
    assert [r["event_type"] for r in rows] == ["REQUEST"]
