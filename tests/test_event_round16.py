"""Round 16 of the event rules (issue 10): material cooperation that the lexicon missed. Partners acting
together ("joint patrols", "a joint investigation") cooperate with each other, not with whom the operation is aimed
at; records, files or intelligence handed or passed to another state's officials, and a suspect handed over to a
court or another state's police, are judicial and intelligence cooperation (CAMEO 063/064) with the one who
receives them. Sentences of our own in wire, broadcaster and regional style; each class has the acts it must keep."""
import pytest

from tests.conftest import coded_dyads as _dyads
from tests.conftest import coded_events as _rows

# --- acting together --------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "src", "partner"), [
    ("Thai and Malaysian police began joint patrols along the border on Monday.", "THA", {None, "MYS"}),
    ("Kenyan troops and Ugandan soldiers mounted a joint operation against the rebels near the border.", "KEN",
     {"UGA"}),
    ("The Nigerian army and Chadian forces launched a joint operation against Boko Haram on Lake Chad.", "NGA",
     {"TCD"}),
    ("Spanish police and their Moroccan counterparts opened a joint investigation into the trafficking ring.", "ESP",
     {"MAR"}),
    ("Peru and Ecuador have begun a joint inquiry into the killing of two border guards.", "PER", {"ECU"}),
    ("Greek and Albanian officers carried out combined patrols in the mountains last week.", "GRC", {None, "ALB"}),
])
def test_partners_acting_together_cooperate_with_each_other(nlp, text, src, partner):
    assert any(d[0] == "COOPERATE" and d[1] == src and d[2] in partner for d in _dyads(nlp, text))
    assert not any(d[0] == "COOPERATE" and d[2] not in partner for d in _dyads(nlp, text))  # (not the rebels)


@pytest.mark.parametrize(("text", "etype"), [
    ("Greek coastguard patrols were stepped up near Lesbos.", "MOBILIZE"),  # patrols of one's own: a show of force
    ("A Brazilian probe of Paraguayan officials named ten suspects.", "ACCUSE"),
])
def test_acts_done_alone_keep_their_type(nlp, text, etype):
    types = [d[0] for d in _dyads(nlp, text)]
    assert etype in types and "COOPERATE" not in types


# --- records, intelligence and suspects handed over -------------------------------------------------------------------

@pytest.mark.parametrize(("text", "src", "tgt"), [
    ("Jordan passed intelligence on the cell's leaders to Iraqi officials, a security source said.", "JOR", "IRQ"),
    ("Liechtenstein prosecutors handed bank records to Brazilian investigators on Friday.", "LIE", "BRA"),
    ("Files on the smuggling network were transferred to Italian prosecutors by Albanian police.", "ALB", "ITA"),
    ("Bulgaria handed over a Turkish fugitive to Turkish police at the Kapitan Andreevo crossing.", "BGR", "TUR"),
    ("Uganda extradited a Rwandan genocide suspect to Kigali on Thursday.", "UGA", "RWA"),
])
def test_what_is_handed_to_another_state_is_cooperation_with_it(nlp, text, src, tgt):
    assert ("COOPERATE", src, tgt) in _dyads(nlp, text)


@pytest.mark.parametrize(("text", "etype"), [
    ("Rebels in eastern Congo handed over twelve hostages to the Red Cross.", "RETREAT"),  # a release
    ("The United States is providing military intelligence to Kyiv.", "AID"),  # intelligence given for a war
    ("Sweden handed over food and tents to the Turkish Red Crescent.", "AID"),
])
def test_captives_released_and_aid_given_are_not_cooperation(nlp, text, etype):
    types = [d[0] for d in _dyads(nlp, text)]
    assert etype in types and "COOPERATE" not in types


@pytest.mark.parametrize("text", [
    "The minister handed the report to reporters outside parliament.",
    "The company passed the data to its auditors.",
    "Police gave details of the crash to reporters.",
])
def test_papers_given_to_no_political_partner_are_no_event(nlp, text):
    assert "COOPERATE" not in [d[0] for d in _dyads(nlp, text)]


# --- threats: warnings of what will be done to the one warned, ultimatums, conditions -------------------------------

@pytest.mark.parametrize(("text", "src", "tgt"), [
    ("Moscow warned Tbilisi that it would respond with all means to any attack on its peacekeepers.", "RUS", "GEO"),
    ("The governor warned striking miners that they would be jailed if they did not return by Monday.", None,
     None),
    ("Seoul warned Pyongyang on Friday that it would take retaliatory measures if the shelling went on.", "KOR",
     "PRK"),
    ("An Indian general warned Pakistan that India would not hesitate to strike the camps again.", "IND", "PAK"),
    ("The EU warned Belgrade that it would freeze its accession talks unless the arrests went ahead.", None, "SRB"),
    ("Police warned the organisers that anyone who joined the banned march would be arrested.", None, None),
])
def test_a_warning_of_what_will_be_done_to_the_one_warned_is_a_threat(nlp, text, src, tgt):
    dyads = [d for d in _dyads(nlp, text) if d[0] == "THREATEN"]
    assert dyads, text
    assert src is None or dyads[0][1] == src
    assert tgt is None or dyads[0][2] == tgt


@pytest.mark.parametrize("text", [
    "The IMF warned Kenya that the drought would kill thousands of cattle.",  # a forecast, no one's act
    "Israel warned Lebanon that Hezbollah would attack the border villages.",  # another's act foretold
    "The central bank warned investors that prices would rise.",
])
def test_a_warning_of_what_others_or_things_will_do_is_no_threat(nlp, text):
    assert "THREATEN" not in [d[0] for d in _dyads(nlp, text)]


@pytest.mark.parametrize(("text", "tgt"), [
    ("The African Union gave the junta two weeks to restore civilian rule or face suspension.", "junta"),
    ("Washington gave the Taliban 48 hours to hand over the suspects or face military action.", "Taliban"),
    ("The regional bloc gave Gambian leader Yahya Jammeh until noon to step down or face intervention.", "Jammeh"),
])
def test_an_ultimatum_is_a_threat_and_not_the_act_it_demands(nlp, text, tgt):
    rows = _rows(nlp, text)
    assert [r["event_type"] for r in rows] == ["THREATEN"]
    assert tgt in (rows[0]["target_text"] or "")


@pytest.mark.parametrize(("text", "tgt"), [
    ("Ottawa threatened to impose tariffs on American steel unless Washington dropped its duties.", "USA"),
    ("The union federation threatened a general strike if the government pressed ahead with the sell-off.", None),
    ("Beijing threatened countermeasures if Tokyo went ahead with the purchase of the islands.", "JPN"),
])
def test_a_threat_is_aimed_at_the_one_whose_act_it_conditions(nlp, text, tgt):
    dyads = [d for d in _dyads(nlp, text) if d[0] == "THREATEN"]
    assert dyads and (tgt is None or dyads[0][2] == tgt)


def test_an_igo_named_with_states_in_its_name_has_no_state(nlp):
    rows = _rows(nlp, "DAKAR (AFP) - The Economic Community of West African States condemned the coup in Niger.")
    assert rows and rows[0]["source_country"] is None and rows[0]["source_sector"] == "IGO"


# --- protests: sit-ins, strikes and riots by people of a named country ------------------------------------------------

@pytest.mark.parametrize(("text", "trigger"), [
    ("Hundreds of students staged a sit-in outside the parliament in Ankara.", "sit-in"),
    ("A sit-in by farmers outside parliament in Nairobi entered its second week on Monday.", "sit-in"),
    ("Bus drivers in Lagos began a walk-out over unpaid wages.", "walk-out"),
    ("Dockers in Antwerp went on strike on Monday against the port reform.", "strike"),
    ("Chilean copper miners began a 48-hour strike against the privatisation plan.", "strike"),
])
def test_protests_by_people_of_a_named_country_are_events(nlp, text, trigger):
    rows = [r for r in _rows(nlp, text) if r["event_type"] == "PROTEST"]
    assert rows and rows[0]["trigger"] == trigger
    assert text[rows[0]["trigger_start"]:].startswith(trigger)  # the offsets cover the hyphenated word


@pytest.mark.parametrize("text", [
    "Fans rioted after the match.",  # no state named: nothing an analyst can place
    "The striker went on a run down the wing.",
    "He sat in the stands.",
])
def test_no_protest_without_a_protest_or_a_place(nlp, text):
    assert "PROTEST" not in [d[0] for d in _dyads(nlp, text)]


# --- yielding, retreating, rejecting, coercing: verbs and particles the lexicon missed ---

@pytest.mark.parametrize(("text", "etype"), [
    ("Baghdad handed back the Kuwaiti state archives at the Abdali crossing on Sunday.", "RETREAT"),  # returned
    ("Indonesia accepted the deployment of Australian-led peacekeepers in East Timor.", "RETREAT"),
    ("Pakistani troops pulled their artillery back from the Line of Control on Friday.", "RETREAT"),
    ("Maoist fighters in Nepal began demobilising at UN-monitored camps on Tuesday.", "RETREAT"),
    ("The Bolivian president resigned on Friday after weeks of rioting in La Paz.", "RETREAT"),
    ("The Ecuadorean government yielded to the striking teachers on Monday.", "CONCEDE"),
    ("Belarus brushed aside European demands for a rerun of the election.", "REJECT"),
    ("Iran's Guardian Council threw out a bill that would have curbed its powers.", "REJECT"),
    ("The Turkish parliament voted against the deployment of American troops on its soil.", "REJECT"),
    ("Bolivia's president lashed out at Washington over the coca eradication programme.", "ACCUSE"),
    ("Eritrea ordered the Ethiopian diplomats to leave the country within a day.", "SANCTION"),
    ("Zimbabwe's government took over eighty white-owned farms in Mashonaland on Monday.", "COERCE"),
    ("Iran's judiciary closed four reformist newspapers in Tehran on Sunday.", "COERCE"),
    ("Israeli troops sealed off the West Bank town of Jenin on Thursday.", "COERCE"),
    ("Lebanese leaders sat down with Syrian officials in Damascus on Monday.", "CONSULT"),
])
def test_verbs_and_particles_of_round_16(nlp, text, etype):
    assert etype in [d[0] for d in _dyads(nlp, text)]


@pytest.mark.parametrize(("text", "etype"), [
    ("Police sealed off the area after the explosion.", "COERCE"),  # a cordon, no town coerced
    ("The company closed its newspaper in Leeds.", "COERCE"),  # business
    ("The army pulled its artillery back from the border.", None),  # its own guns: the retreat has no target
])
def test_round_16_verbs_keep_to_their_political_sense(nlp, text, etype):
    dyads = _dyads(nlp, text)
    if etype is None:
        assert all(d[2] is None for d in dyads)
    else:
        assert etype not in [d[0] for d in dyads]


def test_a_capital_the_model_took_for_a_person_is_its_state(nlp):
    text = "Cairo has lodged a formal complaint with Khartoum over the expulsions."
    assert ("ACCUSE", "EGY", "SDN") in _dyads(nlp, text)


@pytest.mark.parametrize(("text", "etype"), [
    ("Cyprus will back Greece's bid for a seat on the council, Foreign Minister Ioannis Kasoulides said.", "AGREE"),
    ("The European Union will lift its arms embargo on Libya next month, diplomats in Brussels said.", "AGREE"),
])
def test_those_who_speak_for_a_state_tell_its_undertaking(nlp, text, etype):
    assert etype in [d[0] for d in _dyads(nlp, text)]


def test_a_partys_claim_of_what_the_government_will_do_stays_no_undertaking(nlp):
    assert _dyads(nlp, "Mr Howard said the government would raise taxes on pensions.") == []


# --- found on real news after the round-16 verbs: what they must not take ---------------------------------------------

@pytest.mark.parametrize("text", [
    "The minister brushed aside questions about the cost of the scheme.",
    "The Liberal leader brushed off Labour suggestions that a vote for his party was wasted.",
    "The spokesman brushed aside speculation about a cabinet reshuffle.",
])
def test_brushing_aside_a_question_or_a_claim_is_no_rejection(nlp, text):
    assert "REJECT" not in [d[0] for d in _dyads(nlp, text)]


@pytest.mark.parametrize("text", [
    "The Conservatives are poised to vote against the plans.",
    "Russian troops were poised to cross the border into Georgia.",
])
def test_poised_to_act_is_not_yet_done(nlp, text):
    assert _rows(nlp, text, "asserted") == []


@pytest.mark.parametrize("text", [
    "Philippine communist rebels freed two soldiers they had held for five months.",
    "Maoist rebels released three Nepalese policemen captured in an ambush last week.",
])
def test_captives_freed_are_the_target_not_the_movers_own_forces(nlp, text):
    assert any(d[0] == "RETREAT" and d[2] is not None for d in _dyads(nlp, text))


# --- "he" kept on the person the text is about ------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "source"), [
    ("Jim Hartley was born in Leeds in 1931, the son of a miner and a nurse, and grew up in a terraced street near "
     "the pit where his father worked for forty years. He left school at fifteen, worked as a clerk in a wool "
     "merchant's office and went to evening classes three nights a week. After national service in Cyprus he won a "
     "place at Ruskin College, Oxford, and then read economics at Hull, where he met his future wife. After a spell "
     "as a lecturer, he studied under Professor Alan Marsh and became a friend of Harold Wilson. He won a name as a "
     "rebel, voting against his own Labour government's spending cuts in 1976.", "Jim Hartley"),
    ("Tony Blair arrived in Brussels on Monday. He met John Prescott at the hotel. He accused France of blocking the "
     "budget deal.", "Tony Blair"),
])
def test_he_continues_the_subject_not_a_name_in_passing(nlp, text, source):
    rows = [r for r in _rows(nlp, text) if r["event_type"] in ("REJECT", "ACCUSE")]
    assert rows and all(r["source_text"] == source for r in rows)


def test_a_new_person_named_as_subject_takes_over_he(nlp):
    text = "Tony Blair arrived in Brussels. He met reporters. Jacques Chirac was waiting. He accused Britain of lying."
    assert [r["source_text"] for r in _rows(nlp, text) if r["event_type"] == "ACCUSE"] == ["Jacques Chirac"]


# --- protests: the street, the strike with a demand, the crowd's demand voiced by what it does ------------------------

@pytest.mark.parametrize(("text", "src"), [
    ("Thousands of Serbs took to the streets of Belgrade to protest against the election result.", "SRB"),
    ("Tens of thousands of Georgians took to the streets on Friday to demand the president's resignation.", "GEO"),
    ("Hundreds of Kenyan teachers took to the streets of Nairobi over unpaid salaries.", "KEN"),
])
def test_taking_to_the_streets_is_a_protest_and_the_street_no_target(nlp, text, src):
    rows = [r for r in _rows(nlp, text) if r["event_type"] == "PROTEST"]
    assert rows and rows[0]["source_country"] == src
    assert not any("street" in (r["target_text"] or "") for r in rows)


@pytest.mark.parametrize("text", [
    "Jubilant fans took to the streets of Lisbon to celebrate the win.",
    "Shoppers took to the streets of London to mark the start of the sales.",
])
def test_celebrating_in_the_streets_is_no_protest(nlp, text):
    assert "PROTEST" not in [d[0] for d in _dyads(nlp, text)]


@pytest.mark.parametrize(("text", "src"), [
    ("Dozens of opposition activists in Togo went on hunger strike on Monday to demand that the president step down.",
     "TGO"),
    ("Kenyan doctors went on strike on Tuesday to demand better pay.", "KEN"),
    ("Bolivian miners went on a hunger strike to press for the release of their leaders.", "BOL"),
])
def test_a_strike_with_a_demand_is_one_protest_not_a_request(nlp, text, src):
    types = [d[0] for d in _dyads(nlp, text)]
    assert "PROTEST" in types and "REQUEST" not in types


@pytest.mark.parametrize(("text", "src"), [
    ("Stone-throwing youths fought running battles with police in Port-au-Prince, demanding the president's "
     "resignation.", "HTI"),
    ("Hundreds of villagers blocked the road to the gold mine in Ghana, demanding compensation for polluted land.",
     "GHA"),
    ("Angry farmers dumped potatoes outside the agriculture ministry in Warsaw, demanding the minister quit.", "POL"),
])
def test_a_crowds_demand_voiced_by_what_it_does_is_a_protest(nlp, text, src):
    assert ("PROTEST", src) in [(d[0], d[1]) for d in _dyads(nlp, text)]


@pytest.mark.parametrize("text", [
    "Labour MPs wrote to the prime minister, demanding an inquiry.",
    "Opposition leaders held a news conference in Nairobi, demanding the president's resignation.",
])
def test_a_demand_by_politicians_stays_a_request(nlp, text):
    types = [d[0] for d in _dyads(nlp, text)]
    assert "REQUEST" in types and "PROTEST" not in types


@pytest.mark.parametrize(("text", "src"), [
    ("Thousands of garment workers marched through Dhaka on Monday.", "BGD"),
    ("Hundreds of students demonstrated in Kampala against the fee rise.", "UGA"),
])
def test_people_protesting_in_a_states_capital_are_of_that_state(nlp, text, src):
    assert ("PROTEST", src) in [(d[0], d[1]) for d in _dyads(nlp, text)]


def test_people_seeking_asylum_are_not_protesting(nlp):
    text = "Twenty North Koreans entered a Japanese school in Beijing on Tuesday, apparently seeking asylum."
    assert "PROTEST" not in [d[0] for d in _dyads(nlp, text)]
