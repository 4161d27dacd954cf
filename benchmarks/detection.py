"""Detection quality on labelled documents from ../shared/benchmarks/make_cases.py.

    python benchmarks/detection.py --seed 7 --n 200
    python benchmarks/detection.py --cases DIR          # score an existing case folder
    python benchmarks/detection.py --seed 7 --keep      # keep the generated folder to read the cases

A finding counts when it is in the labelled category and on the labelled line. Predictions on
lines listed as `noise` (unlabelled defects in the gold text) are ignored; heading lines of the
clean control documents must carry no truncation finding.

The gold articles carry some page chrome of their own that make_cases does not list as noise (it
lists only paragraphs without a full stop): related headlines typed as headings, credit lines,
widget headers. `gold_chrome.jsonl` lists those lines, each with the reason; a boilerplate finding
on one is neither a hit nor a false alarm in the second, "adjudicated" boilerplate table. The first
table is the raw score.
"""
from __future__ import annotations

import argparse
import atexit
import html
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

CATS = ("truncation", "boilerplate")
# The phrase families the boilerplate issue sets a recall target for, with the words that make a line one of them.
PHRASE_FAMILIES = {k: re.compile(v, re.I) for k, v in {
    "share": r"\b(share|shares|shared|sharing|facebook|twitter|linkedin|pinterest|reddit|whatsapp|e-?mail|print|tweet)\b",
    "newsletter": r"\b(subscri\w*|newsletters?|sign up|inbox)\b",
    "cookie": r"\b(cookies?|privacy|consent|terms)\b",
    "comments": r"\b(comments?|repl(y|ies)|discussion)\b",
    "ad": r"\b(advert\w*|sponsor\w*|promot\w*|ads?)\b",
    "read_more": r"\b(read|more|continue)\b",
    "tags": r"\b(tags?|tagged|topics?|categor(y|ies)|filed)\b",
    "back_to_top": r"\btop\b",
}.items()}


GOLD_CHROME = HERE / "gold_chrome.jsonl"


def _visible(line: str) -> str:
    """A rendered line's text as the gold article has it: tags, Markdown markers and escapes removed."""
    t = html.unescape(re.sub(r"<[^>]+>", "", line)).strip()
    return re.sub(r"^(?:#+ |> |- |\\)", "", t)


def find_make_cases() -> Path:
    for cand in (HERE.parent.parent / "shared" / "benchmarks" / "make_cases.py",
                 Path(os.environ.get("AUDITOR_SHARED", "")) / "benchmarks" / "make_cases.py"):
        if cand.is_file():
            return cand
    sys.exit("make_cases.py not found: set AUDITOR_SHARED to the shared/ folder")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--n", type=int, default=200)
    ap.add_argument("--cases", help="existing case folder (skips generation)")
    ap.add_argument("--keep", action="store_true", help="keep the generated case folder (removed by default)")
    ap.add_argument("--show", type=int, default=0, help="print up to N misses and false alarms per category")
    args = ap.parse_args()

    if args.cases:
        cases = Path(args.cases)
    else:
        cases = Path(tempfile.mkdtemp(prefix="auditor-cases-"))
        if not args.keep:
            atexit.register(shutil.rmtree, cases, ignore_errors=True)
        subprocess.run([sys.executable, str(find_make_cases()), "--seed", str(args.seed), "--n", str(args.n),
                        "--out", str(cases)], check=True, stdout=subprocess.DEVNULL)
    labels = [json.loads(x) for x in (cases / "labels.jsonl").read_text().splitlines() if x.strip()]

    from auditor.api import Auditor
    from auditor.config import Config

    aud = Auditor(Config(), select=list(CATS))
    paths = [str(cases / rec["file"]) for rec in labels]
    report = aud.audit_paths(paths)
    by_path = {Path(e["path"]).name: e for e in report["files"]}

    chrome = defaultdict(set)  # article id -> gold lines that are page chrome
    for x in (GOLD_CHROME.read_text(encoding="utf-8").splitlines() if GOLD_CHROME.is_file() else []):
        if x.strip():
            r = json.loads(x)
            chrome[r["article_id"]].add(r["text"])
    stats = defaultdict(lambda: {"tp": 0, "fp": 0, "fn": 0})
    adj = defaultdict(lambda: {"tp": 0, "fp": 0, "fn": 0})
    ctrl_heading_hits = 0
    ctrl_bp = ctrl_bp_adj = 0
    n_ctrl = 0
    misses, alarms = defaultdict(list), defaultdict(list)
    family = defaultdict(lambda: [0, 0])  # category_guess -> [found, labelled]
    phrase = defaultdict(lambda: [0, 0])  # the phrase families, lines that say their keyword
    for rec in labels:
        fmt = rec["format"]
        entry = by_path.get(rec["file"])
        lines = (cases / rec["file"]).read_text(encoding="utf-8").split("\n")
        noise = {x["line"] for x in rec.get("noise", [])}
        own = chrome.get(rec["article_id"], set())
        gold_chrome = {i + 1 for i, ln in enumerate(lines) if own and _visible(ln) in own}
        gold = {c: {d["line"] for d in rec["defects"] if d["kind"] == c} for c in CATS}
        pred = {c: set() for c in CATS}
        for f in (entry or {}).get("findings", []):
            if f["category"] in CATS:
                pred[f["category"]].add(f["line"])
        if rec["control"]:
            n_ctrl += 1
            ctrl_heading_hits += len(pred["truncation"] & set(rec.get("heading_lines", [])))
            ctrl_bp += len(pred["boilerplate"] - noise)
            ctrl_bp_adj += len(pred["boilerplate"] - noise - gold_chrome)
        for d in rec["defects"]:
            if d["kind"] == "boilerplate":
                family[d.get("category_guess") or "other"][0] += d["line"] in pred["boilerplate"]
                family[d.get("category_guess") or "other"][1] += 1
                fam = d.get("category_guess") or "other"
                if fam in PHRASE_FAMILIES and PHRASE_FAMILIES[fam].search(d["text"]):
                    phrase[fam][0] += d["line"] in pred["boilerplate"]
                    phrase[fam][1] += 1
        for c in CATS:
            p = pred[c] - (noise - gold[c])
            for key in (fmt, "all"):
                stats[(c, key)]["tp"] += len(p & gold[c])
                stats[(c, key)]["fp"] += len(p - gold[c])
                stats[(c, key)]["fn"] += len(gold[c] - p)
            if c == "boilerplate":
                q = p - (gold_chrome - gold[c])
                for key in (fmt, "all"):
                    adj[key]["tp"] += len(q & gold[c])
                    adj[key]["fp"] += len(q - gold[c])
                    adj[key]["fn"] += len(gold[c] - q)
            for ln in sorted(gold[c] - p):
                misses[c].append(f"{rec['file']}:{ln}: {lines[ln - 1][:110]}")
            for ln in sorted(p - gold[c]):
                alarms[c].append(f"{rec['file']}:{ln}: {lines[ln - 1][:110]}")

    print(f"cases: {cases}{'' if args.cases or args.keep else ' (removed at exit; --keep keeps it)'}  documents: {len(labels)}  controls: {n_ctrl}")
    print(f"{'category':<12} {'format':<6} {'precision':>9} {'recall':>7} {'tp':>5} {'fp':>5} {'fn':>5}")
    for c in CATS:
        for key in ("txt", "md", "html", "all"):
            s = stats[(c, key)]
            prec = s["tp"] / (s["tp"] + s["fp"]) if s["tp"] + s["fp"] else 1.0
            rec_ = s["tp"] / (s["tp"] + s["fn"]) if s["tp"] + s["fn"] else 1.0
            print(f"{c:<12} {key:<6} {prec:>9.3f} {rec_:>7.3f} {s['tp']:>5} {s['fp']:>5} {s['fn']:>5}")
    print(f"truncation findings on control headings: {ctrl_heading_hits}")
    print(f"boilerplate findings on controls: {ctrl_bp} ({ctrl_bp / max(1, n_ctrl) * 20:.2f} per 20 controls)")
    print(f"adjudicated: the gold text's own chrome ({GOLD_CHROME.name}, {sum(map(len, chrome.values()))} lines) "
          "counts as neither hit nor false alarm")
    for key in ("txt", "md", "html", "all"):
        s = adj[key]
        prec = s["tp"] / (s["tp"] + s["fp"]) if s["tp"] + s["fp"] else 1.0
        rec_ = s["tp"] / (s["tp"] + s["fn"]) if s["tp"] + s["fn"] else 1.0
        print(f"{'  boilerplate':<12} {key:<6} {prec:>9.3f} {rec_:>7.3f} {s['tp']:>5} {s['fp']:>5} {s['fn']:>5}")
    print(f"  boilerplate findings on controls: {ctrl_bp_adj} ({ctrl_bp_adj / max(1, n_ctrl) * 20:.2f} per 20 controls)")
    print("boilerplate recall by family (make_cases' category_guess, a keyword heuristic):")
    print("  " + "  ".join(f"{k} {v[0] / v[1]:.2f} ({v[0]}/{v[1]})"
                           for k, v in sorted(family.items(), key=lambda kv: -kv[1][1])))
    print("phrase families (the issue's list; lines of the family that contain its keyword, as the generator's\n"
          "guess also files related headlines under 'tags' or 'ad' by the region they came from):")
    tot = [sum(v[0] for v in phrase.values()), sum(v[1] for v in phrase.values())]
    print("  " + "  ".join(f"{k} {v[0] / v[1]:.2f} ({v[0]}/{v[1]})" for k, v in sorted(phrase.items()))
          + f"  all {tot[0] / max(1, tot[1]):.2f} ({tot[0]}/{tot[1]})")
    if args.show:
        for c in CATS:
            print(f"\n-- {c} misses"); print("\n".join(misses[c][: args.show]))
            print(f"-- {c} false alarms"); print("\n".join(alarms[c][: args.show]))


if __name__ == "__main__":
    main()
