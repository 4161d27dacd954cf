"""The HTML report in a real headless Chromium: no console errors, highlights where the findings say,
filters that work, nothing from an article runs, and a screenshot kept as a test artifact."""
import json
import shutil
from pathlib import Path

import pytest

from test_reports import EVIL

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
ARTIFACTS = ROOT / "reports" / "test-artifacts"

try:
    from playwright.sync_api import sync_playwright
except ImportError:  # pragma: no cover - the test extra installs it
    sync_playwright = None

pytestmark = pytest.mark.skipif(
    CHROMIUM is None or sync_playwright is None,
    reason="headless Chromium not available: install Debian's `chromium` (.ci/run does) and the test extra "
           "(playwright)")


@pytest.fixture(scope="module")
def browser():
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox", "--disable-gpu"])
        yield b
        b.close()


def _report(run_cli, tmp_path, files):
    for name, text in files.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    out = tmp_path / "out"
    r = run_cli("check", str(tmp_path), "--format", "html", "--format", "json", "--output-dir", str(out),
                "--exit-zero", "-q")
    assert r.exit_code == 0, r.output
    return out


def _open(browser, path):
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    problems = []
    page.on("console", lambda m: problems.append(m.text) if m.type in ("error", "warning") else None)
    page.on("pageerror", lambda e: problems.append(f"page error: {e}"))
    page.on("dialog", lambda d: (problems.append(f"dialog: {d.message}"), d.dismiss()))
    page.goto(path.as_uri())
    page.wait_for_load_state("load")
    return page, problems


def test_report_loads_highlights_filters_and_screenshot(browser, run_cli, tmp_path):
    src = (ROOT / "examples" / "seed-article.txt").read_text(encoding="utf-8")
    md = (ROOT / "examples" / "garden-guide.md").read_text(encoding="utf-8")
    out = _report(run_cli, tmp_path, {"seed-article.txt": src, "garden-guide.md": md})
    report = json.loads((out / "auditor.json").read_text())
    page, problems = _open(browser, out / "auditor.html")
    assert problems == []
    # every text finding is highlighted over exactly the text its line:column range names
    checked = 0
    for di, entry in enumerate(report["files"]):
        source = (tmp_path / Path(entry["path"]).name).read_text(encoding="utf-8")
        lines = source.split("\n")
        for fi, f in enumerate(entry["findings"]):
            mark = page.locator(f"#m-{di}-{fi}")
            if mark.count() == 0:
                continue
            if f["line"] == f["end_line"]:
                want = lines[f["line"] - 1][f["column"] - 1:f["end_column"] - 1]
                got = mark.inner_text()
                assert " ".join(got.split()) == " ".join(want.split()), (f, got, want)
                checked += 1
    assert checked >= 10
    seed = [i for i, e in enumerate(report["files"]) if e["path"].endswith("seed-article.txt")][0]
    truncation = page.locator(f"section#doc-{seed} mark.cat-truncation").first
    assert "make" in truncation.inner_text()  # "...they will eventually make" in the seed article
    # filters: turn off warnings -> warning items hidden, warning highlights switched off
    n_warn = page.locator("ol.findings li[data-sev=warning]").count()
    assert n_warn > 0
    before = int(page.locator("#shown-count").inner_text())
    page.locator("input[data-filter-sev=warning]").uncheck()
    assert page.locator("ol.findings li[data-sev=warning].hidden").count() == n_warn
    assert page.locator("mark.sev-warning:not(.off)").count() == 0
    assert int(page.locator("#shown-count").inner_text()) == before - n_warn
    page.locator("input[data-filter-sev=warning]").check()
    # clicking a highlight shows its details (message, rule, how to fix)
    truncation.click()
    panel = page.locator("#panel")
    assert panel.is_visible() and "T101" in panel.inner_text() and "How to fix" in panel.inner_text()
    # sorting the documents table by score
    page.locator("#documents th button", has_text="score").click()
    scores = [int(x) for x in page.locator("#documents tbody td:nth-child(2)").all_inner_texts()]
    assert scores == sorted(scores)
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "report.png"), full_page=False)
    page.screenshot(path=str(tmp_path / "report.png"))
    assert (ARTIFACTS / "report.png").stat().st_size > 10_000
    assert problems == []
    page.close()


def test_article_content_never_runs(browser, run_cli, tmp_path):
    out = _report(run_cli, tmp_path, {"evil.txt": EVIL, "evil.html": "<html><body><h1>X</h1><p>Hi "
                                      "<img src=x onerror=\"window.__pwned=1\"> <a href=\"javascript:alert(1)\">"
                                      "click here</a> &lt;/script&gt;&lt;script&gt;alert(2)&lt;/script&gt;</p>"
                                      "</body></html>"})
    page, problems = _open(browser, out / "auditor.html")
    assert page.evaluate("typeof window.__pwned") == "undefined"
    assert page.locator("img").count() == 0
    assert page.locator("a[href^='javascript']").count() == 0
    assert "<script>alert(1)</script>" in page.locator("body").inner_text()  # shown as text
    assert not [p for p in problems if "dialog" in p]
    assert problems == []
    page.close()
