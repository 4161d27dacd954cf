"""Structural chrome detection (B205): a schedule or list of same-shape lines is content, a lone line is not."""
from auditor import audit_text

PROSE = ("The band announced a summer tour on Tuesday, its first in five years, with dates across the country.\n\n"
         "Tickets go on sale next week, and the band said fans who joined its mailing list will get early access "
         "to seats at every stop on the tour.\n\n")


def _b205(text):
    return [(f["line"], f["column"]) for f in audit_text(text, format="text")["findings"] if f["code"] == "B205"]


def test_a_schedule_of_same_shape_lines_is_content():
    dates = "\n\n".join(f"June {d} -- {v}, {c}" for d, v, c in [
        (9, "Coral Sky Amphitheatre", "West Palm Beach, FL"), (10, "Credit Union Amphitheatre", "Tampa, FL"),
        (14, "Ameris Bank Amphitheatre", "Alpharetta, GA"), (17, "Bridgestone Arena", "Nashville, TN"),
        (19, "PNC Music Pavilion", "Charlotte, NC")])
    assert _b205("Band tour\n\n" + PROSE + dates + "\n") == []
    # a headline of another story between two dates of the list breaks its shape: it is chrome
    parts = dates.split("\n\n")
    mixed = "\n\n".join(parts[:2] + ["Marty Stuart on Making Ken Burns' 'Country Music'"] + parts[2:])
    text = "Band tour\n\n" + PROSE + mixed + "\n"
    assert _b205(text) == [(text.split("\n").index("Marty Stuart on Making Ken Burns' 'Country Music'") + 1, 1)]


def test_a_lone_unrelated_line_after_the_article_is_still_chrome():
    text = "Band tour\n\n" + PROSE + "Mortgage rates calculator for homeowners\n"
    assert _b205(text) == [(7, 1)]


def test_plain_text_title_skips_a_date_or_copyright_line_above_it():
    from auditor.loaders import load_string

    for first in ("Wednesday 20 November 2019 9:22 am", "© 2019 Hearst Communications, Inc.", "follow on twitter",
                  "Nov 19, 2019 at 6:46 pm ET • 2 min read", "18H ago", "News | Sport | Weather | Travel"):
        doc = load_string(first + "\n\nCity approves budget\n\nThe council approved the budget on Tuesday.\n", "a.txt")
        kinds = [(b.kind, b.text) for b in doc.blocks]
        assert kinds[0] == ("paragraph", first)
        assert kinds[1] == ("title", "City approves budget")
        assert doc.meta["title"] == "City approves budget"
    doc = load_string("City approves budget\n\nThe council approved the budget on Tuesday.\n", "b.txt")
    assert doc.blocks[0].kind == "title"
    date_row = "Nov 19, 2019 at 6:46 pm ET • 2 min read\n\nCity approves budget\n\n" + PROSE
    assert _b205(date_row) == [(1, 1)]


def test_copyright_line_with_any_tail_is_boilerplate():
    text = "Band tour\n\n" + PROSE + "© 2019 Cable News Network. Turner Broadcasting System, Inc. All Rights Reserved.\n"
    found = [(f["code"], f["line"]) for f in audit_text(text, format="text")["findings"] if f["category"] == "boilerplate"]
    assert ("B201", 7) in found


def test_single_word_paragraphs_in_a_row_are_menu_items_but_list_items_are_not():
    first, second = PROSE.split("\n\n")[:2]
    html = ("<html><body><h1>Band tour</h1><p>" + first + "</p>\n<p>Health</p>\n<p>Environment</p>\n"
            "<p>" + first + "</p>\n<ul><li>Flour</li>\n<li>Sugar</li></ul>\n<p>" + second + "</p></body></html>")
    found = [(f["line"], f["column"], f["message"]) for f in audit_text(html, format="html")["findings"]
             if f["code"] == "B205"]
    assert [(line, col) for line, col, _ in found] == [(2, 4), (3, 4)]
    assert all("single words in a row" in m for _, _, m in found)


def test_two_single_words_that_are_a_label_and_its_adjective_value_are_no_menu():
    # a fact check's "Rating" / "Unproven": a label and its value; "Health" / "Environment": two menu items
    claim = "The band played every song from its first album at the opening show of the tour.\n\n"
    for pair, menu in ((("Rating", "Unproven"), False), (("Verdict", "False"), False), (("Health", "Environment"), True)):
        text = "Band tour\n\n" + claim + "\n\n".join(pair) + "\n\n" + PROSE
        lines = [f["line"] for f in audit_text(text, format="text")["findings"] if f["code"] == "B205"]
        assert lines == ([5, 7] if menu else []), pair


def test_plain_text_title_skips_a_single_word_or_counter_line_before_a_headline():
    from auditor.loaders import load_string

    headline = "City Council Approves New Budget for Parks and Roads"
    for first in ("Login", "Image 2 of 5", "5:50 PM"):
        doc = load_string(f"{first}\n\n{headline}\n\nThe council approved the budget on Tuesday.\n", "a.txt")
        assert [b.kind for b in doc.blocks[:2]] == ["paragraph", "title"], first
        assert doc.meta["title"] == headline
    # a one-word title followed by a cut first paragraph keeps its title
    doc = load_string("Budget\n\nThe council said it will vote on the new housing plan next week, according to\n\n"
                      "More text follows here.\n", "b.txt")
    assert doc.blocks[0].kind == "title" and doc.blocks[0].text == "Budget"


def test_a_fact_box_of_five_short_lines_is_content():
    box = "\n\n".join(["Opening hours", "Tue - Sat 4PM (closed Sun and Mon)", "Viewing age 48 months and above",
                       "Tickets", "VIP 60,000 won", "Inquiries 02-751-1500"])
    assert _b205("Band tour\n\n" + PROSE + box + "\n") == []


def test_a_name_alone_that_the_article_never_mentions_is_a_byline():
    first, second = PROSE.split("\n\n")[:2]
    html = ("<html><body><h1>Band tour</h1>\n<p>" + first + "</p>\n<p>Kimberly Ross</p>\n<p>" + second + "</p>\n"
            "<p>More prose: the band said it will add dates later this year.</p></body></html>")

    def b205(doc):
        return [(f["line"], f["column"]) for f in audit_text(doc, format="html")["findings"] if f["code"] == "B205"]

    assert b205(html) == [(3, 4)]
    mentioned = html.replace("The band announced", "Kimberly Ross, the band's manager, announced")
    assert b205(mentioned) == []  # the article's own subject as a pseudo-heading
    # in plain text a two-word line is as likely a heading: flagged only when a word is not common English
    assert (5, 1) in _b205("Band tour\n\n" + first + "\n\nKimberly Ross\n\n" + second + "\n")
    assert _b205("Band tour\n\n" + first + "\n\nFinal Thoughts\n\n" + second + "\n") == []


def test_tight_lines_joined_in_plain_text_are_checked_one_by_one():
    text = ("Band tour\n\n" + PROSE +
            "Neil Young Plans a Tour of Small Theatres Across the Midwest This Spring\nRead more\n\n"
            "More prose: the band said fans who joined its mailing list will get early access.\n")
    found = [(f["code"], f["line"], f["column"]) for f in audit_text(text, format="text")["findings"]
             if f["code"] == "B201"]
    assert ("B201", 8, 1) in found


def test_a_date_line_inside_a_tight_markdown_run_is_flagged_on_its_own_line():
    md = ("# Band tour\n\n" + PROSE.split("\n\n")[0] + "\n\n"
          "Band tour tickets on sale this summer across the country\nFebruary 03, 2019\n\n" + PROSE.split("\n\n")[1] + "\n")
    found = [(f["line"], f["column"], f["end_column"]) for f in audit_text(md, format="markdown")["findings"]
             if f["code"] == "B205"]
    assert (6, 1, 18) in found


def test_a_lone_word_the_article_never_mentions_is_chrome_in_markup_only():
    first, second = PROSE.split("\n\n")[:2]
    html = ("<html><body><h1>Band tour</h1><p>" + first + "</p>\n<p>Ticketmaster</p>\n<p>Yikes.</p>\n"
            "<p>" + second + "</p>\n<p>Tickets</p></body></html>")
    found = [(f["line"], f["column"], f["message"]) for f in audit_text(html, format="html")["findings"]
             if f["code"] == "B205"]
    # "Ticketmaster" is never mentioned: a label; "Yikes." is an exclamation; "Tickets" is the article's word
    assert [(line, col) for line, col, _ in found] == [(2, 4)]
    assert "never mentions" in found[0][2]
    text = "Band tour\n\n" + first + "\n\nTicketmaster\n\n" + second + "\n"
    assert _b205(text) == []  # in plain text a lone word is as likely a heading
    # ... unless it is a brand in camel case the article never mentions; indented, it is code
    assert _b205(text.replace("\nTicketmaster\n", "\nTicketHub\n")) == [(5, 1)]
    assert _b205(text.replace("\nTicketmaster\n", "\n    TicketHub\n")) == []


def test_interview_answers_opening_hours_and_exclamations_are_not_chrome():
    first, second = PROSE.split("\n\n")[:2]
    html = ("<html><body><h1>Band tour</h1><p>" + first + "</p>\n<p>A: Bob Marley, Bruno Mars, Drake, Frank Sinatra</p>\n"
            "<p>9.30 A.M. / 7.00 P.M.</p>\n<p>The refreshing autumn sky!</p>\n<p>" + second + "</p>\n"
            "<p>Mortgage rates calculator for homeowners</p></body></html>")
    found = [f["line"] for f in audit_text(html, format="html")["findings"] if f["code"] == "B205"]
    assert found == [6]  # only the unrelated line after the article


def test_short_blocks_above_the_articles_title_in_markup_are_chrome():
    first, second = PROSE.split("\n\n")[:2]
    md = ("Band announces a farewell tour of Europe\n\nMusic Desk\n\n# Band tour\n\n" + first + "\n\n" + second + "\n")
    found = [(f["line"], f["message"]) for f in audit_text(md, format="markdown")["findings"] if f["code"] == "B205"]
    assert [line for line, _ in found] == [1, 3]
    assert all("above the article's title" in m for _, m in found)
    text = "Band announces a farewell tour of Europe\n\nBand tour\n\n" + first + "\n\n" + second + "\n"
    assert _b205(text) == []  # plain text: the first line is the title


def test_a_lead_in_ending_in_a_colon_and_a_numbered_reference_are_content():
    first, second = PROSE.split("\n\n")[:2]
    html = ("<html><body><h1>Band tour</h1><p>" + first + "</p>\n<p>Twitter seemed a bit confused by it:</p>\n"
            "<p>" + second + "</p>\n<p>[2] Joint Commission Safety Goal: Alarm Management</p></body></html>")
    assert [f["line"] for f in audit_text(html, format="html")["findings"] if f["code"] == "B205"] == []


def test_a_news_dateline_is_content_not_chrome():
    text = "Band tour\n\nNASHVILLE, TENNESSEE\n\n" + PROSE + "WASHINGTON (Reuters)\n\n" + PROSE
    assert _b205(text) == []


def _html_findings(body):
    html = "<html><body><article><h1>Band tour</h1>\n" + body + "</article></body></html>"
    return [(f["code"], f["line"], f["column"]) for f in audit_text(html, format="html")["findings"]
            if f["category"] in ("boilerplate", "truncation")]


PARAS = "".join(f"<p>{p}</p>\n" for p in PROSE.strip().split("\n\n"))


def test_loose_text_in_a_div_is_chrome_when_the_article_writes_its_paragraphs_in_p():
    from auditor.loaders import load_string

    body = (PARAS + "<div>Tribune Publishing renames itself as its dispute with a rival continues</div>\n"
            "<p>The band will play twelve cities, starting in Boston in June and ending in Seattle in August.</p>\n")
    doc = load_string("<article><h1>T</h1><p>One <b>two</b></p>loose<div>In a div<p>in a p</p></div></article>", "a.html")
    assert [(b.text, b.attrs["tag"]) for b in doc.blocks] == [
        ("T", "h1"), ("One two", "p"), ("loose", "article"), ("In a div", "div"), ("in a p", "p")]
    assert _html_findings(body) == [("B205", 4, 6)]
    # the same line in a <p> is an unpunctuated paragraph, and a site that writes every paragraph in a <div> is
    # not judged by its element
    assert ("B205", 4, 6) not in _html_findings(body.replace("<div>", "<p>").replace("</div>", "</p>"))
    divs = body.replace("<p>", "<div>").replace("</p>", "</div>")
    html = "<html><body><article><h1>Band tour</h1>\n" + divs + "</article></body></html>"
    assert not any("not a <p>" in f["message"] for f in audit_text(html, format="html")["findings"])
    # a cut sentence stays a truncation finding wherever it sits
    cut = body.replace("as its dispute with a rival continues", "as its dispute with the")
    assert _html_findings(cut) == [("T101", 4, 47)]  # "dispute with the"


def test_a_cut_article_sentence_is_not_taken_for_an_unrelated_headline():
    text = ("Band tour\n\n" + PROSE + "The U.S. had won all previous 15 meetings\n\n"
            "Goldman Sachs denies claims of card bias in lending\n\n"
            "Tickets for the summer tour sell fast, the band said, and most venues expect full houses.\n")
    findings = audit_text(text, format="text")["findings"]
    assert [(f["code"], f["line"]) for f in findings if f["category"] == "boilerplate"] == [("B205", 9)]


def test_a_plain_text_first_line_that_shares_nothing_with_the_article_is_chrome_above_its_title():
    body = "Band tour dates announced\n\n" + PROSE
    assert _b205("Why farmers paint their cows with zebra stripes\n\n" + body) == [(1, 1)]
    assert _b205(body) == []  # the title shares the article's words
    # a first line unlike the article with no better title below it stays the title
    assert _b205("Opening Bell 11.18.19\n\n" + PROSE) == []


def test_plain_text_title_is_the_headline_under_another_storys_headline():
    from auditor.loaders import load_string

    story = ("Plague case confirmed in Inner Mongolia\n\n"
             "Health authorities in Inner Mongolia have confirmed a third case of plague, after two people "
             "contracted the pneumonic form of the plague in Beijing earlier this month.\n\n"
             "The patient, a herdsman, is being treated in hospital and the plague risk is low, officials said.\n")
    text = "Why farmers paint their cows with zebra stripes\n\nMusic Desk\n\n" + story
    doc = load_string(text, "a.txt")
    assert [b.kind for b in doc.blocks[:3]] == ["paragraph", "paragraph", "title"]
    assert doc.meta["title"] == "Plague case confirmed in Inner Mongolia"
    assert _b205(text) == [(1, 1), (3, 1)]  # both lines above the title are the page's
    # a first line that shares the story's words stays the title, and so does a title over its standfirst
    for kept in (story, "Plague returns to Mongolia\n\nOfficials confirm a third case this month\n\n" + story):
        doc = load_string(kept, "b.txt")
        assert doc.blocks[0].kind == "title" and _b205(kept) == []
    # news paragraphs of one short sentence are the story too
    ap = ("Follow Us Facebook Twitter YouTube LinkedIn\n\nMichigan officials report sixth fatality linked to virus\n\n"
          "LANSING (AP) — Michigan health officials are reporting a sixth fatality linked to the virus.\n\n"
          "Officials said Monday the victim was one of two people in the county who contracted the virus.\n")
    assert load_string(ap, "d.txt").meta["title"] == "Michigan officials report sixth fatality linked to virus"
    assert _b205(ap) == [(1, 1)]
    # a list line below an unrelated first line is not a headline
    listed = "Simple hiking kit\n\n- plague case confirmed in Inner Mongolia\n\n" + story.split("\n\n", 1)[1]
    assert load_string(listed, "c.txt").blocks[0].kind == "title"


def _md_boilerplate(md):
    return [(f["code"], f["line"]) for f in audit_text(md, format="markdown")["findings"]
            if f["category"] == "boilerplate"]


def test_lines_of_one_widget_joined_into_a_paragraph_are_reported_line_by_line():
    first, second = PROSE.split("\n\n")[:2]
    article = "# Band tour\n\n" + first + "\n\n" + second + "\n"
    # a run of short lines next to a known page element is the same widget
    assert _md_boilerplate(article + "\nYou may also like\nSherwood Forest Tours Reopen\n") == [("B201", 7), ("B205", 8)]
    # lines above the title: one finding per line
    assert _md_boilerplate("Music Desk\nTour Dates Live\n\n" + article) == [("B205", 1), ("B205", 2)]
    # hard-wrapped prose and a list of ingredients written as lines are not widgets
    wrapped = ("The band said on Tuesday that it would\nplay two more dates in Spain, and fans\n"
               "welcomed the news on social media.\n")
    assert _md_boilerplate(article + "\n" + wrapped) == []
    bread = ("# Simple bread\n\nThis bread needs only flour, salt, yeast and water, and it bakes in under an hour.\n\n"
             "2 cups of flour\n1 teaspoon of salt\n\nMix the flour and the salt, then add the yeast and the warm water.\n")
    assert _md_boilerplate(bread) == []


def test_a_run_of_foreign_headlines_under_the_title_is_chrome_line_by_line_not_a_cut_paragraph():
    first, second = PROSE.split("\n\n")[:2]
    md = ("# Band tour\n\nAfghan politician sees talks with the Taliban as the only hope\n"
          "Young people, including Taliban youth, must be heard: UN envoy\n"
          "China invites Taliban and Afghan officials for two-day talks\n\n" + first + "\n\n" + second + "\n")
    found = [(f["code"], f["line"]) for f in audit_text(md, format="markdown")["findings"]
             if f["category"] in ("boilerplate", "truncation")]
    assert found == [("B205", 3), ("B205", 4), ("B205", 5)]


def test_date_rows_with_a_clock_time_or_a_reading_time_are_date_lines_but_a_date_range_is_content():
    from auditor.linepatterns import line_reason

    assert line_reason("Nov 19, 2019 at 6:46 pm ET • 2 min read") == "date line"
    assert line_reason("First Published: Tuesday, November 19, 2019 08:38 AM") == "date line"
    assert line_reason("29 November 2018 | 20 January 2019") is None
    assert line_reason("Nov 18, 2019 @17:19 PM · Updated: Nov 18, 2019 @17:26 PM") == "date line"
    assert line_reason("Wed,") == "date line" and line_reason("Wednesday,") == "date line"
    assert line_reason("Wednesday") is None  # a section of a weekly plan
    assert line_reason("14:12 Russia Ready to Sign Deal on Preventing Cyberspace Incidents With US") \
        == "headline stamped with a time or a date (a news ticker or a list of stories)"
    assert line_reason("Wednesday November 20, 2019 Democrats grapple with mixed impeachment reviews") \
        == line_reason("20 November 2019 Storm closes the coast road") == line_reason("14:12 Russia Ready to Sign Deal")
    assert line_reason("5:50 PM") is None and line_reason("10:15 a.m. The council met. It voted.") is None
    # a dateline opens a sentence, which ends with its full stop
    assert line_reason("Nov. 19, 2019 The company said it would cut jobs.") is None
    assert line_reason("November 20, 2019 WASHINGTON — The Senate voted") is None


def test_a_pull_quote_in_a_div_that_repeats_the_article_is_not_chrome():
    body = (PARAS + "<div>Fans who joined the mailing list will get early access to seats.</div>\n"
            "<p>The band will play twelve cities, starting in Boston in June and ending in Seattle in August.</p>\n")
    assert [f for f in _html_findings(body) if f[0] == "B205"] == []


def test_a_short_title_case_label_the_article_never_uses_is_chrome_in_markup_only():
    first, second = PROSE.split("\n\n")[:2]
    md = "# Band tour\n\n" + first + "\n\nNintendo Life\n\n" + second + "\n"
    assert [(f["code"], f["line"]) for f in audit_text(md, format="markdown")["findings"]
            if f["category"] == "boilerplate"] == [("B205", 5)]
    # a label that uses the article's words, and a plain-text line (a heading there), are left alone
    assert not [f for f in audit_text(md.replace("Nintendo Life", "Tour Tickets"), format="markdown")["findings"]
                if f["category"] == "boilerplate"]
    # in plain text a short title-case line is chrome when none of its words shares a root with the article's
    assert _b205("Band tour\n\n" + first + "\n\nSky Witness\n\n" + second + "\n") == [(5, 1)]
    assert _b205("Band tour\n\n" + first + "\n\nTouring Plans\n\n" + second + "\n") == []
    # and a line with a word that is not common English is taken for a (site) name
    assert _b205("Band tour\n\n" + first + "\n\nNintendo Life\n\n" + second + "\n") == [(5, 1)]


def test_a_title_case_line_not_marked_up_as_a_heading_is_chrome_unless_bold_a_caption_or_dated():
    first, second = PROSE.split("\n\n")[:2]

    def b205(md, fmt="markdown"):
        return [f["line"] for f in audit_text(md, format=fmt)["findings"] if f["code"] == "B205"]

    md = "# Band tour\n\n" + first + "\n\n{}\n\n" + second + "\n"
    assert b205(md.format("Summer Tour Partner Success")) == [5]
    # a headline of another story in title case, however long, is a link too
    assert b205(md.format("Neil Young's Plan to Vote Against the Governor Suffers Setback Over Rules")) == [5]
    assert b205(md.format("Star Wars Jedi: Fallen Order Lightsaber Colors")) == [5]  # a headline with a kicker
    assert b205(md.format("Tour Dates: Summer")) == []  # a short label with a colon
    for line in ("**Summer Tour Dates**", "Table 3-1: Summer Tour Dates", "Summer tour dates were announced",
                 "June 23 – Band Tour Stop at Virginia Beach"):  # a dated entry of a schedule
        assert b205(md.format(line)) == [], line
    html = ("<html><body><article><h1>Band tour</h1><p>" + first + "</p><p>{}</p><p>" + second + "</p>"
            "</article></body></html>")
    assert b205(html.format("Summer Tour Partner Success"), "html") == [1]
    assert b205(html.format("<strong>Summer Tour Dates</strong>"), "html") == []


def test_a_short_lower_case_line_in_markup_is_link_text_unless_the_article_uses_its_words():
    first, second = PROSE.split("\n\n")[:2]
    md = "# Band tour\n\n" + first + "\n\ndigital subscriptions\n\n" + second + "\n"
    found = [(f["line"], f["column"], f["message"]) for f in audit_text(md, format="markdown")["findings"]
             if f["code"] == "B205"]
    assert [(line, col) for line, col, _ in found] == [(5, 1)] and "lower or sentence case" in found[0][2]
    # the article's own words ("tour dates"), and the same line in plain text, are left alone
    assert not [f for f in audit_text(md.replace("digital subscriptions", "tour dates"), format="markdown")["findings"]
                if f["code"] == "B205"]
    assert _b205("Band tour\n\n" + first + "\n\ndigital subscriptions\n\n" + second + "\n") == []


def test_a_plain_text_headline_of_another_story_is_chrome_even_half_in_lower_case():
    first, second = PROSE.split("\n\n")[:2]
    other = "Foreign Secretary Raab defends seeking legal costs from family of tour driver"  # "tour" is shared
    assert _b205("Band tour\n\n" + first + "\n\n" + other + "\n\n" + second + "\n") == [(5, 1)]
    # a line that uses more of the article's words is the article's own (a sub-heading)
    own = "Band tour tickets: fans who joined the mailing list get early access this week"
    assert _b205("Band tour\n\n" + first + "\n\n" + own + "\n\n" + second + "\n") == []


def test_a_line_opening_with_an_adverbial_and_a_comma_is_a_cut_sentence_not_chrome():
    from auditor.textutil import opens_with_adverbial

    for cut in ("At the same time, however, those", "As for range, in RWD form you’re looking",
                "According to LN, expect to hear a wide"):
        assert opens_with_adverbial(cut), cut
    for line in ("By Jill Disis, CNN Business", "First global geologic map of Saturn's largest moon, Titan, completed",
                 "About IDLE -- Version, copyright, license, credits", "In pictures"):
        assert not opens_with_adverbial(line), line
    text = "Band tour\n\n" + PROSE + "As for range, in RWD form you’re looking\n"  # after the article's text
    found = [(f["code"], f["line"]) for f in audit_text(text, format="text")["findings"]
             if f["category"] in ("boilerplate", "truncation")]
    assert found == [("T101", 7)]


def test_a_dateline_lede_or_a_time_adverbial_is_article_prose_even_when_cut_and_unrelated():
    for cut in ("BERLIN -- The European Space Agency", "Last month, a judge rejected"):
        text = "# Band tour\n\n" + PROSE + cut + "\n"
        found = [(f["code"], f["line"]) for f in audit_text(text, format="markdown")["findings"]
                 if f["category"] in ("boilerplate", "truncation")]
        assert found == [("T101", 7)], cut


def test_a_name_before_a_full_date_is_a_byline_or_dateline_line():
    from auditor.linepatterns import line_reason

    for line in ("LinkNaija August 08, 2018", "Jane Doe Nov. 19, 2019"):
        assert line_reason(line) == "a name and a date: a byline or a site's dateline", line
    for line in ("Tour dates June 10, 2020", "The plan was approved on March 3, 2019", "Jane Doe"):
        assert line_reason(line) is None, line
    for line in ("By Tariq Malik, Mike Wall 2019-11-18T22:05:36Z Spaceflight", "13/06/2014 Tony Carter All, Books, Reviews"):
        assert line_reason(line) == "a metadata row: a date stamp with a name or categories", line
    assert line_reason("13/06/2014 The council approved the budget after a long debate.") is None


def _found_between_paragraphs(line, fmt="markdown"):
    """Boilerplate findings (code, line) on ``line`` placed between two paragraphs of the band-tour article."""
    first, second = PROSE.split("\n\n")[:2]
    doc = ("# Band tour\n\n" if fmt == "markdown" else "Band tour\n\n") + first + "\n\n" + line + "\n\n" + second + "\n"
    return [(f["code"], f["line"]) for f in audit_text(doc, format=fmt)["findings"] if f["category"] == "boilerplate"]


def test_a_short_sentence_case_tag_is_chrome_in_markup_but_not_a_label_or_a_phrase_with_an_article():
    found = _found_between_paragraphs
    assert found("International relations") == [("B205", 5)]
    assert found("Serves: two") == []
    assert found("The preceding discussion") == []
    assert found("International relations", "text") == []  # a section heading in plain text


def test_a_title_case_question_paragraph_is_a_headline_link_in_markup():
    found = _found_between_paragraphs
    assert found("Why Do We Get Allergies?") == [("B205", 5)]
    assert found("WHO IS THE FRONT-RUNNER?") == []  # a section header in capitals
    assert found("Why do fans love the band so much?") == []  # an article's own question
    assert found("**Why Do We Get Allergies?**") == []  # emphasised: a pseudo-heading
    assert found("SimplePath AttrInput?") == []  # a grammar production, not a question


def test_a_title_with_its_site_after_a_bar_is_a_link_in_markup():
    def found(line):
        doc = ("# A new lamp\n\nThe studio showed a new lamp at Milano Design Week, the largest design fair of the "
               "year, to long queues.\n\n" + line + "\n\nThe lamp goes on sale next year, the studio said, after a "
               "tour of the other design weeks in Europe.\n")
        return [(f["line"], f["message"]) for f in audit_text(doc, format="markdown")["findings"]
                if f["category"] == "boilerplate"]

    assert found("Milano Design Week 2018 | Seiko’s ‘The Flow of Time’ at the Triennale") == [
        (5, "Block looks like page chrome (a title with its site or section after a bar: a link or a page title)")]
    assert found("29 November 2018 | 20 January 2019") == []  # a date range
    grammar = "# Rust grammar\n\nStructStruct → struct IDENTIFIER GenericParams? ( { StructFields? } | ; )\n"
    assert not [f for f in audit_text(grammar, format="markdown")["findings"] if "after a bar" in f["message"]]


def test_a_plain_text_line_stacked_among_others_is_read_like_a_markup_paragraph():
    first, second = PROSE.split("\n\n")[:2]
    # stacked with no blank line between, a short label is no heading: the markup rules apply to it
    text = "Band tour\n\n" + first + "\n\nLoading...\nArticles\nThe Queen of Thieves\n\n" + second + "\n"
    found = _b205(text)
    assert (6, 1) in found and (7, 1) in found
    # the same lines standing alone between blank lines are headings of the article (a title of four words or
    # more among them must share a word with it: "The Queen of Thieves" would be another story's headline)
    alone = "Band tour\n\n" + first + "\n\nArticles\n\n" + second + "\n\nThe Queen of the Tour\n\n" + first + "\n"
    assert _b205(alone) == []
    assert _b205(alone.replace("The Queen of the Tour", "The Queen of Thieves")) == [(9, 1)]
    # commands, file names and indented example lines are content, not labels
    for stack in ("python -m idlelib.xyz\npython -m idlelib.idle_test", "buffer.c\ncharset.c",
                  "Some words here\n\tGmB\n\tquit"):
        assert _b205("Band tour\n\n" + first + "\n\n" + stack + "\n\n" + second + "\n") == [], stack


def test_a_setext_underlined_line_is_a_heading_and_its_underline_no_block():
    from auditor.loaders import load_string

    doc = load_string("Band tour\n=========\n\nDates\n-----\nThe band plays ten cities.\n", "a.txt")
    assert [(b.kind, b.text) for b in doc.blocks] == [
        ("title", "Band tour"), ("heading", "Dates"), ("paragraph", "The band plays ten cities.")]
    assert not doc.blocks[2].attrs.get("stacked")
    assert doc.index.line_col(doc.blocks[2].map.start(0)) == (6, 1)
    # a heading as long as a line of prose is still a heading over its underline, not wrapped prose
    doc = load_string("Band tour\n\nThe band plays ten cities.\n\n``filled(x)`` can return a subclass of the array\n"
                      + "-" * 49 + "\n\nMore text.\n", "a.txt")
    assert [(b.kind, b.attrs.get("underlined")) for b in doc.blocks][2] == ("heading", True)


def test_a_stacked_plain_text_line_next_to_a_page_element_is_chrome_but_not_in_a_longer_table():
    first, second = PROSE.split("\n\n")[:2]

    def bp(stack):
        text = "Band tour\n\n" + first + "\n\n" + stack + "\n\n" + second + "\n"
        return sorted((f["line"], f["code"]) for f in audit_text(text, format="text")["findings"]
                      if f["category"] == "boilerplate")

    # "Related Articles" is a known page element; the tour headline stacked under it is one of its links
    assert bp("Related Articles\nBand adds a second summer tour across the country") == [(5, "B201"), (6, "B205")]
    # alone, the headline shares the article's words: it is left alone
    assert bp("Band adds a second summer tour across the country") == []
    # five stacked lines are a table or a list, where one known element does not make the rest chrome
    rows = "\n".join(f"Band adds a show in city number {k}" for k in range(4))
    assert bp("Related Articles\n" + rows) == [(5, "B201")]


def test_stacked_plain_text_lines_of_a_list_or_with_a_sentence_are_content():
    text = ("Tomato soup for a cold night\n\n"
            "This simple tomato soup takes twenty minutes and uses pantry staples. It is the soup my grandmother made "
            "every winter, and it freezes well.\n\n"
            "Ingredients\n2 cans of whole tomatoes\n1 onion\n3 cloves of garlic\n2 cups of stock\nSalt and pepper\n\n"
            "Cook the onion and garlic in a little oil until soft, then add the tomatoes and the stock and simmer for "
            "fifteen minutes.\n\n"
            "The soup is served at the Corner Cafe every Friday.\nCorner Cafe\nRelated Articles\n\n"
            "Roses are red\nViolets are blue\nSoup is warm\nAnd so are you\n")
    found = sorted((f["line"], f["code"]) for f in audit_text(text, format="text")["findings"]
                   if f["category"] in ("boilerplate", "truncation"))
    # an ingredient line without a full stop is a list entry, not a cut sentence; the article's sentence stacked
    # above a known page element is prose, so the stack is not read as a widget; the poem is left alone
    assert found == [(16, "B201")]


def test_a_line_that_carries_on_the_sentence_before_is_not_an_element_of_a_widget():
    from auditor.checks.chrome import is_stack

    segs = [(0, "To start a job only when connecting to an address does not work, do something"), (80, "like this: >")]
    assert not is_stack(segs, [False, True])  # "like this:" matched a share phrase, but the sentence runs on
    assert is_stack([(0, "Related Articles"), (17, "Band adds a second summer tour")], [True, False])


def test_a_headline_with_a_sites_capitalised_tag_is_a_link_in_every_format():
    from auditor.linepatterns import line_reason

    for line in ("China furious at Macron for Hong Kong protest jibe [INSIGHT]", "Storm closes the coast road [VIDEO]"):
        assert line_reason(line) == "a headline with a site's capitalised tag: a link to another story", line
    for line in ("The minister said the figures were [sic] wrong", "The council approved the budget. [UPDATED]",
                 "Results [PDF]", "He wrote that it [the plan] was final"):
        assert line_reason(line) is None, line
    first, second = PROSE.split("\n\n")[:2]
    text = "Band tour\n\n" + first + "\n\nBand adds a second summer tour across the country [PICTURES]\n\n" + second + "\n"
    assert _b205(text) == [(5, 1)]
    # a link marked with an arrow; a table row or a code note after an arrow is not one
    assert line_reason("» Stock List") == line_reason("› More from Sport") == "a link marked with an arrow"
    assert line_reason("Change your current location »") == line_reason("See all garden deals →") \
        == "a link marked with an arrow"  # (or after it)
    for line in ("▶\tPR\t25B6\t9654\tBLACK RIGHT-POINTING TRIANGLE", "→ `mount('X/Default')`", "→ The plan was approved.",
                 "Il a dit « Nous partons demain »", "the council voted on the plan »"):
        assert line_reason(line) is None, line


def test_another_pages_title_with_its_site_after_a_bar_is_a_link_in_plain_text_but_the_own_title_is_not():
    first, second = PROSE.split("\n\n")[:2]
    for line in ("Ascom | Available positions", "Band News | Second Summer Tour Dates"):
        text = "Band tour | Example News\n\n" + first + "\n\n" + line + "\n\n" + second + "\n"
        found = [(f["code"], f["line"]) for f in audit_text(text, format="text")["findings"] if f["category"] == "boilerplate"]
        assert found == [("B205", 5)], (line, found)
    # the title under chrome lines a scraper kept
    text = "By Jane Doe\n\nView More\n\nBand Tour | Example News\n\n" + first + "\n\n" + second + "\n"
    assert not [f for f in audit_text(text, format="text")["findings"] if "after a bar" in f["message"]]
    for line in ("x = ~1 ^ 1 & 1 | 1 & 1 ^ -1", "29 November 2018 | 20 January 2019"):  # an expression, a date range
        text = "Band tour\n\n" + first + "\n\n" + line + "\n\n" + second + "\n"
        assert not [f for f in audit_text(text, format="text")["findings"] if f["category"] == "boilerplate"], line


def test_a_headline_cut_short_with_an_ellipsis_is_a_link_but_a_writers_trailing_off_is_not():
    for line in ("Oil prices steady after 2-day drop amid growth concerns...",
                 "UK weather alert: Plague of mosquitos to devastate Britain as Hurri...",
                 "Jury rules for half of 21 plaintiffs in used body parts suit …",
                 "Police: Oklahoma double-murder suicide was domestic-related …"):  # a sentence after a kicker
        assert _found_between_paragraphs(line, "text") == [("B205", 5)], line
        assert _found_between_paragraphs(line) == [("B205", 5)], line
    from auditor.checks.chrome import _cut_link_title

    for line in ("Here’s the other important thing …", "But once you’ve hit on a winning product, you’ll be ready for …",
                 "So frustrating …", "The plan was approved after a long debate...", "If you …"):
        assert not _cut_link_title(line, len(line.split())), line


def test_a_headline_run_together_with_its_teaser_is_a_related_storys_card_but_prose_is_not():
    for line in ("Storm closes mountain pass for a third day The storm closed the mountain pass for a third day on "
                 "Tuesday, officials said.",
                 "Local bakery wins national bread award Local bakery Crumbs won the national bread award on Monday "
                 "after a vote of the judges."):
        for fmt in ("text", "markdown"):
            assert _found_between_paragraphs(line, fmt) == [("B205", 5)], (fmt, line)
    from auditor.checks.chrome import _glued_teaser

    for line in ("The mayor of the mountain town told The Guardian that the mountain pass would reopen on Tuesday.",
                 "Storm closes mountain pass. The mountain pass closed again on Tuesday after heavy snow, officials said.",
                 "The storm that closed the pass is the worst in years The pass closed again on Tuesday, officials said.",
                 "with a newline between each list item with newlines inside list items converted to NULs)."):
        assert not _glued_teaser(line), line


def test_code_like_text_is_told_from_decimals_dates_and_abbreviations():
    from auditor.checks.chrome import CODE_LIKE_RE

    for code in ("python -m idlelib.xyz", "buffer.c", "MorphOS:Apps/Vim", "x = 1"):
        assert CODE_LIKE_RE.search(code), code
    for prose in ("$7.9 trillion", "Opening Bell 9.30.19", "U.S. officials", "e.g. this one"):
        assert not CODE_LIKE_RE.search(prose), prose


def test_a_headline_styled_line_that_shares_one_word_with_the_article_is_another_storys_headline():
    first, second = PROSE.split("\n\n")[:2]

    def found(line):
        md = "# Band tour\n\n" + first + "\n\n" + line + "\n\n" + second + "\n"
        return sorted({(f["category"], f["line"]) for f in audit_text(md, format="markdown")["findings"]
                       if f["category"] in ("boilerplate", "truncation")})

    # a source after a colon, a quotation in single marks: a headline's style, and one shared word ("tour") is not enough
    assert found("Young voters, including the tour's students, must be heard: UN envoy") == [("boilerplate", 5)]
    assert found("Young voters, including students on the tour, 'must be heard by the envoy'") == [("boilerplate", 5)]
    # the same words as prose: a sentence that lost its end, not chrome
    assert found("Young voters, including students on the tour, must be heard by the envoy") == [("truncation", 5)]


def test_an_edition_of_a_series_with_its_date_is_a_link_in_the_body_but_may_be_the_title():
    from auditor.linepatterns import body_line_reason, line_reason

    assert body_line_reason("Opening Bell 9.30.19") == body_line_reason("Morning Briefing 11/20/2019") \
        == "an edition of a series with its date: a link to another page"
    assert line_reason("Opening Bell 9.30.19") is None  # a plain-text file's first line may be its title
    for line in ("Release 2.3.1", "Version 13.45.2019", "Opening Bell 9.30.19 and more"):  # versions, prose
        assert body_line_reason(line) is None, line
    first, second = PROSE.split("\n\n")[:2]
    text = "Opening Bell 11.18.19\n\n" + first + "\n\nOpening Bell 11.15.19\n\n" + second + "\n"
    found = [(f["code"], f["line"]) for f in audit_text(text, format="text")["findings"] if f["category"] == "boilerplate"]
    assert found == [("B205", 5)]
    md = "# Opening Bell 11.18.19\n\n" + first + "\n\nOpening Bell 11.15.19\nOpening Bell 11.14.19\n\n" + second + "\n"
    found = [(f["code"], f["line"]) for f in audit_text(md, format="markdown")["findings"] if f["category"] == "boilerplate"]
    assert found == [("B205", 5), ("B205", 6)]


def test_a_headline_cut_short_with_an_ellipsis_is_a_link_on_a_line_of_joined_lines_too():
    first, second = PROSE.split("\n\n")[:2]
    text = ("Band tour\n\n" + first + "\n\nUK weather alert: Storms to batter the coast as Hurri...\n"
            "Bible bombshell: Scientists claim discovery of root of all evil\n\n" + second + "\n")
    found = [(f["code"], f["line"]) for f in audit_text(text, format="text")["findings"] if f["category"] == "boilerplate"]
    assert found == [("B205", 5), ("B205", 6)]


def test_a_short_title_case_label_in_markup_is_chrome_even_when_it_shares_a_word():
    found = _found_between_paragraphs

    assert found("Summer Tour Collection") == [("B205", 5)]  # two words are the article's, the label is the site's
    assert found("**Summer Tour Collection**") == []  # an emphasised line is the writer's pseudo-heading
    assert found("Summer Tour Tickets") == []  # most of its words are the article's


def test_capitalised_labels_run_together_without_a_function_word_are_tags_or_a_breadcrumb():
    found = _found_between_paragraphs

    assert found("Band Tour Summer Tickets Fans Music") == [("B205", 5)]  # the article's words, as tags
    # a headline has its function words, a date range its numbers
    for line in ("Band Adds Second Summer Tour Across the Country", "29 November 2018 | 20 January 2019"):
        assert found(line) == [], line


def test_a_headline_with_a_name_and_a_present_tense_verb_that_shares_little_is_a_link():
    found = _found_between_paragraphs
    # two of its eight words are the article's ("summer tour"): prose would share more
    assert found("Clumio raises $135 million for a summer tour of data backup tools") == [("B205", 5)]
    # the name may end on a lower-case noun ("New German law mandates")
    assert found("New German law mandates payment for summer tour bookings abroad") == [("B205", 5)]
    # prose opens otherwise; a sentence's first word is no name
    for line in ("The company raises $135 million for a summer tour of data backup tools",
                 "Next steps for a summer tour of data backup tools were shown to the fans"):
        assert found(line) == [], line


def test_a_table_repeats_its_cell_values_without_a_repeated_block_finding():
    from auditor import audit_text

    rows = "".join(f"<tr><td>operator {i}</td><td>left to right order</td></tr>" for i in range(4))
    html = ("<html><body><h1>Operators</h1><p>Operators bind in the order the table shows, from the top down.</p>"
            f"<table>{rows}</table><p>Repeated text is repeated text in a paragraph.</p>"
            "<p>Repeated text is repeated text in a paragraph.</p></body></html>")
    assert [f["code"] for f in audit_text(html, format="html")["findings"] if f["code"] == "B204"] == ["B204"]


def test_a_headline_after_the_article_is_a_link_even_when_it_shares_the_articles_topic():
    body = ("# Zverev beats Nadal\n\n"
            "Alexander Zverev beat Rafael Nadal in straight sets at the ATP Finals in London on Monday night, "
            "his second win over the Spaniard this year.\n\n"
            "Nadal said after the match that his injury had not hampered him, and that Zverev had simply played "
            "the better tennis from the first game.\n\n")
    tail = "Injury hampers Rafael Nadal as he loses to defending ATP Finals champion Alexander Zverev\n"
    rep = audit_text(body + tail, format="markdown")
    codes = [(f["code"], f["line"]) for f in rep["findings"] if f["category"] in ("boilerplate", "truncation")]
    assert codes == [("B205", 7)]
    # between the article's paragraphs too: a paragraph in a headline's grammar with no stop is a link's title, even
    # though it shares most of the article's words; in bold it is the author's pseudo-heading
    parts = body.split("\n\n")
    mid = "\n\n".join(parts[:2] + [tail.strip()] + parts[2:])
    assert [f["code"] for f in audit_text(mid, format="markdown")["findings"] if f["code"] == "B205"] == ["B205"]
    bold = "\n\n".join(parts[:2] + ["**" + tail.strip() + "**"] + parts[2:])
    assert [f["code"] for f in audit_text(bold, format="markdown")["findings"] if f["code"] == "B205"] == []


def test_a_long_run_of_single_words_is_a_word_list_not_a_menu():
    words = ["Abbott", "Academy", "Accenture", "Accountant", "Active", "Actor", "Adult", "Agency", "Airbus",
             "Airforce", "Airtel", "Alibaba", "Alipay", "Allfinanz", "Allstate", "Ally", "Alsace", "Alstom",
             "Amazon", "Americanexpress", "Amfam", "Amica", "Analytics", "Android", "Anquan", "Apple"]
    text = "Band tour\n\n" + PROSE + "\n".join(words) + "\n"
    assert _b205(text) == []
    menu = "Band tour\n\n" + PROSE + "Health\nBusiness\nSport\n"
    assert [line for line, _ in _b205(menu)] == [7, 8, 9]
    # with no prose at all the file is data, not a page
    assert _b205("\n".join(words[:5]) + "\n") == []


def test_a_first_line_cut_short_with_an_ellipsis_is_another_storys_headline_not_the_title():
    from auditor.loaders import load_string

    text = ("Last trade protesters hold out as Beijing schools reopen...\n\n"
            "Beijing tariff demands may expand the US-China trade deal\n\n"
            "A first trade deal between the United States and China was supposed to be a truce, but Beijing's "
            "tariff demands may expand it, officials said.\n\n"
            "Negotiators meet again next week to discuss the tariff demands and the wider trade deal.\n")
    doc = load_string(text, "a.txt")
    assert doc.meta["title"] == "Beijing tariff demands may expand the US-China trade deal"
    assert _b205(text) == [(1, 1)]


def test_a_plain_text_title_case_question_about_nothing_in_the_article_is_a_headline_link():
    head = "Band tour\n\n" + PROSE
    assert _b205(head + "Who Owns FedEx?\n\nThe band will also release a live album of the tour next year.\n") \
        == [(7, 1)]
    assert _b205(head + "Stolen in the Suburbs\n\nThe band will also release a live album of the tour next year.\n") \
        == [(7, 1)]
    # a question about the article's subject is its section heading, one in capitals a section header, and an
    # interview's answer or a short label is left to the other checks
    for heading in ("What Does The Summer Tour Offer?", "WHO OWNS FEDEX?", "Summer Tour Dates In Full",
                    "A: Bob Marley, Bruno Mars, Drake", "Final Thoughts"):
        assert _b205(head + heading + "\n\nThe band will also release a live album of the tour next year.\n") \
            == [], heading


def test_a_lone_lower_case_word_in_plain_text_is_a_label_unless_indented_as_code():
    assert _b205_in_tour("nypost") == [(7, 1)]
    assert _b205_in_tour("\tendfunction") == []


def _b205_in_tour(line, more=""):
    """B205 findings for ``line`` alone between the band-tour article's paragraphs (it is on line 7)."""
    return _b205("Band tour\n\n" + PROSE + line + "\n\nThe band will also release a live album of the tour next "
                 "year.\n" + more)


def test_a_site_sections_name_alone_in_plain_text_is_chrome_unless_the_article_uses_the_word():
    assert _b205_in_tour("Obituaries") == [(7, 1)]
    assert _b205_in_tour("Reviews") == [(7, 1)]
    assert _b205_in_tour("Gaming") == [(7, 1)]
    assert _b205_in_tour("Directory") == [(7, 1)]
    # a heading the article is about, and a one-word heading that is no section name, are left alone
    assert _b205_in_tour("Reviews", "\nReviews of the first shows were warm.\n") == []
    assert _b205_in_tour("Ingredients") == []


def test_a_short_title_case_line_in_plain_text_is_chrome_only_when_no_word_shares_a_root_with_the_article():
    assert _b205_in_tour("Space Calendar") == [(7, 1)]
    assert _b205_in_tour("Wood Architecture Awards") == [(7, 1)]
    # "Announcing Dates" shares its roots with "announced" and "dates": the article's own heading
    assert _b205_in_tour("Announcing Dates") == []
    for generic in ("Final Thoughts", "Next Steps", "Closing Remarks"):  # headings any article may have
        assert _b205_in_tour(generic) == [], generic


def test_each_line_of_a_short_markdown_run_taken_for_chrome_is_reported_on_its_own_line():
    first, second = PROSE.split("\n\n")[:2]
    md = "# Band tour\n\n" + first + "\n\nGift Ideas\nOpinions\n\n" + second + "\n"  # read as one line, "Gift Ideas Opinions"
    found = [(f["code"], f["line"], f["column"]) for f in audit_text(md, format="markdown")["findings"]
             if f["category"] == "boilerplate"]
    assert found == [("B205", 5, 1), ("B205", 6, 1)]


def test_a_cut_article_line_is_left_to_truncation_not_reported_as_chrome():
    # sentences that lost their end share few words with the story, but they are its prose, not page chrome: the
    # plain-text line truncated-sentence reports, and a paragraph opening a quotation it never closes
    for line in ("In the 14th century the Black Death spread across",
                 "Despite parliamentary reports urging new regulations to combat"):
        text = "Band tour\n\n" + PROSE + line + "\n\nThe band will also release a live album from its last tour.\n"
        codes = [(f["line"], f["code"]) for f in audit_text(text, format="text")["findings"]
                 if f["category"] in ("truncation", "boilerplate")]
        assert codes == [(7, "T101")], line
    md = ("# Band tour\n\n" + PROSE + "“We make no apology for having an instant rebuttal\n\n"
          "The band will also release a live album from its last tour.\n")
    codes = [(f["line"], f["code"]) for f in audit_text(md, format="markdown")["findings"]
             if f["category"] in ("truncation", "boilerplate")]
    assert sorted(codes) == [(7, "T101"), (7, "T104")]


def test_a_plain_text_headline_that_shares_little_with_the_article_is_a_link_but_a_subheading_is_not():
    # another story's headline in a headline's grammar (a name and a present-tense verb) shares under half its
    # words with the article; the article's own subheading in that grammar shares more, and an underlined one is
    # its author's heading
    story = ("Nadal loses at the ATP Finals\n\nRafael Nadal lost to Alexander Zverev at the ATP Finals in London on "
             "Monday, his first defeat at the season-ending event since 2017.\n\nNadal said an injury to his "
             "abdomen had hampered his serve, and that he would decide on Tuesday whether to keep playing.\n\n")
    tail = "\n\nZverev, the defending champion, plays again on Wednesday against Stefanos Tsitsipas.\n"

    def b205(line):
        text = story + line + tail
        return [f["line"] for f in audit_text(text, format="text")["findings"] if f["code"] == "B205"]

    assert b205("Roger Federer dumps Novak Djokovic out of ATP Finals with crushing victory") == [7]
    assert b205("Zverev beats Nadal at the ATP Finals in London") == []
    assert b205("Roger Federer dumps Novak Djokovic out of ATP Finals with crushing victory\n" + "=" * 74) == []


def test_a_hard_wrapped_first_paragraph_is_no_title_and_stays_one_paragraph():
    from auditor.loaders import load_string

    text = ("Guido van Rossum, as well as being the creator of the Python language, is the\n"
            "original creator of IDLE.  Other contributors include Mark Hammond and Tim Peters.\n\n"
            "Until Python 2.3, IDLE's development was carried out in a separate project.\n")
    doc = load_string(text, "CREDITS.txt")
    assert [(b.kind, doc.index.line_col(b.map.start(0))) for b in doc.blocks] == [("paragraph", (1, 1)),
                                                                                  ("paragraph", (4, 1))]
    assert doc.meta["title"] == ""
    # a title line directly over its first paragraph stays the title
    doc = load_string("City approves budget\nThe council approved the budget on Tuesday after a long debate.\n",
                      "a.txt")
    assert doc.meta["title"] == "City approves budget"


def test_a_same_topic_headline_paragraph_is_a_link_in_markup_and_in_a_short_plain_text_stack():
    md = ("# Band announces summer tour\n\n" + PROSE + "Band adds second summer tour date in Tampa\n\n"
          "The band's last tour sold out within days, and fans have waited years for its return.\n")
    found = [(f["line"], f["code"]) for f in audit_text(md, format="markdown")["findings"] if f["category"] == "boilerplate"]
    assert found == [(7, "B205")]
    # keeps its article after the verb: prose that lost its end, left to truncation
    md_cut = md.replace("Band adds second summer tour date in Tampa", "The band adds a second date for fans in Tampa")
    assert [f for f in audit_text(md_cut, format="markdown")["findings"] if f["category"] == "boilerplate"] == []
    stack = ("Tour Power Rankings: Band edging closer to the top spot heading into summer\n"
             "Band adds second tour date in Tampa\nTour Watch – Where does the band stand?\n")
    text = "Band announces summer tour\n\n" + PROSE + stack + "\nThe band's last tour sold out within days.\n"
    assert (8, 1) in _b205(text)
    # a list of files or credits ending on full stops is no block of links
    credits = stack.replace("?", ".")
    text = "Band announces summer tour\n\n" + PROSE + credits + "\nThe band's last tour sold out within days.\n"
    assert (8, 1) not in _b205(text)
