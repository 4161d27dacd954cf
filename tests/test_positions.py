"""Positions are a contract: block offsets map to 1-based line/column in the original file."""
import pytest

from auditor import audit_text
from auditor.loaders import load_bytes, load_string


def expected(source: str, needle: str):
    """Line/column of ``needle`` in ``source`` counted the way editors count (CRLF/CR/LF)."""
    i = source.index(needle)
    before = source[:i].replace("\r\n", "\n").replace("\r", "\n")
    line = before.count("\n") + 1
    col = len(before) - (before.rfind("\n") + 1) + 1
    return line, col


def locate(doc, word):
    for b in doc.blocks:
        j = b.text.find(word)
        if j >= 0:
            s, e = b.src_span(j, j + len(word))
            return doc.index.line_col(s), doc.index.line_col(e), doc.source[s:e]
    raise AssertionError(f"{word!r} not in any block: {[b.text for b in doc.blocks]}")


HTML = (
    "<!DOCTYPE html>\r\n<html lang=en><head><title>T &amp; Co</title></head>\r\n<body>\r\n"
    "<article><h1>Head&nbsp;line</h1>\r\n"
    "<p>Caf&eacute; <em>crème</em>   and\r\n\t<a href='#'>LINKWORD</a> &#x1F600; after😀EMOJI end.</p>\r\n"
    "<ul><li>item\tTABBED here</li></ul>\r\n"
    "<script>var x = '<p>NOTTEXT</p>';</script>\r\n"
    "<p>ZEBRA &lt;tag&gt; ok</p></article></body></html>\r\n"
)


@pytest.mark.parametrize("word,raw", [("LINKWORD", "LINKWORD"), ("EMOJI", "EMOJI"), ("ZEBRA", "ZEBRA"),
                                      ("TABBED", "TABBED"), ("crème", "crème")])
def test_html_positions(word, raw):
    doc = load_string(HTML, "x.html")
    start, end, text = locate(doc, word)
    assert start == expected(HTML, raw)
    assert text == raw
    assert end == (start[0], start[1] + len(raw))


def test_html_entities_and_whitespace_map_to_source():
    doc = load_string(HTML, "x.html")
    para = next(b for b in doc.blocks if "Café" in b.text)
    assert para.text.startswith("Café crème and LINKWORD 😀 after😀EMOJI end.")
    # "é" comes from "&eacute;": it maps to the whole entity
    j = para.text.index("é")
    s, e = para.src_span(j, j + 1)
    assert HTML[s:e] == "&eacute;"
    # the collapsed run "   and\r\n\t" space maps into the source whitespace
    k = para.text.index(" and")
    s, e = para.src_span(k, k + 1)
    assert HTML[s:e].strip() == ""
    assert not any("NOTTEXT" in b.text for b in doc.blocks)
    assert doc.meta["title"] == "T & Co" and doc.meta["lang"] == "en"
    assert [b.kind for b in doc.blocks] == ["title", "paragraph", "list_item", "paragraph"]


def test_html_bom_and_charset():
    raw = "\ufeff<p>Ünïcode WORD here.</p>".encode("utf-8")
    doc = load_bytes(raw, "a.html")
    (line, col), _, text = locate(doc, "WORD")
    assert (line, col) == (1, 12) and text == "WORD"  # the BOM is not a column
    latin = '<meta charset="iso-8859-1"><p>Caf\xe9 WORD.</p>'.encode("latin-1")
    doc = load_bytes(latin, "b.html")
    assert "Café WORD." in [b.text for b in doc.blocks]


MD = (
    "---\ntitle: Front matter title\ndescription: Desc\n---\n\n"
    "# Heading *one*\n\n"
    "Para with **bold** and [a link](http://x.y) and `code` then\r\nsecond LINE2 here &amp; there.\n\n"
    "> quoted text QUOTEWORD\n> continues\n\n"
    "- item one\n- item ITEMWORD 🎉 two\n\n"
    "| a | b |\n|---|---|\n| cell | CELLWORD |\n\n"
    "```\ncode CODEWORD\n```\n"
)


@pytest.mark.parametrize("word", ["link", "LINE2", "QUOTEWORD", "ITEMWORD", "CELLWORD", "bold", "two", "CODEWORD"])
def test_markdown_positions(word):
    doc = load_string(MD, "x.md")
    start, end, text = locate(doc, word)
    if word == "two":
        assert start == expected(MD, "two")
    else:
        assert start == expected(MD, word)
    assert text == word


def test_markdown_structure_and_front_matter():
    doc = load_string(MD, "x.md")
    kinds = [(b.kind, b.text) for b in doc.blocks]
    assert kinds[0] == ("title", "Heading one")
    assert ("paragraph", "Para with bold and a link and code then second LINE2 here & there.") in kinds
    assert ("quote", "quoted text QUOTEWORD continues") in kinds
    assert ("table_cell", "CELLWORD") in kinds
    assert ("code", "code CODEWORD") in kinds
    assert doc.meta["title"] == "Front matter title" and doc.meta["description"] == "Desc"


TEXT = "Title line\r\n\r\nFirst para with\ttab and 🎉 emoji then TARGET word.\r\n\r\nA Heading Here\r\n\r\nLast para ends on the"


def test_text_positions_crlf_tabs_emoji():
    doc = load_string(TEXT, "x.txt")
    start, end, text = locate(doc, "TARGET")
    assert start == expected(TEXT, "TARGET") == (3, 38)
    assert [b.kind for b in doc.blocks] == ["title", "paragraph", "heading", "paragraph"]


def test_finding_positions_in_report():
    entry = audit_text(TEXT, format="text", path="x.txt", select=["T101"])
    (f,) = entry["findings"]
    assert (f["code"], f["line"], f["column"], f["end_line"], f["end_column"]) == ("T101", 7, 11, 7, 22)
    assert f["excerpt"] == "on the"[-6:] or f["excerpt"].endswith("on the")


def test_seed_article_lines(tmp_path):
    from pathlib import Path

    seed = Path(__file__).resolve().parent.parent / "examples" / "seed-article.txt"
    from auditor import audit_paths

    rep = audit_paths([str(seed)])
    fs = rep["files"][0]["findings"]
    t101 = [f for f in fs if f["code"] == "T101"]
    assert [(f["line"], f["column"], f["end_column"]) for f in t101] == [(13, 438, 458)]
    flagged_lines = {f["line"] for f in fs if f["category"] in ("truncation", "boilerplate")}
    assert not flagged_lines & {1, 5, 11, 15, 19}
    assert {27, 29} <= flagged_lines  # Related Articles, Back to top button
    g = [f for f in fs if f["code"] == "G311"]
    assert g and g[0]["line"] == 7 and g[0]["excerpt"] == "owners’s"


def test_html_link_ratio_recorded():
    doc = load_string("<article><p><a href='/a'>Other story one</a> <a href='/b'>Other story two</a></p>"
                      "<p>A sentence with <a href='/c'>one link</a> in it.</p></article>", "x.html")
    ratios = [b.attrs["link_ratio"] for b in doc.blocks]
    assert ratios[0] > 0.9 and 0 < ratios[1] < 0.5


def test_markdown_stars_inside_a_template_tag_or_between_spaces_are_text_not_emphasis():
    from auditor import audit_text
    md = ("# Title\n\nSome prose paragraph that is long enough to be prose, with a full stop.\n\n"
          "{* traditionalSignIn_emailAddress *}\n\n{* /newPasswordForm *}\n\n"
          "More **prose** here, where a * b holds, and it ends properly.\n")
    found = [(f["code"], f["line"], f["column"], f["excerpt"]) for f in audit_text(md, format="markdown")["findings"]
             if f["code"] == "B203"]
    assert found == [("B203", 5, 1, "{* traditionalSignIn_emailAddress *}"), ("B203", 7, 1, "{* /newPasswordForm *}")]
    from auditor.loaders import load_string
    assert load_string(md, "x.md").blocks[-1].text == "More prose here, where a * b holds, and it ends properly."
