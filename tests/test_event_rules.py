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


# --- every lexicon entry fires, in its political sense, on its own example sentence ---------------------------

def _lexicon_cases():
    from transforms.events import lexicon
    return [pytest.param(e, id=f"{e.lemma}-{e.pos}-{n}") for entries in lexicon().values()
            for n, e in enumerate(entries)]


@pytest.mark.parametrize("entry", _lexicon_cases())
def test_lexicon_example_codes_its_entry(nlp, entry):
    assert entry.example, "every lexicon entry carries an example sentence of our own"
    rows, _ = _events(nlp, entry.example)
    assert (entry.type or entry.negated_type) in {r["event_type"] for r in rows}


# --- the same words in a non-political sense, or without a political actor, are no event --------------------

@pytest.mark.parametrize("text", [
    "The chancellor is set to meet his fiscal rules by the end of the decade.",
    "Ms Reeves delivered a speech to business leaders in Leeds on Monday.",
    "The side that was beaten by France last week will face Italy in Rome.",
    "He buried his right-footed strike into the bottom corner after ten minutes.",
    "Samsung was demonstrating a folding handset at the trade show in Berlin.",
    "The firm struck a deal with a Swedish supplier for cheaper batteries.",
    "Shares in the carmaker rallied after strong sales in China.",
    "The singer released a new album in Canada on Friday.",
    "The striker fired a shot at goal but the keeper saved it.",
    "Apple shares fell after the company cut its sales forecast.",
])
def test_non_political_senses_code_nothing(nlp, text):
    rows, _ = _events(nlp, text)
    assert [r for r in rows if r["modality"] == "asserted"] == []


@pytest.mark.parametrize("text", [
    "Asked whether Spain would expel the envoy, the minister declined to comment.",
    "Would Germany send troops to Lithuania if asked?",
    "The Irish foreign minister refused to be drawn on the timing of the vote.",
])
def test_statements_questions_and_no_comment_are_not_events(nlp, text):
    rows, _ = _events(nlp, text)
    assert [r for r in rows if r["modality"] == "asserted"] == []


@pytest.mark.parametrize(("text", "mod"), [
    ("No arrests have been made by the Kenyan police.", "negated"),
    ("No Bolivian soldiers were detained by the Chilean police.", "negated"),
    ("The Danish government's plans to expel Russian diplomats were announced on Monday.", "hypothetical"),
    ("The Greek government's proposal to lift the ban on Turkish imports was published on Monday.", "hypothetical"),
])
def test_unrealised_and_negated_acts_get_their_modality(nlp, text, mod):
    rows, _ = _events(nlp, text)
    assert rows and {r["modality"] for r in rows} == {mod}


# --- actors: national politics, sectors and the political-actor rule ----------------------------------------

UK_ARTICLE = ("Labour and the Conservatives clashed over taxes in the Commons on Tuesday, as Britain prepared for "
              "an election. Tory leader Michael Howard accused the prime minister of misleading British voters. "
              "Ms Short, a former Labour minister, criticised Mr Howard on Wednesday.")


def test_national_politicians_code_to_the_article_home_state(nlp):
    rows, _ = _events(nlp, UK_ARTICLE)
    accuse = [r for r in rows if r["event_type"] == "ACCUSE"]
    assert accuse and {r["source_country"] for r in accuse} == {"GBR"}
    assert all(r["target_country"] in ("GBR", None) for r in accuse)


def test_agents_take_a_sector_and_no_random_country(nlp):
    rows, _ = _events(nlp, "The police arrested three protesters outside the parliament on Monday.")
    arrest = [r for r in rows if r["event_type"] == "COERCE"]
    assert arrest and arrest[0]["source_sector"] == "COP" and arrest[0]["source_country"] is None


def test_dictionary_people_are_resolved_as_of_the_publication_date(nlp):
    import datetime as dt

    from transforms.entities import ner_view
    from transforms.events import event_rows
    from transforms.mentions import article_mentions
    text = "Clare Short criticised the Sudanese government over Darfur."
    doc = nlp(ner_view(text))
    mentions = article_mentions("d1", {"body": doc}, {"body": text})
    rows = event_rows("d1", "s1", doc, mentions, published=dt.date(2003, 3, 1))
    accuse = [r for r in rows if r["event_type"] == "ACCUSE"]
    assert accuse and (accuse[0]["source_country"], accuse[0]["source_sector"]) == ("GBR", "GOV")
    assert (accuse[0]["target_country"], accuse[0]["target_sector"]) == ("SDN", "GOV")


def test_an_event_needs_a_political_actor(nlp):
    rows, _ = _events(nlp, "A local bakery criticised the supermarket chain over its opening hours.")
    assert rows == []
    rows, _ = _events(nlp, "The Nigerian government criticised the supermarket chain over its prices.")
    assert rows == []  # criticism is coded between two political actors
    rows, _ = _events(nlp, "The Nigerian government criticised Ghana over its fuel prices.")
    assert [r["event_type"] for r in rows] == ["ACCUSE"]


def test_a_politician_attacking_in_words_is_an_accusation(nlp):
    rows, _ = _events(nlp, "The French prime minister attacked the Greek government over its budget plans.")
    assert [r["event_type"] for r in rows] == ["ACCUSE"]
    rows, _ = _events(nlp, "Rebel fighters attacked a Malian army base near Gao.")
    assert [r["event_type"] for r in rows] == ["ASSAULT"]
