"""What a run tells its operator while it works: one log line per step, and progress of the NLP step.

`log_step` / `timed_step` write `run <run_id> step=<step> <seconds>s key=value ...` through the run logger
(terminal and Prefect run page). `Progress` reports done/total texts, words/s and an ETA on stderr: a tqdm
bar in a terminal, plain lines (every few seconds or every few percent) when stderr is a file or a pipe.
"""
from __future__ import annotations

import logging
import sys
import time
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from datetime import timedelta
from typing import Any, TextIO

Logger = logging.Logger | logging.LoggerAdapter


def _value(value: Any) -> str:
    if isinstance(value, Mapping):  # e.g. quarantined by reason: empty:2,binary:1
        return ",".join(f"{k}:{v}" for k, v in value.items()) or "0"
    if isinstance(value, float):
        return f"{value:.3g}"
    return str(value)


def step_line(run_id: str, step: str, seconds: float, **counts: Any) -> str:
    """`run <run_id> step=<step> 0.12s inputs=250 skipped=0` (counts in the order given)."""
    parts = [f"run {run_id} step={step} {seconds:.2f}s"]
    parts += [f"{key}={_value(value)}" for key, value in counts.items()]
    return " ".join(parts)


def log_step(logger: Logger, run_id: str, step: str, seconds: float, **counts: Any) -> str:
    """Log one step's duration and counts at INFO through `logger` (the run logger); returns the line."""
    line = step_line(run_id, step, seconds, **counts)
    logger.info(line)
    return line


@contextmanager
def timed_step(logger: Logger, run_id: str, step: str, clock: Callable[[], float] = time.perf_counter,
               **counts: Any) -> Iterator[dict[str, Any]]:
    """Time a block and log it as a step; fill the yielded dict with the step's counts.

        with timed_step(log, run_id, "discover") as counts:
            ...
            counts.update(inputs=len(found), skipped=skipped)
    """
    start = clock()
    found: dict[str, Any] = dict(counts)
    try:
        yield found
    except BaseException:
        found["failed"] = "yes"
        log_step(logger, run_id, step, clock() - start, **found)
        raise
    log_step(logger, run_id, step, clock() - start, **found)


def word_count(text: str | None) -> int:
    """Words of a text as progress counts them (whitespace-separated)."""
    return len(text.split()) if text else 0


def _clock_text(seconds: float) -> str:
    return str(timedelta(seconds=round(max(seconds, 0.0))))


class Progress:
    """Progress of a long step over `total_texts` texts holding `total_words` words.

    In a terminal: a tqdm bar. Otherwise plain lines such as
    `nlp 120/250 texts (48%) 5,230 words/s ETA 0:00:21`, at most every `every_s` seconds unless another
    `every_pct` percent is done, and a last line on `close()`.
    """

    def __init__(self, total_texts: int, total_words: int = 0, label: str = "nlp", stream: TextIO | None = None,
                 every_s: float = 5.0, every_pct: float = 5.0, clock: Callable[[], float] = time.monotonic,
                 tty: bool | None = None) -> None:
        self.total_texts = max(int(total_texts), 0)
        self.total_words = max(int(total_words), 0)
        self.label = label
        self.stream = stream if stream is not None else sys.stderr
        self.every_s = every_s
        self.every_pct = every_pct
        self.clock = clock
        self.texts = 0
        self.words = 0
        self.started = clock()
        self._last_time = self.started
        self._last_pct = 0.0
        self._closed = False
        if tty is None:
            isatty = getattr(self.stream, "isatty", None)
            tty = bool(isatty and isatty())
        self._bar = None
        if tty:
            from tqdm import tqdm

            self._bar = tqdm(total=self.total_texts, desc=label, unit="text", file=self.stream, disable=False,
                             dynamic_ncols=True, mininterval=0.5, leave=True)
        else:
            self._write(f"{label} started: {self.total_texts:,} texts, {self.total_words:,} words")

    def __enter__(self) -> Progress:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ---- figures -----------------------------------------------------------------------------------------
    def percent(self) -> float:
        return 100.0 * self.texts / self.total_texts if self.total_texts else 100.0

    def words_per_second(self) -> float:
        elapsed = self.clock() - self.started
        return self.words / elapsed if elapsed > 0 else 0.0

    def eta_seconds(self) -> float | None:
        """Time left at the rate so far: by words when the total is known, else by texts."""
        elapsed = self.clock() - self.started
        if elapsed <= 0:
            return None
        if self.total_words and self.words:
            return (self.total_words - self.words) / (self.words / elapsed)
        if self.texts:
            return (self.total_texts - self.texts) / (self.texts / elapsed)
        return None

    def line(self) -> str:
        """`nlp 120/250 texts (48%) 5,230 words/s ETA 0:00:21`."""
        eta = self.eta_seconds()
        return (f"{self.label} {self.texts:,}/{self.total_texts:,} texts ({self.percent():.0f}%) "
                f"{self.words_per_second():,.0f} words/s ETA {_clock_text(eta) if eta is not None else '?'}")

    # ---- reporting ---------------------------------------------------------------------------------------
    def update(self, n_texts: int, n_words: int = 0) -> None:
        """`n_texts` more texts (holding `n_words` words) are done."""
        self.texts += n_texts
        self.words += n_words
        if self._bar is not None:
            self._bar.update(n_texts)
            self._bar.set_postfix_str(f"{self.words_per_second():,.0f} words/s", refresh=False)
            return
        now, pct = self.clock(), self.percent()
        if now - self._last_time >= self.every_s or pct - self._last_pct >= self.every_pct:
            self._write(self.line())
            self._last_time, self._last_pct = now, pct

    def close(self) -> None:
        """Finish the bar, or write the last plain line with the total time; safe to call twice."""
        if self._closed:
            return
        self._closed = True
        if self._bar is not None:
            self._bar.close()
            return
        elapsed = self.clock() - self.started
        self._write(f"{self.label} done: {self.texts:,}/{self.total_texts:,} texts, {self.words:,} words in "
                    f"{_clock_text(elapsed)} ({self.words_per_second():,.0f} words/s)")

    def _write(self, text: str) -> None:
        try:
            self.stream.write(text + "\n")
            self.stream.flush()
        except (OSError, ValueError):  # a closed or broken stream must not fail the run
            pass
