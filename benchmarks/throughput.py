"""Throughput on a generated corpus: documents per second, time per stage, peak memory, cold start.

    python benchmarks/throughput.py --n 1000

Uses ../shared/benchmarks/make_cases.py (or AUDITOR_SHARED) to generate HTML, Markdown and text articles.
"""
from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from benchmarks.detection import find_make_cases  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=1000)
    ap.add_argument("--seed", type=int, default=3)
    args = ap.parse_args()
    cases = Path(tempfile.mkdtemp(prefix="auditor-corpus-"))
    subprocess.run([sys.executable, str(find_make_cases()), "--seed", str(args.seed), "--n", str(args.n),
                    "--controls", "0", "--out", str(cases)], check=True, stdout=subprocess.DEVNULL)
    files = sorted(str(p) for p in cases.iterdir() if p.suffix in (".txt", ".md", ".html"))
    words = sum(len(Path(f).read_text(encoding="utf-8").split()) for f in files)

    from auditor.api import Auditor
    from auditor.config import Config
    from auditor.report import render

    t0 = time.perf_counter()
    aud = Auditor(Config())
    t_setup = time.perf_counter() - t0
    t0 = time.perf_counter()
    report = aud.audit_paths(files)
    t_audit = time.perf_counter() - t0
    t0 = time.perf_counter()
    render(report, "json")
    render(report, "text")
    t_write = time.perf_counter() - t0
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

    print(f"machine: {os.cpu_count()} cores; documents: {len(files)} (~{words // max(1, len(files))} words each)")
    print(f"setup (registry, packs): {t_setup * 1000:.0f} ms")
    print(f"audit: {t_audit:.2f} s = {len(files) / t_audit:.1f} documents/s on one core")
    for stage, secs in sorted(aud.timings.items(), key=lambda kv: -kv[1]):
        print(f"  {stage:<12} {secs:.2f} s")
    print(f"report writing (json + text): {t_write * 1000:.0f} ms")
    print(f"peak RSS: {rss:.0f} MB")
    one = files[0]
    for cmd in (["--version"], ["check", one, "--exit-zero", "-q"]):
        t0 = time.perf_counter()
        subprocess.run([sys.executable, "-m", "auditor", *cmd], stdout=subprocess.DEVNULL, check=False)
        print(f"cold start `auditor {' '.join(cmd[:1])}`: {(time.perf_counter() - t0) * 1000:.0f} ms")


if __name__ == "__main__":
    main()
