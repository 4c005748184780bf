"""Quotation rules on short texts of our own (real model): what counts as one quotation, its cue and speaker."""
from transforms.entities import ner_view
from transforms.mentions import article_mentions
from transforms.quotes import find_quotes, quote_rows


def _rows(nlp, text):
    doc = nlp(ner_view(text))
    mentions = article_mentions("d1", {"body": doc}, {"body": text})
    return quote_rows("d1", doc, mentions)


def test_quotation_that_goes_on_after_its_cue_sentence_is_one_quotation(nlp):
    text = ("“The bridge will open in May,” said Mayor Lena Ortiz. “We owe the river towns a faster road "
            "and we intend to deliver it.”\n\nThe council meets on Friday.")
    direct = [r for r in _rows(nlp, text) if r["kind"] == "direct"]
    assert len(direct) == 1
    assert "open in May" in direct[0]["quote_text"] and "deliver it" in direct[0]["quote_text"]
    assert direct[0]["speaker_name"] == "Lena Ortiz"


def test_any_verb_tagged_after_a_quotation_is_its_cue(nlp):
    text = "Paul Marsh spoke first.\n\n“Nobody in this town has seen a budget like this one,” Marsh grumbled."
    rows = _rows(nlp, text)
    assert [r["cue"] for r in rows] == ["grumbled"]
    assert rows[0]["speaker_text"] == "Marsh"


def test_a_quoted_name_for_something_is_a_direct_quotation(nlp):
    text = "Senator Ruth Calder called the tax plan “a gift to the wealthiest families in the state.”"
    rows = _rows(nlp, text)
    assert len(rows) == 1 and rows[0]["kind"] == "direct" and rows[0]["cue"] == "called"
    assert rows[0]["quote_text"].startswith("the tax plan")
    assert rows[0]["speaker_name"] == "Ruth Calder"


def test_made_it_clear_that_reports_what_was_said(nlp):
    text = "The governor made it clear that the state would not raise fuel taxes this year."
    rows = _rows(nlp, text)
    assert [(r["kind"], r["cue"]) for r in rows] == [("indirect", "made")]
    assert rows[0]["quote_text"] == "that the state would not raise fuel taxes this year"


def test_reported_clause_loses_a_trailing_aside(nlp):
    text = "Dana Poole said the council approved the new budget, which had been delayed for months by disputes."
    rows = _rows(nlp, text)
    assert [r["quote_text"] for r in rows] == ["the council approved the new budget"]


def test_unclosed_quotation_stops_at_its_paragraph(nlp):
    text = ("“We will keep the clinic open all winter,” said Dr. Amy Reyes.\n\n“And we will hire two more nurses"
            "\n\nThe hospital board did not comment on the plan and said nothing about nurses.")
    quoted = [r["quote_text"] for r in _rows(nlp, text) if r["kind"] == "direct"]
    assert all("\n" not in q for q in quoted)
    assert not any("hospital board" in q for q in quoted)


def test_quotation_without_any_cue_goes_to_the_speaker_just_before(nlp):
    text = ("“The harvest came in early this year,” said farmer Jon Ekdahl.\n\n"
            "“Prices are another story entirely, and they keep falling.”")
    rows = sorted(_rows(nlp, text), key=lambda r: r["start_char"])
    assert [r["speaker_name"] for r in rows] == ["Jon Ekdahl", "Jon Ekdahl"]
    assert rows[1]["cue"] is None


def test_find_quotes_on_plain_narration_finds_nothing(nlp):
    doc = nlp("The river rose two feet overnight and the ferry stopped running at noon.")
    assert find_quotes(doc) == []


def test_a_statement_saying_is_attributed_to_whoever_issued_it(nlp):
    text = "The Harbor Authority issued a statement saying the port would reopen to cargo ships on Monday."
    rows = _rows(nlp, text)
    assert [r["speaker_text"] for r in rows] == ["The Harbor Authority"]


def test_question_tagged_in_the_next_sentence_keeps_its_cue(nlp):
    text = ("Rosa Vega took the microphone.\n\n“Who will pay for the new school? Who will staff it?” she asked. "
            "“Nobody in this room has an answer.”\n\nThe meeting ended at nine.")
    rows = [r for r in _rows(nlp, text) if r["kind"] == "direct"]
    assert rows and all(r["cue"] == "asked" and r["speaker_name"] == "Rosa Vega" for r in rows)


def test_speaker_is_never_words_of_the_quotation(nlp):
    text = "“All of my brothers are farmers and so was my father,” Kessler, 52, told the county paper."
    rows = _rows(nlp, text)
    assert [r["speaker_text"] for r in rows] == ["Kessler"]


def test_two_rules_finding_one_content_give_one_row(nlp):
    text = ("Mayor Ines Varga described the attack as \"a grim reminder that threats against any worker are threats "
            "against all of us.\"\n\n"
            "Councillor Tom Reed called the vote “a promise we made to every parent in this city.”")
    rows = _rows(nlp, text)
    assert len({r["quote_id"] for r in rows}) == len(rows) == len({(r["start_char"], r["end_char"]) for r in rows})
    assert {r["speaker_name"].split()[-1] for r in rows} == {"Varga", "Reed"}


def test_reported_clause_boundaries(nlp):
    rows = _rows(nlp, "Like many farmers in the valley, Ruiz said the new dam had saved his orchard.")
    assert [r["quote_text"] for r in rows] == ["the new dam had saved his orchard"]
    rows = _rows(nlp, "Most growers said the harvest was late; a few said it was the best in years.")
    assert "the harvest was late" in {r["quote_text"] for r in rows}
    rows = _rows(nlp, "That said, the council will vote on the plan next week.")
    assert rows == []


def test_the_place_a_wire_story_was_filed_from_is_no_speaker(nlp):
    rows = _rows(nlp, "ZURICH, March 3 - Alpine Grain AG said it had bought a majority stake in a Bavarian mill.\n"
                      "The company said the price would not be disclosed.")
    speakers = [r["speaker_text"] for r in rows]
    assert "ZURICH" not in speakers and speakers[0] == "Alpine Grain AG", rows
