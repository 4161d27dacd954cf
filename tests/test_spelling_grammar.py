"""Spelling options and the built-in grammar set, with exact positions."""
from auditor import audit_text
from auditor.config import Config, load_config


def codes(entry, code):
    return [(f["line"], f["column"], f["end_column"], f["suggestions"]) for f in entry["findings"] if f["code"] == code]


def test_misspelling_position_and_suggestion():
    e = audit_text("Title\n\nThe comittee met.\n", "text", "a.txt", select=["P401"])
    assert codes(e, "P401") == [(3, 5, 13, ["committee"])]


def test_project_dictionary_from_config_and_words_file(tmp_path):
    (tmp_path / "words.txt").write_text("# names\nfrobnicator\n")
    (tmp_path / ".auditor.toml").write_text('[spelling]\nwords = ["gizmoid"]\nwords-file = "words.txt"\n')
    cfg = load_config(start=str(tmp_path))
    e = audit_text("Title\n\nThe gizmoid and the frobnicator and the blorptastic.\n", "text", "a.txt",
                   config=cfg, select=["P401"])
    assert [f["excerpt"] for f in e["findings"]] == ["blorptastic"]


def test_variant_en_us_reports_british_forms_as_info():
    cfg = Config()
    cfg.spelling = {"variant": "en-US"}
    text = "Title\n\nThey organise the colour charts.\n"
    e = audit_text(text, "text", "a.txt", config=cfg, select=["P401"])
    got = {(f["excerpt"], f["severity"], tuple(f["suggestions"])) for f in e["findings"]}
    assert got == {("colour", "info", ("color",)), ("organise", "info", ("organize",))}
    assert not audit_text(text, "text", "a.txt", select=["P401"])["findings"]


def test_urls_emails_code_and_names_are_skipped():
    md = "# T\n\nMail jdoe@exmaple.org, see https://exmaple.org/pagee and `frobz_qux()` with Zorblax.\n"
    assert not audit_text(md, "markdown", "a.md", select=["P401"])["findings"]


def test_non_english_documents_are_not_spell_checked():
    pt = "Title\n\n" + "O sujeito usualmente feitas pelo acima pela categoria janeiro de agosto. " * 10
    assert not audit_text(pt, "text", "a.txt", select=["P401"])["findings"]
    html = "<html lang=\"pt\"><body><p>Texto com palavras estrangeiras.</p></body></html>"
    assert audit_text(html, "html", "a.html", select=["P401"])["checks"]["P401"] == "pass"


def test_grammar_positions_in_markdown():
    md = "# T\n\nShe has went home, and they was late.\n"
    e = audit_text(md, "markdown", "a.md", select=["G315", "G317"])
    assert codes(e, "G317") == [(3, 5, 13, ["has gone"])]
    assert codes(e, "G315") == [(3, 24, 32, ["they were"])]


def test_new_grammar_rules_point_at_the_exact_words():
    from auditor import audit_text

    text = ("Example article\n\n"
            "It can be see from the road. He done it.\n"
            "The users wants more. My mother are a doctor.\n"
            "I have many information. He wants that I send it.\n")
    got = sorted((f["code"], f["line"], f["column"], f["end_column"]) for f in audit_text(text, format="text")["findings"]
                 if f["code"] in ("G327", "G328", "G329", "G331", "G332", "G333"))
    lines = text.split("\n")

    def at(code, line, phrase):  # 1-based line, column of the phrase and column just after it
        col = lines[line - 1].index(phrase) + 1
        return code, line, col, col + len(phrase)

    assert got == [at("G327", 3, "be see"), at("G328", 3, "He done"), at("G329", 4, "users wants"),
                   at("G331", 4, "mother are"), at("G332", 5, "many information"), at("G333", 5, "wants that I")]


def test_word_class_rules_point_at_the_exact_words_in_html():
    """G334/G335/G337/G338/P402 and the extended G329/G331 on an HTML page: the columns are in the original
    markup, after the tags and entities."""
    from auditor import audit_text

    html = ("<html><head><title>Example article</title></head><body><article>\n"
            "<p>We could borrow it&#39;s approach. There was discussions about it.</p>\n"
            "<p>You could been there. The a thing is odd. Th water is hot.</p>\n"
            "<p>The dogs of <em>war</em> barks loudly. My dog, whose name is Joe, eat.</p>\n"
            "</article></body></html>\n")
    codes_ = ("G334", "G335", "G337", "G338", "P402", "G329", "G331")
    got = sorted((f["code"], f["line"], f["column"], f["end_column"]) for f in audit_text(html, format="html")["findings"]
                 if f["code"] in codes_)
    lines = html.split("\n")

    def at(code, line, phrase, where=None):
        col = lines[line - 1].index(where or phrase) + 1
        return code, line, col, col + len(phrase)

    assert got == sorted([at("G334", 2, "it&#39;s"), at("G335", 2, "There was discussions"),
                          at("G337", 3, "could been"), at("G338", 3, "The a"), at("P402", 3, "Th", "Th water"),
                          at("G329", 4, "barks"), at("G331", 4, "eat")])


def test_word_class_table_loads_offline_and_knows_the_classes():
    from auditor.wordclass import classes, only

    assert set(classes("eyes")) == {"P", "Z"}  # plural noun, third-person verb
    assert "E" in classes("gone") and "D" in classes("went")
    assert "V" in classes("write") and "R" in classes("quickly")
    assert classes("zzqx") == "" and not only("zzqx", "N")
    assert only("president", "NPM")


def test_spelling_takes_real_words_from_the_pronouncing_dictionary_but_not_its_misspellings():
    from auditor import audit_text

    text = ("Example article\n\nThe droid can morph into a car, and intraday traders loved the double entendre.\n\n"
            "Thier goverment said the freind of the neice was similiar.\n")
    flagged = sorted(f["excerpt"] for f in audit_text(text, format="text")["findings"] if f["code"] == "P401")
    assert flagged == ["freind", "goverment", "neice", "similiar"]  # ("Thier" starts a sentence: names are skipped)


def test_nonstandard_usage_is_a_warning_with_its_position():
    md = "# Letters\n\nI am writing *in regards to* your letter.\n\nIrregardless of the cost, we will go.\n"
    e = audit_text(md, "markdown", "a.md", select=["G339", "G313"])
    assert [(f["code"], f["severity"], f["line"], f["column"], f["end_column"], f["suggestions"]) for f in e["findings"]] == [
        ("G339", "warning", 3, 15, 28, ["with regard to"]), ("G339", "warning", 5, 1, 13, ["Regardless"])]
