"""Configuration: ``[tool.auditor]`` in pyproject.toml or ``.auditor.toml``, then CLI flags.

Unknown keys are errors that name the key and the file.
"""
from __future__ import annotations

import hashlib
import json
import os
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .errors import ConfigError
from .registry import CATEGORIES, SEVERITIES, Rule

DEFAULT_WEIGHTS = {"truncation": 3.0, "boilerplate": 2.0, "grammar": 2.0, "spelling": 1.0,
                   "readability": 1.0, "seo": 1.5, "style": 0.5}
SEVERITY_COST = {"error": 15, "warning": 5, "info": 1}
RULE_COST_CAP = 40  # one rule can take at most this many points from a category

_TOP_KEYS = {
    "select", "ignore", "extend-select", "per-path-ignores", "severity", "weights", "include", "exclude",
    "packs", "fail-under", "fail-on", "category-minimums", "language", "audience", "keyphrase",
    "rules", "languagetool", "spelling", "site", "max-file-size", "cost", "cache-dir", "time-budget",
    "max-findings-per-rule",
}
_LT_KEYS = {"url", "username", "api-key", "disabled-rules", "disabled-categories", "enabled-rules", "timeout",
            "concurrency", "cache", "language", "local"}
_SPELL_KEYS = {"words", "words-file", "variant"}
_SITE_KEYS = {"repeat-min-share", "repeat-min-docs", "near-duplicate-threshold"}


@dataclass
class Config:
    select: list[str] = field(default_factory=lambda: ["ALL"])
    ignore: list[str] = field(default_factory=list)
    extend_select: list[str] = field(default_factory=list)
    per_path_ignores: dict[str, list[str]] = field(default_factory=dict)
    severity: dict[str, str] = field(default_factory=dict)
    weights: dict[str, float] = field(default_factory=lambda: dict(DEFAULT_WEIGHTS))
    include: list[str] = field(default_factory=lambda: ["*.txt", "*.text", "*.md", "*.markdown", "*.html", "*.htm"])
    exclude: list[str] = field(default_factory=lambda: [".git", ".venv", "node_modules", "reports", "__pycache__",
                                                        ".auditor_cache"])
    packs: list[str] = field(default_factory=list)
    fail_under: float | None = None
    fail_on: str = "error"
    category_minimums: dict[str, float] = field(default_factory=dict)
    language: str = "en-US"
    audience: str = "general"
    keyphrase: str = ""
    rules: dict[str, dict[str, Any]] = field(default_factory=dict)
    languagetool: dict[str, Any] = field(default_factory=dict)
    spelling: dict[str, Any] = field(default_factory=dict)
    site: dict[str, Any] = field(default_factory=lambda: {"repeat-min-share": 0.3, "repeat-min-docs": 3,
                                                          "near-duplicate-threshold": 0.8})
    max_file_size: int = 5_000_000
    cache_dir: str = ".auditor_cache"  # relative to the config file's folder
    time_budget: float = 60.0  # seconds per document; 0 = no limit
    max_findings_per_rule: int = 100  # per document; 0 = no limit
    cost: dict[str, int] = field(default_factory=lambda: dict(SEVERITY_COST))
    source: str = "(defaults)"
    base_dir: str = "."
    exclude_dirs: list[str] = field(default_factory=list)  # absolute paths (the output folder)

    # -- lookups used by the engine --------------------------------------------------
    def severity_for(self, rule: Rule) -> str:
        for key in (rule.code, rule.name):
            if key in self.severity:
                return self.severity[key]
        return rule.severity

    def options_for(self, rule: Rule) -> dict[str, Any]:
        opts = dict(rule.options)
        user = self.rules.get(rule.name) or self.rules.get(rule.code) or {}
        opts.update(user)
        return opts

    def fingerprint(self) -> str:
        """Stable hash of everything that can change results (for caches)."""
        d = {k: v for k, v in self.__dict__.items() if k not in ("source", "base_dir", "exclude_dirs", "cache_dir")}
        return hashlib.sha256(json.dumps(d, sort_keys=True, default=str).encode()).hexdigest()[:16]


def _err(src: str, msg: str) -> ConfigError:
    return ConfigError(f"{src}: {msg}")


def _str_list(src: str, key: str, v: Any) -> list[str]:
    if isinstance(v, str):
        return [s.strip() for s in v.split(",") if s.strip()]
    if not isinstance(v, list) or not all(isinstance(x, str) for x in v):
        raise _err(src, f"'{key}' must be a list of strings")
    return list(v)


def apply_table(cfg: Config, table: dict[str, Any], src: str) -> Config:
    for key, v in table.items():
        if key not in _TOP_KEYS:
            raise _err(src, f"unknown key '{key}' in [tool.auditor] (known: {', '.join(sorted(_TOP_KEYS))})")
        if key in ("select", "ignore", "extend-select", "include", "exclude", "packs"):
            setattr(cfg, key.replace("-", "_"), _str_list(src, key, v))
        elif key == "per-path-ignores":
            if not isinstance(v, dict):
                raise _err(src, "'per-path-ignores' must be a table of glob = [codes]")
            cfg.per_path_ignores = {g: _str_list(src, f"per-path-ignores.{g}", c) for g, c in v.items()}
        elif key == "severity":
            if not isinstance(v, dict):
                raise _err(src, "'severity' must be a table of rule = severity")
            for r, s in v.items():
                if s not in SEVERITIES and s != "off":
                    raise _err(src, f"severity.{r}: '{s}' is not one of {', '.join(SEVERITIES)}, off")
                if s == "off":
                    cfg.ignore.append(r)
                else:
                    cfg.severity[r] = s
        elif key in ("weights", "category-minimums"):
            if not isinstance(v, dict):
                raise _err(src, f"'{key}' must be a table of category = number")
            target = cfg.weights if key == "weights" else cfg.category_minimums
            for c, w in v.items():
                if c not in CATEGORIES:
                    raise _err(src, f"{key}.{c}: unknown category (known: {', '.join(CATEGORIES)})")
                if not isinstance(w, (int, float)) or w < 0:
                    raise _err(src, f"{key}.{c}: must be a non-negative number")
                target[c] = float(w)
        elif key == "fail-under":
            if not isinstance(v, (int, float)) or not 0 <= v <= 100:
                raise _err(src, "'fail-under' must be a number from 0 to 100")
            cfg.fail_under = float(v)
        elif key == "fail-on":
            if v not in ("error", "warning", "info", "never"):
                raise _err(src, "'fail-on' must be error, warning, info or never")
            cfg.fail_on = v
        elif key in ("language", "audience", "keyphrase"):
            if not isinstance(v, str):
                raise _err(src, f"'{key}' must be a string")
            if key == "audience" and v not in ("general", "expert", "children"):
                raise _err(src, "'audience' must be general, expert or children")
            setattr(cfg, key, v)
        elif key == "rules":
            if not isinstance(v, dict) or not all(isinstance(o, dict) for o in v.values()):
                raise _err(src, "'rules' must hold one table per rule: [tool.auditor.rules.NAME]")
            for name, opts in v.items():
                cfg.rules.setdefault(name, {}).update(opts)
        elif key in ("languagetool", "spelling", "site"):
            known = {"languagetool": _LT_KEYS, "spelling": _SPELL_KEYS, "site": _SITE_KEYS}[key]
            if not isinstance(v, dict):
                raise _err(src, f"'{key}' must be a table")
            for k in v:
                if k not in known:
                    raise _err(src, f"unknown key '{key}.{k}' (known: {', '.join(sorted(known))})")
            getattr(cfg, key).update(v)
            if key == "spelling" and cfg.spelling.get("variant", "any") not in ("any", "en-US", "en-GB"):
                raise _err(src, "'spelling.variant' must be any, en-US or en-GB")
        elif key == "max-findings-per-rule":
            if not isinstance(v, int) or v < 0:
                raise _err(src, "'max-findings-per-rule' must be a non-negative integer (0 = no limit)")
            cfg.max_findings_per_rule = v
        elif key == "cache-dir":
            if not isinstance(v, str) or not v:
                raise _err(src, "'cache-dir' must be a folder name")
            cfg.cache_dir = v
        elif key == "time-budget":
            if not isinstance(v, (int, float)) or v < 0:
                raise _err(src, "'time-budget' must be a number of seconds (0 = no limit)")
            cfg.time_budget = float(v)
        elif key == "max-file-size":
            if not isinstance(v, int) or v <= 0:
                raise _err(src, "'max-file-size' must be a positive integer (bytes)")
            cfg.max_file_size = v
        elif key == "cost":
            if not isinstance(v, dict) or any(k not in SEVERITIES or not isinstance(x, int) for k, x in v.items()):
                raise _err(src, "'cost' must be a table of severity = integer points")
            cfg.cost.update(v)
    return cfg


def find_config_file(start: str | os.PathLike) -> Path | None:
    p = Path(start).resolve()
    if p.is_file() or not p.exists():
        p = p.parent
    for d in [p, *p.parents]:
        cand = d / ".auditor.toml"
        if cand.is_file():
            return cand
        pp = d / "pyproject.toml"
        if pp.is_file():
            try:
                data = tomllib.loads(pp.read_text(encoding="utf-8"))
            except (tomllib.TOMLDecodeError, OSError, UnicodeDecodeError):
                continue
            if "auditor" in data.get("tool", {}):
                return pp
    return None


def load_config(path: str | os.PathLike | None = None, *, start: str | os.PathLike | None = None) -> Config:
    """Load an explicit config file, or the nearest one above ``start``; defaults when none."""
    cfg = Config()
    file = Path(path) if path else (find_config_file(start) if start is not None else None)
    if file is None:
        return cfg
    try:
        data = tomllib.loads(file.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigError(f"{file}: config file not found") from None
    except tomllib.TOMLDecodeError as e:
        raise ConfigError(f"{file}: invalid TOML: {e}") from None
    table = data.get("tool", {}).get("auditor") if file.name == "pyproject.toml" else data
    if file.name != "pyproject.toml" and "tool" in data and "auditor" in data["tool"]:
        table = data["tool"]["auditor"]
    cfg.source = str(file)
    cfg.base_dir = str(file.parent)
    return apply_table(cfg, table or {}, str(file))


def validate_rule_options(cfg: Config, registry) -> None:
    """Options for unknown rules, or unknown option names, are errors."""
    for name, opts in cfg.rules.items():
        rule = registry.get(name)
        if rule is None:
            raise ConfigError(f"{cfg.source}: [rules.{name}]: no such rule")
        for k in opts:
            if k not in rule.options:
                known = ", ".join(sorted(rule.options)) or "none"
                raise ConfigError(f"{cfg.source}: [rules.{name}]: unknown option '{k}' (known: {known})")
    for key in list(cfg.select) + list(cfg.ignore) + list(cfg.severity) + [c for cs in cfg.per_path_ignores.values() for c in cs]:
        if key.upper() != "ALL" and not registry.matching(key):
            raise ConfigError(f"{cfg.source}: '{key}' names no rule, code prefix or category")
