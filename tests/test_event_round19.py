"""Round 19 of the event rules (issue 10): actors that dictionaries name by accident. A party word inside a
union's or a court's name ("the Nigeria Labour Congress"); a party named before a verb is not the next person's
party ("Labour accused President Trump"); transnational armed groups younger than the Phoenix lists ("Islamic
State"), which are no state's government and not of their foreign victims' state; an actor's text that stops
before the act it is accused of. Sentences of our own; each class has the senses it must not fire in."""
import pytest

from tests.conftest import coded_dyads as _dyads
from tests.conftest import coded_events as _rows
from tests.conftest import has_dyad as _has

# --- a party word inside another body's name ---------------------------------------------------------------------

@pytest.mark.parametrize(("text", "country", "sector"), [
    ("The Nigeria Labour Congress accused the government of betraying workers over the fuel subsidy.", "NGA", "LAB"),
    ("The Ghana Labor Congress threatened a general strike over the new electricity tariffs.", None, "LAB"),
    ("Britain's Trades Union Congress urged the government to raise the minimum wage.", "GBR", "LAB"),
])
def test_a_labour_congress_is_a_union_not_a_party(nlp, text, country, sector):
    rows = _rows(nlp, text)
    assert rows and rows[0]["source_sector"] == sector
    assert country is None or rows[0]["source_country"] == country


@pytest.mark.parametrize(("text", "country"), [
    ("The African National Congress accused the Democratic Alliance of stoking racial tension.", "ZAF"),
    ("Labour Party officials accused the Conservatives of lying about hospital waiting lists.", "GBR"),
])
def test_parties_named_with_a_party_word_stay_parties(nlp, text, country):
    rows = _rows(nlp, text)
    assert rows and (rows[0]["source_country"], rows[0]["source_sector"]) == (country, "PTY")


def test_a_labour_court_is_no_party(nlp):
    rows = _rows(nlp, "The Labour Court ordered the dock workers' union to call off its strike in Durban.")
    assert rows and rows[0]["source_sector"] == "JUD"


# --- a party named before the verb belongs to the subject, not to the person after it ----------------------------

@pytest.mark.parametrize(("text", "target"), [
    ("The Labour Party accused President Trump of undermining Nato.", ("USA", "GOV")),
    ("The Liberal Democrats criticised Chancellor Angela Merkel over the bailout terms.", ("DEU", "GOV")),
])
def test_a_party_before_the_verb_is_not_the_objects_party(nlp, text, target):
    rows = _rows(nlp, text)
    assert rows and (rows[0]["target_country"], rows[0]["target_sector"]) == target


def test_a_person_introduced_with_a_party_keeps_it(nlp):
    rows = _rows(nlp, "Former Labour MP Jane Roe attacked the plan, and Tory leader John Doe accused Ms Roe of lying.")
    assert any(r["target_text"] == "Ms Roe" and r["target_country"] == "GBR" for r in rows)


# --- transnational armed groups ------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "country"), [
    ("Islamic State claimed responsibility for the bombing of a Shi'ite mosque in Kunduz.", "AFG"),
    ("Islamic State militants stormed a police post near Tikrit, killing four officers.", "IRQ"),
    ("The Islamic State group beheaded a Japanese hostage, the group's media arm said.", None),
    ("Daesh fighters ambushed a Syrian army convoy near Palmyra on Sunday.", None),
])
def test_islamic_state_is_an_armed_group_of_where_it_fights(nlp, text, country):
    rows = [r for r in _rows(nlp, text) if r["event_type"] == "ASSAULT"]
    assert rows and rows[0]["source_sector"] == "REB"
    assert rows[0]["source_country"] == country or (country is None and rows[0]["source_country"] != "JPN")


@pytest.mark.parametrize("text", [
    "Gunmen kidnapped two German tourists in the Sahara on Friday.",
    "Militants abducted a British aid worker, officials said.",
])
def test_kidnappers_are_not_of_their_foreign_victims_state(nlp, text):
    rows = _rows(nlp, text)
    assert rows and rows[0]["source_country"] is None and rows[0]["target_country"] in ("DEU", "GBR")


def test_rebels_fighting_a_states_soldiers_are_of_that_state(nlp):
    rows = _rows(nlp, "Rebels killed two Ugandan soldiers in an ambush on Tuesday.")
    assert rows and rows[0]["source_country"] == "UGA"


# --- an actor's text stops before the act it is accused of ---------------------------------------------------------

@pytest.mark.parametrize(("text", "target"), [
    ("The Nigeria Labour Congress accused the government of betraying workers.", "the government"),
    ("Opposition MPs accused the interior minister of silencing critics of the new law.", "the interior minister"),
])
def test_the_targets_text_stops_before_a_gerund(nlp, text, target):
    assert target in {r["target_text"] for r in _rows(nlp, text)}


def test_a_participle_used_as_an_adjective_stays_in_the_name(nlp):
    rows = _rows(nlp, "Police arrested the leaders of striking miners in Potosi.")
    assert rows and "striking miners" in rows[0]["target_text"]


# --- warnings of one's own act on a condition, named by the speaker's state or forces --------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Pakistan's foreign minister warned on Friday that Pakistan would close its airspace to Indian airlines if New "
     "Delhi went ahead with the dam.", ("THREATEN", "PAK", None)),
    ("The Houthi leader warned in a televised address that his fighters would fire missiles at Saudi oil "
     "terminals if the air strikes on Sanaa continued.", ("THREATEN", "YEM", "SAU")),
    ("Ankara warned on Tuesday that its troops would take the town by force unless the Kurdish militia "
     "withdrew.", ("THREATEN", "TUR", None)),
    ("Brazil's media regulator warned that it would revoke the licences of two radio stations if they kept "
     "broadcasting false election claims.", ("THREATEN", "BRA", None)),
    ("The Iranian foreign minister warned that Iran would take all necessary measures if the agency's board "
     "passed the resolution.", ("THREATEN", "IRN", None)),
    ("Washington's trade envoy warned that the United States would slap tariffs on Mexican steel if Mexico did "
     "not curb its exports.", ("THREATEN", "USA", None)),
])
def test_a_warning_of_ones_own_states_act_on_a_condition_is_a_threat(nlp, text, expected):
    assert _has(_dyads(nlp, text), expected)


@pytest.mark.parametrize("text", [
    "A Chinese analyst warned that the United States would impose new tariffs if the talks failed.",
    "The Egyptian mediator warned that Hamas fighters would fire more rockets if the strikes went on.",
])
def test_a_warning_of_another_states_act_is_a_forecast(nlp, text):
    assert not any(r["event_type"] == "THREATEN" for r in _rows(nlp, text))


# --- bowing to demands and meeting them: concessions ---------------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Peru's government bowed to the demands of striking miners on Friday and scrapped the new mining tax.",
     ("CONCEDE", "PER", "PER")),
    ("Nigeria's president cut the petrol price by a third, bowing to the main demand of the labour unions.",
     ("CONCEDE", "NGA", "NGA")),
    ("The Thai cabinet approved an amnesty for jailed activists on Tuesday, meeting a key demand of the "
     "opposition.", ("CONCEDE", "THA", "THA")),
    ("Bangladesh's government met the demands of the protesting garment workers after a week of strikes.",
     ("CONCEDE", "BGD", None)),
])
def test_bowing_to_and_meeting_demands_are_concessions(nlp, text, expected):
    assert _has(_dyads(nlp, text), expected)


@pytest.mark.parametrize("text", [
    "The minister met the Chinese delegation in Lima on Monday.",
    "The new stadium meets the demands of modern football.",
    "The actor bowed to the audience after the final scene.",
])
def test_meeting_and_bowing_in_other_senses_concede_nothing(nlp, text):
    assert not any(r["event_type"] == "CONCEDE" for r in _rows(nlp, text))


# --- crowds that chant, mass and demand; walkouts; boycotts of classes and elections --------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Thousands of Armenians, waving flags and chanting slogans against the Azerbaijani blockade, gathered in "
     "Yerevan on Sunday.", ("PROTEST", "ARM", "AZE")),
    ("Students chanted slogans against the military government outside the university in Yangon on Friday.",
     ("PROTEST", "MMR", "MMR")),
    ("Some 50,000 people gathered outside parliament in Tbilisi on Saturday demanding that the prime minister "
     "resign, opposition leaders said.", ("PROTEST", "GEO", "GEO")),
    ("Junior doctors in Kenya began a three-day walkout on Monday over unpaid salaries.", ("PROTEST", "KEN", None)),
    ("Bus drivers in Lagos walked off the job on Tuesday in a strike against the state transport authority.",
     ("PROTEST", "NGA", "NGA")),
    ("Students at Dhaka University boycotted classes on Monday to press the government to scrap the quota "
     "system.", ("PROTEST", "BGD", "BGD")),
    ("Zambia's main opposition party boycotted Thursday's by-election, saying the electoral commission was "
     "biased.", ("PROTEST", "ZMB", None)),
])
def test_crowds_walkouts_and_boycotts_of_classes_are_protests(nlp, text, expected):
    assert _has(_dyads(nlp, text), expected)


@pytest.mark.parametrize("text", [
    "Fans chanted slogans against the referee at the end of the match.",
    "The minister walked off the stage after the heckling.",
    "Some 50,000 people gathered in Rio on Saturday for the carnival parade.",
])
def test_chants_and_walks_in_other_senses_are_no_protests(nlp, text):
    assert not any(r["event_type"] == "PROTEST" for r in _rows(nlp, text))


def test_a_state_boycotting_a_conference_is_still_a_sanction(nlp):
    assert _has(_dyads(nlp, "Arab states boycotted the Israeli-hosted conference in Cairo."), ("SANCTION", None, None))


# --- bombs set off, people raped, executed and rounded up; who planted the bomb; a state's drones ------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Basque separatists detonated a car bomb outside a police barracks in Bilbao on Monday.",
     ("ASSAULT", "ESP", None)),
    ("North Korea exploded a nuclear device at an underground test site on Tuesday.", ("ASSAULT", "PRK", None)),
    ("Maoist rebels blew up a railway line in Jharkhand overnight, police said.", ("ASSAULT", "IND", None)),
    ("Soldiers from the Burmese army raped dozens of Rohingya women in villages near Maungdaw.",
     ("ASSAULT", "MMR", None)),
    ("Islamist militants executed twelve captured soldiers near Palmyra.", ("ASSAULT", None, None)),
    ("Police in Harare rounded up dozens of opposition activists on Friday.", ("COERCE", "ZWE", "ZWE")),
    ("A landmine planted by Tamil Tiger rebels killed four Sri Lankan soldiers near Vavuniya.",
     ("ASSAULT", "LKA", "LKA")),
    ("Ukrainian drones hit an ammunition depot in Russia's Belgorod region overnight.", ("ASSAULT", "UKR", "RUS")),
    ("A Hamas commander was killed when an Israeli missile struck his car in Khan Younis.",
     ("ASSAULT", "ISR", "PSE")),
])
def test_bombs_rapes_executions_and_roundups_are_coded(nlp, text, expected):
    assert _has(_dyads(nlp, text), expected)


@pytest.mark.parametrize("text", [
    "The government executed its plan to cut spending by a fifth.",
    "The finance minister rounded up the figures in his budget speech.",
    "A gas cylinder exploded in a restaurant in Lahore, killing six people.",
    "Sales of electric cars exploded last year in Norway.",
    "The row over the budget blew up on Tuesday.",
])
def test_other_senses_of_execute_explode_and_blow_up_are_no_assaults(nlp, text):
    assert not any(r["event_type"] in ("ASSAULT", "COERCE") for r in _rows(nlp, text))


def test_an_armed_groups_dissidents_stay_an_armed_group(nlp):
    rows = _rows(nlp, "A car bomb planted by FARC dissidents exploded outside an army base in Cucuta, wounding 20 "
                      "people.")
    assert any(r["source_sector"] == "REB" and r["source_country"] == "COL" for r in rows)


# --- calls on a leader misparsed, visitors welcomed to a place, willing to travel to meet, round on, break up ------

@pytest.mark.parametrize(("text", "expected"), [
    ("MANILA - The Philippines' main opposition bloc called on President Rodrigo Duterte on Monday to resign over "
     "the drug war killings.", ("REQUEST", "PHL", "PHL")),
    ("Indonesia's president welcomed his Malaysian counterpart to the palace in Bogor on Monday.",
     ("CONSULT", "IDN", None)),
    ("Austria's chancellor said he was willing to travel to Ankara to meet President Erdogan for talks on "
     "migration.", ("AGREE", "AUT", "TUR")),
    ("The teachers' union rounded on the education secretary on Monday over the new inspection regime.",
     ("ACCUSE", None, None)),
    ("Riot police in Kinshasa broke up a rally of opposition supporters with tear gas on Saturday.",
     ("COERCE", "COD", "COD")),
    ("Police in Nairobi dispersed opposition supporters with tear gas on Monday.", ("COERCE", "KEN", "KEN")),
    ("Brussels froze €200m in development aid to Mali after the coup, an EU spokesman said.", ("SANCTION", None, None)),
])
def test_calls_visits_offers_and_dispersals_are_coded(nlp, text, expected):
    assert _has(_dyads(nlp, text), expected)


@pytest.mark.parametrize(("text", "banned"), [
    ("The minister welcomed the decision to the delight of farmers.", "CONSULT"),
    ("The spokesman rounded off the briefing with a warning about the weather.", "ACCUSE"),
    ("The talks broke up without agreement late on Friday.", "COERCE"),
])
def test_welcoming_rounding_and_breaking_up_in_other_senses(nlp, text, banned):
    assert banned not in {r["event_type"] for r in _rows(nlp, text)}


# --- undertakings given to someone; refusals to yield ---------------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Kenya's president assured opposition leaders on Friday that his government would reform the electoral "
     "commission before the vote.", ("AGREE", "KEN", "KEN")),
    ("Guyana said it would accept the ruling of the International Court of Justice on its border with "
     "Venezuela.", ("AGREE", "GUY", None)),
    ("Japan will not lift its sanctions on North Korea until the abductees are returned, the chief cabinet "
     "secretary said.", ("REJECT", "JPN", "PRK")),
    ("The junta said it would not release the detained opposition leader before the election.",
     ("REJECT", None, None)),
])
def test_undertakings_and_refusals_to_yield(nlp, text, expected):
    assert _has(_dyads(nlp, text), expected)


@pytest.mark.parametrize("text", [
    "The health minister assured reporters that the water was safe to drink.",
    "The mayor assured residents that the power cut had nothing to do with the strike.",
])
def test_an_assurance_of_a_fact_is_no_undertaking(nlp, text):
    assert "AGREE" not in {r["event_type"] for r in _rows(nlp, text)}


def test_a_release_not_yet_made_is_no_refusal(nlp):
    rows = _rows(nlp, "Israel has not yet released the prisoners.", "negated")
    assert rows and rows[0]["event_type"] == "RETREAT"


# --- office holders named in apposition; acts ruled out; leaders the model takes for organisations ------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("The prime minister, Boris Johnson, rejected calls from opposition parties for a public inquiry.",
     ("REJECT", "GBR", None)),
    ("The foreign minister, Sergei Lavrov, accused Nato of provoking the crisis.", ("ACCUSE", "RUS", None)),
    ("Germany ruled out sending fighter jets to Ukraine on Tuesday.", ("REJECT", "DEU", "UKR")),
    ("Australia's prime minister ruled out a royal commission into the bushfires.", ("REJECT", "AUS", None)),
    ("Olaf Scholz on Monday ruled out sending Taurus cruise missiles to Ukraine.", ("REJECT", "DEU", "UKR")),
    ("The BJP accused the Congress of insulting the army.", ("ACCUSE", "IND", "IND")),
    ("The Taoiseach accused the British government of breaking its word on the protocol.", ("ACCUSE", "IRL", "GBR")),
])
def test_office_holders_acts_ruled_out_and_national_parties(nlp, text, expected):
    assert _has(_dyads(nlp, text), expected)


@pytest.mark.parametrize("text", [
    "Germany ruled out sending fighter jets to Ukraine on Tuesday.",
    "The French prime minister ruled out any withdrawal of the pension reform.",
])
def test_an_act_ruled_out_is_not_coded_as_done(nlp, text):
    assert not {"AID", "RETREAT"} & {r["event_type"] for r in _rows(nlp, text)}


def test_the_leaders_own_party_word_is_not_a_partner(nlp):
    rows = _rows(nlp, "Leaders of the Jana Samhati Samiti asked the Bangladesh government to restore land rights.")
    assert rows and rows[0]["target_country"] == "BGD"


# --- laws struck down, gun battles fought, gangs' abductions ---------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Pakistan's Supreme Court struck down the law curbing the chief justice's powers on Thursday.",
     ("REJECT", "PAK", None)),
    ("Colombian troops fought a gun battle with FARC dissidents near the Venezuelan border on Sunday.",
     ("ASSAULT", "COL", "COL")),
    ("Gang members kidnapped a Haitian senator in Port-au-Prince on Tuesday.", ("ASSAULT", None, "HTI")),
])
def test_laws_struck_down_gun_battles_and_gang_abductions(nlp, text, expected):
    assert _has(_dyads(nlp, text), expected)


@pytest.mark.parametrize("text", [
    "The senator fought a long battle with cancer before his death.",
    "Labour fought a bitter battle with the Conservatives over the budget.",
    "The illness struck down half the squad before the final.",
])
def test_battles_and_striking_down_in_other_senses(nlp, text):
    assert not {"ASSAULT", "REJECT"} & {r["event_type"] for r in _rows(nlp, text)}


# --- affairs spokesmen of the opposition ------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "sector"), [
    ("Home Affairs spokesman Mark Oaten demanded assurances from the home secretary.", "OPP"),
    ("Lib Dem home affairs spokesman Mark Oaten accused the home secretary of panicking.", "PTY"),
    ("Foreign Ministry spokesman Qin Gang accused Japan of distorting history.", "GOV"),
    ("A Foreign Office spokesman condemned the arrests of the British journalists.", "GOV"),
])
def test_an_affairs_spokesman_with_no_state_organ_speaks_for_the_opposition(nlp, text, sector):
    rows = _rows(nlp, text)
    assert rows and rows[0]["source_sector"] == sector


# --- expulsions ordered, funding paused, roles suspended, requirements scrapped, threats with "could" -----------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Ankara ordered three Dutch diplomats out of the country on Monday.", ("SANCTION", "TUR", "NLD")),
    ("Hungary's media council ordered an opposition radio station off the air for a week.", ("COERCE", "HUN", None)),
    ("Canada paused its funding for the UN agency pending an inquiry, the minister said.", ("SANCTION", "CAN", None)),
    ("Qatar suspended its role as mediator between Israel and Hamas on Saturday.", ("SANCTION", "QAT", None)),
    ("Brazil will not drop the visa requirement for Australian visitors until Canberra reciprocates, the "
     "foreign ministry said.", ("REJECT", "BRA", "AUS")),
    ("Bowing to a backbench revolt, the chancellor gave way and shelved the cut to winter fuel payments.",
     ("CONCEDE", None, None)),
    ("The election commission revoked its ban on the opposition leader's rallies on Monday.", ("CONCEDE", None, None)),
    ("Kenya's media council warned three newspapers that their permits could be suspended if they kept "
     "publishing leaked exam papers.", ("THREATEN", "KEN", None)),
    ("Police in Srinagar took the separatist leader into custody on Friday.", ("COERCE", "IND", None)),
])
def test_expulsions_pauses_suspensions_and_threats_that_could_fall(nlp, text, expected):
    assert _has(_dyads(nlp, text), expected)


@pytest.mark.parametrize(("text", "banned"), [
    ("The coach ordered his players off the pitch after the racist chants.", "COERCE"),
    ("The bridge gave way under the weight of the lorries.", "CONCEDE"),
    ("The central bank warned lenders that profits could fall if rates kept rising.", "THREATEN"),
    ("The company scaled back its investment plans in Europe.", "RETREAT"),
])
def test_other_senses_of_ordering_off_giving_way_and_scaling_back(nlp, text, banned):
    assert banned not in {r["event_type"] for r in _rows(nlp, text)}
