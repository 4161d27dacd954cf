"""Result cache: unchanged files are not audited again.

A result is stored under a key made of the file's path and content hash, the effective configuration, the
selected rules and options of the run, and the rule-set version (a hash of auditor's own code, its rule packs
and the user's packs), so a change to any of them misses the cache.  Entries are JSON, compressed (no pickle: a
cache folder must not be a way to run code), and are written atomically.  The folder is ``.auditor_cache`` beside
the config file (or in the working folder), or ``cache-dir`` in config; ``--no-cache`` turns it off.
"""
from __future__ import annotations

import base64
import hashlib
import json
import os
import threading
from pathlib import Path

from . import __version__

_VERSION: str | None = None
DIGEST = "__digest__"  # key in a document's site facts: hash of the facts as stored in the cache
_LOCK = threading.Lock()


def ruleset_version(extra_packs=()) -> str:
    """Hash of auditor's code, built-in packs and data, and the given user pack folders or files."""
    global _VERSION
    with _LOCK:
        if _VERSION is None:
            h = hashlib.sha256(__version__.encode())
            pkg = Path(__file__).resolve().parent
            from .packs import packs_dir

            files = sorted(pkg.rglob("*.py")) + sorted(packs_dir().glob("*.toml")) + sorted(p for p in (pkg / "data").glob("*") if p.is_file())
            for f in files:
                h.update(str(f.relative_to(f.parents[1])).encode())
                h.update(f.read_bytes())
            _VERSION = h.hexdigest()
    h = hashlib.sha256(_VERSION.encode())
    for p in extra_packs:
        pp = Path(p)
        for f in sorted(pp.glob("*.toml")) if pp.is_dir() else [pp]:
            try:
                h.update(f.read_bytes())
            except OSError:
                h.update(b"missing:" + str(f).encode())
    return h.hexdigest()


def _enc(o):
    if isinstance(o, bytes):
        return {"__bytes__": base64.b64encode(o).decode("ascii")}
    if isinstance(o, (set, frozenset)):
        return {"__set__": sorted((_enc(x) for x in o), key=repr), "__frozen__": isinstance(o, frozenset)}
    if isinstance(o, tuple):
        return {"__tuple__": [_enc(x) for x in o]}
    if isinstance(o, list):
        return [_enc(x) for x in o]
    if isinstance(o, dict):
        return {"__dict__": [[_enc(k), _enc(v)] for k, v in o.items()]}
    return o


def _hook(o: dict):
    """json object hook: undo :func:`_enc` bottom-up (the C parser calls it once per object, not per value)."""
    if "__bytes__" in o:
        return base64.b64decode(o["__bytes__"])
    if "__set__" in o:
        return frozenset(o["__set__"]) if o.get("__frozen__") else set(o["__set__"])
    if "__tuple__" in o:
        return tuple(o["__tuple__"])
    if "__dict__" in o:
        return {k: v for k, v in o["__dict__"]}
    return o


def _dec_json(text: bytes | str):
    return json.loads(text, object_hook=_hook)


class ResultCache:
    def __init__(self, folder: str | os.PathLike, run_key: str) -> None:
        self.folder = Path(folder)
        self.run_key = run_key
        self.hits = 0
        self.misses = 0

    def key(self, path: str, data: bytes, fmt: str | None) -> str:
        h = hashlib.sha256()
        for part in (self.run_key, path, fmt or ""):
            h.update(part.encode("utf-8", "surrogatepass"))
            h.update(b"\0")
        h.update(hashlib.sha256(data).digest())
        return h.hexdigest()

    def _file(self, key: str) -> Path:
        return self.folder / key[:2] / f"{key}.entry"

    def get(self, key: str):
        """(entry as packed bytes, site facts) or None.  The entry stays compressed: large batches keep it so."""
        try:
            with open(self._file(key), "rb") as fh:
                head, _, packed = fh.read().partition(b"\n")
            facts = _dec_json(head)
            if not packed.startswith(b"x"):  # a zlib stream
                raise ValueError("not a packed entry")
            facts[DIGEST] = hashlib.sha256(head).hexdigest()
        except (OSError, ValueError, KeyError, TypeError):
            self.misses += 1
            return None
        self.hits += 1
        return packed, facts

    def put(self, key: str, entry: dict, facts: dict) -> None:
        if entry.get("runs") and "unavailable" in entry["runs"].values():
            return  # results missing an outside engine's findings are not kept
        f = self._file(key)
        try:
            f.parent.mkdir(parents=True, exist_ok=True)
            if not (self.folder / "CACHEDIR.TAG").exists():
                (self.folder / "CACHEDIR.TAG").write_text(
                    "Signature: 8a477f597d28d172789f06886806bc55\n# auditor result cache; safe to delete\n")
            tmp = f.with_suffix(f".{os.getpid()}.{threading.get_ident()}.tmp")
            from .packed import pack

            # one line of JSON for the site facts, then the entry as compressed JSON (served without parsing)
            head = json.dumps(_enc({k: v for k, v in facts.items() if k != DIGEST}), ensure_ascii=True).encode("ascii")
            tmp.write_bytes(head + b"\n" + pack(entry))
            os.replace(tmp, f)
            facts[DIGEST] = hashlib.sha256(head).hexdigest()
        except OSError:
            pass  # a read-only or full disk only costs speed

    # -- site rules: their results for a batch whose documents' facts are all unchanged --------------------
    def batch_key(self, facts: dict[str, dict]) -> str | None:
        """Hash of every document's facts (their digests) and the run, or None if a document has no digest."""
        h = hashlib.sha256(self.run_key.encode())
        for path in sorted(facts):
            d = facts[path].get(DIGEST)
            if d is None:
                return None
            h.update(path.encode("utf-8", "surrogatepass") + b"\0" + d.encode() + b"\0")
        return h.hexdigest()

    def site_get(self, key: str) -> dict | None:
        try:
            with open(self.folder / "site" / f"{key}.json", "rb") as fh:
                data = json.loads(fh.read())
            return data if isinstance(data, dict) else None
        except (OSError, ValueError):
            return None

    def site_put(self, key: str, data: dict) -> None:
        f = self.folder / "site" / f"{key}.json"
        try:
            f.parent.mkdir(parents=True, exist_ok=True)
            tmp = f.with_suffix(f".{os.getpid()}.{threading.get_ident()}.tmp")
            tmp.write_bytes(json.dumps(data, ensure_ascii=False).encode("utf-8", "surrogatepass"))
            os.replace(tmp, f)
        except OSError:
            pass
