"""LanguageTool over HTTP (/v2/check): one pooled session, concurrent requests, retry, timeout, disk cache.

language-tool-python manages local installs (``auditor languagetool install`` and the local server);
requests go through this module because language-tool-python opens a connection per call and keeps the
emoji offset correction of its ``Match`` in a class-level list, which is not safe with concurrent requests.
"""
from __future__ import annotations

import hashlib
import json
import os
import shutil
import threading
import time
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any


ENV_URL = "AUDITOR_LANGUAGETOOL_URL"
MAX_FAILURES = 3  # consecutive failed documents before the service is treated as down for the run
MAX_RETRY_AFTER = 5.0


class LanguageToolError(Exception):
    pass


def default_cache_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "auditor" / "languagetool"


@dataclass
class LTSettings:
    url: str = ""
    username: str = ""
    api_key: str = ""
    timeout: float = 20.0
    concurrency: int = 4
    cache: str | bool = True  # True: default folder; False: off; str: folder
    language: str = ""
    disabled_rules: list[str] = field(default_factory=list)
    disabled_categories: list[str] = field(default_factory=list)
    enabled_rules: list[str] = field(default_factory=list)
    local: bool = False

    @classmethod
    def from_config(cls, cfg, url: str | None = None) -> "LTSettings | None":
        lt = dict(cfg.languagetool or {})
        s = cls(
            url=url or lt.get("url") or os.environ.get(ENV_URL, ""),
            username=str(lt.get("username") or os.environ.get("AUDITOR_LANGUAGETOOL_USERNAME", "")),
            api_key=str(lt.get("api-key") or os.environ.get("AUDITOR_LANGUAGETOOL_API_KEY", "")),
            timeout=float(lt.get("timeout", 20.0)),
            concurrency=max(1, int(lt.get("concurrency", 4))),
            cache=lt.get("cache", True),
            language=str(lt.get("language") or ""),
            disabled_rules=list(lt.get("disabled-rules", [])),
            disabled_categories=list(lt.get("disabled-categories", [])),
            enabled_rules=list(lt.get("enabled-rules", [])),
            local=bool(lt.get("local", False)) or (not (url or lt.get("url") or os.environ.get(ENV_URL))
                                                   and bool(os.environ.get("LTP_PATH"))),
        )
        if not s.url and not s.local:
            return None
        return s


def lt_text(doc) -> tuple[str, list[tuple[int, Any]]]:
    """The article text sent to LanguageTool (prose blocks and question headings, see
    ``document.is_sentence_block``, joined by blank lines) and where each block starts."""
    def compute():
        parts, starts, pos = [], [], 0
        for b in doc.sentence_blocks():
            starts.append((pos, b))
            parts.append(b.text)
            pos += len(b.text) + 2
        return "\n\n".join(parts), starts
    return doc.cached("languagetool_text", compute)


def utf16_to_index(text: str):
    """A function mapping UTF-16 code-unit offsets (LanguageTool's) to Python string indexes."""
    if all(ord(c) < 0x10000 for c in text):
        return lambda u: u
    table = []  # table[u] = python index for utf-16 offset u
    for i, c in enumerate(text):
        table.append(i)
        if ord(c) >= 0x10000:
            table.append(i)  # the low surrogate belongs to the same character
    table.append(len(text))
    return lambda u: table[max(0, min(u, len(table) - 1))]


class LanguageToolService:
    def __init__(self, settings: LTSettings) -> None:
        import requests

        self.settings = settings
        self.session = requests.Session()
        adapter = requests.adapters.HTTPAdapter(pool_connections=1, pool_maxsize=settings.concurrency)
        self.session.mount("http://", adapter)
        self.session.mount("https://", adapter)
        self.pool = ThreadPoolExecutor(max_workers=settings.concurrency, thread_name_prefix="languagetool")
        self.lock = threading.Lock()
        self.failures = 0
        self.down: str = ""  # error message once the service is considered down
        self.last_error: str = ""
        self.stats = {"requests": 0, "cache_hits": 0, "failed": 0}
        self.local_tool = None
        self.url = settings.url.rstrip("/")
        if self.url and not self.url.endswith("/v2"):
            self.url += "/v2"

    # -- lifecycle ---------------------------------------------------------------------
    def start_local(self, language: str) -> None:
        """Start a LanguageTool server from an existing language-tool-python install; never downloads."""
        if not shutil.which("java"):
            raise LanguageToolError("local LanguageTool needs Java, and no `java` is on PATH")
        from language_tool_python.download_lt import LocalLanguageTool

        installed = LocalLanguageTool.get_latest_installed_version()
        if installed is None:
            raise LanguageToolError("no local LanguageTool installed (LTP_PATH or ~/.cache/language_tool_python); "
                                    "run `auditor languagetool install` to download it")
        import language_tool_python

        self.local_tool = language_tool_python.LanguageTool(
            language or "en-US", language_tool_download_version=installed.version_name)
        self.url = self.local_tool.url.rstrip("/")

    def close(self) -> None:
        self.pool.shutdown(wait=True, cancel_futures=True)
        self.session.close()
        if self.local_tool is not None:
            self.local_tool.close()

    def status(self) -> dict:
        bad = bool(self.down or self.stats["failed"])
        return {"url": self.url or "(local)", "status": "unavailable" if bad else "ok",
                **({"error": self.down or self.last_error} if bad else {}), **self.stats}

    # -- requests ----------------------------------------------------------------------
    def params(self, text: str, language: str) -> dict[str, str]:
        s = self.settings
        p = {"text": text, "language": language or "en-US"}
        if s.username and s.api_key:
            p["username"], p["apiKey"] = s.username, s.api_key
        if s.disabled_rules:
            p["disabledRules"] = ",".join(s.disabled_rules)
        if s.disabled_categories:
            p["disabledCategories"] = ",".join(s.disabled_categories)
        if s.enabled_rules:
            p["enabledRules"] = ",".join(s.enabled_rules)
        return p

    def cache_path(self, params: dict[str, str]) -> Path | None:
        c = self.settings.cache
        if c is False or c == "false" or c == "":
            return None
        folder = default_cache_dir() if c is True else Path(str(c))
        key = json.dumps({k: v for k, v in params.items() if k not in ("username", "apiKey")}, sort_keys=True)
        h = hashlib.sha256(key.encode("utf-8")).hexdigest()
        return folder / h[:2] / f"{h}.json"

    def _post(self, params: dict[str, str]) -> dict:
        import requests

        url = self.url + "/check"
        last = ""
        for attempt in range(2):  # one retry
            try:
                r = self.session.post(url, data=params, timeout=self.settings.timeout)
            except requests.RequestException as e:
                last = f"{type(e).__name__}: {_short(e)}"
                continue
            if r.status_code == 429 and attempt == 0:
                wait = min(float(r.headers.get("Retry-After", "1") or 1), MAX_RETRY_AFTER)
                time.sleep(max(0.0, wait))
                last = "HTTP 429 (rate limited)"
                continue
            if r.status_code != 200:
                last = f"HTTP {r.status_code}: {r.text[:200].strip()}"
                continue
            try:
                data = r.json()
            except ValueError:
                last = f"response is not JSON: {r.text[:80]!r}"
                continue
            if not isinstance(data, dict) or not isinstance(data.get("matches"), list):
                last = "response has no 'matches' list"
                continue
            return data
        raise LanguageToolError(f"{url}: {last}")

    def check(self, text: str, language: str) -> list[dict]:
        """Matches for ``text`` (offsets in UTF-16 units, as LanguageTool sends them)."""
        params = self.params(text, language)
        cp = self.cache_path(params)
        if cp is not None and cp.is_file():
            try:
                data = json.loads(cp.read_text(encoding="utf-8"))
                with self.lock:
                    self.stats["cache_hits"] += 1
                return data["matches"]
            except (ValueError, KeyError, OSError):
                pass  # a damaged cache entry is refetched
        if self.down:
            with self.lock:
                self.stats["failed"] += 1
            raise LanguageToolError(self.down)
        with self.lock:
            self.stats["requests"] += 1
        try:
            data = self._post(params)
        except LanguageToolError as e:
            with self.lock:
                self.stats["failed"] += 1
                self.failures += 1
                self.last_error = str(e)
                if self.failures >= MAX_FAILURES and not self.down:
                    self.down = f"{e} (gave up after {MAX_FAILURES} failed documents)"
            raise
        with self.lock:
            self.failures = 0
        matches = [m for m in data["matches"] if isinstance(m, dict)]
        if cp is not None:
            _write_atomic(cp, json.dumps({"matches": matches}))
        return matches

    def submit(self, doc, language: str) -> Future:
        """Start checking ``doc`` in the background (idempotent); the rules wait on the result."""
        def compute():
            text, _ = lt_text(doc)
            return self.pool.submit(self.check, text, language) if text.strip() else _done([])
        return doc.cached("languagetool_future", compute)


def _done(value) -> Future:
    f: Future = Future()
    f.set_result(value)
    return f


def _short(e: Exception) -> str:
    s = str(e)
    return s if len(s) < 200 else s[:197] + "..."


def _write_atomic(path: Path, text: str) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".{os.getpid()}.{threading.get_ident()}.tmp")
        tmp.write_text(text, encoding="utf-8")
        os.replace(tmp, path)
    except OSError:
        pass  # a cache that cannot be written only costs speed
