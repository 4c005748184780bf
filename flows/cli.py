"""The `newsmill` command line: `run`, `serve`, `report` (see the warehouse contract)."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from flows.settings import Settings, quiet_environment


def _common(p: argparse.ArgumentParser) -> None:
    defaults = Settings()
    p.add_argument("--raw", type=Path, default=defaults.raw_dir, help="raw landing zone (default: raw/)")
    p.add_argument("--warehouse", type=Path, default=defaults.warehouse_dir, help="warehouse (default: warehouse/)")


def _print_summary(s) -> None:
    print(f"newsmill run {s.run_id}: {s.status}")
    print(f"  inputs {s.n_inputs}  new documents {s.n_new_documents}  skipped {s.n_skipped}  "
          f"quarantined {s.n_quarantined}  mentions {s.n_mentions}  events {s.n_events}  quotes {s.n_quotes}")
    print(f"  expectations passed {s.expectations_passed}  failed {s.expectations_failed}"
          + (f"  (critical: {'; '.join(s.critical_failures)})" if s.critical_failures else ""))
    for line in s.recovered:
        print(f"  recovered: {line}")
    if s.rejected_at:
        print(f"  batch kept aside (not published): {s.rejected_at}")
    print(f"  tables: {s.warehouse}/<table>/*.parquet")
    if s.data_docs:
        print(f"  data-quality report: {s.data_docs}")


def cmd_run(args: argparse.Namespace) -> int:
    from flows.ingest import ingest

    summary = ingest(raw_dir=str(args.raw.resolve()), warehouse_dir=str(args.warehouse.resolve()),
                     full_refresh=args.full_refresh)
    _print_summary(summary)
    return 3 if summary.status == "rejected" else 0


def make_deployment(cron: str, raw: Path, warehouse: Path):
    """The scheduled deployment of the ingest flow that `newsmill serve` runs."""
    from flows.ingest import ingest

    return ingest.to_deployment(name="newsmill-scheduled", cron=cron,
                                parameters={"raw_dir": str(raw.resolve()), "warehouse_dir": str(warehouse.resolve())})


def cmd_serve(args: argparse.Namespace) -> int:
    from prefect import serve

    serve(make_deployment(args.cron, args.raw, args.warehouse))
    return 0


def cmd_report(args: argparse.Namespace) -> int:
    from flows.report import last_run_report

    text, index = last_run_report(args.warehouse.resolve())
    print(text)
    if index is None:
        return 1
    print(f"data-quality report: {index}")
    return 0


def main(argv: list[str] | None = None) -> int:
    """Entry point of the `newsmill` console script."""
    quiet_environment()
    parser = argparse.ArgumentParser(prog="newsmill", description="Raw news text to validated Parquet tables.")
    sub = parser.add_subparsers(dest="command", required=True)
    p_run = sub.add_parser("run", help="run the ingest flow once")
    _common(p_run)
    p_run.add_argument("--full-refresh", action="store_true", help="rebuild every data table from raw/")
    p_run.set_defaults(func=cmd_run)
    p_serve = sub.add_parser("serve", help="serve the ingest flow on a cron schedule")
    _common(p_serve)
    p_serve.add_argument("--cron", default="0 * * * *", help="cron schedule (default: hourly)")
    p_serve.set_defaults(func=cmd_serve)
    p_report = sub.add_parser("report", help="rebuild the data-quality report and print its path")
    _common(p_report)
    p_report.set_defaults(func=cmd_report)
    args = parser.parse_args(argv)
    return int(args.func(args))


if __name__ == "__main__":
    sys.exit(main())
