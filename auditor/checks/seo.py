"""SEO rules for one page: title, description, headings, links, images, canonical, lang, robots, OG, JSON-LD."""
from __future__ import annotations

import re
from urllib.parse import urlparse

from ..lexicon import FUNCTION_WORDS
from ..registry import rule
from ..stats import document_stats
from .seo_fields import (body_images, body_links, has_head, headings, is_html, report_at, report_field, slug_of)

_HEAD = "<html lang=\"en\"><head>{}</head><body><h1>Heading</h1><p>Text.</p></body></html>"


@rule(code="S601", name="title-missing", category="seo", severity="error", example_format="html", applies=has_head,
      bad=["<html><head></head><body><p>Text.</p></body></html>"],
      good=["<html><head><title>A fine page title for readers</title></head><body><p>Text.</p></body></html>"])
def title_missing(doc, ctx):
    """What it does: Flags an HTML page without a <title> (or a Markdown article without a front-matter title
    or # heading).
    Why it matters: The title is the headline in search results and browser tabs.
    How to fix: Add a descriptive title of 30-60 characters.
    """
    if not doc.title.strip():
        ctx.report_document("Page has no title")
    return ()


# Approximate advance widths (px) of Arial at 20 px, the font of result titles in Google's desktop results.
_NARROW = dict.fromkeys("ijlI.,:;!|'’ ", 5.6) | dict.fromkeys("ftr()[]-/", 6.7)
_WIDE = dict.fromkeys("mwMW@%", 17.0) | dict.fromkeys("ABCDEGHKNOQRUVXY&", 14.4)


def title_pixels(text: str) -> float:
    return sum(_NARROW.get(c) or _WIDE.get(c) or (13.3 if c.isupper() else 11.1) for c in text)


@rule(code="S603", name="title-length", category="seo", severity="warning", example_format="html",
      applies=has_head, options={"min-chars": 30, "max-chars": 60, "max-pixels": 580},
      bad=[_HEAD.format("<title>Short</title>"),
           _HEAD.format("<title>An extremely long title that goes on and on and will be cut in results</title>")],
      good=[_HEAD.format("<title>How the city spends its budget in 2024</title>")])
def title_length(doc, ctx):
    """What it does: Checks the title's length in characters (default 30-60) and its estimated pixel width
    in search results (default at most 580 px, Arial 20 px).
    Why it matters: Search engines cut long titles with an ellipsis; very short titles waste the space.
    How to fix: Put the topic first and keep the title between the limits.
    """
    t = " ".join(doc.title.split())
    if not t:
        return ()
    n, px = len(t), title_pixels(t)
    lo, hi, max_px = ctx.options["min-chars"], ctx.options["max-chars"], ctx.options["max-pixels"]
    if n < lo:
        report_field(ctx, doc, "title", "title", f"Title has {n} characters (at least {lo} recommended)")
    elif n > hi or px > max_px:
        report_field(ctx, doc, "title", "title",
                     f"Title has {n} characters, about {px:.0f} px wide (limits {hi} characters, {max_px} px); "
                     "search results will cut it")
    return ()


@rule(code="S602", name="meta-description-missing", category="seo", severity="warning", example_format="html",
      applies=has_head,
      bad=["<html><head><title>T</title></head><body><p>Text.</p></body></html>"],
      good=["<html><head><meta name=\"description\" content=\"A summary.\"></head><body><p>Text.</p></body></html>"])
def meta_description_missing(doc, ctx):
    """What it does: Flags a page without a meta description (Markdown: front-matter `description`).
    Why it matters: Search engines show it under the title; without it they pick a snippet themselves.
    How to fix: Add a summary of 70-160 characters.
    """
    if not str(doc.meta.get("description") or "").strip():
        ctx.report_document("Page has no meta description")
    return ()


@rule(code="S604", name="meta-description-length", category="seo", severity="warning", example_format="html",
      applies=has_head, options={"min-chars": 70, "max-chars": 160},
      bad=[_HEAD.format("<meta name=\"description\" content=\"Too short.\">"),
           _HEAD.format("<meta name=\"description\" content=\"" + "A very long description. " * 10 + "\">")],
      good=[_HEAD.format("<meta name=\"description\" content=\"How the city plans to spend its budget next year, "
                         "and what residents can say about it before the vote.\">")])
def meta_description_length(doc, ctx):
    """What it does: Checks the meta description's length (default 70-160 characters).
    Why it matters: Longer descriptions are cut in results; very short ones do not sell the page.
    How to fix: Summarise the article in one or two sentences within the limits.
    """
    d = " ".join(str(doc.meta.get("description") or "").split())
    if not d:
        return ()
    lo, hi = ctx.options["min-chars"], ctx.options["max-chars"]
    if len(d) < lo:
        report_field(ctx, doc, "meta-description", "description",
                     f"Meta description has {len(d)} characters (at least {lo} recommended)")
    elif len(d) > hi:
        report_field(ctx, doc, "meta-description", "description",
                     f"Meta description has {len(d)} characters (at most {hi}); results will cut it")
    return ()


@rule(code="S605", name="img-alt-missing", category="seo", severity="warning", example_format="html",
      bad=["<p>Text.</p><img src=\"cat.jpg\">", "<p>Text.</p><img src=\"cat.jpg\" alt=\"IMG_1234.jpg\">"],
      good=["<p>Text.</p><img src=\"cat.jpg\" alt=\"A cat asleep on a sofa\">",
            "<p>Text.</p><img src=\"line.png\" alt=\"\" role=\"presentation\">"])
def img_alt_missing(doc, ctx):
    """What it does: Flags images in the article without alt text, with empty alt text (unless marked
    decorative with role="presentation"), or with a file name as alt text.
    Why it matters: Alt text is read by screen readers and used by image search.
    How to fix: Describe the image in a few words; use alt="" with role="presentation" for decoration.
    """
    for el in body_images(doc):
        alt = el.attrs.get("alt")
        if alt is None:
            ctx.report_element(el, "Image has no alt attribute")
        elif not alt.strip() and el.attrs.get("role") != "presentation":
            ctx.report_element(el, "Image has empty alt text")
        elif re.fullmatch(r"[\w-]+\.(?:jpe?g|png|gif|webp|svg|avif)", alt.strip(), re.I):
            ctx.report_element(el, f"Image alt text is a file name: '{alt.strip()}'")
    return ()


@rule(code="S606", name="h1-missing", category="seo", severity="warning", example_format="html", applies=is_html,
      bad=["<html><head><title>T</title></head><body><h2>Sub</h2><p>Text.</p></body></html>"],
      good=["<html><head><title>T</title></head><body><h1>Main</h1><p>Text.</p></body></html>"])
def h1_missing(doc, ctx):
    """What it does: Flags an HTML page whose article has no <h1> (Markdown pages get their h1 from the
    front-matter title, which `title-missing` checks).
    Why it matters: The h1 tells readers and search engines what the page is about.
    How to fix: Add one <h1> with the article's headline.
    """
    if not any(lv == 1 for lv, _, _ in headings(doc)):
        ctx.report_document("Page has no <h1> heading")
    return ()


@rule(code="S607", name="h1-multiple", category="seo", severity="warning", example_format="html", applies=has_head,
      bad=["<body><h1>One</h1><p>Text.</p><h1>Two</h1><p>More.</p></body>"],
      good=["<body><h1>One</h1><p>Text.</p><h2>Two</h2><p>More.</p></body>"])
def h1_multiple(doc, ctx):
    """What it does: Flags every <h1> (or Markdown `#` heading) after the first.
    Why it matters: One h1 states the page's topic; several blur it and break the heading outline.
    How to fix: Keep one h1 and turn the others into h2.
    """
    h1s = [loc for lv, _, loc in headings(doc) if lv == 1]
    for loc in h1s[1:]:
        report_at(ctx, loc, f"Page has {len(h1s)} h1 headings; use one")
    return ()


@rule(code="S608", name="heading-skip", category="seo", severity="info", example_format="html", applies=has_head,
      bad=["<body><h1>One</h1><h2>Two</h2><p>Text.</p><h4>Four</h4><p>More.</p></body>"],
      good=["<body><h1>One</h1><h2>Two</h2><p>Text.</p><h3>Three</h3><h2>Again</h2><p>More.</p></body>"])
def heading_skip(doc, ctx):
    """What it does: Flags a heading that skips a level on the way down (h2 followed by h4).
    Why it matters: Screen-reader users navigate by heading level; a gap suggests missing structure.
    How to fix: Use the next level down (h3 after h2).
    """
    prev = 0
    for lv, text, loc in headings(doc):
        if prev and lv > prev + 1:
            report_at(ctx, loc, f"Heading level jumps from h{prev} to h{lv}", [f"h{prev + 1}"])
        prev = lv
    return ()


GENERIC_LINK_TEXT = frozenset({
    "click here", "here", "click", "read more", "more", "learn more", "this", "this link", "link", "go",
    "continue", "continue reading", "details", "more info", "more information", "this page", "this article",
    "find out more", "see more", "website", "click this link", "tap here", "start",
})


@rule(code="S609", name="link-text-generic", category="seo", severity="warning", example_format="html",
      bad=["<p>To apply, <a href=\"/apply\">click here</a>.</p>",
           "<p>See <a href=\"https://example.org/report\">https://example.org/report</a>.</p>"],
      good=["<p>Read the <a href=\"/apply\">application guide</a>.</p>"])
def link_text_generic(doc, ctx):
    """What it does: Flags links whose text says nothing about the target ("click here", "read more",
    "here") and bare URLs used as link text (the Lighthouse "link-text" audit).
    Why it matters: Screen-reader users list links out of context, and search engines use link text to
    understand the target.
    How to fix: Make the link text describe where it leads: "the 2024 budget report".
    """
    for el in body_links(doc):
        t = " ".join(el.text.split()).strip(" .:!→»›").lower()
        if t in GENERIC_LINK_TEXT:
            ctx.report_element(el, f"Link text '{el.text.strip()}' does not describe the target")
        elif re.match(r"(?:https?://|www\.)\S+$", t):
            ctx.report_element(el, "A bare URL is used as link text")
    return ()


@rule(code="S610", name="thin-content", category="seo", severity="warning", options={"min-words": 300},
      bad=["Title\n\nOnly a few words here."],
      good=["Title\n\n" + "A sentence of body text that adds to the word count of the article. " * 25])
def thin_content(doc, ctx):
    """What it does: Flags an article with fewer than `min-words` words of body text (default 300, as Yoast).
    Why it matters: Very short pages rarely answer a query well and rank poorly.
    How to fix: Expand the article with what a reader needs, or merge it into a related page.
    """
    n = document_stats(doc)["words"]
    if n < ctx.options["min-words"]:
        ctx.report_document(f"Article has {n} words of body text (at least {ctx.options['min-words']} recommended)")
    return ()


@rule(code="S611", name="canonical-missing", category="seo", severity="info", example_format="html", applies=is_html,
      bad=[_HEAD.format("<title>T</title>")],
      good=[_HEAD.format("<link rel=\"canonical\" href=\"https://example.org/a\">")])
def canonical_missing(doc, ctx):
    """What it does: Flags an HTML page without <link rel="canonical"> (Markdown front matter may set
    `canonical`; most site generators add it themselves, so Markdown is not checked).
    Why it matters: Without a canonical URL, copies of the page (tracking parameters, syndication) split
    its ranking.
    How to fix: Add <link rel="canonical" href="https://your.site/the-article">.
    """
    if not doc.meta.get("canonical"):
        ctx.report_document("Page has no canonical link")
    return ()


@rule(code="S612", name="canonical-invalid", category="seo", severity="warning", example_format="html",
      applies=has_head,
      bad=[_HEAD.format("<link rel=\"canonical\" href=\"/relative/path\">"),
           _HEAD.format("<link rel=\"canonical\" href=\"https://example.org/a#top\">")],
      good=[_HEAD.format("<link rel=\"canonical\" href=\"https://example.org/a\">")])
def canonical_invalid(doc, ctx):
    """What it does: Flags a canonical URL that is not an absolute http(s) URL, or that has a fragment.
    Why it matters: Search engines ignore or misread relative and fragment canonicals (Lighthouse
    "canonical" audit).
    How to fix: Use the page's full URL: https://your.site/the-article.
    """
    c = str(doc.meta.get("canonical") or "").strip()
    if not c:
        return ()
    u = urlparse(c)
    problem = ""
    if u.scheme not in ("http", "https") or not u.netloc:
        problem = "is not an absolute http(s) URL"
    elif u.fragment:
        problem = "has a #fragment"
    if problem:
        report_field(ctx, doc, "canonical", "canonical", f"Canonical URL '{c[:100]}' {problem}")
    return ()


@rule(code="S613", name="lang-missing", category="seo", severity="warning", example_format="html", applies=is_html,
      bad=["<html><head><title>T</title></head><body><p>Text.</p></body></html>"],
      good=["<html lang=\"en\"><head><title>T</title></head><body><p>Text.</p></body></html>"])
def lang_missing(doc, ctx):
    """What it does: Flags an HTML page whose <html> element has no valid `lang` attribute.
    Why it matters: Screen readers pick their voice from it and search engines use it for language
    targeting (Lighthouse "html-has-lang").
    How to fix: Add lang="en" (or the article's language) to <html>.
    """
    lang = str(doc.meta.get("lang") or "").strip()
    if not lang:
        els = doc.elements_of("html")
        if els:
            ctx.report_element(els[0], "<html> has no lang attribute")
        else:
            ctx.report_document("Page has no <html lang=...>")
    elif not re.fullmatch(r"[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})*", lang):
        ctx.report_element(doc.elements_of("html")[0], f"lang='{lang}' is not a valid language tag")
    return ()


@rule(code="S614", name="noindex-present", category="seo", severity="warning", example_format="html",
      applies=has_head,
      bad=[_HEAD.format("<meta name=\"robots\" content=\"noindex, follow\">")],
      good=[_HEAD.format("<meta name=\"robots\" content=\"index, follow\">")])
def noindex_present(doc, ctx):
    """What it does: Warns when the page tells search engines not to index it (meta robots `noindex` or
    `none`; Markdown front matter `robots: noindex` or `noindex: true`).
    Why it matters: A leftover noindex from staging silently removes an article from search.
    How to fix: Remove noindex unless the page must stay out of search.
    """
    robots = str(doc.meta.get("robots") or "")
    fm = doc.meta.get("front_matter") or {}
    if doc.format == "markdown":
        robots = str(fm.get("robots") or "")
        if fm.get("noindex") is True:
            report_field(ctx, doc, "", "noindex", "Front matter sets noindex: true")
            return ()
    tokens = {t.strip().lower() for t in robots.split(",")}
    if tokens & {"noindex", "none"}:
        report_field(ctx, doc, "meta-robots", "robots", f"Robots directive '{robots}' keeps the page out of search")
    return ()


@rule(code="S615", name="open-graph-missing", category="seo", severity="info", example_format="html", applies=is_html,
      bad=[_HEAD.format("<meta property=\"og:title\" content=\"T\">")],
      good=[_HEAD.format("<meta property=\"og:title\" content=\"T\"><meta property=\"og:description\" content=\"D\">"
                         "<meta property=\"og:image\" content=\"https://example.org/i.jpg\">")])
def open_graph_missing(doc, ctx):
    """What it does: Flags a page missing any of og:title, og:description and og:image.
    Why it matters: Social networks and chat apps build link previews from Open Graph tags.
    How to fix: Add the three <meta property="og:..."> tags to the head.
    """
    og = doc.meta.get("og") or {}
    missing = [k for k in ("og:title", "og:description", "og:image") if not str(og.get(k) or "").strip()]
    if missing:
        ctx.report_document("Open Graph tags missing: " + ", ".join(missing))
    return ()


ARTICLE_TYPES = {"Article", "NewsArticle", "BlogPosting", "Report", "ScholarlyArticle", "TechArticle"}
ARTICLE_FIELDS = ("headline", "author", "datePublished", "image")


def _ld_items(data):
    if isinstance(data, list):
        for x in data:
            yield from _ld_items(x)
    elif isinstance(data, dict):
        if "@graph" in data:
            yield from _ld_items(data["@graph"])
        yield data


@rule(code="S616", name="structured-data-invalid", category="seo", severity="warning", example_format="html",
      applies=is_html,
      bad=[_HEAD.format("<script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", \"headline\": \"H\"}"
                        "</script>"),
           _HEAD.format("<script type=\"application/ld+json\">{\"@type\": \"Article\",}</script>")],
      good=[_HEAD.format("<script type=\"application/ld+json\">{\"@type\": \"Article\", \"headline\": \"H\", "
                         "\"author\": {\"name\": \"A\"}, \"datePublished\": \"2024-01-01\", \"image\": \"i.jpg\"}"
                         "</script>")])
def structured_data_invalid(doc, ctx):
    """What it does: Checks JSON-LD blocks: invalid JSON, and Article/NewsArticle/BlogPosting items without
    headline, author, datePublished or image (Google's recommended properties for article rich results).
    Why it matters: Broken or incomplete structured data loses rich results and article carousels.
    How to fix: Fix the JSON syntax, and fill in the missing properties.
    """
    els = doc.elements_of("json-ld")
    for el, data in zip(els, doc.meta.get("json_ld") or []):
        if isinstance(data, dict) and "_error" in data and len(data) == 1:
            ctx.report_element(el, f"JSON-LD is not valid JSON: {data['_error']}")
            continue
        for item in _ld_items(data):
            types = item.get("@type")
            types = set(types) if isinstance(types, list) else {types}
            if types & ARTICLE_TYPES:
                missing = [f for f in ARTICLE_FIELDS if not item.get(f)]
                if missing:
                    ctx.report_element(el, f"{'/'.join(sorted(t for t in types if t))} JSON-LD lacks "
                                           + ", ".join(missing))
    return ()


@rule(code="S617", name="slug-quality", category="seo", severity="info", example_format="markdown",
      applies=has_head, options={"max-chars": 75, "max-stop-words": 2},
      bad=["---\ntitle: T\nslug: Über_die Stadt\n---\nText.\n",
           "---\ntitle: T\nslug: the-story-of-how-a-and-the-of-the-town-was-built-in-the-year-of-the-flood-and-more\n"
           "---\nText.\n"],
      good=["---\ntitle: T\nslug: city-budget-2024\n---\nText.\n"])
def slug_quality(doc, ctx):
    """What it does: Checks the URL slug (front-matter `slug`, else the file name): lower-case ASCII words
    joined by hyphens, at most `max-chars` characters and `max-stop-words` stop words.
    Why it matters: Short, readable slugs are shared and clicked more, and non-ASCII or spaces get
    percent-encoded into unreadable URLs.
    How to fix: Use a few lower-case keywords joined by hyphens: city-budget-2024.
    """
    slug, el = slug_of(doc)
    if not slug:
        return ()
    problems = []
    if not slug.isascii():
        problems.append("has non-ASCII characters")
    if re.search(r"[A-Z]", slug):
        problems.append("has capital letters")
    if re.search(r"[\s_]", slug):
        problems.append("uses spaces or underscores instead of hyphens")
    if len(slug) > ctx.options["max-chars"]:
        problems.append(f"is {len(slug)} characters long (at most {ctx.options['max-chars']})")
    stops = [w for w in re.split(r"[-_\s]+", slug.lower()) if w in FUNCTION_WORDS]
    if len(stops) > ctx.options["max-stop-words"]:
        problems.append(f"has {len(stops)} stop words")
    if problems:
        clean = "-".join(w for w in re.findall(r"[a-z0-9]+", slug.lower()) if w not in FUNCTION_WORDS)[:60]
        msg = f"Slug '{slug[:80]}' " + "; ".join(problems)
        if el is not None:
            ctx.report_element(el, msg, [clean] if clean else [])
        else:
            ctx.report_document(msg, [clean] if clean else [])
    return ()


_SOURCE_RE = re.compile(
    r"\b(?:[Aa]ccording to|[Aa]s per|[Aa]s reported by|[Rr]eported by|[Aa] (?:new |recent )?(?:study|report|survey|"
    r"analysis|poll) (?:by|from)|[Dd]ata (?:from|released by)|[Ff]igures from|[Rr]esearch (?:by|from)|"
    r"[Ss]tatistics from)\s+(?:the\s+|a\s+)?(?P<src>[A-Z][\w&.'’-]*(?:\s+(?:of\s+|for\s+|and\s+)?[A-Z][\w&.'’-]*)*)")


@rule(code="S618", name="unlinked-source", category="seo", severity="info", example_format="markdown",
      applies=has_head,
      bad=["# T\n\nAccording to the Pew Research Center, most adults read news online.\n",
           "# T\n\nThe market grew 4%, as per TechCrunch.\n"],
      good=["# T\n\nAccording to the [Pew Research Center](https://pewresearch.org), most adults read news online.\n",
            "# T\n\nAccording to her, the plan works.\n"])
def unlinked_source(doc, ctx):
    """What it does: Flags text that cites a named source ("according to the Pew Research Center", "as per
    TechCrunch", "a study by ...") when the paragraph has no link.
    Why it matters: Linking sources builds trust with readers and signals quality to search engines.
    How to fix: Link the source's name to the report or article you are citing.
    """
    links = [(el.offset, el.end) for el in doc.elements_of("link")]
    for b in doc.prose_blocks():
        ms = list(_SOURCE_RE.finditer(b.text))
        if not ms:
            continue
        s0, s1 = b.src_span(0, len(b.text))
        if any(s0 <= a < s1 or s0 < e <= s1 for a, e in links):
            continue
        for m in ms:
            ctx.report(b, m.start(), m.end(), f"Cites '{m.group('src')}' without a link")
    return ()
