"""--jobs worker processes and Dask distributed give the same report as a local run; a crashing worker loses
no other document."""
import json
import os

import pytest

from auditor.api import Auditor
from auditor.config import Config
from auditor.registry import PY_RULES, rule
from auditor.report import render

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FOOTER = "This article is published under our standard terms; all opinions are the author's own. "


def corpus(tmp_path, n=16):
    for i in range(n):
        body = (f"Story number {i}\n\nThe council met on day {i} and voted on the plan. It could of gone "
                f"better, said the mayor.\n\n{FOOTER}\n\nThe vote passed with {i} votes and")
        (tmp_path / f"doc{i:02d}.txt").write_text(body)
    (tmp_path / "same-a.md").write_text("# Same title\n\nText one.\n")
    (tmp_path / "same-b.md").write_text("# Same title\n\nText two.\n")
    (tmp_path / "broken.html").write_bytes(bytes(range(256)) * 8)
    return tmp_path


def _json(report):
    return render(report, "json")


def test_processes_match_a_local_run(tmp_path):
    corpus(tmp_path)
    local = Auditor(Config(), jobs=1).audit_paths([str(tmp_path)])
    par = Auditor(Config(), jobs=2).audit_paths([str(tmp_path)])
    assert _json(par) == _json(local)
    codes = {f["code"] for e in local["files"] for f in e["findings"]}
    assert {"B204", "S620", "G310", "T101"} <= codes  # site rules ran over the whole batch in both modes
    assert [e["path"] for e in local["errors"]] == [str(tmp_path / "broken.html")]


_CRASH = [r for r in PY_RULES if r.code == "T999"]


@pytest.fixture
def crashing_rule():
    @rule(code="T999", name="test-crash", category="truncation", severity="info", bad=["x"], good=["y"])
    def crash(doc, ctx):
        """What it does: test only. Why it matters: test. How to fix: test."""
        if os.path.basename(doc.path).startswith("crash"):
            os._exit(3)  # simulate a native crash or the OOM killer
        return ()
    yield
    PY_RULES[:] = [r for r in PY_RULES if r.code != "T999"]


def test_a_crashing_worker_loses_no_other_document(tmp_path, crashing_rule):
    corpus(tmp_path)
    (tmp_path / "crash-me.txt").write_text("Crash\n\nThis document kills its worker.")
    rep = Auditor(Config(), jobs=2, select=["T101", "T999"]).audit_paths([str(tmp_path)])
    paths = {os.path.basename(e["path"]) for e in rep["files"]}
    assert len(paths) == 18, rep["errors"]
    assert "crash-me.txt" not in paths
    errs = {os.path.basename(e["path"]): e["message"] for e in rep["errors"]}
    assert "crashed" in errs["crash-me.txt"] and "broken.html" in errs


def test_cli_jobs_option(run_cli, tmp_path):
    corpus(tmp_path)
    a = run_cli("check", str(tmp_path), "--jobs", "1", "--format", "json", "--exit-zero")
    b = run_cli("check", str(tmp_path), "--jobs", "2", "--format", "json", "--exit-zero")
    assert a.exit_code == b.exit_code == 0
    assert a.stdout == b.stdout


def test_dask_local_cluster_matches_a_local_run(tmp_path):
    distributed = pytest.importorskip("distributed", reason="Dask distributed (the dask extra) is not installed")
    corpus(tmp_path)
    local = Auditor(Config(), jobs=1).audit_paths([str(tmp_path)])
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cl:
        rep = Auditor(Config(), scheduler=cl.scheduler_address).audit_paths([str(tmp_path)])
    assert _json(rep) == _json(local)
    json.loads(_json(rep))


def test_large_batches_keep_entries_packed_and_write_the_same_reports(tmp_path, monkeypatch):
    import auditor.packed as packed

    corpus(tmp_path)
    plain = Auditor(Config(), jobs=1).audit_paths([str(tmp_path)])
    monkeypatch.setattr(packed, "PACK_THRESHOLD", 0)
    small = Auditor(Config(), jobs=1).audit_paths([str(tmp_path)])
    assert isinstance(small["files"], packed.PackedEntries)
    for fmt in ("json", "text", "html", "sarif", "junit", "github", "markdown"):
        assert render(small, fmt) == render(plain, fmt), fmt
    par = Auditor(Config(), jobs=2).audit_paths([str(tmp_path)])
    assert render(par, "json") == render(plain, "json")
