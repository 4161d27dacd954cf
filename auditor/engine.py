"""Run rules on a Document: findings with positions, suppressions, isolated rule errors."""
from __future__ import annotations

import fnmatch
import time
import traceback
from dataclasses import dataclass, field
from typing import Any, Iterable

from .document import Block, Document, Element
from .registry import Rule
from .services import ServiceUnavailable

EXCERPT_MAX = 160


@dataclass
class Finding:
    code: str
    name: str
    category: str
    severity: str
    message: str
    line: int
    column: int
    end_line: int
    end_column: int
    excerpt: str = ""
    suggestions: list[str] = field(default_factory=list)
    rule_id: str = ""  # e.g. "grammar/LT:EN_A_VS_AN" for findings from an outside engine
    offset: int = 0  # source offset, for sorting and the HTML report

    def to_dict(self) -> dict[str, Any]:
        # built by hand: dataclasses.asdict deep-copies and was a measurable share of large runs
        return {"code": self.code, "name": self.name, "category": self.category, "severity": self.severity,
                "message": self.message, "line": self.line, "column": self.column, "end_line": self.end_line,
                "end_column": self.end_column, "excerpt": self.excerpt, "suggestions": list(self.suggestions),
                "rule_id": self.rule_id or f"{self.category}/{self.name}", "offset": self.offset}

    @property
    def sort_key(self):
        return (self.line, self.column, self.code, self.message)


class Context:
    """What a rule sees besides the document: its options, the config, and ``report``."""

    def __init__(self, doc: Document, rule: Rule, options: dict[str, Any], config, severity: str,
                 services: dict[str, Any] | None = None) -> None:
        self.doc = doc
        self.services = services or {}  # outside engines by name ("languagetool")
        self.rule = rule
        self.options = options
        self.config = config
        self.severity = severity
        self.findings: list[Finding] = []
        self.prior: list[Finding] = []  # findings of rules that ran before this one (codes sort B < G < S < T)

    def lines_flagged(self, category: str, codes: tuple[str, ...] = ()) -> set[int]:
        """Lines where earlier rules of ``category`` (only ``codes``, when given) reported a finding."""
        return {f.line for f in self.prior if f.category == category and (not codes or f.code in codes)}

    def _make(self, start: int, end: int, message: str, suggestions: Iterable[str], severity: str | None,
              excerpt: str, rule_id: str = "") -> Finding:
        idx = self.doc.index
        end = max(end, start)
        l1, c1 = idx.line_col(start)
        l2, c2 = idx.line_col(end)
        if len(excerpt) > EXCERPT_MAX:
            excerpt = excerpt[: EXCERPT_MAX - 1] + "…"
        return Finding(self.rule.code, self.rule.name, self.rule.category, severity or self.severity, message,
                       l1, c1, l2, c2, excerpt, [s for s in suggestions][:5], rule_id, start)

    def report(self, block: Block, start: int, end: int, message: str, suggestions: Iterable[str] = (),
               severity: str | None = None, rule_id: str = "") -> Finding:
        """Report ``block.text[start:end]``; the engine maps it to the original file."""
        start = max(0, min(start, len(block.text)))
        end = max(start, min(end, len(block.text)))
        s0, s1 = block.src_span(start, end if end > start else start + 1 if block.text else 0)
        if end == start:
            s1 = s0
        f = self._make(s0, s1, message, suggestions, severity, block.text[start:end] or block.text[:EXCERPT_MAX], rule_id)
        self.findings.append(f)
        return f

    def report_element(self, el: Element, message: str, suggestions: Iterable[str] = (),
                       severity: str | None = None) -> Finding:
        f = self._make(el.offset, el.end, message, suggestions, severity,
                       self.doc.source[el.offset:min(el.end, el.offset + EXCERPT_MAX)])
        self.findings.append(f)
        return f

    def report_document(self, message: str, suggestions: Iterable[str] = (), severity: str | None = None) -> Finding:
        """A finding about the whole document; it points at the title (or line 1)."""
        first = next(iter(self.doc.blocks), None)
        if first is not None:
            return self.report(first, 0, min(len(first.text), 60), message, suggestions, severity)
        f = self._make(0, 0, message, suggestions, severity, "")
        self.findings.append(f)
        return f


@dataclass
class RuleRun:
    status: str  # "ok" | "not-applicable" | "unavailable" | "error"
    error: str = ""
    seconds: float = 0.0


@dataclass
class DocResult:
    doc: Document
    findings: list[Finding]
    runs: dict[str, RuleRun]  # by rule code
    stats: dict[str, Any]


def _suppressed(f: Finding, sup_ranges) -> bool:
    for codes, first, last in sup_ranges:
        if first <= f.line <= last and (not codes or f.code in codes or f.name in codes
                                         or any(f.code.startswith(c) for c in codes if c[:1].isupper())
                                         or f.category in codes):
            return True
    return False


def suppression_ranges(doc: Document) -> list[tuple[tuple[str, ...], int, int]]:
    ranges = []
    open_: dict[tuple[str, ...], int] = {}
    big = 10**9
    for s in sorted(doc.suppressions, key=lambda s: s.line):
        if s.kind == "next-line":
            ranges.append((s.codes, s.line + 1, s.line + 1))
        elif s.kind == "disable":
            open_.setdefault(s.codes, s.line)
        else:  # enable: closes the matching disable, or all when no codes
            keys = [k for k in open_ if not s.codes or k == s.codes]
            for k in keys:
                ranges.append((k, open_.pop(k), s.line))
    for k, line in open_.items():
        ranges.append((k, line, big))
    return ranges


def path_ignored(path: str, patterns: dict[str, list[str]], rule: Rule) -> bool:
    p = path.replace("\\", "/")
    for glob, codes in patterns.items():
        if fnmatch.fnmatch(p, glob) or fnmatch.fnmatch(p, "*/" + glob.lstrip("/")):
            for c in codes:
                if c in (rule.code, rule.name, rule.category) or rule.code.startswith(c.upper()) or c.upper() == "ALL":
                    return True
    return False


def run_rules(doc: Document, rules: list[Rule], config, timings: dict[str, float] | None = None,
              services: dict[str, Any] | None = None) -> DocResult:
    findings: list[Finding] = []
    runs: dict[str, RuleRun] = {}
    for rule in rules:
        if config is not None and path_ignored(doc.path, config.per_path_ignores, rule):
            continue
        severity = config.severity_for(rule) if config is not None else rule.severity
        options = config.options_for(rule) if config is not None else dict(rule.options)
        ctx = Context(doc, rule, options, config, severity, services)
        ctx.prior = findings
        t0 = time.perf_counter()
        try:
            if rule.applies is not None and not rule.applies(doc, ctx):
                runs[rule.code] = RuleRun("not-applicable")
                continue
            if rule.func is not None:
                for _ in rule.func(doc, ctx) or ():
                    pass
            runs[rule.code] = RuleRun("ok")
            cap = getattr(config, "max_findings_per_rule", 0) if config is not None else 0
            if cap and len(ctx.findings) > cap:  # keep reports readable (and small) on pathological input
                extra = len(ctx.findings) - cap
                del ctx.findings[cap:]
                ctx.findings[-1].message += f" (and {extra} more findings of this rule in this document)"
            findings.extend(ctx.findings)
        except ServiceUnavailable as e:  # the engine is down: the rule's findings are unavailable, not zero
            runs[rule.code] = RuleRun("unavailable", str(e))
        except Exception as e:  # a failing rule is isolated and reported
            tb = traceback.extract_tb(e.__traceback__)[-1]
            runs[rule.code] = RuleRun("error", f"{type(e).__name__}: {e} (at {tb.filename.rsplit('/', 1)[-1]}:{tb.lineno})")
        finally:
            dt = time.perf_counter() - t0
            if rule.code in runs:
                runs[rule.code].seconds = dt
            if timings is not None:
                timings[rule.category] = timings.get(rule.category, 0.0) + dt
    ranges = suppression_ranges(doc)
    if ranges:
        findings = [f for f in findings if not _suppressed(f, ranges)]
    findings.sort(key=lambda f: f.sort_key)
    # one finding per rule and position
    dedup, seen = [], set()
    for f in findings:
        k = (f.code, f.line, f.column, f.end_line, f.end_column, f.message)
        if k not in seen:
            seen.add(k)
            dedup.append(f)
    return DocResult(doc, dedup, runs, {})
