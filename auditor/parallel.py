"""Auditing many files at once: worker processes (``--jobs``) and Dask distributed (``--scheduler``).

The audit of one document is a pure function of (document bytes, path, settings): :func:`audit_one`.
Workers keep one configured :class:`~auditor.api.Auditor` per settings (registry and packs are built once per
process), results come back in file order, and site rules run afterwards in the calling process, so every
mode writes the same report.  A worker that dies (a crash in a native library, the OOM killer) loses only
the file it was auditing: the others are retried one by one in a fresh pool.
"""
from __future__ import annotations

import os
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from typing import Any

CRASHED = "the worker process auditing this file crashed ({})"


@dataclass(frozen=True)
class Settings:
    """Everything that configures an audit, picklable and hashable by value (for per-worker caching)."""

    config: Any
    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    keyphrase: str | None = None
    languagetool_url: str | None = None
    keep_view: bool = False
    cache: bool = False

    def key(self) -> str:
        return "|".join([self.config.fingerprint(), ",".join(self.select), ",".join(self.ignore),
                         str(self.keyphrase), str(self.languagetool_url), str(self.keep_view),
                         str(self.config.base_dir), str(self.cache)])


_AUDITORS: dict[str, Any] = {}


def _auditor(settings: Settings):
    from .api import Auditor

    k = settings.key()
    aud = _AUDITORS.get(k)
    if aud is None:
        aud = _AUDITORS[k] = Auditor(settings.config, select=settings.select, ignore=settings.ignore,
                                     keyphrase=settings.keyphrase, languagetool_url=settings.languagetool_url,
                                     keep_view=settings.keep_view, cache=settings.cache)
    return aud


def audit_one(data: bytes | None, path: str, settings: Settings, fmt: str | None = None, error: str | None = None):
    """(entry, site facts, error, timings, warnings) for one document; pure apart from the per-process cache."""
    if error is not None:
        return None, {}, error, {}, []
    aud = _auditor(settings)
    aud.timings = {"load": 0.0}
    aud.warnings = []
    entry, facts, err, _ = aud.cached_audit(data, path, fmt)
    return entry, facts, err, dict(aud.timings), list(aud.warnings)


def _audit_paths_chunk(items: list[tuple[str, str | None]], settings: Settings, packed: bool = False):
    """Audit a chunk of files in a worker; with ``packed`` the entries travel back compressed."""
    from .api import read_input
    from .packed import pack, unpack

    out = []
    for path, fmt in items:
        data, err = read_input(path, settings.config)
        entry, facts, err, timings, warnings = audit_one(data, path, settings, fmt, err)
        if entry is not None:
            entry = pack(entry) if packed else unpack(entry)
        out.append((path, entry, facts, err, timings, warnings))
    return out


def _merge(aud, results, entries, facts, errors):
    for path, entry, f, err, timings, warnings in results:
        if err:
            errors.append({"path": path, "message": err})
        else:
            entries.append(entry)
            facts[path] = f
        for k, v in timings.items():
            aud.timings[k] = aud.timings.get(k, 0.0) + v
        aud.warnings.extend(warnings)


def collect_processes(aud, items: list[tuple[str, str | None]], settings: Settings, jobs: int, progress=None,
                      packed: bool = False):
    """Audit ``items`` [(path, fmt)] in ``jobs`` processes; returns (entries, facts, errors) in input order."""
    entries, facts, errors = [], {}, []
    chunk = max(1, min(32, len(items) // (jobs * 4) or 1))
    chunks = [items[i:i + chunk] for i in range(0, len(items), chunk)]
    done: dict[int, list] = {}
    pending = list(range(len(chunks)))
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        futures = {i: pool.submit(_audit_paths_chunk, chunks[i], settings, packed) for i in pending}
        broken = False
        for i in pending:
            try:
                done[i] = futures.pop(i).result()
                if progress:
                    progress(min(len(items), (i + 1) * chunk) - 1, len(items), chunks[i][-1][0])
            except BrokenProcessPool:
                broken = True
                break
    if broken:  # retry what is left one file at a time; a file that kills its worker again is an error entry
        for i in pending:
            if i in done:
                continue
            results = []
            for path, fmt in chunks[i]:
                try:
                    with ProcessPoolExecutor(max_workers=1) as pool:
                        results.extend(pool.submit(_audit_paths_chunk, [(path, fmt)], settings, packed).result())
                except BrokenProcessPool as e:
                    results.append((path, None, {}, CRASHED.format(e or "killed"), {}, []))
            done[i] = results
    for i in range(len(chunks)):
        _merge(aud, done.pop(i), entries, facts, errors)
    return entries, facts, errors


def collect_dask(aud, items: list[tuple[str, str | None]], settings: Settings, scheduler: str):
    """Audit ``items`` on a Dask distributed cluster; file bytes are read here and shipped to the workers."""
    try:
        from distributed import Client
    except ImportError:
        from .errors import ConfigError

        raise ConfigError("--scheduler needs Dask distributed: pip install 'auditor[dask]'") from None
    from .api import read_input

    entries, facts, errors = [], {}, []
    with Client(scheduler) as client:
        payload = []
        for path, fmt in items:
            data, err = read_input(path, settings.config)
            payload.append((data, path, fmt, err))
        futures = client.map(lambda p: (p[1], *audit_one(p[0], p[1], settings, p[2], p[3])), payload, pure=False)
        results = client.gather(futures)
    _merge(aud, results, entries, facts, errors)
    return entries, facts, errors


def default_jobs() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # pragma: no cover - not Linux
        return max(1, os.cpu_count() or 1)
