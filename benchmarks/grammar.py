"""Offline grammar + spelling quality on LanguageTool's rule examples and JFLEG.

    python benchmarks/grammar.py                 # all numbers
    python benchmarks/grammar.py --show 20       # also print misses and false alarms
    python benchmarks/grammar.py --languagetool-url http://localhost:8010   # measure a LanguageTool server too

Recall: an incorrect LanguageTool example counts as found when a grammar or spelling finding overlaps its
marked span. False alarms: the share of correct LanguageTool examples, and of JFLEG's human corrections
(first reference, detokenised), with any grammar or spelling finding. Also prints the share of JFLEG learner sentences
flagged. Each sentence is audited as the body of a plain-text document.
"""
from __future__ import annotations

import argparse
import json
import os
import re
import sys
import time
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

TARGET_CATS = ("GRAMMAR", "TYPOS", "CONFUSED_WORDS")
PREFIX = "Benchmark sentence\n\n"  # the sentence is line 3 of the document


def detokenize(s: str) -> str:
    """JFLEG is tokenised ("do n't", "word ,"): restore normal text so punctuation spacing is not an error."""
    s = re.sub(r" (n't|'s|'re|'ve|'ll|'d|'m)\b", r"\1", s)
    s = re.sub(r" ([.,;:!?%)])", r"\1", s)
    s = re.sub(r"([($]) ", r"\1", s)
    s = re.sub(r"\bgon na\b", "gonna", s)
    return s.replace("`` ", '"').replace(" ''", '"')


def find_grammar_dir() -> Path:
    for cand in (HERE.parent.parent / "shared" / "benchmarks" / "grammar",
                 Path(os.environ.get("AUDITOR_SHARED", "")) / "benchmarks" / "grammar"):
        if (cand / "languagetool_examples.jsonl").is_file():
            return cand
    sys.exit("shared/benchmarks/grammar not found: set AUDITOR_SHARED to the shared/ folder")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--show", type=int, default=0)
    ap.add_argument("--languagetool-url", default=None)
    ap.add_argument("--harper", choices=["all", "precise"], help="measure Harper (pip install harper-py) instead: "
                    "all its lints, or only agreement/grammar/word-choice/typo/usage/eggcorn/repetition/malapropism")
    args = ap.parse_args()

    from auditor.api import Auditor
    from auditor.config import Config

    gdir = find_grammar_dir()
    lt_rows = [json.loads(x) for x in (gdir / "languagetool_examples.jsonl").read_text().splitlines() if x.strip()]
    jfleg = [json.loads(x) for x in (gdir / "jfleg.jsonl").read_text().splitlines() if x.strip()]
    cfg = Config()
    cfg.languagetool = {"cache": False}
    select = ["grammar", "spelling"]
    aud = Auditor(cfg, select=select, languagetool_url=args.languagetool_url)
    if not args.languagetool_url:
        aud.services.pop("languagetool", None)  # built-in checker only, even when the environment names a server

    harper_linter = None
    if args.harper:
        import harper  # optional peer, not a dependency

        harper_linter = harper.Linter()
        precise = {"Agreement", "Grammar", "WordChoice", "Typo", "Usage", "Eggcorn", "Repetition", "Nonstandard",
                   "BoundaryError", "Malapropism"}

    def spans(sentence: str) -> list[tuple[int, int, str]]:
        if harper_linter is not None:
            return [(x.span.start, x.span.end, "harper/" + x.lint_kind) for x in harper_linter.lint(sentence)
                    if args.harper == "all" or x.lint_kind in precise]
        entry, _, err = aud.audit_source(PREFIX + sentence, "bench.txt", "text")
        if err:
            return []
        out = []
        for f in entry["findings"]:
            if f["line"] == 3:
                end = f["end_column"] - 1 if f["end_line"] == 3 else len(sentence)
                out.append((f["column"] - 1, end, f["rule_id"] or f["code"]))
        return out

    t0 = time.perf_counter()
    rec = defaultdict(lambda: [0, 0])  # category -> [found, total]
    fa = defaultdict(lambda: [0, 0])  # category -> [flagged, total]
    misses, alarms, rule_hits = [], [], defaultdict(int)
    for r in lt_rows:
        found = spans(r["sentence"])
        cat = r["category_id"]
        if r["label"] == "incorrect":
            a, b = r["marker_start"], r["marker_end"]
            hit = [x for x in found if x[0] < b and a < x[1] or (a == b and x[0] <= a <= x[1])]
            rec[cat][1] += 1
            if hit:
                rec[cat][0] += 1
                for x in hit:
                    rule_hits[x[2]] += 1
            elif cat in TARGET_CATS:
                misses.append((r["rule_id"], r["sentence"]))
        else:
            fa[cat][1] += 1
            if found:
                fa[cat][0] += 1
                alarms.append((r["rule_id"], r["sentence"], found))
    j_src = j_ref = 0
    j_alarms = []
    for r in jfleg:
        if spans(detokenize(r["source"])):
            j_src += 1
        ref = detokenize(r["corrections"][0])
        f = spans(ref)
        if f:
            j_ref += 1
            j_alarms.append((ref, f))
    dt = time.perf_counter() - t0

    def pct(a, b):
        return f"{100.0 * a / b:5.1f}%" if b else "   n/a"

    engine = f"Harper ({args.harper} lints)" if args.harper else "built-in offline" + (
        f" + LanguageTool {args.languagetool_url}" if args.languagetool_url else "")
    print(f"engine: {engine}; "
          f"{len(lt_rows) + 2 * len(jfleg)} sentences in {dt:.1f} s")
    print("\nLanguageTool incorrect examples: recall by category")
    tf = tt = 0
    for cat in sorted(rec, key=lambda c: -rec[c][1]):
        a, b = rec[cat]
        mark = " *" if cat in TARGET_CATS else ""
        print(f"  {cat:<32} {pct(a, b)}  ({a}/{b}){mark}")
        if cat in TARGET_CATS:
            tf, tt = tf + a, tt + b
    print(f"  {'GRAMMAR+TYPOS+CONFUSED_WORDS':<32} {pct(tf, tt)}  ({tf}/{tt})   target >= 25%")
    print("\nFalse alarms on correct LanguageTool examples")
    af = at = 0
    for cat in sorted(fa, key=lambda c: -fa[c][1]):
        a, b = fa[cat]
        af, at = af + a, at + b
    print(f"  all categories                   {pct(af, at)}  ({af}/{at})   target <= 2%")
    print(f"\nJFLEG corrected sentences flagged  {pct(j_ref, len(jfleg))}  ({j_ref}/{len(jfleg)})   target <= 2%")
    print(f"JFLEG learner sentences flagged    {pct(j_src, len(jfleg))}  ({j_src}/{len(jfleg)})")
    print("\nFindings on incorrect examples by rule: " + ", ".join(
        f"{k} {v}" for k, v in sorted(rule_hits.items(), key=lambda x: -x[1])[:15]))
    if args.show:
        print("\nMisses:")
        for m in misses[: args.show]:
            print("  ", m)
        print("False alarms (LanguageTool correct examples):")
        for m in alarms[: args.show]:
            print("  ", m)
        print("False alarms (JFLEG corrections):")
        for m in j_alarms[: args.show]:
            print("  ", m)
    aud.close()


if __name__ == "__main__":
    main()
