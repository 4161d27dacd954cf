"""The shipped pre-commit hook, run with pre-commit's own `try-repo` on a sample content repository.

pre-commit installs the hook into a fresh virtualenv; the test points it at the packages already installed
for the test run (PYTHONPATH, no index, no build isolation) so it needs no network.
"""
import os
import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PRE_COMMIT = shutil.which("pre-commit", path=os.path.dirname(sys.executable)) or shutil.which("pre-commit")

pytestmark = pytest.mark.skipif(PRE_COMMIT is None or not (ROOT / ".git").exists(),
                                reason="pre-commit (test extra) or the git checkout is missing")


def _run(cmd, cwd, env):
    return subprocess.run(cmd, cwd=cwd, env=env, capture_output=True, text=True, timeout=300)


def test_hook_runs_with_try_repo(tmp_path):
    env = {**os.environ, "PIP_NO_INDEX": "1", "PIP_NO_BUILD_ISOLATION": "0",
           "PYTHONPATH": sysconfig.get_paths()["purelib"], "PRE_COMMIT_HOME": str(tmp_path / "cache"),
           "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.org", "GIT_COMMITTER_NAME": "t",
           "GIT_COMMITTER_EMAIL": "t@example.org"}
    repo = tmp_path / "content"
    repo.mkdir()
    (repo / "good.md").write_text("# A good article\n\nThe council met on Tuesday and approved the plan.\n")
    (repo / "notes.py").write_text("print('not an article')\n")
    assert _run(["git", "init", "-q", "-b", "main"], repo, env).returncode == 0
    assert _run(["git", "add", "."], repo, env).returncode == 0
    r = _run([PRE_COMMIT, "try-repo", str(ROOT), "auditor", "--all-files"], repo, env)
    assert r.returncode == 0, r.stdout + r.stderr
    assert "auditor (article quality and SEO)" in r.stdout and "Passed" in r.stdout
    (repo / "bad.md").write_text("# A bad article\n\nHe could of won the\n")
    _run(["git", "add", "."], repo, env)
    r = _run([PRE_COMMIT, "try-repo", str(ROOT), "auditor", "--all-files"], repo, env)
    assert r.returncode == 1, r.stdout + r.stderr
    assert "bad.md:3:4: G310 modal-of" in r.stdout and "notes.py" not in r.stdout
