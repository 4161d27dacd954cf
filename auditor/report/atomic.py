"""Atomic file writes: a temp file in the target folder, fsync, then rename."""
from __future__ import annotations

import os
import tempfile

from ..errors import AuditorError


def write_atomic(path: str, text) -> None:
    """Write ``text`` (a string or an iterable of strings) to ``path``: all of it or, on failure, nothing."""
    folder = os.path.dirname(os.path.abspath(path)) or "."
    if not os.path.isdir(folder):
        raise AuditorError(f"cannot write report {path}: folder {folder} does not exist")
    try:
        fd, tmp = tempfile.mkstemp(prefix=".auditor-", suffix=".tmp", dir=folder)
    except OSError as e:
        raise AuditorError(f"cannot write report {path}: {e.strerror}") from None
    try:
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)  # mkstemp creates 0600; a report is an ordinary file
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as fh:
            if isinstance(text, str):
                fh.write(text)
            else:
                for chunk in text:
                    fh.write(chunk)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException as e:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        if isinstance(e, OSError):
            raise AuditorError(f"cannot write report {path}: {e.strerror}") from None
        raise
