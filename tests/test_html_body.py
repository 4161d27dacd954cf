"""Where the article body is in an HTML page: semantic containers first, else the densest element."""
from auditor import audit_text
from auditor.loaders import load_string

PROSE = ["The city council approved the new budget on Tuesday after a long debate about parks, roads and the "
         "library, which will open on Sundays for the first time in a decade.",
         "Council members said the plan keeps taxes flat while adding money for road repairs, and the mayor "
         "called it the most careful budget the city has passed in years.",
         "Residents who spoke at the meeting were divided, with some praising the library hours and others "
         "asking why the pool will stay closed for another summer.",
         "The budget takes effect in January, and the council will review spending again in the spring, "
         "when it expects new figures on sales tax revenue from the state."]


def _b2(doc):
    return [(f["code"], f["line"]) for f in audit_text(doc, format="html")["findings"] if f["category"] == "boilerplate"]


def test_chrome_in_nav_aside_or_footer_is_outside_the_body_but_the_same_text_inside_it_is_a_finding():
    page = ("<html><body>\n<nav><p>Related Articles</p></nav>\n<article><h1>Budget passes</h1>\n"
            + "\n".join(f"<p>{p}</p>" for p in PROSE) +
            "\n<p>Related Articles</p>\n</article>\n<aside><p>Back to top</p></aside>\n<footer><p>Share this article</p>"
            "</footer>\n</body></html>")
    assert _b2(page) == [("B201", 8)]  # only the copy inside <article>


def test_a_page_without_containers_is_read_from_its_densest_element():
    side = ('<div id="sidebar"><p>Our newsletter brings you the week in local politics, sport and culture, '
            'every Friday morning, free of charge.</p><p><a href="/a">Storm closes the coast road</a></p></div>')
    page = ('<html><body>\n<div id="header"><h1>Budget passes</h1></div>\n<div id="wrap">\n' + side + "\n"
            '<div class="story">\n' + "\n".join(f"<p>{p}</p>" for p in PROSE) + "\n"
            '<p><a href="/b">Parks</a> <a href="/c">Roads</a> <a href="/d">Library</a></p>\n</div>\n</div>\n'
            '<div id="footer"><p>Copyright 2026 Example News. All rights reserved.</p></div>\n</body></html>')
    doc = load_string(page, "page.html")
    texts = [b.text for b in doc.blocks]
    assert texts[0] == "Budget passes" and doc.blocks[0].kind == "title"  # the h1 above the story is kept
    assert all(p in texts for p in PROSE)
    assert not any("newsletter" in t or "Copyright" in t or "Storm" in t for t in texts)  # beside the story
    # inside the story, a block of links is still reported
    assert _b2(page) == [("B205", 10)]


def test_a_short_page_or_one_whose_paragraphs_are_spread_out_keeps_the_whole_body():
    page = "<html><body><div><p>Short note.</p></div><div><p>Another short note.</p></div></body></html>"
    assert [b.text for b in load_string(page, "a.html").blocks] == ["Short note.", "Another short note."]
    spread = ("<html><body>" + "".join(f"<div><p>{p}</p></div>" for p in PROSE) + "</body></html>")
    assert [b.text for b in load_string(spread, "b.html").blocks] == PROSE


def test_a_paragraph_beside_the_content_wrapper_keeps_the_wrapper_s_parent_as_the_body():
    intro = "<p>An introduction of a few words that belongs to the story, written before the wrapper.</p>"
    page = ('<html><body><div id="sidebar"><p><a href="/x">Storm closes the coast road</a></p></div>'
            '<div class="post">' + intro + '<div class="inner">' + "".join(f"<p>{p}</p>" for p in PROSE)
            + "</div></div></body></html>")
    texts = [b.text for b in load_string(page, "a.html").blocks]
    assert texts[0].startswith("An introduction") and texts[1:] == PROSE  # the post, sidebar left out
    # a sidebar with 200 characters of paragraph text or more is not told apart from the story: all is read
    long_side = page.replace('<p><a href="/x">Storm closes the coast road</a></p>',
                             "<p>" + PROSE[0].replace("budget", "festival") + "</p><p>" + PROSE[1] + "</p>")
    assert len(load_string(long_side, "b.html").blocks) == len(PROSE) + 3


def test_deeply_nested_paragraphs_are_all_kept():
    page = ("<html><body>" + "".join("<div><p>" + "word " * 20 + "</p>" for _ in range(3000)) + "</div>" * 3000
            + "</body></html>")
    doc = load_string(page, "deep.html")
    assert len(doc.blocks) == 3000  # each level's own paragraph counts: no level holds everything beside it
