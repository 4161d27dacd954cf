"""Hostile input, bad patterns, slow documents, interrupted runs, odd paths: nothing hangs, nothing is lost."""
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from auditor.api import Auditor
from auditor.config import Config, load_config
from auditor.registry import PY_RULES, rule

ROOT = Path(__file__).resolve().parent.parent

ADVERSARIAL_TEXTS = {
    "letters": "a" * 60000,
    "spaced-letters": "a " * 30000,
    "spaces": "word" + " " * 60000 + "end",
    "open-brackets": "(" * 20000 + "[" * 20000,
    "dashes": "-" * 60000,
    "dots": ". " * 30000,
    "commas": "word, " * 20000,
    "quotes": "\"'“‘" * 15000,
    "capitals": "The The The " * 10000,
    "digits": "1,000.5 " * 10000,
    "mixed-no-break": ("Back to top " * 5000) + ("share " * 5000),
    "ellipses": "…" * 30000,
    "html-looking": "<p>" * 20000,
    "entities": "&amp;" * 20000,
    "shortcode-attributes": ("[ab " + "c='x' " * 12 + "no close ") * 400,
}


@pytest.mark.parametrize("name", sorted(ADVERSARIAL_TEXTS))
def test_builtin_regexes_have_no_catastrophic_backtracking(name):
    """Every built-in rule (Python and packs) on adversarial text, in all three formats, within a time bound."""
    aud = Auditor(Config())
    body = ADVERSARIAL_TEXTS[name]
    for fmt, doc in (("text", "Title\n\n" + body), ("markdown", "# Title\n\n" + body),
                     ("html", "<html><body><h1>T</h1><p>" + body + "</p></body></html>")):
        t0 = time.perf_counter()
        entry, _, err = aud.audit_source(doc.encode(), f"x.{fmt}", fmt)
        assert time.perf_counter() - t0 < 8, f"{name} in {fmt} took too long"
        assert err is None and entry is not None


def test_user_pack_with_a_catastrophic_pattern_cannot_hang_the_run(tmp_path):
    (tmp_path / "packs").mkdir()
    (tmp_path / "packs" / "bad.toml").write_text('''
[pack]
name = "bad"
[[rule]]
code = "H201"
name = "evil-pattern"
category = "style"
severity = "warning"
kind = "existence"
message = "matched {match}"
patterns = ["(a|aa)+!?$"]
doc = "What it does: t. Why it matters: t. How to fix: t."
examples.bad = ["aaa"]
examples.good = ["b"]
''')
    (tmp_path / ".auditor.toml").write_text('packs = ["packs"]\n')
    (tmp_path / "doc.txt").write_text("Title\n\n" + "a" * 60 + "b\n")
    (tmp_path / "ok.txt").write_text("Title\n\nA fine sentence.\n")
    t0 = time.perf_counter()
    rep = Auditor(load_config(start=str(tmp_path)), select=["H201", "G301"]).audit_paths([str(tmp_path)])
    assert time.perf_counter() - t0 < 10
    by = {Path(e["path"]).name: e for e in rep["files"]}
    assert set(by) == {"doc.txt", "ok.txt"}
    errs = by["doc.txt"]["rule_errors"]
    assert errs and errs[0]["code"] == "H201" and "Timeout" in errs[0]["message"]


@pytest.fixture
def slow_rule():
    @rule(code="T998", name="test-slow", category="truncation", severity="info", bad=["x"], good=["y"])
    def slow(doc, ctx):
        """What it does: test only. Why it matters: test. How to fix: test."""
        if os.path.basename(doc.path).startswith("slow"):
            time.sleep(5)
        return ()
    yield
    PY_RULES[:] = [r for r in PY_RULES if r.code != "T998"]


def test_time_budget_turns_a_slow_document_into_an_error_entry(tmp_path, slow_rule):
    (tmp_path / "slow.txt").write_text("Title\n\nText.\n")
    (tmp_path / "fast.txt").write_text("Title\n\nText.\n")
    cfg = Config()
    cfg.time_budget = 0.5
    t0 = time.perf_counter()
    rep = Auditor(cfg, select=["T998"]).audit_paths([str(tmp_path)])
    assert time.perf_counter() - t0 < 4
    assert [Path(e["path"]).name for e in rep["files"]] == ["fast.txt"]
    assert "time budget" in rep["errors"][0]["message"] and rep["errors"][0]["path"].endswith("slow.txt")


def test_file_over_the_size_limit_is_an_error_entry(run_cli, tmp_path):
    (tmp_path / ".auditor.toml").write_text("max-file-size = 1000\n")
    (tmp_path / "big.txt").write_text("Title\n\n" + "word " * 1000)
    (tmp_path / "small.txt").write_text("Title\n\nSmall.\n")
    r = run_cli("check", str(tmp_path), "--format", "json", "--jobs", "1")
    rep = json.loads(r.stdout)
    assert [Path(e["path"]).name for e in rep["files"]] == ["small.txt"]
    assert "over the limit" in rep["errors"][0]["message"]
    assert r.exit_code == 1  # a file that could not be audited fails the gate


def test_missing_or_unusable_output_folder_is_exit_2(run_cli, tmp_path):
    (tmp_path / "a.txt").write_text("Title\n\nText.\n")
    r = run_cli("check", str(tmp_path / "a.txt"), "--format", "json", "-o", str(tmp_path / "no" / "such" / "r.json"))
    assert r.exit_code == 2 and "does not exist" in r.stderr
    blocker = tmp_path / "file"
    blocker.write_text("x")
    r = run_cli("check", str(tmp_path / "a.txt"), "--output-dir", str(blocker / "sub"))
    assert r.exit_code == 2 and "cannot create output folder" in r.stderr


@pytest.mark.parametrize("sig", [signal.SIGINT, signal.SIGTERM])
def test_interrupted_run_leaves_the_previous_report_or_a_complete_one(tmp_path, sig):
    docs = tmp_path / "docs"
    docs.mkdir()
    for i in range(1500):  # far more work than the 2.5 s before the signal, even on a fast machine
        (docs / f"d{i}.txt").write_text(f"Title {i}\n\n" + "The council met and voted on the plan again. " * 150)
    out = tmp_path / "report.json"
    out.write_text('{"previous": true}\n')
    env = {**os.environ, "AUDITOR_CACHE_DIR": str(tmp_path / "cache")}
    p = subprocess.Popen([sys.executable, "-m", "auditor", "check", str(docs), "--format", "json", "-o", str(out),
                          "--jobs", "1", "-q"], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    time.sleep(2.5)
    p.send_signal(sig)
    _, err = p.communicate(timeout=60)
    assert p.returncode != 0
    text = out.read_text()
    assert text == '{"previous": true}\n' or json.loads(text)["summary"]
    assert not list(tmp_path.glob(".auditor-*.tmp"))
    assert b"Traceback" not in err


def test_odd_paths_spaces_unicode_leading_dash_and_symlink_loops(run_cli, tmp_path, monkeypatch):
    d = tmp_path / "site"
    (d / "sub").mkdir(parents=True)
    (d / "with space.md").write_text("# A\n\nText.\n")
    (d / "ünïcødé.md").write_text("# B\n\nText.\n")
    (d / "-dash.md").write_text("# C\n\nText.\n")
    (d / "sub" / "loop").symlink_to(d, target_is_directory=True)
    monkeypatch.chdir(d)
    r = run_cli("check", "--format", "json", "--jobs", "1", "--", "-dash.md", "with space.md", "ünïcødé.md")
    assert r.exit_code in (0, 1), r.output
    assert sorted(e["path"] for e in json.loads(r.stdout)["files"]) == ["-dash.md", "with space.md", "ünïcødé.md"]
    r = run_cli("check", str(d), "--format", "json", "--jobs", "1")
    names = sorted(Path(e["path"]).name for e in json.loads(r.stdout)["files"])
    assert names == ["-dash.md", "with space.md", "ünïcødé.md"]  # the symlink loop is not followed
