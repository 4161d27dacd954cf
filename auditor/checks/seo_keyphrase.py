"""Keyphrase rules (Yoast's focus keyphrase checks), matching inflected forms of the keyphrase's words."""
from __future__ import annotations

import re

from ..document import HEADING, PARAGRAPH
from ..lexicon import FUNCTION_WORDS
from ..registry import rule
from ..stats import document_stats
from .seo_fields import body_images, has_head, report_field, slug_of

_TOKEN_RE = re.compile(r"[^\W_]+", re.UNICODE)


def stem(word: str) -> str:
    """A light English stemmer: enough to match "garden", "gardens", "gardening", "gardened"."""
    w = word.lower().replace("’", "'")
    if w.endswith("'s"):
        w = w[:-2]
    for suf in ("ations", "ation", "ings", "ing", "edly", "ies", "ied", "es", "ed", "ly", "s"):
        if w.endswith(suf) and len(w) - len(suf) >= 3:
            base = w[: -len(suf)]
            if suf in ("ies", "ied"):
                return base + "y"
            if suf in ("ing", "ed", "ings") and len(base) > 3 and base[-1] == base[-2] and base[-1] not in "lsz":
                base = base[:-1]  # "running" -> "run"
            if suf == "es" and not base.endswith(("s", "x", "z", "ch", "sh")):
                return w[:-1]  # "pages" -> "page"
            return base
    return w


def stems(text: str) -> list[str]:
    return [stem(t) for t in _TOKEN_RE.findall(text)]


def keyphrase_of(doc, ctx) -> str:
    """--keyphrase / config first, then front matter `keyphrase`/`keywords`, then meta keywords (first one)."""
    kp = (ctx.config.keyphrase if ctx.config is not None else "") or doc.meta.get("keyphrase") or ""
    if not kp and doc.meta.get("keywords"):
        kp = str(doc.meta["keywords"]).split(",")[0]
    return " ".join(str(kp).split())


def key_stems(kp: str) -> set[str]:
    content = [t for t in _TOKEN_RE.findall(kp) if t.lower() not in FUNCTION_WORDS]
    return {stem(t) for t in (content or _TOKEN_RE.findall(kp))}


def contains(text: str, kp: str) -> bool:
    ks = key_stems(kp)
    return bool(ks) and ks <= set(stems(text))


def _has_keyphrase(doc, ctx) -> bool:
    return bool(keyphrase_of(doc, ctx))


def _kp_and_head(doc, ctx) -> bool:
    return has_head(doc) and _has_keyphrase(doc, ctx)


_MD = "---\ntitle: {title}\ndescription: {desc}\nkeyphrase: city budget\nslug: {slug}\n---\n{body}"
_GOOD = _MD.format(title="How the city budget works", desc="What the city budget pays for.", slug="city-budget",
                   body="The city budgets are published each spring.\n\n## Reading a city budget\n\n"
                        "![A chart of the city budget](chart.png)\n\nMore text about spending.\n")


@rule(code="S630", name="keyphrase-missing-in-title", category="seo", severity="warning", example_format="markdown",
      applies=_kp_and_head,
      bad=[_MD.format(title="How spending works", desc="d", slug="s", body="Text.\n")], good=[_GOOD])
def keyphrase_missing_in_title(doc, ctx):
    """What it does: With a focus keyphrase set (--keyphrase, config, front matter `keyphrase` or `keywords`,
    or meta keywords), flags a title that does not contain all its content words (any inflection, any order).
    Why it matters: The title is the strongest on-page signal of what the article is about.
    How to fix: Work the keyphrase into the title, ideally near the start.
    """
    kp = keyphrase_of(doc, ctx)
    if doc.title and not contains(doc.title, kp):
        report_field(ctx, doc, "title", "title", f"Title does not contain the keyphrase '{kp}'")
    return ()


@rule(code="S631", name="keyphrase-missing-in-introduction", category="seo", severity="warning",
      example_format="markdown", applies=_has_keyphrase,
      bad=[_MD.format(title="City budget", desc="d", slug="s", body="Spending rose.\n\nThe city budget grew.\n")],
      good=[_GOOD])
def keyphrase_missing_in_introduction(doc, ctx):
    """What it does: Flags an introduction (the first paragraph) that does not contain the keyphrase.
    Why it matters: Readers and search engines decide from the first lines whether the page answers them.
    How to fix: Mention the topic in the first paragraph.
    """
    kp = keyphrase_of(doc, ctx)
    first = next(doc.blocks_of(PARAGRAPH), None)
    if first is not None and not contains(first.text, kp):
        ctx.report(first, 0, min(len(first.text), 80), f"The first paragraph does not contain the keyphrase '{kp}'")
    return ()


@rule(code="S632", name="keyphrase-missing-in-meta-description", category="seo", severity="warning",
      example_format="markdown", applies=_kp_and_head,
      bad=[_MD.format(title="City budget", desc="What we spend on.", slug="s", body="Text.\n")], good=[_GOOD])
def keyphrase_missing_in_meta_description(doc, ctx):
    """What it does: Flags a meta description that does not contain the keyphrase (no finding when there
    is no description: `meta-description-missing` covers that).
    Why it matters: Search engines bold the query's words in the snippet, which draws the eye.
    How to fix: Use the keyphrase naturally in the description.
    """
    kp = keyphrase_of(doc, ctx)
    d = str(doc.meta.get("description") or "")
    if d.strip() and not contains(d, kp):
        report_field(ctx, doc, "meta-description", "description",
                     f"Meta description does not contain the keyphrase '{kp}'")
    return ()


@rule(code="S633", name="keyphrase-missing-in-subheadings", category="seo", severity="info",
      example_format="markdown", applies=_has_keyphrase,
      bad=[_MD.format(title="City budget", desc="d", slug="s", body="City budget text.\n\n## Spending\n\nMore.\n")],
      good=[_GOOD])
def keyphrase_missing_in_subheadings(doc, ctx):
    """What it does: Flags an article whose subheadings (h2, h3) never mention the keyphrase. Articles
    without subheadings are not checked.
    Why it matters: Subheadings that echo the topic show readers and search engines the article stays on it.
    How to fix: Use the keyphrase or a close variant in at least one subheading.
    """
    kp = keyphrase_of(doc, ctx)
    subs = [b for b in doc.blocks_of(HEADING) if b.level in (2, 3) or doc.format == "text"]
    if subs and not any(contains(b.text, kp) for b in subs):
        ctx.report(subs[0], 0, len(subs[0].text), f"No subheading contains the keyphrase '{kp}'")
    return ()


@rule(code="S634", name="keyphrase-missing-in-slug", category="seo", severity="info", example_format="markdown",
      applies=_kp_and_head,
      bad=[_MD.format(title="City budget", desc="d", slug="spending-2024", body="Text.\n")], good=[_GOOD])
def keyphrase_missing_in_slug(doc, ctx):
    """What it does: Flags a slug (front-matter `slug` or file name) without the keyphrase's words.
    Why it matters: Words from the query in the URL are shown in results and help users trust the link.
    How to fix: Put the keyphrase's words in the slug, joined by hyphens.
    """
    kp = keyphrase_of(doc, ctx)
    slug, el = slug_of(doc)
    if slug and not contains(slug.replace("-", " ").replace("_", " "), kp):
        msg = f"Slug '{slug[:80]}' does not contain the keyphrase '{kp}'"
        if el is not None:
            ctx.report_element(el, msg)
        else:
            ctx.report_document(msg)
    return ()


def keyphrase_count(doc, kp: str) -> int:
    """Occurrences of all the keyphrase's content words together within a short window of words."""
    ks = key_stems(kp)
    if not ks:
        return 0
    n = 0
    for b in doc.prose_blocks():
        toks = stems(b.text)
        window = max(len(ks) + 3, 4)
        i = 0
        while i < len(toks):
            if toks[i] in ks and ks <= set(toks[i:i + window]):
                n += 1
                i += window
            else:
                i += 1
    return n


@rule(code="S635", name="keyphrase-density", category="seo", severity="info", example_format="markdown",
      applies=_has_keyphrase, options={"min-percent": 0.5, "max-percent": 3.0, "min-words": 100},
      bad=[_MD.format(title="City budget", desc="d", slug="s", body="The council met. " * 60 + "\n"),
           _MD.format(title="City budget", desc="d", slug="s", body="The city budget grew. " * 40 + "\n")],
      good=[_MD.format(title="City budget", desc="d", slug="s",
                       body="The city budget grew. " + "The council met and talked for hours. " * 20 + "\n")])
def keyphrase_density(doc, ctx):
    """What it does: Measures how often the keyphrase (inflected forms included) occurs per 100 words of body
    text and flags a density outside `min-percent`-`max-percent` (default 0.5-3%). Not checked under
    `min-words` words.
    Why it matters: Too rare and the page looks off-topic; too frequent reads as keyword stuffing.
    How to fix: Mention the topic naturally; use synonyms when it repeats too often.
    """
    words = document_stats(doc)["words"]
    if words < ctx.options["min-words"]:
        return ()
    kp = keyphrase_of(doc, ctx)
    pct = 100.0 * keyphrase_count(doc, kp) / words
    lo, hi = ctx.options["min-percent"], ctx.options["max-percent"]
    if pct < lo:
        ctx.report_document(f"Keyphrase '{kp}' density is {pct:.1f}% (target {lo:g}-{hi:g}%)")
    elif pct > hi:
        ctx.report_document(f"Keyphrase '{kp}' density is {pct:.1f}%, above {hi:g}% (keyword stuffing?)")
    return ()


@rule(code="S636", name="keyphrase-in-alt", category="seo", severity="info", example_format="markdown",
      applies=_has_keyphrase,
      bad=[_MD.format(title="City budget", desc="d", slug="s", body="Text.\n\n![A chart](chart.png)\n")],
      good=[_GOOD])
def keyphrase_in_alt(doc, ctx):
    """What it does: Flags an article with images when no image's alt text contains the keyphrase.
    Articles without images are not checked.
    Why it matters: Alt text is how image search understands pictures; one on-topic image helps.
    How to fix: Describe a relevant image with the keyphrase in its alt text.
    """
    kp = keyphrase_of(doc, ctx)
    imgs = body_images(doc)
    if imgs and not any(contains(str(el.attrs.get("alt") or ""), kp) for el in imgs):
        ctx.report_element(imgs[0], f"No image alt text contains the keyphrase '{kp}'")
    return ()
