"""Event coding rules on short sentences of our own (real model): targets and countries."""
import pytest

from transforms.entities import ner_view
from transforms.events import event_rows
from transforms.mentions import article_mentions


def _events(nlp, text):
    doc = nlp(ner_view(text))
    mentions = article_mentions("d1", {"body": doc}, {"body": text})
    return event_rows("d1", "s1", doc, mentions), mentions


def test_protest_purpose_clause_names_the_target(nlp):
    rows, _ = _events(nlp, "Kenyan nurses began a hunger strike to demand the resignation of Kenyan President "
                           "Daniel Moi.")
    protest = [r for r in rows if r["event_type"] == "PROTEST"]
    assert protest and protest[0]["target_text"].endswith("Daniel Moi")
    assert (protest[0]["source_country"], protest[0]["target_country"]) == ("KEN", "KEN")


def test_person_acted_on_by_a_domestic_actor_stays_at_home(nlp):
    rows, _ = _events(nlp, "A Peruvian judge ordered former minister Luis Ocampo to appear in court over arms "
                           "sales to Ecuador.")
    request = [r for r in rows if r["event_type"] == "REQUEST"]
    assert request and (request[0]["source_country"], request[0]["target_country"]) == ("PER", "PER")


def test_the_town_of_x_is_a_place(nlp):
    _, mentions = _events(nlp, "A car bomb near the town of Samarra killed three soldiers on Sunday.")
    assert {m["label"] for m in mentions if m["text"] == "Samarra"} == {"GPE"}


@pytest.mark.parametrize(("text", "expected"), [
    ("The Kenyan air force launched an air strike against a rebel camp near the Somali border.", ["ASSAULT"]),
    ("The Ghanaian nurses' union called off a three-day strike after talks with the health ministry.", ["CONCEDE"]),
    ("The rebel militia declared a unilateral ceasefire in the north of Chad on Friday.", ["RETREAT"]),
    ("Kenya announced that it will withdraw its troops from Somalia unless the government pays their salaries.",
     ["THREATEN"]),
    ("Farmers in Peru began a hunger strike to demand the release of their leaders.", ["PROTEST"]),
    ("Prisoners rioted at a jail in southern Chile on Monday, setting fire to mattresses.", ["PROTEST"]),
    ("The Bolivian finance minister declined to resign despite pressure from the unions.", ["REJECT"]),
    ("Bolivian exports declined sharply in March.", []),
])
def test_plover_conventions_for_protest_ceasefire_and_ultimatum(nlp, text, expected):
    rows, _ = _events(nlp, text)
    assert sorted(r["event_type"] for r in rows if r["modality"] == "asserted") == expected


def test_receiving_aid_makes_the_giver_the_source(nlp):
    rows, _ = _events(nlp, "Haitian hospitals received medicine from the Cuban government.")
    aid = [r for r in rows if r["event_type"] == "AID"]
    assert aid and (aid[0]["source_country"], aid[0]["target_country"]) == ("CUB", "HTI")


def test_a_known_leader_named_alone_codes_to_his_state(nlp):
    rows, _ = _events(nlp, "Putin threatened to cut gas supplies to Moldova.")
    assert [(r["event_type"], r["source_country"], r["target_country"]) for r in rows] == [("THREATEN", "RUS", "MDA")]


def test_movements_code_to_their_country(nlp):
    rows, _ = _events(nlp, "The Taliban rejected an offer of talks from Pakistan.")
    assert [(r["source_country"], r["target_country"]) for r in rows if r["event_type"] == "REJECT"] == [
        ("AFG", "PAK")]
