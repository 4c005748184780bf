"""Round 20 of the event rules (issue 10): the groups a government deals with at home named by their leaders
("student leaders", "leaders of the farmers' unions"); forces put on alert, on standby or mobilised by the minister
or head of state who commands them; a promise made to bite on another's conduct (a threat); monitors, observers and
diplomats pulled out of a country (a sanction, not a retreat); concessions made "bowing to weeks of protests".
Sentences of our own; each class has the senses it must not fire in."""
import pytest

from tests.conftest import coded_dyads as _dyads
from tests.conftest import coded_events as _rows
from tests.conftest import has_dyad as _has

# --- the leaders of a group speak for it -----------------------------------------------------------------------

@pytest.mark.parametrize(("text", "dyad", "sector"), [
    ("Thailand's prime minister promised student leaders on Monday that the emergency decree would be lifted "
     "within a month.", ("AGREE", "THA", None), "EDU"),
    ("Chile's labour minister met union representatives in Santiago to discuss the copper strike.",
     ("CONSULT", None, None), "LAB"),
    ("Peru's prime minister promised to meet leaders of the striking miners' unions in Lima before Friday.",
     ("AGREE", None, None), "LAB"),
])
def test_leaders_of_a_group_take_its_sector(nlp, text, dyad, sector):
    rows = _rows(nlp, text)
    assert _has(_dyads(nlp, text), dyad)
    assert any(r["target_sector"] == sector for r in rows)


def test_leaders_alone_are_no_event(nlp):
    assert _dyads(nlp, "Business leaders said on Tuesday that the economy would slow next year.") == []


# --- forces alerted or mobilised by those who command them ------------------------------------------------------

@pytest.mark.parametrize(("text", "country"), [
    ("Greece's defence minister put 2,000 troops on standby along the Evros border on Sunday.", "GRC"),
    ("Armenia's prime minister mobilised a further 5,000 reservists after the clashes on the frontier.", "ARM"),
    ("The Indian home minister placed paramilitary units on high alert in Manipur after the ambush.", "IND"),
    ("Serbian President Aleksandar Vucic decreed a general mobilisation of the army's reservists.", "SRB"),
])
def test_a_minister_mobilising_forces_is_a_show_of_force(nlp, text, country):
    assert _has(_dyads(nlp, text), ("MOBILIZE", country, None))


@pytest.mark.parametrize("text", [
    "The minister mobilised party volunteers for the by-election in Hartlepool.",
    "The Kenyan government put the road-building plan on standby until the budget is passed.",
])
def test_what_is_no_force_is_not_mobilised(nlp, text):
    assert not any(d[0] == "MOBILIZE" for d in _dyads(nlp, text))


def test_own_reservists_are_not_the_target(nlp):
    rows = _rows(nlp, "President Ilham Aliyev decreed a partial mobilisation of Azerbaijani reservists on Friday.")
    assert rows and rows[0]["event_type"] == "MOBILIZE" and rows[0]["target_text"] is None


# --- a promise that bites on another's conduct is a threat --------------------------------------------------------

@pytest.mark.parametrize(("text", "dyad"), [
    ("Serbia's president vowed on Sunday to take the northern towns from the Kosovo police if they did not leave "
     "by Friday.", ("THREATEN", "SRB", None)),
    ("Azerbaijan's president vowed to push new sanctions against Armenia if its troops stayed in the villages.",
     ("THREATEN", "AZE", "ARM")),
])
def test_a_promise_hanging_on_anothers_conduct_is_a_threat(nlp, text, dyad):
    assert _has(_dyads(nlp, text), dyad)


@pytest.mark.parametrize("text", [
    "The Zambian president promised to rebuild the market if he is re-elected in August.",
    "Kenya's opposition pledged to scrap the housing levy if it wins the election.",
])
def test_a_campaign_pledge_on_ones_own_success_is_no_threat(nlp, text):
    assert not any(d[0] == "THREATEN" for d in _dyads(nlp, text))


# --- monitors and diplomats pulled out -----------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "dyad"), [
    ("The African Union pulled its observers out of Burundi ahead of the disputed vote.", ("SANCTION", None, "BDI")),
    ("Canada pulled its diplomats out of Caracas on Friday.", ("SANCTION", "CAN", "VEN")),
    ("The OSCE withdrew its monitors from Belarus after the election.", ("SANCTION", None, "BLR")),
])
def test_pulling_monitors_or_diplomats_out_is_a_sanction(nlp, text, dyad):
    assert _has(_dyads(nlp, text), dyad)


def test_troops_pulled_out_still_retreat(nlp):
    got = _dyads(nlp, "Russia pulled its troops out of Georgia on Thursday.")
    assert _has(got, ("RETREAT", "RUS", "GEO")) and not any(d[0] == "SANCTION" for d in got)


# --- concessions made bowing to spells of pressure -------------------------------------------------------------

@pytest.mark.parametrize(("text", "dyad", "target"), [
    ("Bowing to weeks of strikes by port workers, the Chilean government withdrew the port privatisation bill.",
     ("CONCEDE", "CHL", None), "port workers"),
    ("Yielding to months of pressure from opposition parties, Zambia's president sacked the head of the electoral "
     "commission.", ("CONCEDE", "ZMB", None), "opposition parties"),
    ("The Ecuadorian government, bowing to a week of roadblocks by indigenous groups, lifted the fuel price rise.",
     ("CONCEDE", "ECU", None), None),
])
def test_bowing_to_a_spell_of_pressure_is_a_concession(nlp, text, dyad, target):
    rows = _rows(nlp, text)
    assert _has(_dyads(nlp, text), dyad)
    assert target is None or any(r["target_text"] == target for r in rows if r["event_type"] == "CONCEDE")


def test_bowing_to_an_audience_is_no_concession(nlp):
    assert not any(d[0] == "CONCEDE" for d in _dyads(nlp, "Bowing to the crowd, the singer left the stage."))


# --- American offices and departments named without their state ------------------------------------------------

@pytest.mark.parametrize(("text", "dyad"), [
    ("The Treasury Department froze the assets of three Venezuelan generals on Thursday.", ("SANCTION", "USA", "VEN")),
    ("Deputy Secretary of State Ellen Marsh urged Kosovo's prime minister to scrap the new border tax.",
     ("REQUEST", "USA", None)),
])
def test_american_offices_give_their_state(nlp, text, dyad):
    assert _has(_dyads(nlp, text), dyad)


def test_a_secretary_of_state_for_a_british_portfolio_is_not_american(nlp):
    rows = _rows(nlp, "Paul Murphy, the Secretary of State for Northern Ireland, urged the IRA to disarm.")
    assert rows and rows[0]["source_country"] != "USA"


# --- talks that go on, and talks or joint work an actor says it will hold ----------------------------------------

def test_talks_going_into_another_day_are_held(nlp):
    assert _has(_dyads(nlp, "Israel and Hamas went into a second week of talks in Cairo on Monday."),
                ("CONSULT", "ISR", None))


@pytest.mark.parametrize(("text", "dyad"), [
    ("The Peruvian government said on Monday it would open peace talks with the Shining Path rebels.",
     ("AGREE", "PER", None)),
    ("The Kenyan army will begin joint patrols with Somali troops along the border next month, a Kenyan military "
     "spokesman said.", ("AGREE", "KEN", None)),
    ("Egypt will back Sudan's bid for a seat on the council, Foreign Minister Amr Moussa said.",
     ("AGREE", "EGY", "SDN")),
])
def test_an_undertaking_told_by_ones_own_side_is_an_agreement(nlp, text, dyad):
    assert _has(_dyads(nlp, text), dyad)


@pytest.mark.parametrize("text", [
    "Iranian forces will attack the tankers within days, a US official said.",
    "The city council will meet next week to decide on the congestion charge.",
    "The government said it would consult on how to bring forward its own measures.",
])
def test_forecasts_and_bodies_meeting_alone_are_not_asserted(nlp, text):
    assert _dyads(nlp, text) == []


def test_a_date_is_no_group(nlp):
    rows = _rows(nlp, "Russia will scrap visa requirements for Moldovan citizens from May 15, the Kremlin said.")
    assert rows and all(r["target_text"] != "May 15" for r in rows)


# --- what one's own side will yield, told to those it is yielded to; warnings in other words ----------------------

@pytest.mark.parametrize(("text", "dyad"), [
    ("Burkina Faso's junta told visiting ECOWAS envoys on Sunday that it would hand power to civilians within a year.",
     ("AGREE", "BFA", None)),
    ("Egypt's government has told the International Monetary Fund that it will scrap bread subsidies next year.",
     ("AGREE", "EGY", None)),
    ("EU officials told Serbian negotiators in Brussels that the bloc would lift the visa rules once the border "
     "deal was signed.", ("AGREE", None, "SRB")),
])
def test_telling_someone_what_ones_side_will_yield_is_a_promise(nlp, text, dyad):
    assert _has(_dyads(nlp, text), dyad)


@pytest.mark.parametrize("text", [
    "The prime minister told MPs that the government would lift the ban on fox hunting.",
    "The minister told reporters on Monday that he would release the report next week.",
    "The foreign minister told visiting Chinese officials that the deal was dead.",
])
def test_telling_parliament_the_press_or_a_view_is_no_promise(nlp, text):
    assert not any(d[0] == "AGREE" for d in _dyads(nlp, text))


@pytest.mark.parametrize(("text", "dyad"), [
    ("Qatar told Hamas's leaders that it would expel them unless they returned to the talks.",
     ("THREATEN", "QAT", None)),
    ("Washington cautioned Nairobi that it would freeze new lending unless the election was rerun.",
     ("THREATEN", "USA", "KEN")),
    ("The State Department warned Nigerian officials that their visas would be revoked if the bill became law.",
     ("THREATEN", "USA", "NGA")),
])
def test_warnings_in_other_words_are_threats(nlp, text, dyad):
    assert _has(_dyads(nlp, text), dyad)


def test_a_caution_about_the_economy_is_no_threat(nlp):
    assert _dyads(nlp, "The finance minister cautioned on Tuesday that growth would slow next year.") == []


# --- territory occupied, states recognised, aid delivered, deposited or dropped from the air ------------------------

@pytest.mark.parametrize(("text", "dyad"), [
    ("Turkish troops occupied the Kurdish-held town of Afrin in March.", ("COERCE", "TUR", "SYR")),
    ("Sweden recognised Palestine as a state in 2014.", ("SUPPORT", "SWE", "PSE")),
    ("The Pentagon delivered the first batch of rocket launchers to Ukrainian forces in June.", ("AID", "USA", "UKR")),
    ("Saudi Arabia deposited $2 billion in the central bank of Egypt to shore up its reserves.", ("AID", "SAU", "EGY")),
])
def test_occupation_recognition_and_aid(nlp, text, dyad):
    assert _has(_dyads(nlp, text), dyad)


@pytest.mark.parametrize("text", [
    "The party occupies the centre ground of British politics.",
    "Investors deposited $3 billion in money market funds last week.",
    "The minister recognised the problem as a serious one.",
])
def test_occupying_a_position_depositing_savings_or_recognising_a_problem_are_no_events(nlp, text):
    assert _dyads(nlp, text) == []


# --- expulsions, deportations and extraditions named as nouns, with their agent -----------------------------------

@pytest.mark.parametrize(("text", "dyad"), [
    ("The expulsion of two Czech diplomats by Moscow was announced on Monday.", ("SANCTION", "RUS", "CZE")),
    ("The expulsion of 20 foreign aid groups from Tigray was ordered by Addis Ababa on Friday.",
     ("SANCTION", "ETH", None)),
    ("The deportation of 40 Afghan asylum seekers by the Austrian authorities began on Tuesday.",
     ("COERCE", "AUT", "AFG")),
])
def test_nominal_expulsions_and_deportations_with_their_agent(nlp, text, dyad):
    assert _has(_dyads(nlp, text), dyad)


@pytest.mark.parametrize("text", [
    "The Tories want the deportation of failed asylum seekers to be speeded up.",
    "The expulsion of the Jews from Spain in 1492 shaped the diaspora.",
])
def test_deportation_as_policy_or_history_is_no_event(nlp, text):
    assert _dyads(nlp, text) == []


# --- a request, visa or permission denied is a rejection; allegations denied are a statement ----------------------

@pytest.mark.parametrize(("text", "dyad"), [
    ("Ankara denied Sweden's request for the extradition of 30 Kurdish activists.", ("REJECT", "TUR", "SWE")),
    ("Hungary denied overflight permission to Russian military planes on Friday.", ("REJECT", "HUN", None)),
])
def test_denying_a_request_or_permission_is_a_rejection(nlp, text, dyad):
    assert _has(_dyads(nlp, text), dyad)


def test_denying_allegations_is_no_event(nlp):
    assert _dyads(nlp, "The Kenyan interior minister denied the allegations of police brutality.") == []


# --- party politicians the dictionaries lack keep their state ---------------------------------------------------

@pytest.mark.parametrize(("text", "dyad"), [
    ("Nicola Sturgeon accused the Treasury of short-changing Scotland.", ("ACCUSE", "GBR", None)),
    ("Julius Malema accused President Cyril Ramaphosa of protecting corrupt ministers.", ("ACCUSE", "ZAF", "ZAF")),
    ("Senator Lindsey Graham criticised Turkey over its offensive in northern Syria.", ("ACCUSE", "USA", "TUR")),
])
def test_politicians_on_our_list_keep_their_state(nlp, text, dyad):
    assert _has(_dyads(nlp, text), dyad)


def test_a_listed_politicians_office_comes_from_the_text(nlp):
    rows = _rows(nlp, "Charlie Flanagan, the Irish justice minister, pledged to keep sharing intelligence with "
                      "British police.")
    assert rows and (rows[0]["source_country"], rows[0]["source_sector"]) == ("IRL", "GOV")


@pytest.mark.parametrize("text", [
    "Secretary of State Ellen Marsh called on Tunisian President Kais Saied to restore the suspended parliament.",
    "The German chancellor called on Belarusian President Alexander Lukashenko to free the jailed protesters.",
])
def test_a_call_on_a_titled_leader_is_a_request(nlp, text):
    assert any(d[0] == "REQUEST" and d[2] is not None for d in _dyads(nlp, text))


# --- national forces and agencies named by their own names --------------------------------------------------------

@pytest.mark.parametrize(("text", "dyad"), [
    ("The RAF flew 20 tonnes of tents and blankets to flood-hit Pakistan on Sunday.", ("AID", "GBR", "PAK")),
    ("The IDF shelled Hezbollah positions near the Litani river.", ("ASSAULT", "ISR", None)),
    ("The FSB detained an Estonian officer on the border near Pskov.", ("COERCE", "RUS", None)),
])
def test_national_forces_by_name_give_their_state(nlp, text, dyad):
    assert _has(_dyads(nlp, text), dyad)


def test_a_police_appeal_to_anyone_is_no_request(nlp):
    assert _dyads(nlp, "Gardai appealed for anyone who was in the area on Saturday night to come forward.") == []
