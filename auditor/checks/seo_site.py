"""Site-level SEO rules: computed across the documents of one batch (collect per document, then finalize)."""
from __future__ import annotations

import os
import posixpath
from array import array
from collections import Counter
from itertools import combinations
import zlib
from urllib.parse import unquote, urlparse

from ..document import PROSE_KINDS
from ..engine import Finding
from ..registry import rule
from ..textutil import word_list
from .seo_fields import anchor_slug, body_links, field_element, headings


def _span(doc, el) -> tuple[int, int, int, int, int]:
    if el is None:
        return 1, 1, 1, 1, 0
    l1, c1 = doc.index.line_col(el.offset)
    l2, c2 = doc.index.line_col(el.end)
    return l1, c1, l2, c2, el.offset


class _SameField:
    """Documents of the batch that share a normalised field value (title, description)."""

    def __init__(self, code, name, what, getter, html_kind, fm_key):
        self.code, self.name, self.what = code, name, what
        self.getter, self.html_kind, self.fm_key = getter, html_kind, fm_key

    def collect(self, doc, options):
        value = " ".join(str(self.getter(doc) or "").split())
        if not value:
            return None
        return (value.lower(), value, *_span(doc, field_element(doc, self.html_kind, self.fm_key)))

    def finalize(self, facts, options, config):
        groups: dict[str, list[str]] = {}
        for path, f in facts.items():
            if f:
                groups.setdefault(f[0], []).append(path)
        out: dict[str, list[Finding]] = {}
        for paths in groups.values():
            if len(paths) < 2:
                continue
            for p in paths:
                _, value, l1, c1, l2, c2, off = facts[p]
                others = ", ".join(x for x in sorted(paths) if x != p)[:200]
                out.setdefault(p, []).append(Finding(self.code, self.name, "seo", "warning",
                                                     f"Same {self.what} as {others}", l1, c1, l2, c2,
                                                     value[:160], [], "", off))
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


@rule(code="S621", name="duplicate-meta-description", category="seo", severity="warning", batch_examples=True,
      example_format="markdown",
      bad=["---\ntitle: A\ndescription: Our news site.\n---\nText.\n",
           "---\ntitle: B\ndescription: Our news site.\n---\nText.\n"],
      good=["---\ntitle: A\ndescription: About A.\n---\nText.\n", "---\ntitle: B\ndescription: About B.\n---\nText.\n"])
def duplicate_meta_description(doc, ctx):
    """What it does: When a batch is audited together, flags documents that share a meta description.
    Why it matters: A template description on every page tells searchers nothing about each one.
    How to fix: Write a description for each article.
    """
    return ()


def shingle_sample(doc, size: int = 5, keep_mod: int = 4) -> bytes:
    """A deterministic sample (hash mod ``keep_mod`` == 0) of the document's word ``size``-shingles, as the
    bytes of a sorted array of 32-bit hashes (a 10,000-document batch keeps them all in memory)."""
    toks = [w.lower() for b in doc.blocks if b.kind in PROSE_KINDS for w in word_list(b.text)]
    out = set()
    for i in range(len(toks) - size + 1):
        h = zlib.crc32(" ".join(toks[i:i + size]).encode("utf-8"))
        if h % keep_mod == 0:
            out.add(h)
    return array("I", sorted(out)).tobytes()


def _hashes(sample: bytes) -> array:
    a = array("I")
    a.frombytes(sample)
    return a


class _NearDuplicate:
    """Jaccard similarity of sampled shingles; candidate pairs come from an inverted index."""

    max_posting = 200  # a shingle in more documents than this is site template text, not content

    def collect(self, doc, options):
        sample = shingle_sample(doc)
        return sample if len(sample) >= 5 * 4 else None

    def finalize(self, facts, options, config):
        threshold = float(config.site.get("near-duplicate-threshold", 0.8)) if config else 0.8
        paths = sorted(facts)
        posting: dict[int, list[int]] = {}
        sizes = []
        for i, path in enumerate(paths):
            hs = _hashes(facts[path]) if facts[path] else ()
            sizes.append(len(hs))
            for h in hs:
                posting.setdefault(h, []).append(i)  # ids ascend, so every pair below is (low, high)
        shared: Counter = Counter()
        for ids in posting.values():
            if 1 < len(ids) <= self.max_posting:
                shared.update(combinations(ids, 2))  # counted in C: 10,000-document batches stay fast
        similar: dict[int, list[tuple[float, str]]] = {}
        for (a, b), n in shared.items():
            if n < threshold * max(sizes[a], sizes[b]):
                continue  # Jaccard >= t needs at least t * the larger sample in common
            union = sizes[a] + sizes[b] - n
            sim = n / union if union else 0.0
            if sim >= threshold:
                similar.setdefault(a, []).append((sim, paths[b]))
                similar.setdefault(b, []).append((sim, paths[a]))
        # one finding per document: the closest duplicate, then how many others (a page copied 50 times
        # gets one warning that says so, not 49)
        out: dict[str, list[Finding]] = {}
        for i, pairs in sorted(similar.items()):
            pairs.sort(key=lambda sp: (-sp[0], sp[1]))
            sim, q = pairs[0]
            msg = f"Content is {sim:.0%} similar to {q}"
            if len(pairs) > 1:
                more = len(pairs) - 1
                names = ", ".join(p for _, p in pairs[1:4]) + (", ..." if more > 3 else "")
                msg += f" and {more} other document{'s' if more > 1 else ''} ({names})"
            out[paths[i]] = [Finding("S622", "near-duplicate-content", "seo", "warning", msg, 1, 1, 1, 1,
                                     "", [], "", 0)]
        return out


_BODY = ("The council met on Tuesday to discuss the new budget for parks, roads and schools across the city. "
         "Members argued for hours about the cost of repairs and the timing of new projects. ")


@rule(code="S622", name="near-duplicate-content", category="seo", severity="warning", batch_examples=True,
      bad=["First take\n\n" + _BODY * 3, "Second take\n\n" + _BODY * 3 + "One extra line at the end."],
      good=["First take\n\n" + _BODY * 3,
            "Other story\n\nA storm closed the coast road overnight and crews worked until dawn to clear fallen "
            "trees. Drivers were told to avoid the area until the afternoon while repairs went on."])
def near_duplicate_content(doc, ctx):
    """What it does: When a batch is audited together, flags documents whose body text is nearly the same
    as another's (Jaccard similarity of sampled 5-word shingles at or above `site.near-duplicate-threshold`,
    default 0.8): one finding per document, naming the closest copy and counting the others.
    Why it matters: Search engines pick one of the duplicates and drop the others; readers meet the same
    text twice.
    How to fix: Merge the articles, or point one at the other with a canonical link.
    """
    return ()


def _link_target(href: str):
    """(path, fragment) of a relative link inside the site, or None for external and special links."""
    u = urlparse(href.strip())
    if u.scheme or u.netloc or href.startswith("//"):
        return None
    return unquote(u.path), unquote(u.fragment)


class _BrokenLinks:
    def collect(self, doc, options):
        anchors = set(doc.meta.get("ids") or [])
        anchors |= {anchor_slug(t) for _, t, _ in headings(doc)}
        links = []
        for el in body_links(doc):
            t = _link_target(str(el.attrs.get("href") or ""))
            if t is not None:
                links.append((t[0], t[1], str(el.attrs.get("href"))[:200], *_span(doc, el)))
        return {"anchors": anchors, "links": links, "dir": posixpath.dirname(doc.path.replace("\\", "/"))}

    def finalize(self, facts, options, config):
        norm = {posixpath.normpath(p.replace("\\", "/")): p for p in facts}
        stems = {}
        for n, p in norm.items():
            stems.setdefault(n.rsplit(".", 1)[0] if "." in posixpath.basename(n) else n, p)
        out: dict[str, list[Finding]] = {}
        for path, f in facts.items():
            if not f:
                continue
            for target, frag, href, l1, c1, l2, c2, off in f["links"]:
                problem = ""
                if not target:
                    if frag and frag not in f["anchors"]:
                        problem = f"Anchor '#{frag}' does not exist in this document"
                else:
                    full = posixpath.normpath(posixpath.join(f["dir"], target))
                    bare = full.rstrip("/")
                    hit = (norm.get(full) or norm.get(bare) or stems.get(bare)
                           or norm.get(posixpath.join(bare, "index.html")) or norm.get(posixpath.join(bare, "index.md"))
                           or stems.get(posixpath.join(bare, "index")))
                    if hit is None:
                        if not os.path.exists(full):
                            problem = f"Link target '{target}' does not exist in the audited tree"
                    elif frag and frag not in facts[hit]["anchors"]:
                        problem = f"Anchor '#{frag}' does not exist in {hit}"
                if problem:
                    out.setdefault(path, []).append(Finding("S623", "broken-internal-link", "seo", "error", problem,
                                                            l1, c1, l2, c2, href, [], "", off))
        return out


@rule(code="S623", name="broken-internal-link", category="seo", severity="error", batch_examples=True,
      example_format="markdown",
      bad=["# A\n\nSee [the guide](guide-that-is-gone.md) and [budget](ex1#no-such-part).\n",
           "# B\n\n## Budget\n\nText.\n"],
      good=["# A\n\nSee [the other page](ex1) and [its budget part](ex1#budget), or [top](#a).\n",
            "# B\n\n## Budget\n\nText.\n"])
def broken_internal_link(doc, ctx):
    """What it does: When a batch is audited together, flags relative links to a file that is neither in
    the audited tree nor on disk, and #anchors that match no id or heading of the target document.
    Why it matters: Broken links frustrate readers and waste crawl budget.
    How to fix: Point the link at the right file or heading, or remove it.
    """
    return ()


SITE = {
    "S620": _SameField("S620", "duplicate-title", "title", lambda d: d.title, "title", "title"),
    "S621": _SameField("S621", "duplicate-meta-description", "meta description",
                       lambda d: d.meta.get("description"), "meta-description", "description"),
    "S622": _NearDuplicate(),
    "S623": _BrokenLinks(),
}
