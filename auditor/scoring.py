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


def score_document(findings: list[dict], runs: dict[str, dict], rules_by_code: dict, config: Config) -> dict:
    """Fill each finding's ``cost`` and return {"score", "rating", "categories"}."""
    cats: dict[str, dict] = {}
    for code, status in runs.items():  # runs: {rule code: status}
        rule = rules_by_code.get(code)
        cat = rule.category if rule else "grammar"
        c = cats.setdefault(cat, {"rules": {}, "applicable": False})
        c["rules"][code] = {"name": rule.name if rule else code, "status": status, "findings": 0, "cost": 0}
        if status == "ok":
            c["applicable"] = True
    raw: dict[tuple[str, str], int] = {}
    for f in findings:
        raw[(f["category"], f["code"])] = raw.get((f["category"], f["code"]), 0) + config.cost.get(f["severity"], 0)
    scale = {k: (min(v, RULE_COST_CAP) / v if v else 0.0) for k, v in raw.items()}
    for f in findings:
        c = cats.setdefault(f["category"], {"rules": {}, "applicable": True})
        c["applicable"] = True
        r = c["rules"].setdefault(f["code"], {"name": f["name"], "status": "ok", "findings": 0, "cost": 0})
        r["findings"] += 1
        f["cost"] = {"category": round(config.cost.get(f["severity"], 0) * scale[(f["category"], f["code"])], 2)}
    out: dict[str, dict] = {}
    total_w = 0.0
    acc = 0.0
    for cat in CATEGORIES:
        if cat not in cats:
            continue
        c = cats[cat]
        for code, r in c["rules"].items():
            r["cost"] = round(min(raw.get((cat, code), 0), RULE_COST_CAP), 2)
        lost = sum(r["cost"] for r in c["rules"].values())
        score = max(0, round(100 - lost)) if c["applicable"] else None
        w = config.weights.get(cat, 1.0) if score is not None else 0.0
        out[cat] = {"score": score, "rating": rating(score), "weight": w, "lost": round(lost, 2),
                    "findings": sum(r["findings"] for r in c["rules"].values()), "rules": c["rules"]}
        if score is not None and w > 0:
            total_w += w
            acc += w * score
    doc_score = round(acc / total_w) if total_w else 100
    for f in findings:
        w = out[f["category"]]["weight"]
        f["cost"]["document"] = round(f["cost"]["category"] * w / total_w, 2) if total_w else 0.0
    for c in out.values():  # keep the report small: rules that cost something or did not run normally
        c["rules"] = {code: r for code, r in c["rules"].items()
                      if r["findings"] or r["status"] not in ("ok", "not-applicable")}
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
