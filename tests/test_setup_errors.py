"""Bad setup fails fast: exit status 2, one line on stderr naming the problem, nothing written anywhere.

Each case runs the real `newsmill` command in a scratch folder and checks that the folder (and the warehouse
it would have used) is exactly as before.
"""
import os
import subprocess
import sys
from pathlib import Path

import pytest

from flows.settings import Settings, SetupError

NEWSMILL = str(Path(sys.executable).with_name("newsmill"))


def _tree(root: Path) -> set[str]:
    return {str(p.relative_to(root)) for p in root.rglob("*")}


def _newsmill(cwd: Path, *args: str, **env: str) -> subprocess.CompletedProcess:
    full_env = {k: v for k, v in os.environ.items() if not k.startswith("NEWSMILL_")} | env
    return subprocess.run([NEWSMILL, *args], cwd=cwd, env=full_env, capture_output=True, text=True, timeout=120)


@pytest.fixture
def scratch(tmp_path):
    (tmp_path / "raw").mkdir()
    (tmp_path / "raw" / "a.txt").write_text("A short article written for this test.\n", encoding="utf-8")
    (tmp_path / "a_file").write_text("not a folder\n", encoding="utf-8")
    return tmp_path


CASES = [
    # (arguments, environment, words the one-line message must hold)
    (["run", "--raw", "missing"], {}, ["raw folder not found", "missing"]),
    (["run", "--raw", "a_file"], {}, ["raw path is not a folder", "a_file"]),
    (["run", "--warehouse", "a_file"], {}, ["warehouse path is not a folder", "a_file"]),
    (["run", "--warehouse", "a_file/wh"], {}, ["warehouse path is inside a file", "a_file"]),
    (["run"], {"NEWSMILL_N_PROCESS": "abc"}, ["NEWSMILL_N_PROCESS", "abc"]),
    (["run"], {"NEWSMILL_N_PROCESS": "0"}, ["NEWSMILL_N_PROCESS", "at least 1"]),
    (["run"], {"NEWSMILL_BATCH_SIZE": "-5"}, ["NEWSMILL_BATCH_SIZE"]),
    (["run"], {"NEWSMILL_MAX_BYTES": "1e6"}, ["NEWSMILL_MAX_BYTES"]),
    (["run"], {"NEWSMILL_MAX_CHARS": "lots"}, ["NEWSMILL_MAX_CHARS", "lots"]),
    (["run"], {"NEWSMILL_SETTLE_SECONDS": "-1"}, ["NEWSMILL_SETTLE_SECONDS"]),
    (["run"], {"NEWSMILL_CHUNK_DOCS": "0"}, ["NEWSMILL_CHUNK_DOCS"]),
    (["run"], {"NEWSMILL_SPACY_MODEL": "en_core_web_nonexistent"}, ["spaCy model", "en_core_web_nonexistent"]),
    (["run"], {"NEWSMILL_EXTRACT": "entities,sentiment"}, ["NEWSMILL_EXTRACT"]),
    (["run"], {"NEWSMILL_DASK_ADDRESS": "tcp://scheduler"}, ["tcp://scheduler"]),
    (["run", "--dask-address", "not an address"], {}, ["not an address"]),
    (["serve", "--raw", "missing"], {}, ["raw folder not found"]),
    (["serve", "--cron", "every minute"], {}, ["--cron", "every minute"]),
    (["report", "--warehouse", "nowhere"], {}, ["warehouse not found", "nowhere"]),
    (["runs", "--warehouse", "a_file"], {}, ["warehouse path is not a folder"]),
    (["compact", "--warehouse", "nowhere"], {}, ["warehouse not found"]),
]


@pytest.mark.parametrize(("args", "env", "words"), CASES, ids=lambda v: " ".join(v) if isinstance(v, list) else "")
def test_bad_setup_exits_2_with_one_line_and_writes_nothing(scratch, args, env, words):
    before = _tree(scratch)
    out = _newsmill(scratch, *args, **env)
    assert out.returncode == 2, out.stdout + out.stderr
    lines = out.stderr.strip().splitlines()
    assert len(lines) == 1, out.stderr
    assert all(w in lines[0] for w in words), lines[0]
    assert "Traceback" not in out.stderr
    assert _tree(scratch) == before  # no warehouse, no _prefect, nothing


def test_relative_paths_are_relative_to_the_current_folder(scratch):
    out = _newsmill(scratch, "run", "--raw", "elsewhere/raw")
    assert out.returncode == 2
    assert str(scratch / "elsewhere" / "raw") in out.stderr
    defaults = Settings.from_env(scratch / "raw")
    assert defaults.warehouse_dir == Path.cwd() / "warehouse"


def test_version():
    from flows import __version__

    out = subprocess.run([NEWSMILL, "--version"], capture_output=True, text=True, timeout=60)
    assert out.returncode == 0 and out.stdout.strip() == f"newsmill {__version__}"


def test_settings_checks_are_shared_with_the_flow(scratch, monkeypatch):
    monkeypatch.setenv("NEWSMILL_N_PROCESS", "3")
    monkeypatch.setenv("NEWSMILL_DASK_ADDRESS", "tcp://10.0.0.5:8786")
    settings = Settings.from_env(scratch / "raw", scratch / "wh")
    assert settings.n_process == 3 and settings.dask_address == "tcp://10.0.0.5:8786"
    assert not (scratch / "wh").exists()  # checking creates nothing
    monkeypatch.setenv("NEWSMILL_N_PROCESS", "two")
    with pytest.raises(SetupError, match="NEWSMILL_N_PROCESS"):
        Settings()
    monkeypatch.delenv("NEWSMILL_N_PROCESS")
    with pytest.raises(SetupError, match="raw folder not found"):
        Settings.from_env(scratch / "nope", scratch / "wh")
