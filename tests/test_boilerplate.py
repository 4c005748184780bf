import pytest

from tests.conftest import seed_paths
from transforms.boilerplate import classify_lines, match_rule, pick_title
from transforms.cleaning import clean_article
from transforms.decode import normalize_text

SEED_BOILERPLATE = ["Outbrain", "Story continues below advertisement", "Click to play video", "Read more:",
                    "Sponsored content", "Stay Updated on Developing Stories"]


@pytest.mark.parametrize(("line", "rule"), [
    ("Advertisement", "advertisement"),
    ("Story continues below advertisement", "advertisement"),
    ("Click to play video: 'Flood waters rise in the valley'", "video"),
    ("Read more: Parliament votes on the new budget", "read_more"),
    ("Related Stories", "read_more"),
    ("Share this article", "share"),
    ("Sign up for our daily newsletter", "subscribe"),
    ("We use cookies to improve your experience on our site.", "cookies_privacy"),
    ("© 2026 Example Media Group. All rights reserved.", "copyright"),
    ("View 24 comments", "comments"),
    ("Skip to main content", "navigation"),
    ("Follow us on Twitter", "share"),
    ("Join us on Telegram", "social_follow"),
    ("Updated: Mar 3, 2026", "updated_timestamp"),
    ("By Maria Jansen", "byline"),
    ("-With a file from the wire service’s Anna Berg", "credit"),
    ("Delegates arrive at the conference centre. (Photo: Jane Doe/Staff)", "photo_credit"),
    ("Flooded streets in the old town – Mar 11, 2026", "dated_teaser"),
])
def test_rules_match_real_boilerplate(line, rule):
    hit = match_rule(line)
    assert hit is not None and hit.name == rule


@pytest.mark.parametrize("line", [
    "The company said it would share the cost of the new plant with the city.",
    "Read the statement in full, the minister told parliament on Tuesday, before taking questions.",
    "Home prices rose 4 percent in the year to March, the statistics office said.",
    "By the end of the decade, the port expects to handle twice as many containers.",
])
def test_rules_leave_prose_alone(line):
    assert match_rule(line) is None


@pytest.mark.parametrize("path", seed_paths(), ids=lambda p: p.name[:3])
def test_seeds_come_out_clean_with_every_paragraph(path):
    text = normalize_text(path.read_text(encoding="utf-8"))
    art = clean_article(text)
    for phrase in SEED_BOILERPLATE:
        assert phrase not in art.clean_text
    body_paragraphs = [p.strip() for p in text.split("\n\n") if len(p.split()) >= 25 and "Click to play" not in p
                       and not p.strip().endswith(("EPA/ROMAN PILIPEY",))]
    for para in body_paragraphs:
        assert para in art.clean_text, para[:60]


def test_seed_structure_goes_to_columns():
    art = clean_article(normalize_text(next(p for p in seed_paths() if p.name.startswith("002")).read_text()))
    assert art.title == "U.S. seeks to coordinate with allies over participation in 2022 Beijing Olympics"
    assert art.source_name == "Global News"
    assert art.captions and art.captions[0].startswith("People gather in front of National Indoor Stadium")
    assert art.byline and "Hannah Jackson" in art.byline
    art1 = clean_article(normalize_text(next(p for p in seed_paths() if p.name.startswith("001")).read_text()))
    assert art1.source_name == "CNN" and art1.dateline == "(CNN)"
    assert art1.title.startswith("White House announces US diplomatic boycott")
    assert not art1.clean_text.startswith("White House announces")


def test_removed_lines_keep_their_reason():
    lines = ["Menu", "Storm closes schools across the north", "",
             "Heavy snow closed hundreds of schools across the north on Monday, officials said, as temperatures fell.",
             "", "Advertisement", "", "Forecasters expect more snow later in the week and warned drivers to stay home."]
    verdicts = classify_lines(lines)
    removed = {v.line_no: v.reason for v in verdicts if not v.keep}
    assert removed[0] == "rule:navigation" and removed[5] == "rule:advertisement"
    assert pick_title(lines, verdicts) == 1


def test_lines_repeated_across_a_source_are_removed_as_boilerplate():
    from transforms.repeats import count_lines, repeats_for, source_group

    footer = "The Valley Ledger is an independent newspaper serving the valley since 1921."
    docs = [[f"Council votes on budget number {i} after a long debate on Tuesday evening in the town hall.", "",
             footer] for i in range(5)]
    group = source_group("https://www.valleyledger.example/news/1", None)
    assert group == "valleyledger.example"
    stats = count_lines((group, lines) for lines in docs)
    counts = {(r[0], r[1]): r[2] for r in stats.iter_rows()}
    repeats = repeats_for(group, docs[0], counts)
    assert repeats == [0, 0, 4]
    art = clean_article("\n".join(docs[0]), repeats=repeats)
    assert footer not in art.clean_text and "Council votes" in art.clean_text
    assert [v.reason for v in art.removed] == ["repeat:4"]


# Paragraphs written for this test: each holds a rule phrase in the middle of article prose and must be kept.
PARAGRAPHS_WITH_RULE_PHRASES = [
    "“The question in every newsroom now is which story will get the best headlines tomorrow, and not which "
    "story matters most,” the former editor said, adding that the pressure to be first had never been greater "
    "and that reporters were asked to file three versions of the same piece before lunch.",
    "The minister said she would sign up for the new savings scheme herself and urged others to subscribe to "
    "the national bond programme before the deadline, which falls at the end of the month.",
    "Regulators fined the company after it changed its privacy policy without telling users, and said the "
    "firm had kept data on millions of people for longer than the law allows.",
    "Opposition leaders said the government would get the latest figures only after the vote, and accused "
    "ministers of hiding the true cost of the project from parliament for more than a year.",
    "Teachers said pupils were encouraged to share this article with their parents, read more books over "
    "the summer and follow us on the school’s trips to the museum, according to the letter sent home.",
    "The author of the report insisted that all rights reserved in the contract belonged to the families who "
    "had shared their stories, and that no part of the testimony would be published without their consent.",
]


OPENING = "Lawmakers debated a bill on Tuesday that would change how newspapers are regulated, officials said."
CLOSING = "The vote is expected next week, and the speaker said the debate could run late into the night."


@pytest.mark.parametrize("para", PARAGRAPHS_WITH_RULE_PHRASES)
def test_a_rule_phrase_inside_a_paragraph_does_not_remove_it(para):
    assert match_rule(para) is None
    lines = ["Menu", "Advertisement", "Share this article", "", OPENING, "", para, "", CLOSING, "",
             "Read more: other news", "Sign up"]
    art = clean_article("\n".join(lines))
    assert OPENING in art.clean_text and CLOSING in art.clean_text
    assert para in art.clean_text


def test_a_long_quoted_paragraph_survives_among_web_page_boilerplate():
    para = " ".join(PARAGRAPHS_WITH_RULE_PHRASES[:1] * 6)  # about 1,500 characters, one line
    lines = ["Home", "Politics", "Subscribe", "", "Parliament debates the press bill", "",
             OPENING, "", para, "", "Advertisement", "", CLOSING, "",
             "Share this article", "Sign up for our daily newsletter", "© 2026 Example Media. All rights reserved."]
    art = clean_article("\n".join(lines))
    assert para in art.clean_text
    assert "Sign up for our daily newsletter" not in art.clean_text and "Advertisement" not in art.clean_text


@pytest.mark.parametrize(("line", "rule"), [
    ("Get the latest news delivered to your inbox every morning.", "subscribe"),
    ("Sign up to get the best stories of the week, picked by our editors.", "subscribe"),
    ("By signing up, you agree to our Terms of Use and Privacy Policy and to receive emails from us.", "consent"),
    ("This website uses cookies to improve your experience. By continuing to browse the site you agree to our "
     "use of cookies. Find out more in our cookie policy, which explains how to change your settings.",
     "cookies_privacy"),
])
def test_whole_boilerplate_lines_are_still_removed(line, rule):
    hit = match_rule(line)
    assert hit is not None and hit.name == rule


def test_a_short_attributed_quotation_on_a_web_page_is_kept():
    from transforms.boilerplate import classify_lines

    page = ["Home | World | Business | Sport", "Share this article", "Share on Facebook", "Advertisement",
            "The harbour pilots walked out on Monday over new night rosters.",
            '"The ships cannot wait forever," Anna Visser said later.',
            "“We will not back down,” a union spokesman told reporters.",
            "Read more: Port strikes across Europe", "Sign up for our newsletter", "Sponsored content"]
    kept = {v.text for v in classify_lines(page) if v.keep}
    assert '"The ships cannot wait forever," Anna Visser said later.' in kept
    assert "“We will not back down,” a union spokesman told reporters." in kept
    assert not kept & {"Share this article", "Sign up for our newsletter", "Sponsored content"}


WRAPPED_WIRE = [  # our own wire-style stories, hard-wrapped at a fixed width as old wire feeds are
    ("HARBOUR BOARD RAISES PORT FEES",
     "OSLO, March 4 - The harbour board of the port said it would\n"
     "raise its berthing fees by four pct from April, the first rise\n"
     "since 1984.\n"
     "    The board said the increase would be used to repair two\n"
     "piers damaged in the winter storms, and that shipping lines had\n"
     "been told of the change last week."),
    ("MAPLE MILLS <MPL> SETS DIVIDEND",
     "Maple Mills Inc said its board declared a quarterly dividend of\n"
     "12 cts a share, payable April 10 to holders of record March 20.\n"
     "    The company also said it was studying the sale of its paper\n"
     "unit, which had sales of 40 mln dlrs last year."),
    ("COUNCIL DELAYS VOTE ON BUDGET",
     "The city council postponed a vote on the budget after members\n"
     "said they needed more time, a spokesman said.\n"
     "    Officials said the vote would now take place next month,\n"
     "when the final figures for the year are known."),
]


@pytest.mark.parametrize(("headline", "body"), WRAPPED_WIRE)
def test_hard_wrapped_prose_is_never_taken_for_the_headline(headline, body):
    """A wrapped line ("... with the\\nboard") looks like a headline (short, no final stop); taking it lost a real
    line of text. The headline is the first line; every body line stays in the clean text."""
    art = clean_article(f"{headline}\n{body}")
    assert art.title == headline
    for line in body.split("\n"):
        assert line.strip() in art.clean_text


@pytest.mark.parametrize(("body", "dateline", "source"), [
    ("ROTTERDAM (Newsmill Wire) - Dockers walked out on Monday.", "ROTTERDAM (Newsmill Wire) -", "Newsmill Wire"),
    ("HARBOUR CITY, March 3 - The port authority said on Tuesday it would raise fees.", "HARBOUR CITY, March 3 -",
     None),
    ("GAZA CITY -- Gunmen fired on a convoy.", "GAZA CITY --", None),
    ("OSLO/STOCKHOLM (Newsmill Wire) - Two utilities agreed to merge.", "OSLO/STOCKHOLM (Newsmill Wire) -",
     "Newsmill Wire"),  # a story filed from two places
    ("HARBOUR CITY, AUGUST 17: The port authority charged two pilots.", "HARBOUR CITY, AUGUST 17:", None),
    ("NEW TOWN, JULY 4 : Police arrested six activists on Friday.", "NEW TOWN, JULY 4 :", None),
    ("UNITED NATIONS : The assembly voted on Friday.", "UNITED NATIONS :", None),
    ("Harbour City, Alberta, March 18 - The port board said it would.", "Harbour City, Alberta, March 18 -", None),
    ("HARBOUR CITY, N.C., march 12 - The port board said it would.", "HARBOUR CITY, N.C., march 12 -", None),
    ("Reuters - The central bank left rates unchanged.", "Reuters -", "Reuters"),
    ("The Asia-Pacific Economic Cooperation (APEC) forum met in Lima.", None, None),  # a name and its acronym
])
def test_a_dateline_opening_the_body_is_kept_with_its_agency(body, dateline, source):
    article = clean_article(body + "\nOfficials gave no details.")
    assert (article.dateline, article.source_name) == (dateline, source)


def test_a_dateline_after_a_headline_line_the_cleaner_kept_is_found():
    from transforms.metadata import find_dateline

    body = "Port fees to rise, authority says\nHARBOUR CITY (Newsmill Wire) - The port authority said it would."
    assert find_dateline(body) == ("HARBOUR CITY (Newsmill Wire) -", "Newsmill Wire")
    assert find_dateline("The minister said talks would go on.\nTEHRAN, March 3 - Iran said.") == (None, None)
