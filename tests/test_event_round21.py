"""Round 21 of the event rules (issue 10): whom a protest is aimed at (the one its purpose presses, the owner of what
it is against, the body it is staged at, the protesters' own government); joint exercises and drills are military
cooperation (CAMEO 062, as the CAMEO 2.0 verb dictionary codes "hold / begin joint exercises"); forces trained and
data passed to another state's people are cooperation; protests called off are concessions; aid withheld,
contacts curtailed and staff expelled are sanctions; people stripped of their rights, questioned by police, alerts
raised, forgiveness, undertakings; chemical and aerial bombs. Sentences of our own; each class has the senses it must
not fire in."""
import pytest

from tests.conftest import coded_dyads as _dyads
from tests.conftest import coded_events as _rows
from tests.conftest import has_dyad as _has

# --- whom a protest is aimed at ------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "dyad"), [
    ("Hundreds of teachers marched through Nairobi on Tuesday against the government's decision to freeze their pay.",
     ("PROTEST", "KEN", "KEN")),
    ("Bus drivers in Lisbon went on strike on Monday against the government's privatisation plan.",
     ("PROTEST", "PRT", "PRT")),
    ("Zambian miners began an indefinite strike to force the government to scrap a new mining tax.",
     ("PROTEST", "ZMB", "ZMB")),
    ("Thousands of Armenians took to the streets of Yerevan to denounce Prime Minister Nikol Pashinyan.",
     ("PROTEST", "ARM", "ARM")),
    ("Ghanaian nurses launched a nationwide strike over the government's failure to pay their allowances.",
     ("PROTEST", "GHA", "GHA")),
    ("A jailed Egyptian blogger began a hunger strike in protest at his treatment by prison authorities.",
     ("PROTEST", "EGY", "EGY")),
    ("Farmers staged a sit-in outside the agriculture ministry in Warsaw, demanding compensation for cheap grain "
     "imports.", ("PROTEST", None, "POL")),
])
def test_a_protest_is_aimed_at_whom_it_presses(nlp, text, dyad):
    assert _has(_dyads(nlp, text), dyad)


def test_a_protests_stated_demand_is_not_a_second_protest(nlp):
    rows = _rows(nlp, "Students staged a sit-in outside the education ministry in Santiago on Wednesday, demanding "
                      "free university tuition.")
    assert [(r["event_type"], r["target_country"]) for r in rows] == [("PROTEST", "CHL")]


def test_what_a_strike_is_over_is_no_target(nlp):
    rows = _rows(nlp, "Nurses in Dublin went on strike over pay.")
    assert [r["event_type"] for r in rows] == ["PROTEST"] and rows[0]["target_text"] is None


def test_a_crowd_celebrating_is_no_protest(nlp):
    assert _dyads(nlp, "Thousands of fans marched through Madrid to celebrate the title.") == []


# --- joint exercises, training, data passed --------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "dyad"), [
    ("Thai and Malaysian marines began joint exercises off Langkawi on Monday.", ("COOPERATE", "THA", None)),
    ("India held joint naval exercises with France in the Arabian Sea.", ("COOPERATE", "IND", "FRA")),
    ("Russian and Belarusian troops began joint military exercises near the Polish border.",
     ("COOPERATE", "RUS", None)),
    ("Egyptian and Saudi paratroopers held combined drills in the Sinai.", ("COOPERATE", "EGY", None)),
])
def test_joint_exercises_are_military_cooperation(nlp, text, dyad):
    got = _dyads(nlp, text)
    assert _has(got, dyad) and not any(d[0] == "MOBILIZE" for d in got)


def test_exercises_of_ones_own_stay_a_show_of_force(nlp):
    got = _dyads(nlp, "The Chinese navy held exercises near Taiwan.")
    assert _has(got, ("MOBILIZE", "CHN", None)) and not any(d[0] == "COOPERATE" for d in got)


@pytest.mark.parametrize(("text", "dyad"), [
    ("Australian instructors trained Iraqi army units at Taji.", ("COOPERATE", "AUS", "IRQ")),
    ("British officers are training Ukrainian troops on Salisbury Plain.", ("COOPERATE", "GBR", "UKR")),
    ("Seoul passed radar data on the missile launch to Tokyo.", ("COOPERATE", "KOR", "JPN")),
    ("Dutch police shared phone intercepts with their Belgian counterparts.", ("COOPERATE", "NLD", "BEL")),
])
def test_forces_trained_and_data_passed_are_cooperation(nlp, text, dyad):
    assert _has(_dyads(nlp, text), dyad)


@pytest.mark.parametrize("text", [
    "The coach trained the army football team for the cup final.",
    "The company shared data with advertisers.",
])
def test_training_a_team_or_sharing_data_with_firms_is_no_event(nlp, text):
    assert _dyads(nlp, text) == []


# --- protests called off, crowds battling police -----------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Zambian opposition parties on Wednesday called off a week of mass protests planned against the president.",
    "Nigeria's labour unions called off the general strike.",
])
def test_calling_off_protests_is_a_concession(nlp, text):
    got = _dyads(nlp, text)
    assert any(d[0] == "CONCEDE" for d in got) and not any(d[0] == "PROTEST" for d in got)


def test_calling_off_concerts_is_no_event(nlp):
    assert _dyads(nlp, "The organisers called off a week of concerts.") == []


def test_a_crowd_battling_riot_police_protests(nlp):
    got = _dyads(nlp, "Kurdish youths set cars ablaze and battled riot police with stones in Istanbul.")
    assert _has(got, ("PROTEST", None, "TUR")) and not any(d[0] == "ASSAULT" for d in got)


# --- sanctions, coercion, investigation, alerts, forgiveness, undertakings ------------------------------------------

@pytest.mark.parametrize(("text", "dyad"), [
    ("Britain withheld budget support from Malawi after the corruption scandal.", ("SANCTION", "GBR", "MWI")),
    ("China curtailed official contacts with Denmark after the Dalai Lama visit.", ("SANCTION", "CHN", "DNK")),
    ("Khartoum has ordered 13 international aid agencies to leave Darfur.", ("SANCTION", "SDN", None)),
    ("Eritrea expelled the Western staff of the UN mission.", ("SANCTION", "ERI", None)),
    ("The Bahraini interior ministry stripped 72 dissidents of their citizenship.", ("COERCE", "BHR", "BHR")),
    ("Israeli police questioned the prime minister over the donations affair.", ("ACCUSE", "ISR", "ISR")),
    ("Indonesian police declared a state of top alert in Jakarta.", ("MOBILIZE", "IDN", None)),
    ("Spain raised its terrorism alert to level four.", ("MOBILIZE", "ESP", None)),
    ("Philippine President Rodrigo Duterte publicly forgave Japan for the atrocities of its wartime occupation.",
     ("SUPPORT", "PHL", "JPN")),
    ("Riyadh undertook to supply Islamabad with oil on deferred payment.", ("AGREE", "SAU", "PAK")),
])
def test_acts_in_other_words(nlp, text, dyad):
    assert _has(_dyads(nlp, text), dyad)


@pytest.mark.parametrize("text", [
    "The company withheld its dividend.",
    "The party stripped the MP of the whip.",
    "The minister questioned the figures.",
    "The Fed raised interest rates.",
    "The mission undertook a review of its budget.",
    "The British chancellor threatened to raise fuel taxes.",  # (policy; the model lemmatises "taxes" as "taxis")
])
def test_the_same_verbs_in_other_senses_are_no_events(nlp, text):
    assert _dyads(nlp, text) == []


# --- weapons of mass destruction -----------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "dyad"), [
    ("Iraqi warplanes dropped chemical bombs on Kurdish civilians in the town of Halabja.", ("ASSAULT", "IRQ", "IRQ")),
    ("Iraqi forces gassed Kurdish villagers in Halabja in 1988.", ("ASSAULT", "IRQ", "IRQ")),
    ("Russian military intelligence officers poisoned the defector in Salisbury.", ("ASSAULT", "RUS", None)),
    ("Syrian helicopters dropped barrel bombs on rebel-held Daraya.", ("ASSAULT", "SYR", None)),
])
def test_chemical_and_aerial_bombs_are_attacks(nlp, text, dyad):
    assert _has(_dyads(nlp, text), dyad)


@pytest.mark.parametrize("text", [
    "Pollution from the factory poisoned local residents.",
    "Japan dropped its restrictions on imports of Thai chicken.",
])
def test_poisoning_by_pollution_or_dropping_a_ban_is_no_attack(nlp, text):
    assert not any(d[0] == "ASSAULT" for d in _dyads(nlp, text))
