"""SEO rules across formats, with exact positions at the offending element."""
import json
from pathlib import Path

from auditor import audit_paths, audit_text
from auditor.checks.seo import title_pixels
from auditor.checks.seo_keyphrase import contains, stem


def found(entry, code):
    return [(f["line"], f["column"], f["end_line"], f["end_column"]) for f in entry["findings"] if f["code"] == code]


def test_markdown_fields_point_at_front_matter_keys():
    md = ("---\ntitle: Short\ndescription: Tiny.\ncanonical: example.org/a\nrobots: noindex\nslug: Über_uns\n"
          "---\n# One\n\nText with ![](cat.jpg) an image.\n\n# Two\n\n#### Four\n\nSee [here](https://x.org).\n")
    e = audit_text(md, "markdown", "a.md", select=["seo"])
    assert found(e, "S603") == [(2, 1, 2, 13)]      # title: Short
    assert found(e, "S604") == [(3, 1, 3, 19)]      # description
    assert found(e, "S612") == [(4, 1, 4, 25)]      # canonical
    assert found(e, "S614") == [(5, 1, 5, 16)]      # robots
    assert found(e, "S617") == [(6, 1, 6, 15)]      # slug
    assert found(e, "S605") == [(10, 11, 10, 23)]     # ![](cat.jpg)
    assert found(e, "S607") == [(12, 3, 12, 6)]     # second "# Two"
    assert found(e, "S608") == [(14, 6, 14, 10)]    # "#### Four" text
    assert found(e, "S609") == [(16, 5, 16, 26)]    # [here](...)


def test_html_fields_point_at_elements():
    html = ("<html><head>\n<title>Tiny</title>\n<meta name=\"robots\" content=\"noindex\">\n</head>\n<body>\n"
            "<h2>No h1</h2>\n<p>See <a href=\"/x\">click here</a>.</p>\n</body></html>\n")
    e = audit_text(html, "html", "p.html", select=["seo"])
    assert found(e, "S603") == [(2, 1, 2, 20)]
    assert found(e, "S614") == [(3, 1, 3, 39)]
    assert found(e, "S613") == [(1, 1, 1, 7)]
    assert found(e, "S609") == [(7, 8, 7, 21)]  # the <a> start tag
    assert found(e, "S606")  # document-level: no h1


def test_text_gets_content_checks_only():
    e = audit_text("A title\n\nShort body text.", "text", "a.txt", select=["seo"])
    codes = {f["code"] for f in e["findings"]}
    assert codes == {"S610"}
    assert e["checks"]["S601"] == "not-applicable" and e["checks"]["S610"] == "fail"


def test_title_pixels_grow_with_wide_letters():
    assert title_pixels("WWWW") > title_pixels("iiii") * 2


def test_keyphrase_matches_inflections_any_order():
    assert stem("gardens") == stem("gardening") == stem("garden")
    assert contains("Gardening tips for small gardens", "small garden")
    assert not contains("Tips for balconies", "small garden")


def test_keyphrase_from_cli_overrides_front_matter():
    md = "---\ntitle: City budget\nkeyphrase: city budget\n---\nThe city budget grew.\n"
    e = audit_text(md, "markdown", "a.md", select=["S630"], keyphrase="river walk")
    assert found(e, "S630") == [(2, 1, 2, 19)]


def test_broken_internal_links_against_files_on_disk(tmp_path):
    (tmp_path / "a.md").write_text("# A\n\n[ok](b.md) [gone](missing.md) [img](pic.png) [anchor](b.md#nope)\n")
    (tmp_path / "b.md").write_text("# B\n\n## Part\n\nText.\n")
    (tmp_path / "pic.png").write_bytes(b"\x89PNG")
    report = audit_paths([str(tmp_path)], select=["S623"])
    by = {f["path"].rsplit("/", 1)[-1]: f for f in report["files"]}
    msgs = sorted(f["message"] for f in by["a.md"]["findings"])
    assert len(msgs) == 2
    assert "missing.md" in msgs[1] and "#nope" in msgs[0]
    assert found(by["a.md"], "S623") == [(3, 12, 3, 30), (3, 46, 3, 65)]
    json.dumps(report)


def test_near_duplicates_get_one_finding_per_document_naming_the_closest(tmp_path):
    body = " ".join(f"Sentence number {i} tells the council story about parks and roads in the city." for i in range(30))
    (tmp_path / "a.md").write_text("# A\n\n" + body + "\n", encoding="utf-8")
    (tmp_path / "b.md").write_text("# B\n\n" + body + " One more line.\n", encoding="utf-8")
    (tmp_path / "c.md").write_text("# C\n\n" + body + " Two more lines here. And another one.\n", encoding="utf-8")
    (tmp_path / "d.md").write_text("# D\n\n" + "A storm closed the coast road and crews worked to clear it. " * 20,
                                   encoding="utf-8")
    from auditor import audit_paths

    rep = audit_paths([str(tmp_path)])
    got = {Path(e["path"]).name: [f for f in e["findings"] if f["code"] == "S622"] for e in rep["files"]}
    assert got["d.md"] == []
    for name, others in (("a.md", ("b.md", "c.md")), ("b.md", ("a.md", "c.md")), ("c.md", ("b.md", "a.md"))):
        assert len(got[name]) == 1, got[name]
        msg = got[name][0]["message"]
        assert msg.startswith("Content is ") and "and 1 other document (" in msg, msg
        assert all(o in msg for o in others), msg
        assert (got[name][0]["line"], got[name][0]["column"]) == (1, 1)
