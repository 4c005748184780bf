"""The data-quality page of a warehouse: polars frames in, one self-contained HTML string out.

No script, no stylesheet or image from elsewhere (a Content-Security-Policy says so to the browser too):
charts are inline SVG (`transforms.svg_charts`), and every value written into the page is escaped. A frame
or column the warehouse does not have (an older warehouse, a table not built yet) shows "not available".
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from html import escape

import polars as pl

from transforms.svg_charts import Series, bar_chart, line_chart

NA = "not available"
MAX_SOURCES = 8
RUN_COLUMNS = ("status", "n_inputs", "n_new_documents", "n_skipped", "n_quarantined", "n_mentions", "n_events",
               "n_quotes", "n_expectations_failed", "n_chunks", "duration_s", "pipeline_version", "error")
SEVERITY_ORDER = {"critical": 0, "warning": 1}


@dataclass(frozen=True)
class ColumnInfo:
    """A column as the Parquet files declare it."""

    name: str
    dtype: str
    description: str | None = None


@dataclass(frozen=True)
class TableInfo:
    """A warehouse table: files, rows and columns (from Parquet metadata, no data read)."""

    name: str
    description: str | None
    n_files: int
    n_rows: int | None
    columns: tuple[ColumnInfo, ...] = ()


@dataclass
class ReportInputs:
    """Everything the page shows. Frames are None when the table (or the columns needed) is absent."""

    warehouse: str
    generated_at: datetime
    runs: pl.DataFrame | None = None
    dq_results: pl.DataFrame | None = None
    rows_per_run: pl.DataFrame | None = None  # table, run_id, n_rows
    quarantine: pl.DataFrame | None = None  # run_id, reason
    source_stats: pl.DataFrame | None = None  # run_id, source_name, n_chars_raw, n_chars_clean (removed_share)
    documents: pl.DataFrame | None = None  # run_id, source_name, n_chars_raw, n_chars_clean (fallback)
    tables: list[TableInfo] = field(default_factory=list)
    gx_links: list[tuple[str, str]] = field(default_factory=list)  # (label, relative href)
    max_runs: int = 30


def _e(value: object) -> str:
    """Escaped text of a value; None becomes 'not available'."""
    return escape(NA if value is None else str(value), quote=True)


def _has(df: pl.DataFrame | None, *cols: str) -> bool:
    return df is not None and all(c in df.columns for c in cols)


def _num(v: object) -> str:
    if v is None:
        return NA
    if isinstance(v, datetime):
        return v.strftime("%Y-%m-%d %H:%M:%S") + (" UTC" if v.tzinfo else "")
    if isinstance(v, float):
        return f"{v:,.1f}"
    if isinstance(v, int) and not isinstance(v, bool):
        return f"{v:,}"
    return str(v)


def _runs(n: int) -> str:
    return "the last run" if n == 1 else f"the last {n} runs"


def _cell(v: object) -> str:
    """Escaped table cell text: empty for None."""
    return "" if v is None else _e(_num(v))


# ---- runs ---------------------------------------------------------------------------------------------
def recent_runs(runs: pl.DataFrame | None, n: int) -> pl.DataFrame:
    """The last `n` runs, oldest first, with a short `label` for chart axes."""
    if not _has(runs, "run_id"):
        return pl.DataFrame(schema={"run_id": pl.String, "label": pl.String})
    order = "started_at" if "started_at" in runs.columns else "run_id"
    recent = runs.unique("run_id", keep="last").sort(order, nulls_last=False).tail(n)
    if order == "started_at" and recent.schema["started_at"].is_temporal():
        label = pl.col("started_at").dt.strftime("%m-%d %H:%M:%S").fill_null(pl.col("run_id").str.slice(0, 16))
    else:
        label = pl.col("run_id").str.slice(0, 16)
    return recent.with_columns(label.alias("label"))


def validated_run(runs: pl.DataFrame | None, dq: pl.DataFrame | None) -> str | None:
    """The newest run that evaluated expectations (by run order, else the largest run_id)."""
    if not _has(dq, "run_id") or dq.is_empty():
        return None
    validated = set(dq["run_id"].drop_nulls().to_list())
    ordered = recent_runs(runs, len(runs) if runs is not None else 0)["run_id"].to_list()
    for run_id in reversed(ordered):
        if run_id in validated:
            return run_id
    return max(validated) if validated else None


def _labels_unique(labels: list[str]) -> list[str]:
    seen: dict[str, int] = {}
    out = []
    for label in labels:
        seen[label] = seen.get(label, 0) + 1
        out.append(label if seen[label] == 1 else f"{label} #{seen[label]}")
    return out


def _per_run_series(frame: pl.DataFrame, key: str, value: str, run_ids: list[str], fill: float | None,
                    keys: list[str] | None = None) -> list[Series]:
    """One Series per distinct `key`, values aligned to `run_ids` (missing -> `fill`)."""
    keys = keys if keys is not None else sorted(str(k) for k in frame[key].drop_nulls().unique().to_list())
    out = []
    for k in keys:
        sub = frame.filter(pl.col(key) == k)
        lookup = dict(zip(sub["run_id"].to_list(), sub[value].to_list(), strict=True))
        out.append(Series(k, tuple(lookup.get(r, fill) for r in run_ids)))
    return out


# ---- sections -----------------------------------------------------------------------------------------
def _na(what: str, why: str = "") -> str:
    return f'<p class="na">{_e(what)}: {NA}{" (" + _e(why) + ")" if why else ""}.</p>'


def _last_run_section(runs: pl.DataFrame | None, recent: pl.DataFrame, dq_run: str | None,
                      dq: pl.DataFrame | None) -> str:
    out = ['<section id="last-run"><h2>Last run</h2>']
    if recent.is_empty():
        return out[0] + _na("runs (no run recorded yet)") + "</section>"
    last = recent.row(-1, named=True)
    status = last.get("status")
    cls = {"published": "ok", "nothing_new": "ok", "rejected": "bad", "failed": "bad"}.get(str(status), "warn")
    started, finished = _num(last.get("started_at")), _num(last.get("finished_at"))
    out.append(f'<p>Run <code>{_e(last["run_id"])}</code>: <span class="status {cls}">{_e(status)}</span>'
               f' · started {_e(started)} · finished {_e(finished)}</p>')
    out.append('<table class="kv"><tr>')
    cells = [c for c in RUN_COLUMNS if c not in ("status", "error", "pipeline_version")]
    out.extend(f"<th>{_e(c)}</th>" for c in cells)
    out.append("</tr><tr>")
    out.extend(f'<td class="num">{_e(_num(last.get(c)) if c in last else NA)}</td>' for c in cells)
    out.append("</tr></table>")
    if last.get("error"):
        out.append(f'<p class="bad">error: <code>{_e(last["error"])}</code></p>')
    out.append(f'<p>pipeline version: {_e(last.get("pipeline_version"))}</p>')
    if _has(dq, "run_id", "success") and dq_run is not None:
        rows = dq.filter(pl.col("run_id") == dq_run)
        failed = rows.filter(~pl.col("success").fill_null(False))
        critical = failed.filter(pl.col("severity") == "critical").height if "severity" in rows.columns else None
        note = "" if dq_run == last["run_id"] else (
            f' (of run <code>{_e(dq_run)}</code>, the newest run that validated a batch)')
        out.append(f'<p>Expectations{note}: <b>{rows.height - failed.height}</b> passed, '
                   f'<b class="{"bad" if failed.height else "ok"}">{failed.height}</b> failed '
                   f'({_e(critical)} critical).</p>')
    missing = [c for c in RUN_COLUMNS if c not in runs.columns]
    if missing:
        out.append(f'<p class="na">runs columns {NA}: {_e(", ".join(missing))}.</p>')
    out.append(_recent_runs_table(recent))
    return "".join(out) + "</section>"


def _recent_runs_table(recent: pl.DataFrame) -> str:
    cols = [c for c in ("started_at", "run_id", *RUN_COLUMNS) if c in recent.columns and c != "pipeline_version"]
    out = [f"<details><summary>{_runs(recent.height).capitalize()}</summary><table><tr>"]
    out.extend(f"<th>{_e(c)}</th>" for c in cols)
    out.append("</tr>")
    for row in reversed(recent.select(cols).to_dicts()):
        out.append("<tr>" + "".join(f"<td>{_cell(row[c])}</td>" for c in cols) + "</tr>")
    return "".join(out) + "</table></details>"


def _expectations_section(dq: pl.DataFrame | None, dq_run: str | None) -> str:
    head = '<section id="expectations"><h2>Expectations of the last validated run</h2>'
    if not _has(dq, "run_id", "table", "expectation", "success"):
        return head + _na("dq_results") + "</section>"
    if dq_run is None:
        return head + _na("expectations (no run has validated a batch yet)") + "</section>"
    rows = dq.filter(pl.col("run_id") == dq_run)
    for col, dtype in (("severity", pl.String), ("unexpected_count", pl.Int64), ("observed", pl.String)):
        if col not in rows.columns:
            rows = rows.with_columns(pl.lit(None, dtype=dtype).alias(col))
    rows = rows.with_columns(
        failed=~pl.col("success").fill_null(False),
        sev_rank=pl.col("severity").replace_strict(SEVERITY_ORDER, default=2, return_dtype=pl.Int64))
    by_table = (rows.group_by("table").agg(pl.col("failed").sum().alias("n_failed"), pl.len().alias("n"))
                .sort(["n_failed", "table"], descending=[True, False]))
    out = [head, f"<p>Run <code>{_e(dq_run)}</code>: tables with failures first; in each table critical "
                 "expectations, then warnings; failures first.</p>"]
    for t in by_table.iter_rows(named=True):
        cls = "bad" if t["n_failed"] else "ok"
        out.append(f'<h3 id="dq-{_e(t["table"])}">{_e(t["table"])} <span class="{cls}">'
                   f'{t["n_failed"]} failed of {t["n"]}</span></h3>')
        sub = rows.filter(pl.col("table") == t["table"]).sort(["sev_rank", "failed", "expectation"],
                                                               descending=[False, True, False])
        for severity in sub["severity"].unique(maintain_order=True).to_list():
            group = sub.filter(pl.col("severity").eq_missing(severity))
            out.append(f'<h4>{_e(severity or "severity " + NA)} ({group["failed"].sum()} failed of '
                       f'{group.height})</h4><table class="dq"><tr><th>result</th><th>expectation</th>'
                       "<th>unexpected rows</th><th>observed</th></tr>")
            for r in group.iter_rows(named=True):
                mark = '<td class="bad">FAILED</td>' if r["failed"] else '<td class="ok">passed</td>'
                out.append(f'<tr class="{"fail" if r["failed"] else "pass"}">{mark}<td><code>{_e(r["expectation"])}'
                           f'</code></td><td class="num">{_cell(r["unexpected_count"])}</td>'
                           f'<td class="obs">{_cell(r["observed"])}</td></tr>')
            out.append("</table>")
    return "".join(out) + "</section>"


def _chart_or_na(svg: str | None, what: str) -> str:
    return f'<figure>{svg}</figure>' if svg else _na(what)


def _rows_chart(rows_per_run: pl.DataFrame | None, run_ids: list[str], labels: list[str]) -> str:
    if not _has(rows_per_run, "table", "run_id", "n_rows") or not run_ids:
        return _na("rows published per table", "no table with a run_id column")
    published = rows_per_run.filter(pl.col("table") != "runs").with_columns(pl.col("n_rows").cast(pl.Float64))
    series = _per_run_series(published, "table", "n_rows", run_ids, 0.0)
    return _chart_or_na(line_chart("Rows published per table per run", labels, series, "rows", log=True),
                        "rows published per table")


def _failures_chart(dq: pl.DataFrame | None, run_ids: list[str], labels: list[str]) -> str:
    if not _has(dq, "run_id", "success") or not run_ids:
        return _na("expectation failures per run")
    sev = pl.col("severity").fill_null("unknown") if "severity" in dq.columns else pl.lit("unknown")
    failed = (dq.filter(~pl.col("success").fill_null(False)).with_columns(sev.alias("severity"))
              .group_by("run_id", "severity").agg(pl.len().cast(pl.Float64).alias("n")))
    keys = sorted(set(failed["severity"].to_list()) | {"critical", "warning"}, key=lambda s: SEVERITY_ORDER.get(s, 2))
    series = _per_run_series(failed, "severity", "n", run_ids, 0.0, keys)
    return _chart_or_na(bar_chart("Expectation failures per run, by severity", labels, series, "failed expectations"),
                        "expectation failures per run")


def _quarantine_chart(quarantine: pl.DataFrame | None, run_ids: list[str], labels: list[str]) -> str:
    if not _has(quarantine, "run_id", "reason") or not run_ids:
        return _na("quarantined inputs by reason", "no quarantine rows in this warehouse")
    counts = (quarantine.with_columns(pl.col("reason").fill_null("unknown"))
              .group_by("run_id", "reason").agg(pl.len().cast(pl.Float64).alias("n")))
    series = _per_run_series(counts, "reason", "n", run_ids, 0.0)
    if not series:
        series = [Series("(no input quarantined)", tuple(0.0 for _ in run_ids))]
    return _chart_or_na(bar_chart("Quarantined inputs per run, by reason", labels, series, "inputs"),
                        "quarantined inputs by reason")


def boilerplate_by_source(source_stats: pl.DataFrame | None, documents: pl.DataFrame | None) -> pl.DataFrame | None:
    """run_id, source_name, n_documents, n_chars_raw, n_chars_clean: from `source_stats` when it has the columns,
    else from documents (n_chars_raw/n_chars_clean by source_name); None when neither can say."""
    need = ("run_id", "source_name", "n_chars_raw", "n_chars_clean")
    if _has(source_stats, *need):
        frame = source_stats
        n_docs = pl.col("n_documents") if "n_documents" in frame.columns else pl.lit(None, dtype=pl.Int64)
        frame = frame.with_columns(n_docs.alias("n_documents"))
    elif _has(documents, *need):
        frame = documents.with_columns(pl.lit(1, dtype=pl.Int64).alias("n_documents"))
    else:
        return None
    return (frame.with_columns(pl.col("source_name").fill_null("unknown"))
            .group_by("run_id", "source_name")
            .agg(pl.col("n_documents").sum(), pl.col("n_chars_raw").sum(), pl.col("n_chars_clean").sum()))


def _removed_share() -> pl.Expr:
    """1 - clean/raw characters; null where there were no raw characters."""
    return pl.when(pl.col("n_chars_raw") > 0).then(1 - pl.col("n_chars_clean") / pl.col("n_chars_raw"))


def _boilerplate_section(source_stats: pl.DataFrame | None, documents: pl.DataFrame | None, run_ids: list[str],
                         labels: list[str]) -> str:
    frame = boilerplate_by_source(source_stats, documents)
    if frame is None or not run_ids:
        return _na("share of text removed as boilerplate per source",
                   "no source_stats, and no documents with character counts")
    origin = "source_stats" if _has(source_stats, "run_id", "source_name", "n_chars_raw") else "documents"
    totals = (frame.group_by("source_name").agg(pl.col("n_documents").sum(), pl.col("n_chars_raw").sum(),
                                                pl.col("n_chars_clean").sum())
              .with_columns(share=_removed_share())
              .sort(["n_chars_raw", "source_name"], descending=[True, False]))
    top = totals["source_name"].head(MAX_SOURCES).to_list()
    grouped = frame.with_columns(pl.when(pl.col("source_name").is_in(top)).then(pl.col("source_name"))
                                 .otherwise(pl.lit("other sources")).alias("source_name"))
    per_run = (grouped.group_by("run_id", "source_name").agg(pl.col("n_chars_raw").sum(), pl.col("n_chars_clean").sum())
               .with_columns(share=_removed_share()))
    keys = top + (["other sources"] if len(totals) > len(top) else [])
    series = _per_run_series(per_run, "source_name", "share", run_ids, None, keys)
    chart = line_chart("Share of raw text removed as boilerplate, per source and run", labels, series,
                       "removed share of characters", percent=True)
    out = [f"<p>From <code>{_e(origin)}</code>: 1 − clean characters / raw characters of the documents each run "
           "published. A run that published nothing from a source has no point.</p>",
           _chart_or_na(chart, "share of text removed as boilerplate per source"),
           "<table><tr><th>source</th><th>documents</th><th>raw characters</th><th>removed (all runs)</th></tr>"]
    for r in totals.iter_rows(named=True):
        share = r["share"]
        width = 0.0 if share is None else max(0.0, min(share, 1.0)) * 120
        bar = f'<span class="bar" style="width:{width:.0f}px"></span>'
        out.append(f'<tr><td>{_e(r["source_name"])}</td><td class="num">{_e(_num(r["n_documents"]))}</td>'
                   f'<td class="num">{_e(_num(r["n_chars_raw"]))}</td><td>{bar} '
                   f'{_e(NA if share is None else f"{share:.1%}")}</td></tr>')
    return "".join(out) + "</table>"


def _trends_section(data: ReportInputs, recent: pl.DataFrame) -> str:
    run_ids = recent["run_id"].to_list()
    labels = _labels_unique(recent["label"].to_list())
    return ("".join([
        f'<section id="trends"><h2>Trends over {_runs(len(run_ids))}</h2>',
        '<p>Hover a point or bar for its value. x axis: run start time (UTC, month-day hour:minute:second).</p>',
        '<h3 id="trend-rows">Rows published per table</h3>', _rows_chart(data.rows_per_run, run_ids, labels),
        '<h3 id="trend-failures">Expectation failures</h3>', _failures_chart(data.dq_results, run_ids, labels),
        '<h3 id="trend-quarantine">Quarantined inputs by reason</h3>',
        _quarantine_chart(data.quarantine, run_ids, labels),
        '<h3 id="trend-boilerplate">Text removed as boilerplate, per source</h3>',
        _boilerplate_section(data.source_stats, data.documents, run_ids, labels),
    ]) + "</section>")


def _tables_section(tables: list[TableInfo]) -> str:
    out = ['<section id="tables"><h2>Tables</h2>']
    if not tables:
        return out[0] + _na("tables") + "</section>"
    out.append("<table><tr><th>table</th><th>rows</th><th>columns</th><th>files</th><th>one row per</th></tr>")
    for t in tables:
        out.append(f'<tr><td><a href="#table-{_e(t.name)}">{_e(t.name)}</a></td>'
                   f'<td class="num">{_e(_num(t.n_rows))}</td>'
                   f'<td class="num">{_e(len(t.columns) if t.n_files else NA)}</td>'
                   f'<td class="num">{t.n_files}</td><td>{_e(t.description or "")}</td></tr>')
    out.append("</table>")
    for t in tables:
        out.append(f'<section class="table" id="table-{_e(t.name)}"><h3>{_e(t.name)}</h3>')
        if not t.n_files:
            out.append(f'<p class="na">no Parquet file yet: rows {NA}, columns {NA}.</p></section>')
            continue
        out.append(f"<p>{_e(_num(t.n_rows))} rows · {len(t.columns)} columns · {t.n_files} file(s)"
                   f"{' · ' + _e(t.description) if t.description else ''}</p>")
        out.append("<details><summary>columns</summary><table><tr><th>column</th><th>type</th>"
                   "<th>description</th></tr>")
        out.extend(f"<tr><td><code>{_e(c.name)}</code></td><td>{_e(c.dtype)}</td><td>{_e(c.description)}</td></tr>"
                   for c in t.columns)
        out.append("</table></details></section>")
    return "".join(out) + "</section>"


def _gx_section(links: list[tuple[str, str]]) -> str:
    out = ['<section id="gx"><h2>Great Expectations Data Docs</h2>']
    if not links:
        return out[0] + _na("GX Data Docs (not built yet)") + "</section>"
    out.append("<p>GX's own pages for every validation (they load their scripts and styles from the web, so "
               "they need a network connection to display fully).</p><ul>")
    out.extend(f'<li><a href="{_e(href)}">{_e(label)}</a></li>' for label, href in links)
    return "".join(out) + "</ul></section>"


STYLE = """
body{font-family:"DejaVu Sans",Arial,sans-serif;margin:0 auto;max-width:1120px;padding:0 16px 40px;color:#222}
h1{font-size:1.5em;margin:16px 0 4px}h2{border-bottom:2px solid #ddd;padding-bottom:4px;margin-top:28px}
h3{margin:18px 0 6px}h4{margin:10px 0 4px;color:#444}
table{border-collapse:collapse;margin:6px 0 12px;font-size:13px}
th,td{border:1px solid #ddd;padding:3px 7px;text-align:left;vertical-align:top}th{background:#f3f3f3}
td.num{text-align:right;font-variant-numeric:tabular-nums}td.obs{max-width:460px;overflow-wrap:anywhere}
code{font-size:12px;overflow-wrap:anywhere}.ok{color:#1a7f37}.bad{color:#c62828;font-weight:bold}.warn{color:#b26a00}
tr.fail{background:#fdecea}.na{color:#777;font-style:italic}.status{font-weight:bold}
.bar{display:inline-block;height:10px;background:#1f77b4;vertical-align:middle}
nav a{margin-right:12px}figure{margin:6px 0}svg.chart{max-width:100%;height:auto;background:#fff}
svg .ax{stroke:#333;stroke-width:1}svg .grid{stroke:#e6e6e6;stroke-width:1}
svg text{font-family:"DejaVu Sans",Arial,sans-serif}svg .tk{font-size:11px;fill:#444}
svg .at{font-size:12px;fill:#222}svg .ct{font-size:14px;font-weight:bold;fill:#222}svg .lg{font-size:12px;fill:#222}
"""
CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:"


def render_report(data: ReportInputs) -> str:
    """The whole page as one HTML string."""
    recent = recent_runs(data.runs, data.max_runs)
    dq_run = validated_run(data.runs, data.dq_results)
    return "".join([
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">',
        f'<meta http-equiv="Content-Security-Policy" content="{CSP}">',
        f"<title>newsmill data quality: {_e(data.warehouse)}</title><style>{STYLE}</style></head><body>",
        f"<h1>newsmill data quality</h1><p>Warehouse <code>{_e(data.warehouse)}</code> · page built "
        f"{_e(data.generated_at.strftime('%Y-%m-%d %H:%M:%S %Z'))}</p>",
        '<nav><a href="#last-run">last run</a><a href="#trends">trends</a><a href="#expectations">expectations</a>'
        '<a href="#tables">tables</a><a href="#gx">GX Data Docs</a></nav>',
        _last_run_section(data.runs, recent, dq_run, data.dq_results),
        _trends_section(data, recent),
        _expectations_section(data.dq_results, dq_run),
        _tables_section(data.tables),
        _gx_section(data.gx_links),
        "</body></html>\n",
    ])


def summary_text(runs: pl.DataFrame | None, dq: pl.DataFrame | None) -> str:
    """A few lines for the terminal: the last validated run's passed/failed counts and its failures."""
    dq_run = validated_run(runs, dq)
    if dq_run is None:
        return "no validated run in this warehouse"
    rows = dq.filter(pl.col("run_id") == dq_run)
    status = "unknown"
    if _has(runs, "run_id", "status"):
        found = runs.filter(pl.col("run_id") == dq_run)["status"].to_list()
        status = found[0] if found else status
    failed = rows.filter(~pl.col("success").fill_null(False))
    lines = [f"run {dq_run} ({status}): {rows.height - failed.height} passed, {failed.height} failed"]
    for r in failed.iter_rows(named=True):
        lines.append(f"  FAILED [{r.get('severity')}] {r['table']}: {r['expectation']} -> {r.get('observed')}")
    return "\n".join(lines)
