"""Round 22 of the event rules (issue 10): promises to reform how a state is governed (CAMEO 034-035); works built or
opened by two states together and exercises held by two states' forces (COOPERATE); records passed on to another
state's investigators, however the parser hangs the receiver; tip-offs; foreign forces let in and access granted
(RETREAT, CAMEO 086); parties legalised or unbanned (CONCEDE); goods shipped and money disbursed (AID); missions and
envoys expelled (SANCTION); rioting with stones; titled names the model tags as no person ("King Mohammed VI of
Morocco"); reprisals vowed or warned of, and sanctions a state warns it will impose on another (THREATEN); house
arrest (COERCE). Sentences of our own; each class has the senses it must not fire in."""
import pytest

from tests.conftest import coded_dyads as _dyads
from tests.conftest import has_dyad as _has

# --- promises of political reform --------------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "dyad"), [
    ("Malawi's president promised on Friday to hold a referendum on multiparty rule within a year.",
     ("AGREE", "MWI", None)),
    ("The Thai junta leader pledged to restore civilian rule after a general election next year.",
     ("AGREE", "THA", None)),
    ("Bahrain's king pledged to give the elected chamber more power over the budget.", ("AGREE", "BHR", None)),
    ("Kyrgyz President Askar Akayev offered on Monday to step down before the end of his term.",
     ("AGREE", "KGZ", None)),
    ("King Abdullah II of Jordan vowed on Sunday to amend the constitution to curb his own powers.",
     ("AGREE", "JOR", None)),
    ("The Egyptian president promised in 2011 to lift the emergency law before the parliamentary vote.",
     ("AGREE", "EGY", None)),
])
def test_promises_to_reform_the_state_are_agreements(nlp, text, dyad):
    assert _has(_dyads(nlp, text), dyad)


@pytest.mark.parametrize("text", [
    "Labour pledged to hold a referendum on electoral reform if it won the election.",  # a party's campaign pledge
    "The club promised to hold a vote on the new stadium.",
    "The company vowed to restore power to homes by Friday.",
    "The minister promised to give the matter more thought.",
])
def test_campaign_pledges_and_other_promises_are_no_reform(nlp, text):
    assert not any(d[0] == "AGREE" for d in _dyads(nlp, text))


# --- works built together, exercises by two states' forces -------------------------------------------------------

@pytest.mark.parametrize(("text", "dyad"), [
    ("Bulgaria and Romania opened a second road bridge across the Danube on Friday.", ("COOPERATE", "BGR", "ROU")),
    ("Egypt and Sudan jointly built a power interconnector linking their grids.", ("COOPERATE", "EGY", "SDN")),
    ("Uzbekistan and Afghanistan inaugurated a railway from Termez to Mazar-i-Sharif on Tuesday.",
     ("COOPERATE", "UZB", "AFG")),
    ("Russia completed a gas pipeline to Turkey under the Black Sea.", ("COOPERATE", "RUS", "TUR")),
    ("Qatari and Turkish commandos held their annual exercises near Doha on Monday.", ("COOPERATE", "QAT", None)),
    ("Spanish and Moroccan troops began joint military exercises near Ceuta.", ("COOPERATE", "ESP", None)),
])
def test_works_built_and_exercises_held_together_are_cooperation(nlp, text, dyad):
    assert _has(_dyads(nlp, text), dyad)


@pytest.mark.parametrize("text", [
    "The council opened a new footbridge over the river on Friday.",
    "Network Rail completed the railway upgrade ahead of schedule.",
    "The Chinese navy held exercises near Taiwan.",  # one state's forces: a show of force
])
def test_works_of_one_body_and_one_states_exercises_are_no_cooperation(nlp, text):
    assert not any(d[0] == "COOPERATE" for d in _dyads(nlp, text))


def test_one_states_exercises_stay_a_show_of_force(nlp):
    assert _has(_dyads(nlp, "The Chinese navy held exercises near Taiwan."), ("MOBILIZE", "CHN", None))


# --- records passed on, tip-offs ---------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "dyad"), [
    ("Dutch police passed details of the suspected smuggling network to their Belgian counterparts.",
     ("COOPERATE", "NLD", "BEL")),
    ("Ankara shared recordings of the interrogation of the suspects with Baghdad.", ("COOPERATE", "TUR", "IRQ")),
    ("Swiss prosecutors handed over files linked to the former dictator to Tunisian investigators.",
     ("COOPERATE", "CHE", "TUN")),
    ("Moroccan intelligence tipped off French police about a planned attack on a church in Paris.",
     ("COOPERATE", "MAR", "FRA")),
    ("Pakistan's ISI tipped off the CIA about the courier's movements.", ("COOPERATE", "PAK", "USA")),
])
def test_records_passed_on_and_tip_offs_are_cooperation(nlp, text, dyad):
    assert _has(_dyads(nlp, text), dyad)


@pytest.mark.parametrize("text", [
    "Police were tipped off by a neighbour.",
    "The minister handed the documents related to the contract to a journalist.",
])
def test_tip_offs_from_the_public_and_papers_to_lawyers_are_no_cooperation(nlp, text):
    assert not any(d[0] == "COOPERATE" for d in _dyads(nlp, text))


# --- foreign forces let in, access granted, parties legalised ------------------------------------------------------

@pytest.mark.parametrize(("text", "dyad"), [
    ("Freetown allowed a Nigerian-led regional force into the capital in February.", ("RETREAT", "SLE", None)),
    ("Burundi admitted the first battalion of an African Union peacekeeping force on Sunday.",
     ("RETREAT", "BDI", None)),
    ("Pyongyang granted UN inspectors access to the Yongbyon reactor.", ("RETREAT", "PRK", None)),
    ("Kenya's parliament legalised opposition parties in December 1991.", ("CONCEDE", "KEN", "KEN")),
    ("The Zambian president unbanned the opposition party on Friday.", ("CONCEDE", "ZMB", None)),
])
def test_forces_let_in_access_granted_and_parties_legalised_yield(nlp, text, dyad):
    assert _has(_dyads(nlp, text), dyad)


@pytest.mark.parametrize(("text", "etype"), [
    ("The interior minister allowed the security forces to use tear gas.", "RETREAT"),
    ("Parliament legalised cannabis for medical use.", "CONCEDE"),
    ("The museum granted researchers access to its archive.", "RETREAT"),
])
def test_own_forces_drugs_and_archives_are_no_yielding(nlp, text, etype):
    assert not any(d[0] == etype for d in _dyads(nlp, text))


# --- aid shipped or disbursed, missions expelled, rioting -------------------------------------------------------

@pytest.mark.parametrize(("text", "dyad"), [
    ("Japan shipped 30,000 tonnes of rice and fertiliser to famine-hit North Korea.", ("AID", "JPN", "PRK")),
    ("Moscow shipped artillery shells to the Syrian army last year.", ("AID", "RUS", "SYR")),
    ("The World Bank disbursed $300 million to Ghana's government in budget support.", ("AID", None, "GHA")),
    ("Managua expelled a UN human rights mission on Thursday.", ("SANCTION", "NIC", None)),
    ("The head of the OSCE observer team was expelled by Belarus on Monday.", ("SANCTION", "BLR", None)),
    ("Rioters in the Paris suburb of Clichy pelted police with stones.", ("PROTEST", "FRA", None)),
    ("Angry protesters in Lagos ransacked the governor's office on Monday.", ("PROTEST", "NGA", "NGA")),
])
def test_aid_shipped_missions_expelled_and_riots(nlp, text, dyad):
    assert _has(_dyads(nlp, text), dyad)


@pytest.mark.parametrize("text", [
    "Amazon shipped two million parcels to customers in Britain.",
    "The school expelled the head of the student union.",
])
def test_parcels_and_pupils_are_no_aid_or_sanction(nlp, text):
    assert _dyads(nlp, text) == []


# --- threats of reprisal, house arrest ---------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "dyad"), [
    ("Ankara vowed retaliatory measures against Vienna after the Austrian ban on its imams.",
     ("THREATEN", "TUR", "AUT")),
    ("Algeria warned Morocco of punitive measures over the closure of the border.", ("THREATEN", "DZA", "MAR")),
    ("Moscow warned Tbilisi of unspecified countermeasures if it joined the alliance.", ("THREATEN", "RUS", "GEO")),
    ("Canberra warned it would impose sanctions on Fiji over the coup.", ("THREATEN", "AUS", "FJI")),
    ("The Kurdish negotiator warned that his delegation would walk out of the talks if Baghdad cut the budget.",
     ("THREATEN", None, "IRQ")),
    ("The Bolivian president warned he would place La Paz under a state of siege if the blockades continued.",
     ("THREATEN", "BOL", None)),
    ("The Sudanese army put the prime minister under house arrest on Monday.", ("COERCE", "SDN", None)),
])
def test_reprisals_vowed_and_house_arrest(nlp, text, dyad):
    assert _has(_dyads(nlp, text), dyad)


@pytest.mark.parametrize("text", [
    "The chancellor vowed tough measures to curb tax avoidance.",
    "The council placed the building under a conservation order.",
    "The health secretary warned that smokers would face higher taxes.",
])
def test_policy_measures_and_listed_buildings_are_no_threat(nlp, text):
    assert _dyads(nlp, text) == []


# --- whom mediation, drills and seizures are aimed at; the Pope; appeals for peace -------------------------------

@pytest.mark.parametrize(("text", "dyad"), [
    ("Algeria mediated between the Malian government and Tuareg rebels in Algiers.", ("CONSULT", "DZA", "MLI")),
    ("The Chinese navy staged live-fire drills in the waters around Taiwan on Monday.", ("MOBILIZE", "CHN", "TWN")),
    ("Dutch customs seized a yacht belonging to a Russian oligarch in Amsterdam.", ("COERCE", "NLD", "RUS")),
    ("Pope Francis urged the Nicaraguan government to free the jailed bishop.", ("REQUEST", "VAT", "NIC")),
    ("The Pope met the Iraqi prime minister in Baghdad on Friday.", ("CONSULT", "VAT", "IRQ")),
])
def test_sides_mediated_states_ringed_owners_and_the_pope(nlp, text, dyad):
    assert _has(_dyads(nlp, text), dyad)


def test_riot_police_deployed_are_the_deployers_own(nlp):
    rows = _dyads(nlp, "Zimbabwean authorities deployed thousands of riot police across Harare on Friday.")
    assert ("MOBILIZE", "ZWE", None) in rows


@pytest.mark.parametrize("text", [
    "Pope Francis appealed for an end to the bloodshed in Sudan in his Sunday prayer.",
    "Nigeria's Catholic bishops appealed for calm ahead of the presidential run-off.",
    "The UN secretary-general called for an end to the fighting in the Sahel.",
])
def test_general_appeals_for_peace_are_no_events(nlp, text):
    assert _dyads(nlp, text) == []


# --- what is not reported as news: history dated back, no comment, deliberation, results, appeals for funds --------

@pytest.mark.parametrize("text", [
    "Forty years ago this month, Argentine troops invaded the Falkland Islands.",
    "Veterans gathered in Normandy on Thursday, 80 years to the day after Allied troops landed on the beaches.",
    "The 2005 bombings of the London transport network killed 52 people.",
    "The Foreign Office declined to comment on reports that Britain had expelled two Iranian diplomats.",
    "The Spanish cabinet is still weighing whether to send tanks to Ukraine.",
    "Zambia's opposition is considering whether to boycott the run-off.",
    "Wales beat France 24-18 in Cardiff on Saturday.",
    "The opener struck a century as Pakistan beat Sri Lanka by six wickets in Karachi.",
    "Unicef appealed on Monday for $40 million to feed children in the Sahel.",
    "The mayor of Lagos called on residents to stay indoors during the storm.",
])
def test_acts_not_reported_as_news_are_no_events(nlp, text):
    assert not any(d[0] in ("ASSAULT", "SANCTION", "AID", "PROTEST", "REQUEST", "CONSULT") for d in _dyads(nlp, text))


@pytest.mark.parametrize(("text", "dyad"), [
    ("Two days ago, Islamist militants attacked an army post near Gao.", ("ASSAULT", None, None)),
    ("Sudan, which declined to comment on the deal, expelled the Chadian ambassador on Monday.",
     ("SANCTION", "SDN", "TCD")),
    ("Rwandan troops beat back a rebel assault on Gisenyi on Sunday.", ("ASSAULT", "RWA", None)),
    ("Oxfam appealed to European governments for $20 million in aid for Yemen.", ("REQUEST", None, None)),
])
def test_the_news_beside_those_frames_stays(nlp, text, dyad):
    assert _has(_dyads(nlp, text), dyad)


# --- refusals whose infinitive the parser hangs on a date; findings as sources --------------------------------------

@pytest.mark.parametrize(("text", "etype"), [
    ("The Kenyan cabinet declined on Monday to lift the ban on the opposition rally.", "REJECT"),
    ("Harare refused in 2002 to revoke the expulsion order against the British journalist.", "REJECT"),
    ("The Egyptian president promised in 2011 to hold free elections within six months.", "AGREE"),
])
def test_acts_hung_on_a_date_keep_their_governor(nlp, text, etype):
    types = [d[0] for d in _dyads(nlp, text)]
    assert etype in types and "CONCEDE" not in types


def test_an_inquiry_that_concluded_is_the_source_not_an_event(nlp):
    assert not any(d[0] in ("COOPERATE", "ACCUSE") for d in _dyads(
        nlp, "Turkish forces shelled Kurdish positions near Afrin, a joint investigation by Human Rights Watch and "
             "Amnesty International concluded."))


# --- demands voiced by a protest act -----------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "dyad"), [
    ("Thousands of Serbs poured into Belgrade's main square on Sunday to press for the resignation of the government.",
     ("PROTEST", "SRB", None)),
    ("A jailed Bahraini activist began an indefinite fast on Monday to press the authorities to free his brother.",
     ("PROTEST", None, None)),
    ("Greek farmers blockaded border crossings with tractors, demanding that the government cut fuel taxes.",
     ("PROTEST", None, None)),
    ("Protesters demanding the president's resignation hurled stones at police in Kinshasa.", ("PROTEST", "COD", None)),
    ("Hundreds of students stormed the education ministry in Dhaka, smashing windows and demanding the minister's "
     "resignation.", ("PROTEST", "BGD", None)),
])
def test_demands_voiced_by_a_protest_act_are_protests(nlp, text, dyad):
    got = _dyads(nlp, text)
    assert _has(got, dyad) and not any(d[0] == "REQUEST" for d in got)


@pytest.mark.parametrize("text", [
    "The Kenyan foreign minister flew to Kampala to press the Ugandan government to hand over the suspects.",
    "The opposition leader wrote to the prime minister, demanding an inquiry into the shooting.",
])
def test_demands_made_at_meetings_or_in_letters_stay_requests(nlp, text):
    assert any(d[0] == "REQUEST" for d in _dyads(nlp, text))


# --- cases brought at court, probes of officials --------------------------------------------------------------------

@pytest.mark.parametrize(("text", "dyad"), [
    ("Guyana filed a case against Venezuela at the International Court of Justice over the Essequibo region.",
     ("ACCUSE", "GUY", "VEN")),
    ("Ukraine instituted proceedings against Russia at the UN's top court on Saturday.", ("ACCUSE", "UKR", "RUS")),
    ("South Korean prosecutors are probing two former defence ministers over the martial law decree.",
     ("ACCUSE", "KOR", None)),
    ("Italian prosecutors opened an investigation into bribes paid by the Nigerian oil minister.",
     ("ACCUSE", "ITA", "NGA")),
])
def test_cases_brought_and_officials_probed_are_accusations(nlp, text, dyad):
    assert _has(_dyads(nlp, text), dyad)


@pytest.mark.parametrize("text", [
    "Investigators are probing the cause of the crash.",
    "In the case of Iran, the minister said the sanctions would stay.",
    "The police brought the case of the missing girl to the attention of the public.",
])
def test_probed_causes_and_cases_in_point_are_no_accusations(nlp, text):
    assert not any(d[0] == "ACCUSE" for d in _dyads(nlp, text))


@pytest.mark.parametrize(("text", "dyad"), [
    ("Turkey handed over two armed drones to the Nigerien army on Monday.", ("AID", "TUR", "NER")),
    ("Japan provided Sri Lanka with a $50 million emergency aid package on Friday.", ("AID", "JPN", "LKA")),
])
def test_arms_handed_over_and_packages_provided_are_aid(nlp, text, dyad):
    assert _has(_dyads(nlp, text), dyad)


@pytest.mark.parametrize(("text", "dyad"), [
    ("Croatian forces drove thousands of Serbs out of the Krajina region in August 1995.", ("ASSAULT", "HRV", None)),
    ("Thousands of Rohingya villagers were driven from their homes by Myanmar soldiers.", ("ASSAULT", "MMR", "MMR")),
])
def test_people_driven_out_by_force_are_attacked(nlp, text, dyad):
    assert _has(_dyads(nlp, text), dyad)


@pytest.mark.parametrize("text", [
    "The floods drove thousands of families from their homes.",
    "The prime minister drove from Downing Street to the palace.",
])
def test_floods_and_car_journeys_drive_no_one_out(nlp, text):
    assert _dyads(nlp, text) == []


# --- after the blind check of BBC politics: "she" is a person, habits and who people are are no acts --------------

def test_she_after_a_clause_about_a_thing_is_the_speaker(nlp):
    got = _dyads(nlp, "Culture Secretary Tessa Jowell said a delay would be disastrous and she accused the Tories of "
                      "opportunism.")
    assert ("ACCUSE", "GBR", "GBR") in got


@pytest.mark.parametrize("text", [
    "His prospects of promotion remained remote because he tended to defy the party whips.",
    "The prison has been dubbed Britain's Guantanamo by campaigners opposed to the anti-terror laws.",
])
def test_habits_and_descriptions_are_no_acts(nlp, text):
    assert _dyads(nlp, text) == []


# --- an agentless act of the state, told by its own office ---------------------------------------------------------

@pytest.mark.parametrize(("text", "dyad"), [
    ("The Home Secretary has said the detainees will not be freed at present.", ("REJECT", "GBR", None)),
    ("Kenyan police said two opposition activists had been arrested in Nairobi.", ("COERCE", "KEN", "KEN")),
])
def test_the_state_office_telling_of_its_own_act_is_its_source(nlp, text, dyad):
    assert _has(_dyads(nlp, text), dyad)


@pytest.mark.parametrize("text", [
    "The Iraqi interior minister said a senior insurgent commander had been captured near Mosul.",  # by forces
    "A US prosecutor said several suspects had been arrested in Argentina and Poland.",  # by their own police
])
def test_a_minister_or_a_foreign_office_telling_of_arrests_is_no_source(nlp, text):
    got = _dyads(nlp, text)
    assert not any(d[0] == "COERCE" and d[1] is not None for d in got)
