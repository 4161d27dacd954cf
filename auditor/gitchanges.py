"""``--changed-since REF``: the files that differ from a git ref (committed, staged, unstaged or untracked)."""
from __future__ import annotations

import os
import subprocess

from .errors import ConfigError


def _git(args: list[str], cwd: str) -> str:
    try:
        r = subprocess.run(["git", *args], cwd=cwd, capture_output=True, text=True, timeout=60)
    except (OSError, subprocess.TimeoutExpired) as e:
        raise ConfigError(f"--changed-since: cannot run git: {e}") from None
    if r.returncode != 0:
        raise ConfigError(f"--changed-since: git {' '.join(args)} failed: {r.stderr.strip()[:300]}")
    return r.stdout


def changed_files(ref: str, cwd: str = ".") -> set[str]:
    """Absolute paths of files added, copied, modified or renamed since ``ref``, plus untracked files."""
    top = _git(["rev-parse", "--show-toplevel"], cwd).strip()
    _git(["rev-parse", "--verify", "--quiet", ref + "^{commit}"], cwd)
    names = _git(["diff", "--name-only", "-z", "--diff-filter=ACMR", ref, "--"], cwd).split("\0")
    names += _git(["ls-files", "--others", "--exclude-standard", "-z"], top).split("\0")
    return {os.path.realpath(os.path.join(top, n)) for n in names if n}
