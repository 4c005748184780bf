import pytest

from transforms.decode import decode_bytes, normalize_text, repair_character_references, repair_mojibake

ARTICLE = ("The minister said the plan was “final” – and that nothing would change. "
           "Officials in Zürich and São Paulo welcomed it. ") * 5


def test_utf8_keeps_curly_quotes_and_dashes():
    d = decode_bytes(ARTICLE.encode("utf-8"))
    assert d.text == ARTICLE
    assert "“final”" in d.text and "–" in d.text


def test_cp1252_is_detected_and_decoded():
    d = decode_bytes(ARTICLE.encode("cp1252"))
    assert d.problem is None
    assert "“final”" in d.text and "Zürich" in d.text


def test_utf16_with_bom():
    d = decode_bytes(ARTICLE.encode("utf-16"))
    assert d.problem is None and "São Paulo" in d.text


def test_mojibake_is_repaired_without_touching_good_quotes():
    broken = "Zürich".encode().decode("cp1252") + " said “yes”"
    assert repair_mojibake(broken) == "Zürich said “yes”"


def test_nbsp_and_crlf_are_normalised():
    assert normalize_text("Beijing\u00a0\r\nnext\u200bline") == "Beijing \nnextline"


def test_bad_inputs_have_reasons():
    assert decode_bytes(b"").problem == "empty"
    assert decode_bytes(b"  \n\t \n").problem == "empty"
    assert decode_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 20).problem == "binary"


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_without_bom_is_text_not_binary(encoding):
    d = decode_bytes(ARTICLE.encode(encoding))
    assert d.problem is None and d.encoding == encoding and d.text == ARTICLE


def test_nul_bytes_in_single_byte_text_stay_binary():
    assert decode_bytes(ARTICLE.encode("utf-8").replace(b" ", b"\x00", 40)).problem == "binary"
    assert decode_bytes(b"\x00\x01" * 100).problem == "binary"


@pytest.mark.parametrize(("feed", "clean"), [
    ("The minister's communiqu&#233; cost &#163;2m &#x2014; a record.",
     "The minister's communiqué cost £2m — a record."),
    ("Norway #39;s coalition said it wouldn #39;t back the budget.",  # the "&" became a space
     "Norway's coalition said it wouldn't back the budget."),
    ("The unions #39; leaders asked for  #36;40 more a week.", "The unions' leaders asked for $40 more a week."),
    ("Talks ended&#151;without a deal.", "Talks ended—without a deal."),  # HTML reads 128-159 as Windows-1252
])
def test_numeric_character_references_left_by_feeds_become_characters(feed, clean):
    assert repair_character_references(feed) == clean
    assert decode_bytes(feed.encode("utf-8")).text == clean


@pytest.mark.parametrize("text", [
    "Escaped markup &lt;b&gt;stays&lt;/b&gt; as written.",  # named references would turn into tags
    "Motion #12; was tabled by room #4;",  # without "&" only escaped punctuation counts
    "A null &#0; and a control &#1; are not characters to restore.",
    "Curly \u201cquotes\u201d and the #1 seed stay as they are.",
])
def test_text_without_a_lost_punctuation_reference_is_unchanged(text):
    assert repair_character_references(text) == text
