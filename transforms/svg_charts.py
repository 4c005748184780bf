"""Small inline SVG charts (line and stacked bar) with axes, axis titles, a legend and hover titles.

Pure string building: no script, no external resource, every label escaped. Used by the data-quality page.
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from html import escape

PALETTE = ("#1f77b4", "#d62728", "#2ca02c", "#ff7f0e", "#9467bd", "#8c564b", "#e377c2", "#17becf",
           "#7f7f7f", "#bcbd22", "#393b79", "#ad494a")
WIDTH, HEIGHT = 940, 320
LEFT, TOP, PLOT_RIGHT, BOTTOM = 78, 34, 700, 240  # plot area; the legend sits right of PLOT_RIGHT
MAX_X_LABELS = 16


@dataclass(frozen=True)
class Series:
    """One named line or bar stack layer; values align with the chart's x labels (None: no value)."""

    name: str
    values: tuple[float | None, ...]


def _e(value: object) -> str:
    return escape(str(value), quote=True)


def _nice_step(span: float, n: int = 5) -> float:
    raw = span / n if span > 0 else 1.0
    mag = 10 ** math.floor(math.log10(raw))
    return next(m * mag for m in (1, 2, 2.5, 5, 10) if m * mag >= raw)


def _fmt(v: float, percent: bool) -> str:
    if percent:
        return f"{v * 100:.0f}%" if abs(v * 100 - round(v * 100)) < 1e-9 else f"{v * 100:.1f}%"
    if abs(v) >= 1000:
        return f"{v / 1000:g}k" if abs(v) < 1_000_000 else f"{v / 1_000_000:g}M"
    return f"{v:g}"


@dataclass(frozen=True)
class _Scale:
    top: float
    ticks: tuple[float, ...]
    log: bool

    def y(self, v: float) -> float:
        t = math.log10(1 + max(v, 0)) if self.log else v
        top = math.log10(1 + self.top) if self.log else self.top
        return BOTTOM - (t / top if top else 0) * (BOTTOM - TOP)


def _scale(vmax: float, log: bool, percent: bool, integer: bool = False) -> _Scale:
    if log:
        top = 10 ** max(1, math.ceil(math.log10(max(vmax, 1))))
        return _Scale(top, tuple([0.0] + [10.0 ** k for k in range(round(math.log10(top)) + 1)]), True)
    if percent:
        vmax = min(max(vmax, 0.05), 1.0)
    step = _nice_step(vmax if vmax > 0 else 1.0)
    if integer:
        step = max(1.0, round(step))
    top = step * math.ceil((vmax if vmax > 0 else 1.0) / step - 1e-9)
    return _Scale(top, tuple(step * i for i in range(round(top / step) + 1)), False)


def _x(i: int, n: int) -> float:
    return LEFT + (i + 0.5) * (PLOT_RIGHT - LEFT) / n


def _frame(title: str, x_labels: list[str], scale: _Scale, y_label: str, x_label: str, percent: bool) -> list[str]:
    out = [f'<text class="ct" x="{LEFT}" y="18">{_e(title)}</text>',
           f'<line class="ax" x1="{LEFT}" y1="{BOTTOM}" x2="{PLOT_RIGHT}" y2="{BOTTOM}"/>',
           f'<line class="ax" x1="{LEFT}" y1="{TOP}" x2="{LEFT}" y2="{BOTTOM}"/>']
    for t in scale.ticks:
        y = scale.y(t)
        out.append(f'<line class="grid" x1="{LEFT}" y1="{y:.1f}" x2="{PLOT_RIGHT}" y2="{y:.1f}"/>')
        out.append(f'<text class="tk" x="{LEFT - 6}" y="{y + 4:.1f}" text-anchor="end">{_e(_fmt(t, percent))}</text>')
    n = len(x_labels)
    every = max(1, math.ceil(n / MAX_X_LABELS))
    for i, label in enumerate(x_labels):
        if i % every and i != n - 1:
            continue
        x = _x(i, n)
        out.append(f'<text class="tk" x="{x:.1f}" y="{BOTTOM + 12}" text-anchor="end" '
                   f'transform="rotate(-35 {x:.1f} {BOTTOM + 12})">{_e(label)}</text>')
    mid = (TOP + BOTTOM) / 2
    out.append(f'<text class="at" x="{-mid:.1f}" y="16" transform="rotate(-90)" text-anchor="middle">'
               f'{_e(y_label)}{" (log scale)" if scale.log else ""}</text>')
    out.append(f'<text class="at" x="{(LEFT + PLOT_RIGHT) / 2:.1f}" y="{HEIGHT - 6}" text-anchor="middle">'
               f'{_e(x_label)}</text>')
    return out


def _legend(series: list[Series], line: bool) -> list[str]:
    out = [f'<text class="at" x="{PLOT_RIGHT + 20}" y="{TOP - 6}">legend</text>']
    for k, s in enumerate(series):
        y = TOP + 8 + 18 * k
        color = PALETTE[k % len(PALETTE)]
        name = s.name if len(s.name) <= 26 else s.name[:25] + "…"
        mark = (f'<line x1="{PLOT_RIGHT + 20}" y1="{y}" x2="{PLOT_RIGHT + 36}" y2="{y}" stroke="{color}" '
                f'stroke-width="3"/>' if line else
                f'<rect x="{PLOT_RIGHT + 20}" y="{y - 6}" width="16" height="12" fill="{color}"/>')
        out.append(f'<g>{mark}<text class="lg" x="{PLOT_RIGHT + 42}" y="{y + 4}">{_e(name)}'
                   f'<title>{_e(s.name)}</title></text></g>')
    return out


def _svg(title: str, body: list[str]) -> str:
    return (f'<svg class="chart" viewBox="0 0 {WIDTH} {HEIGHT}" '
            f'width="{WIDTH}" height="{HEIGHT}" role="img"><title>{_e(title)}</title>' + "".join(body) + "</svg>")


def _finite(series: list[Series]) -> list[Series]:
    """NaN and infinities drawn as gaps (None)."""
    return [Series(s.name, tuple(v if v is not None and math.isfinite(v) else None for v in s.values))
            for s in series]


def _empty(series: list[Series], x_labels: list[str]) -> bool:
    return not x_labels or not any(v is not None for s in series for v in s.values)


def line_chart(title: str, x_labels: list[str], series: list[Series], y_label: str, x_label: str = "run",
               log: bool = False, percent: bool = False) -> str | None:
    """A line chart (one line and point markers per series); None when there is nothing to draw."""
    series = _finite(series)
    if _empty(series, x_labels):
        return None
    vmax = max(v for s in series for v in s.values if v is not None)
    scale = _scale(vmax, log, percent)
    body = _frame(title, x_labels, scale, y_label, x_label, percent)
    n = len(x_labels)
    for k, s in enumerate(series):
        color = PALETTE[k % len(PALETTE)]
        pts = [(i, v) for i, v in enumerate(s.values) if v is not None]
        if len(pts) > 1:
            coords = " ".join(f"{_x(i, n):.1f},{scale.y(v):.1f}" for i, v in pts)
            body.append(f'<polyline fill="none" stroke="{color}" stroke-width="2" points="{coords}"/>')
        for i, v in pts:
            body.append(f'<circle cx="{_x(i, n):.1f}" cy="{scale.y(v):.1f}" r="3.5" fill="{color}">'
                        f'<title>{_e(s.name)} · {_e(x_labels[i])}: {_e(_fmt(v, percent))}</title></circle>')
    return _svg(title, body + _legend(series, line=True))


def bar_chart(title: str, x_labels: list[str], series: list[Series], y_label: str,
              x_label: str = "run") -> str | None:
    """A stacked bar chart (one bar per x label, one layer per series); None when there is nothing to draw."""
    series = _finite(series)
    if _empty(series, x_labels):
        return None
    n = len(x_labels)
    totals = [sum(s.values[i] or 0 for s in series) for i in range(n)]
    scale = _scale(max(totals), False, False, integer=all(float(v).is_integer() for v in totals))
    body = _frame(title, x_labels, scale, y_label, x_label, False)
    width = max(2.0, min(40.0, 0.7 * (PLOT_RIGHT - LEFT) / n))
    for i in range(n):
        base = 0.0
        for k, s in enumerate(series):
            v = s.values[i] or 0
            if v <= 0:
                continue
            y0, y1 = scale.y(base), scale.y(base + v)
            body.append(f'<rect x="{_x(i, n) - width / 2:.1f}" y="{y1:.1f}" width="{width:.1f}" '
                        f'height="{max(y0 - y1, 0.5):.1f}" fill="{PALETTE[k % len(PALETTE)]}">'
                        f'<title>{_e(s.name)} · {_e(x_labels[i])}: {_e(_fmt(v, False))}</title></rect>')
            base += v
        if totals[i] == 0:
            body.append(f'<text class="tk" x="{_x(i, n):.1f}" y="{BOTTOM - 4}" text-anchor="middle">0</text>')
    return _svg(title, body + _legend(series, line=False))
