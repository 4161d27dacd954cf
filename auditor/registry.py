"""Rule metadata and the registry of Python rules and declarative pack rules."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any, Callable

CATEGORIES = ("truncation", "boilerplate", "grammar", "spelling", "readability", "seo", "style")
SEVERITIES = ("error", "warning", "info")
_NAME_RE = re.compile(r"^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$")
_CODE_RE = re.compile(r"^[A-Z]{1,4}[0-9]{3}$")


@dataclass
class Rule:
    code: str
    name: str
    category: str
    severity: str
    func: Callable | None  # (doc, ctx) -> iterable of findings; None for site-only rules
    doc: str  # "What it does / Why it matters / How to fix"
    bad: list[str] = field(default_factory=list)
    good: list[str] = field(default_factory=list)
    example_format: str = "text"
    options: dict[str, Any] = field(default_factory=dict)
    applies: Callable | None = None  # (doc, ctx) -> bool; False = not applicable
    site: Any = None  # optional SiteRule companion (collect/finalize across a batch)
    source: str = "python"  # or the pack path
    batch_examples: bool = False  # examples are audited together as one batch (site rules)
    service: str = ""  # outside engine the rule needs ("languagetool"); its examples run against a test server

    @property
    def id(self) -> str:
        return f"{self.category}/{self.name}"

    def section(self, title: str) -> str:
        """One of the doc sections ("What it does", "Why it matters", "How to fix")."""
        m = re.search(rf"{title}\s*:?\s*\n?(.*?)(?=\n\s*(?:What it does|Why it matters|How to fix)\b|\Z)",
                      self.doc, re.S | re.I)
        return " ".join(m.group(1).split()) if m else ""


class Registry:
    def __init__(self) -> None:
        self._rules: dict[str, Rule] = {}
        self._by_name: dict[str, Rule] = {}

    def add(self, rule: Rule) -> Rule:
        if not _CODE_RE.match(rule.code):
            raise ValueError(f"rule code {rule.code!r} must look like T101")
        if not _NAME_RE.match(rule.name):
            raise ValueError(f"rule name {rule.name!r} must be kebab-case")
        if rule.category not in CATEGORIES:
            raise ValueError(f"rule {rule.code}: unknown category {rule.category!r}")
        if rule.severity not in SEVERITIES:
            raise ValueError(f"rule {rule.code}: unknown severity {rule.severity!r}")
        if rule.code in self._rules or rule.name in self._by_name:
            other = self._rules.get(rule.code) or self._by_name[rule.name]
            raise ValueError(f"rule {rule.code} {rule.name} clashes with {other.code} {other.name} ({other.source})")
        self._rules[rule.code] = rule
        self._by_name[rule.name] = rule
        return rule

    def get(self, key: str) -> Rule | None:
        return self._rules.get(key) or self._by_name.get(key)

    def __iter__(self):
        return iter(sorted(self._rules.values(), key=lambda r: r.code))

    def __len__(self) -> int:
        return len(self._rules)

    def matching(self, selector: str) -> list[Rule]:
        """Rules named by a code, code prefix, name or category id."""
        sel = selector.strip()
        if sel in self._by_name:
            return [self._by_name[sel]]
        if sel in CATEGORIES:
            return [r for r in self if r.category == sel]
        if sel.upper() == "ALL":
            return list(self)
        return [r for r in self if r.code.startswith(sel.upper())]


# Python rules register here at import time of auditor.checks.*
PY_RULES: list[Rule] = []


def rule(*, code: str, name: str, category: str, severity: str, bad=(), good=(), example_format="text",
         options=None, applies=None, batch_examples=False, service=""):
    """Declare a Python rule; its docstring is its documentation."""

    def deco(func):
        PY_RULES.append(Rule(code=code, name=name, category=category, severity=severity, func=func,
                             doc=(func.__doc__ or "").strip(), bad=list(bad), good=list(good),
                             example_format=example_format, options=dict(options or {}), applies=applies,
                             batch_examples=batch_examples, service=service))
        return func

    return deco
