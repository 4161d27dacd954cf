"""ends_incomplete: the word-class reasons a line ends inside a clause (clause_ends.py), each with lines that
are cut and lines that end whole."""
import pytest


def test_plain_text_heading_shaped_line_that_ends_inside_a_clause_is_cut():
    from auditor.clause_ends import ends_incomplete as _incomplete_end

    for cut in ("Working on your own bike can be", "Most of us think we overeat when the food is really",
                "The house's future use by the police should send an unmistakable", "She flaunted her bag which had",
                "The Wild lost defenseman Matt", "Trump and US Trade Representative Robert"):
        assert _incomplete_end(cut), cut
    for heading in ("Flash speeds are still blistering", "This will be Hawley's second film", "Emad Mostaque Resignation",
                    "Why the market is really open", "True confession: I had to learn it the hard way", "All in all",
                    "The laptop is a workhorse but not a desktop",  # "desktop" is a noun too
                    "Photos and video by Matt", "A conversation with Lebron James", "Road trip to St. Louis"):
        assert _incomplete_end(heading) is None, heading


def test_a_preposition_after_a_number_or_a_plain_noun_waits_for_its_object():
    from auditor.clause_ends import ends_incomplete

    for cut in ("Brazil star Neymar was among the more than 12,000 in",
                "This comes after police said the demonstrators inside"):
        assert ends_incomplete(cut), cut
    # after a verb the word is a particle, and a title-case heading is not read this way
    for whole in ("The staff he relied on", "Every player that logged in", "Why the Band Sticks Around",
                  "It is a risk they believe in"):
        assert ends_incomplete(whole) is None, whole


def test_a_lower_case_preposition_after_a_name_waits_for_its_object():
    from auditor.clause_ends import ends_incomplete

    assert ends_incomplete("A team led by researchers out of the Goddard Space Flight Center in")
    assert ends_incomplete("Why We Stay In") is None


def test_a_verb_after_to_and_an_ordinal_after_a_wait_for_their_objects():
    from auditor.clause_ends import ends_incomplete

    assert ends_incomplete("Such activities will help NASA develop the expertise necessary to put")
    assert ends_incomplete("Michigan health authorities are reporting a 6th")
    for whole in ("He wanted to work", "We agreed to meet", "The vote was held on the 5th"):
        assert ends_incomplete(whole) is None, whole


def test_a_reporting_verb_or_a_year_after_the_waits_for_what_follows():
    from auditor.clause_ends import ends_incomplete

    assert ends_incomplete("BERLIN -- The European Space Agency says")
    assert ends_incomplete("Catch up on the 2020")
    for whole in ("The plan is good, the mayor said", "“It is good,” the mayor said", "What the minister said",
                  "The season ended in 2020"):
        assert ends_incomplete(whole) is None, whole


def test_a_preposition_after_an_ordinal_waits_for_its_object():
    from auditor.clause_ends import ends_incomplete

    assert ends_incomplete("Wichita West senior David Garcia finished second in")
    assert ends_incomplete("She came in first") is None


def test_a_verb_after_a_modal_and_an_adverb_waits_for_its_object():
    from auditor.clause_ends import ends_incomplete

    assert ends_incomplete("China’s leaders may still believe")
    assert ends_incomplete("China’s leaders may finally accept") == "ends on 'may finally accept' with no object"
    assert ends_incomplete("You can still go") is None  # 'go' is also a noun: left alone
    assert ends_incomplete("You can finally go") is None


def test_not_after_an_auxiliary_waits_for_its_verb_and_a_pronoun_takes_an_s_form_as_its_verb():
    from auditor.clause_ends import ends_incomplete
    from auditor.textutil import reads_as_a_sentence, word_list

    assert ends_incomplete("Privacy, like environmental sustainability, are not") == "ends on 'are not'"
    assert ends_incomplete("The agency said it will not") == "ends on 'will not'"
    assert ends_incomplete("Whether the plan works or not") is None
    t = "He now faces a maximum sentence"
    assert reads_as_a_sentence(t, word_list(t))
    t = "Goldman Sachs faces claims of gender bias"
    assert not reads_as_a_sentence(t, word_list(t))


def test_the_first_word_of_a_place_name_or_a_number_compound_waits_for_the_rest():
    from auditor.clause_ends import ends_incomplete

    assert ends_incomplete("The listing ceremony is due to be held at the Hong") == \
        "ends on 'Hong', the first word of a place name"
    assert ends_incomplete("Kicking off in June 2020, the 30-date") == "ends on 'the 30-date' with no noun after it"
    assert ends_incomplete("The company will open a new office in Hong Kong") is None
    assert ends_incomplete("Kids wrote letters to Santa") is None


def test_a_given_name_after_by_is_a_credit_only_on_a_short_line():
    from auditor.clause_ends import ends_incomplete

    assert ends_incomplete("Photos and words by Matt") is None
    assert ends_incomplete("That is the optimistic view mouthed by Michael") == \
        "ends on the given name 'Michael' with no surname"


def test_a_clause_opened_with_only_its_subject_waits_for_its_verb():
    from auditor.clause_ends import ends_incomplete

    assert ends_incomplete("I want to show you how you") == "ends on 'how you', a clause without its verb"
    assert ends_incomplete("We’ll start by noting that the most") == \
        "ends on 'that the most', a clause without its verb"
    assert ends_incomplete("Alibaba shares closed in New") == "ends on 'New', the first word of a place name"
    assert ends_incomplete("Bubonic is the most common form and is where people") == \
        "ends on 'where people', a clause without its verb"
    assert ends_incomplete("It came at a time when officials") == "ends on 'when officials', a clause without its verb"
    # the clause has its verb, or the pronoun is an object; "until" takes a noun ("until midnight"), "that" a
    # determiner's noun ("on that day"); a bracketed placeholder is no subject ("If [count]")
    for done in ("I want to show you how it works", "This is where the money goes", "We could not have done it without you",
                 "Nobody knows where the money went", "What's New", "The shop stays open until midnight",
                 "It happened on that day", "Use this form when needed", "If [count]"):
        assert ends_incomplete(done) is None, done


def test_a_clause_with_its_subject_but_no_verb_is_cut():
    from auditor.clause_ends import ends_incomplete

    assert ends_incomplete("That’s when Harper and Buckley first") == \
        "ends on 'when Harper and Buckley first', a clause without its verb"
    assert ends_incomplete("Traders cited the uncertainty over whether the United States and China") == \
        "ends on 'whether the United States and China', a clause without its verb"
    assert ends_incomplete("Prosecutors told reporters the decision") == \
        "ends on 'told reporters the decision', a reported clause without its verb"
    assert ends_incomplete("It's important for health care providers") == \
        "ends on 'for' and its noun without the 'to' the sentence needs"
    assert ends_incomplete("Worried about backlash and committed to restraint, House Democrats") == \
        "ends on 'House Democrats', a subject without its verb after 'Worried about backlash and committed to restraint,'"
    for done in ("In Paris, France", "Meanwhile, in Washington", "In the end, the officials agree",
                 "The shop is closed until Monday", "The report was out, said the company", "He knows when to stop",
                 "This is where the fun begins", "He said the plan works", "It is important for us",
                 "It is important for doctors to see the data", "Split the window and edit buffer N if [N]",
                 "He left because of the rain", "This Is How the Federal Reserve Works",
                 "window kill the job with {how}.  See"):
        assert ends_incomplete(done) is None, done


def test_a_verb_that_needs_its_object_is_cut_after_a_preposition_or_an_infinitive_taking_verb():
    from auditor.clause_ends import ends_incomplete

    assert ends_incomplete("She also accused Big Machine of holding") == "ends on 'of holding' with no object"
    assert ends_incomplete("The company plans to make") == ends_incomplete("The company planned to make") \
        == "ends on 'to make' with no object"
    for done in ("The app is ready to use", "Here is what to bring", "Here is how to vote",
                 "which syntax groups to use", "He was charged with drinking", "They want to leave"):
        assert ends_incomplete(done) is None, done


def test_an_adverb_waiting_for_its_word_is_cut_but_a_verbs_manner_may_end_the_line():
    from auditor.clause_ends import ends_incomplete

    assert ends_incomplete("The company is really") == "ends on the adverb 'really'"
    assert ends_incomplete("It was a particularly") == "ends on the adverb 'particularly'"
    assert ends_incomplete("A third of its employees will likely") == "ends on 'will likely' with no verb"
    assert ends_incomplete("Most of the new stores will soon") == "ends on 'will soon' with no verb"
    assert ends_incomplete("The new stores will open soon") is None
    assert ends_incomplete("No release date for the fourth film has yet") == "ends on 'has yet' with no verb"
    assert ends_incomplete("The board of the company had already") == "ends on 'had already' with no verb"
    assert ends_incomplete("Analysts say the deal will further") == "ends on 'will further' with no verb"
    for done in ("The final score of the game is even", "The water in the harbour is still",
                 "The harbour is a mile further", "None of the tickets are sold yet"):
        assert ends_incomplete(done) is None, done
    for done in ("How to invest your money wisely", "Prices are rising quickly", "Insert the register literally"):
        assert ends_incomplete(done) is None, done


def test_a_bare_auxiliary_after_a_comma_a_dangling_both_and_an_open_what_or_where_are_cut():
    from auditor.clause_ends import ends_incomplete

    assert ends_incomplete("Wi-Fi 6, formerly known as 802.11ax, has") == "ends on 'has' after a comma, with no verb after it"
    assert ends_incomplete("Kevin King and Timothy Weeks, both") == "ends on 'both' after a comma, with nothing after it"
    assert ends_incomplete("You are planning and building what") == "ends on 'what', a clause without its words"
    assert ends_incomplete("It is also a place where") == "ends on 'where', a clause without its words"
    for done in ("We will be there no matter what", "The fans know where", "func SendToTerm(what)",
                 "It is what it is, and the club has", "Where the band plays and where"):
        assert ends_incomplete(done) is None, done


def test_a_contracted_or_negated_auxiliary_a_subject_with_only_its_relative_clause_and_a_comma_participle_are_cut():
    from auditor.clause_ends import ends_incomplete

    assert ends_incomplete("Depending on how much you spend, you'll") == "ends on 'you'll', a verb without its words"
    assert ends_incomplete("The iPhone 11 Pro Max wasn't") == "ends on 'wasn't', a verb without its words"
    for cut in ("Authorities in western Mongolia, which is close", "Veteran actress, Kate Henshaw, who in 2008",
                "The 2020 Sentra, which goes on sale"):
        assert ends_incomplete(cut) == "is a subject and its relative clause, without the main clause", cut
    assert ends_incomplete("The engine shows its strength here, allowing") \
        == "ends on 'allowing' after a comma, with no object"
    for done in ("Sales fell sharply, which hurt profits", "Officials announced the plan, which includes tax cuts",
                 "The band, which formed in 1990, is back", "Meet Kate, Who Loves Dogs", "Here is what it is",
                 "The shop stayed open all night, according to the owners"):
        assert ends_incomplete(done) is None, done


def test_a_modifier_after_a_plural_quantifier_and_a_reporting_verb_with_nothing_reported_are_cut():
    from auditor.clause_ends import ends_incomplete

    assert ends_incomplete("Esper met with several top") == "ends on 'several top' with no noun after it"
    assert ends_incomplete("The buzz on both national") == "ends on 'both national' with no noun after it"
    assert ends_incomplete("Apple analyst Ming-Chi Kuo has previously predicted") \
        == "ends on 'predicted' with nothing reported"
    for done in ("Prices fell for several days", "She met them both", "It had been widely predicted",
                 "As the analysts predicted", "The plan was revealed"):
        assert ends_incomplete(done) is None, done


def test_an_interview_answer_label_does_not_hide_a_clause_left_open():
    from auditor.clause_ends import ends_incomplete

    assert ends_incomplete("A: We are moving subscription access to be") == "ends on 'be'"
    assert ends_incomplete("Q: So what did you learn") is None
    # after another label only a dangling word ("be", "which") or a preposition or given name without its object
    # counts: the rest of the clause checks would take a headline's label for a clause
    assert ends_incomplete("Note: we are moving subscription access to be") == "ends on 'be'"
    assert ends_incomplete("Note: we are moving subscription access to the") is None


def test_a_verb_that_needs_an_object_ends_a_line_only_after_a_name_a_pronoun_or_a_noun_subject():
    from auditor.clause_ends import ends_incomplete

    for cut in ("The California Public Utilities Commission holds", "The package that includes",
                "He said the company makes"):
        assert ends_incomplete(cut), cut
    for whole in ("What the future holds", "Top 10 pay raises", "See the special offers", "Our best buys"):
        assert ends_incomplete(whole) is None, whole


def test_a_verb_that_needs_its_object_after_a_modal_is_cut_unless_what_fronts_the_object():
    from auditor.clause_ends import ends_incomplete

    assert ends_incomplete("people who believe that they will eventually make") == \
        "ends on 'will eventually make' with no object"
    assert ends_incomplete("The council said it will take") == "ends on 'will take' with no object"
    assert ends_incomplete("Here is what you can make") is None


def test_fixed_prepositions_a_bare_also_place_names_after_numbers_and_that_with_a_gerund_are_cut():
    from auditor.clause_ends import ends_incomplete

    for cut in ("Blue Origin's lander concept is based on", "The plant is located in",
                "Leaving a full-time employer also", "Now, at the 2019 Los",
                "Trump and Lighthizer recognize that making"):
        assert ends_incomplete(cut), cut
    for whole in ("The talks went on", "Prices rose also", "She was born in 1990 in Los Angeles"):
        assert ends_incomplete(whole) is None, whole


def test_told_and_whom_with_nothing_told_is_cut_but_an_attribution_after_a_comma_is_not():
    from auditor.clause_ends import ends_incomplete

    assert ends_incomplete("Experts on jail suicide told USA TODAY") == "ends on 'told USA TODAY' with nothing told"
    assert ends_incomplete("Two senior officials told reporters") == "ends on 'told reporters' with nothing told"
    assert ends_incomplete("Employee Steve Castro tells the paper") == "ends on 'tells the paper' with nothing told"
    assert ends_incomplete("What the witnesses tell the jury") is None
    assert ends_incomplete("The decision was final, a spokesman told Reuters") is None
    assert ends_incomplete("What the minister told Parliament") is None


def test_an_adjective_after_a_determiner_and_its_modifiers_waits_for_its_noun():
    from auditor.clause_ends import ends_incomplete

    assert ends_incomplete("Prince Andrew, the nearly 60-year-old younger") == \
        "ends on the adjective 'younger' with no noun after it"
    assert ends_incomplete("Shoppers who wanted a very large") == "ends on the adjective 'large' with no noun after it"
    for whole in ("The results of the survey were very good", "Prices in the city remain quite high"):
        assert ends_incomplete(whole) is None, whole


def test_an_agency_dateline_opens_a_lede_whatever_follows_and_be_after_a_colon_still_waits():
    from auditor.checks.cut_lines import prose_marker
    from auditor.clause_ends import ends_incomplete

    assert prose_marker("WASHINGTON (AP) — Ambassador Gordon Sondland") is not None
    assert prose_marker("WASHINGTON — Ambassador Gordon Sondland") is None  # a heading may name its place so
    assert ends_incomplete("It is because <The Palace: Tale of Jang> was part of the festival, which will be") \
        == "ends on 'be'"
    assert ends_incomplete("Update: Now it will be") is not None
    assert ends_incomplete("Note: be") is None


def test_a_simple_past_that_is_no_participle_a_degree_adverb_and_it_is_not_uncommon_for_read_as_prose_left_open():
    from auditor.clause_ends import ends_incomplete
    from auditor.textutil import keeps_past

    assert keeps_past("Eastern Michigan also became bowl-eligible".split())  # "became" is never a headline's passive
    assert not keeps_past("Eastern Michigan beat Toledo again".split())  # "beat" is a present tense too
    assert ends_incomplete("Early reviews of the new console are somewhat") == "ends on 'somewhat'"
    assert ends_incomplete("It's worth noting that it's not uncommon for artists") is not None


def test_a_compound_modifier_with_no_noun_after_it_is_cut_unless_it_is_the_complement_of_be():
    from auditor.clause_ends import ends_incomplete

    assert ends_incomplete("Dow component Home Depot reported third-quarter") == \
        "ends on the modifier 'third-quarter' with no noun after it"
    for cut in ("Trump has claimed victory as the Democratic Party-controlled", "The rebels are fighting a Saudi-led"):
        assert ends_incomplete(cut), cut
    for whole in ("The company is state-owned", "The attack was Iran-backed", "They finished third-quarter",
                  "The scheme has always been government-funded"):
        assert ends_incomplete(whole) is None, whole


def test_a_long_fronted_phrase_and_one_capitalised_subject_is_cut_but_a_signature_is_not():
    from auditor.clause_ends import ends_incomplete

    assert ends_incomplete("With Hong Kong protests exploding to new levels, President") == \
        "ends on 'President', a subject without its verb after 'With Hong Kong protests exploding to new levels,'"
    assert ends_incomplete("Worried about backlash and committed to restraint, House")
    for whole in ("With love, Mom", "Before the game started, I", "Thanks again, Jane"):
        assert ends_incomplete(whole) is None, whole


def test_a_past_form_that_needs_what_follows_it_is_cut_but_a_passive_or_an_as_clause_is_whole():
    from auditor.clause_ends import ends_incomplete

    assert ends_incomplete("China’s ambassador to Britain accused") == \
        "ends on 'Britain accused' without what 'accused' needs after it"
    for cut in ("One Home Depot refers to investments intended", "Shortly after the arrest the senator linked",
                "Some social media users pointed"):
        assert ends_incomplete(cut), cut
    for whole in ("He was accused", "The plan worked as intended", "The two events were closely linked",
                  "Both men have been accused", "The rules are not intended", "Readers should stay informed"):
        assert ends_incomplete(whole) is None, whole


def test_after_a_kicker_a_participle_without_its_object_or_a_bare_clause_opener_is_cut():
    from auditor.clause_ends import ends_incomplete

    assert ends_incomplete("Disclosure: We may earn a commission from some of the products featured on") == \
        "ends on 'featured on' with no object"
    assert ends_incomplete("DEAR CONCERNED SISTER: If you") == "ends on 'If you', a clause without its verb"
    assert ends_incomplete("The award-winning film was directed by") == "ends on 'directed by' with no object"
    for whole in ("Review: the pianist who can", "Week 12: Photos by Matt", "Update: the bridge is open again",
                  "Visitors should stop by"):
        assert ends_incomplete(whole) is None, whole


def test_said_and_only_a_name_with_no_quotation_in_the_line_is_a_reported_clause_cut():
    from auditor.clause_ends import ends_incomplete

    assert ends_incomplete("Coach P.J. Fleck said Morgan") == "ends on 'said Morgan', a reported clause without its verb"
    for whole in ("We won the game, said Morgan", "“We won,” said Coach Fleck", "Morgan Freeman said nothing"):
        assert ends_incomplete(whole) is None, whole


def test_an_adjective_only_word_after_a_preposition_is_cut_but_an_idiom_is_not():
    from auditor.clause_ends import ends_incomplete

    assert ends_incomplete("Analysts expect the number of electric") == "ends on 'of electric' with no noun after it"
    for whole in ("They tried to stop it in vain", "The old car looked as good as new", "She built a career in digital",
                  "Nobody knows that for certain"):
        assert ends_incomplete(whole) is None, whole


def test_after_a_colon_a_demonstrative_and_its_noun_alone_are_a_subject_without_its_verb():
    from auditor.clause_ends import ends_incomplete

    assert ends_incomplete("The Thunder won’t have to wait long for a rematch: These teams") == \
        "ends on 'These teams', a subject without its verb"
    assert ends_incomplete("Correction, Nov. 15, 2019: This article")
    for whole in ("Verdict: This works", "Update: This week", "Coming soon: These Days"):
        assert ends_incomplete(whole) is None, whole


def test_an_existential_there_and_its_verb_after_a_fronted_phrase_with_nothing_after_is_cut():
    from auditor.clause_ends import ends_incomplete

    assert ends_incomplete("After a three-year silence, there has") == \
        "ends on 'there has' after a comma, with nothing after it"
    for whole in ("Is there a problem? Yes, there is", "Yes, I think there is", "We asked if there was"):
        assert ends_incomplete(whole) is None, whole


def test_a_name_and_its_appositive_before_a_bare_reporting_verb_reported_nothing():
    from auditor.clause_ends import ends_incomplete
    assert ends_incomplete("Matt Maley, equity strategist at Miller Tabak, says") == "ends on 'says' with nothing reported"
    assert ends_incomplete("Jane Doe, a spokeswoman for the city, said") == "ends on 'said' with nothing reported"
    for whole in ("“We will win,” said Smith", "The plan, the mayor said", "It was late, cold and dark, he said."):
        assert ends_incomplete(whole) is None, whole


def test_a_subordinate_clause_or_a_span_of_time_alone_is_only_a_lead_in():
    from auditor.checks.cut_lines import lead_in_only
    for cut in ("After Maria Lopez scored her second goal", "Since the Pixel first launched in 2016",
                "For the past two decades", "Over the last few years"):
        assert lead_in_only(cut) == "has only the lead-in of a sentence, not its main clause", cut
    for heading in ("After the Storm Passed", "Before you go", "Once upon a time", "After years of decline",
                    "In the past", "For the record"):
        assert lead_in_only(heading) is None, heading


def test_a_conjunction_opening_or_a_purpose_or_time_lead_in_is_prose_not_a_heading():
    from auditor.checks.cut_lines import conjunction_opening, lead_in_only
    for cut in ("But more than a year and a half", "Yet our own state department", "And although my small business"):
        assert conjunction_opening(cut), cut
    for heading in ("But wait, there is more", "And the winner is...", "And to enable it again: >", "And finally"):
        assert conjunction_opening(heading) is None, heading
    for cut in ("In order to make up", "At a time when prices are rising"):
        assert lead_in_only(cut), cut


def test_a_determiner_after_a_noun_a_hyphenated_modifier_after_an_article_and_a_noun_phrase_after_said_that_wait():
    from auditor.clause_ends import ends_incomplete
    from auditor.checks.cut_lines import unclosed_quote
    for cut in ("Some of the worst smog this", "Protests continued across the country against the self-appointed",
                "Officials said that the new", "Police believe that the suspect"):
        assert ends_incomplete(cut) is not None, cut
    for whole in ("I like this", "Let me tell you about this", "It was a well-known", "I think that works"):
        assert ends_incomplete(whole) is None, whole
    assert unclosed_quote('The mayor said: "I would like to thank the volunteers') is not None
    assert unclosed_quote('Press CTRL-O "g3dw to repeat the last edit') is None


# Signals added together: a focus adverb ("to operate largely"), "so" after a preposition, a clause's subject and
# its adverb, a word that needs its complement, the first word of a place name, a clause opener and its noun, a
# reported name alone, a linking verb alone, "and let", "of getting", an article before a participle.
_NEW_CUTS = [
    "The rover was built to operate largely",
    "The new rules apply particularly",
    "The museum has been open for so",
    "Few places where the river still",
    "Nobody knew when the council already",
    "The suspect, 41, who resides",
    "Such an offence is punishable",
    "The World Health Organization recommends",
    "The new office opened in Upper",
    "The ceremony was held at Fort",
    "Two towns where the flood",
    "Prosecutors alleged that Maria",
    "The small studio has become",
    "Drain the pasta and let",
    "The study found the odds of getting",
    "Small firms in the region play a leading",
    "The council will review the remaining",
]
_NEW_WHOLES = [
    "It takes an hour or so",
    "She said she thought so",
    "The results speak for themselves even so",
    "The report was read widely",
    "The river flows still",
    "Just as the name suggests",
    "The council does what the law requires of it",
    "Prices went lower",
    "The new office opened in Upper Austria",
    "Look at what the town has become",
    "The mayor said that Monday",
    "Rooms to let",
    "It is worth getting",
    "The council will review the following",
    "The team reviewed the opening",
    "It was a good opening",
]


@pytest.mark.parametrize("text", _NEW_CUTS)
def test_a_line_stopping_before_what_its_last_word_needs_is_cut(text):
    from auditor.clause_ends import ends_incomplete
    assert ends_incomplete(text) is not None


@pytest.mark.parametrize("text", _NEW_WHOLES)
def test_the_same_words_where_they_can_end_a_clause_are_whole(text):
    from auditor.clause_ends import ends_incomplete
    assert ends_incomplete(text) is None
