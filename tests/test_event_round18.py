"""Round 18 of the event rules (issue 10): domestic politics as regional and national wires report it. Warnings
of one's own coercive act made to hang on a condition; envoys, missions and aid groups told to leave; payments
and supplies stopped; parties dissolved and politicians barred; crowds brought onto the streets; probes into
whether someone did something; public bodies named by their kind (commissions, speakers, commands, intelligence
agencies, watchdogs, rangers). Sentences of our own; each class has the senses it must not fire in."""
import pytest

from tests.conftest import coded_dyads as _dyads
from tests.conftest import coded_events as _rows
from tests.conftest import has_dyad as _has

# --- conditional warnings of one's own act: threats ------------------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Pakistan's interior minister warned on Monday that the government would ban the group if its supporters "
     "blocked the motorway again.", ("THREATEN", "PAK", None)),
    ("Cambodia's prime minister warned that the opposition party could be dissolved if its leaders kept "
     "insulting the king.", ("THREATEN", "KHM", "KHM")),
    ("The governor of Lagos warned that a curfew would be imposed on the city if the looting continued.",
     ("THREATEN", "NGA", None)),
    ("Kenya's interior minister warned that police would arrest anyone who joined the banned rally if it went "
     "ahead.", ("THREATEN", "KEN", None)),
    ("The Moro rebels warned that they could pull out of the talks with Manila if the army kept raiding their "
     "camps.", ("THREATEN", None, "PHL")),
    ("The teachers' union warned that its members would walk out next month unless the government restored the "
     "old pension scheme.", ("THREATEN", None, None)),
])
def test_a_warning_of_ones_own_act_on_a_condition_is_a_threat(nlp, text, expected):
    assert _has(_dyads(nlp, text), expected)


@pytest.mark.parametrize("text", [
    "The central bank warned that inflation would rise if oil prices kept climbing.",
    "The UN warned that thousands would die if aid did not reach the camps.",
    "Analysts warned that the coalition could collapse if the budget failed.",
    "Doctors warned that hospitals would run out of oxygen if the heatwave continued.",
])
def test_a_forecast_on_a_condition_is_no_threat(nlp, text):
    assert not any(r["event_type"] == "THREATEN" for r in _rows(nlp, text))


def test_a_warning_addressed_to_someone_stays_aimed_at_them(nlp):
    assert ("THREATEN", "AZE", "ARM") in _dyads(nlp, "Azerbaijan's defence minister warned Armenia on Tuesday that "
                                                     "his forces would strike its positions if the shelling continued.")


# --- told to leave, payments stopped: sanctions ---------------------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Venezuela gave the Spanish ambassador 72 hours to leave the country on Friday.", ("SANCTION", "VEN", "ESP")),
    ("Mali's junta gave the French ambassador 72 hours to leave the country.", ("SANCTION", "MLI", "FRA")),
    ("Nepal's government told the UN mission to pack up and leave the country by January.",
     ("SANCTION", "NPL", None)),
    ("Niger's military rulers told the French ambassador to leave Niamey within 48 hours.", ("SANCTION", None, "FRA")),
    ("India's central government has stopped releasing rural job funds to West Bengal, state officials said.",
     ("SANCTION", "IND", "IND")),
    ("The federal government in Buenos Aires halted fund transfers to Chubut province on Friday.",
     ("SANCTION", "ARG", None)),
    ("The World Bank suspended disbursements to Mali after the coup.", ("SANCTION", None, "MLI")),
])
def test_envoys_told_to_leave_and_funds_stopped_are_sanctions(nlp, text, expected):
    assert _has(_dyads(nlp, text), expected)


@pytest.mark.parametrize("text", [
    "Police told residents to leave their homes ahead of the cyclone.",
    "The coach gave his players two days to rest before leaving for the final.",
    "Heavy rain stopped play at Lord's on Friday.",
])
def test_leaving_and_stopping_in_other_senses_code_nothing(nlp, text):
    assert not any(r["event_type"] == "SANCTION" for r in _rows(nlp, text))


# --- parties dissolved, politicians barred, offices shut: coercion --------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Thailand's Constitutional Court dissolved the opposition Future Forward Party on Friday.",
     ("COERCE", "THA", "THA")),
    ("A Turkish court dissolved the pro-Kurdish Democratic Society Party in 2009.", ("COERCE", "TUR", None)),
    ("Thailand's military government barred former Prime Minister Yingluck Shinawatra from travelling abroad.",
     ("COERCE", "THA", "THA")),
    ("Turkish police shut down the offices of the pro-Kurdish party in Diyarbakir.", ("COERCE", "TUR", None)),
])
def test_parties_dissolved_and_politicians_barred_are_coercion(nlp, text, expected):
    assert _has(_dyads(nlp, text), expected)


@pytest.mark.parametrize("text", [
    "The president dissolved parliament and called early elections.",
    "The company shut down its plant in Ohio.",
    "The rules bar companies from paying bribes.",
    "The tablets dissolved in water within a minute.",
])
def test_dissolving_barring_and_shutting_in_other_senses_code_no_coercion(nlp, text):
    assert not any(r["event_type"] == "COERCE" for r in _rows(nlp, text))


# --- crowds brought onto the streets, tools downed, hartals: protests -----------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("French unions brought a million people onto the streets against the government's pension reform.",
     ("PROTEST", "FRA", "FRA")),
    ("Tens of thousands of students filled the streets of Buenos Aires against President Javier Milei's cuts.",
     ("PROTEST", "ARG", "ARG")),
    ("Thousands of Kenyans poured into the streets of Nairobi to protest against the finance bill.",
     ("PROTEST", "KEN", None)),
    ("Plantation workers downed tools across Sri Lanka's central highlands on Monday.", ("PROTEST", "LKA", None)),
    ("The opposition alliance enforced a dawn-to-dusk hartal across Bangladesh on Sunday.", ("PROTEST", "BGD", None)),
    ("Nurses at Nairobi's public hospitals walked out on Monday over unpaid wages.", ("PROTEST", "KEN", None)),
])
def test_crowds_on_the_streets_and_walkouts_are_protests(nlp, text, expected):
    assert _has(_dyads(nlp, text), expected)


@pytest.mark.parametrize("text", [
    "Fans poured into the streets of Madrid to celebrate the title.",
    "Floodwater poured into the streets of Dhaka on Sunday.",
    "Shoppers filled the streets of London before Christmas.",
])
def test_crowds_that_do_not_protest_code_nothing(nlp, text):
    assert not any(r["event_type"] == "PROTEST" for r in _rows(nlp, text))


# --- probes into whether someone did something ------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Peruvian prosecutors opened a probe into whether President Pedro Castillo steered contracts to his allies.",
     ("ACCUSE", "PER", "PER")),
    ("Kenyan prosecutors opened an investigation into whether the governor of Nairobi had diverted public funds.",
     ("ACCUSE", "KEN", "KEN")),
])
def test_a_probe_into_whether_someone_acted_is_aimed_at_them(nlp, text, expected):
    assert expected in _dyads(nlp, text)


# --- public bodies named by their kind --------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "side", "sector"), [
    ("Opposition leader Nawaz Sharif was detained by paramilitary Rangers outside the Lahore High Court.", "source",
     "MIL"),
    ("Opposition MPs urged the Speaker of the National Assembly to allow a debate on the budget.", "target", "LEG"),
    ("Balochistan's police chief urged federal intelligence agencies to share information on militant movements.",
     "target", "SPY"),
])
def test_bodies_named_by_their_kind_are_actors(nlp, text, side, sector):
    assert sector in {r[side + "_sector"] for r in _rows(nlp, text)}


@pytest.mark.parametrize(("text", "sector"), [
    ("Indonesia's Corruption Eradication Commission arrested the governor of Papua in Jakarta.", "GOV"),
    ("Two army battalions were sent to Sulu by the military's Western Mindanao Command to hunt Abu Sayyaf "
     "militants.", "MIL"),
    ("Maharashtra's Anti-Terrorism Squad arrested three suspects in Pune on Sunday.", "COP"),
    ("India's National Investigation Agency arrested two men in Kerala over the blast.", "GOV"),
])
def test_public_bodies_no_dictionary_lists_are_named_by_their_last_word(nlp, text, sector):
    assert sector in {r["source_sector"] for r in _rows(nlp, text)}


def test_a_commission_set_up_is_no_actor(nlp):
    rows = _rows(nlp, "PARIS - France and Algeria agreed to set up a joint economic commission.")
    assert [(r["source_country"], r["target_country"]) for r in rows] == [("FRA", "DZA")]


@pytest.mark.parametrize("text", [
    "The Speaker chairs debates in the Commons and is charged with ensuring order in the chamber.",
    "The new minister was charged with overseeing the reconstruction of Mosul.",
    "Sir John told a meeting of the police authority it would be unwise to speculate about the threat.",
])
def test_a_duty_given_and_a_meeting_addressed_are_no_events(nlp, text):
    assert _rows(nlp, text) == []


def test_a_charge_with_a_crime_stays_coercion(nlp):
    assert ("COERCE", "KEN", "KEN") in _dyads(nlp, "Kenyan police charged the opposition MP with inciting violence.")


def test_hours_to_leave_or_face_force_stay_an_ultimatum(nlp):
    rows = _rows(nlp, "Rebel commanders gave government troops 48 hours to leave the town or face an assault.")
    assert [r["event_type"] for r in rows] == ["THREATEN"]


# --- aid delivered, flown, transferred or handed over; ties downgraded; a city shut down by a strike -----------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Russia delivered a consignment of armoured vehicles and small arms to the Malian army on Friday.",
     ("AID", "RUS", "MLI")),
    ("Brazil's air force flew 20 tonnes of medicine and food to flood-hit Porto Alegre on Sunday.",
     ("AID", "BRA", None)),
    ("The Indian government transferred 2 billion rupees in relief funds to Kerala's state government.",
     ("AID", "IND", "IND")),
    ("Pakistan's army handed over 500 rifles to tribal militias in Bajaur on Monday.", ("AID", "PAK", None)),
    ("Bolivia downgraded its diplomatic relations with Israel over the Gaza offensive.", ("SANCTION", "BOL", "ISR")),
    ("Nepal's Maoists shut down Kathmandu with a general strike on Tuesday.", ("PROTEST", "NPL", None)),
    ("Pyongyang warned Seoul that it would not hesitate to use its nuclear arsenal if attacked.",
     ("THREATEN", "PRK", "KOR")),
])
def test_aid_handed_over_ties_downgraded_and_cities_shut_by_strikes(nlp, text, expected):
    assert _has(_dyads(nlp, text), expected)


@pytest.mark.parametrize("text", [
    "The bank transferred 40 million dollars in bonuses to its traders.",
    "The pilot flew the plane to Paris on Friday.",
    "The company handed over the keys of the new plant to its Indian partner.",
])
def test_money_and_things_moved_in_business_are_no_aid(nlp, text):
    assert not any(r["event_type"] == "AID" for r in _rows(nlp, text))


def test_barred_with_no_one_barring_and_nothing_barred_from_is_no_event(nlp):
    assert _rows(nlp, "However, blocking foreign visitors also means that Americans overseas are barred too.") == []


@pytest.mark.parametrize(("text", "sector"), [
    ("Sri Lanka's Criminal Investigation Department arrested a former navy commander on Monday.", "GOV"),
    ("Bihar Police on Friday arrested three men over the bridge collapse.", "COP"),
    ("Kenya Defence Forces killed 20 al-Shabaab fighters near Lamu on Sunday.", "MIL"),
    ("The Punjab Assembly passed a resolution condemning the federal government.", "LEG"),
])
def test_bodies_named_with_an_agent_word_take_its_sector(nlp, text, sector):
    assert sector in {r["source_sector"] for r in _rows(nlp, text)}


def test_a_bank_named_with_an_agent_word_stays_a_company(nlp):
    assert not any(r["source_sector"] in ("GOV", "MIL", "COP") for r in _rows(
        nlp, "Deutsche Bank sued the Greek government over the bonds."))


# --- hosts and greetings, pardons forgiven, weight thrown behind, signatures put, work alongside, human shields -----

@pytest.mark.parametrize(("text", "expected"), [
    ("Islamabad played host to the Afghan president on Monday for two days of talks.", ("CONSULT", "PAK", "AFG")),
    ("The Sudanese president was greeted at Juba airport by South Sudan's foreign minister.", ("CONSULT", None, "SDN")),
    ("President Ramaphosa said he had forgiven the protesters who disrupted his speech in Soweto.",
     ("SUPPORT", None, None)),
    ("Kenya's main opposition party threw its weight behind the president's constitutional reform drive.",
     ("SUPPORT", "KEN", None)),
    ("Envoys of Eritrea and Ethiopia put their signatures to a peace accord in Jeddah.", ("SUPPORT", None, None)),
    ("Colombian police began working alongside Ecuadorean officials against cocaine smugglers on the border.",
     ("COOPERATE", "COL", "ECU")),
    ("Islamic State fighters used civilians as human shields in western Mosul, the Iraqi army said.",
     ("ASSAULT", None, None)),
    ("The rebels are holding thousands of villagers as human shields near the front line.", ("ASSAULT", None, None)),
])
def test_hosts_pardons_support_partners_and_human_shields(nlp, text, expected):
    assert _has(_dyads(nlp, text), expected)


@pytest.mark.parametrize(("text", "absent"), [
    ("Fans greeted the players at the airport on Monday.", "CONSULT"),
    ("French special forces fought alongside Malian troops near Gao.", "ASSAULT-MLI"),
    ("The holding company used its cash pile as a shield against currency losses.", "ASSAULT"),
    ("The minister put his name forward for the party leadership.", "SUPPORT"),
])
def test_the_same_words_in_other_senses(nlp, text, absent):
    etype, _, country = absent.partition("-")
    assert not any(r["event_type"] == etype and (not country or r["target_country"] == country)
                   for r in _rows(nlp, text))


def test_signatures_put_to_a_pact_name_no_partner_in_its_venue(nlp):
    rows = _rows(nlp, "Envoys of Eritrea and Ethiopia put their signatures to a peace accord in Jeddah on Sunday.")
    assert [(r["event_type"], r["target_country"]) for r in rows] == [("SUPPORT", None)]


# --- a party or legislature a dictionary places abroad by its name alone --------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("DHAKA - The BNP staged a nationwide strike on Sunday to demand the resignation of Prime Minister Sheikh Hasina.",
     ("PROTEST", "BGD", "BGD")),
    ("NEW DELHI - The Congress party accused Prime Minister Narendra Modi of shielding his allies.",
     ("ACCUSE", "IND", "IND")),
])
def test_a_namesake_party_is_of_the_story_s_state(nlp, text, expected):
    assert expected in _dyads(nlp, text)


def test_a_party_at_home_keeps_its_state(nlp):
    assert _has(_dyads(nlp, "LONDON - Labour accused President Trump of undermining NATO."), ("ACCUSE", "GBR", None))


# --- what a state pledges or offers for another state -------------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("South Korea has pledged $30 million to rebuild clinics in flood-hit provinces of Pakistan.",
     ("AGREE", "KOR", "PAK")),
    ("Switzerland has offered to act as a go-between in Colombia's talks with the ELN.", ("AGREE", "CHE", "COL")),
    ("BERLIN - Germany pledged 200 million euros in reconstruction aid for Syria, the foreign ministry said.",
     ("AGREE", "DEU", "SYR")),
])
def test_a_state_s_pledge_for_another_state_is_an_agreement_with_it(nlp, text, expected):
    assert _has(_dyads(nlp, text), expected)


@pytest.mark.parametrize("text", [
    "Labour pledged to cut income tax, as Germany did last year.",
    "The Conservatives promised to build 300,000 homes a year.",
    "Pakistan's military ruler pledged to restore civilian rule by holding elections within three years.",
])
def test_a_home_promise_or_a_comparison_is_no_agreement_with_a_state(nlp, text):
    assert not any(r["event_type"] == "AGREE" and r["target_country"] for r in _rows(nlp, text))


# --- attacks reported as hits, targets, claims of responsibility and ground taken -----------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Israeli jets hit Hamas targets in Gaza on Monday.", ("ASSAULT", "ISR", "PSE")),
    ("Russian missiles hit Kyiv on Tuesday.", ("ASSAULT", "RUS", "UKR")),
    ("The Houthis said they had targeted a British tanker in the Red Sea with missiles.", ("ASSAULT", None, None)),
    ("Al-Shabaab claimed responsibility for the attack on the hotel in Mogadishu.", ("ASSAULT", "SOM", None)),
    ("The Taliban claimed responsibility for the killing of two police officers in Kandahar.", ("ASSAULT", None, None)),
    ("Taliban fighters took control of the provincial capital of Kunduz on Monday.", ("ASSAULT", "AFG", None)),
    ("Labour hit out at the government over NHS waiting lists.", ("ACCUSE", "GBR", "GBR")),
])
def test_hits_targets_claims_and_ground_taken_are_attacks(nlp, text, expected):
    assert _has(_dyads(nlp, text), expected)


@pytest.mark.parametrize("text", [
    "The recession hit Britain hard last year.",
    "The storm hit the coast of Florida on Sunday.",
    "The party claimed responsibility for the leaflets.",
    "The government took control of the country's biggest bank.",
    "Oil prices hit a record high on Monday.",
    "The opposition spokesman said the Iraq war had hit trust in politicians hard.",
    "The minister was also hit by a bag of flour thrown from the gallery.",
    "The airline has been hit recently by rising fuel costs.",
    "He hit back at claims that he had used his aide as a human shield.",
])
def test_hits_claims_and_control_in_other_senses_are_no_attacks(nlp, text):
    assert not any(r["event_type"] == "ASSAULT" for r in _rows(nlp, text))


# --- a government dealing with organised groups of its own society -------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("The governor of Peru's Puno region promised striking farmers that troops would not break up their blockade.",
     ("AGREE", "PER", "PER")),
    ("Lima's mayor urged striking teachers of the SUTEP union to end their sit-in outside the ministry.",
     ("REQUEST", "PER", "PER")),
])
def test_a_government_and_organised_groups_at_home(nlp, text, expected):
    assert expected in _dyads(nlp, text)


def test_families_and_taxpayers_promised_a_policy_are_no_partner(nlp):
    assert not any(r["event_type"] == "AGREE" for r in _rows(nlp, "The government promised to cut taxes for families."))
