"""Great Expectations wiring: suites from `expectations/*.json`, validation of each table, Data Docs.

GX 1.x validates pandas frames (not polars), so frames are converted at this boundary. GX's overall
`success` is false when any expectation fails, warnings included; publishing is gated here on failures of
expectations whose `severity` is `critical`.
"""
from __future__ import annotations

import json
import logging
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

import polars as pl

from flows.settings import quiet_environment

if TYPE_CHECKING:
    import great_expectations as gx


def _gx():
    """Great Expectations, imported on first use (it takes seconds): a run imports it while workers parse."""
    quiet_environment()
    import great_expectations

    logging.getLogger("great_expectations").setLevel(logging.ERROR)
    return great_expectations


@dataclass
class TableValidation:
    """Outcome of one table's suite."""

    table: str
    rows: list[dict]  # dq_results rows
    critical_failures: list[str]
    result: dict
    critical_rows: set[int] = field(default_factory=set)  # row positions failing a critical row-level check
    table_level: list[str] = field(default_factory=list)  # critical failures that no row explains


def load_suite_spec(expectations_dir: Path, table: str) -> dict:
    """The suite JSON of a table (GX suite format: name, expectations[type, kwargs, severity])."""
    return json.loads((expectations_dir / f"{table}.json").read_text(encoding="utf-8"))


def _describe(cfg: dict) -> str:
    kw = cfg.get("kwargs", {})
    target = kw.get("column") or ",".join(kw.get("column_list", []) or []) or ""
    extra = kw.get("column_A") and f"{kw['column_A']}<={kw['column_B']}"
    return f"{cfg['type']}({extra or target})"


# Each chunk's tables are validated with counts and a few examples (GX's BASIC format costs half of COMPLETE's:
# no lists of every unexpected row); the positions of failing rows are asked for only when a critical one failed.
COUNTS_FORMAT = {"result_format": "BASIC"}
ROWS_FORMAT = {"result_format": "COMPLETE", "return_unexpected_index_query": False}


class Validator:
    """A GX file context under the warehouse (suites, results, Data Docs) reused for a run's tables."""

    def __init__(self, expectations_dir: Path, gx_root: Path) -> None:
        self.expectations_dir = expectations_dir
        self.gx_root = gx_root
        gx_root.mkdir(parents=True, exist_ok=True)
        self._context = None
        self._definitions: dict[str, gx.ValidationDefinition] = {}
        self.validated: list = []  # identifiers of the validation results stored by this validator

    @property
    def context(self):
        """The GX file context, created (and GX imported) on first use."""
        if self._context is None:
            context = _gx().get_context(mode="file", project_root_dir=str(self.gx_root))
            context.variables.progress_bars = {"globally": False, "metric_calculations": False}
            self.source = context.data_sources.add_or_update_pandas("newsmill")
            self._context = context
        return self._context

    def _definition(self, table: str) -> gx.ValidationDefinition:
        if table not in self._definitions:
            self._definitions[table] = self._make_definition(table)
        return self._definitions[table]

    def _make_definition(self, table: str) -> gx.ValidationDefinition:
        gx = _gx()
        from great_expectations.expectations.expectation_configuration import ExpectationConfiguration

        spec = load_suite_spec(self.expectations_dir, table)
        context = self.context
        suite = gx.ExpectationSuite(name=table, expectations=[
            ExpectationConfiguration(type=e["type"], kwargs=e.get("kwargs", {}), meta=e.get("meta", {}),
                                     severity=e.get("severity", "critical")).to_domain_obj()
            for e in spec["expectations"]])
        suite = context.suites.add_or_update(suite)
        try:
            asset = self.source.get_asset(table)
        except LookupError:
            asset = self.source.add_dataframe_asset(table)
        try:
            batch_def = asset.get_batch_definition("whole")
        except (KeyError, LookupError):
            batch_def = asset.add_batch_definition_whole_dataframe("whole")
        return context.validation_definitions.add_or_update(
            gx.ValidationDefinition(name=table, data=batch_def, suite=suite))

    def _failing_rows(self, table: str, frame) -> dict[str, list]:
        """Row positions behind each failed expectation (GX's COMPLETE format, computed only when one failed;
        not stored: the run already stored this batch's result)."""
        vd = self._definition(table)
        batch = vd.data.get_batch(batch_parameters={"dataframe": frame})
        result = batch.validate(vd.suite, result_format=ROWS_FORMAT)
        return {_describe(r.expectation_config.to_json_dict()): r.result.get("unexpected_index_list")
                for r in result.results if not r.success}

    def validate(self, run_id: str, table: str, df: pl.DataFrame) -> TableValidation:
        """Validate one table's batch; returns dq_results rows, the critical failures and the rows behind them.

        The table's validation definition is run directly (no checkpoint around it: a checkpoint adds its own
        store checks and serialisation to every chunk); the result is stored in the GX project for Data Docs.
        """
        gx = _gx()
        from great_expectations.data_context.types.resource_identifiers import (
            ExpectationSuiteIdentifier,
            ValidationResultIdentifier,
        )

        vd = self._definition(table)
        frame = df.to_pandas()
        gx_run_id = gx.RunIdentifier(run_name=f"{run_id}-{table}")
        result = vd.run(batch_parameters={"dataframe": frame}, result_format=COUNTS_FORMAT, run_id=gx_run_id)
        self.validated.append(ValidationResultIdentifier(
            expectation_suite_identifier=ExpectationSuiteIdentifier(name=vd.suite.name), run_id=gx_run_id,
            batch_identifier=result.batch_id))
        rows, critical, table_level = [], [], []
        bad_rows: set[int] = set()
        failing_rows: dict[str, list] | None = None
        for r in result.results:
            cfg = r.expectation_config.to_json_dict()
            severity = str(getattr(r.expectation_config, "severity", "critical")).split(".")[-1].lower()
            name = _describe(cfg)
            observed = r.result.get("observed_value")
            if observed is None and "unexpected_count" in r.result:
                observed = f"{r.result.get('unexpected_count')} unexpected of {r.result.get('element_count')}"
            rows.append({
                "run_id": run_id, "table": table, "expectation": name,
                "severity": "critical" if severity == "critical" else "warning",
                "success": bool(r.success), "unexpected_count": r.result.get("unexpected_count"),
                "observed": None if observed is None else str(observed)[:500],
            })
            if not r.success and severity == "critical":
                critical.append(name)
                if failing_rows is None:
                    failing_rows = self._failing_rows(table, frame)
                indices = failing_rows.get(name)
                if indices and all(isinstance(i, int) for i in indices):
                    bad_rows.update(indices)
                else:
                    table_level.append(name)
        described = {"success": bool(result.success), "validation_results": [result.describe_dict()]}
        return TableValidation(table, _dedupe(rows), critical, _summary(described), bad_rows, table_level)

    def docs_index(self) -> Path | None:
        """Path of the Data Docs index page, after adding the pages of what this validator validated (the
        whole site is built when it has no index yet, or when nothing was validated here)."""
        incremental = bool(self.validated) and self._index() is not None
        self.context.build_data_docs(resource_identifiers=self.validated if incremental else None)
        return self._index()

    def _index(self) -> Path | None:
        for site in self.context.get_docs_sites_urls(only_if_exists=True):
            url = site.get("site_url") or ""
            if url.startswith("file://") and Path(url[len("file://"):]).is_file():
                return Path(url[len("file://"):])
        return None


def _summary(described: dict) -> dict:
    """The validation result without the (possibly long) lists of unexpected values and rows."""
    for vr in described.get("validation_results", []):
        for er in vr.get("expectations", []):
            res = er.get("result", {})
            for key in ("unexpected_list", "unexpected_index_list", "partial_unexpected_index_list"):
                res.pop(key, None)
    return described


def _dedupe(rows: list[dict]) -> list[dict]:
    """Expectations of one type on one column appear once per key; later duplicates get a suffix."""
    seen: dict[str, int] = {}
    for row in rows:
        n = seen.get(row["expectation"], 0)
        seen[row["expectation"]] = n + 1
        if n:
            row["expectation"] = f"{row['expectation']}#{n + 1}"
    return rows


def gx_root(warehouse_root: Path) -> Path:
    """Where the GX project (results, Data Docs) lives for a warehouse."""
    return Path(os.environ.get("NEWSMILL_GX_ROOT", warehouse_root / "_quality"))
