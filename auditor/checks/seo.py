"""SEO rules: title, meta description, headings, images (more in the SEO issue)."""
from __future__ import annotations

from ..engine import Finding
from ..registry import rule


def _has_head(doc, ctx) -> bool:
    return doc.format in ("html", "markdown")


@rule(code="S601", name="title-missing", category="seo", severity="error", example_format="html", applies=_has_head,
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


@rule(code="S602", name="meta-description-missing", category="seo", severity="warning", example_format="html",
      applies=_has_head,
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


@rule(code="S605", name="img-alt-missing", category="seo", severity="warning", example_format="html",
      bad=["<p>Text.</p><img src=\"cat.jpg\">", "<p>Text.</p><img src=\"cat.jpg\" alt=\"IMG_1234.jpg\">"],
      good=["<p>Text.</p><img src=\"cat.jpg\" alt=\"A cat asleep on a sofa\">",
            "<p>Text.</p><img src=\"line.png\" alt=\"\" role=\"presentation\">"])
def img_alt_missing(doc, ctx):
    """What it does: Flags images in the article without alt text, or with a file name as alt text.
    Why it matters: Alt text is read by screen readers and used by image search.
    How to fix: Describe the image in a few words; use alt="" with role="presentation" for decoration.
    """
    import re

    for el in doc.elements_of("img"):
        if not el.attrs.get("in_body", True):
            continue
        alt = el.attrs.get("alt")
        if alt is None:
            ctx.report_element(el, "Image has no alt attribute")
        elif not alt.strip() and el.attrs.get("role") != "presentation":
            ctx.report_element(el, "Image has empty alt text")
        elif re.fullmatch(r"[\w-]+\.(?:jpe?g|png|gif|webp|svg|avif)", alt.strip(), re.I):
            ctx.report_element(el, f"Image alt text is a file name: '{alt.strip()}'")
    return ()


class _DuplicateTitle:
    def collect(self, doc, options):
        t = " ".join(doc.title.split()).lower()
        if not t:
            return None
        els = doc.elements_of("title")
        if els:
            l1, c1 = doc.index.line_col(els[0].offset)
            l2, c2 = doc.index.line_col(els[0].end)
        else:
            l1, c1, l2, c2 = 1, 1, 1, 1
        return (t, doc.title, l1, c1, l2, c2)

    def finalize(self, facts, options, config):
        by_title: dict[str, list[str]] = {}
        for path, f in facts.items():
            if f:
                by_title.setdefault(f[0], []).append(path)
        out: dict[str, list[Finding]] = {}
        for paths in by_title.values():
            if len(paths) < 2:
                continue
            for p in paths:
                _, title, l1, c1, l2, c2 = facts[p]
                others = ", ".join(x for x in sorted(paths) if x != p)[:200]
                out.setdefault(p, []).append(Finding("S620", "duplicate-title", "seo", "warning",
                                                     f"Same title as {others}", l1, c1, l2, c2, title[:160]))
        return out


@rule(code="S620", name="duplicate-title", category="seo", severity="warning", batch_examples=True,
      bad=["Same Title\n\nThe first article body.", "Same Title\n\nThe second article body."],
      good=["First Title\n\nThe first article body.", "Second Title\n\nThe second article body."])
def duplicate_title(doc, ctx):
    """What it does: When a batch is audited together, flags documents that share a title.
    Why it matters: Duplicate titles make pages compete with each other in search results.
    How to fix: Give each article its own title.
    """
    return ()


SITE = {"S620": _DuplicateTitle()}
