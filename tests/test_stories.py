"""Stories: versions of one story share a story_id; other stories do not."""
import polars as pl

from flows.warehouse import Warehouse
from tests.conftest import seed_text
from transforms.cleaning import clean_article
from transforms.decode import normalize_text
from transforms.stories import CONTAINMENT, assign_stories, containment, shingles


def _clean(prefix):
    return clean_article(normalize_text(seed_text(prefix))).clean_text


def test_thresholds_separate_versions_from_other_stories():
    a, b, c = (shingles(_clean(p)) for p in ("000", "001", "002"))
    assert containment(a, b) >= CONTAINMENT
    assert containment(a, c) < CONTAINMENT / 2 and containment(b, c) < CONTAINMENT / 2


def test_new_documents_join_existing_stories():
    a, b, c = (_clean(p) for p in ("000", "001", "002"))
    assert assign_stories([], [("a", a), ("b", b), ("c", c)]) == {"a": "a", "b": "a", "c": "c"}
    assert assign_stories([("a", "story-1", a)], [("b", b), ("c", c)]) == {"b": "story-1", "c": "c"}
    syndicated = a + "\n\nThis article was syndicated."
    assert assign_stories([], [("x", a), ("y", syndicated)]) == {"x": "x", "y": "x"}


def test_seed_stories_in_the_warehouse(seeds_warehouse):
    _, wh, _ = seeds_warehouse
    docs = Warehouse(wh).read("documents").with_columns(pl.col("source_uri").str.slice(0, 3).alias("seed"))
    story = dict(zip(docs["seed"], docs["story_id"], strict=True))
    assert story["000"] == story["001"] != story["002"]
    assert story["002"] == docs.filter(pl.col("seed") == "002")["doc_id"].item()


def test_briefs_in_one_template_are_different_stories():
    """Two short wire briefs in one template share a tenth of their 3-grams but few of them: not one story."""
    template = ("{co} said it filed a registration statement with the Securities and Exchange Commission for "
                "{n} mln dlrs of {what}. Proceeds are {use}, and {bank} is lead manager.")
    a = template.format(co="Harbour Grain Co", n="75", what="convertible subordinated debentures due 2012",
                        use="to repay bank debt incurred in buying two river terminals in the Midwest",
                        bank="Lakeside Securities Inc")
    b = template.format(co="Alpine Mills Inc", n="40", what="senior notes maturing in ten years",
                        use="for general corporate purposes including new flour plants in Kansas and Ohio",
                        bank="Northgate Partners")
    shared = shingles(a) & shingles(b)
    assert containment(shingles(a), shingles(b)) >= CONTAINMENT and len(shared) < 20  # a share, but of few
    assert assign_stories([], [("a", a), ("b", b)]) == {"a": "a", "b": "b"}
