"""Throughput, scaling, parallelism, memory, cache and cold start on a generated corpus.

    python benchmarks/throughput.py                          # 100 and 1,000 HTML articles
    python benchmarks/throughput.py --sizes 100,1000,10000 --formats html,md,txt --proselint

Generates labelled news articles with ../shared/benchmarks/make_cases.py (or AUDITOR_SHARED). Each audit runs in
a fresh child process (so its peak memory is its own) with the offline rule set, LanguageTool not configured.
Prints documents per second and time per stage on one core, the --jobs speed-up, the time of a re-run served
by the result cache, peak RSS, cold start, and (with --proselint, when installed) proselint on the same files.
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from benchmarks.detection import find_make_cases  # noqa: E402


def child(files_list: str, jobs: int, cache_dir: str | None) -> None:
    """Audit the files listed in ``files_list`` in this process; print timings as JSON."""
    from auditor.api import Auditor
    from auditor.config import Config
    from auditor.report import render_iter, write_atomic

    files = Path(files_list).read_text().split("\n")
    t0 = time.perf_counter()
    if cache_dir:
        os.environ["AUDITOR_CACHE_DIR"] = cache_dir
    aud = Auditor(Config(), jobs=jobs, cache=bool(cache_dir))
    setup = time.perf_counter() - t0
    t0 = time.perf_counter()
    report = aud.audit_paths(files)
    audit = time.perf_counter() - t0
    t0 = time.perf_counter()
    out = tempfile.mkdtemp(prefix="auditor-bench-out-")
    for fmt in ("json", "text"):  # streamed to files, as the CLI writes them
        write_atomic(os.path.join(out, "report." + fmt), render_iter(report, fmt))
    shutil.rmtree(out, ignore_errors=True)
    write = time.perf_counter() - t0
    prose = sum(e["stats"].get("words", 0) for e in report["files"])
    print(json.dumps({"setup": setup, "audit": audit, "write": write, "stages": aud.timings, "prose_words": prose,
                      "docs": len(report["files"]), "errors": len(report["errors"]),
                      "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))


def run_child(files: list[str], jobs: int = 1, cache_dir: str | None = None) -> dict:
    with tempfile.NamedTemporaryFile("w", suffix=".lst", delete=False) as fh:
        fh.write("\n".join(files))
    out = subprocess.run([sys.executable, __file__, "--child", fh.name, str(jobs), cache_dir or ""],
                         capture_output=True, text=True, check=True)
    os.unlink(fh.name)
    res = json.loads(out.stdout.strip().splitlines()[-1])
    res["rss_children_mb"] = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return res


def main() -> None:
    if len(sys.argv) > 1 and sys.argv[1] == "--child":
        child(sys.argv[2], int(sys.argv[3]), sys.argv[4] or None)
        return
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", default="100,1000", help="corpus sizes (comma-separated)")
    ap.add_argument("--formats", default="html", help="make_cases formats: html, md, txt (comma-separated)")
    ap.add_argument("--seed", type=int, default=3)
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 1, help="processes for the parallel run")
    ap.add_argument("--proselint", action="store_true", help="also time proselint on the same files")
    args = ap.parse_args()
    sizes = sorted(int(x) for x in args.sizes.split(","))
    cases = Path(tempfile.mkdtemp(prefix="auditor-corpus-"))
    subprocess.run([sys.executable, str(find_make_cases()), "--seed", str(args.seed), "--n", str(sizes[-1]),
                    "--controls", "0", "--formats", args.formats, "--out", str(cases)],
                   check=True, stdout=subprocess.DEVNULL)
    files = sorted(str(p) for p in cases.iterdir() if p.suffix in (".txt", ".md", ".html"))
    words = sum(len(Path(f).read_text(encoding="utf-8").split()) for f in files[:200]) // min(200, len(files))
    print(f"machine: {os.cpu_count()} cores, Python {sys.version.split()[0]}; corpus: {args.formats}, "
          f"~{words} words per file (markup included)")
    base = None
    for n in sizes:
        r = run_child(files[:n])
        rate = n / r["audit"]
        per_doc = r["prose_words"] / max(1, r["docs"])
        line = (f"{n:>6} docs, 1 process: {r['audit']:7.2f} s = {rate:6.1f} docs/s "
                f"(= {rate * per_doc / 1000:5.1f} docs/s of 1,000 words; {per_doc:.0f} article words per doc), "
                f"peak RSS {r['rss_mb']:.0f} MB")
        if base is not None:
            line += f"; time x{r['audit'] / base[1]:.1f} for x{n / base[0]:.0f} docs"
        print(line)
        base = base or (n, r["audit"])
        last = r
    print("  stages: " + ", ".join(f"{k} {v:.2f} s" for k, v in sorted(last["stages"].items(), key=lambda kv: -kv[1]))
          + f"; report writing (json+text) {last['write']:.2f} s; setup {last['setup'] * 1000:.0f} ms")
    n = sizes[-1]
    if args.jobs > 1:
        r = run_child(files[:n], jobs=args.jobs)
        print(f"{n:>6} docs, --jobs {args.jobs}: {r['audit']:7.2f} s = {n / r['audit']:6.1f} docs/s "
              f"(x{last['audit'] / r['audit']:.2f} of one process)")
    cache = tempfile.mkdtemp(prefix="auditor-cache-")
    first = run_child(files[:n], cache_dir=cache)
    again = run_child(files[:n], cache_dir=cache)
    print(f"{n:>6} docs, cache: first run {first['audit']:.2f} s, unchanged re-run {again['audit']:.2f} s "
          f"({100 * again['audit'] / first['audit']:.1f}% of the first)")
    shutil.rmtree(cache, ignore_errors=True)
    if args.proselint:
        exe = shutil.which("proselint", path=os.path.dirname(sys.executable)) or shutil.which("proselint")
        if exe is None:
            print("proselint: not installed (pip install proselint)")
        else:
            t0 = time.perf_counter()
            for i in range(0, n, 200):  # proselint takes files as arguments
                subprocess.run([exe, "check", *files[i:i + 200]], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            dt = time.perf_counter() - t0
            t0 = time.perf_counter()
            subprocess.run([sys.executable, "-m", "auditor", "check", *files[:n], "--jobs", "1", "--no-cache",
                            "--exit-zero", "-q"], stdout=subprocess.DEVNULL)
            da = time.perf_counter() - t0
            print(f"side by side, {n} files, one process each, CLI start-up included: proselint {dt:.2f} s "
                  f"({n / dt:.1f} docs/s), auditor {da:.2f} s ({n / da:.1f} docs/s)")
    one = files[0]
    for cmd in (["--version"], ["check", one, "--exit-zero", "-q", "--no-cache"]):
        times = []
        for _ in range(3):
            t0 = time.perf_counter()
            subprocess.run([sys.executable, "-m", "auditor", *cmd], stdout=subprocess.DEVNULL, check=False)
            times.append(time.perf_counter() - t0)
        print(f"cold start `auditor {' '.join(cmd[:1])}`: {min(times) * 1000:.0f} ms (best of 3)")
    shutil.rmtree(cases, ignore_errors=True)


if __name__ == "__main__":
    main()
