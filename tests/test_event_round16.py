"""Round 16 of the event rules (issue 10): material cooperation that the lexicon missed. Partners acting
together ("joint patrols", "a joint investigation") cooperate with each other, not with whom the operation is aimed
at; records, files or intelligence handed or passed to another state's officials, and a suspect handed over to a
court or another state's police, are judicial and intelligence cooperation (CAMEO 063/064) with the one who
receives them. Sentences of our own in wire, broadcaster and regional style; each class has the acts it must keep."""
import pytest

from tests.conftest import coded_events as _rows


def _dyads(nlp, text: str) -> list[tuple]:
    return [(r["event_type"], r["source_country"], r["target_country"]) for r in _rows(nlp, text)]


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
    ("Russian and Belarusian troops began joint military exercises near the Polish border.", "MOBILIZE"),
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
