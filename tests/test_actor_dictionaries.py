"""Actor dictionaries derived from Phoenix/PETRARCH2: people as of a date, organisations and agents."""
import datetime as dt

import pytest

from transforms.actors import agent_sector, is_political, organisation, person


def test_a_minister_is_government_while_in_office_and_keeps_the_state_after():
    during = person("Clare Short", dt.date(2003, 3, 1))
    after = person("Clare Short", dt.date(2010, 1, 1))
    assert (during.country, during.sector) == ("GBR", "GOV")
    assert after.country == "GBR" and after.sector != "GOV"


def test_the_project_leaders_list_wins_and_unknown_names_resolve_to_nothing():
    assert person("Tony Blair", dt.date(2005, 1, 1)).country == "GBR"
    assert person("Zorblax Quimby") is None


def test_organisations_international_and_national():
    assert (organisation("the United Nations").country, organisation("the United Nations").sector) == (None, "IGO")
    assert organisation("Hamas").country == "PSE" and organisation("Hamas").sector == "REB"
    assert organisation("Tories").country == "GBR" and organisation("Tories").sector == "PTY"


@pytest.mark.parametrize(("words", "sector"), [
    (["police"], "COP"), (["riot", "police"], "COP"), (["the", "government"], "GOV"), (["rebels"], "REB"),
    (["troops"], "MIL"), (["the", "opposition"], "OPP"), (["ministry"], "GOV"), (["judges"], "JUD"),
    (["fans"], None), (["team"], None),
])
def test_agents_map_to_cameo_sectors(words, sector):
    assert agent_sector(words) == sector


def test_political_actors_are_states_or_political_sectors():
    assert is_political("FRA", None) and is_political(None, "IGO") and is_political(None, "COP")
    assert not is_political(None, "BUS") and not is_political(None, None)


def test_every_data_file_names_its_source_and_licence():
    from importlib import resources
    for name in ("actors_people.csv", "actors_international.csv", "actors_nonstate.csv", "agents.csv",
                 "discards.csv"):
        head = (resources.files("transforms") / "data" / name).read_text(encoding="utf-8")[:400]
        assert "openeventdata/petrarch2" in head and "MIT licence" in head


# --- our own national lists: every entry with an example codes as an event's actor, with its sector -------------

def _own_rows(name):
    import csv
    from importlib import resources
    text = (resources.files("transforms") / "data" / name).read_text(encoding="utf-8")
    return [r for r in csv.DictReader(ln for ln in text.splitlines() if not ln.startswith("#")) if r["example"]]


@pytest.mark.parametrize("row", _own_rows("national_actors.csv"), ids=lambda r: r["name"])
def test_national_parties_and_bodies_code_as_actors(nlp, row):
    from transforms.entities import ner_view
    from transforms.events import event_rows
    from transforms.mentions import article_mentions
    doc = nlp(ner_view(row["example"]))
    rows = event_rows("d1", "s1", doc, article_mentions("d1", {"body": doc}, {"body": row["example"]}))
    actors = {(r[f"{side}_sector"], r[f"{side}_country"]) for r in rows for side in ("source", "target")
              if r[f"{side}_text"] and row["name"].lower() in r[f"{side}_text"].lower()}
    assert actors, f"no event with {row['name']} as an actor"
    assert all(sector == row["sector"] and (country == row["iso3"] or not row["iso3"]) for sector, country in actors)


@pytest.mark.parametrize("row", _own_rows("agents_own.csv"), ids=lambda r: r["phrase"])
def test_own_agent_words_give_their_sector(nlp, row):
    from transforms.entities import ner_view
    from transforms.events import event_rows
    from transforms.mentions import article_mentions
    doc = nlp(ner_view(row["example"]))
    rows = event_rows("d1", "s1", doc, article_mentions("d1", {"body": doc}, {"body": row["example"]}))
    assert row["sector"] in {r["source_sector"] for r in rows}
    assert agent_sector([row["phrase"] + "s"]) == row["sector"]


@pytest.mark.parametrize("row", _own_rows("national_titles.csv"), ids=lambda r: r["title"])
def test_offices_only_one_state_has_give_their_state(nlp, row):
    from transforms.entities import ner_view
    from transforms.events import event_rows
    from transforms.mentions import article_mentions
    doc = nlp(ner_view(row["example"]))
    rows = event_rows("d1", "s1", doc, article_mentions("d1", {"body": doc}, {"body": row["example"]}))
    assert (row["iso3"], row["sector"]) in {(r["source_country"], r["source_sector"]) for r in rows}


def test_national_titles_and_bodies_lookups():
    from transforms.actors import national_body, national_title
    assert national_title("Mr Roe, the shadow home secretary") == national_title("shadow chancellor")
    assert national_title("Home Secretary Jane Roe").country == "GBR"
    assert national_title("Secretary of State Jane Roe").country == "USA"  # (the title before a name is American)
    assert national_title("Jane Roe, the Secretary of State for Wales") is None  # (a British portfolio)
    assert national_body("the TUC") and national_body("CBI") and not national_body("the Treasury")


def test_own_lists_name_their_source():
    from importlib import resources
    for name in ("national_actors.csv", "agents_own.csv", "national_titles.csv"):
        head = (resources.files("transforms") / "data" / name).read_text(encoding="utf-8")[:600]
        assert "our own" in head and "example" in head
