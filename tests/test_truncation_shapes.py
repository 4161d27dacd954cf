"""Capitalised cut sentences are not titles: a line that ends on a lower-case verb or adverb is prose."""

import pytest
from auditor import audit_text
from auditor.textutil import looks_like_heading, sentence_like


def test_sentence_like_names_are_not_titles():
    assert sentence_like("James Van Der Beek has".split())
    assert sentence_like("Browns DL Sheldon Richardson however".split())
    assert not sentence_like("The Rise and Fall of the Roman Empire".split())
    assert not sentence_like("Emad Mostaque Resignation".split())
    assert not looks_like_heading("The California Public Utilities Commission holds", sentence_case_words=0)
    assert looks_like_heading("What to Watch For This Week", sentence_case_words=0)


def _t101(text, fmt):
    rep = audit_text(text, format=fmt)
    return [(f["line"], f["column"]) for f in rep["findings"] if f["code"] == "T101"]


def _between(head, tail, cuts, headings):
    """Each plain-text line of ``cuts`` between ``head`` and ``tail`` is flagged at its (line, column); no line of
    ``headings`` is."""
    for cut, at in cuts:
        assert _t101(head + cut + tail, "text") == [at], cut
    for heading in headings:
        assert _t101(head + heading + tail, "text") == [], heading


def test_markdown_paragraph_of_names_cut_on_a_verb_is_flagged():
    md = ("# Actors gather for the reunion\n\n"
          "James Van Der Beek met the cast in Los Angeles on Friday for the first time in twenty years.\n\n"
          "James Van Der Beek has\n\n"
          "The show ran for six seasons and made its stars famous around the world.\n")
    assert _t101(md, "markdown") == [(5, 11)]  # the last three words: "Der Beek has"


def test_title_case_pseudo_heading_in_html_is_not_flagged():
    html = ("<html><body><h1>Actors gather</h1>"
            "<p>The cast met in Los Angeles on Friday for the first time in twenty years, organisers said.</p>\n"
            "<p><strong>What Happens Next for the Cast</strong></p>\n"
            "<p>The show ran for six seasons and made its stars famous around the world.</p></body></html>")
    assert _t101(html, "html") == []


def test_a_line_ending_on_is_or_has_after_a_noun_is_cut():
    from auditor.textutil import ends_open

    assert ends_open("Turbulent polling across the early voting states has") == "ends on 'has' after its subject"
    assert ends_open("Pokemon Sword and Shield are") == "ends on 'are' after its subject"
    for finished in ("Leave the garden as it is", "We saw them for who they were", "Nobody knows what that is",
                     "The way things were", "Prices rose faster than anyone had",
                     'Video shows rescue of kidnapping victim: "We got her!"', "Who was it for?"):
        assert ends_open(finished) is None, finished


def _story(*paragraphs: str) -> str:
    """A plain-text article: a title line, then paragraphs separated by blank lines."""
    return "\n\n".join(paragraphs) + "\n"


@pytest.mark.parametrize("title, lead, cut, tail, at", [
    ("Polling in the early states",
     "Voters in Iowa and New Hampshire have changed their minds often this autumn, pollsters said.",
     "Turbulent polling across the early voting states has",  # ends on "has" after its subject
     "Campaigns are spending more on advertising there than at any point in the last decade.", (5, 36)),
    ("Fixing bikes at home",
     "Many riders now service their own bicycles, and shops report fewer small repairs this year.",
     "Working on your own bike can be",  # shaped like a heading, ends inside a clause
     "A basic tool kit costs less than a single visit to a mechanic, riders say.", (5, 21)),
])
def test_plain_text_cut_line_between_paragraphs_is_flagged(title, lead, cut, tail, at):
    assert _t101(_story(title, lead, cut, tail), "text") == [at]


def test_a_reference_that_ends_in_its_date_is_not_cut():
    from auditor.checks.truncation import _is_label

    assert _is_label('CNN, "China exempts US soybeans and pork from tariffs," Sept. 13, 2019')
    assert _is_label("Federal Reserve Bank of St. Louis, CPI historical data, accessed Nov. 5, 2019")
    assert not _is_label("The law took effect on Jan. 1, 2019")  # no comma before the date: prose


def test_a_relative_timestamp_is_a_label_not_a_cut_sentence():
    from auditor.checks.truncation import _is_label

    for label in ("2 days ago at 07:51 am", "About an hour ago", "5 minutes ago"):
        assert _is_label(label), label
    assert not _is_label("2 days ago the council met and voted")


def test_plain_text_headline_with_a_kicker_or_a_price_is_not_cut():
    text = ("Deals of the week\n\n"
            "We rounded up the best prices on monitors, laptops and consoles from this week's sales.\n\n"
            "King of Monitors: 35% Off Dell Alienware 34 Inch Curved Gaming Monitor\n\n"
            "The monitor has rarely been cheaper, and the discount runs until Sunday.\n\n"
            "Dell G3 15 Laptop with 512GB SSD for $799.99\n\n"
            "Both deals ship free within the US, the retailer said.\n")
    assert _t101(text, "text") == []


def test_a_date_line_joined_under_a_name_is_not_cut():
    md = ("# How to adopt a success mindset\n\nBo\nAugust 22, 2018 at 2:55 pm\n\n"
          "Your success mindset matters, and this article explains why it does.\n\n"
          "Wednesday 20 November 2019 9:22 am\n\nThe rest of the article follows here with more words.\n")
    assert _t101(md, "markdown") == []


def test_a_widget_header_matched_by_the_boilerplate_pack_is_not_also_a_cut_sentence():
    md = ("# Solar panels on every roof\n\n"
          "The city will pay half the cost of panels on homes built before 1990, officials said on Monday.\n\n"
          "You may also like\n\n"
          "Residents can apply from March, and the first grants will be paid in the summer.\n")
    rep = audit_text(md, format="markdown")
    assert [(f["code"], f["line"]) for f in rep["findings"] if f["line"] == 5] == [("B201", 5)]
    # without the pack's match, the same words in a paragraph are a cut sentence
    cut = md.replace("You may also like", "Officials said that residents may also like")
    assert _t101(cut, "markdown") == [(5, 31)]  # "may also like"


def test_time_first_dates_and_short_relative_times_are_labels():
    from auditor.linepatterns import is_timestamp

    for label in ("8H ago 10:48", "12:03 GMT, Nov 20, 2019", "10:02 AM EST Nov 19, 2019", "2 days ago on Mac Blog"):
        assert is_timestamp(label), label
    for prose in ("12:03 The minister spoke to reporters", "8 hours ago the council met",
                  "We left 2 days ago in a hurry"):
        assert not is_timestamp(prose), prose


def test_a_plain_text_line_that_reads_as_an_article_sentence_is_cut_even_shaped_like_a_heading():
    head = ("Team wins the cup\n\n"
            "The team beat its rival 2-1 on Sunday to win the cup for the first time since 1998.\n\n")
    tail = "\n\nFans filled the streets of the city until late at night, police said.\n"
    for cut, at in (("The U.S. had won all previous 15 meetings", (5, 22)),
                    ("Morrison also said he was surprised", (5, 20)),
                    ("“I believe what I found", (5, 12))):
        assert _t101(head + cut + tail, "text") == [at], cut
    for heading in ("Q: Where did you grow up?", "True confession: I had to learn the hard way",
                    "Emad Mostaque Resignation", "Goldman Sachs denies claims of card bias",
                    "What the Team Did Next"):
        assert _t101(head + heading + tail, "text") == [], heading


def test_a_cut_first_line_under_a_plain_text_title_is_not_taken_for_a_standfirst():
    tail = "\n\nThe findings were published in the journal Nature on Monday, the agency said.\n"
    cut = "Plague in China\n\nThe health agency said three cases had been confirmed in the north" + tail
    assert _t101(cut, "text") == [(3, 55)]  # "in the north"
    # a dek does not end on a preposition either
    assert len(_t101("Plague in China\n\nShares of the Chinese drug makers are falling sharply in premarket "
                     "trading on Monday after" + tail, "text")) == 1
    for dek in ("Oversupply worries drag crude lower as stocks drift near record highs",
                "'We had some issues,' exec says on streaming glitches",
                "The man whose duvet nearly killed him: how this medical mystery was solved"):
        assert _t101("Plague in China\n\n" + dek + tail, "text") == [], dek
    # a list of names or clauses with commas is the lede's sentence, not a headline: two commas, or one in a long line
    for title, lede, more in (
            ("Senators sue the police", "President of the Senate, Bukola Saraki, Senator Dino Melaye and Senator Ben "
             "Murray-Bruce have dragged the Inspector-General of Police",
             "Saraki and Melaye told the Senate the police had harassed them."),
            ("Star Wars game review", "Even if its core components are owed to other games, the new Star Wars game finds "
             "a reason for their inclusion",
             "The game borrows its core components from other games, and the Star Wars setting gives them a reason.")):
        assert len(_t101(title + "\n\n" + lede + "\n\n" + more + "\n", "text")) == 1, lede


def test_a_title_case_line_with_several_function_words_is_a_title():
    head = "Summer guide\n\nHere is our pick of the best events in the city for the months ahead, with dates.\n\n"
    tail = "\n\nTickets for most events go on sale a month before, the organisers said.\n"
    for title in ("6 Things to Do in May", "Disney Plus Is Now Live, Sign Up for the Bundle and Save $5/Month"):
        assert _t101(head + title + tail, "text") == [], title
    assert _t101(head + "James Van Der Beek has" + tail, "text") == [(5, 11)]


def test_a_how_to_line_is_a_heading_not_a_cut_sentence():
    head = "Retire early\n\nMany savers want to stop working before sixty, and a plan makes that possible.\n\n"
    tail = "\n\nStart by working out what you spend in a year, then multiply it by twenty-five.\n"
    for heading in ("How to retire early so you can work, travel, and relax on your own schedule",
                    "Here’s how to switch up your savings plan and become the boss of your money"):
        assert _t101(head + heading + tail, "text") == [], heading
        assert _t101(head.replace("Retire early", "# Retire early") + heading + tail, "markdown") == [], heading
    assert _t101(head + "How to retire early is the question most of the" + tail, "text") == [(5, 37)]


def test_a_sentence_that_starts_with_a_label_word_is_not_a_label():
    from auditor.checks.truncation import _is_label

    assert _is_label("Photos: Jane Doe/Example Wire") and _is_label("Updated: Nov. 19, 2019")
    assert not _is_label("Photos which were released online and are making the rounds on social media")


def test_a_clause_left_open_is_cut_even_in_a_heading_shaped_paragraph_and_contractions_are_verbs():
    from auditor.textutil import reads_as_a_sentence, word_list

    html = ("<html><body><article><h1>Titan mapped</h1><p>WASHINGTON (Reuters) - Scientists on</p>"
            "<p>The map was based on radar and infrared data collected by the Cassini spacecraft.</p></article></body></html>")
    assert _t101(html, "html") == [(1, 58)]
    t = "The governor’s office didn’t immediately respond"
    assert reads_as_a_sentence(t, word_list(t))


def test_an_attribution_line_is_not_a_cut_sentence():
    head = "Fact check\n\nThe claim was made in an interview and repeated in a radio advert the next week.\n\n"
    tail = "\n\nThe figures do not support the claim, according to the state's own data.\n"
    assert _t101(head + "— Jane Doe on Sunday, October 13th, 2019 in an article in a local newspaper" + tail, "text") == []


def test_a_headline_with_could_is_not_read_as_article_prose():
    from auditor.textutil import reads_as_a_sentence, word_list

    t = "One of the top-performing beauty stocks could surge after a celebrity makeover"
    assert not reads_as_a_sentence(t, word_list(t))
    t = "The company said it could surge after a celebrity makeover"
    assert reads_as_a_sentence(t, word_list(t))


def test_a_line_opening_with_both_or_each_reads_as_article_prose():
    from auditor.textutil import reads_as_a_sentence, word_list

    t = "Both Johnson and Corbyn are trying to overcome a mountain"
    assert reads_as_a_sentence(t, word_list(t))


def test_cannot_and_pronoun_contractions_are_finite_verbs():
    from auditor.textutil import reads_as_a_sentence, word_list

    for t in ("“Central banks cannot provide that much to incentivize stocks",
              "But it’s not going to be easy for the team in the"):
        assert reads_as_a_sentence(t, word_list(t)), t


def test_a_perfect_tense_reads_as_article_prose():
    from auditor.textutil import reads_as_a_sentence, word_list

    t = "Braun has worked with the likes of Kanye West"
    assert reads_as_a_sentence(t, word_list(t))


def test_a_verb_with_a_that_clause_reads_as_article_prose():
    from auditor.textutil import reads_as_a_sentence, word_list

    t = "Research also shows that yoga can decrease levels of stress hormones"
    assert reads_as_a_sentence(t, word_list(t))
    t = "Study shows yoga can decrease stress in adults"
    assert not reads_as_a_sentence(t, word_list(t))  # headlinese drops the "that"


def test_a_plain_text_line_that_opens_a_quotation_it_never_closes_is_cut():
    lead = "The coach spoke after the game on Sunday and said the team had a lot to work on this week.\n\n"
    tail = "\n\nThe team plays again on Thursday night at home against the league leaders.\n"
    cut = "Title\n\n" + lead + "“In the same way the defence let us down" + tail
    found = [(f["code"], f["line"], f["column"]) for f in audit_text(cut, format="text")["findings"]
             if f["category"] == "truncation"]
    assert found == [("T101", 5, 30)]  # the last three words, "let us down"
    for heading in ("Anthony Lynn: “We needed to win this game”", "\"Yes\" votes count"):
        doc = "Title\n\n" + lead + heading + tail
        assert not [f for f in audit_text(doc, format="text")["findings"] if f["category"] == "truncation"], heading


def test_a_plain_text_line_that_is_only_a_lead_in_is_cut():
    lead = "The coach spoke after the game on Sunday and said the team had a lot to work on this week.\n\n"
    tail = "\n\nThe team plays again on Thursday night at home against the league leaders.\n"
    for cut in ("According to a report published in the journal Nature", "Upon hearing the news that she would advance",
                "Those who come into close contact", "After debuting the all-new model two",
                "In addition to the three players injured on Sunday", "Two days after clinching the title",
                "When the coach walked into the locker room", "As the coach told reporters on Sunday",
                "While the players made their way to the bus", "By taking off just the top of the roof",
                "If the team's new quarterback feels ready for the start"):
        found = [(f["code"], f["line"]) for f in audit_text("Title\n\n" + lead + cut + tail, format="text")["findings"]
                 if f["category"] == "truncation"]
        assert found == [("T101", 5)], cut
    for heading in ("When to plant tomatoes", "According to the CDC, cases rise", "After the storm passed",
                    "Although: a short history of doubt", "Despite the odds", "When the coach calls",
                    "Two days in the life of a coach", "While you were away", "By the numbers this season",
                    "If Trump wins"):
        doc = "Title\n\n" + lead + heading + tail
        assert not [f for f in audit_text(doc, format="text")["findings"] if f["category"] == "truncation"], heading


@pytest.mark.parametrize("fmt", ["markdown", "html", "text"])
def test_a_pull_quote_closed_at_its_end_is_not_cut_but_a_quote_cut_before_its_attribution_is(fmt):
    lead = "The chef opened her first restaurant in 2019 and has cooked there six nights a week ever since."
    quote = "“Cooking is about patience and taste, not about the equipment you own”"
    cut = "“It has the potential to change how we cook. It will improve our efficiency”"
    comma = "“We will open a second kitchen next spring, and hire twelve more cooks,”"
    blocks = [lead, quote, cut, comma, "She plans to write a cookbook next year."]
    if fmt == "html":
        doc = "<html><body><h1>Chef</h1>" + "".join(f"<p>{b}</p>\n" for b in blocks) + "</body></html>"
    else:
        doc = ("# Chef\n\n" if fmt == "markdown" else "Chef\n\n") + "\n\n".join(blocks) + "\n"
    lines = doc.split("\n")
    found = sorted(f["line"] for f in audit_text(doc, format=fmt)["findings"] if f["code"] == "T101")
    want = [next(i + 1 for i, ln in enumerate(lines) if b in ln) for b in (cut, comma)]
    assert found == want


@pytest.mark.parametrize("fmt", ["markdown", "text"])
def test_a_link_title_ending_in_its_site_name_is_not_a_cut_sentence(fmt):
    lead = "The studio released the game on Friday, and early reviews praised its combat and its story."
    title = "Star Wars Jedi: Fallen Order review - shoots for the moon, lands among the stars - VG247"
    other = "All-new 2020 Sentra is what we really want from Nissan PH - Auto News"
    doc = ("# Game\n\n" if fmt == "markdown" else "Game\n\n") + "\n\n".join([lead, title, other, lead]) + "\n"
    assert not [f for f in audit_text(doc, format=fmt)["findings"] if f["category"] == "truncation"]
    cut = doc.replace(other, "All-new 2020 Sentra is what we really want from the")  # still a cut
    assert [f["code"] for f in audit_text(cut, format=fmt)["findings"] if f["category"] == "truncation"] == ["T101"]


@pytest.mark.parametrize("fmt", ["markdown", "text"])
def test_an_entry_of_a_stats_list_that_lacks_the_full_stop_its_neighbours_have_is_cut(fmt):
    rows = ["CB Denzel Ward 74 100% 4 tackles (4 combined). 1 pass defended.",
            "CB Greedy Williams 73 99% 6 tackles, 1 assist (7 combined).",
            "CB Terrance Mitchell 63 85% 4",
            "CB Kevin Johnson 21 28% 1 tackle (1 combined).",
            "S Morgan Burnett 35 47% 3 tackles, 2 assists (5 combined)."]
    head = "# Snap counts\n\n" if fmt == "markdown" else "Snap counts\n\n"
    intro = "The defense played most of its snaps in the nickel package on Sunday, as it has all season.\n\n"
    doc = head + intro + "\n\n".join(rows) + "\n"
    found = [(f["code"], f["line"]) for f in audit_text(doc, format=fmt)["findings"] if f["category"] == "truncation"]
    assert found == [("T101", 9)]
    # as list items, an entry without its full stop is a list's usual looseness, not a cut
    as_list = head + intro + "\n".join("- " + r for r in rows) + "\n"
    assert not [f for f in audit_text(as_list, format=fmt)["findings"] if f["category"] == "truncation"]


def test_a_sentence_case_heading_may_have_a_comma_but_an_adverbial_lead_in_may_not():
    for heading in ("One chapter over, another barely begun", "Big plans, small budget",
                    "Light as a medium, and remarkable stories about Amsterdam"):
        assert looks_like_heading(heading), heading
    for cut in ("In the showroom, the public also have the possibility", "However, the other 28 people have showed",
                "Teachers chanted, “Fund our schools,” and “Put", "Ian Hamilton, an expert in drug use",
                "Targeting audiences is key in making dollars go further, Graham"):
        assert not looks_like_heading(cut), cut
    body = ("Lighting showroom opens\n\nThe public can visit the new lighting showroom from Monday, the company said.\n\n"
            "{}\n\nThe showroom shows the lamps in real rooms, and the public can try every setting.\n")
    assert _t101(body.format("One chapter over, another barely begun"), "text") == []
    assert _t101(body.format("In the showroom, the public also have the possibility"), "text") == [(5, 34)]  # "have the possibility"


def test_a_list_of_names_after_a_finished_sentence_of_prose_is_prose_cut_off():
    text = ("Stadia launches today\n\nGoogle's Stadia streaming service launches today with 22 titles, at last.\n\n"
            "Stadia's launch titles are uninspiring, critics say. They include: Assassin's Creed Odyssey, Attack on "
            "Titan, Destiny 2, Farming\n\nMore titles will come to Stadia next year, Google says.\n")
    assert _t101(text, "text") == [(5, 111)]  # "Destiny 2, Farming"
    assert _t101("Cars\n\nVOLKSWAGEN ID. SPACE VIZZION CONCEPT\n\nThe concept car has a long range.\n", "text") == []


def test_a_lead_in_after_a_kicker_colon_is_still_only_a_lead_in():
    from auditor.checks.cut_lines import lead_in_only as _lead_in_only

    assert _lead_in_only("Another caveat: Even though McKinley visited") is not None
    assert _lead_in_only("Even though the odds were long, they won") is None
    assert _lead_in_only("Review: Though flawed, a fine phone") is None


def test_a_headline_that_ends_on_a_whole_quotation_is_not_cut():
    md = ("# Airbus and Boeing\n\nAirbus reported strong orders at the Dubai air show on Monday, the company said.\n\n"
          "Airbus says it does not gain from Boeing 737 Max grounding: 'It is not good for competitors'\n\n"
          "Boeing has not delivered a 737 Max since March, when regulators grounded the plane.\n")
    assert _t101(md, "markdown") == []
    assert _t101(md.replace(": 'It is not good for competitors'", " as Boeing"), "markdown") == [(5, 50)]


def test_a_stats_entry_is_cut_even_when_a_neighbour_was_cut_too():
    rows = ["S Damarious Randall 43 58% 1 tackle (1 combined).", "S Juston Burris 42 57%", "S Morgan Burnett 35 47%",
            "S Sheldrick Redwine 33 45% 1 tackle (1 combined).", "S Eric Murray 30 40% 2 tackles (2 combined)."]
    intro = "The defense played most of its snaps in the nickel package on Sunday, as it has all season.\n\n"
    doc = "Snap counts\n\n" + intro + "\n\n".join(rows) + "\n"
    found = [(f["code"], f["line"]) for f in audit_text(doc, format="text")["findings"] if f["category"] == "truncation"]
    assert found == [("T101", 7), ("T101", 9)]
    # when most entries end without a full stop, that is the list's style
    loose = [r.split(" 1 tackle")[0].split(" 2 tackles")[0] for r in rows]
    loose[0] = rows[0]
    doc = "Snap counts\n\n" + intro + "\n\n".join(loose) + "\n"
    assert not [f for f in audit_text(doc, format="text")["findings"] if f["category"] == "truncation"]


def test_plain_text_wrapped_at_uneven_widths_is_one_paragraph_and_only_its_real_cut_is_flagged():
    text = ("City council approves new budget\n\n"
            "The city council approved the new budget on Tuesday after a long\ndebate about spending on parks,\n"
            "roads and schools. The mayor said the plan would\nkeep taxes flat for a third year.\n\n"
            "The budget takes effect in July, and the council will review it\nagain in the autumn when the\n")
    found = [(f["code"], f["line"], f["column"]) for f in audit_text(text, format="text")["findings"]
             if f["category"] == "truncation"]
    assert found == [("T101", 9, 14)]  # "autumn when the": the cut, at its place in the source
    from auditor.loaders import load_string

    doc = load_string(text, "a.txt")
    assert [b.kind for b in doc.blocks] == ["title", "paragraph", "paragraph"]
    # lines that each open with a capital and end a phrase stay lines of their own
    doc = load_string("Title\n\nRoses are red\nViolets are blue\n", "a.txt")
    assert [b.text for b in doc.blocks[1:]] == ["Roses are red", "Violets are blue"]


def test_an_explainer_headline_with_why_before_a_statement_is_no_cut_sentence():
    md = ("# Zebra stripes\n\nScientists painted stripes on cattle in Japan and counted the flies that landed on them.\n\n"
          "{}\n\nThe painted cows had half as many bites, the team said.\n")
    assert _t101(md.format("Why farmers may want to paint their cows with zebra stripes"), "markdown") == []
    # a question that lost its question mark: a sentence cut off
    assert _t101(md.format("Why do farmers want to paint their cows with zebra stripes"), "markdown") == [(5, 41)]


def test_a_footnote_mark_is_read_past_but_a_glob_or_a_help_tag_is_not_a_footnote():
    md = "# Fonts\n\nThe studio chose a new font for every sign in the building this spring.\n\n{}\n\nMore text follows.\n"
    assert _t101(md.format("“Yes, I need to bench Rivers,” the coach said of the change.*"), "markdown") == []
    for line in ("This example works on many systems: set guifontset=-*-*-medium-r-normal--16-*",
                 "Increase current window height by N (default 1). CTRL-W +*"):
        rep = audit_text(md.replace("# ", "").format(line), format="text")
        assert not [f for f in rep["findings"] if f["code"] == "T101" and "ends with" in f["message"]], line


def test_a_plus_after_a_number_is_a_whole_token_but_a_lone_plus_is_a_cut():
    from auditor.textutil import ends_open

    assert ends_open("Join us for music, food and +") == "ends with '+'"
    for finished in ("The film is rated 18+", "The festival drew 10,000+"):
        assert ends_open(finished) is None, finished


def test_a_verb_followed_by_an_article_reads_as_prose_but_headlinese_and_marked_headings_do_not():
    head = ("Tour dates announced\n\n"
            "The band will play twenty cities next summer, its label said in a statement on Monday.\n\n")
    tail = "\n\nTickets go on sale on Friday at the venues and online, the promoter said.\n"
    _between(head, tail, (("Live Nation is producing the tour", (5, 16)),
                          ("Ticketmaster acquired a 51% stake in the promoter", (5, 35)),
                          ("The video shows the band on stage", (5, 21))),  # an -s form before "the" is a verb
             ("Coty acquires 51% stake in cosmetics brand",   # headlinese drops its articles
              "Why this is the best time to buy a house",     # a question word opens a heading
              "{only available when compiled with the feature}",
              "+ PTUI can attach a shell to any module"))
    underlined = head + "``filled(x)`` can return a subclass of the array\n------------------------------\n" + tail
    assert _t101(underlined, "text") == []


def test_a_lead_in_with_its_clause_and_a_dash_opening_an_aside_are_prose_without_an_end():
    head = ("Plague cases confirmed\n\n"
            "Health officials confirmed two cases of plague in the region this week, the agency said.\n\n")
    tail = "\n\nThe patients are being treated in hospital and are in a stable condition, officials said.\n"
    _between(head, tail, (("According to the study, published in the journal Nature", (5, 38)),
                          ("The bacterium also causes bubonic plague - otherwise", (5, 27))),
             ("Despite The Monthly Fee, You're Still Buying Games",  # a title-case heading
              "According to the CDC, cases rise",                    # a headline's clause
              "Cases rose in the north - mostly in rural areas"))


def test_a_quotation_opened_after_said_a_dateline_lede_and_a_set_off_however_are_prose():
    head = ("Assange case dropped\n\n"
            "Swedish prosecutors dropped the investigation into Julian Assange on Tuesday, the agency said.\n\n")
    tail = "\n\nAssange remains in a British prison while the United States seeks his extradition, officials said.\n"
    _between(head, tail, (('Wikileaks editor Kristinn Hrafnsson said: "Let us now', (5, 44)),
                          ("STOCKHOLM — Hours before the prosecutors spoke to Assange", (5, 42)),
                          ("Prosecutor Eva-Marie Persson, however, said she was", (5, 40))),
             ('Assange lawyer: "We will appeal"', 'Assange\'s 27" monitor sold at auction',
              "ADVERTISEMENT – INKASA INTERIORS", "STOCKHOLM — What Comes Next"))


def test_a_present_tense_verb_is_read_from_its_subject_before_an_article():
    from auditor.textutil import keeps_articles

    assert keeps_articles("Home Depot management hosts a conference".split())         # singular noun + -s form
    assert keeps_articles("Recent Samsung smart TVs also include the Apple TV app".split())  # plural + base
    assert keeps_articles("Some users include the app in their morning routine".split())
    assert not keeps_articles("Home Depot shares hosts conference".split())  # no article after the verb
    assert not keeps_articles("New vehicle sales in the Houston area".split())  # no verb: "sales" is a noun
    assert not keeps_articles("Why smart TVs include the app".split())          # a question word opens a heading


def test_a_name_with_the_is_that_headlines_drop_reads_as_prose():
    from auditor.checks.cut_lines import articled_sentence

    for prose in ("Alibaba is set to raise up to $12.9bn", "Johnson is under fire for failing to deliver on his vow",
                  "Taylor Swift's label was ready to release the songs"):
        assert articled_sentence(prose), prose
    for heading in ("Alibaba set to raise $12.9bn in Hong Kong listing", "What was the Swedish investigation about?",
                    "Apple Is Set To Launch New Laptops", "Sharing is caring!"):
        assert not articled_sentence(heading), heading
    head = ("Alibaba plans a listing\n\n"
            "Alibaba will list its shares in Hong Kong this month, the company said in a filing on Wednesday.\n\n")
    tail = "\n\nThe listing would be the largest in Hong Kong this year, bankers said.\n"
    assert _t101(head + "Alibaba is set to raise up to $12.9bn in the listing" + tail, "text") == [(5, 39)]


def test_a_description_indented_alike_and_wrapped_over_lines_is_one_paragraph_not_cut_lines():
    from auditor.loaders import load_string

    text = ("Buffer events\n\nThe events below fire when a buffer changes, in this order.\n\n"
            "BufDelete\n"
            "\t\tDon't change to another buffer, it will cause\n"
            "\t\tproblems when the buffer is deleted.\n")
    doc = load_string(text, "help.txt")
    assert [b.text for b in doc.blocks][-1] == "Don't change to another buffer, it will cause problems when the buffer is deleted."
    assert _t101(text, "text") == []


@pytest.mark.parametrize("wrap", ['<p class="wp-caption-text">{}</p>', '<p><span class="caption">{}</span></p>',
                                  '<div class="figure-caption">{}</div>'])
def test_a_caption_written_as_a_classed_paragraph_or_span_is_not_cut(wrap):
    caption = "Figure 4-4: The representation in memory after s1 has"
    html = ("<html><body><h1>Ownership</h1>"
            "<p>Rust manages memory through a system of ownership with rules that the compiler checks.</p>\n"
            + wrap.format(caption) + "\n<p>The next section explains what that means for your code.</p></body></html>")
    assert _t101(html, "html") == []
    assert _t101(html.replace(wrap.format(caption), "<p>" + caption + "</p>"), "html") == [(2, 45)]


def test_a_file_of_data_lines_is_not_read_as_sentences_but_an_article_still_is():
    groups = ["-- values along side %d of the real axis\n" % g
              + "\n".join(f"acos{g}{i:03d} acos -{g}.{i} 0.0 -> 1.5707963267948966 -0.0" for i in range(4)) for g in range(12)]
    assert _t101("Test cases for acos\n\n" + "\n\n".join(groups) + "\n", "text") == []
    prose = "\n\n".join(f"The council met on day {i} and voted on the budget for the year." for i in range(12))
    cut = "Test cases for acos\n\n" + prose + "\n\nThe council will vote on the plan for the\n\nThe end came soon after."
    assert _t101(cut, "text") == [(27, 30)]


def test_a_short_dateline_lede_and_a_quotation_opened_mid_line_are_cut_but_a_byline_and_a_key_are_not():
    from auditor.checks.cut_lines import prose_marker, unclosed_quote

    assert prose_marker("MADRID — Rafael Nadal kept")
    assert prose_marker("VIM USER MANUAL - by Bram Moolenaar") is None
    assert unclosed_quote("Twitter pledged to take “decisive")
    assert unclosed_quote("That process led to a realization: “It")  # a two-letter word after the mark
    assert unclosed_quote('CTRL-O "g3dw') is None
    assert unclosed_quote("Assange's 27\" monitor sold at auction") is None


def test_a_sentence_with_many_names_reads_as_one_when_it_opens_with_an_article_and_has_a_past_verb():
    from auditor.textutil import reads_as_a_sentence, word_list

    for prose in ("A New York man pleaded guilty Monday", "The 48-year-old Australian was evicted in April"):
        assert reads_as_a_sentence(prose, word_list(prose)), prose
    for heading in ("The Resurrection of the Greatest Sci-Fi Writer You’ve Never Read",
                    "A Man Develops 'Feather-Duvet Lung' After Switching His Bedding", "New York Man Pleaded Guilty"):
        assert not reads_as_a_sentence(heading, word_list(heading)), heading


def test_a_clock_time_is_no_kicker_colon_and_a_statement_of_code_is_no_sentence():
    head = ("Lakers beat the Thunder\n\n"
            "The Lakers won their sixth straight game on Tuesday night behind another big game from James.\n\n"
            "CLOSEOUT SEQUENCE\n\n")
    cut = "James’ 3-pointer put the Lakers up 109-98 with 3:08 to play, but the Thunder scored nine\n\n"
    tail = "Oklahoma City could not score again after that, and the Lakers held on for the win.\n"
    assert _t101(head + cut + tail, "text") == [(7, 70)]  # "Thunder scored nine"
    kicker = "Closeout Sequence: James Hits The Three That Sealed It In Oklahoma City\n\n"
    assert _t101(head + kicker + tail, "text") == []
    doc = ("Changing bytes of a blob\n\n"
           "To change a sequence of bytes the slice notation can be used, as in this example:\n\n"
           "\tlocal = arg1 * arg2;\n\n"
           "The length of the replaced bytes must be exactly the same as the value provided.\n")
    assert _t101(doc, "text") == []


def test_lines_hanging_under_a_list_item_or_a_described_term_join_it_and_this_is_waits_for_the_rest():
    from auditor.loaders import load_string
    from auditor.textutil import ends_open

    text = ("Marks\n\nThe marks have a special position when a file is read or written:\n\n"
            "- Before the ReadPost event the mark is set to the first line that was\n"
            "  just read, the other mark to the last line.\n"
            "- Before the WritePre event the mark is set to the first line that will\n"
            "  be written.\n\n"
            ":spelldump!\t\tLike the plain command and include the word count.  This is\n"
            "\t\t\tthe number of times the word was found while\n"
            "\t\t\tupdating the screen.\n")
    doc = load_string(text, "help.txt")
    assert [(b.kind, b.text) for b in doc.blocks][-3:] == [
        ("list_item", "Before the ReadPost event the mark is set to the first line that was just read, the other mark "
                      "to the last line."),
        ("list_item", "Before the WritePre event the mark is set to the first line that will be written."),
        ("paragraph", ":spelldump! Like the plain command and include the word count. This is the number of times the "
                      "word was found while updating the screen.")]
    assert _t101(text, "text") == []
    assert ends_open("China’s leaders may still believe all this is") == "ends on 'this is'"
    for whole in ("Nobody is sure what this is", "It is as simple as that is", "Know how good this is"):
        assert ends_open(whole) is None, whole


def test_after_a_kicker_colon_a_preposition_or_a_given_name_left_without_its_object_is_cut():
    from auditor.clause_ends import ends_incomplete

    assert ends_incomplete("6A: Wichita North's Miguel Bernal took home first in") == \
        "ends on the preposition 'in' with no object"
    assert ends_incomplete("Panthers 5, Flyers 2: Aleksander Barkov and Brett") == \
        "ends on the given name 'Brett' with no surname"
    # the other clause checks stay off after a kicker, and a clock time is no kicker
    for whole in ("Review: the pianist who can", "Kickoff: 7:30 in", "Week 12: Photos by Matt"):
        assert ends_incomplete(whole) is None, whole
    text = ("State swimming results\n\n"
            "Wichita swimmers set three records at the state meet in Topeka on Saturday, coaches said.\n\n"
            "6A: Wichita North's Miguel Bernal took home first in\n\n"
            "The meet continues next weekend with the diving finals in Lawrence.\n")
    assert _t101(text, "text") == [(5, 40)]  # "home first in"


@pytest.mark.parametrize("fmt", ["markdown", "html"])
def test_by_before_a_function_word_or_a_gerund_opens_a_sentence_not_a_byline(fmt):
    def doc(line):
        paras = ["Buckley had not sung in years before the film, and she worried about doing the song justice.",
                 line, "She recorded the song in a single afternoon, the producers said later that week."]
        if fmt == "html":
            return "<html><body><h1>Wild Rose</h1>" + "".join(f"<p>{p}</p>" for p in paras) + "</body></html>"
        return "# Wild Rose\n\n" + "\n\n".join(paras) + "\n"

    for cut in ("By the time Buckley learned", "By taking the first verse of the song slower, Buckley found her voice again in the film"):
        assert [f["code"] for f in audit_text(doc(cut), format=fmt)["findings"] if f["code"] == "T101"] == ["T101"], cut
    assert [f["code"] for f in audit_text(doc("By Jane Smith and Tom Jones"), format=fmt)["findings"]
            if f["code"] == "T101"] == []


def test_a_help_files_example_mark_after_a_finished_line_is_read_past():
    text = ("Termdebug\n\n"
            "By default the plugin creates a window toolbar when the mouse is enabled. If you do not want it, "
            "disable it with: >\n\n"
            "\tlet g:termdebug_config['winbar'] = 0\n\n"
            "The toolbar shows the most common debugger commands, which you can click to run.\n")
    assert _t101(text, "text") == []
    assert _t101(text.replace("with: >", "with the >"), "text") != []  # a bare ">" after an open clause is no mark


def test_a_focusing_adverb_after_a_comma_a_linking_adverb_with_a_bare_subject_and_a_lead_in_paragraph_are_cut():
    from auditor.clause_ends import ends_incomplete

    assert ends_incomplete("China-specific tariffs took effect in July 2018, primarily") == \
        "ends on 'primarily' after a comma, with nothing after it"
    assert ends_incomplete("The tariffs hit farmers hard, perhaps") is None  # may close a sentence
    assert ends_incomplete("However, both Vindman and Williams") == \
        "ends on 'both Vindman and Williams', a subject without its verb after 'However,'"
    assert ends_incomplete("However, he agreed to testify") is None  # a verb that takes no object ends its clause
    assert ends_incomplete("Cohen agrees to testify") is None and ends_incomplete("The minister will resign") is None
    assert ends_incomplete("The company plans to acquire") == "ends on 'to acquire' with no object"
    paras = ["The paper's reporting on the plant has drawn wide attention in the state this year.",
             "According to a report in the Argus Leader of Sioux Falls",
             "The plant's owners have not commented on the report, the paper said on Monday."]
    md = "# Plant report\n\n" + "\n\n".join(paras) + "\n"
    assert [f["line"] for f in audit_text(md, format="markdown")["findings"] if f["code"] == "T101"] == [5]
    # a short heading-shaped paragraph that is no lead-in stays a pseudo-heading
    md2 = md.replace(paras[1], "Reporting in the Argus Leader")
    assert [f["line"] for f in audit_text(md2, format="markdown")["findings"] if f["code"] == "T101"] == []


def test_a_sentence_adverb_set_off_by_commas_marks_prose_not_page_chrome():
    text = ("Hitler's birth house\n\n"
            "Architects from across the European Union will be invited to submit plans for the building, the "
            "interior ministry said on Tuesday.\n\n"
            "Austria argued for decades that it was the first victim of the Nazis rather than a willing accomplice.\n\n"
            "Recent governments have, however, recognized\n")
    rep = audit_text(text, format="text")
    assert [(f["code"], f["line"]) for f in rep["findings"] if f["category"] in ("truncation", "boilerplate")] \
        == [("T101", 7)]


def test_a_heading_shaped_line_ending_on_a_preposition_after_a_plain_word_is_cut_but_a_phrasal_verb_is_whole():
    head = ("Troops in Afghanistan\n\n"
            "The Pentagon said on Monday that it would cut the number of troops it keeps in the country.\n\n")
    tail = "\n\nOfficials did not say when the reduction would begin or how long it would take.\n"
    _between(head, tail, [("Roughly 13,000 US troops remain in", (5, 19)), ("Do you make jam in", (5, 8)),
                          ("Some social media users pointed to articles published on", (5, 36))],
             ["Why commanders want to weigh in", "How the new tax breaks kick in", "What the new rules let you bring in",
              "What comes after the war is over", "Three ways to sign in"])


def test_a_line_under_the_title_that_keeps_the_articles_headlines_drop_is_a_cut_lede_not_a_standfirst():
    tail = "\n\nDealers blamed the drop on fewer fleet sales and on buyers waiting for new models, the group said.\n"
    for lede, at in (("Dealers in the Houston area sold the fewest new cars in a decade last month", (3, 59)),
                     ("Houston car dealers are closing the year with the weakest sales since 2010", (3, 59))):
        assert _t101("Car sales slump\n\n" + lede + tail, "text") == [at], lede
    for dek in ("Oversupply worries drag crude lower as stocks drift near record highs",
                "Houston dealers brace for weakest year since 2010"):
        assert _t101("Car sales slump\n\n" + dek + tail, "text") == [], dek


def test_a_verb_in_the_simple_past_with_its_object_reads_as_prose_but_a_headlines_passive_does_not():
    from auditor.textutil import keeps_past

    for prose in ("Mourinho won the Premier League three times", "Mourinho won three league titles",
                  "Grisham also accused the Democrats",
                  "Hamilton urged voters to be cautious", "Key Security Council powers distanced themselves"):
        assert keeps_past(prose.split()), prose
    for headline in ("Man shot at Dallas gas station", "Cohen sentenced to three years in prison",
                     "Trump made 45 false claims about impeachment", "How Mourinho won the league",
                     "Mourinho wins the league again"):
        assert not keeps_past(headline.split()), headline
    head = ("Mourinho returns to the Premier League\n\nJose Mourinho was named Tottenham manager on Wednesday, hours "
            "after the club sacked Mauricio Pochettino. He returns to the Premier League a year after leaving Manchester "
            "United.\n\n")
    tail = ("\n\nHis Chelsea sides won the league in 2005, 2006 and 2015, and Tottenham hope he can end their wait for "
            "a trophy.\n")
    _between(head, tail, [("Mourinho won the Premier League with Chelsea", (5, 26))],
             ["Mourinho signs contract until 2023", "Pochettino sacked after five years"])


def test_a_bare_number_after_a_lower_case_word_lost_what_it_counts_but_prices_ratings_and_series_did_not():
    head = ("Home Depot cuts its forecast\n\nHome Depot cut its sales forecast for the year on Tuesday, and its shares "
            "fell in premarket trading.\n\n")
    tail = "\n\nThe company said sales at stores open at least a year rose 4.4 percent in the quarter.\n"
    _between(head, tail, [("Home Depot shares are up 39", (5, 19)), ("The company plans to spend a total of $2.6", (5, 30))],
             ["Home Depot shares drop to $185", "Score 4.5 out of 5", "Home Depot sales slow in 2019",
              "The best deals of season 2"])


def test_an_adverb_or_participle_lead_in_before_a_clause_a_number_compound_and_is_offering_are_prose_left_open():
    from auditor.clause_ends import ends_incomplete

    assert ends_incomplete("Be sure to check out the new 16-inch") == "ends on '16-inch' with no noun after it"
    assert ends_incomplete("Electronic Express via Rakuten is offering") == "ends on 'is offering' with no object"
    assert ends_incomplete("Grant Sabatier suggests having") == "ends on 'having'"
    assert ends_incomplete("The winner is a 30-year-old") is None
    head = ("Car sales slump\n\nDealers in the Houston area sold fewer new cars last month than a year earlier, a "
            "dealers' group said.\n\n")
    tail = "\n\nDealers blamed fewer fleet sales and buyers waiting for new models, the group said.\n"
    _between(head, tail, [("Nationally, dealers sold nearly 17.3 million new vehicles last year", (5, 50)),
                          ("Looking ahead, Houston dealers expect a slow year", (5, 39))],
             ["Looking ahead to 2020", "Nationally recognised dealers"])


def test_told_with_no_one_told_said_and_its_day_and_an_if_clause_alone_wait_for_the_rest():
    from auditor.clause_ends import ends_incomplete

    assert ends_incomplete("Sonya Zoghlin, the defendant's attorney, told") == "ends on 'told' with no one told"
    assert ends_incomplete("County health officials said Monday") == "ends on 'said Monday' with nothing reported"
    for whole in ("The story as told", "That is what we were told", "The plan will fail, officials said Monday"):
        assert ends_incomplete(whole) is None, whole
    lead = "The coach spoke after the game on Sunday and said the team had a lot to work on this week.\n\n"
    tail = "\n\nThe team plays again on Thursday night at home against the league leaders.\n"
    assert _t101("Title\n\n" + lead + "If you want a seat at the next game" + tail, "text") == [(5, 23)]
    assert _t101("Title\n\n" + lead + "When You Wish Upon a Star" + tail, "text") == []


@pytest.mark.parametrize("fmt", ["markdown", "html"])
def test_a_headline_with_its_source_after_a_comma_is_not_cut_but_a_bare_says_is(fmt):
    def doc(line):
        if fmt == "html":
            return ("<html><body><h1>Flight delays</h1><p>Airlines cancelled dozens of flights on Monday as storms moved "
                    "across the region, officials said.</p>\n<p>" + line + "</p>\n<p>More storms are expected later in "
                    "the week, forecasters said.</p></body></html>")
        return ("# Flight delays\n\nAirlines cancelled dozens of flights on Monday as storms moved across the region, "
                "officials said.\n\n" + line + "\n\nMore storms are expected later in the week, forecasters said.\n")
    assert _t101(doc("Storms force airlines to cancel dozens of flights across the region, officials say"), fmt) == []
    assert len(_t101(doc("The storms could be the worst in a decade for the airlines, says"), fmt)) == 1
    for line in ("Airlines will lose millions from the storms this winter, says IATA",
                 "Storms like these will come more often in the coming decade, warns new study"):
        assert _t101(doc(line), fmt) == [], line
    # a name or "the" and a capitalised word after "says" is often where the sentence was cut
    assert len(_t101(doc("Airlines will lose millions from the storms this winter, says the World"), fmt)) == 1
    assert len(_t101(doc("Travellers rushed to the airport on Monday morning to rebook their cancelled flights, "
                         "only to find"), fmt)) == 1


def test_a_city_before_an_agency_mark_and_a_double_hyphen_dateline_open_a_lede():
    tail = "\n\nThe agency said it would decide on the mission next year, after a review of its budget.\n"
    head = "Space agency plans\n\nThe European Space Agency met in Seville this week to agree on its budget.\n\n"
    for lede in ("Hong Kong (CNN Business) A muddled view of trade talks once", "BERLIN -- The European Space Agency"):
        assert len(_t101(head + lede + tail, "text")) == 1, lede


def test_an_article_and_a_noun_phrase_without_its_verb_is_a_cut_subject_but_a_features_subheading_is_not():
    head = ("Senate session\n\nThe Senate met on Tuesday to debate the budget, and its leaders said a vote could come "
            "before the end of the month.\n\n")
    tail = "\n\nSenators will return on Thursday to continue the debate, the clerk said.\n"
    _between(head, tail, [("The details of the Senate budget debate", (5, 20)),
                          ("A key part of the budget for the coming year", (5, 30))],
             ["The case for spending cuts in the budget", "A guide to the budget debate", "The 10 best moments of the debate",
              "Details of the Senate budget debate"])


def test_a_name_and_its_description_without_a_verb_is_a_cut_subject_but_a_credit_is_not():
    from auditor.checks.cut_lines import prose_marker

    assert prose_marker("Kym Lino, a spokesperson for the network") is not None
    assert prose_marker("Jane Smith, the mayor of the city") is not None
    assert prose_marker("Jeff Sanborn, president of Chapter & Verse") is not None
    assert prose_marker("Matt Maley, equity strategist at Miller") is not None
    for credit in ("Tanza Loudenback, Business Insider", "Jane Smith, a spokesperson, said", "Jane Smith, AP",
                   "Jane Doe, for The Washington Post", "Ana Lopez, AP Business Writer"):
        assert prose_marker(credit) is None, credit


def test_a_pseudo_heading_in_markup_that_is_a_name_and_its_description_is_a_cut_subject():
    def doc(line):
        return ("<html><body><h1>Police in Kowloon</h1><p>Police in Kowloon West arrested 40 protesters on Monday, the "
                "district's commander said at a briefing.</p>\n<p>" + line + "</p>\n<p>The commander said officers in "
                "Kowloon West would keep patrolling the district until the protests ended.</p></body></html>")
    assert _t101(doc("Cheuk Hau-yip, the commander of Kowloon West"), "html") == [(2, 33)]
    assert _t101(doc("The Kowloon West District Commander"), "html") == []


def test_a_name_and_its_description_in_markdown_is_a_cut_subject_not_unrelated_chrome():
    md = ("# Beauty stocks\n\nThe stock added more than 2% to begin the week after the beauty brand took a majority "
          "stake in the company.\n\nMatt Maley, equity strategist at Miller\n\n\"This is a stock that had been "
          "getting clobbered,\" the analyst said on television.\n")
    found = [(f["line"], f["code"]) for f in audit_text(md, format="markdown")["findings"]
             if f["category"] in ("truncation", "boilerplate")]
    assert found == [(5, "T101")]


def test_a_plain_text_title_ending_on_a_lower_case_word_no_title_ends_on_is_a_cut_lede():
    body = "\n\nThe show runs for five days and draws riders from across the country every year.\n"
    assert _t101("CHEER ON Juniors and Young Riders as" + body, "text") == [(1, 22)]
    assert _t101("Brace yourself, Swifties: Taylor Swift might not be" + body, "text") == [(1, 40)]
    for title in ("What Are You Waiting For", "Where to eat in the old town"):
        assert _t101(title + body, "text") == [], title
    # the first line of a hard-wrapped paragraph is no title that was cut
    wrapped = ("Guido van Rossum, as well as being the creator of the Python language, is the\n"
               "original creator of IDLE.  Other contributors include Mark Hammond and Tim Peters.\n")
    assert _t101(wrapped, "text") == []


@pytest.mark.parametrize("fmt", ["text", "markdown"])
def test_a_sentence_opening_with_a_label_word_is_cut_when_it_stops_on_a_word_no_credit_ends_on(fmt):
    head = "# Protests\n\n" if fmt == "markdown" else "Protests\n\n"
    lead = "Security forces moved into the square on Sunday, according to witnesses and local reporters.\n\n"
    tail = "\n\nThe government said it would investigate the deaths, a spokesman told reporters on Monday.\n"
    assert _t101(head + lead + "Video footage shows security forces using water cannons and tear gas to" + tail,
                 fmt) == [(5, 61)]
    assert _t101(head + lead + "Video by Jane Doe for the Example Times" + tail, fmt) == []


def test_an_interview_answer_is_read_past_its_label_for_a_bare_number_or_a_stranded_preposition():
    head = "Band tour\n\nThe band announced a summer tour on Tuesday, its first in five years, with dates across the country.\n\n"
    tail = "\n\nTickets go on sale next week, and the band said fans will get early access to seats.\n"
    assert len(_t101(head + "A: St. Croix in the U.S. Virgin Islands – the most beautiful 87" + tail, "text")) == 1
    assert _t101(head + "A: Season 2 of the show" + tail, "text") == []


def test_a_lede_under_a_title_case_dateline_with_its_state_is_prose_that_stops():
    head = ("Eagles edge Huskies in overtime\n\n"
            "Dekalb, Ill. — Mike Glass threw for three touchdowns\n\n"
            "The quarterback also ran for another score as Eastern Michigan won its third straight game on Saturday.\n")
    assert _t101(head, "text") == [(3, 33)]
    for lede in ("New York, NY – With content engagement migrating to mobile",
                 "Cleveland, Ohio – The Doobie Brothers will tour next year"):
        assert _t101(head.replace("Dekalb, Ill. — Mike Glass threw for three touchdowns", lede), "text"), lede
    # a kicker before a dash is a heading, not a dateline
    kicker = head.replace("Dekalb, Ill. — Mike Glass threw for three touchdowns", "Review – A quiet season ends")
    assert _t101(kicker, "text") == []


def test_a_subheading_that_repeats_the_end_of_a_sentence_in_the_article_is_no_cut():
    article = ("Star Trek 4 finds its director\n\n"
               "Noah Hawley is in final talks to write and direct the fourth film in the series.\n\n"
               "This will be Hawley’s second film\n\n"
               "The fourth Star Trek movie will be Hawley’s second film. His debut flopped at the box office.\n")
    assert _t101(article, "text") == []
    assert _t101(article.replace("This will be Hawley’s second film", "Paramount has not yet said when it"),
                 "text") == [(5, 23)]
    # a noun phrase that a sentence elsewhere also ends on is no echo: the cut line stays a cut
    np_echo = ("# Markets rally on court ruling\n\n"
               "Oza attributed the rally in bank stocks to the court's ruling on the Essar Steel resolution.\n\n"
               "Global financial firm JP Morgan had called the Supreme Court decision on the Essar Steel resolution\n\n"
               "Shares of lenders rose for a third day on Tuesday, led by State Bank of India.\n")
    assert _t101(np_echo, "markdown") == [(5, 78)]


def test_a_recap_kicker_with_the_score_and_only_a_name_after_it_is_cut():
    from auditor.clause_ends import ends_incomplete

    assert ends_incomplete("Jets 2, Predators 1: Patrik") == "ends on the name 'Patrik' after the score, with no verb"
    assert ends_incomplete("Oilers 3, Flames 2 (OT): Connor McDavid")
    for whole in ("Senators 4, Red Wings 3: Anthony Duclair had two goals", "Chapter 3, Verse 2: Genesis",
                  "Season 1, Episode 4: Pilot"):
        assert ends_incomplete(whole) is None, whole
    html = ("<h1>Jets beat Predators</h1><p>Winnipeg won again on Tuesday night.</p>"
            "<p>Jets 2, Predators 1: Patrik</p><p>The Jets have won five straight games at home.</p>")
    assert _t101(html, "html") == [(1, 83)]


def test_a_dateline_lede_is_never_taken_for_the_title_and_a_name_after_a_city_and_state_is_no_site_name():
    from auditor.loaders import load_string

    text = ("Tuesday's college football: Eastern Michigan routs Northern Illinois to become bowl eligible\n\n"
            "Dekalb, Ill. — Mike Glass threw for three touchdowns and ran for another and Eastern Michigan\n\n"
            "The Eagles snapped an 11-game losing streak to the Huskies and ended Northern Illinois' title hopes in "
            "the Mid-American Conference. Eastern Michigan threw for three touchdowns in the second half.\n")
    doc = load_string(text, "recap.txt")
    assert doc.meta["title"].startswith("Tuesday's college football")
    assert _t101(text, "text") == [(3, 74)]
    lede = ("Doobie Brothers to tour\n\nCLEVELAND, Ohio – The Doobie Brothers\n\n"
            "The band will unite with former frontman Michael McDonald for a tour of North America next year.\n")
    assert _t101(lede, "text") == [(3, 19)]
    assert _t101(lede.replace("CLEVELAND, Ohio – The Doobie Brothers", "Best of the year – The Doobie Brothers"),
                 "text") == []


def test_a_name_and_its_description_under_the_title_is_a_cut_lede_not_a_standfirst():
    text = ("Royal Self-Indicting Arrogance\n\n"
            "Prince Andrew, the nearly 60-year-old younger brother of heir to the British throne\n\n"
            "In the interview, the British royal blankly denied the allegations made against him by several women.\n")
    assert _t101(text, "text") == [(3, 66)]
    standfirst = text.replace("Prince Andrew, the nearly 60-year-old younger brother of heir to the British throne",
                              "Duke of York denies allegations in TV interview")
    assert _t101(standfirst, "text") == []


def test_a_curly_single_quotation_opened_and_never_closed_is_cut_but_a_decade_with_the_wrong_mark_is_not():
    from auditor.checks.cut_lines import unclosed_quote

    assert unclosed_quote("It was part of the opening ceremony of ‘2018 Welcome") == "opens a quotation it never closes"
    for whole in ("The opening of ‘2018 Welcome Festival’ was held", "Music of the ‘90s was loud",
                  "He said ‘no’ and left", "The class of ‘19 met again"):
        assert unclosed_quote(whole) is None, whole
    text = ("Palace of Jang Noksu opens festival\n\nThe musical opened the festival in Seoul on Friday night.\n\n"
            "The opening ceremony of ‘2018\n\nTickets for the festival sold out within hours, organisers said.\n")
    assert _t101(text, "text") == [(5, 13)]


def test_in_markup_a_subject_without_its_verb_is_a_cut_sentence_not_unrelated_chrome():
    body = ("<p>A viral tweet claimed that the former ambassador to Ukraine has a net worth of $17 million, a sum that "
            "would be far beyond what a career diplomat could save on a government salary over three decades.</p>"
            "<p>We found no evidence to support this claim. Those making it have offered a wide range of figures, and "
            "the claim did not come from a credible financial news outlet such as Forbes or Bloomberg.</p>"
            "<p>In other words, this claim appears to have been conjured out of thin air by anonymous accounts that "
            "share political memes and rarely cite any documents for the numbers they post.</p>"
            "<p>One possible explanation for the discrepancies</p>"
            "<p>Some social media users pointed to articles published on gossip websites to support their claim that "
            "the ambassador's net worth far exceeded her salary, but those articles cite no sources at all.</p>"
            "<p>The articles provide some basic biographical information about the former ambassador. They do not, "
            "however, provide any insight into any business dealings or investments she may have made.</p>")
    html = "<h1>Did the former ambassador have a net worth of $17 million?</h1>" + body
    found = [(f["code"], f["column"]) for f in audit_text(html, format="html")["findings"]
             if f["category"] in ("truncation", "boilerplate")]
    assert found == [("T101", html.index("for the discrepancies") + 1)]
    # and so is a lead-in without its clause, a stranded preposition or a bare number
    for cut in ("As part of a long-term effort to forge closer",
                "Roughly 13,000 US troops and contractors remain in",
                "New vehicle sales in the area plunged 10"):
        page = html.replace("One possible explanation for the discrepancies", cut)
        found = [(f["code"], f["column"]) for f in audit_text(page, format="html")["findings"]
                 if f["category"] in ("truncation", "boilerplate")]
        assert found and {c for c, _ in found} == {"T101"}, cut


def test_a_kicker_headline_in_a_paragraph_is_no_cut_but_a_kicker_before_past_tense_prose_is():
    page = ("# Protests spread across the city\n\n"
            "Thousands of students marched through the centre of Hong Kong on Sunday, police said.\n\n"
            "{line}\n\n"
            "The protests began in June over a bill that would have allowed extradition to mainland China.\n")
    for headline in ("Hong Kong uprising: Protestors send defiant warning to China",
                     "NFL Power Rankings: Browns edging closer to Steelers heading into Week 12"):
        assert _t101(page.format(line=headline), "markdown") == [], headline
    for cut in ("Police update: Officers arrested dozens of students near the university in Hong Kong",
                "HONG KONG: Their protests spread across the city as students marched again",
                "Hong Kong police: Students march, protests spread across the city on Sunday"):
        assert _t101(page.format(line=cut), "markdown"), cut


def test_a_noun_phrase_with_no_verb_right_under_a_plain_text_title_is_a_cut_lede():
    text = ("Markets rally as US and China near trade truce\n\n"
            "A 'phase one' trade deal\n\n"
            "Negotiators said on Friday that the text was nearly finished and that tariffs would be cut next month.\n")
    assert _t101(text, "text") == [(3, 10)]
    for title_like in ("The Space Review: Seeking a bigger role for a big rocket", "A Phase One Trade Deal",
                       "Negotiators close in on first-phase deal"):
        assert _t101(text.replace("A 'phase one' trade deal", title_like), "text") == [], title_like


_PROSE = ("Officials said the new rules would take effect in the spring after a long review.\n\n"
          "The agency has spent two years collecting comments from farmers and shippers.\n\n")
_TAIL = "\n\nCritics argued the plan would raise prices for consumers across the region.\n"


def test_a_lone_sentence_line_in_an_article_without_headings_is_a_cut_paragraph():
    head = "Grain shippers brace for new rules\n\n" + _PROSE
    tail = _TAIL
    _between(head, tail, [("All farmers and shippers are devoting", (7, 17)),
                          ("The agency almost certainly means", (7, 12)),
                          ("The shippers and farmers wear masks to protect the rules", (7, 40)),
                          # sentence case is a content word in lower case, whatever the names' capitals
                          ("The National Farmers Union reports that shippers", (7, 28))],
             # a headline's grammar: a present-tense verb after its subject, a participle without its auxiliary,
             # "to be"; a kicker's colon and a verbless headline; a source after the colon; too short to tell
             ["New York man pleads guilty to threatening to kill Omar",
              "Paramount shakes up distribution ranks, hiring former Fox executive",
              "Alibaba poised to launch record-breaking Hong Kong listing",
              "US professor to be freed in prisoner swap",
              "Farmers rally as Grain Council wins Review Vote",
              # a tweet ends on its link; a command and a numbered item are no prose
              "I urge all farmers to use them whenever needed pic.twitter.com/MYwRz9euaq",
              "$ git checkout -b release origin/release",
              "(2) Shippers: Enable farmers to verify the new rules using data",
              "Hong Kong protests: 800 students under siege in university",
              "Man arrested after trafficking victims found in car: Police",
              "What the agency found",
              "What tariffs has the United States imposed?"])


def test_sentence_lines_are_headings_in_an_article_written_with_them():
    text = ("Grain shippers brace for new rules\n\n" + _PROSE + "Why farmers worry about the cost\n\n"
            "Prices rose sharply in the first months of the year.\n\nShippers see a chance in the new rules\n\n"
            "Several companies plan to expand their fleets next year.\n\nWhat the agency wants to see next\n\n"
            "The agency will publish its final decision in June.\n\nWhere the shippers expect the money to go\n\n"
            "Most of it will go to new ports and rail lines.\n")
    assert _t101(text, "text") == []


def test_a_line_that_introduces_an_indented_example_is_not_a_cut():
    text = ("Installing the tool\n\n" + _PROSE + "You can run additional checks after installing by executing\n\n"
            "      make xtests\n\nThe checks take a few minutes on most machines.\n")
    assert _t101(text, "text") == []


def test_in_markup_a_paragraph_in_a_headlines_grammar_is_a_headline_but_prose_that_keeps_its_articles_is_cut():
    head, tail = "# Grain shippers brace for new rules\n\n" + _PROSE, _TAIL
    for headline in ("Iowa farmer finds 5 inches of grain flooding basement",  # present tense after the subject
                     "Shippers place grain council chief on leave",  # a plural's present
                     "Grain council chief charged with fraud at Iowa port"):  # a participle without its auxiliary
        assert _t101(head + headline + tail, "markdown") == [], headline
    for cut, at in (("The grain council chief faces a maximum of 10", (7, 33)),  # the article after the verb
                    ("Farmers claim that the shippers felt", (7, 20)),  # a report with "that"
                    ("Three cases of grain fraud have been found in Iowa, sparking widespread", (7, 47))):
        assert _t101(head + cut + tail, "markdown") == [at], cut


def test_a_markdown_stack_of_link_titles_without_stops_is_no_cut_but_a_wrapped_sentence_is():
    head = ("# Grain shippers brace for new rules\n\n"
            "Officials said the new rules would take effect in the spring after a long review.\n\n")
    tail = _TAIL
    stack = "The New Grain Race\nChina completes landing test for its first grain mission in 2020"
    assert _t101(head + stack + tail, "markdown") == []
    wrapped = "The agency said on Tuesday that the grain council\nchief faces a maximum of 10"
    assert _t101(head + wrapped + tail, "markdown") == [(6, 15)]


def test_a_quotation_closed_after_a_comma_lost_its_attribution():
    from auditor.textutil import ends_open
    assert ends_open("“You gotta give me a big win please,”") == \
        "ends with a comma inside its closing quotation mark, the attribution cut off"
    assert ends_open('"Don\'t hide things like this,"') is not None
    for whole in ("“You gotta give me a big win please.”", "He called it “a big win,” and left"):
        assert ends_open(whole) is None, whole
    text = ("Title\n\nThe coach spoke to the players before the game on Sunday night.\n\n"
            "“You gotta give me a big win please,”\n\nThe team won by ten points.\n")
    assert _t101(text, "text") == [(5, 22)]  # the last three words: "big win please"


def test_in_an_article_with_sentence_headings_a_sentence_line_without_a_cut_sign_is_one_more_heading():
    body = ("Grain shippers brace for new rules\n\n"
            "Officials said the new rules would take effect in the spring after a long review.\n\n"
            "Shippers warned about rising costs\n\n"
            "The agency has spent two years collecting comments from farmers and shippers.\n\n"
            "Farmers fear the rules will raise prices\n\n"
            "Critics argued the plan would raise prices for consumers across the region.\n\n"
            "Ports expect delays at the border\n\n"
            "Port officials said the checks could add a day to every shipment.\n\n")
    line = "The new plan is a start, but it is not a solution"
    tail = "\n\nThe agency will publish its final decision in June.\n"
    assert _t101(body + line + tail, "text") == []
    # the same line in an article whose other lines are prose is a cut paragraph
    prose = body.replace("Shippers warned about rising costs", "Shippers warned about rising costs.").replace(
        "Farmers fear the rules will raise prices", "Farmers fear the rules will raise prices.").replace(
        "Ports expect delays at the border", "Ports expect delays at the border.")
    assert _t101(prose + line + tail, "text") == [(17, 36)]
    # a line that shows a cut, or reads as prose (a fronted clause, the writer, a weekday), is still flagged
    for cut in ("The new plan is a start for the farmers in",
                "As the rules were unveiled in Washington, the shippers warned",
                "Shippers met with officials on Tuesday to discuss the new plan"):
        assert _t101(body + cut + tail, "text") != [], cut


def test_a_curly_double_quotation_opened_and_never_closed_is_cut_even_with_a_space_or_a_short_first_word():
    from auditor.checks.cut_lines import unclosed_quote
    for cut in ("The former “ Dawson’s Creek", "Football food is “ comfort",
                "There’s a saying that goes “a figure is formed at the presence"):
        assert unclosed_quote(cut) == "opens a quotation it never closes", cut
    for whole in ("He said “a big win” today", "A “ closed ” quote here", "The “Dawson’s Creek” star"):
        assert unclosed_quote(whole) is None, whole


def test_a_sentence_heading_that_the_next_paragraph_restates_is_a_heading_not_a_cut():
    head = ("Grain shippers brace for new rules\n\n"
            "Officials said the new rules would take effect in the spring after a long review.\n\n")
    line = "The new plan is a start, but it is not a solution"
    restated = "\n\nThe new plan is only the first of three steps the agency has promised, officials said.\n"
    other = "\n\nOfficials said the agency had promised three steps, of which this is only the first.\n"
    assert _t101(head + line + restated, "text") == []
    assert _t101(head + line + other, "text") == [(5, 36)]
    # a line that shows a cut is flagged whatever follows it
    assert _t101(head + "The new plan is a start for the farmers in" + restated, "text") == [(5, 29)]


def test_an_author_bio_that_is_itself_cut_is_reported_as_a_bio_not_also_as_a_cut_sentence():
    md = ("# Solar panels on every roof\n\n"
          "The city will pay half the cost of panels on homes built before 1990, officials said on Monday.\n\n"
          "Residents can apply from March, and the first grants will be paid in the summer.\n\n"
          "Jane Doe has been a reporter for 12 years. She covers energy, housing and the city council, and\n")
    rep = audit_text(md, format="markdown")
    assert [(f["code"], f["line"]) for f in rep["findings"] if f["line"] == 7] == [("B202", 7)]
    # the same cut sentence as the article's own paragraph is a cut
    cut = md.replace("Jane Doe has been a reporter for 12 years. She covers energy, housing and the city council, and",
                     "The grants cover energy, housing and the insulation of older homes, and")
    assert _t101(cut, "markdown") == [(7, 56)]


def test_a_lede_after_its_dateline_a_bare_subject_after_a_colon_an_open_aside_and_an_open_quotation_in_a_title_are_cut():
    lead = "Voters in Iowa and New Hampshire have changed their minds often this autumn, pollsters said."
    tail = "Campaigns are spending more on advertising there than at any point in the last decade."
    for cut, at in (("PORTLAND, Maine (AP) — A dog", (5, 18)), ("DENVER, Colorado – The Rockies", (5, 9)),
                    ("A long campaign offers the governor some advantages: It", (5, 37)),
                    ("Lakes (covering 5 percent of the state) and forests (covering", (5, 41))):
        assert _t101(_story("Polling in the early states", lead, cut, tail), "text") == [at], cut
    for whole in ("Lakes (covering 5 percent of the state)", 'grep "open(\\"/usr/lib" trace.log'):
        assert _t101(_story("Polling in the early states", lead, whole, tail), "text") == [], whole
    # a first line taken for the title that opens a quotation and never closes it is a cut lede
    title = "“The rally was really great. We met the candidates at the door"
    assert _t101(_story(title, lead, tail), "text") == [(1, 52)]


def test_a_capitals_dateline_with_a_colon_a_long_posted_line_and_and_i_open_prose_not_labels_or_kickers():
    from auditor.checks.cut_lines import conjunction_opening, prose_marker
    assert prose_marker("MUMBAI: Their long wait for the new bridge ended and hundreds of") is not None
    for kicker in ("BREAKING: Storm closes the coast road for the rest of the week",
                   "DEAR ABBY: My husband and I have been married for ten years", "LONDON: A city of contrasts"):
        assert prose_marker(kicker) is None, kicker
    assert conjunction_opening("And I also saw people leaving the hall early")
    lead = "Voters in Iowa and New Hampshire have changed their minds often this autumn, pollsters said."
    tail = "Campaigns are spending more on advertising there than at any point in the last decade."
    cut = "Posted on social media by the pollsters at Example Research, the new survey"
    assert _t101(_story("Polling in the early states", lead, cut, tail), "text") != []
    assert _t101(_story("Polling in the early states", lead, "Posted on November 19, 2019", tail), "text") == []


def test_a_line_that_is_only_people_named_by_their_role_is_a_subject_without_its_verb():
    from auditor.checks.cut_lines import subject_phrase_only
    for cut in ("Officers from the Springfield Police Department", "Teachers and parents from the Lincoln",
                "Lake County Health Department officials"):
        assert subject_phrase_only(cut) == "is a subject without its verb", cut
    for heading in ("Risks to the success of the grant", "Residents of New York", "Letters from Readers",
                    "Health Department officials"):
        assert subject_phrase_only(heading) is None, heading


def test_a_headline_that_points_ahead_with_heres_what_is_not_a_cut_but_the_same_words_after_prose_are():
    head = "# Markets\n\nShares on Dalal Street rose on Monday as the stock index extended its rally for a historic day.\n\n"
    tail = "\n\nAnalysts expect the rally in the stock index to hold through the week, brokers said.\n"
    assert _t101(head + "Historic day for the stock index on Dalal Street! Here's what is driving the big rally" + tail,
                 "markdown") == []
    assert _t101(head + "The index rose by four per cent today. Here's what is driving the rally" + tail,
                 "markdown") != []


def test_a_past_form_that_takes_its_preposition_actively_is_prose_not_a_headlines_participle():
    from auditor.checks.cut_lines import headlinese
    assert headlinese("Brickyard Pub owner charged with selling cocaine")
    assert headlinese("China hit by highly contagious plague")
    for prose in ("Esper met with several top government officials", "The mayor spoke at a rally in the park"):
        assert not headlinese(prose), prose
