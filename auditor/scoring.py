"""Scores: rule -> category -> document -> run, 0-100 integers with ratings, and CI gates.

Each finding costs points from its category by severity (``cost`` in config:
error 15, warning 5, info 1 by default); one rule takes at most
``RULE_COST_CAP`` points from a category.  A category scores 100 minus what
its findings cost; a document scores the weighted mean of its applicable
categories.  Every finding records what it cost its category and the document.
"""
from __future__ import annotations

from .config import RULE_COST_CAP, Config
from .registry import CATEGORIES


def rating(score: float | None) -> str:
    if score is None:
        return "not-applicable"
    return "good" if score >= 90 else "needs-work" if score >= 50 else "poor"


def score_document(findings: list[dict], runs: dict[str, str], rules_by_code: dict, config: Config) -> dict:
    """Fill each finding's ``cost`` and return {"score", "rating", "categories"}.

    A category lists the rules that cost something or did not run normally (error, unavailable), in the
    order the rules ran; rules that passed or did not apply are counted, not listed.
    """
    cost = config.cost
    applicable: set[str] = set()
    present: set[str] = set()
    keep: dict[str, dict[str, dict]] = {}  # category -> code -> rule summary (findings or abnormal status)
    for code, status in runs.items():  # runs: {rule code: status}
        rule = rules_by_code.get(code)
        cat = rule.category if rule else "grammar"
        present.add(cat)
        if status == "ok":
            applicable.add(cat)
        elif status != "not-applicable":
            keep.setdefault(cat, {})[code] = {"name": rule.name if rule else code, "status": status,
                                              "findings": 0, "cost": 0}
    raw: dict[tuple[str, str], int] = {}
    for f in findings:
        k = (f["category"], f["code"])
        raw[k] = raw.get(k, 0) + cost.get(f["severity"], 0)
    scale = {k: (min(v, RULE_COST_CAP) / v if v else 0.0) for k, v in raw.items()}
    for f in findings:
        cat, code = f["category"], f["code"]
        applicable.add(cat)
        present.add(cat)
        rules = keep.setdefault(cat, {})
        r = rules.get(code)
        if r is None:
            if code in runs:
                rule = rules_by_code.get(code)
                r = {"name": rule.name if rule else code, "status": runs[code], "findings": 0, "cost": 0}
            else:
                r = {"name": f["name"], "status": "ok", "findings": 0, "cost": 0}
            rules[code] = r
        r["findings"] += 1
        f["cost"] = {"category": round(cost.get(f["severity"], 0) * scale[(cat, code)], 2)}
    order = {code: i for i, code in enumerate(runs)}
    last = len(order)
    out: dict[str, dict] = {}
    total_w = 0.0
    acc = 0.0
    for cat in CATEGORIES:
        if cat not in present:
            continue
        rules = keep.get(cat, {})
        for code, r in rules.items():
            r["cost"] = round(min(raw.get((cat, code), 0), RULE_COST_CAP), 2)
        lost = sum(r["cost"] for r in rules.values())
        score = max(0, round(100 - lost)) if cat in applicable else None
        w = config.weights.get(cat, 1.0) if score is not None else 0.0
        listed = {code: rules[code] for code in sorted(rules, key=lambda c: order.get(c, last))}
        out[cat] = {"score": score, "rating": rating(score), "weight": w, "lost": round(lost, 2),
                    "findings": sum(r["findings"] for r in rules.values()), "rules": listed}
        if score is not None and w > 0:
            total_w += w
            acc += w * score
    doc_score = round(acc / total_w) if total_w else 100
    for f in findings:
        w = out[f["category"]]["weight"]
        f["cost"]["document"] = round(f["cost"]["category"] * w / total_w, 2) if total_w else 0.0
    return {"score": doc_score, "rating": rating(doc_score), "categories": out}


def evaluate_gate(summary: dict, config: Config) -> dict:
    failed = []
    counts = summary["findings"]
    order = ["error", "warning", "info"]
    if config.fail_on != "never":
        levels = order[: order.index(config.fail_on) + 1]
        n = sum(counts.get(s, 0) for s in levels)
        if n:
            failed.append(f"fail-on {config.fail_on}: {n} finding(s) of severity {' or '.join(levels)}")
    if summary.get("errors") and config.fail_on != "never":
        failed.append(f"{summary['errors']} file(s) could not be audited (see errors)")
    if config.fail_under is not None and summary["score"] < config.fail_under:
        failed.append(f"fail-under {config.fail_under:g}: run score {summary['score']} is below it")
    for cat, minimum in sorted(config.category_minimums.items()):
        got = summary.get("categories", {}).get(cat)
        if got is not None and got < minimum:
            failed.append(f"category-minimums.{cat} {minimum:g}: category score {got} is below it")
    return {"passed": not failed, "failed": failed, "fail_on": config.fail_on, "fail_under": config.fail_under,
            "category_minimums": dict(config.category_minimums)}
