"""Baselines, --changed-since and URL input: what editorial CI uses every day."""
import json
import subprocess
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

ARTICLE = "A title\n\nThe council met on Tuesday. It could of gone better.\n"


def test_baseline_fails_only_on_new_findings(run_cli, tmp_path):
    a = tmp_path / "a.txt"
    a.write_text(ARTICLE)
    base = tmp_path / "base.json"
    r = run_cli("baseline", str(a), "-o", str(base), "--select", "grammar")
    assert r.exit_code == 0 and base.is_file(), r.output
    assert json.loads(base.read_text())["format"] == "auditor-baseline/1"
    r = run_cli("check", str(a), "--select", "grammar", "--baseline", str(base), "--format", "json")
    rep = json.loads(r.stdout)
    assert r.exit_code == 0 and rep["summary"]["baselined"] == 1 and not rep["files"][0]["findings"]
    # lines move and a new error appears: only the new one counts
    a.write_text("A title\n\nA new first paragraph.\n\nThe council met on Tuesday. It could of gone better. "
                 "They should of known.\n")
    r = run_cli("check", str(a), "--select", "grammar", "--baseline", str(base), "--format", "json")
    rep = json.loads(r.stdout)
    assert r.exit_code == 1
    assert [f["excerpt"] for f in rep["files"][0]["findings"]] == ["should of"]
    assert rep["summary"]["baselined"] == 1


def test_missing_baseline_is_a_clear_error(run_cli, tmp_path):
    (tmp_path / "a.txt").write_text(ARTICLE)
    r = run_cli("check", str(tmp_path / "a.txt"), "--baseline", str(tmp_path / "nope.json"))
    assert r.exit_code == 2 and "auditor baseline" in r.stderr


def _git(cwd, *args):
    subprocess.run(["git", *args], cwd=cwd, check=True, capture_output=True,
                   env={"GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.org", "GIT_COMMITTER_NAME": "t",
                        "GIT_COMMITTER_EMAIL": "t@example.org", "HOME": str(cwd), "PATH": "/usr/bin:/bin"})


def test_changed_since_audits_only_changed_files(run_cli, tmp_path):
    repo = tmp_path / "site"
    repo.mkdir()
    for n in ("one.md", "two.md", "three.md"):
        (repo / n).write_text(f"# {n}\n\nSome text.\n")
    _git(repo, "init", "-q", "-b", "main")
    _git(repo, "add", ".")
    _git(repo, "commit", "-q", "-m", "init")
    (repo / "two.md").write_text("# two\n\nChanged text.\n")
    (repo / "four.md").write_text("# four\n\nNew, untracked.\n")
    r = run_cli("check", str(repo), "--changed-since", "HEAD", "--format", "json", "--exit-zero")
    assert r.exit_code == 0, r.output
    names = sorted(f["path"].rsplit("/", 1)[-1] for f in json.loads(r.stdout)["files"])
    assert names == ["four.md", "two.md"]
    r = run_cli("check", str(repo), "--changed-since", "no-such-ref")
    assert r.exit_code == 2 and "--changed-since" in r.stderr


class _Site(BaseHTTPRequestHandler):
    def log_message(self, *a):
        pass

    def do_GET(self):
        routes = {
            "/article": (200, "text/html; charset=utf-8",
                         b"<html lang=en><head><title>T</title></head><body><p>He could of won.</p></body></html>"),
            "/moved": (301, "text/html", b""),
            "/loop": (302, "text/html", b""),
            "/data": (200, "application/json", b"{}"),
            "/big": (200, "text/html", b"<p>" + b"x" * 200_000 + b"</p>"),
            "/tofile": (302, "text/html", b""),
        }
        code, ctype, body = routes.get(self.path, (404, "text/plain", b"missing"))
        self.send_response(code)
        self.send_header("Content-Type", ctype)
        if self.path == "/moved":
            self.send_header("Location", "/article")
        if self.path == "/loop":
            self.send_header("Location", "/loop")
        if self.path == "/tofile":
            self.send_header("Location", "file:///etc/passwd")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


@pytest.fixture
def site():
    srv = ThreadingHTTPServer(("127.0.0.1", 0), _Site)
    t = threading.Thread(target=srv.serve_forever, daemon=True)
    t.start()
    yield f"http://127.0.0.1:{srv.server_address[1]}"
    srv.shutdown()
    srv.server_close()


def test_urls_are_fetched_with_limits(run_cli, site, tmp_path):
    (tmp_path / ".auditor.toml").write_text("max-file-size = 100000\n")
    args = ["check", f"{site}/article", f"{site}/moved", f"{site}/loop", f"{site}/data", f"{site}/big",
            f"{site}/tofile", f"{site}/missing", "file:///etc/passwd", "--select", "G310", "--format", "json",
            "--config", str(tmp_path / ".auditor.toml")]
    r = run_cli(*args)
    rep = json.loads(r.stdout)
    audited = {f["path"].rsplit("/", 1)[-1]: f for f in rep["files"]}
    assert set(audited) == {"article", "moved"}
    assert audited["article"]["findings"][0]["code"] == "G310"
    errs = {e["path"].rsplit("/", 1)[-1]: e["message"] for e in rep["errors"]}
    assert "too many redirects" in errs["loop"]
    assert "not an HTML page" in errs["data"]
    assert "over the limit" in errs["big"]
    assert "only http and https" in errs["tofile"] and "only http and https" in errs["passwd"]
    assert "HTTP 404" in errs["missing"]
