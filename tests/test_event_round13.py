"""Round 13 of the event rules (issue 10), from a blind census of every asserted event on an unseen Reuters slice:
people keep the title they were introduced with, an international body's staff act for it, the sides of a deal are
no political parties, a proposal or a restriction aimed at a state's goods stands for the state, and warships sent
are a show of force. Sentences of our own in wire, broadcaster and broadsheet style; each class has the acts it
must keep."""
import pytest

from tests.conftest import coded_events as _rows


def _source(nlp, text: str, etype: str) -> tuple:
    row = next(r for r in _rows(nlp, text) if r["event_type"] == etype)
    return row["source_text"], row["source_country"], row["source_sector"]


# --- a person keeps the title and the state they were introduced with -------------------------------------------------

@pytest.mark.parametrize(("text", "etype", "source"), [
    ("TOKYO, April 21 - Trade Minister Kenji Oda spoke to reporters on Tuesday.\n"
     "Oda urged the United States to lift the trade sanctions.", "REQUEST", ("Oda", "JPN", "GOV")),
    ("BRASILIA, March 3 - Finance Minister Paulo Lins returned from Paris on Monday.\n"
     "Lins asked the creditor banks for a new loan.", "REQUEST", ("Lins", "BRA", "GOV")),
    ("OSLO, May 2 - Per Dahl, the fisheries minister, flew home on Friday.\n"
     "Dahl criticised the Icelandic government over the cod quotas.", "ACCUSE", ("Dahl", "NOR", "GOV")),
    # a nationality before a title written in lower case
    ("British corporate affairs minister Michael Hale arrived in Tokyo on Monday.\n"
     "Hale accused Japan of shutting out British firms.", "ACCUSE", ("Hale", "GBR", "GOV")),
    ("Australian trade minister John Kerr spent two days in Tokyo.\n"
     "Kerr urged Japan to open its beef market.", "REQUEST", ("Kerr", "AUS", "GOV")),
    ("Nigerian oil minister Tam Ede arrived in Vienna on Sunday.\n"
     "Ede criticised Saudi Arabia for raising output.", "ACCUSE", ("Ede", "NGA", "GOV")),
])
def test_a_person_keeps_the_title_they_were_introduced_with(nlp_lines, text, etype, source):
    assert _source(nlp_lines, text, etype) == source


def test_a_verb_before_a_name_is_no_title(nlp_lines):
    text = ("Japanese officials said Ken Ito, a banker, spoke in Osaka on Monday.\n"
            "Ito accused the Finance Ministry of favouring the big banks.")
    assert _source(nlp_lines, text, "ACCUSE")[2] != "GOV"
    rows = _rows(nlp_lines, "The German government today welcomed President Reagan's latest policy statement.")
    assert [(r["target_text"], r["target_country"]) for r in rows] == [("President Reagan", "USA")]


# --- an international body's own staff act for it ---------------------------------------------------------------------

@pytest.mark.parametrize(("text", "etype"), [
    ("IMF officials met Brazilian Finance Minister Paulo Lins in Washington.", "CONSULT"),
    ("An IMF delegation praised Israel's success in cutting inflation.", "SUPPORT"),
    ("UN officials condemned the attack on the convoy by rebels.", "ACCUSE"),
    ("World Bank officials urged Ghana to cut its subsidies on fuel.", "REQUEST"),
])
def test_an_international_body_s_staff_act_for_it(nlp_lines, text, etype):
    assert _source(nlp_lines, text, etype)[1:] == (None, "IGO")


def test_ministers_meeting_in_a_body_are_their_states(nlp_lines):
    assert _source(nlp_lines, "EC farm ministers met Spanish officials in Brussels.", "CONSULT")[2] == "GOV"


# --- the sides of a deal or a lawsuit are no political parties --------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Both parties also agreed to adjourn the pending litigation, the company said.",
    "Its special committee is continuing in talks with interested parties, the company said.",
    "The two parties agreed to settle the dispute over the lease out of court.",
])
def test_the_sides_of_a_deal_are_no_parties(nlp_lines, text):
    assert _rows(nlp_lines, text) == []


@pytest.mark.parametrize("text", [
    "Other parties have accused the Lib Dems of making uncosted promises.",
    "Opposition parties accused the government of rigging the vote.",
])
def test_political_parties_stay_parties(nlp_lines, text):
    assert [r["source_sector"] for r in _rows(nlp_lines, text) if r["event_type"] == "ACCUSE"] in (["PTY"], ["OPP"])


# --- a proposal named by a nationality, and a restriction on a state's goods, stand for the state ---------------------

@pytest.mark.parametrize(("text", "target"), [
    ("North Korea said it agreed to a South Korean proposal for talks.", ("South Korean", "KOR")),
    ("Moscow rejected the American offer of talks on the missiles.", ("American", "USA")),
    ("Tokyo accepted an Australian proposal for talks on beef.", ("Australian", "AUS")),
    ("The Reagan administration rejected a petition by the rice industry.", ("the rice industry", None)),
    ("Washington imposed 100 pct tariffs on Japanese goods last April.", ("Japanese", "JPN")),
    ("The U.S. imposed anti-dumping duties on imports of Japanese typewriters.", ("Japanese", "JPN")),
    ("The U.S. imposed 300 mln dlrs of tariffs on imports of Japanese electronics goods.", ("Japanese", "JPN")),
])
def test_a_proposal_or_taxed_goods_stand_for_the_state(nlp_lines, text, target):
    assert [(r["target_text"], r["target_country"]) for r in _rows(nlp_lines, text)] == [target]


def test_goods_bought_keep_their_words(nlp_lines):
    assert all(r["target_text"] != "Japanese" for r in _rows(
        nlp_lines, "The Kenyan army agreed to buy Japanese trucks for its border units."))


# --- warships sent and missiles tested are a show of force ------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "India sent two warships to patrol the disputed waters.",
    "The U.S. is sending the battleship Missouri to patrol outside the Strait of Hormuz.",
    "Iran fired a test missile into the Gulf on Tuesday.",
    "Pakistan fired a trial missile from its coast, the army said.",
    "Nigeria deployed two warships off the coast of Cameroon.",
])
def test_forces_sent_and_missiles_tested_are_a_show_of_force(nlp_lines, text):
    rows = _rows(nlp_lines, text)
    assert [r["event_type"] for r in rows] == ["MOBILIZE"]
    assert rows[0]["target_sector"] != "MIL"  # (the forces moved are the mover's own, never the target)


@pytest.mark.parametrize(("text", "etype"), [
    ("Turkey sent tents and blankets to earthquake survivors in Syria.", "AID"),
    ("North Korean troops fired artillery shells at a South Korean island.", "ASSAULT"),
    ("Colombia ended cooperation with Venezuela on border security.", "SANCTION"),
])
def test_aid_attacks_and_ties_cut_stay(nlp_lines, text, etype):
    assert [r["event_type"] for r in _rows(nlp_lines, text)] == [etype]


@pytest.mark.parametrize("text", [
    "EC budget ministers ended six hours of talks in Luxembourg without an accord.",
    "The Iraqi foreign minister ended a three-day visit to Jordan on Friday.",
])
def test_talks_that_end_after_hours_are_no_sanction(nlp_lines, text):
    assert "SANCTION" not in [r["event_type"] for r in _rows(nlp_lines, text)]


# --- a central bank's money-market deals are no agreements -----------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The Federal Reserve entered the market to arrange three-day system repurchase agreements, a spokesman said.",
    "The Bank of England arranged repo agreements worth 2 billion pounds with the discount houses on Tuesday.",
])
def test_money_market_deals_are_no_agreements(nlp_lines, text):
    assert _rows(nlp_lines, text) == []


def test_a_central_bank_s_call_on_a_government_stays(nlp_lines):
    assert _source(nlp_lines, "The Bundesbank urged the Bonn government to cut its budget deficit.", "REQUEST")[1:] == (
        "DEU", "GOV")


# --- what an act did to prices, an economy or a dispute is said of one done before -----------------------------------

@pytest.mark.parametrize("text", [
    "WARSAW, March 5 - Poland says U.S. sanctions have cost its economy 15 billion dlrs.",
    "OPEC's agreement to limit output should boost spot prices, dealers said.",
    "The visit this week by a special Japanese envoy has done little to defuse the trade frictions.",
    "Manila's new pact with the banks slashed its borrowing costs by a quarter point.",
    # (round 12 kept this one asserted; the judges call such effects background, as for Poland's above)
    "The U.S. sanctions against Libya could cost Tripoli billions of dollars.",
])
def test_an_act_s_effect_on_an_economy_is_no_report_of_it(nlp_lines, text):
    assert _rows(nlp_lines, text) == []


@pytest.mark.parametrize(("text", "etype"), [
    ("The Israeli air raid killed four people in Gaza.", "ASSAULT"),
    ("Talks between Iran and Iraq began in Geneva on Monday.", "CONSULT"),
])
def test_an_attack_s_toll_and_talks_that_begin_stay(nlp_lines, text, etype):
    assert [r["event_type"] for r in _rows(nlp_lines, text)] == [etype]


# --- things offered and reasons given ---------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Japanese bankers said Hong Kong offers good business opportunities to Japanese banks.",
    "The minister said Kenya offered investors the best prospects in the region.",
    "An Iranian blockade of the strait was unlikely because it would block Iran's own oil shipments, they said.",
    "The outbreak destroyed nearly 12 mln birds in southern California.",
])
def test_opportunities_offered_and_reasons_given_are_no_acts(nlp_lines, text):
    assert _rows(nlp_lines, text) == []


def test_a_threat_made_now_stays(nlp_lines):
    assert [r["event_type"] for r in _rows(nlp_lines, "Iran said it would attack any tanker entering the Gulf.")] == [
        "THREATEN"]


# --- the partner in talks, and a body's member states -----------------------------------------------------------

@pytest.mark.parametrize(("text", "target"), [
    ("TOKYO, March 13 - Japan agreed in talks with the U.S. to amend its laws on telecommunications.",
     ("the U.S.", "USA")),
    ("France agreed during talks with Chad to send more troops to the north.", ("Chad", "TCD")),
    ("Egypt rejected at a meeting with Israeli officials any change to the border.", ("Israeli officials", "ISR")),
])
def test_the_partner_in_talks_is_the_target(nlp_lines, text, target):
    assert [(r["target_text"], r["target_country"]) for r in _rows(nlp_lines, text)][:1] == [target]


@pytest.mark.parametrize("text", [
    "BRUSSELS, June 2 - The EC Commission appealed to member states to pay an extra 1.5 billion ECUs.",
    "BRUSSELS, May 4 - The EC urged its member states to cut their farm subsidies.",
])
def test_a_body_s_member_states_are_of_no_one_state(nlp_lines, text):
    rows = _rows(nlp_lines, text)
    assert rows and all(r["target_country"] is None for r in rows if r["target_text"] and "member" in r["target_text"])
    assert any(r["target_text"] and "member" in r["target_text"] for r in rows)


@pytest.mark.parametrize("text", [
    "FRANKFURT, Oct 19 - Deutsche Bank AG joint chief executive Friedrich Wilhelm Christians spoke on Monday.\n"
    "Christians met U.S. Treasury Secretary James Baker in the last two weeks.",
    "NEW YORK, May 2 - John Roe, the president of Acme Corp, spoke on Monday.\nRoe met Mexican Finance Minister "
    "Jesus Silva Herzog in New York.",
])
def test_a_company_s_officer_takes_no_office_of_state(nlp_lines, text):
    assert _source(nlp_lines, text, "CONSULT")[2] != "GOV"


# --- a central bank's help to the money market is a market operation --------------------------------------------------

@pytest.mark.parametrize("text", [
    "LONDON, March 5 - The Bank of England said it had given the money market 206 mln stg of assistance.",
    "LONDON, March 12 - The Bank of England said it gave the market further assistance of two mln stg.",
])
def test_help_to_the_money_market_is_no_aid(nlp_lines, text):
    assert _rows(nlp_lines, text) == []


def test_assent_to_a_view_is_no_agreement(nlp_lines):
    assert _rows(nlp_lines, "Mr Wallace, the deputy first minister, agreed and said the figures had to be looked at in "
                            "context.") == []
    assert [r["event_type"] for r in _rows(nlp_lines, "Iran and Iraq agreed and said the ceasefire would start on "
                                                      "Monday.")] == ["AGREE"]


@pytest.mark.parametrize("text", [
    "We are encouraging creditor banks to grant new loans to Argentina, said Knox.",
    "The U.S. advised Japan to lift its ban on beef imports.",
])
def test_an_act_encouraged_is_not_done(nlp_lines, text):
    assert _rows(nlp_lines, text) == []


def test_an_act_one_was_persuaded_to_do_was_done(nlp_lines):
    rows = _rows(nlp_lines, "Moscow was persuaded to withdraw its troops from Afghanistan by Western pressure.")
    assert [r["event_type"] for r in rows] == ["RETREAT"]


# --- acts supposed or speculated about, and protesters named by their act ---------------------------------------------

@pytest.mark.parametrize("text", [
    "The two counsels are supposed to meet with the prosecutor or his deputies next week, a source said.",
    "There was speculation that the Fed board was holding an extraordinary meeting with Treasury officials.",
    "Rumours that Iraqi jets had attacked a Kuwaiti tanker pushed oil prices higher.",
])
def test_acts_supposed_or_speculated_about_are_not_asserted(nlp_lines, text):
    assert _rows(nlp_lines, text) == []


@pytest.mark.parametrize(("text", "source"), [
    ("BRUSSELS, June 19 - A 24-hour strike by Belgian public employees protesting against a government pay offer "
     "disrupted transport.", ("Belgian public employees", "BEL", "LAB")),
    ("A rally by Greek farmers protesting against EC milk quotas was held in Larissa on Monday.",
     ("Greek farmers", "GRC", "AGR")),
])
def test_those_named_by_a_protest_protest(nlp_lines, text, source):
    assert _source(nlp_lines, text, "PROTEST") == source


def test_liberal_democrats_in_lower_case_are_no_party_name(nlp_lines):
    rows = _rows(nlp_lines, "WASHINGTON, March 3 - In a surprise move, liberal Democrats on the committee voted to "
                            "reject the administration's request.")
    assert [(r["source_country"], r["source_sector"]) for r in rows] == [("USA", "PTY")]
    assert _source(nlp_lines, "The Liberal Democrats accused the government of lying.", "ACCUSE")[1] == "GBR"


# --- guards from the review of the round's diff -----------------------------------------------------------------------

@pytest.mark.parametrize(("text", "etype", "sector"), [
    ("Trade Minister Kenji Oda resigned on Monday.\nOda's son accused the police of lying.", "ACCUSE", None),
    ("PARIS, May 3 - French rugby captain Jean Blanc was dropped on Monday.\nBlanc accused the English federation "
     "of cheating.", "ACCUSE", None),
])
def test_a_title_stays_with_its_holder_and_its_sense(nlp_lines, text, etype, sector):
    assert _source(nlp_lines, text, etype)[2] == sector


@pytest.mark.parametrize(("text", "etype"), [
    ("Britain sent a fleet of lorries carrying food and medicine to Sarajevo.", "AID"),
    ("The rebels fired test shells at the besieged town before the main barrage.", "ASSAULT"),
    ("Washington offered Moscow incentives to cut its missiles.", "AGREE"),
    ("DHAKA - Islamic parties urged the government to ban the book.", "REQUEST"),
    ("All parties condemned the bombing in Omagh.", "ACCUSE"),
])
def test_the_round_leaves_these_acts_alone(nlp_lines, text, etype):
    assert etype in [r["event_type"] for r in _rows(nlp_lines, text)]


def test_a_carrier_sent_is_no_target(nlp_lines):
    assert all(r["target_sector"] != "MIL" for r in _rows(
        nlp_lines, "The U.S. Navy said the aircraft carrier Kitty Hawk was sent to the Arabian Sea."))


# --- acts delayed, habitual, timetabled or refused by neither ---------------------------------------------------------

@pytest.mark.parametrize(("text", "etype"), [
    ("Baker said leading Latin American nations have delayed accepting a U.S. compromise proposal.", "AGREE"),
    ("Wolf said this explains Washington's tendency to impose countervailing duties on imports.", "COERCE"),
    ("BRUSSELS, April 3 - EC finance ministers meet in Belgium this weekend to discuss the currency float.",
     "CONSULT"),
    ("The appointment becomes effective when the company and the French government sign the agreement.", "SUPPORT"),
])
def test_acts_delayed_habitual_or_to_come_are_hypothetical(nlp_lines, text, etype):
    assert etype not in [r["event_type"] for r in _rows(nlp_lines, text)]
    assert etype in [r["event_type"] for r in _rows(nlp_lines, text, "hypothetical")]


def test_an_offer_neither_minister_accepted_is_rejected(nlp_lines):
    rows = _rows(nlp_lines, "Neither President Sarney nor Finance Minister Dilson Funaro accepted the proposals.")
    assert [r["event_type"] for r in rows] == ["REJECT"]


def test_a_rate_cut_sanctioned_is_approval(nlp_lines):
    assert _rows(nlp_lines, "The government sanctioned a half percentage point cut in interest rates.") == []
    assert [r["event_type"] for r in _rows(nlp_lines, "The European Union sanctioned Iranian officials over the "
                                                      "crackdown.")] == ["COERCE"]


@pytest.mark.parametrize(("text", "etype"), [
    ("The offer comes as the Foreign Secretary Jack Straw arrives in Jakarta for a summit meeting on the disaster.",
     "CONSULT"),
    ("Its progress was delayed twice when Polish MEPs rejected plans to adopt it.", "REJECT"),
])
def test_what_happens_as_or_when_something_is_delayed_stays(nlp_lines, text, etype):
    assert etype in [r["event_type"] for r in _rows(nlp_lines, text)]


# --- states, from the country errors of the blind skip-13400 judgements -----------------------------------------------

@pytest.mark.parametrize(("text", "side", "country"), [
    ("PARIS, March 3 - Brazilian Finance Minister Dilson Funaro held separate meetings with French Finance Minister "
     "Edouard Balladur and Bank of France Governor Jacques de Larosiere.", "source", "BRA"),
    ("Ozal was speaking to reporters after talks with Turkish Ambassador to Athens Nazmi Akiman.", "target", "TUR"),
    ("The U.S. ambassador to Moscow met Soviet Foreign Minister Eduard Shevardnadze.", "source", "USA"),
    ("To help calm heated trade relations with the U.S., Japan's top business group Keidanren has urged the "
     "government to remove import restrictions on farm products.", "target", "JPN"),
])
def test_whose_state_an_actor_is(nlp_lines, text, side, country):
    assert [r[f"{side}_country"] for r in _rows(nlp_lines, text)][:1] == [country]


def test_a_state_urging_the_government_faces_another(nlp_lines):
    rows = _rows(nlp_lines, "Iran accused the government of lying about the talks with the U.S.")
    assert [r["target_country"] for r in rows] == ["USA"]


# --- an actor over a thing, and the partner in talks over the topic -------------------------------------------------

@pytest.mark.parametrize(("text", "target"), [
    ("The U.S. has also asked the General Agreement on Tariffs and Trade to investigate the legality of Japanese "
     "import controls.", ("the General Agreement on Tariffs and Trade", None)),
    ("PEKING, April 3 - Moscow has agreed to discuss the problems of Afghanistan and Kampuchea in its talks with "
     "Peking.", ("Peking", "CHN")),
])
def test_an_actor_is_the_target_before_a_thing_or_a_topic(nlp_lines, text, target):
    assert [(r["target_text"], r["target_country"]) for r in _rows(nlp_lines, text)] == [target]


# --- types, from the type errors of the blind skip-13400 judgements ---------------------------------------------------

@pytest.mark.parametrize(("text", "etype"), [
    ("Iraqi planes yesterday raided the nearby Ardeshir oil field, resuming attacks on Iranian targets.", "ASSAULT"),
    ("Israeli warplanes raided Palestinian guerrilla bases near Sidon on Monday.", "ASSAULT"),
    ("Israeli police raided a mosque in East Jerusalem.", "COERCE"),
    ("BEIRUT - Scores of Syrian troops marched into the battered Shatila refugee camp in Beirut.", "MOBILIZE"),
    ("Tens of thousands of Chileans marched through Santiago against pension reform.", "PROTEST"),
    ("The UAE has banned a Czechoslovakian milk powder because checks showed unacceptable radiation levels.",
     "SANCTION"),
    ("Tajikistan banned the opposition party.", "COERCE"),
    ("The Netherlands withdrew its ambassador from Suriname after the killings.", "SANCTION"),
])
def test_the_type_follows_who_does_it_and_to_what(nlp_lines, text, etype):
    assert [r["event_type"] for r in _rows(nlp_lines, text)] == [etype]


# --- business, from the blind skip-14400 judgements -------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The Bank of England said it provided just 17 mln stg assistance to the money market.",
    "Audio/Video said the suit also requests the court to order Cyclops to provide all information to bidders.",
    "Harcourt is asking the court to rule the company is not required to issue common stock.",
    "The EC Commission cereals management committee rejected all bids for licences to export Spanish barley.",
    "Munson said its financial adviser, Samuel Montagu, called for an appraisal of the shares.",
])
def test_market_operations_lawsuits_and_tenders_are_business(nlp_lines, text):
    assert _rows(nlp_lines, text) == []


@pytest.mark.parametrize(("text", "etype"), [
    ("The EU rejected Turkey's bid to join the bloc.", "REJECT"),
    ("The union asked the court to block the government's pay freeze.", "REQUEST"),
])
def test_a_state_s_bid_and_a_union_in_court_stay(nlp_lines, text, etype):
    assert [r["event_type"] for r in _rows(nlp_lines, text)] == [etype]


def test_an_athlete_withdrawing_from_the_games_is_no_retreat(nlp_lines):
    assert _rows(nlp_lines, "ATHENS - Greek sprinter Kostas Kenteris withdrew from the Olympics after missing a "
                            "drugs test.") == []


# --- confidence: the measured share of such rows judged real ----------------------------------------------------------

def test_confidence_is_the_judged_share_for_the_row_s_kind(nlp_lines):
    from transforms.event_columns import calibrated_confidence
    both = _rows(nlp_lines, "Iraqi jets attacked a British tanker in the Gulf.")
    alone = _rows(nlp_lines, "The minister resigned after weeks of protests in the capital.")
    assert [r["confidence"] for r in both] == [calibrated_confidence(True, True, "state")]
    assert [r["confidence"] for r in alone] == [calibrated_confidence(True, False, "none")]
    assert both[0]["confidence"] > alone[0]["confidence"]  # (two states named: the most often real, as judged)


def test_every_kind_of_row_has_a_calibrated_confidence():
    from transforms.event_columns import calibrated_confidence
    values = [calibrated_confidence(verb, state, target) for verb in (True, False) for state in (True, False)
              for target in ("state", "actor", "none")]
    assert len(values) == 12 and all(0.5 < v < 1.0 for v in values)


@pytest.mark.parametrize("text", [
    "Dome has refused to negotiate with TransCanada since April, said TransCanada president Gerald Maier.",
    "Jones said its board has asked Vulcan for further information to explore the bid.",
])
def test_a_company_name_is_no_small_town(nlp_lines, text):
    assert all(r["source_country"] is None and r["target_country"] is None for r in _rows(nlp_lines, text))
