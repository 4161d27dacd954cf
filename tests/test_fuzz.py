"""Property-based fuzzing: random and mutated HTML, Markdown, front matter and text through every loader and
every rule. No exception may escape, every position must lie inside the file, and the JSON report must stay
schema-valid. Deterministic (derandomized) so CI runs the same examples every time; inputs that once broke
something are kept in tests/fuzz_corpus/ and replayed."""
import json
from pathlib import Path

import jsonschema
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from auditor.api import Auditor
from auditor.config import Config
from auditor.loaders import load_bytes, load_string
from auditor.report import render

SCHEMA = json.loads((Path(__file__).resolve().parent.parent / "auditor" / "report" / "schema.json").read_text())
CORPUS = Path(__file__).resolve().parent / "fuzz_corpus"
AUD = Auditor(Config())
FUZZ = settings(max_examples=int(__import__("os").environ.get("AUDITOR_FUZZ_EXAMPLES", "60")), deadline=None, derandomize=True, database=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])

HTML_PIECES = ["<p>", "</p>", "<div class='content'>", "</div>", "<article>", "</article>", "<h1>", "</h1>", "<h2>",
               "<script>", "</script>", "<style>", "<!--", "-->", "<![CDATA[", "]]>", "<a href='", "'>", "</a>", "&",
               "&amp;", "&#x1F600;", "&#99999999;", "&nbsp;", "<", ">", "<br>", "<img src=x alt='", "<li>", "<ul>",
               "<table><tr><td>", "<title>", "</title>", "<meta name=description content='", "<html lang=", "\"",
               "<nav>", "</nav>", "<aside>", "<svg><title>", " ", "\n", "\r\n", "\t", "\x00", "😀", "\u2028",
               "The council will vote on ", "Back to top", "Read more", "could of", "an one", "the the", ".", ",",
               "Share this article", "he go", "…"]
MD_PIECES = ["# ", "## ", "#### ", "---\n", "+++\n", "title: x\n", "slug: Über uns\n", "description: 'a\n", "- ",
             "* ", "1. ", "> ", "```", "```python\n", "    code", "[a](b)", "![x](y.png)", "[x]: http://a", "<!-- ",
             "-->", "<div>", "|a|b|\n|-|-|\n|c|d|\n", "***", "_", "*", "`", "\\", "{{ title }}", "[caption id=1]",
             "&amp;", "\n", "\n\n", "\r", " ", "\t", "😀", "\x00", "keyphrase: x\n", "!!python/object:os.system\n",
             "The council will vote on ", "Related Articles", "Its a test", "they was", "."]


def _check(data, fmt):
    name = {"html": "f.html", "markdown": "f.md", "text": "f.txt"}[fmt]
    entry, facts, err = AUD.audit_source(data, name, fmt)
    if err is not None:
        assert isinstance(err, str) and err
        rep = AUD.finish([], {}, [{"path": name, "message": err}])
    else:
        rep = AUD.finish([entry], {name: facts}, [])
        text = (load_bytes(data, name, fmt) if isinstance(data, bytes) else load_string(data, name, fmt)).source
        lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
        for f in rep["files"][0]["findings"]:
            assert 1 <= f["line"] <= len(lines) and 1 <= f["end_line"] <= len(lines), f
            assert (f["line"], f["column"]) <= (f["end_line"], f["end_column"]), f
            assert 1 <= f["column"] <= len(lines[f["line"] - 1]) + 1, f
            assert 1 <= f["end_column"] <= len(lines[f["end_line"] - 1]) + 1, f
        assert not rep["files"][0]["rule_errors"], rep["files"][0]["rule_errors"]
    out = render(rep, "json")
    jsonschema.validate(json.loads(out), SCHEMA)
    for fmt_out in ("text", "sarif", "junit", "github", "markdown", "html"):
        render(rep, fmt_out)


@FUZZ
@given(st.binary(max_size=3000), st.sampled_from(["html", "markdown", "text"]))
def test_random_bytes(data, fmt):
    _check(data, fmt)


@FUZZ
@given(st.lists(st.sampled_from(HTML_PIECES), max_size=80))
def test_html_fragments(pieces):
    _check("".join(pieces).encode("utf-8"), "html")


@FUZZ
@given(st.lists(st.sampled_from(MD_PIECES), max_size=80))
def test_markdown_and_front_matter(pieces):
    _check("".join(pieces).encode("utf-8"), "markdown")


@FUZZ
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=2000))
def test_random_unicode_text(text):
    _check(text.encode("utf-8"), "text")


@FUZZ
@given(st.text(max_size=400), st.sampled_from(["html", "markdown", "text"]))
def test_str_input_with_lone_surrogates(text, fmt):
    _check(text, fmt)  # the Python API takes str; lone surrogates must not break loaders or writers


ADVERSARIAL = {
    "deep-nesting.html": b"<div>" * 10000 + b"text" + b"</div>" * 10000,
    "many-headings.md": b"".join(b"# Heading %d\n\n" % i for i in range(10000)),
    "unclosed-comment.html": b"<p>before</p><!-- never closed " + b"x" * 100000,
    "unclosed-cdata.html": b"<p>a</p><![CDATA[ " + b"y" * 100000,
    "huge-attribute.html": b"<p title='" + b"a" * 1_000_000 + b"'>text</p>",
    "long-line.txt": b"Title\n\n" + b"word " * 200000,
    "nuls.txt": b"Title\n\nsome\x00text\x00here",
    "invalid-utf8.md": b"# T\n\n\xff\xfe\xc3\x28 bad bytes \xe2\x82",
    "yaml-object.md": b"---\ntitle: !!python/object/apply:os.system ['echo pwned']\n---\nBody.\n",
    "table-explosion.md": b"|" + b"a|" * 5000 + b"\n|" + b"-|" * 5000 + b"\n",
}


@pytest.mark.parametrize("name", sorted(ADVERSARIAL))
def test_adversarial_inputs(name):
    fmt = {"html": "html", "md": "markdown", "txt": "text"}[name.rsplit(".", 1)[1]]
    _check(ADVERSARIAL[name], fmt)


@pytest.mark.parametrize("path", sorted(CORPUS.glob("*")), ids=lambda p: p.name)
def test_regression_corpus(path):
    fmt = {".html": "html", ".md": "markdown"}.get(path.suffix, "text")
    _check(path.read_bytes(), fmt)


def test_yaml_front_matter_is_never_executed(tmp_path):
    marker = tmp_path / "pwned"
    data = f"---\ntitle: !!python/object/apply:os.system ['touch {marker}']\n---\nBody.\n".encode()
    entry, _, err = AUD.audit_source(data, "x.md", "markdown")
    assert err and "front matter" in err
    assert not marker.exists()
