"""The LanguageTool adapter against a real HTTP server on 127.0.0.1 that speaks LT's /v2 API."""
import json
import socket
import time

import pytest
from lt_server import LTServer

from auditor import audit_paths, audit_text
from auditor.config import Config
from auditor.services.languagetool import utf16_to_index


def cfg(tmp_path=None, **lt):
    c = Config()
    c.languagetool = {"cache": str(tmp_path / "ltcache") if tmp_path else False, **lt}
    return c


def lt_findings(entry):
    return [f for f in entry["findings"] if f["code"] in ("G390", "P490")]


def expected(source, needle):
    i = source.index(needle)
    before = source[:i]
    return before.count("\n") + 1, i - (before.rfind("\n") + 1) + 1


def test_utf16_offsets_map_to_python_indexes():
    text = "a😀b"
    conv = utf16_to_index(text)
    assert [conv(u) for u in range(5)] == [0, 1, 1, 2, 3]


def test_positions_exact_after_emoji_entities_and_markup():
    html = ("<html lang=\"en-GB\"><head><title>T</title></head><body>\n<p>Caf&eacute; 😀😀 and <b>more</b>: "
            "he go home.</p>\n<p>The 🎉 comittee met.</p>\n</body></html>\n")
    with LTServer() as srv:
        e = audit_text(html, "html", "a.html", config=cfg(), select=["G390", "P490"], languagetool_url=srv.url)
        assert len(srv.checks) == 1  # one request per document, not per block
        form = srv.checks[0]["form"]
        assert srv.checks[0]["ctype"].startswith("application/x-www-form-urlencoded")
        assert form["language"] == "en-GB"  # the page's lang
        assert "he go home." in form["text"] and "comittee" in form["text"]
    got = {f["rule_id"]: (f["line"], f["column"], f["end_line"], f["end_column"], f["suggestions"])
           for f in lt_findings(e)}
    l, c = expected(html, "he go")
    assert got["grammar/LT:HE_VERB_AGR"] == (l, c, l, c + 5, ["he goes"])
    l, c = expected(html, "comittee")
    assert got["spelling/LT:MORFOLOGIK_RULE_EN_US"] == (l, c, l, c + 8, ["committee"])


def test_markdown_positions_and_categories():
    md = "---\ntitle: T\n---\n# Head\n\nFirst 👍 para , with a slip.\n\nShe go *to* teh shop.\n"
    with LTServer() as srv:
        e = audit_text(md, "markdown", "a.md", config=cfg(), select=["G390", "P490"], languagetool_url=srv.url)
    by = {f["rule_id"]: f for f in lt_findings(e)}
    f = by["grammar/LT:COMMA_PARENTHESIS_WHITESPACE"]
    assert (f["line"], f["column"]) == expected(md, " ,") and f["severity"] == "warning"
    f = by["grammar/LT:HE_VERB_AGR"]
    assert (f["line"], f["column"]) == expected(md, "She go") and f["severity"] == "error"
    f = by["spelling/LT:MORFOLOGIK_RULE_EN_US"]
    assert (f["line"], f["column"]) == expected(md, "teh") and f["category"] == "spelling"


def test_builtin_and_languagetool_findings_are_merged_without_duplicates():
    with LTServer() as srv:
        e = audit_text("T\n\nShe bought an one-day pass.", "text", "a.txt", config=cfg(),
                       select=["G302", "G390", "P490"], languagetool_url=srv.url)
    assert [f["code"] for f in e["findings"]] == ["G302"]


def test_cache_skips_unchanged_text_and_keys_on_rule_config(tmp_path):
    text = "T\n\nHe go to school."
    with LTServer() as srv:
        audit_text(text, "text", "a.txt", config=cfg(tmp_path), select=["G390"], languagetool_url=srv.url)
        e = audit_text(text, "text", "a.txt", config=cfg(tmp_path), select=["G390"], languagetool_url=srv.url)
        assert len(srv.checks) == 1 and lt_findings(e)
        audit_text(text, "text", "a.txt", config=cfg(tmp_path, **{"disabled-rules": ["HE_VERB_AGR"]}),
                   select=["G390"], languagetool_url=srv.url)
        assert len(srv.checks) == 2
        assert srv.checks[1]["form"]["disabledRules"] == "HE_VERB_AGR"


def _free_port():
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    return port


@pytest.mark.parametrize("mode", ["refused", "error500", "garbage", "nomatches", "slow"])
def test_failures_degrade_with_a_warning(mode, tmp_path):
    for i in range(5):
        (tmp_path / f"d{i}.txt").write_text(f"Title {i}\n\nHe go to school. It was fine.\n")
    c = cfg(timeout=0.3)
    t0 = time.perf_counter()
    if mode == "refused":
        url = f"http://127.0.0.1:{_free_port()}"
        rep = audit_paths([str(tmp_path)], config=c, select=["G301", "G390"], languagetool_url=url)
        n_requests = None
    else:
        with LTServer(mode, delay=1.0) as srv:
            rep = audit_paths([str(tmp_path)], config=c, select=["G301", "G390"], languagetool_url=srv.url)
            n_requests = len(srv.checks)
    assert time.perf_counter() - t0 < 10
    assert rep["services"]["languagetool"]["status"] == "unavailable"
    assert any("languagetool unavailable" in w and "127.0.0.1" in w for w in rep["warnings"])
    assert len(rep["files"]) == 5 and not rep["errors"]
    for f in rep["files"]:
        assert f["checks"]["G390"] == "unavailable" and f["checks"]["G301"] == "pass"
        assert f["unavailable"][0]["code"] == "G390"
        assert "grammar" in f["categories"]  # built-in grammar still scored
    if n_requests is not None:
        assert n_requests <= 2 * 4 + 2  # one retry per document, then the service is given up on


def test_rate_limit_is_retried_once():
    with LTServer("ratelimit-once") as srv:
        e = audit_text("T\n\nHe go home.", "text", "a.txt", config=cfg(), select=["G390"], languagetool_url=srv.url)
        assert len(srv.checks) == 2
    assert lt_findings(e)


def test_documents_are_checked_concurrently(tmp_path):
    for i in range(8):
        (tmp_path / f"d{i}.txt").write_text(f"Title {i}\n\nHe go to school number {i}.\n")
    with LTServer("slow", delay=0.4) as srv:
        t0 = time.perf_counter()
        rep = audit_paths([str(tmp_path)], config=cfg(concurrency=4), select=["G390"], languagetool_url=srv.url)
        dt = time.perf_counter() - t0
    assert rep["services"]["languagetool"]["status"] == "ok"
    assert all(lt_findings(f) for f in rep["files"])
    assert dt < 8 * 0.4 * 0.6, dt  # serial would take 3.2 s


def test_cli_strict_exits_2_when_languagetool_is_down(run_cli, tmp_path):
    p = tmp_path / "a.txt"
    p.write_text("Title\n\nA fine sentence.\n")
    url = f"http://127.0.0.1:{_free_port()}"
    r = run_cli("check", str(p), "--languagetool-url", url, "--select", "G390", "--format", "json")
    assert r.exit_code == 0
    rep = json.loads(r.stdout)
    assert rep["services"]["languagetool"]["status"] == "unavailable"
    assert url in r.stderr
    r = run_cli("check", str(p), "--languagetool-url", url, "--select", "G390", "--strict")
    assert r.exit_code == 2


def test_not_configured_is_not_applicable(monkeypatch):
    monkeypatch.delenv("AUDITOR_LANGUAGETOOL_URL", raising=False)
    monkeypatch.delenv("LTP_PATH", raising=False)
    e = audit_text("T\n\nHe go home.", "text", "a.txt", config=cfg(), select=["G390"])
    assert e["checks"]["G390"] == "not-applicable"


def test_env_var_configures_the_server(monkeypatch):
    with LTServer() as srv:
        monkeypatch.setenv("AUDITOR_LANGUAGETOOL_URL", srv.url)
        e = audit_text("T\n\nHe go home.", "text", "a.txt", config=cfg(), select=["G390"])
    assert lt_findings(e)


def test_languagetool_status_command(run_cli, monkeypatch):
    monkeypatch.delenv("AUDITOR_LANGUAGETOOL_URL", raising=False)
    monkeypatch.delenv("LTP_PATH", raising=False)
    r = run_cli("languagetool", "status")
    assert r.exit_code == 0 and "not configured" in r.stdout
    with LTServer() as srv:
        r = run_cli("languagetool", "status", "--languagetool-url", srv.url)
    assert r.exit_code == 0 and "ok, 2 languages" in r.stdout
    r = run_cli("languagetool", "status", "--languagetool-url", f"http://127.0.0.1:{_free_port()}")
    assert r.exit_code == 2


def test_local_mode_without_install_degrades_and_never_downloads(monkeypatch, tmp_path):
    monkeypatch.delenv("AUDITOR_LANGUAGETOOL_URL", raising=False)
    monkeypatch.setenv("LTP_PATH", str(tmp_path / "lt"))  # empty: nothing installed
    (tmp_path / "lt").mkdir()
    e_report = audit_paths([str(_write(tmp_path))], config=cfg(), select=["G390"])
    st = e_report["services"]["languagetool"]
    assert st["status"] == "unavailable" and "install" in st["error"]
    assert list((tmp_path / "lt").iterdir()) == []  # nothing was downloaded


def _write(tmp_path):
    p = tmp_path / "a.txt"
    p.write_text("Title\n\nHe go home.\n")
    return p
