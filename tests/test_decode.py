import pytest

from transforms.decode import decode_bytes, normalize_text, repair_mojibake

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
