import atexit
import os
import shutil
import sys
import tempfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))
os.environ.setdefault("SOURCE_DATE_EPOCH", "1700000000")
# the CLI caches results; tests keep that cache out of the source tree and remove it when they end
if "AUDITOR_CACHE_DIR" not in os.environ:
    _cache = tempfile.mkdtemp(prefix="auditor-test-cache-")
    os.environ["AUDITOR_CACHE_DIR"] = _cache
    atexit.register(shutil.rmtree, _cache, ignore_errors=True)


@pytest.fixture(scope="session")
def registry():
    from auditor.api import build_registry
    from auditor.config import Config

    return build_registry(Config())


@pytest.fixture
def run_cli(tmp_path):
    from click.testing import CliRunner

    from auditor.cli import main

    def run(*args, input=None):
        runner = CliRunner()
        return runner.invoke(main, list(args), input=input, catch_exceptions=False)
    return run
