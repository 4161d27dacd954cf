"""The audit pipeline and Python API: paths -> Documents -> findings -> scored report dict."""
from __future__ import annotations

import dataclasses
import datetime as _dt
import fnmatch
import os
import time
from collections import deque
from pathlib import Path
from typing import Any, Iterable, Iterator

from . import __version__
from .baseline import add_fingerprints
from .config import Config, load_config, validate_rule_options
from .engine import Finding, run_rules
from .errors import AuditorError, ConfigError, LoadError
from .fetch import fetch, is_url
from .loaders import load_bytes, load_string
from .registry import CATEGORIES, PY_RULES, Registry, Rule
from .scoring import evaluate_gate, rating, score_document
from .stats import document_stats

SCHEMA_VERSION = 1


def build_registry(config: Config) -> Registry:
    from . import checks  # noqa: F401  (registers the Python rules)
    from .packs import load_packs, packs_dir

    reg = Registry()
    for r in PY_RULES:
        reg.add(r)
    dirs: list[Any] = [packs_dir()]
    for p in config.packs:
        pp = Path(p)
        dirs.append(pp if pp.is_absolute() else Path(config.base_dir) / pp)
    for r in load_packs(dirs):
        try:
            reg.add(r)
        except ValueError as e:
            raise ConfigError(f"{r.source}: {e}") from None
    return reg


def select_rules(reg: Registry, config: Config, select: Iterable[str] = (), ignore: Iterable[str] = ()) -> list[Rule]:
    sel = list(select) or list(config.select)
    chosen: dict[str, Rule] = {}
    for s in sel + list(config.extend_select):
        found = reg.matching(s)
        if not found:
            raise ConfigError(f"--select/select: '{s}' names no rule, code prefix or category")
        for r in found:
            chosen[r.code] = r
    for s in list(config.ignore) + list(ignore):
        found = reg.matching(s)
        if not found:
            raise ConfigError(f"--ignore/ignore: '{s}' names no rule, code prefix or category")
        for r in found:
            chosen.pop(r.code, None)
    return sorted(chosen.values(), key=lambda r: r.code)


def iter_files(paths: Iterable[str], config: Config) -> Iterator[tuple[str, str | None]]:
    """Yield (display path, error or None) for every file to audit, sorted within folders."""
    for given in paths:
        if is_url(given):
            yield given, None
        elif os.path.isdir(given):
            seen_dirs: set[tuple[int, int]] = set()
            for root, dirs, files in os.walk(given, followlinks=False):
                st = os.stat(root)
                key = (st.st_dev, st.st_ino)
                if key in seen_dirs:
                    dirs[:] = []
                    continue
                seen_dirs.add(key)
                dirs[:] = sorted(d for d in dirs if not _excluded(d, os.path.join(root, d), config))
                for f in sorted(files):
                    full = os.path.join(root, f)
                    if _excluded(f, full, config):
                        continue
                    if any(fnmatch.fnmatch(f, g) for g in config.include):
                        yield full, None
        elif os.path.exists(given):
            yield given, None
        else:
            yield given, "no such file or folder"


def _excluded(name: str, full: str, config: Config) -> bool:
    rel = full.replace("\\", "/")
    if config.exclude_dirs and os.path.abspath(full) in config.exclude_dirs:
        return True
    return any(fnmatch.fnmatch(name, g) or fnmatch.fnmatch(rel, g) for g in config.exclude)


def _timestamp() -> str:
    sde = os.environ.get("SOURCE_DATE_EPOCH")
    if sde and sde.isdigit():
        t = _dt.datetime.fromtimestamp(int(sde), _dt.timezone.utc)
    else:
        t = _dt.datetime.now(_dt.timezone.utc).replace(microsecond=0)
    return t.isoformat().replace("+00:00", "Z")


class Auditor:
    """One configured run: rules are selected and packs compiled once, then reused per document."""

    def __init__(self, config: Config | None = None, *, select: Iterable[str] = (), ignore: Iterable[str] = (),
                 keyphrase: str | None = None, languagetool_url: str | None = None, baseline=None,
                 keep_view: bool = False, jobs: int = 1, scheduler: str | None = None, cache: bool = False) -> None:
        self.config = config or Config()
        if keyphrase:
            self.config.keyphrase = keyphrase
        self.registry = build_registry(self.config)
        validate_rule_options(self.config, self.registry)
        self.rules = select_rules(self.registry, self.config, select, ignore)
        self.rules_by_code = {r.code: r for r in self.registry}
        self.site_rules = [r for r in self.rules if r.site is not None]
        self.timings: dict[str, float] = {"load": 0.0}
        self.warnings: list[str] = []
        self.services: dict[str, Any] = {}
        self.baseline = baseline  # Counter of fingerprints, or None
        self.jobs = jobs
        self.scheduler = scheduler
        self._settings_args = (tuple(select), tuple(ignore), keyphrase, languagetool_url)
        self.keep_view = keep_view  # keep the article text with highlights for the HTML report
        if any(r.service == "languagetool" for r in self.rules):
            self._start_languagetool(languagetool_url)
        self.cache = self._open_cache(languagetool_url) if cache else None

    def _open_cache(self, lt_url):
        import hashlib
        import json

        from .cache import ResultCache, ruleset_version

        folder = Path(os.environ.get("AUDITOR_CACHE_DIR") or self.config.cache_dir)
        if not folder.is_absolute():
            folder = Path(self.config.base_dir) / folder
        packs = [p if Path(p).is_absolute() else str(Path(self.config.base_dir) / p) for p in self.config.packs]
        run = json.dumps([SCHEMA_VERSION, ruleset_version(packs), self.config.fingerprint(),
                          [r.code for r in self.rules], lt_url or "", self.keep_view])
        return ResultCache(folder, hashlib.sha256(run.encode()).hexdigest())

    def cached_audit(self, data: bytes, path: str, fmt: str | None):
        """(entry, facts, error, cache key): from the cache when possible (the entry then arrives packed, see
        :mod:`auditor.packed`), else audited (and stored)."""
        key = self.cache.key(path, data, fmt) if self.cache is not None and data is not None else None
        if key is not None:
            hit = self.cache.get(key)
            if hit is not None:
                return hit[0], hit[1], None, key
        entry, facts, err = self.audit_source(data, path, fmt)
        if key is not None and err is None:
            self.cache.put(key, entry, facts)
        return entry, facts, err, key

    def _start_languagetool(self, url: str | None) -> None:
        from .services.languagetool import (
            LanguageToolError,
            LanguageToolService,
            LTSettings,
        )

        settings = LTSettings.from_config(self.config, url)
        if settings is None:
            return  # not configured: the LanguageTool rules are not applicable
        svc = LanguageToolService(settings)
        if settings.local and not settings.url:
            try:
                svc.start_local(settings.language or self.config.language)
            except (LanguageToolError, Exception) as e:  # noqa: BLE001 - any start failure degrades the same way
                svc.down = f"local LanguageTool could not start: {e}"
        self.services["languagetool"] = svc

    def close(self) -> None:
        for svc in self.services.values():
            svc.close()

    def services_status(self) -> dict:
        return {name: svc.status() for name, svc in self.services.items()}

    def _prefetch(self, doc) -> None:
        svc = self.services.get("languagetool")
        if svc is not None and not svc.down and self.rules:
            from .checks.languagetool import language_for
            from .engine import Context

            ctx = Context(doc, self.rules[0], {}, self.config, "info", self.services)
            svc.submit(doc, language_for(doc, ctx))

    # -- one document -----------------------------------------------------------------
    def audit_document(self, doc) -> tuple[dict, dict]:
        self._prefetch(doc)
        res = run_rules(doc, self.rules, self.config, self.timings, self.services)
        facts = {}
        for r in self.site_rules:
            try:
                facts[r.code] = r.site.collect(doc, self.config.options_for(r))
            except Exception as e:  # isolated like any rule
                self.warnings.append(f"{doc.path}: site rule {r.code} failed to collect: {type(e).__name__}: {e}")
        entry = {
            "path": doc.path,
            "format": doc.format,
            "title": doc.title or doc.meta.get("title_from_h1", ""),
            "stats": document_stats(doc, self.rules),
            "findings": [f.to_dict() for f in res.findings],
            "runs": {code: run.status for code, run in res.runs.items()},  # compact: 10,000 entries stay small
            "run_errors": {code: run.error for code, run in res.runs.items() if run.error},
        }
        # fingerprints and scores are final unless site rules or a baseline change the findings in finish()
        add_fingerprints(entry)
        self._score(entry)
        if self.keep_view:
            from .view import build_view

            entry["view"] = build_view(doc)
        return entry, facts

    def _score(self, entry: dict) -> None:
        s = score_document(entry["findings"], entry["runs"], self.rules_by_code, self.config)
        entry["score"], entry["rating"], entry["categories"] = s["score"], s["rating"], s["categories"]

    def audit_source(self, data: bytes | str, path: str, fmt: str | None = None) -> tuple[dict | None, dict, str | None]:
        from .budget import BudgetExceeded, time_budget

        try:
            with time_budget(self.config.time_budget):
                doc, error = self.load_source(data, path, fmt)
                if error:
                    return None, {}, error
                entry, facts = self.audit_document(doc)
        except BudgetExceeded:
            return None, {}, self._over_budget()
        return entry, facts, None

    def audit_guarded(self, doc) -> tuple[dict | None, dict, str | None]:
        """:meth:`audit_document` within the time budget: (entry, facts, None) or (None, {}, error)."""
        from .budget import BudgetExceeded, time_budget

        try:
            with time_budget(self.config.time_budget):
                entry, facts = self.audit_document(doc)
        except BudgetExceeded:
            return None, {}, self._over_budget()
        return entry, facts, None

    def _over_budget(self) -> str:
        return (f"auditing took longer than the time budget of {self.config.time_budget:g} s (time-budget); "
                "the document was skipped")

    def load_source(self, data: bytes | str, path: str, fmt: str | None = None):
        """(Document, None) or (None, error message)."""
        t0 = time.perf_counter()
        fmt = fmt or ("html" if is_url(path) else None)
        try:
            if isinstance(data, str):
                doc = load_string(data, path, fmt)
            else:
                if len(data) > self.config.max_file_size:
                    raise LoadError(f"file is {len(data):,} bytes, over the limit of {self.config.max_file_size:,} (max-file-size)")
                doc = load_bytes(data, path, fmt)
        except LoadError as e:
            return None, str(e)
        except RecursionError:
            return None, "document too deeply nested to parse"
        finally:
            self.timings["load"] += time.perf_counter() - t0
        return doc, None

    # -- a batch ----------------------------------------------------------------------
    def finish(self, entries: list, facts: dict[str, dict], errors: list[dict]) -> dict:
        """Site rules, scores, summary and gate -> the report dict.

        Entries are finished one at a time; in large batches they arrive and leave packed (compressed), so the
        whole batch never exists as Python objects at once.
        """
        from collections import Counter

        from .baseline import apply
        from .packed import PACK_THRESHOLD, PackedEntries, unpack

        extras: dict[str, list[Finding]] = {}
        # site rules are a pure function of every document's facts: a batch whose facts are all unchanged
        # (same digests, same run settings) takes their results from the cache
        batch = self.cache.batch_key(facts) if self.cache is not None and self.site_rules else None
        stored = self.cache.site_get(batch) if batch else None
        fresh: dict[str, dict] = {}
        for r in self.site_rules:
            if stored is not None and r.code in stored:
                extra = {path: [Finding(*row) for row in rows] for path, rows in stored[r.code].items()}
            else:
                per_rule = {path: f[r.code] for path, f in facts.items() if r.code in f}
                try:
                    extra = r.site.finalize(per_rule, self.config.options_for(r), self.config)
                except Exception as e:
                    self.warnings.append(f"site rule {r.code} {r.name} failed: {type(e).__name__}: {e}")
                    continue
                fresh[r.code] = {path: [_finding_row(f) for f in found] for path, found in extra.items()}
            severity = self.config.severity_for(r)
            cap = self.config.max_findings_per_rule
            for path, found in extra.items():
                if cap and len(found) > cap:  # the same cap as for rules on one document
                    found = sorted(found, key=lambda f: (f.line, f.column, f.message))[:cap]
                    found[-1].message += f" (and {len(extra[path]) - cap} more findings of this rule in this document)"
                for f in found:
                    f.severity = severity
                extras.setdefault(path, []).extend(found)
        if batch and stored is None and len(fresh) == len(self.site_rules):
            self.cache.site_put(batch, fresh)
        left = Counter(self.baseline) if self.baseline is not None else None
        packed = len(entries) > PACK_THRESHOLD or any(isinstance(e, bytes) for e in entries[:1])
        done: list | PackedEntries = PackedEntries() if packed else []
        totals = {"error": 0, "warning": 0, "info": 0}
        cat_scores: dict[str, list[int]] = {}
        baselined = score_sum = 0
        used = {r.code for r in self.rules}

        def order(d):
            return d["line"], d["column"], d["code"], d["message"]

        for i in range(len(entries)):
            entry = unpack(entries[i])
            entries[i] = None  # release the input as we go
            found = extras.get(entry["path"])
            if found:
                # site rules have codes of their own: the document's fingerprints stand, the new ones are added
                new = sorted((f.to_dict() for f in found), key=order)
                add_fingerprints({"path": entry["path"], "findings": new})
                entry["findings"].extend(new)
                entry["findings"].sort(key=order)
            if "score" not in entry:
                add_fingerprints(entry)
            dropped = apply([entry], left) if left is not None else 0
            baselined += dropped
            if found or dropped or "score" not in entry:
                self._score(entry)
            errs = entry.pop("run_errors", {})
            entry["rule_errors"] = [{"code": c, "name": self.rules_by_code[c].name, "message": errs.get(c, "")}
                                    for c, st in entry["runs"].items() if st == "error"]
            entry["unavailable"] = [{"code": c, "name": self.rules_by_code[c].name, "message": errs.get(c, "")}
                                    for c, st in entry["runs"].items() if st == "unavailable"]
            failed = {f["code"] for f in entry["findings"]}
            entry["checks"] = {c: ("fail" if c in failed else "pass" if st == "ok" else st)
                               for c, st in sorted(entry["runs"].items())}
            del entry["runs"]
            for f in entry["findings"]:
                totals[f["severity"]] += 1
                used.add(f["code"])
            for cat, c in entry["categories"].items():
                if c["score"] is not None:
                    cat_scores.setdefault(cat, []).append(c["score"])
            score_sum += entry["score"]
            done.append(entry)
        entries = done
        run_score = round(score_sum / len(entries)) if len(entries) else 100
        summary = {
            "score": run_score, "rating": rating(run_score), "files": len(entries) + len(errors),
            "audited": len(entries), "errors": len(errors), "findings": totals,
            "categories": {c: round(sum(v) / len(v)) for c, v in cat_scores.items() if v},
        }
        if self.baseline is not None:
            summary["baselined"] = baselined
        summary["gate"] = evaluate_gate(summary, self.config)
        used = sorted(used)
        return {
            "schema_version": SCHEMA_VERSION,
            "tool": {"name": "auditor", "version": __version__},
            "generated_at": _timestamp(),
            "config": {"source": self.config.source, "fingerprint": self.config.fingerprint(),
                       "fail_on": self.config.fail_on, "audience": self.config.audience},
            "summary": summary,
            "files": entries,
            "errors": errors,
            "warnings": list(self.warnings) + self._service_warnings(),
            "services": self.services_status(),
            "rules": {c: rule_info(self.rules_by_code[c]) for c in used if c in self.rules_by_code},
        }

    def _service_warnings(self) -> list[str]:
        out = []
        for name, st in self.services_status().items():
            if st["status"] != "ok":
                out.append(f"{name} unavailable at {st['url']}: {st.get('error', '')}; its findings are missing "
                           "from this report")
        return out

    def audit_paths(self, paths: Iterable[str], *, fmt: str | None = None, progress=None,
                    only: set[str] | None = None) -> dict:
        return self.finish(*self.collect(paths, fmt=fmt, progress=progress, only=only))

    def collect(self, paths: Iterable[str], *, fmt: str | None = None, progress=None, only: set[str] | None = None):
        """Audit every file (or http(s) URL); returns (entries, site facts, errors) for :meth:`finish`.

        ``only``: real paths to keep (``--changed-since``); other files are skipped, URLs are always audited.
        """
        from .packed import PACK_THRESHOLD, pack, unpack

        entries, errors, facts = [], [], {}
        files = list(iter_files(paths, self.config))
        if only is not None:
            files = [(p, err) for p, err in files if is_url(p) or err or os.path.realpath(p) in only]
        big = len(files) > PACK_THRESHOLD  # large batches keep entries compressed
        keep = pack if big else unpack  # both accept a dict or packed bytes
        if self.scheduler or (self.jobs > 1 and len(files) >= 4 * self.jobs):
            from .parallel import Settings, collect_dask, collect_processes

            for p, err in files:
                if err:
                    errors.append({"path": p, "message": err})
            items = [(p, fmt) for p, err in files if not err]
            sel, ign, kp, lt = self._settings_args
            settings = Settings(self.config, sel, ign, kp, lt, self.keep_view, self.cache is not None)
            if self.scheduler:
                e, f, errs = collect_dask(self, items, settings, self.scheduler)
            else:
                e, f, errs = collect_processes(self, items, settings, self.jobs, progress, packed=big)
            entries.extend(keep(x) for x in e)
            facts.update(f)
            order = {p: i for i, (p, _) in enumerate(files)}
            errors = sorted(errors + errs, key=lambda x: order.get(x["path"], len(order)))  # as a serial run
            return entries, facts, errors
        # With an outside engine, documents are loaded a few ahead so its requests run while rules run.
        svc = self.services.get("languagetool")
        ahead = 2 * svc.settings.concurrency if svc is not None else 0
        window: deque = deque()

        def audit_next():
            path, doc, key = window.popleft()
            entry, f, err = self.audit_guarded(doc)
            if err:
                errors.append({"path": path, "message": err})
                return
            if key is not None:
                self.cache.put(key, entry, f)
            entries.append(keep(entry))
            facts[path] = f

        for i, (path, err) in enumerate(files):
            if progress:
                progress(i, len(files), path)
            if err:
                errors.append({"path": path, "message": err})
                continue
            data, error = read_input(path, self.config)
            if error:
                errors.append({"path": path, "message": error})
                continue
            key = self.cache.key(path, data, fmt) if self.cache is not None else None
            hit = self.cache.get(key) if key is not None else None
            if hit is not None:
                while window:  # keep file order
                    audit_next()
                entries.append(hit[0] if big else unpack(hit[0]))
                facts[path] = hit[1]
                continue
            doc, error = self.load_source(data, path, fmt)
            if error:
                errors.append({"path": path, "message": error})
                continue
            self._prefetch(doc)
            window.append((path, doc, key))
            while len(window) > ahead:
                audit_next()
        while window:
            audit_next()
        return entries, facts, errors


def _finding_row(f: Finding) -> list:
    """The finding's fields in order, as JSON can store them (``Finding(*row)`` rebuilds it)."""
    return list(dataclasses.astuple(f))


def read_input(path: str, config: Config) -> tuple[bytes | None, str | None]:
    """The bytes of a file or http(s) URL, or an error message."""
    try:
        if is_url(path):
            return fetch(path, max_bytes=config.max_file_size), None
        with open(path, "rb") as fh:
            return fh.read(config.max_file_size + 1), None
    except OSError as e:
        return None, f"cannot read file: {e.strerror or e}"
    except LoadError as e:
        return None, str(e)


def rule_info(rule: Rule) -> dict:
    return {"name": rule.name, "category": rule.category, "severity": rule.severity,
            "what": rule.section("What it does"), "why": rule.section("Why it matters"),
            "fix": rule.section("How to fix")}


def audit_paths(paths: Iterable[str] | str, config: Config | None = None, **kw) -> dict:
    """Audit files and folders; returns the report dict (the JSON contract)."""
    if isinstance(paths, (str, os.PathLike)):
        paths = [str(paths)]
    paths = [str(p) for p in paths]
    if config is None:
        config = load_config(start=paths[0] if paths else ".")
    fmt = kw.pop("format", None)
    aud = Auditor(config, **kw)
    try:
        return aud.audit_paths(paths, fmt=fmt)
    finally:
        aud.close()


def audit_text(text: str, format: str = "text", path: str = "<text>", config: Config | None = None, **kw) -> dict:
    """Audit one string; returns the report's entry for it (raises LoadError for bad input)."""
    aud = Auditor(config or Config(), **kw)
    try:
        entry, facts, error = aud.audit_source(text, path, format)
        if error:
            raise LoadError(error)
        report = aud.finish([entry], {path: facts}, [])
    finally:
        aud.close()
    return report["files"][0]


__all__ = ["Auditor", "audit_paths", "audit_text", "AuditorError", "CATEGORIES"]
