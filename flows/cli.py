"""The `newsmill` command line: `run`, `serve`, `report`, `runs`, `compact` (see the warehouse contract).

Setup is checked before anything heavy is imported (Prefect, spaCy, the flow): a bad setup exits with
status 2 and one line on stderr naming the problem, and writes nothing.
"""
from __future__ import annotations

import argparse
import atexit
import contextlib
import os
import sys
from pathlib import Path

from flows.settings import Settings, SetupError, check_dask_address, check_warehouse_dir, quiet_environment

EXIT_SETUP = 2


def _version() -> str:
    """flows.__version__: the `pipeline_version` a run writes into its rows."""
    from flows import __version__

    return __version__


def _path(value: str) -> Path:
    """A path argument, absolute against the current folder at parse time."""
    return Path(value).expanduser().absolute()


def _add_raw(p: argparse.ArgumentParser) -> None:
    p.add_argument("--raw", type=_path, default=Path.cwd() / "raw",
                   help="raw landing zone (default: ./raw in the current folder)")


def _add_warehouse(p: argparse.ArgumentParser) -> None:
    p.add_argument("--warehouse", type=_path, default=Path.cwd() / "warehouse",
                   help="warehouse folder (default: ./warehouse in the current folder)")


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


_EXIT_CODE: dict[str, int] = {}  # set by `main` once `run` has returned its status


def _exit_without_teardown() -> None:
    """The last exit handler of `newsmill run`: once every other one has run (Prefect's log and event
    flushes, the API server's stop, logging and multiprocessing shutdown), end the process without the
    interpreter's teardown of its heap (GX, Prefect, polars: about 1.2 s of CPU on a core nothing else uses).
    Every table was committed and synced before; on an unexpected exception it does nothing."""
    code = _EXIT_CODE.get("code")  # None after an unexpected exception: the usual exit
    if code is None:
        return
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(Exception):
            stream.flush()
    os._exit(code)


def cmd_run(args: argparse.Namespace) -> int:
    if args.dask_address:
        check_dask_address(args.dask_address)
    settings = Settings.from_env(args.raw, args.warehouse)  # fail fast, before Prefect, spaCy or the flow are loaded
    from flows.watchdog import start_watchdog

    start_watchdog()
    from flows.startup import early_api_server, startup_timeout_s

    server = early_api_server()  # Prefect's temporary API server comes up while the command imports
    if not (args.dask_address or settings.dask_address):
        from flows.worker import prestart_pool

        prestart_pool(settings.spacy_model, settings.n_process)  # workers load the model while Prefect loads
    from flows.ingest import ingest

    extra = {"dask_address": args.dask_address} if args.dask_address else {}
    try:
        if server:
            server.wait(startup_timeout_s())
        summary = ingest(raw_dir=str(args.raw), warehouse_dir=str(args.warehouse), full_refresh=args.full_refresh,
                         **extra)
    except Exception as exc:  # the flow logged the traceback and wrote its `runs` row (status failed)
        print(f"newsmill run failed: {type(exc).__name__}: {exc}", file=sys.stderr)
        return 1
    finally:
        from flows.worker import discard_prestarted, stop_fork_server

        discard_prestarted()  # a pool the run never took stops now, without waiting for its model load
        stop_fork_server()  # and the fork server the workers came from (its CPU is counted in the command's)
    _print_summary(summary)
    if summary.status == "rejected":
        return 3
    return 1 if summary.status == "failed" else 0


def make_deployment(cron: str, raw: Path, warehouse: Path):
    """The scheduled deployment of the ingest flow that `newsmill serve` runs."""
    from flows.serve import make_deployment as deployment

    return deployment(cron, raw, warehouse)


def cmd_serve(args: argparse.Namespace) -> int:
    from flows.serve import quiet_stop_signals, serve_scheduled

    quiet_stop_signals()  # Ctrl-C / SIGTERM while still starting: stop quietly, exit 0
    Settings.from_env(args.raw, args.warehouse)
    _check_cron(args.cron)
    return serve_scheduled(args.cron, args.raw, args.warehouse)


def _check_cron(cron: str) -> None:
    from prefect.client.schemas.schedules import CronSchedule
    from pydantic import ValidationError

    try:
        CronSchedule(cron=cron)
    except ValidationError:
        raise SetupError(f"--cron {cron!r} is not a valid cron expression") from None


def cmd_report(args: argparse.Namespace) -> int:
    check_warehouse_dir(args.warehouse, must_exist=True)
    # the report is built inside the warehouse it describes, never elsewhere
    os.environ.pop("NEWSMILL_GX_ROOT", None)
    from flows.report import last_run_report

    text, index = last_run_report(args.warehouse)
    print(text)
    if index is None:
        return 1
    print(f"data-quality report: {index}")
    return 0


def cmd_runs(args: argparse.Namespace) -> int:
    check_warehouse_dir(args.warehouse, must_exist=True)
    from flows.runs_table import recent_runs, render_runs

    runs = recent_runs(args.warehouse, args.limit)
    print(render_runs(runs) if runs.height else f"no runs recorded in {args.warehouse}")
    return 0


def cmd_compact(args: argparse.Namespace) -> int:
    check_warehouse_dir(args.warehouse, must_exist=True)
    from flows.warehouse import Warehouse

    done = Warehouse(args.warehouse).compact()
    if not done:
        print(f"nothing to compact in {args.warehouse}: every table has at most one part file")
    for table, (n_files, n_rows) in sorted(dict(done or {}).items()):
        print(f"compacted {table}: {n_files} part files -> 1 ({n_rows:,} rows)")
    return 0


def build_parser() -> argparse.ArgumentParser:
    """The argument parser (paths are made absolute against the current folder at parse time)."""
    parser = argparse.ArgumentParser(prog="newsmill", description="Raw news text to validated Parquet tables.")
    parser.add_argument("--version", action="version", version=f"newsmill {_version()}")
    sub = parser.add_subparsers(dest="command", required=True)
    p_run = sub.add_parser("run", help="run the ingest flow once")
    _add_raw(p_run)
    _add_warehouse(p_run)
    p_run.add_argument("--full-refresh", action="store_true", help="rebuild every data table from raw/")
    p_run.add_argument("--dask-address", default=os.environ.get("NEWSMILL_DASK_ADDRESS") or None,
                       metavar="ADDR", help="run the NLP chunks on this Dask scheduler, e.g. tcp://HOST:8786 "
                                            "(default: $NEWSMILL_DASK_ADDRESS; local processes when unset)")
    p_run.set_defaults(func=cmd_run)
    p_serve = sub.add_parser("serve", help="serve the ingest flow on a cron schedule (starts a local Prefect "
                                           "server when PREFECT_API_URL is unset)")
    _add_raw(p_serve)
    _add_warehouse(p_serve)
    p_serve.add_argument("--cron", default="0 * * * *", help="cron schedule (default: hourly, '0 * * * *')")
    p_serve.set_defaults(func=cmd_serve)
    p_report = sub.add_parser("report", help="rebuild the data-quality report and print its path")
    _add_warehouse(p_report)
    p_report.set_defaults(func=cmd_report)
    p_runs = sub.add_parser("runs", help="print the recent runs recorded in the warehouse")
    _add_warehouse(p_runs)
    p_runs.add_argument("--limit", type=int, default=20, help="how many runs, newest first (default: 20)")
    p_runs.set_defaults(func=cmd_runs)
    p_compact = sub.add_parser("compact", help="merge each table's part files into one, atomically")
    _add_warehouse(p_compact)
    p_compact.set_defaults(func=cmd_compact)
    return parser


def main(argv: list[str] | None = None) -> int:
    """Entry point of the `newsmill` console script."""
    quiet_environment()
    args = build_parser().parse_args(argv)
    if argv is None and args.command == "run":  # the command itself, not a caller in a longer-lived process
        atexit.register(_exit_without_teardown)  # registered first, so it runs after every other exit handler
    try:
        code = int(args.func(args))
    except SetupError as exc:
        print(f"newsmill {args.command}: {exc}", file=sys.stderr)
        code = EXIT_SETUP
    _EXIT_CODE["code"] = code
    return code


if __name__ == "__main__":
    sys.exit(main())
