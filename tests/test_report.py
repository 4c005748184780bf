"""The self-contained data-quality page: built from hand-made frames (escaping, order, missing columns) and
from a real run's warehouse, then rendered in headless Chromium (screenshot decoded, not blank)."""
from __future__ import annotations

import re
import shutil
import struct
import subprocess
import zlib
from datetime import UTC, datetime, timedelta
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote

import numpy as np
import polars as pl
import pytest

from flows.report import last_run_report, write_report
from tests.sample_news import sample_warehouse
from transforms.report_page import NA, ReportInputs, TableInfo, render_report
from transforms.schema import TABLES

XSS = "<script>alert(1)</script>"


@pytest.fixture(scope="module")
def sample_wh(prefect_harness, tmp_path_factory) -> Path:
    """A real warehouse after a flow run (tests/sample_news.py: articles written for this project)."""
    return sample_warehouse(tmp_path_factory)


# ---- pure page from hand-built frames ---------------------------------------------------------------------
def _frames(n_runs: int = 3) -> ReportInputs:
    t0 = datetime(2026, 3, 1, 8, 0, tzinfo=UTC)
    run_ids = [f"2026030{k + 1}T080000Z-run{k}" for k in range(n_runs)]
    runs = pl.DataFrame({
        "run_id": run_ids, "started_at": [t0 + timedelta(days=k) for k in range(n_runs)],
        "finished_at": [t0 + timedelta(days=k, minutes=3) for k in range(n_runs)],
        "status": ["published"] * (n_runs - 1) + ["rejected"], "n_inputs": [10] * n_runs,
        "n_new_documents": [9] * (n_runs - 1) + [0], "n_quarantined": [1] * n_runs,
        "error": [None] * (n_runs - 1) + [XSS],
    })
    last = run_ids[-1]
    dq = pl.DataFrame({
        "run_id": [last] * 5 + [run_ids[0]],
        "table": ["documents", "documents", "documents", "events", "events", "documents"],
        "expectation": ["expect_a(doc_id)", "expect_b(title)", "expect_c(language)", "expect_d(event_id)",
                        "expect_e(quad_class)", "expect_old(x)"],
        "severity": ["critical", "warning", "critical", "critical", "warning", "warning"],
        "success": [True, False, False, True, True, False],
        "unexpected_count": [0, 3, 1, 0, None, 2],
        "observed": ["0 unexpected of 9", XSS, "1 unexpected of 9", "ok", None, "old"],
    })
    rows = pl.DataFrame({"table": ["documents", "entity_mentions", "documents"],
                         "run_id": [run_ids[0], run_ids[0], run_ids[1]], "n_rows": [9, 250, 9]})
    stats = pl.DataFrame({"run_id": run_ids[:2] * 2, "source_name": ["Wire A", "Wire A", f'"><b>{XSS}', "Wire B"],
                          "n_documents": [5, 4, 4, 5], "n_chars_raw": [1000, 800, 900, 1000],
                          "n_chars_clean": [800, 700, 450, 990]})
    return ReportInputs(
        warehouse="/data/<wh>", generated_at=t0, runs=runs, dq_results=dq, rows_per_run=rows,
        quarantine=pl.DataFrame({"run_id": run_ids, "reason": ["empty", "binary", XSS]}), source_stats=stats,
        tables=[TableInfo("documents", "One row per <doc>", 2, 18), TableInfo("inputs", None, 0, None)],
        gx_links=[("GX index", "gx/uncommitted/data_docs/local_site/index.html")])


def test_every_value_is_escaped():
    html = render_report(_frames())
    assert "<script" not in html.lower()
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html  # observed value, quarantine reason, run error
    assert "&quot;&gt;&lt;b&gt;" in html and "<b><script" not in html  # a source name trying to close an attribute
    assert "/data/&lt;wh&gt;" in html and "One row per &lt;doc&gt;" in html


def test_expectations_grouped_by_table_and_severity_failures_first():
    html = render_report(_frames())
    section = html[html.index('id="expectations"'):html.index('id="tables"')]
    assert "expect_old" not in section  # only the last validated run
    # documents has failures, so it comes before events; critical before warning; failed before passed
    assert section.index('id="dq-documents"') < section.index('id="dq-events"')
    docs = section[section.index('id="dq-documents"'):section.index('id="dq-events"')]
    assert docs.index("critical") < docs.index("warning")
    assert docs.index("expect_c(language)") < docs.index("expect_a(doc_id)")
    assert "2 failed of 3" in docs


def test_trends_are_svg_charts_with_legends_and_axes():
    html = render_report(_frames())
    trends = html[html.index('id="trends"'):html.index('id="expectations"')]
    assert trends.count("<svg") == 4  # rows, failures, quarantine, boilerplate
    for title in ("Rows published per table per run", "Expectation failures per run",
                  "Quarantined inputs per run", "Share of raw text removed as boilerplate"):
        assert title in trends
    assert "legend" in trends and "entity_mentions" in trends and "removed share of characters" in trends
    assert "03-01 08:00:00" in trends  # run start times on the x axis
    assert "50.0%" in trends  # the escaped source removed half of its text


def test_missing_tables_and_columns_say_not_available():
    data = _frames()
    data.runs = data.runs.select("run_id", "status")  # an old runs table: no times, no counts
    data.dq_results, data.rows_per_run, data.quarantine, data.source_stats = None, None, None, None
    data.documents = pl.DataFrame({"run_id": ["x"], "source_name": ["s"]})  # no character counts
    html = render_report(data)
    assert html.count(NA) >= 8 and "<svg" not in html
    empty = render_report(ReportInputs(warehouse="w", generated_at=datetime.now(UTC)))
    assert "no run recorded yet" in empty and NA in empty


def test_boilerplate_falls_back_to_documents():
    data = _frames()
    data.source_stats = None
    data.documents = pl.DataFrame({"run_id": [data.runs["run_id"][0]] * 3, "source_name": [None, "Wire C", "Blank"],
                                   "n_chars_raw": [100, 400, 0], "n_chars_clean": [75, 100, 0]})
    html = render_report(data)
    assert "From <code>documents</code>" in html and "75.0%" in html and "unknown" in html
    assert "nan" not in html.lower() and "Blank" in html  # no raw text: no share, not a NaN


# ---- a real warehouse ---------------------------------------------------------------------------------------
class _Refs(HTMLParser):
    """Every URL-bearing attribute and every element name of a page."""

    def __init__(self) -> None:
        super().__init__()
        self.urls: list[str] = []
        self.tags: set[str] = set()

    def handle_starttag(self, tag, attrs):
        self.tags.add(tag)
        self.urls.extend(v or "" for k, v in attrs if k in ("src", "href", "xlink:href", "action", "srcset",
                                                              "poster", "data"))


def _table_names(wh: Path) -> set[str]:
    folders = {p.name for p in wh.iterdir() if p.is_dir() and not p.name.startswith(("_", "."))
               and any(p.glob("*.parquet"))}
    return folders | set(TABLES)


def test_report_of_a_real_warehouse(sample_wh):
    wh = sample_wh
    gx_index = wh / "_quality" / "gx" / "uncommitted" / "data_docs" / "local_site" / "index.html"
    text, page = last_run_report(wh)
    assert page == wh / "_quality" / "index.html" and page.is_file()
    assert "passed" in text and "failed" in text
    assert gx_index.is_file() and "newsmill data quality" not in gx_index.read_text(encoding="utf-8")
    html = page.read_text(encoding="utf-8")
    refs = _Refs()
    refs.feed(html)
    assert not refs.tags & {"script", "link", "img", "iframe", "object", "embed"}
    assert not re.search(r"@import|url\(", html)
    for url in refs.urls:
        assert not re.match(r"(?i)([a-z][a-z0-9+.-]*:|//)", url), url  # relative links and #anchors only
        if not url.startswith("#"):
            assert (page.parent / unquote(url)).is_file(), url
    assert any(u.endswith("local_site/index.html") for u in refs.urls)  # the GX Data Docs stay, linked
    assert html.count("<svg") >= 4
    for table in _table_names(wh):
        assert f'id="table-{table}"' in html, table
    n_docs = pl.read_parquet(wh / "documents" / "*.parquet").height
    assert n_docs == 4 and re.search(r'table-documents">documents</a></td><td class="num">4<', html)
    assert "Quarantined inputs per run" in html and ">empty<" in html


def test_report_never_writes_outside_its_warehouse(tmp_path):
    outside = tmp_path / "outside"
    outside.mkdir()
    wh = tmp_path / "wh"
    wh.mkdir()
    (wh / "_quality").symlink_to(outside, target_is_directory=True)
    with pytest.raises(ValueError, match="outside the warehouse"):
        write_report(wh)
    assert list(outside.iterdir()) == []
    text, page = last_run_report(tmp_path / "missing")
    assert page is None and "no warehouse" in text and not (tmp_path / "missing").exists()
    (wh / "_quality").unlink()
    (wh / "_quality").mkdir()
    victim = outside / "victim.html"
    victim.write_text("keep", encoding="utf-8")
    (wh / "_quality" / "index.html").symlink_to(victim)  # a link planted where the page goes is replaced
    text, page = last_run_report(wh)
    assert victim.read_text(encoding="utf-8") == "keep" and not page.is_symlink()
    assert "no validated run" in text and "no run recorded yet" in page.read_text(encoding="utf-8")
    assert sorted(p.name for p in wh.rglob("*")) == ["_quality", "index.html"]


# ---- headless Chromium ------------------------------------------------------------------------------------
def _chromium() -> str:
    exe = shutil.which("chromium") or shutil.which("chromium-browser")
    assert exe, "chromium is missing: `make chromium` (or .ci/run) installs Debian's package"
    return exe


def _chromium_run(page: Path, profile: Path, *args: str) -> subprocess.CompletedProcess:
    cmd = [_chromium(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
           "--disable-background-networking", "--disable-component-update", "--disable-sync",
           f"--user-data-dir={profile}", *args, page.as_uri()]
    return subprocess.run(cmd, capture_output=True, text=True, timeout=120)


def decode_png(data: bytes) -> np.ndarray:
    """Pixels (height, width, channels) of an 8-bit RGB/RGBA, non-interlaced PNG (what Chromium writes)."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    pos, idat, header = 8, [], None
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        if kind == b"IHDR":
            header = struct.unpack(">IIBBBBB", data[pos + 8:pos + 8 + length])
        elif kind == b"IDAT":
            idat.append(data[pos + 8:pos + 8 + length])
        pos += 12 + length
    width, height, depth, color, _, _, interlace = header
    assert depth == 8 and interlace == 0 and color in (2, 6), header
    bpp = 3 if color == 2 else 4
    rows = np.frombuffer(zlib.decompress(b"".join(idat)), dtype=np.uint8).reshape(height, 1 + width * bpp)
    out = np.zeros((height, width * bpp), dtype=np.uint8)
    prev = np.zeros(width * bpp, dtype=np.int64)
    for y in range(height):
        kind, line = rows[y, 0], rows[y, 1:].astype(np.int64)
        if kind == 0:
            cur = line
        elif kind == 1:
            cur = np.cumsum(line.reshape(width, bpp), axis=0).reshape(-1) % 256
        elif kind == 2:
            cur = (line + prev) % 256
        else:
            cur = np.array(_unfilter_sequential(int(kind), line.tolist(), prev.tolist(), bpp), dtype=np.int64)
        out[y] = cur
        prev = cur
    return out.reshape(height, width, bpp)


def _unfilter_sequential(kind: int, line: list[int], prev: list[int], bpp: int) -> list[int]:
    cur = [0] * len(line)
    for x, value in enumerate(line):
        a = cur[x - bpp] if x >= bpp else 0
        b = prev[x]
        if kind == 3:  # average
            cur[x] = (value + ((a + b) >> 1)) & 255
            continue
        c = prev[x - bpp] if x >= bpp else 0  # Paeth
        pa, pb, pc = abs(b - c), abs(a - c), abs(a + b - 2 * c)
        cur[x] = (value + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
    return cur


def test_page_renders_in_headless_chromium(sample_wh, tmp_path):
    page = write_report(sample_wh)
    shot = tmp_path / "report.png"
    done = _chromium_run(page, tmp_path / "profile", f"--screenshot={shot}", "--window-size=1280,2000")
    assert done.returncode == 0 and shot.is_file(), done.stderr[-2000:]
    pixels = decode_png(shot.read_bytes())[:, :, :3]
    assert pixels.shape[:2] == (2000, 1280)
    flat = pixels.reshape(-1, 3)
    non_white = float((flat < 245).any(axis=1).mean())
    assert 0.02 < non_white < 0.6, non_white  # text, tables and charts on a white page
    assert len(np.unique(flat, axis=0)) > 50  # anti-aliased text and coloured marks, not a flat fill
    chart_blue = int((flat == (0x1F, 0x77, 0xB4)).all(axis=1).sum())
    assert chart_blue > 200, chart_blue  # the first series colour of the SVG charts was painted
    dom = _chromium_run(page, tmp_path / "profile2", "--dump-dom")
    assert dom.returncode == 0 and "newsmill data quality" in dom.stdout, dom.stderr[-2000:]
    for table in _table_names(sample_wh):
        assert f"table-{table}" in dom.stdout, table
