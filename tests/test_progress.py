"""Progress lines and step log lines, with a fake clock and an in-memory stream."""
import io
import logging
import re

import pytest

from flows.progress import Progress, log_step, step_line, timed_step, word_count


class Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def test_plain_lines_every_five_percent_with_rate_and_eta():
    clock, out = Clock(), io.StringIO()
    progress = Progress(total_texts=200, total_words=20_000, stream=out, clock=clock, tty=False, every_s=60)
    for _ in range(100):  # one text of 100 words a second (words/s = 100)
        clock.now += 1
        progress.update(1, 100)
    lines = out.getvalue().splitlines()
    assert lines[0] == "nlp started: 200 texts, 20,000 words"
    assert lines[1] == "nlp 10/200 texts (5%) 100 words/s ETA 0:03:10"
    assert lines[-1] == "nlp 100/200 texts (50%) 100 words/s ETA 0:01:40"
    assert len(lines) == 1 + 10  # every 5% (10 texts); the 60 s rule never fires first here
    progress.close()
    progress.close()  # idempotent
    assert out.getvalue().splitlines()[-1] == "nlp done: 100/200 texts, 10,000 words in 0:01:40 (100 words/s)"


def test_plain_lines_at_least_every_few_seconds_when_percent_moves_slowly():
    clock, out = Clock(), io.StringIO()
    progress = Progress(total_texts=10_000, total_words=1_000_000, label="parse", stream=out, clock=clock,
                        tty=False, every_s=5.0)
    for _ in range(12):  # 12 s, 12 texts: far below 5% but a line every 5 s
        clock.now += 1
        progress.update(1, 100)
    lines = out.getvalue().splitlines()[1:]
    assert lines == ["parse 5/10,000 texts (0%) 100 words/s ETA 2:46:35",
                     "parse 10/10,000 texts (0%) 100 words/s ETA 2:46:30"]


def test_unknown_rate_says_so_and_context_manager_closes():
    clock, out = Clock(), io.StringIO()
    with Progress(total_texts=3, stream=out, clock=clock, tty=False) as progress:
        assert progress.line() == "nlp 0/3 texts (0%) 0 words/s ETA ?"
        clock.now += 2
        progress.update(3)  # no word counts: ETA by texts
    assert re.search(r"nlp 3/3 texts \(100%\) 0 words/s ETA 0:00:00", out.getvalue())
    assert out.getvalue().splitlines()[-1].startswith("nlp done: 3/3 texts")


def test_terminal_mode_draws_a_tqdm_bar():
    out = io.StringIO()
    with Progress(total_texts=4, total_words=40, stream=out, tty=True) as progress:
        progress.update(4, 40)
    assert "4/4" in out.getvalue() and "nlp" in out.getvalue()


def test_step_lines(caplog):
    assert step_line("20260101T000000Z-abcd", "discover", 0.123, inputs=250, skipped=0) == \
        "run 20260101T000000Z-abcd step=discover 0.12s inputs=250 skipped=0"
    logger = logging.getLogger("newsmill.test")
    with caplog.at_level(logging.INFO, logger="newsmill.test"):
        line = log_step(logger, "r1", "decode", 1.5, quarantined={"empty": 2, "binary": 1}, docs=7)
        assert line == "run r1 step=decode 1.50s quarantined=empty:2,binary:1 docs=7"
        ticks = iter([10.0, 12.25])
        with timed_step(logger, "r1", "nlp", clock=lambda: next(ticks)) as counts:
            counts["texts"] = 5
    assert [r.getMessage() for r in caplog.records] == [line, "run r1 step=nlp 2.25s texts=5"]


def test_timed_step_logs_a_failed_step_and_reraises(caplog):
    logger = logging.getLogger("newsmill.test")
    with (caplog.at_level(logging.INFO, logger="newsmill.test"), pytest.raises(ValueError),
          timed_step(logger, "r2", "publish", clock=lambda: 0.0, tables=3)):
        raise ValueError("disk full")
    assert caplog.records[-1].getMessage() == "run r2 step=publish 0.00s tables=3 failed=yes"


def test_word_count():
    assert word_count("two  words\n") == 2 and word_count(None) == 0
