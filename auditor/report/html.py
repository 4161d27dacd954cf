"""Self-contained HTML report (inline CSS, JS and SVG; no network), built from the report dict alone.

Everything taken from articles is escaped here, on the server side; the page's script only filters, sorts and
moves existing nodes, and a Content-Security-Policy allows no script but the report's own (by hash).
"""
from __future__ import annotations

import base64
import hashlib
import heapq
import math
from collections import Counter
from html import escape
from pathlib import Path

from ..view import locate, source_offset

CATS = ("truncation", "boilerplate", "grammar", "spelling", "readability", "seo", "style")
SEVS = ("error", "warning", "info")
ASSETS = Path(__file__).resolve().parent / "assets"
AUDIENCE = {"general": (50.0, 10.0), "expert": (30.0, 14.0), "children": (70.0, 6.0)}  # (min ease, max grade)
# (stats key, label, lowest, highest) of the readability metrics shown against their scale
METRICS = (("flesch_reading_ease", "Flesch reading ease", 0, 100), ("flesch_kincaid_grade", "Flesch-Kincaid grade", 0, 20),
           ("gunning_fog", "Gunning fog", 0, 20), ("smog_index", "SMOG", 0, 20),
           ("coleman_liau_index", "Coleman-Liau", 0, 20), ("automated_readability_index", "ARI", 0, 20),
           ("dale_chall", "Dale-Chall", 0, 20))


def e(s) -> str:
    """Escape for text and double-quoted attributes; also neutralise Unicode line separators."""
    return escape(str(s), quote=True).replace("\u2028", "&#x2028;").replace("\u2029", "&#x2029;")


def _color(score) -> str:
    if score is None:
        return "#8c959f"
    return "#1a7f37" if score >= 90 else "#9a6700" if score >= 50 else "#b42318"


def gauge(score, label: str, size: int = 120) -> str:
    """A semicircle score gauge; the number and rating are text, not only colour."""
    r, cx, cy = size * 0.4, size / 2, size * 0.55
    frac = 0 if score is None else max(0, min(100, score)) / 100
    a = math.pi * (1 - frac)
    x, y = cx + r * math.cos(a), cy - r * math.sin(a)
    bg = f"M {cx - r:.1f} {cy:.1f} A {r:.1f} {r:.1f} 0 0 1 {cx + r:.1f} {cy:.1f}"
    fg = f"M {cx - r:.1f} {cy:.1f} A {r:.1f} {r:.1f} 0 0 1 {x:.1f} {y:.1f}"
    val = "n/a" if score is None else str(score)
    return (f'<svg width="{size}" height="{int(size * 0.75)}" viewBox="0 0 {size} {int(size * 0.75)}" role="img" '
            f'aria-label="{e(label)}: {val}"><path d="{bg}" stroke="#d0d7de" stroke-width="{size * 0.09:.1f}" '
            f'fill="none" stroke-linecap="round"/>'
            + (f'<path d="{fg}" stroke="{_color(score)}" stroke-width="{size * 0.09:.1f}" fill="none" '
               f'stroke-linecap="round"/>' if frac > 0 else "")
            + f'<text x="{cx}" y="{cy - 2}" text-anchor="middle" font-size="{size * 0.22:.0f}" font-weight="700">'
              f'{val}</text><text x="{cx}" y="{cy + size * 0.17:.0f}" text-anchor="middle" font-size="{size * 0.1:.0f}" '
              f'fill="#57606a">{e(label)}</text></svg>')


def bars(items: list[tuple[str, float | None]], maximum: float = 100, width: int = 360, targets=None) -> str:
    """Horizontal bars with the value written beside each bar; optional target ticks."""
    h = 22
    out = [f'<svg width="{width}" height="{h * len(items) + 4}" role="img" aria-label="bar chart">']
    lw = 130
    for i, (name, v) in enumerate(items):
        y = i * h + 2
        w = 0 if v is None else max(0.0, min(1.0, v / maximum)) * (width - lw - 50)
        out.append(f'<text x="0" y="{y + 15}" font-size="12">{e(name)}</text>'
                   f'<rect x="{lw}" y="{y + 3}" width="{width - lw - 50}" height="14" fill="#eaeef2"/>'
                   f'<rect x="{lw}" y="{y + 3}" width="{w:.1f}" height="14" fill="{_color(v) if targets is None else "#0969da"}"/>'
                   f'<text x="{width - 45}" y="{y + 15}" font-size="12">{"n/a" if v is None else e(v)}</text>')
        if targets and targets.get(name) is not None:
            tx = lw + max(0.0, min(1.0, targets[name] / maximum)) * (width - lw - 50)
            out.append(f'<line x1="{tx:.1f}" x2="{tx:.1f}" y1="{y}" y2="{y + 20}" stroke="#1b1f24" stroke-width="2">'
                       f'<title>target {e(targets[name])}</title></line>')
    out.append("</svg>")
    return "".join(out)


def histogram(scores: list[int], width: int = 360, height: int = 110) -> str:
    bins = [0] * 10
    for s in scores:
        bins[min(9, s // 10)] += 1
    top = max(bins) or 1
    bw = width / 10
    out = [f'<svg width="{width}" height="{height + 18}" role="img" aria-label="distribution of document scores">']
    for i, n in enumerate(bins):
        h = (height - 14) * n / top
        out.append(f'<rect x="{i * bw + 2:.1f}" y="{height - h:.1f}" width="{bw - 4:.1f}" height="{h:.1f}" '
                   f'fill="{_color(i * 10 + 5)}"><title>{i * 10}-{i * 10 + 9}: {n}</title></rect>'
                   + (f'<text x="{i * bw + bw / 2:.1f}" y="{height - h - 2:.1f}" font-size="10" text-anchor="middle">{n}</text>' if n else "")
                   + f'<text x="{i * bw + bw / 2:.1f}" y="{height + 14}" font-size="10" text-anchor="middle">{i * 10}</text>')
    out.append("</svg>")
    return "".join(out)


def _open_mark(fid: str, f: dict) -> str:
    label = f"{f['severity']} {f['code']} {f['name']}: {f['message']}"
    return (f'<mark id="m-{fid}" class="cat-{e(f["category"])} sev-{e(f["severity"])}" data-cat="{e(f["category"])}" '
            f'data-sev="{e(f["severity"])}" data-finding="{fid}" tabindex="0" title="{e(label)}" aria-label="{e(label)}">')


def _marked_text(text: str, marks: list[tuple[int, int, str, dict]]) -> str:
    """Escape ``text`` and wrap finding ranges in <mark>. Ranges that nest are nested (so two findings on the
    same words both get a highlight); a range that overlaps the end of another is clipped to stay well formed."""
    out, pos, stack = [], 0, []

    def close_to(limit: int) -> None:
        nonlocal pos
        while stack and stack[-1] <= limit:
            end = stack.pop()
            out.append(e(text[pos:end]))
            pos = end
            out.append("</mark>")

    for s, t, fid, f in sorted(marks, key=lambda m: (m[0], -m[1])):
        s, t = min(s, len(text)), min(t, len(text))
        close_to(s)
        if stack:
            t = min(t, stack[-1])
        s = max(s, pos)
        if s > t:
            continue
        out.append(e(text[pos:s]))
        pos = s
        if s == t:
            out.append(_open_mark(fid, f) + "&#8203;</mark>")
            continue
        out.append(_open_mark(fid, f))
        stack.append(t)
    close_to(len(text) + 1)
    out.append(e(text[pos:]))
    return "".join(out)


def _article(entry: dict, di: int) -> tuple[str, set[int]]:
    view = entry.get("view")
    if not view:
        return ('<p class="muted">The article text is not in this report (write the HTML report in the same run, '
                'or use <code>--embed-view</code> with the JSON report).</p>', set())
    per_block: dict[int, list] = {}
    placed = set()
    for fi, f in enumerate(entry["findings"]):
        s = source_offset(view, f["line"], f["column"])
        t = source_offset(view, f["end_line"], f["end_column"])
        loc = locate(view, s, t)
        if loc is not None:
            per_block.setdefault(loc[0], []).append((loc[1], loc[2], f"{di}-{fi}", f))
            placed.add(fi)
    out = ['<div class="article" lang="en">']
    for bi, b in enumerate(view["blocks"]):
        kind = b["kind"]
        tag = {"heading": "h4", "title": "h4", "list_item": "div", "quote": "blockquote", "code": "pre"}.get(kind, "p")
        out.append(f'<{tag} class="kind-{e(kind)}">{_marked_text(b["text"], per_block.get(bi, []))}</{tag}>')
    out.append("</div>")
    return "".join(out), placed


def _detail(f: dict, rules: dict, fid: str, path: str) -> str:
    r = rules.get(f["code"], {})
    parts = [f'<div class="detail" id="d-{fid}"><p><span class="sev sev-{e(f["severity"])}">{e(f["severity"])}</span> '
             f'<span class="tag cat-{e(f["category"])}">{e(f["category"])}</span> <strong>{e(f["code"])} '
             f'{e(f["name"])}</strong></p><p>{e(f["message"])}</p>'
             f'<p class="muted">{e(path)}:{f["line"]}:{f["column"]}'
             + (f' · rule {e(f["rule_id"])}' if f.get("rule_id") and "LT:" in f["rule_id"] else "") + "</p>"]
    if f.get("suggestions"):
        parts.append("<p>Suggestion: " + ", ".join(f"<q>{e(s)}</q>" for s in f["suggestions"]) + "</p>")
    if r:
        parts.append(f'<p><em>What it does:</em> {e(r.get("what", ""))}</p><p><em>Why it matters:</em> '
                     f'{e(r.get("why", ""))}</p><p><em>How to fix:</em> {e(r.get("fix", ""))}</p>')
    cost = f.get("cost") or {}
    if cost:
        parts.append(f'<p class="muted">Cost: {e(cost.get("category", 0))} points of {e(f["category"])}, '
                     f'{e(cost.get("document", 0))} of the document score.</p>')
    parts.append("</div>")
    return "".join(parts)


def _doc_section(entry: dict, di: int, report: dict) -> str:
    rules = report.get("rules", {})
    article, placed = _article(entry, di)
    out = [f'<section class="doc" id="doc-{di}" aria-labelledby="doc-{di}-h"><h2 id="doc-{di}-h">{e(entry["path"])}</h2>']
    if entry.get("title"):
        out.append(f'<p class="muted">{e(entry["title"])}</p>')
    cats = [(c, entry["categories"][c]["score"]) for c in CATS if c in entry["categories"]]
    out.append('<div class="cards"><div class="card">' + gauge(entry["score"], entry["rating"]) + "</div>"
               '<div class="card"><h3>Categories</h3>' + bars(cats) + "</div></div>")
    # category scores with what each rule cost
    rows = []
    for c, v in entry["categories"].items():
        for code, r in v.get("rules", {}).items():
            if r["findings"]:
                rows.append(f'<tr><td><span class="tag cat-{e(c)}">{e(c)}</span></td><td>{e(code)} {e(r["name"])}</td>'
                            f'<td class="num">{r["findings"]}</td><td class="num">{e(r["cost"])}</td></tr>')
    if rows:
        out.append('<details><summary>What each rule cost</summary><table><thead><tr><th>category</th><th>rule</th>'
                   '<th class="num">findings</th><th class="num">points</th></tr></thead><tbody>'
                   + "".join(rows) + "</tbody></table></details>")
    # findings list
    items = []
    for fi, f in enumerate(entry["findings"]):
        fid = f"{di}-{fi}"
        where = f'{f["line"]}:{f["column"]}'
        link = (f'<a class="goto" href="#m-{fid}" data-goto="{fid}">{where}</a>' if fi in placed
                else f'<a class="goto" href="#doc-{di}" data-goto="{fid}">{where}</a>')
        items.append(f'<li data-cat="{e(f["category"])}" data-sev="{e(f["severity"])}">{link} '
                     f'<span class="sev sev-{e(f["severity"])}">{e(f["severity"])}</span> '
                     f'<span class="tag cat-{e(f["category"])}">{e(f["category"])}</span> '
                     f'<code>{e(f["code"])}</code> {e(f["message"])}'
                     + (f' <span class="muted">→ {e(f["suggestions"][0])}</span>' if f["suggestions"] else "")
                     + _detail(f, rules, fid, entry["path"]) + "</li>")
    out.append(f"<h3>Findings ({len(items)})</h3>")
    out.append('<ol class="findings">' + "".join(items) + "</ol>" if items else '<p class="muted">No findings.</p>')
    out.append("<h3>Article</h3>" + article)
    # readability metrics against targets
    st = entry.get("stats", {})
    aud = report.get("config", {}).get("audience", "general")
    ease_t, grade_t = AUDIENCE.get(aud, AUDIENCE["general"])
    mets = [(label, st.get(k), top) for k, label, _, top in METRICS if k in st]
    if mets:
        targets = {"Flesch reading ease": ease_t, "Flesch-Kincaid grade": grade_t}
        out.append(f'<h3>Readability</h3><p class="muted">{st.get("words", 0)} words, {st.get("sentences", 0)} sentences, '
                   f'{st.get("paragraphs", 0)} paragraphs, about {e(st.get("reading_time_minutes", 0))} min to read. '
                   f'Targets for the {e(aud)} audience: reading ease at least {ease_t:g}, grade at most {grade_t:g} '
                   f'(black ticks).</p><div class="cards"><div class="card">'
                   + bars([(label, v) for label, v, top in mets if top == 100], maximum=100, targets=targets)
                   + '</div><div class="card">'
                   + bars([(label, v) for label, v, top in mets if top != 100], maximum=20, targets=targets)
                   + "</div></div>")
    # SEO checklist
    seo = [(code, status) for code, status in sorted(entry.get("checks", {}).items())
           if rules.get(code, {}).get("category") == "seo"]
    if seo:
        cls = {"pass": "check-pass", "fail": "check-fail"}
        out.append('<h3>SEO checklist</h3><ul class="checklist">' + "".join(
            f'<li class="{cls.get(status, "check-na")}">{e(code)} {e(rules[code]["name"])}: '
            f'{e(status.replace("-", " "))}</li>' for code, status in seo) + "</ul>")
    out.append("</section>")
    return "".join(out)


MAX_DOC_SECTIONS = 500  # per-document sections in one page; the table still lists every document


def render_html(report: dict, **kw) -> str:
    return "".join(iter_html(report, **kw))


def iter_html(report: dict, *, max_docs: int = MAX_DOC_SECTIONS, **_):
    """The page in chunks: head and overview, then one document section at a time."""
    s = report["summary"]
    files = report["files"]
    if len(files) > max_docs:  # a page people can open: sections for the lowest-scoring documents only
        keep = {i for _, i in heapq.nsmallest(max_docs, ((d["score"], i) for i, d in enumerate(files)))}
    else:
        keep = None
    css = (ASSETS / "report.css").read_text(encoding="utf-8")
    js = (ASSETS / "report.js").read_text(encoding="utf-8")
    js_hash = base64.b64encode(hashlib.sha256(js.encode("utf-8")).digest()).decode()
    csp = f"default-src 'none'; style-src 'unsafe-inline'; img-src data:; script-src 'sha256-{js_hash}'"
    gate = s["gate"]
    head = (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">'
            f'<meta http-equiv="Content-Security-Policy" content="{e(csp)}">'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">'
            f'<title>auditor report: score {s["score"]}</title><style>{css}</style></head><body>')
    top = (f'<header class="top">{gauge(s["score"], "run score", 140)}<div><h1>auditor report</h1>'
           f'<p>{s["audited"]} document(s) audited, {s["errors"]} could not be read · findings: '
           f'<span class="sev sev-error">{s["findings"]["error"]} error</span>, '
           f'<span class="sev sev-warning">{s["findings"]["warning"]} warning</span>, '
           f'<span class="sev sev-info">{s["findings"]["info"]} info</span></p>'
           f'<p><strong>Gate: {"passed" if gate["passed"] else "FAILED"}</strong>'
           + ("" if gate["passed"] else " — " + e("; ".join(gate["failed"])))
           + f'</p><p class="muted">auditor {e(report["tool"]["version"])} · {e(report["generated_at"])} · '
             f'config {e(report.get("config", {}).get("source", ""))}</p></div></header>')
    filt = ['<div class="filters" role="region" aria-label="filters"><fieldset><legend>Category</legend>']
    present = Counter(f["category"] for d in files for f in d["findings"])
    for c in CATS:
        if present[c]:
            filt.append(f'<label><input type="checkbox" checked data-filter-cat="{c}"> {c} ({present[c]})</label>')
    filt.append('</fieldset><fieldset><legend>Severity</legend>')
    for sv in SEVS:
        filt.append(f'<label><input type="checkbox" checked data-filter-sev="{sv}"> '
                    f'<span class="sev sev-{sv}">{sv}</span></label>')
    filt.append('</fieldset><span class="muted">showing <span id="shown-count">0</span> findings</span></div>')
    # overview
    ov = ['<main><h2>Overview</h2><div class="cards">']
    ov.append('<div class="card"><h3>Score per category</h3>'
              + bars([(c, s.get("categories", {}).get(c)) for c in CATS if c in s.get("categories", {})]) + "</div>")
    ov.append('<div class="card"><h3>Document scores</h3>' + histogram([d["score"] for d in files]) + "</div></div>")
    rows = []
    for di, d in enumerate(files):
        c = Counter(f["severity"] for f in d["findings"])
        cats = [(v["score"], k) for k, v in d["categories"].items() if v["score"] is not None]
        worst = min(cats)[1] if cats else ""
        name = (f'<a href="#doc-{di}">{e(d["path"])}</a>' if keep is None or di in keep else e(d["path"]))
        rows.append(f'<tr><td data-sort="{e(d["path"])}">{name}</td>'
                    f'<td class="num" data-sort="{d["score"]}">{d["score"]}</td>'
                    f'<td class="rating-{e(d["rating"])}">{e(d["rating"])}</td>'
                    f'<td class="num" data-sort="{d.get("stats", {}).get("words", 0)}">{d.get("stats", {}).get("words", 0)}</td>'
                    f'<td class="num">{c["error"]}</td><td class="num">{c["warning"]}</td><td class="num">{c["info"]}</td>'
                    f"<td>{e(worst)}</td></tr>")
    ov.append('<h2>Documents</h2><table id="documents"><thead><tr>'
              + "".join(f'<th{" class=num" if n in ("score", "words", "errors", "warnings", "info") else ""}>'
                        f'<button type="button">{n}</button></th>'
                        for n in ("document", "score", "rating", "words", "errors", "warnings", "info", "worst category"))
              + "</tr></thead><tbody>" + "".join(rows) + "</tbody></table>")
    top_rules = Counter((f["code"], f["name"], f["category"]) for d in files for f in d["findings"]).most_common(15)
    if top_rules:
        ov.append('<h2>Most frequent rules</h2><table><thead><tr><th>rule</th><th>category</th>'
                  '<th class="num">findings</th></tr></thead><tbody>'
                  + "".join(f'<tr><td><code>{e(c)}</code> {e(n)}</td><td><span class="tag cat-{e(cat)}">{e(cat)}</span></td>'
                            f'<td class="num">{k}</td></tr>' for (c, n, cat), k in top_rules) + "</tbody></table>")
    if report["errors"] or report.get("warnings"):
        ov.append("<h2>Run errors and warnings</h2><ul>"
                  + "".join(f"<li><strong>{e(x['path'])}</strong>: {e(x['message'])}</li>" for x in report["errors"])
                  + "".join(f"<li>warning: {e(w)}</li>" for w in report.get("warnings", [])) + "</ul>")
    yield head + top + "".join(filt) + "".join(ov)
    if keep is not None:
        yield (f'<p class="muted">Details are shown for the {max_docs} lowest-scoring of {len(files)} documents; '
               f'the JSON report has all of them.</p>')
    for di, d in enumerate(files):
        if keep is None or di in keep:
            yield _doc_section(d, di, report)
    panel = ('<aside id="panel" class="hidden" aria-live="polite" aria-label="finding details">'
             '<button type="button" class="close" aria-label="close details">✕</button><div id="panel-body"></div></aside>')
    yield "</main>" + panel + f"<script>{js}</script></body></html>\n"
