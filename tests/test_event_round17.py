"""Round 17 of the event rules (issue 10): acts and actors that wire sentences name in ways the rules missed.
Fire exchanged between two forces; talks held as "a new round" or "two days" of talks; a promise made to someone
"that …"; inquiries opened into what someone is alleged to have done; undertakings stated as a nominal act ("will
step up cooperation"); an offensive halted, scaled back or kept up; riots and road blocks by crowds; attackers no
one has named; parties and provincial offices no dictionary lists. Sentences of our own, in wire, broadcaster and
regional style; each class has the acts it must keep."""
import pytest

from tests.conftest import coded_dyads as _dyads
from tests.conftest import coded_events as _rows
from tests.conftest import has_dyad as _has

# --- fire exchanged, talks counted in rounds or days: joint acts ------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Armenian and Azerbaijani troops exchanged heavy fire along the border overnight.", ("ASSAULT", "ARM", None)),
    ("Israeli soldiers traded fire with Hezbollah fighters near the village of Kfar Kila on Monday.",
     ("ASSAULT", "ISR", "LBN")),
    ("Sudanese and South Sudanese forces exchanged artillery fire near Heglig for a second day.",
     ("ASSAULT", "SDN", None)),
    ("Greek and Turkish diplomats held a second round of talks in Athens on Tuesday.", ("CONSULT", "GRC", None)),
    ("Colombian government negotiators and ELN commanders held three days of talks in Havana.",
     ("CONSULT", "COL", "COL")),
    ("Venezuelan and Guyanese officials held a new round of talks in Brasilia on the border dispute.",
     ("CONSULT", "VEN", None)),
])
def test_fire_exchanged_and_rounds_of_talks_are_joint_acts(nlp, text, expected):
    assert expected in _dyads(nlp, text)


# --- undertakings -----------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("President Kiir promised opposition leaders on Friday that the elections would go ahead in December.",
     ("AGREE", None, None)),
    ("Bahrain's King Hamad promised Shia opposition leaders that the electoral law would be amended.",
     ("AGREE", "BHR", "BHR")),
    ("Japan will step up cooperation with the Philippines on coastal defence, the Japanese defence minister said.",
     ("AGREE", "JPN", "PHL")),
    ("Seoul stands ready to expand economic cooperation with Pyongyang, the South Korean unification minister said.",
     ("AGREE", "KOR", "PRK")),
    ("Chile's government said it would send forensic experts to help Ecuador identify the victims.",
     ("AGREE", "CHL", "ECU")),
])
def test_promises_and_stated_undertakings_are_agreements(nlp, text, expected):
    assert expected in _dyads(nlp, text)


@pytest.mark.parametrize(("text", "expected"), [
    ("The Nigerian army halted its offensive against Boko Haram on Sunday to allow aid convoys through.",
     ("RETREAT", "NGA", "NGA")),
    ("The Sri Lankan army called off its offensive against the Tamil Tigers on Monday.", ("RETREAT", "LKA", "LKA")),
    ("Ethiopia will scale back its offensive against Eritrean forces along the border, the prime minister said.",
     ("AGREE", "ETH", "ERI")),
    ("Myanmar's junta said it would not halt its offensive against the Arakan Army despite calls from ASEAN.",
     ("REJECT", "MMR", None)),
])
def test_an_offensive_halted_scaled_back_or_kept_up(nlp, text, expected):
    assert expected in _dyads(nlp, text)
    assert not any(d[0] == "ASSAULT" for d in _dyads(nlp, text))  # (no attack is reported)


# --- inquiries and criticism ------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Ghana's special prosecutor launched an investigation into contracts awarded by the former energy minister.",
     ("ACCUSE", "GHA", "GHA")),
    ("The UN human rights council opened an inquiry into alleged abuses by Eritrean troops in Tigray.",
     ("ACCUSE", None, "ERI")),
    ("Peru's anticorruption directorate opened an investigation into the mayor of Cusco.", ("ACCUSE", "PER", "PER")),
    ("Human Rights Watch strongly criticised Egyptian President Abdel Fattah al-Sisi on Monday over the arrests of "
     "journalists.", ("ACCUSE", None, "EGY")),
])
def test_inquiries_name_whom_they_look_into(nlp, text, expected):
    assert expected in _dyads(nlp, text)


@pytest.mark.parametrize("text", [
    "Police opened an investigation into the fire at the warehouse.",
    "Firefighters launched an inquiry into the cause of the blaze.",
])
def test_an_inquiry_into_a_thing_names_no_one(nlp, text):
    assert _dyads(nlp, text) == []


# --- violence: attackers no one named, riots, road blocks -------------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Attackers threw a grenade at a police station in the Burundian capital on Sunday.", ("ASSAULT", None, "BDI")),
    ("Unidentified gunmen shot dead a local councillor in Mexico's Guerrero state on Saturday.",
     ("ASSAULT", None, "MEX")),
    ("A suicide bomber killed 14 soldiers at an army base in northern Mali.", ("ASSAULT", None, "MLI")),
    ("Reuters - A suicide car bomber struck an army checkpoint near Mosul on Tuesday.", ("ASSAULT", None, "IRQ")),
    ("Militiamen hacked six farmers to death near Beni, local officials said.", ("ASSAULT", "COD", "COD")),
    ("Burkinabe soldiers killed five suspected jihadists near Djibo on Friday.", ("ASSAULT", "BFA", "BFA")),
])
def test_attacks_and_attackers_no_one_has_named(nlp, text, expected):
    assert expected in _dyads(nlp, text)


@pytest.mark.parametrize(("text", "expected"), [
    ("Angry youths torched a police station and looted shops in the Guinean capital Conakry.",
     ("PROTEST", "GIN", "GIN")),
    ("Students hurled stones at police in Dhaka on Tuesday during protests over job quotas.",
     ("PROTEST", "BGD", "BGD")),
    ("Villagers blocked the road to the gold mine for a third day, demanding compensation from the government.",
     ("PROTEST", None, None)),
    ("Farmers on tractors blocked the main highways into Paris on Friday to demand lower fuel taxes.",
     ("PROTEST", "FRA", None)),
])
def test_riots_and_road_blocks_by_crowds_are_protests(nlp, text, expected):
    got = _dyads(nlp, text)
    assert _has(got, expected), got
    assert not any(d[0] in ("ASSAULT", "COERCE") for d in got)


@pytest.mark.parametrize("text", [
    "Militants threw a grenade at an army patrol in Pulwama on Tuesday.",
    "Soldiers looted the homes of opposition supporters in Bangui.",
])
def test_armed_men_throwing_grenades_or_looting_attack(nlp, text):
    assert "ASSAULT" in [d[0] for d in _dyads(nlp, text)]


def test_troops_blocking_a_road_restrict_movement(nlp):
    assert ("COERCE", "ISR", "PSE") in _dyads(nlp, "Israeli troops blocked the main road into Hebron on Monday.")


def test_a_state_boycott_stays_a_sanction(nlp):
    assert [d[0] for d in _dyads(nlp, "Arab states boycotted the Israeli-hosted conference.")] == ["SANCTION"]


# --- parties and provincial offices no dictionary lists; resignations under a cloud ----------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Nepal's government banned the Rastriya Prajatantra Party's youth wing on Monday.", ("COERCE", "NPL", "NPL")),
    ("Senegal's interior minister met leaders of the Patriotic Front in Dakar on Thursday.",
     ("CONSULT", "SEN", "SEN")),
    ("Jordan's Islamic Action Front rejected the government's offer of cabinet posts.", ("REJECT", "JOR", "JOR")),
    ("Sri Lankan President Ranil Wickremesinghe met Tamil National Alliance leader R. Sampanthan in Colombo.",
     ("CONSULT", "LKA", "LKA")),
    ("Karnataka Chief Minister Basavaraj Bommai met the governor in Bengaluru.", ("CONSULT", "IND", "IND")),
    ("Sindh Home Minister Ziaul Hassan Lanjar ordered the police to arrest the gang.", ("REQUEST", "PAK", "PAK")),
])
def test_unlisted_parties_and_provincial_offices(nlp, text, expected):
    assert expected in _dyads(nlp, text)


def test_a_sports_league_is_no_party(nlp):
    assert _dyads(nlp, "The Premier League fined Chelsea for breaching its financial rules.") == []


def test_a_named_place_keeps_its_own_office(nlp):
    assert ("REQUEST", "GBR", "GBR") in _dyads(
        nlp, "Northern Ireland Secretary Sam Boyd urged Sinn Fein to condemn the robbery.")


@pytest.mark.parametrize(("text", "coded"), [
    ("Pakistan's interior minister resigned on Monday amid a corruption scandal.", True),
    ("Bolivia's defence minister stepped down on Friday, two days after allegations of arms smuggling surfaced.",
     True),
    ("Kenya's finance minister quit amid allegations of graft in the ministry.", True),
    ("The finance minister resigned on Monday to spend more time with his family.", False),
])
def test_resignations_under_a_cloud_yield_to_pressure(nlp, text, coded):
    assert ("RETREAT" in [d[0] for d in _dyads(nlp, text)]) is coded


# --- verbs and particles in their political sense; members named by their body ----------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Bolivia's Congress voted down the president's pension reform on Tuesday.", ("REJECT", "BOL", "BOL")),
    ("The Kenyan parliament voted down a motion to impeach the deputy president.", ("REJECT", "KEN", None)),
    ("Two hundred Maoist fighters laid down their weapons in Chhattisgarh on Friday.", ("RETREAT", "IND", None)),
    ("Slovenia took Croatia to an international tribunal over the border dispute.", ("ACCUSE", "SVN", "HRV")),
    ("China extended a $2 billion loan to Sri Lanka on Monday.", ("AID", "CHN", "LKA")),
    ("Pakistan moved two army divisions to the Indian border.", ("MOBILIZE", "PAK", None)),
    ("Officers from the Australian Federal Police raided the Canberra office of a senator on Wednesday.",
     ("COERCE", "AUS", None)),
    ("Prime Minister John Howard promised on Thursday that Canberra would help the Solomon Islands government.",
     ("AGREE", "AUS", "SLB")),
    ("The Central Bureau of Investigation opened an inquiry into allegations that the former telecom minister A. "
     "Raja favoured certain companies.", ("ACCUSE", None, "IND")),
    ("Israeli settlers set fire to a mosque in the West Bank village of Yasuf overnight.", ("ASSAULT", "ISR", "PSE")),
])
def test_verbs_and_particles_in_their_political_sense(nlp, text, expected):
    got = _dyads(nlp, text)
    assert _has(got, expected), got


@pytest.mark.parametrize("text", [
    "The company moved its headquarters to Dublin.",
    "The bank extended its opening hours in December.",
    "Rebels came down the hill on Tuesday.",
])
def test_the_same_verbs_in_other_senses_code_nothing(nlp, text):
    assert _dyads(nlp, text) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("The Turkish president spoke by telephone with the Russian leader on Sunday.", ("CONSULT", "TUR", "RUS")),
    ("Indian Prime Minister Narendra Modi spoke by phone with Sri Lankan President Ranil Wickremesinghe on Monday.",
     ("CONSULT", "IND", "LKA")),
    ("The last Russian troops left Lithuania on Tuesday.", ("RETREAT", "RUS", "LTU")),
    ("Ethiopian forces left Somalia in January, ending a two-year intervention.", ("RETREAT", "ETH", "SOM")),
    ("Ethiopian artillery pounded rebel positions near Mekele overnight.", ("ASSAULT", "ETH", None)),
    ("Taliban fighters overran an army outpost in Badghis province.", ("ASSAULT", None, None)),
])
def test_calls_departures_and_bombardments(nlp, text, expected):
    got = _dyads(nlp, text)
    assert _has(got, expected), got


@pytest.mark.parametrize("text", [
    "The Iranian foreign minister left Tehran for Baghdad on Monday.",
    "Thousands of Iraqis left Baghdad during the summer.",
    "The minister spoke by phone to reporters.",
    "Storms pounded the coast of Florida.",
])
def test_leaving_speaking_and_pounding_in_other_senses(nlp, text):
    assert _dyads(nlp, text) == []


# --- threats made at home; offers of talks or protection --------------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Brazil's finance ministry warned Rio de Janeiro state that it would freeze federal transfers unless the "
     "governor pushed through pension cuts.", ("THREATEN", "BRA", "BRA")),
    ("Uganda's police chief warned supporters of the opposition that any unauthorised procession would be broken up "
     "with all the force necessary.", ("THREATEN", "UGA", "UGA")),
    ("The Colombian defence minister warned FARC dissidents that warplanes would strike their camps unless they freed "
     "the soldiers.", ("THREATEN", "COL", "COL")),
    ("India's army chief warned Pakistan that India would not hesitate to carry out further cross-border strikes.",
     ("THREATEN", "IND", "PAK")),
    ("The IMF warned Ghana that it would withhold the next loan tranche unless spending was cut.",
     ("THREATEN", None, "GHA")),
])
def test_warnings_of_what_the_speaker_will_do(nlp, text, expected):
    got = _dyads(nlp, text)
    assert _has(got, expected), got


@pytest.mark.parametrize("text", [
    "The central bank warned investors that it would raise rates if inflation kept rising.",
    "Aid agencies warned that the drought would kill thousands unless rains came.",
])
def test_warnings_that_threaten_no_one(nlp, text):
    assert "THREATEN" not in [d[0] for d in _dyads(nlp, text)]


@pytest.mark.parametrize(("text", "expected"), [
    ("Indonesian Foreign Minister Ali Alatas offered on Tuesday to mediate between Cambodia's feuding factions.",
     ("AGREE", "IDN", None)),
    ("Kenya's government offered to send police officers to help Haiti restore order.", ("AGREE", "KEN", None)),
    ("Norway offered to mediate between the Colombian government and the ELN.", ("AGREE", "NOR", None)),
])
def test_offers_to_mediate_or_protect_are_agreements(nlp, text, expected):
    got = _dyads(nlp, text)
    assert _has(got, expected), got


# --- access allowed to inspectors, monitors and aid (CAMEO 086, RETREAT in the bench's mapping) -----------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Iran allowed UN inspectors to visit the Fordow plant on Monday.", ("RETREAT", "IRN", None)),
    ("Syrian authorities let a Red Cross convoy enter the besieged town of Madaya.", ("RETREAT", "SYR", None)),
    ("Ethiopia's government let a convoy of World Food Programme trucks cross into Tigray on Sunday.",
     ("RETREAT", "ETH", None)),
    ("Sri Lanka opened its northern war zone to a team of United Nations observers on Saturday.",
     ("RETREAT", "LKA", None)),
    ("Sudan's government said it would let a team of African Union monitors into Darfur.", ("AGREE", "SDN", None)),
])
def test_access_allowed_is_a_retreat(nlp, text, expected):
    got = _dyads(nlp, text)
    assert _has(got, expected), got


@pytest.mark.parametrize("text", [
    "The coach let the team rest on Sunday.",
    "Israel allowed Palestinian workers from Gaza to enter.",  # (a concession to people, not access for a body)
])
def test_letting_people_in_is_no_access_retreat(nlp, text):
    assert "RETREAT" not in [d[0] for d in _dyads(nlp, text)]


# --- talks called off, emergencies declared, riots against the police, matches won ------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Colombia's government called off peace talks with the ELN guerrillas on Friday.", ("SANCTION", "COL", "COL")),
    ("Israel broke off talks with the Palestinians after the bombing.", ("SANCTION", "ISR", "PSE")),
    ("Thailand's government declared a state of emergency in Bangkok on Tuesday.", ("COERCE", "THA", None)),
    ("Protesters clashed with police in central Tehran on Saturday.", ("PROTEST", "IRN", "IRN")),
    ("Madhesi protesters blockaded the main border crossing at Birgunj, demanding new federal boundaries.",
     ("PROTEST", None, None)),
])
def test_talks_called_off_emergencies_and_riots(nlp, text, expected):
    got = _dyads(nlp, text)
    assert _has(got, expected), got


@pytest.mark.parametrize("text", [
    "Pakistan beat Sri Lanka by six wickets on Sunday to reach the final of the Asia Cup.",
    "Senegal beat Egypt on penalties in Yaounde on Sunday to win the Africa Cup of Nations.",
    "The two sides postponed talks until next week.",
])
def test_matches_won_and_talks_put_off_are_no_events(nlp, text):
    assert _dyads(nlp, text) == []


def test_rival_supporters_clashing_fight(nlp):
    assert "PROTEST" not in [d[0] for d in _dyads(
        nlp, "Indian and Chinese soldiers clashed in the Galwan valley on Monday.")]


def test_forces_put_on_alert_is_the_main_act(nlp):
    got = _dyads(nlp, "The Indonesian military put all its units in Papua on high alert on Saturday after separatist "
                      "gunmen ambushed a road construction crew.")
    assert _has(got, ("MOBILIZE", "IDN", None)), got


def test_an_appeal_to_citizens_is_a_statement(nlp):
    assert _dyads(nlp, "Indonesian President Joko Widodo appealed to citizens to stay calm.") == []


def test_each_other_puts_the_group_on_both_sides(nlp):
    rows = _rows(nlp, "Lawmakers in Kiev accused each other of acting in bad faith.")
    assert [(r["event_type"], r["source_country"], r["target_country"]) for r in rows] == [("ACCUSE", "UKR", "UKR")]


def test_a_state_of_emergency_is_no_target(nlp):
    rows = _rows(nlp, "Iraq's interim government declared a state of emergency for 60 days on Sunday.")
    assert [(r["event_type"], r["target_text"]) for r in rows] == [("COERCE", None)]


def test_a_car_bomber_is_no_warplane(nlp):
    rows = _rows(nlp, "Reuters - A suicide car bomber struck an army checkpoint near Mosul on Tuesday.")
    assert [(r["source_country"], r["source_sector"]) for r in rows] == [(None, "REB")]
