"""Engine: isolation of a failing rule, suppressions, config and pack errors, scoring."""
from pathlib import Path
import textwrap

import pytest

from auditor.api import Auditor
from auditor.config import Config, load_config
from auditor.errors import ConfigError
from auditor.packs import load_pack_file
from auditor.registry import Rule


def test_failing_rule_is_isolated():
    aud = Auditor(Config(), select=["T101", "B201"])

    def boom(doc, ctx):
        raise ValueError("kaput")

    aud.rules.append(Rule(code="X999", name="always-fails", category="style", severity="error", func=boom,
                          doc="What it does: x\nWhy it matters: y\nHow to fix: z"))
    aud.rules_by_code["X999"] = aud.rules[-1]
    entry, facts, err = aud.audit_source("Title\n\nIt stops at the\n\nBack to top", "a.txt")
    rep = aud.finish([entry], {"a.txt": facts}, [])
    f = rep["files"][0]
    assert [e["code"] for e in f["rule_errors"]] == ["X999"]
    assert "ValueError: kaput" in f["rule_errors"][0]["message"]
    assert {x["code"] for x in f["findings"]} == {"T101", "B201"}


def test_suppressions_html_and_markdown():
    html = ("<p>Back to top</p>\n<!-- auditor-disable B201 -->\n<p>Back to top</p>\n<!-- auditor-enable -->\n"
            "<p>Back to top</p>\n<!-- auditor-ignore-next-line boilerplate-leftover -->\n<p>Back to top</p>\n")
    aud = Auditor(Config(), select=["B201"])
    e, _, _ = aud.audit_source(html, "a.html")
    assert [f["line"] for f in e["findings"]] == [1, 5]
    md = "# T\n\n<!-- auditor-ignore-next-line B201 -->\nBack to top\n\nBack to top\n"
    e, _, _ = aud.audit_source(md, "a.md")
    assert [f["line"] for f in e["findings"]] == [6]


def test_config_unknown_key_is_error(tmp_path):
    (tmp_path / ".auditor.toml").write_text("select = ['T']\nbogus = 1\n")
    with pytest.raises(ConfigError, match="unknown key 'bogus'"):
        load_config(start=tmp_path)


def test_config_found_in_pyproject_and_applied(tmp_path):
    (tmp_path / "pyproject.toml").write_text(textwrap.dedent("""
        [tool.auditor]
        ignore = ["B201"]
        severity = { truncated-sentence = "warning" }
        weights = { truncation = 5 }
        [tool.auditor.rules.long-sentence]
        max-words = 10
    """))
    sub = tmp_path / "articles"
    sub.mkdir()
    cfg = load_config(start=sub)
    assert cfg.source.endswith("pyproject.toml")
    aud = Auditor(cfg)
    assert "B201" not in {r.code for r in aud.rules}
    e, f, _ = aud.audit_source("Title\n\nIt stops at the", "a.txt")
    rep = aud.finish([e], {"a.txt": f}, [])
    t = [x for x in rep["files"][0]["findings"] if x["code"] == "T101"]
    assert t and t[0]["severity"] == "warning"


def test_config_bad_rule_option(tmp_path):
    (tmp_path / ".auditor.toml").write_text("[rules.long-sentence]\nmax-wordz = 3\n")
    with pytest.raises(ConfigError, match="unknown option 'max-wordz'"):
        Auditor(load_config(start=tmp_path))
    (tmp_path / ".auditor.toml").write_text("[rules.no-such-rule]\nx = 3\n")
    with pytest.raises(ConfigError, match="no-such-rule.*no such rule"):
        Auditor(load_config(start=tmp_path))


def test_pack_errors_name_file_and_rule(tmp_path):
    p = tmp_path / "mine.toml"
    p.write_text('[[rule]]\ncode = "Y701"\nname = "x"\ncategory = "style"\nseverity = "info"\nkind = "existence"\n'
                 'message = "m"\ntokens = ["(unclosed"]\n')
    with pytest.raises(ConfigError, match=r"mine.toml: rule Y701: invalid regular expression"):
        load_pack_file(p)
    p.write_text('[[rule]]\ncode = "Y701"\nname = "x"\ncategory = "style"\nseverity = "info"\nkind = "existence"\n'
                 'message = "m"\ntokens = ["a"]\nfrobnicate = true\n')
    with pytest.raises(ConfigError, match=r"mine.toml: rule Y701: unknown key 'frobnicate'"):
        load_pack_file(p)


def test_user_pack_dir_adds_rules(tmp_path):
    (tmp_path / "packs").mkdir()
    (tmp_path / "packs" / "house.toml").write_text(
        '[[rule]]\ncode = "Y701"\nname = "house-style"\ncategory = "style"\nseverity = "warning"\n'
        'kind = "substitution"\nmessage = "Use {suggestion}"\nswap = { "e-mail" = "email" }\n'
        'doc = "What it does: a\\nWhy it matters: b\\nHow to fix: c"\n')
    (tmp_path / ".auditor.toml").write_text('packs = ["packs"]\n')
    aud = Auditor(load_config(start=tmp_path), select=["Y701"])
    e, _, _ = aud.audit_source("Title\n\nSend an e-mail today.", "a.txt")
    (f,) = e["findings"]
    assert (f["code"], f["line"], f["column"], f["suggestions"]) == ("Y701", 3, 9, ["email"])


def test_scoring_explains_costs():
    aud = Auditor(Config(), select=["T101", "B201"])
    e, f, _ = aud.audit_source("Title\n\nIt stops at the\n\nBack to top", "a.txt")
    rep = aud.finish([e], {"a.txt": f}, [])
    d = rep["files"][0]
    assert d["categories"]["truncation"]["score"] == 85  # one error costs 15
    assert d["categories"]["boilerplate"]["score"] == 95  # one warning costs 5
    for x in d["findings"]:
        assert x["cost"]["category"] > 0 and 0 < x["cost"]["document"] <= x["cost"]["category"]
    w = {"truncation": 3.0, "boilerplate": 2.0}
    assert d["score"] == round((85 * w["truncation"] + 95 * w["boilerplate"]) / 5)


def test_not_applicable_rules_weigh_zero():
    aud = Auditor(Config(), select=["R501", "T101"])
    e, f, _ = aud.audit_source("Title\n\nShort text here.", "a.txt")
    rep = aud.finish([e], {"a.txt": f}, [])
    cats = rep["files"][0]["categories"]
    assert cats["readability"]["score"] is None and cats["readability"]["rating"] == "not-applicable"
    assert rep["files"][0]["checks"]["R501"] == "not-applicable"  # per-rule status lives in checks
    assert rep["files"][0]["score"] == 100


def test_link_only_block_is_foreign_in_html():
    from auditor import audit_text

    html = ("<article><h1>Budget passes</h1>\n<p>The city council approved the housing budget on Tuesday after debate.</p>\n"
            "<p><a href='/x'>Celebrity chef opens</a> <a href='/y'>third restaurant</a></p>\n"
            "<p>The housing budget passed by seven votes to two in the council chamber.</p></article>")
    entry = audit_text(html, format="html", path="a.html", select=["B205"])
    assert [(f["code"], f["line"], f["column"]) for f in entry["findings"]] == [("B205", 3, 17)]  # the text after <p><a href=...>
    assert "link-only" in entry["findings"][0]["message"]


def test_a_short_note_without_article_text_is_not_page_chrome():
    from auditor import audit_text

    for text, fmt in (("# Good\n\nThis is a fine article.\n", "markdown"), ("Good\n\nThis is a fine article.", "text")):
        assert not audit_text(text, fmt, "n", select=["B205"])["findings"]


def test_structural_chrome_classes_counters_timestamps_menu_rows():
    from auditor import audit_text

    body = "The first paragraph of the article is long enough to count as real prose for the analysis here."
    tail = "The second paragraph of the article continues with more prose and ends here properly."
    for line in ("Image 2 of 5", "Monday 7:30PM", "6h ago", "Home | News | Sport | Weather"):
        e = audit_text(f"Title\n\n{body}\n\n{line}\n\n{tail}", "text", "a.txt", select=["B205"])
        assert [(f["line"], f["excerpt"]) for f in e["findings"]] == [(5, line)], line
    e = audit_text(f"Title\n\n{body} Prices rose 4 | 5 percent.\n\n{tail}", "text", "a.txt", select=["B205"])
    assert not e["findings"]


def test_required_literals_spell_the_strings_a_pattern_needs():
    from auditor.packs import required_literals

    assert required_literals(r"(is|was) to (late|early)\b") == ("is to early", "is to late", "was to early", "was to late")
    assert required_literals(r"([Yy]our) (going|not)\b") == ("your going", "your not")
    assert required_literals(r"you[’']re own\b") == ("you're own", "you’re own")
    assert required_literals(r"(?<!\bI )\btoo (the|an)") == ("too an", "too the")
    assert required_literals(r"foo\d+bar") == ("foo",)
    assert required_literals(r"([a-z]+)[’']S", lower=False) == ("'S", "’S")
    assert required_literals(r"(?:a|b+)c") is None  # nothing of two characters is certain
    # the anchor (cap=2) is the longest short choice: the prepositions are too many to test
    assert required_literals(r"(to|for|with|of|on|in) you[’']re\b", cap=2) == (" you're", " you’re")


def test_required_literals_are_remembered_on_disk_between_runs(tmp_path, monkeypatch):
    from auditor import packs

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.setattr(packs, "_LITERALS_CACHE", None)
    monkeypatch.setattr(packs, "_LITERALS_NEW", False)
    assert packs.required_literals(r"(red|blue) zebra\b") == ("blue zebra", "red zebra")
    packs.save_literals_cache()
    files = list((tmp_path / "auditor").glob("literals-*.marshal"))
    assert len(files) == 1
    # a new run reads the file: the regex is not parsed again
    monkeypatch.setattr(packs, "_LITERALS_CACHE", None)

    def fail(*a, **k):
        raise AssertionError("computed again")

    monkeypatch.setattr(packs, "compute_required_literals", fail)
    assert packs.required_literals(r"(red|blue) zebra\b") == ("blue zebra", "red zebra")


def test_prefilters_never_hide_a_match():
    """For every bad example of the built-in packs, each entry that matches it passes both pre-filters."""
    import re
    import tomllib

    from auditor.packs import required_literals

    root = Path(__file__).resolve().parent.parent / "rules"
    checked = 0
    for pack in root.glob("*.toml"):
        for rule in tomllib.loads(pack.read_text(encoding="utf-8")).get("rule", []):
            flags = 0 if rule.get("ignorecase", True) is False else re.I
            pats = list(rule.get("swap", {})) + list(rule.get("patterns", []))
            for fam in rule.get("family", []):
                pats += fam.get("patterns", [])
            for example in (rule.get("examples") or {}).get("bad", []):
                for pat in pats:
                    if re.search(pat, example, flags) is None:
                        continue
                    checked += 1
                    text = example.lower() if flags else example
                    for cap in (2, 48):
                        lits = required_literals(pat, cap=cap, lower=bool(flags))
                        assert lits is None or any(t in text for t in lits), (pat, example, lits)
    assert checked >= 30


@pytest.mark.parametrize("user", [False, True])
def test_whole_block_match_tries_every_alternative(tmp_path, user):
    """"share on twitter" is a whole block although a shorter alternative matches its start first; the same
    holds for a user's pack (compiled with `regex`, searched with a timeout)."""
    pack = ('[[rule]]\ncode = "Y702"\nname = "house-chrome"\ncategory = "boilerplate"\nseverity = "warning"\n'
            'kind = "existence"\nmatch = "whole-block"\nscope = ["paragraph", "heading"]\nmessage = "Chrome: {match}"\n'
            'tokens = ["share( on)?", "share on (twitter|facebook)", "follow us"]\n'
            'doc = "What it does: a\\nWhy it matters: b\\nHow to fix: c"\n')
    text = "Title\n\nShare on Twitter\n\nWe will share on Twitter what we learn from the survey.\n\n» Follow us «\n"
    if user:
        (tmp_path / "packs").mkdir()
        (tmp_path / "packs" / "house.toml").write_text(pack)
        (tmp_path / ".auditor.toml").write_text('packs = ["packs"]\n')
        aud = Auditor(load_config(start=tmp_path), select=["Y702"])
        e, _, _ = aud.audit_source(text, "a.txt")
        got = [(f["line"], f["column"], f["end_column"]) for f in e["findings"]]
    else:
        aud = Auditor(Config(), select=["B201"])
        e, _, _ = aud.audit_source(text, "a.txt")
        got = [(f["line"], f["column"], f["end_column"]) for f in e["findings"]]
    assert got == [(3, 1, 17), (7, 3, 12)]


def test_start_anywhere_pack_entries_without_words_are_skipped_on_lines_missing_their_marks():
    from auditor.packs import _required_marks

    assert _required_marks(r"[\w.+-]+@[\w-]+(\.[\w-]+)+") == {"@"}
    assert _required_marks(r"[\w ,.'’-]{1,160} ?\([\w .&-]{1,30}(/[\w .&-]{1,30}){1,3}\)") == {"(", ")"}
    assert _required_marks(r"(a@b|cd)") == frozenset()  # inside an alternative nothing is required
    from auditor import audit_text
    found = audit_text("Title\n\nThe article text ends properly here with a stop.\n\nnewsdesk@example.com\n", format="text")
    assert [(f["code"], f["line"]) for f in found["findings"] if f["code"] == "B201"] == [("B201", 5)]


def test_a_long_paragraph_of_joined_notice_lines_is_matched_line_by_line():
    from auditor import audit_text

    notices = ["+Results vary with starting point, goals and effort, and proper diet and regular exercise are "
               "needed to keep the weight off, and the people shown may have used more than one of our products "
               "or followed the program for longer than the twelve weeks it takes to finish it once.",
               "*These statements have not been evaluated by the Food and Drug Administration. These products "
               "are not intended to diagnose, treat, cure or prevent any disease.",
               "© 2019 Example Fitness, LLC. All rights reserved."]
    text = ("# Band tour\n\nThe band announced a summer tour on Tuesday, its first in five years, with dates "
            "across the country.\n\n" + "\n".join(notices) + "\n\nTickets go on sale next week.\n")
    found = [(f["code"], f["line"]) for f in audit_text(text, format="markdown")["findings"] if f["code"] == "B201"]
    assert found == [("B201", 5), ("B201", 6), ("B201", 7)]
