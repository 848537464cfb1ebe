"""Shared fixtures: the fixture content is built once per session and copied where a test writes."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent
FIXTURE_CONTENT = Path(__file__).resolve().parent / "fixtures" / "content"
sys.path.insert(0, str(ROOT))


@pytest.fixture(scope="session")
def fixture_db(tmp_path_factory) -> Path:
    from app.build import build

    out = tmp_path_factory.mktemp("db") / "content.db"
    build(FIXTURE_CONTENT, out)
    return out


@pytest.fixture
def store(fixture_db):
    from app.store import Store

    s = Store(fixture_db)
    yield s
    s.close()


@pytest.fixture
def searcher(store):
    from app.search import Searcher

    return Searcher(store.conn)


@pytest.fixture
def content_copy(tmp_path) -> Path:
    """A writable copy of the fixture content, for tests that break it."""
    dest = tmp_path / "content"
    shutil.copytree(FIXTURE_CONTENT, dest)
    return dest


@pytest.fixture(scope="session")
def bundled_db(tmp_path_factory) -> Path:
    """The real bundled content, built once."""
    from app.build import build

    out = tmp_path_factory.mktemp("bundled") / "content.db"
    build(ROOT / "content", out)
    return out


@pytest.fixture
def run(content_copy, tmp_path):
    """Run `python -m app ARGS` in a subprocess on a copy of the fixture content; check the exit
    code and that no traceback reached stderr."""
    env = {**os.environ, "OPIOIDREF_CONTENT": str(content_copy), "OPIOIDREF_DB": str(tmp_path / "c.db"),
           "OPIOIDREF_HOME": str(tmp_path / "home")}

    def _run(*args: str, expect: int = 0) -> subprocess.CompletedProcess:
        proc = subprocess.run([sys.executable, "-m", "app", *args], cwd=ROOT, env=env,
                              capture_output=True, text=True, timeout=60)
        assert proc.returncode == expect, (proc.stdout, proc.stderr)
        assert "Traceback" not in proc.stderr
        return proc

    _run.content = content_copy
    _run.db = tmp_path / "c.db"
    return _run
